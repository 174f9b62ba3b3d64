"""The Dask engine (``--engine dask``): same tables as the embedded run, byte for byte.

The readers through fsspec are held to the local readers of :mod:`pipeline.corpus`
(without a cluster); the runs use a 2-worker LocalCluster (processes, one thread each),
started once for the module, and one started by ``run_dask`` itself; the test of a worker
killed mid-run has its own cluster.
"""

from __future__ import annotations

import importlib
import os
import shutil
import signal
import threading
import time
from collections import Counter
from pathlib import Path

import pytest

REASON = 'Dask is not installed (pip install "frnews[dask]")'
pytest.importorskip("distributed", reason=REASON)
pytest.importorskip("fsspec", reason=REASON)
pytest.importorskip("pyarrow", reason=REASON)

from distributed import Client  # noqa: E402
from fsspec.implementations.local import LocalFileSystem  # noqa: E402
from fsspec.implementations.memory import MemoryFileSystem  # noqa: E402

from pipeline import errors  # noqa: E402
from pipeline.cli import main  # noqa: E402
from pipeline.config import Settings  # noqa: E402
from pipeline.dask_engine import (  # noqa: E402
    Partition,
    Piece,
    byte_ranges,
    count_newlines,
    list_corpus,
    local_cluster,
    read_parquet_table,
    read_partition,
    require_dask,
    run_dask,
    with_line_numbers,
)
from pipeline.run import run  # noqa: E402
from pipeline.tables import ROW_TYPES, read_table  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "corpus"
NAMES = [cls.table for cls in ROW_TYPES]


def same_tables(a: Path, b: Path) -> None:
    for name in NAMES:
        assert (a / f"{name}.csv").read_bytes() == (b / f"{name}.csv").read_bytes(), name


# ---------------------------------------------------------------------- readers, no cluster

PNG = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4
BAD_JSONL = (
    b'\xef\xbb\xbf{"id": "a", "title": "Un", "text": "Marie Dupont a rejoint Airbus."}\n'
    b'{"text": "Sans identifiant, ligne deux."}\n'
    b"\n"
    b'{"text": "pas ferm\xc3\xa9\n'
    b"[1, 2]\n"
    b'{"title": "sans texte"}\n'
    b'{"text": "Caf\xe9 en cp1252 sur une ligne."}\n'
    b'{"text": "' + b"x" * 900 + b'"}\n'
    b'{"id": "z", "text": "Derni\xc3\xa8re ligne sans fin de ligne."}'
)


def bad_inputs(root: Path) -> None:
    """A corpus of every kind of file the readers must treat alike."""
    (root / "sub").mkdir(parents=True)
    (root / "a.txt").write_text("---\ntitle: Titre\ndate: 2024-05-01\nid: 007\nauteur: X\n"
                                "---\nJean Martin a rejoint Renault.\n", encoding="utf-8")
    (root / "b.txt").write_bytes("Café à Orléans, écrit en CP1252.\r\n".encode("cp1252"))
    (root / "c.txt").write_bytes("\ufeffTexte en UTF-16 avec BOM.".encode("utf-16"))
    (root / "d.txt").write_bytes(PNG)
    (root / "e.txt").write_text("   \n", encoding="utf-8")
    (root / "f.txt").write_text("<!doctype html><html><body>page</body></html>",
                                encoding="utf-8")
    (root / "g.txt").write_text("---\ntitle: [jamais fermé\nTexte.\n", encoding="utf-8")
    (root / "h.txt").write_text("y" * 3000, encoding="utf-8")  # over max_chars=500
    (root / "sub" / "bad.jsonl").write_bytes(BAD_JSONL)
    (root / "sub" / "wide.jsonl").write_bytes(
        '{"text": "Une ligne en UTF-16."}\n{"text": 3}\n'.encode("utf-16"))
    (root / ".cache.txt").write_text("caché", encoding="utf-8")


def items(found):
    return [(item, getattr(item, "meta", None)) for item in found]


@pytest.fixture(scope="module")
def bad_corpus(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("bad") / "corpus"
    bad_inputs(root)
    return root


def memory_copy(root: Path, base: str) -> MemoryFileSystem:
    """``root`` copied to fsspec's in-memory filesystem (a stand-in for s3://)."""
    fs = MemoryFileSystem()
    for path in root.rglob("*"):
        if path.is_file():
            fs.pipe(f"{base}/{path.relative_to(root).as_posix()}", path.read_bytes())
    return fs


@pytest.mark.parametrize("which", ["corpus", "bad-inputs"])
def test_fsspec_readers_read_like_the_local_readers(which, bad_corpus):
    """Every file read through fsspec gives the articles and failures of the local
    readers, in the same order (listing, encodings, front matter, JSONL line numbers)."""
    root = CORPUS if which == "corpus" else bad_corpus
    base = f"/frnews-test-{which}"
    fs = memory_copy(root, base)
    try:
        local = LocalFileSystem()
        local_pieces = list_corpus(local, str(root))
        remote_pieces = list_corpus(fs, base)
        assert [p.rel for p in remote_pieces] == [p.rel for p in local_pieces]
        assert ".cache.txt" not in [p.rel for p in local_pieces]
        expected = read_partition(Partition(0, local, str(root), tuple(local_pieces)), 500)
        got = read_partition(Partition(0, fs, base, tuple(remote_pieces)), 500)
        assert items(got) == items(expected)
    finally:
        fs.rm(base, recursive=True)


@pytest.mark.parametrize("size", [1, 17, 60, 200, 1000])
def test_jsonl_byte_ranges_keep_lines_and_line_numbers(bad_corpus, size):
    """A JSONL file cut into byte ranges yields, range after range, what the whole file
    does: each line once, in the range where it starts, with its line number."""
    fs = LocalFileSystem()
    path = bad_corpus / "sub" / "bad.jsonl"
    whole = Piece(str(path), "sub/bad.jsonl", path.stat().st_size)
    ranges = [Piece(whole.path, whole.rel, whole.size, a, b)
              for a, b in byte_ranges(whole.size, size)]
    counts = [count_newlines(fs, whole.path, p.start, p.end) for p in ranges[:-1]]
    pieces = tuple(with_line_numbers(ranges, counts))
    expected = items(read_partition(Partition(0, fs, str(bad_corpus), (whole,)), 200))
    got = items(read_partition(Partition(0, fs, str(bad_corpus), pieces), 200))
    assert got == expected
    assert len(expected) == 8


def test_missing_dask_names_the_extra(monkeypatch):
    monkeypatch.setitem(__import__("sys").modules, "distributed", None)
    with pytest.raises(errors.DaskNotInstalled, match=r'pip install "frnews\[dask\]"'):
        require_dask()


@pytest.mark.parametrize("argv, message", [
    (["--format", "parquet"], "--engine dask"),
    (["--scheduler", "tcp://127.0.0.1:1"], "--engine dask"),
])
def test_dask_options_need_the_dask_engine(capsys, tmp_path, argv, message):
    code = main(["run", str(CORPUS), "--out", str(tmp_path / "out"), *argv, "--quiet"])
    assert code == 2
    assert message in capsys.readouterr().err


def test_url_corpus_needs_the_dask_engine(capsys, tmp_path):
    code = main(["run", "s3://bucket/news", "--out", str(tmp_path / "out"), "--quiet"])
    assert code == 2
    assert "--engine dask" in capsys.readouterr().err


# ---------------------------------------------------------------------- runs on a cluster


@pytest.fixture(scope="module")
def scheduler():
    """The address of a 2-worker LocalCluster shared by the tests of the module."""
    with local_cluster() as cluster:
        yield cluster.scheduler_address


@pytest.fixture(scope="module")
def embedded(tmp_path_factory, nlp):
    """The tables of the embedded run on corpus/."""
    out = tmp_path_factory.mktemp("embedded")
    run(CORPUS, out, Settings(), force=True)
    return out


@pytest.mark.model
def test_local_cluster_run_matches_the_embedded_run(embedded, tmp_path):
    """``run_dask`` without a scheduler starts a 2-worker LocalCluster; its tables are
    the embedded run's, byte for byte."""
    out = tmp_path / "dask"
    result = run_dask(str(CORPUS), str(out), Settings(workers=2))
    same_tables(embedded, out)
    assert result.summary.articles == len(read_table(embedded / "documents.csv"))
    assert result.exit_code == 0


@pytest.mark.model
def test_small_partitions_and_cli_match_the_embedded_run(embedded, scheduler, tmp_path):
    """Partitions of ~1 KB (one file each, depeches.jsonl cut into line ranges), run
    through the CLI against an existing scheduler."""
    out = tmp_path / "dask"
    result = run_dask(str(CORPUS), str(out), Settings(), scheduler=scheduler,
                      partition_size=1024)
    same_tables(embedded, out)
    code = main(["run", str(CORPUS), "--out", str(out), "--engine", "dask", "--scheduler",
                 scheduler, "--force", "--quiet"])
    assert code == 0
    same_tables(embedded, out)
    assert result.tables["documents"].equals(read_table(embedded / "documents.csv"))


@pytest.mark.model
def test_resume_reuses_the_journal_of_either_engine(embedded, scheduler, tmp_path):
    """A Dask run keeps the journal in a local output folder: a resumed run (Dask or
    embedded) reuses every article and writes the same tables; an embedded run's journal
    is reused by a resumed Dask run too."""
    out = tmp_path / "dask"
    run_dask(str(CORPUS), str(out), Settings(), scheduler=scheduler, partition_size=4096)
    assert (out / ".frnews-journal.jsonl").is_file()
    again = run_dask(str(CORPUS), str(out), Settings(), scheduler=scheduler, resume=True,
                     partition_size=4096)
    assert again.summary.reused == again.summary.articles > 0
    same_tables(embedded, out)
    # the embedded engine resumes what the Dask run journaled
    result = run(CORPUS, out, Settings(), resume=True)
    assert result.summary.reused == result.summary.articles
    same_tables(embedded, out)
    # a partial embedded run (5 articles) finished by Dask: only the rest is analysed
    part = tmp_path / "part"
    run(CORPUS, part, Settings(limit=5))
    finished = run_dask(str(CORPUS), str(part), Settings(), scheduler=scheduler, resume=True)
    assert finished.summary.reused == 5
    same_tables(embedded, part)


@pytest.mark.model
def test_dask_resume_refuses_a_folder_without_journal(scheduler, tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    (out / "notes.txt").write_text("mine", encoding="utf-8")
    with pytest.raises(errors.NothingToResume):
        run_dask(str(CORPUS), str(out), Settings(), scheduler=scheduler, resume=True)
    assert (out / "notes.txt").read_text(encoding="utf-8") == "mine"


@pytest.mark.model
def test_limit_and_an_output_url(scheduler, tmp_path, nlp):
    """``limit`` keeps the first articles in corpus order, as the embedded run does; an
    output URL gets the tables uploaded (fsspec's memory filesystem stands for s3://)."""
    settings = Settings(limit=5)
    run(CORPUS, tmp_path / "embedded", settings)
    url = "memory://frnews-test-out/tables"
    try:
        result = run_dask(str(CORPUS), url, settings, scheduler=scheduler,
                          partition_size=1024)
        fs = MemoryFileSystem()
        for name in NAMES:
            expected = (tmp_path / "embedded" / f"{name}.csv").read_bytes()
            assert fs.cat_file(f"/frnews-test-out/tables/{name}.csv") == expected, name
        assert len(result["documents"]) == 5
        with pytest.raises(errors.OutputNotEmpty):
            run_dask(str(CORPUS), url, settings, scheduler=scheduler)
    finally:
        MemoryFileSystem().rm("/frnews-test-out", recursive=True)


def breaking(original):
    """``result_from_doc`` that fails for the article ``boom``, as a worker would."""

    def broken(article, doc):
        if article.doc_id == "boom":
            raise RuntimeError("analysis broke on purpose")
        return original(article, doc)

    broken.original = original
    return broken


@pytest.mark.model
def test_bad_inputs_end_in_errors_csv_like_the_embedded_run(scheduler, tmp_path, monkeypatch,
                                                           nlp):
    """Unreadable files, bad JSONL lines and an article whose analysis fails on a worker
    go to errors.csv (and documents.csv, status failed); the rest is processed."""
    corpus = tmp_path / "corpus"
    bad_inputs(corpus)
    (corpus / "good.txt").write_text("Claire Vasseur a été nommée directrice générale de La "
                                     "Banque Postale, a annoncé lundi le groupe.\n",
                                     encoding="utf-8")
    (corpus / "boom.txt").write_text("---\nid: boom\n---\nMarie Curie a rejoint l'Inria.\n",
                                     encoding="utf-8")
    settings = Settings(max_chars=500)
    run_module = importlib.import_module("pipeline.run")  # pipeline.run is also a function
    monkeypatch.setattr(run_module, "result_from_doc", breaking(run_module.result_from_doc))
    expected = run(corpus, tmp_path / "embedded", settings)

    def break_analysis() -> None:  # defined here, so that it is sent to the workers whole
        module = importlib.import_module("pipeline.run")

        original = module.result_from_doc

        def broken(article, doc):
            if article.doc_id == "boom":
                raise RuntimeError("analysis broke on purpose")
            return original(article, doc)

        broken.original = original
        module.result_from_doc = broken

    def mend_analysis() -> None:
        module = importlib.import_module("pipeline.run")

        module.result_from_doc = getattr(module.result_from_doc, "original",
                                         module.result_from_doc)

    with Client(scheduler) as client:
        client.run(break_analysis)
        try:
            result = run_dask(str(corpus), str(tmp_path / "dask"), settings,
                              scheduler=scheduler, partition_size=200)
        finally:
            client.run(mend_analysis)
    same_tables(tmp_path / "embedded", tmp_path / "dask")
    failed = result["documents"].query("status == 'failed'")
    assert {"d.txt", "e.txt", "f.txt", "h.txt", "boom.txt"} <= set(failed["path"])
    assert "analysis broke on purpose" in " ".join(result["errors"]["message"])
    assert result.summary.failed == expected.summary.failed >= 5
    assert "good.txt" in set(result["documents"].query("status == 'ok'")["path"])
    assert result.exit_code == 1


@pytest.mark.model
def test_parquet_holds_the_rows_of_the_csv(embedded, scheduler, tmp_path):
    """``fmt="parquet"``: one .parquet file per table, the same columns and rows as the
    CSV (values as extracted: no spreadsheet escaping)."""
    out = tmp_path / "parquet"
    result = run_dask(str(CORPUS), str(out), Settings(), scheduler=scheduler, fmt="parquet")
    visible = sorted(p.name for p in out.iterdir() if not p.name.startswith("."))
    assert visible == sorted(f"{n}.parquet" for n in NAMES)  # and the journal
    for name in NAMES:
        csv = read_table(embedded / f"{name}.csv")
        pq = read_parquet_table(out / f"{name}.parquet")
        assert list(pq.columns) == list(csv.columns), name
        assert _values(pq) == _values(csv), name
        assert _values(result[name]) == _values(csv), name


def _values(df) -> list[list[object]]:
    return df.astype(object).where(df.notna(), None).values.tolist()


@pytest.mark.model
def test_a_worker_killed_mid_run_loses_and_duplicates_nothing(embedded, tmp_path):
    """SIGKILL one of two workers while partitions are running: the scheduler runs its
    tasks again; every article has one documents row and every row is there once."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    sources = sorted(CORPUS.glob("*.txt"))
    for i in range(60):
        source = sources[i % len(sources)]
        shutil.copy(source, corpus / f"{i:02d}-{source.name}")

    def parts_left(dask_scheduler) -> int:  # run on the scheduler
        return sum(1 for key, ts in dask_scheduler.tasks.items()
                   if str(key).startswith("frnews-part-")
                   and ts.state in ("released", "waiting", "queued", "processing",
                                    "no-worker"))

    def parts_run_twice(dask_scheduler) -> int:
        runs = Counter(t[0] for t in dask_scheduler.transition_log
                       if str(t[0]).startswith("frnews-part-") and t[2] == "processing")
        return sum(1 for n in runs.values() if n > 1)

    with local_cluster() as cluster, Client(cluster) as client:
        outcome: dict[str, object] = {}

        def target() -> None:
            try:
                outcome["result"] = run_dask(str(corpus), str(tmp_path / "out"), Settings(),
                                             scheduler=cluster.scheduler_address,
                                             partition_size=1)  # a file per partition
            except BaseException as exc:  # noqa: BLE001 - reported below
                outcome["error"] = exc

        thread = threading.Thread(target=target)
        thread.start()
        victim = None
        deadline = time.monotonic() + 50
        while victim is None and time.monotonic() < deadline and thread.is_alive():
            busy = [w for w, keys in client.processing().items()
                    if any(str(k).startswith("frnews-part-") for k in keys)]
            left = client.run_on_scheduler(parts_left)  # 60 once submitted
            if busy and 0 < left <= 50:  # ten articles done, the others to go
                victim = busy[0]
            time.sleep(0.1)
        assert victim is not None, "no partition was running"
        pid = client.run(os.getpid, workers=[victim])[victim]
        os.kill(pid, signal.SIGKILL)
        assert thread.is_alive(), "the run ended before the worker was killed"
        thread.join(120)
        assert "error" not in outcome, outcome.get("error")
        assert victim not in client.scheduler_info()["workers"]
        assert client.run_on_scheduler(parts_run_twice) >= 1, "no task was run again"

    docs = read_table(tmp_path / "out" / "documents.csv")
    assert list(docs["path"]) == sorted(p.name for p in corpus.iterdir())
    assert (docs["status"] == "ok").all()
    for table in ("documents", "entities", "moves", "affiliations", "topics"):
        expected = read_table(embedded / f"{table}.csv")
        got = read_table(tmp_path / "out" / f"{table}.csv")
        assert not got.duplicated().any(), table
        for copy in docs["doc_id"]:  # the rows of each copy: those of its original
            original = copy.split("-", 1)[1]
            rows = got[got["doc_id"] == copy].replace(copy, original, regex=False)
            if "move_id" in rows:
                rows["move_id"] = rows["move_id"].str.replace(copy, original, regex=False)
            if "path" in rows:
                rows["path"] = rows["path"].str.split("-", n=1).str[1]
            assert _values(rows) == _values(expected[expected["doc_id"] == original]), copy
