"""Crash safety and resume (issue 6): a run killed at any point (``kill -9``) and started
again with ``--resume`` gives the tables of an uninterrupted run, byte for byte, and
analyses only what was not done; a re-run on an unchanged corpus does no NLP work; the
output folder is protected (refusals).
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from pipeline import errors
from pipeline.config import Settings
from pipeline.journal import JOURNAL_NAME, Journal
from pipeline.run import run
from pipeline.tables import ROW_TYPES

ROOT = Path(__file__).resolve().parents[1]
TABLES = [f"{cls.table}.csv" for cls in ROW_TYPES]
ARTICLE = "{name} a rejoint le CNRS en 2021, a annoncé l’Inria.\n"


def write_corpus(folder: Path, names: list[str]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name in names:
        (folder / f"{name.split()[-1].lower()}.txt").write_text(
            ARTICLE.format(name=name), encoding="utf-8")
    return folder


def table_bytes(out: Path) -> dict[str, bytes]:
    return {name: (out / name).read_bytes() for name in TABLES}


def journal_entries(out: Path) -> int:
    path = out / JOURNAL_NAME
    if not path.is_file():
        return 0
    return max(0, path.read_bytes().count(b"\n") - 1)


# ---------------------------------------------------------------------- refusals


@pytest.fixture
def corpus(tmp_path):
    return write_corpus(tmp_path / "corpus", ["Marie Curie"])


def test_folder_holding_other_files_is_not_overwritten(corpus, tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    (out / "notes.txt").write_text("mes notes", encoding="utf-8")
    with pytest.raises(errors.OutputNotEmpty, match="--force"):
        run(corpus, out)
    with pytest.raises(errors.NothingToResume, match="no frnews journal"):
        run(corpus, out, resume=True)
    assert [p.name for p in out.iterdir()] == ["notes.txt"]


@pytest.mark.parametrize("where", ["inside", "same"])
def test_output_folder_inside_the_corpus_is_refused(corpus, where):
    out = corpus / "tables" if where == "inside" else corpus
    with pytest.raises(errors.OutputInsideCorpus):
        run(corpus, out, force=True)
    assert not (corpus / "tables").exists()


def test_output_path_that_is_a_file_is_refused(corpus, tmp_path):
    (tmp_path / "out").write_text("x", encoding="utf-8")
    with pytest.raises(errors.UsageError, match="not a folder"):
        run(corpus, tmp_path / "out", force=True)


def test_two_runs_cannot_write_to_one_folder(tmp_path):
    first = Journal(tmp_path, Settings(), resume=False)
    try:
        with pytest.raises(errors.OutputBusy):
            Journal(tmp_path, Settings(), resume=True)
    finally:
        first.close()


# ---------------------------------------------------------------------- the journal


def _entry(key: str) -> dict:
    return {"key": key, "path": "a.txt", "doc_id": "a", "words": 3,
            "rows": [["documents", ["a", "a.txt", "", "", "", "", 5, 1, 0, 0, 0, "ok", "",
                                    "utf-8", "h"]]]}


def test_journal_drops_a_line_cut_short_by_a_crash(tmp_path):
    journal = Journal(tmp_path, Settings(), resume=False)
    journal.add(_entry("a" * 40))
    journal.add(_entry("b" * 40))
    journal.close()
    path = tmp_path / JOURNAL_NAME
    path.write_bytes(path.read_bytes()[:-25])  # the last line loses its end
    journal = Journal(tmp_path, Settings(), resume=True)
    assert journal.get("a" * 40) == _entry("a" * 40)
    assert journal.get("b" * 40) is None
    journal.add(_entry("c" * 40))
    journal.close()
    journal = Journal(tmp_path, Settings(), resume=True)
    assert len(journal) == 2 and journal.get("c" * 40) == _entry("c" * 40)
    journal.close()


def test_journal_of_another_pipeline_is_not_reused(tmp_path, caplog):
    journal = Journal(tmp_path, Settings(), resume=False)
    journal.add(_entry("a" * 40))
    journal.close()
    path = tmp_path / JOURNAL_NAME
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    header = json.loads(lines[0])
    header["fingerprint"] = "0" * 40
    path.write_text(json.dumps(header) + "\n" + "".join(lines[1:]), encoding="utf-8")
    journal = Journal(tmp_path, Settings(), resume=True)
    assert len(journal) == 0 and "analysed again" in journal.note
    journal.close()
    assert journal_entries(tmp_path) == 0


def test_damaged_journal_entry_is_a_miss(tmp_path):
    journal = Journal(tmp_path, Settings(), resume=False)
    journal.add(_entry("a" * 40))
    journal.close()
    path = tmp_path / JOURNAL_NAME
    path.write_bytes(path.read_bytes().replace(b'"rows":[[', b'"rows":[[[['))
    journal = Journal(tmp_path, Settings(), resume=True)
    assert journal.get("a" * 40) is None
    journal.close()


def test_compaction_keeps_only_the_entries_of_the_run(tmp_path):
    journal = Journal(tmp_path, Settings(), resume=False)
    for key in "abc":
        journal.add(_entry(key * 40))
    journal.close()
    journal = Journal(tmp_path, Settings(), resume=True)
    assert journal.get("b" * 40) is not None
    journal.compact()
    journal.close()
    journal = Journal(tmp_path, Settings(), resume=True)
    assert len(journal) == 1 and journal.get("b" * 40) is not None
    journal.close()


# ---------------------------------------------------------------------- resume, in process


@pytest.mark.model
def test_rerun_on_unchanged_corpus_does_no_nlp_work(tmp_path, nlp, monkeypatch):
    corpus = write_corpus(tmp_path / "corpus", ["Marie Curie", "Jean Dupont", "Paul Martin"])
    (corpus / "bad.txt").write_bytes(b"\x89PNG\r\n\x1a\n")
    out = tmp_path / "out"
    first = run(corpus, out)
    assert first.summary.analysed == 3
    before = table_bytes(out)

    def no_model(*args, **kwargs):
        raise AssertionError("the model was asked for")

    monkeypatch.setattr(sys.modules["pipeline.run"], "get_nlp", no_model)
    again = run(corpus, out, resume=True)
    assert (again.summary.reused, again.summary.analysed) == (3, 0)
    assert again.summary.failed == 1  # the bad file is reported again
    assert table_bytes(out) == before
    assert again["documents"]["doc_id"].tolist() == first["documents"]["doc_id"].tolist()


@pytest.mark.model
def test_resume_analyses_only_new_and_changed_articles(tmp_path, nlp):
    corpus = write_corpus(tmp_path / "corpus", ["Marie Curie", "Jean Dupont", "Paul Martin"])
    out = tmp_path / "out"
    run(corpus, out)
    (corpus / "dupont.txt").write_text("Jean Dupont a quitté Renault.\n", encoding="utf-8")
    (corpus / "martin.txt").unlink()
    write_corpus(corpus, ["Zoé Leroy"])
    result = run(corpus, out, resume=True)
    assert (result.summary.reused, result.summary.analysed) == (1, 2)
    fresh = tmp_path / "fresh"
    run(corpus, fresh)
    assert table_bytes(out) == table_bytes(fresh)
    # the journal was compacted to the articles of the corpus as it is now
    assert journal_entries(out) == 3


# ---------------------------------------------------------------------- kill -9, then resume


def _fingerprint(out: Path) -> str:
    with open(out / JOURNAL_NAME, encoding="utf-8") as fh:
        return json.loads(fh.readline())["fingerprint"]


def _start(corpus: Path, out: Path, *extra: str) -> subprocess.Popen:
    cmd = [sys.executable, "-m", "pipeline", "run", str(corpus), "--out", str(out),
           "--batch-size", "2", *extra]
    return subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True)


def _kill_after(proc: subprocess.Popen, out: Path, entries: int, timeout: float = 120
                ) -> bool:
    """Wait until the journal holds ``entries`` articles, then kill -9 the run. False if
    the run ended first."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            return False
        if journal_entries(out) >= entries:
            os.kill(proc.pid, signal.SIGKILL)
            proc.wait()
            proc.communicate()
            return True
        time.sleep(0.02)
    proc.kill()
    raise AssertionError(f"no checkpoint after {timeout} s: {proc.communicate()}")


@pytest.mark.model
def test_kill_9_then_resume_gives_the_tables_of_an_uninterrupted_run(tmp_path, nlp):
    corpus = tmp_path / "corpus"
    shutil.copytree(ROOT / "corpus", corpus)
    (corpus / "broken.jsonl").write_text('{"id": "x", "text": \n', encoding="utf-8")
    reference = tmp_path / "reference"
    expected = run(corpus, reference, Settings(batch_size=2))
    n_articles = expected.summary.analysed
    assert n_articles >= 20

    out = tmp_path / "out"
    killed = _kill_after(_start(corpus, out, "--quiet"), out, entries=4)
    assert killed, "the run ended before it could be killed"
    assert not any(out.glob("*.csv"))  # no table was half-written
    done_first = journal_entries(out)

    proc = _start(corpus, out, "--resume", "--quiet")
    _kill_after(proc, out, entries=done_first + 6)
    done_second = journal_entries(out)
    assert done_second > done_first  # the second run got further, then was killed too

    proc = _start(corpus, out, "--resume")
    _, stderr = proc.communicate(timeout=300)
    if _fingerprint(out) != _fingerprint(reference):
        pytest.skip("the pipeline's source changed while the test ran")
    assert proc.returncode == 1, stderr  # broken.jsonl is reported: exit code 1
    reused = int(stderr.split(" article(s) were taken from the journal")[0].split()[-1])
    assert reused == min(done_second, n_articles)
    assert f"and {n_articles - reused} analysed" in stderr

    assert table_bytes(out) == table_bytes(reference)
    assert not [p.name for p in out.iterdir() if p.name.endswith(".tmp")]


@pytest.mark.model
def test_disk_full_keeps_the_tables_and_resume_finishes(tmp_path, nlp, monkeypatch):
    corpus = write_corpus(tmp_path / "corpus", ["Marie Curie", "Jean Dupont", "Paul Martin"])
    out = tmp_path / "out"
    run(corpus, out, Settings(batch_size=1))
    before = table_bytes(out)
    write_corpus(corpus, ["Zoé Leroy"])
    calls = []
    real_add = Journal.add

    def add_then_fail(self, entry):
        calls.append(entry["doc_id"])
        if len(calls) > 1:
            raise OSError(28, "No space left on device")
        real_add(self, entry)

    monkeypatch.setattr(Journal, "add", add_then_fail)
    with pytest.raises(errors.OutputNotWritable, match="--resume"):
        run(corpus, out, Settings(batch_size=1), force=True)
    assert table_bytes(out) == before  # the previous tables, whole
    assert not [p.name for p in out.iterdir() if p.name.endswith(".tmp")]
    monkeypatch.setattr(Journal, "add", real_add)
    result = run(corpus, out, Settings(batch_size=1), resume=True)
    assert (result.summary.reused, result.summary.analysed) == (1, 3)
    assert len(result["documents"]) == 4
