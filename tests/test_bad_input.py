"""Bad input (issue 6): every kind of bad file gets a failure or a warning with its reason,
nothing else is lost, the batch never stops, and the tables stay safe to open.

Every file is made here in ``tmp_path``; no binary junk is committed. The reader tests
need no model; the tests marked ``model`` run the whole pipeline.
"""

from __future__ import annotations

import codecs
import csv
import io
import json
import logging
import os
import struct
import threading
import time
import tracemalloc
import zipfile
import zlib
from pathlib import Path

import pytest

from pipeline import cli, corpus
from pipeline.corpus import Article, ReadFailure, read_corpus
from pipeline.tables import ROW_TYPES

GOOD = ("Marie Curie a rejoint l’Institut Pasteur en 2021, a annoncé le CNRS. "
        "Elle dirigeait jusqu’ici une équipe de l’université de Lyon.\n")
FRENCH = "Le cœur de l’œuvre : Élise Norberg a été nommée à la tête de l’Inria à Paris."


def png_bytes() -> bytes:
    """A real 1x1 PNG image."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    ihdr = struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0)
    idat = zlib.compress(b"\x00\xff\x00\x00")
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", idat) + chunk(
        b"IEND", b"")


def zip_bytes() -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("article.txt", GOOD)
    return buf.getvalue()


def read_one(tmp_path: Path, name: str, data: bytes | str, **kw) -> Article | ReadFailure:
    folder = tmp_path / "corpus"
    folder.mkdir(exist_ok=True)
    path = folder / name
    if isinstance(data, str):
        path.write_text(data, encoding="utf-8")
    else:
        path.write_bytes(data)
    [item] = list(read_corpus(folder, **kw))
    return item


def failure(item: Article | ReadFailure, kind: str, words: str = "") -> ReadFailure:
    assert isinstance(item, ReadFailure), item
    assert (item.stage, item.error) == ("read", kind), item
    assert words.lower() in item.message.lower(), item.message
    return item


# ---------------------------------------------------------------------- files refused


@pytest.mark.parametrize(
    ("data", "kind", "words"),
    [
        pytest.param(b"", "EmptyText", "no text", id="empty"),
        pytest.param(b" \n\t\r\n  \n", "EmptyText", "whitespace", id="whitespace-only"),
        pytest.param("---\ntitle: Rien\n---\n\n", "EmptyText", "no text",
                     id="front-matter-only"),
        pytest.param(png_bytes(), "BinaryFile", "PNG image", id="png-image"),
        pytest.param(zip_bytes(), "BinaryFile", "ZIP archive", id="zip-archive"),
        pytest.param(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", "BinaryFile", "PDF", id="pdf"),
        pytest.param(b"Jean Dupont\x00\x00\x00 a rejoint le CNRS.", "BinaryFile", "NUL",
                     id="nul-bytes"),
        pytest.param(bytes(range(1, 32)) * 20, "BinaryFile", "control codes",
                     id="control-bytes"),
        pytest.param(codecs.BOM_UTF16_LE + b"\x00\xd8\x41\x00", "DecodeError", "utf-16",
                     id="broken-utf16-after-bom"),
        pytest.param("<!DOCTYPE html><html><head><title>Le CNRS</title></head><body><p>"
                     + GOOD + "</p></body></html>", "HtmlFile", "HTML page", id="html-page"),
        pytest.param("<!-- sauvé par le navigateur -->\n<html lang=fr><body>" + GOOD,
                     "HtmlFile", "HTML page", id="html-after-comment"),
        pytest.param("<div class=a><p>" + GOOD + "</p><p>Suite</p><span>x</span>"
                     "<a href=/b>lien</a></div>", "HtmlFile", "HTML page",
                     id="html-fragment"),
    ],
)
def test_bad_txt_file_is_refused_with_its_reason(tmp_path, data, kind, words):
    item = failure(read_one(tmp_path, "bad.txt", data), kind, words)
    assert (item.path, item.doc_id) == ("bad.txt", "bad")


def test_text_mentioning_a_tag_is_not_html(tmp_path):
    item = read_one(tmp_path, "a.txt", "Le logiciel affiche <b> en gras.\n" + GOOD)
    assert isinstance(item, Article)


def test_too_long_article_is_refused_with_the_limit(tmp_path):
    text = GOOD * 10
    item = failure(read_one(tmp_path, "long.txt", text, max_chars=len(text) - 1),
                   "TooLong", "max_chars")
    assert f"{len(text):,} characters" in item.message
    item = read_one(tmp_path, "long.txt", text, max_chars=len(text))
    assert isinstance(item, Article)


def test_file_over_four_bytes_per_character_is_refused_unread(tmp_path):
    item = failure(read_one(tmp_path, "big.txt", "a" * 500, max_chars=100), "TooLarge",
                   "not read")
    assert "500 bytes" in item.message


def test_50_mb_file_is_refused_without_being_read(tmp_path, monkeypatch):
    folder = tmp_path / "corpus"
    folder.mkdir()
    big = folder / "big.txt"
    with open(big, "wb") as fh:  # sparse: 50 MB that take no disk space
        fh.truncate(50 * 1024 * 1024)
    (folder / "ok.txt").write_text(GOOD, encoding="utf-8")
    opened: list[str] = []
    real_open = open

    def spy_open(file, *args, **kwargs):
        opened.append(Path(file).name)
        return real_open(file, *args, **kwargs)

    monkeypatch.setattr(corpus, "open", spy_open, raising=False)
    tracemalloc.start()
    try:
        items = list(read_corpus(folder))  # default max_chars
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 2_000_000
    assert "big.txt" not in opened
    fail, ok = items
    failure(fail, "TooLarge", "52,428,800 bytes")
    assert "max_chars" in fail.message
    assert isinstance(ok, Article)


def test_50_mb_jsonl_line_is_skipped_in_bounded_memory(tmp_path):
    folder = tmp_path / "corpus"
    folder.mkdir()
    with open(folder / "big.jsonl", "w", encoding="utf-8") as fh:
        fh.write(json.dumps({"id": "a", "text": GOOD}) + "\n")
        fh.write('{"id": "huge", "text": "' + "x" * (50 * 1024 * 1024) + '"}\n')
        fh.write(json.dumps({"id": "c", "text": GOOD}) + "\n")
    tracemalloc.start()
    try:
        items = list(read_corpus(folder))
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 5_000_000
    assert [getattr(i, "doc_id", None) for i in items] == ["a", "big#2", "c"]
    failure(items[1], "TooLong", "line 2")


# ---------------------------------------------------------------------- encodings


@pytest.mark.parametrize(
    ("encoded", "encoding"),
    [
        pytest.param(FRENCH.encode("utf-8"), "utf-8", id="utf-8"),
        pytest.param(codecs.BOM_UTF8 + FRENCH.encode("utf-8"), "utf-8 (BOM)", id="utf-8-bom"),
        pytest.param(FRENCH.encode("utf-16"), "utf-16 (BOM)", id="utf-16-bom"),
        pytest.param(codecs.BOM_UTF16_BE + FRENCH.encode("utf-16-be"), "utf-16 (BOM)",
                     id="utf-16-be-bom"),
        pytest.param(FRENCH.encode("utf-16-le"), "utf-16-le", id="utf-16-le-no-bom"),
        pytest.param(FRENCH.encode("utf-16-be"), "utf-16-be", id="utf-16-be-no-bom"),
        pytest.param(FRENCH.encode("utf-32"), "utf-32 (BOM)", id="utf-32-bom"),
        pytest.param(FRENCH.encode("cp1252"), "cp1252", id="cp1252"),
        pytest.param(FRENCH.replace("’", "'").replace("œ", "oe").encode("latin-1"),
                     "cp1252", id="latin-1"),
        pytest.param(FRENCH.replace("’", "'").encode("iso8859_15"), "iso8859_15",
                     id="latin-9-with-oe"),
    ],
)
def test_encodings_are_detected(tmp_path, encoded, encoding):
    item = read_one(tmp_path, "a.txt", encoded)
    assert isinstance(item, Article), item
    expected = FRENCH
    if encoding == "cp1252" and b"oe" in encoded:
        expected = FRENCH.replace("’", "'").replace("œ", "oe")
    elif encoding == "iso8859_15":
        expected = FRENCH.replace("’", "'")
    assert item.text == expected
    assert item.encoding == encoding
    assert item.warnings == ()


def test_crlf_and_cr_line_ends_become_newlines(tmp_path):
    item = read_one(tmp_path, "a.txt", b"Titre\r\n\r\nCorps.\rFin.")
    assert item.text == "Titre\n\nCorps.\nFin."


def test_damaged_utf8_is_read_with_a_warning(tmp_path):
    data = (FRENCH * 3).encode("utf-8") + b" fin \xff\xfe coup\xe9"
    item = read_one(tmp_path, "a.txt", data)
    assert isinstance(item, Article)
    assert item.text.startswith(FRENCH)  # the valid UTF-8 is not turned into mojibake
    assert item.text.count("\ufffd") == 3
    [(kind, message)] = item.warnings
    assert kind == "DecodeWarning" and "3 invalid UTF-8" in message


def test_dos_end_of_file_mark_is_not_binary(tmp_path):
    item = read_one(tmp_path, "a.txt", GOOD.encode("cp1252") + b"\x1a")
    assert isinstance(item, Article)


# ---------------------------------------------------------------------- front matter


def test_front_matter_with_french_colons_is_read(tmp_path):
    text = ("---\ntitle: Climat : le LSCE recrute\ndate: 2025-05-20 09:30:00\n"
            "id: 007\nsource: 'Le Quotidien : Sciences'\nurl: https://ex.org/a?b=1\n---\n"
            + GOOD)
    item = read_one(tmp_path, "a.txt", text)
    assert isinstance(item, Article)
    assert (item.title, item.date, item.doc_id, item.source, item.url) == (
        "Climat : le LSCE recrute", "2025-05-20", "007", "Le Quotidien : Sciences",
        "https://ex.org/a?b=1")
    assert item.text == GOOD
    assert item.warnings == ()


def test_yaml_front_matter_is_read(tmp_path):
    text = "---\ntitle: >\n  Un titre\n  sur deux lignes\ntags: [a, b]\n---\n" + GOOD
    item = read_one(tmp_path, "a.txt", text)
    assert item.title == "Un titre sur deux lignes"
    assert item.meta == {"tags": ["a", "b"]}


@pytest.mark.parametrize(
    ("text", "words", "body_starts"),
    [
        pytest.param("---\ntitle: Sans fin\n" + GOOD, "never closed", "---",
                     id="unclosed"),
        pytest.param("---\ntitle: [pas fermé\n  - x: : y\n---\n" + GOOD, "nor valid YAML",
                     "Marie", id="invalid-yaml"),
        pytest.param("---\n- une\n- liste\n---\n" + GOOD, "not a mapping", "Marie",
                     id="not-a-mapping"),
    ],
)
def test_malformed_front_matter_is_a_warning(tmp_path, text, words, body_starts):
    item = read_one(tmp_path, "a.txt", text)
    assert isinstance(item, Article)
    [(kind, message)] = item.warnings
    assert kind == "FrontMatterWarning" and words in message
    assert item.text.startswith(body_starts)


# ---------------------------------------------------------------------- JSON Lines


def test_bad_jsonl_lines_lose_only_themselves(tmp_path):
    lines = [
        json.dumps({"id": "ok-1", "text": GOOD}).encode(),
        b'{"id": "broken", "text": "pas ferm',
        b"",
        b"[1, 2, 3]",
        json.dumps({"id": "no-text", "title": "Sans texte"}).encode(),
        json.dumps({"id": "empty", "text": "   "}).encode(),
        json.dumps({"id": "html", "text": "<html><body>x</body></html>"}).encode(),
        json.dumps({"id": "cp1252", "text": "L’État a nommé Élise."},
                   ensure_ascii=False).encode("cp1252"),
        json.dumps({"id": "surrogate", "text": "Jean \ud800 a rejoint le CNRS."}).encode(),
        json.dumps({"id": "nul", "text": "Jean\u0000Dupont a rejoint le CNRS."}).encode(),
        json.dumps({"id": "ok-2", "text": GOOD}, ensure_ascii=False).encode(),
    ]
    items = list(read_jsonl_bytes(tmp_path, b"\n".join(lines) + b"\n"))
    got = [(i.doc_id, type(i).__name__, getattr(i, "error", "")) for i in items]
    assert got == [
        ("ok-1", "Article", ""),
        ("news#2", "ReadFailure", "JSONDecodeError"),
        ("news#4", "ReadFailure", "BadRecord"),
        ("no-text", "ReadFailure", "BadRecord"),
        ("empty", "ReadFailure", "EmptyText"),
        ("html", "ReadFailure", "HtmlFile"),
        ("cp1252", "Article", ""),
        ("surrogate", "Article", ""),
        ("nul", "Article", ""),
        ("ok-2", "Article", ""),
    ]
    assert "line 2" in items[1].message
    assert items[6].text == "L’État a nommé Élise." and items[6].encoding == "cp1252"
    assert items[7].text == "Jean \ufffd a rejoint le CNRS."
    assert items[7].warnings[0][0] == "DecodeWarning"
    assert items[8].text == "Jean\ufffdDupont a rejoint le CNRS."  # no NUL in the tables
    assert items[8].warnings[0][0] == "DecodeWarning"


def read_jsonl_bytes(tmp_path: Path, data: bytes) -> list[Article | ReadFailure]:
    folder = tmp_path / "corpus"
    folder.mkdir(exist_ok=True)
    (folder / "news.jsonl").write_bytes(data)
    return list(read_corpus(folder))


def test_jsonl_in_utf16_with_bom(tmp_path):
    text = json.dumps({"id": "a", "text": FRENCH}, ensure_ascii=False) + "\n"
    [item] = read_jsonl_bytes(tmp_path, (text * 1).encode("utf-16"))
    assert item.text == FRENCH and item.encoding == "utf-16"


def test_binary_file_named_jsonl_is_one_failure(tmp_path):
    [item] = read_jsonl_bytes(tmp_path, zip_bytes())
    failure(item, "BinaryFile", "ZIP")


def test_deeply_nested_json_line_does_not_crash(tmp_path):
    items = read_jsonl_bytes(tmp_path, b"[" * 100_000 + b"\n" + json.dumps(
        {"id": "b", "text": GOOD}).encode() + b"\n")
    assert [type(i).__name__ for i in items] == ["ReadFailure", "Article"]


# ---------------------------------------------------------------------- the file system


def test_dangling_symlink(tmp_path):
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "gone.txt").symlink_to(tmp_path / "nowhere.txt")
    [item] = list(read_corpus(folder))
    failure(item, "DanglingSymlink", "does not exist")


def test_symlink_loop(tmp_path):
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "loop.txt").symlink_to(folder / "loop.txt")
    [item] = list(read_corpus(folder))
    assert isinstance(item, ReadFailure) and "cannot read file" in item.message


def test_named_pipe_is_refused_without_blocking(tmp_path):
    folder = tmp_path / "corpus"
    folder.mkdir()
    os.mkfifo(folder / "pipe.txt")
    items: list = []
    reader = threading.Thread(target=lambda: items.extend(read_corpus(folder)), daemon=True)
    reader.start()
    reader.join(timeout=10)
    assert not reader.is_alive(), "reading a named pipe blocked the run"
    failure(items[0], "NotAFile", "named pipe")


def make_unreadable(path: Path, monkeypatch) -> None:
    """chmod 000; as root, which reads anyway, the reader's ``open`` is made to fail."""
    path.chmod(0)
    if os.geteuid() != 0:
        return
    real_open = open

    def deny(file, *args, **kwargs):
        if Path(file).name == path.name:
            raise PermissionError(13, "Permission denied", str(file))
        return real_open(file, *args, **kwargs)

    monkeypatch.setattr(corpus, "open", deny, raising=False)


def test_unreadable_file(tmp_path, monkeypatch):
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "secret.txt").write_text(GOOD, encoding="utf-8")
    make_unreadable(folder / "secret.txt", monkeypatch)
    [item] = list(read_corpus(folder))
    failure(item, "PermissionError", "permission")


def test_hidden_files_other_suffixes_and_folders_named_txt_are_skipped(tmp_path):
    folder = tmp_path / "corpus"
    (folder / "dir.txt").mkdir(parents=True)
    (folder / "dir.txt" / "inside.txt").write_text(GOOD, encoding="utf-8")
    (folder / ".hidden.txt").write_text(GOOD, encoding="utf-8")
    (folder / "._resource-fork.txt").write_bytes(b"\x00\x05\x16\x07" * 10)
    (folder / "notes.md").write_text(GOOD, encoding="utf-8")
    assert [i.doc_id for i in read_corpus(folder)] == ["dir.txt/inside"]


# ---------------------------------------------------------------------- analysis failures


def _blank_nlp(component):
    """A tokenizer-only French pipeline with one faulty component (no model to load)."""
    import spacy
    from spacy.language import Language

    name = f"faulty_{id(component)}"
    Language.component(name, func=component)
    nlp = spacy.blank("fr")
    nlp.add_pipe(name)
    return nlp


def test_failing_article_is_isolated_from_its_batch():
    from pipeline.run import process_articles

    def boom(doc):
        if "BOOM" in doc.text:
            raise ValueError("boom")
        return doc

    articles = [Article(f"a{i}", text, path=f"a{i}.txt")
                for i, text in enumerate(["Un texte.", "BOOM ici.", "Un autre."])]
    results = process_articles(_blank_nlp(boom), articles, batch_size=8)
    assert [r.document.status for r in results] == ["ok", "failed", "ok"]
    [err] = results[1].errors
    assert (err.stage, err.error) == ("nlp", "ValueError") and "boom" in err.message


def test_article_over_its_time_limit_is_stopped_and_reported():
    from pipeline.run import process_articles

    def endless(doc):
        if "LENT" in doc.text:
            while True:
                time.sleep(0.01)
        return doc

    articles = [Article("slow", "LENT " * 10), Article("fast", "Rapide.")]
    started = time.perf_counter()
    results = process_articles(_blank_nlp(endless), articles, timeout=0.2)
    assert time.perf_counter() - started < 5
    assert [r.document.status for r in results] == ["failed", "ok"]
    [err] = results[0].errors
    assert err.error == "ArticleTimeout" and "timeout" in err.message
    assert not results[0].cacheable  # a resumed run tries it again


def test_time_limit_holds_outside_the_main_thread():
    """A Dask worker runs its tasks in a thread: the limit must hold there too, and a
    block that ends in time must leave no exception behind."""
    from concurrent.futures import ThreadPoolExecutor

    from pipeline.run import process_articles

    def endless(doc):
        if "LENT" in doc.text:
            while True:
                time.sleep(0.01)
        return doc

    def job():
        results = process_articles(_blank_nlp(endless),
                                   [Article("slow", "LENT " * 10), Article("fast", "Rapide.")],
                                   timeout=0.2)
        quick = process_articles(_blank_nlp(endless), [Article("ok", "Rapide.")], timeout=0.3)
        time.sleep(0.5)  # past the second limit: nothing may be raised here
        return results + quick

    started = time.perf_counter()
    with ThreadPoolExecutor(1) as pool:
        results = pool.submit(job).result(timeout=30)
    assert time.perf_counter() - started < 10
    assert [r.document.status for r in results] == ["failed", "ok", "ok"]
    [err] = results[0].errors
    assert err.error == "ArticleTimeout" and "timeout" in err.message


def test_time_limit_is_generous_for_long_articles():
    from pipeline.run import time_allowed

    assert time_allowed([Article("a", "x" * 100)], 30) == 30
    assert time_allowed([Article("a", "x" * 100_000)], 30) == 300
    assert time_allowed([Article("a", "x")], 0) == 0


# ---------------------------------------------------------------------- a whole corpus


def build_bad_corpus(root: Path, monkeypatch) -> dict[str, str]:
    """A corpus mixing good articles with every kind of bad input. Returns the expected
    ``error`` kind of each bad path (warnings included)."""
    root.mkdir()
    (root / "sub").mkdir()
    good = {
        "good-1.txt": "---\ntitle: Recherche : Marie Curie rejoint Pasteur\ndate: 2021-03-01\n"
                      "---\n" + GOOD,
        "sub/good-2.txt": "Jean Dupont a quitté Renault pour rejoindre Stellantis.\n",
        "good-cp1252.txt": GOOD.encode("cp1252"),
        "good-latin1.txt": GOOD.replace("’", "'").encode("latin-1"),
        "good-utf16.txt": GOOD.encode("utf-16"),
        "formula.txt": "=HYPERLINK(\"http://evil.example\")\n-Jean Dupont a rejoint "
                       "@Renault.\n+Paul Martin a quitté le CNRS.\n" + GOOD,
        "hostile.txt": "Jean\x1b[31m Dupont\x07 a rejoint le CNRS.\x0c " + "A" * 1500
                       + " Владимир Иванов a rejoint 北京大学 et مرحبا. 👩‍🔬\u202e Zoë.\n"
                       + ("mot, " * 300) + "\n" + GOOD,
    }
    bad = {
        "empty.txt": (b"", "EmptyText"),
        "blank.txt": (b"  \n\t\n", "EmptyText"),
        "image.txt": (png_bytes(), "BinaryFile"),
        "archive.txt": (zip_bytes(), "BinaryFile"),
        "nul.txt": (b"Jean\x00\x00 a rejoint\x00 le CNRS.", "BinaryFile"),
        "page.txt": ("<!DOCTYPE html><html><body><p>" + GOOD + "</p></body></html>",
                     "HtmlFile"),
        "huge.txt": (b"", "TooLarge"),  # made sparse below
        "too-long.txt": (GOOD * 40, "TooLong"),
        "damaged.txt": ((GOOD * 2).encode() + b"\xff\xfe", "DecodeWarning"),
        "frontmatter.txt": ("---\ntitle: [pas fermé\n  - : :\n---\n" + GOOD,
                            "FrontMatterWarning"),
        "unreadable.txt": (GOOD, "PermissionError"),
        "dangling.txt": (None, "DanglingSymlink"),
        "pipe.txt": (None, "NotAFile"),
    }
    for name, data in {**good, **{k: v[0] for k, v in bad.items()}}.items():
        if data is None:
            continue
        path = root / name
        if isinstance(data, str):
            path.write_text(data, encoding="utf-8")
        else:
            path.write_bytes(data)
    with open(root / "huge.txt", "wb") as fh:
        fh.truncate(50 * 1024 * 1024)
    (root / "dangling.txt").symlink_to(root / "deleted.txt")
    os.mkfifo(root / "pipe.txt")
    make_unreadable(root / "unreadable.txt", monkeypatch)
    lines = [
        json.dumps({"id": "jl-good-1", "title": "Nomination", "text": GOOD}),
        '{"id": "jl-broken", "text": "coupé',
        json.dumps({"id": "jl-notext"}),
        json.dumps(["pas", "un", "objet"]),
        json.dumps({"id": "jl-good-2", "text": "Paul Martin rejoint Airbus.\n"}),
    ]
    (root / "sub" / "wire.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    expected = {name: kind for name, (_, kind) in bad.items()}
    expected.update({"sub/wire#2": "JSONDecodeError", "jl-notext": "BadRecord",
                     "sub/wire#4": "BadRecord"})
    return expected


def read_csv(path: Path) -> list[dict[str, str]]:
    with open(path, encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


@pytest.fixture
def _restore_logger():
    logger = logging.getLogger("pipeline")
    handlers, level = list(logger.handlers), logger.level
    yield
    logger.handlers[:] = handlers
    logger.setLevel(level)


@pytest.mark.model
@pytest.mark.usefixtures("_restore_logger")
def test_mixed_bad_corpus_runs_to_the_end(tmp_path, monkeypatch, nlp, capsys):
    root = tmp_path / "corpus"
    expected = build_bad_corpus(root, monkeypatch)
    out = tmp_path / "out"
    code = cli.main(["run", str(root), "--out", str(out), "--max-chars", "5000", "--quiet"])
    assert code == 1  # errors.csv has rows

    docs = {d["doc_id"]: d for d in read_csv(out / "documents.csv")}
    good_ids = ["good-1", "sub/good-2", "good-cp1252", "good-latin1", "good-utf16",
                "formula", "hostile", "jl-good-1", "jl-good-2"]
    for doc_id in good_ids:
        assert docs[doc_id]["status"] == "ok", docs[doc_id]
    assert docs["good-1"]["title"] == "Recherche : Marie Curie rejoint Pasteur"
    assert docs["good-cp1252"]["encoding"] == "cp1252"
    entities = read_csv(out / "entities.csv")
    with_entities = {e["doc_id"] for e in entities}
    assert {"good-1", "good-cp1252", "good-utf16", "jl-good-1"} <= with_entities
    persons = {e["text"] for e in entities if e["label"] == "PER"}
    assert "Marie Curie" in persons

    errors_rows = read_csv(out / "errors.csv")
    got: dict[str, str] = {}
    for row in errors_rows:
        assert row["path"] and row["stage"] and row["error"] and row["message"], row
        key = row["doc_id"] if row["path"].endswith(".jsonl") else row["path"]
        got[key] = row["error"]
    assert got == expected
    assert len(expected) >= 12
    for name, kind in expected.items():
        doc_id = name.removesuffix(".txt")
        status = "warning" if kind.endswith("Warning") else "failed"
        assert docs[doc_id]["status"] == status, (name, docs[doc_id])

    # Nothing a spreadsheet would run: every text cell starting with = + - @ is inert.
    for cls in ROW_TYPES:
        with open(out / f"{cls.table}.csv", encoding="utf-8", newline="") as fh:
            for row in csv.reader(fh):
                for value in row:
                    assert not value.startswith(("=", "+", "-", "@", "\t", "\r")) or (
                        value.lstrip("-").replace(".", "").isdigit()), value
    sentences = [m["sentence"] for m in read_csv(out / "moves.csv")]
    assert any(s.startswith("'") for s in sentences) or not sentences


@pytest.mark.model
def test_hostile_text_never_crashes_extract(nlp):
    from pipeline import extract

    texts = [
        "A" * 20_000,
        "Jean Dupont a rejoint " + "x" * 30_000 + ".",
        "\x00\x01\x02\x1b[2J\x7f\x85\u2028\u2029\ufeff\u200b" * 50 + "Fin.",
        "Владимир Путин a rejoint 北京大学 et جامعة القاهرة. 👩‍🔬🎉 Zoë a été nommée.",
        "\u202eJean Dupont a rejoint le CNRS\u202c. Jose\u0301 Garci\u0301a est parti.",
        "=1+1 a rejoint @Google. -Paul +Marc ont quitté =Meta.",
        "\n" * 5000 + "Jean Dupont a rejoint le CNRS.",
        "." * 10_000,
        "Jean Dupont a rejoint le CNRS, " * 40,
        "\ud800 Jean \udfff Dupont",
    ]
    for text in texts:
        result = extract(text)
        assert result.document.status == "ok", (text[:40], result.document.error)
        for e in result.entities:
            assert text[e.start_char:e.end_char] == e.text


def test_folder_that_cannot_be_listed_is_reported(tmp_path, monkeypatch):
    folder = tmp_path / "corpus"
    (folder / "locked").mkdir(parents=True)
    (folder / "locked" / "a.txt").write_text(GOOD, encoding="utf-8")
    (folder / "b.txt").write_text(GOOD, encoding="utf-8")
    real_scandir = os.scandir

    def scandir(path="."):
        if Path(path).name == "locked":
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    first, second = read_corpus(folder)
    failure(first, "PermissionError", "cannot list folder")
    assert first.path == "locked/"
    assert isinstance(second, Article) and second.doc_id == "b"


def test_a_few_stray_control_characters_are_text(tmp_path):
    text = "Jean Dupont\x0b a rejoint\x0c le CNRS.\x1b Fin\x01."
    item = read_one(tmp_path, "a.txt", text)
    assert isinstance(item, Article) and item.text == text
