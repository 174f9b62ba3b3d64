"""Golden files: outputs/ holds the tables that corpus/ produces, byte for byte.

When a change to the rules changes the tables on purpose, regenerate them with
`make run` and review the diff of outputs/ in the commit.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.cli import main
from pipeline.tables import ROW_TYPES

pytestmark = pytest.mark.model

ROOT = Path(__file__).resolve().parents[1]
TABLES = [f"{cls.table}.csv" for cls in ROW_TYPES]


@pytest.fixture(scope="module")
def fresh(tmp_path_factory, nlp):
    out = tmp_path_factory.mktemp("outputs")
    code = main(["run", str(ROOT / "corpus"), "--out", str(out), "--force", "--quiet"])
    assert code == 0
    return out


@pytest.mark.parametrize("name", TABLES)
def test_outputs_are_current(fresh, name):
    committed = ROOT / "outputs" / name
    assert committed.is_file(), f"outputs/{name} is missing: run `make run`"
    assert (fresh / name).read_bytes() == committed.read_bytes(), (
        f"outputs/{name} is stale: run `make run` and commit the new tables")


def test_offsets_slice_the_articles(fresh):
    """Every start_char/end_char in every table cites the article text as read."""
    from pipeline.corpus import Article, read_corpus
    from pipeline.tables import read_table

    texts = {a.doc_id: a.text for a in read_corpus(ROOT / "corpus") if isinstance(a, Article)}
    checks = {"entities": "text", "moves": "sentence", "topics": "matched_text"}
    for table, column in checks.items():
        df = read_table(fresh / f"{table}.csv")
        assert len(df), table
        for row in df.itertuples():
            cited = texts[row.doc_id][row.start_char:row.end_char]
            value = getattr(row, column)
            assert cited == value or "'" + cited == value, (table, row.doc_id, value)


def test_run_writes_its_report(fresh):
    """The command writes report.html and run.json beside the tables (issue 8)."""
    import json

    html = (fresh / "report.html").read_text(encoding="utf-8")
    assert "Jan Leike" in html and "<svg" in html
    info = json.loads((fresh / "run.json").read_text(encoding="utf-8"))
    assert info["articles"] == 21 and info["seconds"] > 0
