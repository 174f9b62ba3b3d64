"""Output tables (pipeline/tables.py): CSV cells, formula neutralisation (CSV injection),
atomic writing, file modes, and reading back. None of these tests loads a model."""

from __future__ import annotations

import csv
import io
import os
import stat

import pytest

from pipeline.tables import (
    ROW_TYPES,
    DocumentRow,
    ErrorRow,
    MoveRow,
    TableWriter,
    cell,
    columns,
    commit_all,
    read_table,
    remove_stale_temporaries,
    rows_to_csv,
    unescape_cell,
)


def _error(message: str, **kw: str) -> ErrorRow:
    values = {"path": "a.txt", "doc_id": "a", "stage": "read", "error": "X", "message": message}
    values.update(kw)
    return ErrorRow(**values)


# ---------------------------------------------------------------------- cells


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (None, ""),
        (True, "true"),
        (3, "3"),
        (-3, "-3"),  # numbers stay numbers, even negative ones
        (0.5, "0.5"),
        (0.25, "0.25"),
        (1.0, "1"),
        (float("nan"), ""),
        ("Jan Leike", "Jan Leike"),
        ("", ""),
    ],
)
def test_cell_formats_values(value, expected):
    assert cell(value) == expected


@pytest.mark.parametrize(
    "text",
    [
        "=HYPERLINK(\"http://evil.example\",\"clic\")",
        "=1+1",
        "+33 1 23 45 67 89",
        "-2+3",
        "@SUM(A1:A9)",
        "\t=1+1",
        "\r=1+1",
        "=cmd|' /C calc'!A0",
    ],
)
def test_formula_cells_are_made_inert_and_reversible(text):
    written = cell(text)
    assert written == "'" + text
    assert unescape_cell(written) == text
    assert cell(text, safe=False) == text


@pytest.mark.parametrize("text", ["Le CNRS", "'déjà' dit-il", " =1", "«=»", "'", "l'État"])
def test_ordinary_text_is_left_alone(text):
    assert cell(text) == text
    assert unescape_cell(text) == text


def test_lone_surrogate_becomes_replacement_character():
    assert cell("a\ud800b") == "a\ufffdb"


def test_csv_of_hostile_cells_parses_back_to_the_same_cells():
    hostile = ["a,b", 'il a dit "oui"', "ligne\nsuivante", "retour\rchariot", "\r",
               "nul\x00byte", "\x1b[31mrouge", "emoji 👩‍🔬", "عربي and 中文", "=1+1"]
    rows = [_error(text) for text in hostile]
    text = rows_to_csv(rows, ErrorRow)
    parsed = list(csv.reader(io.StringIO(text, newline="")))
    assert parsed[0] == columns(ErrorRow)
    assert [r[-1] for r in parsed[1:]] == [cell(t) for t in hostile]
    assert len(parsed) == len(hostile) + 1  # no row was split by a carriage return


# ---------------------------------------------------------------------- writing


def test_writer_is_atomic_and_leaves_no_temporary(tmp_path):
    target = tmp_path / "errors.csv"
    target.write_text("old table\n", encoding="utf-8")
    writer = TableWriter(tmp_path, ErrorRow)
    writer.write(_error("nouveau"))
    assert target.read_text(encoding="utf-8") == "old table\n"  # not touched yet
    writer.commit()
    assert target.read_text(encoding="utf-8").splitlines()[1].endswith(",nouveau")
    assert [p.name for p in tmp_path.iterdir()] == ["errors.csv"]


def test_aborted_writer_keeps_the_previous_table(tmp_path):
    target = tmp_path / "errors.csv"
    target.write_text("old table\n", encoding="utf-8")
    writer = TableWriter(tmp_path, ErrorRow)
    writer.write(_error("half"))
    writer.abort()
    assert target.read_text(encoding="utf-8") == "old table\n"
    assert [p.name for p in tmp_path.iterdir()] == ["errors.csv"]


def test_tables_get_the_usual_file_mode_not_0600(tmp_path):
    old = os.umask(0o022)
    try:
        writer = TableWriter(tmp_path, ErrorRow)
        path = writer.commit()
    finally:
        os.umask(old)
    assert stat.S_IMODE(path.stat().st_mode) == 0o644


def test_commit_all_replaces_every_table(tmp_path):
    writers = [TableWriter(tmp_path, cls) for cls in ROW_TYPES]
    commit_all(writers)
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(
        f"{cls.table}.csv" for cls in ROW_TYPES)


def test_stale_temporaries_of_a_killed_run_are_removed(tmp_path):
    TableWriter(tmp_path, ErrorRow)  # never committed: as if the run was killed
    (tmp_path / "notes.tmp").write_text("not ours", encoding="utf-8")
    removed = remove_stale_temporaries(tmp_path)
    assert len(removed) == 1
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.tmp"]


# ---------------------------------------------------------------------- reading


def _move(sentence: str, person: str = "Jan Leike") -> MoveRow:
    return MoveRow("d1", "d1:M1", person, "OpenAI", "Anthropic", "", "", "join", "done",
                   "", "", "rejoint", sentence, 0, len(sentence), 0.9, "r1")


def test_read_table_gives_back_the_values_as_extracted(tmp_path):
    writer = TableWriter(tmp_path, MoveRow)
    writer.write(_move("- Jan Leike a rejoint Anthropic.", person="=Jan"))
    writer.write(_move("Jan Leike a rejoint Anthropic."))
    path = writer.commit()
    text = path.read_text(encoding="utf-8")
    assert "'- Jan Leike" in text and ",'=Jan," in text  # inert in the file
    df = read_table(path)
    assert df["sentence"].tolist() == ["- Jan Leike a rejoint Anthropic.",
                                       "Jan Leike a rejoint Anthropic."]
    assert df["person"].tolist() == ["=Jan", "Jan Leike"]
    assert df["confidence"].tolist() == [0.9, 0.9]


def test_read_table_raw_keeps_cells(tmp_path):
    writer = TableWriter(tmp_path, MoveRow, safe=False)
    writer.write(_move("'- déjà cité"))
    df = read_table(writer.commit(), raw=True)
    assert df["sentence"].tolist() == ["'- déjà cité"]


def test_document_columns_are_stable():
    """New columns may only be added at the end (the tables are the users' interface)."""
    assert columns(DocumentRow)[:13] == [
        "doc_id", "path", "title", "date", "url", "source", "n_chars", "n_sentences",
        "n_entities", "n_moves", "n_topics", "status", "error"]
    assert columns(ErrorRow) == ["path", "doc_id", "stage", "error", "message"]
