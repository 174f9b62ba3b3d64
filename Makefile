# Everything installs into a local virtual environment (.venv) from the project's own files.
PYTHON ?= python3
VENV   ?= .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed

.PHONY: install run test lint evaluate evaluate-ner bench clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e ".[test]"
	touch $(STAMP)

install: $(STAMP)

## Run the pipeline on corpus/ and write the tables to outputs/
run: $(STAMP)
	$(PY) -m pipeline run corpus --out outputs --force

## Run the whole test suite
test: $(STAMP)
	$(PY) -m pytest -q

lint: $(STAMP)
	$(PY) -m pip install --quiet ruff
	$(VENV)/bin/ruff check pipeline tests

## Accuracy of moves and topics against the gold in tests/gold/
evaluate: $(STAMP)
	$(PY) -m pipeline evaluate

## Entity P/R/F1 on the IOB sets of ../shared/data, bare model vs pipeline
evaluate-ner: $(STAMP)
	$(PY) -m pipeline evaluate-ner

bench: $(STAMP)
	$(PY) benchmarks/bench.py

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache
