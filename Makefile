# Everything installs into a local virtual environment (.venv) from the project's own files.
PYTHON ?= python3
VENV   ?= .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed

.PHONY: install run test lint evaluate evaluate-ner bench clean chromium report

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e ".[test]"
	touch $(STAMP)

install: $(STAMP)

## Run the pipeline on corpus/ and write the tables to outputs/
run: $(STAMP)
	$(PY) -m pipeline run corpus --out outputs --force

## Headless Chromium and its driver, for the browser tests of the HTML report (Debian);
## skipped where apt-get is not available (the browser tests then skip with a reason)
chromium:
	@if test -x /usr/bin/chromium && test -x /usr/bin/chromedriver; then :; \
	elif command -v apt-get >/dev/null 2>&1; then \
	  (apt-get update -qq && apt-get install -y -qq --no-install-recommends chromium chromium-driver) \
	  >/dev/null 2>&1 || echo "note: could not install chromium; browser tests will skip"; \
	else echo "note: no apt-get; browser tests will skip"; fi

## Run the whole test suite
test: $(STAMP) chromium
	$(PY) -m pytest -q

## Rebuild outputs/report.html
report: $(STAMP)
	$(PY) -m pipeline report outputs --corpus corpus

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
