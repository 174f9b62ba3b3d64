"""Read a corpus folder: ``.txt`` articles (optional front matter) and ``.jsonl`` files.

Files are walked recursively in sorted order. Every file yields either articles or
:class:`ReadFailure` records; nothing raises past this module for a bad file. Memory stays
bounded whatever the input: a ``.txt`` file is read only when its size fits the
``max_chars`` limit, a JSONL file is read one line at a time and a line is never read past
the limit. What happens with each kind of bad input is listed in ``docs/bad-input.md``.
"""

from __future__ import annotations

import codecs
import datetime as _dt
import hashlib
import json
import logging
import os
import re
import stat
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO

import yaml
from charset_normalizer import from_bytes

from . import errors

log = logging.getLogger(__name__)

SUFFIXES = (".txt", ".jsonl")
META_KEYS = ("title", "date", "url", "source", "id")
BYTES_PER_CHAR = 4  # the most a character takes in UTF-8; a file over 4 * max_chars is refused

# Binary signatures met in scraped corpora.
_MAGIC = {
    b"\x89PNG": "PNG image",
    b"\xff\xd8\xff": "JPEG image",
    b"GIF8": "GIF image",
    b"PK\x03\x04": "ZIP archive (or .docx/.odt)",
    b"%PDF": "PDF document",
    b"\x1f\x8b": "gzip archive",
    b"\x7fELF": "executable",
    b"RIFF": "RIFF media file",
    b"\xd0\xcf\x11\xe0": "Microsoft Office document (.doc/.xls)",
    b"{\\rtf": "RTF document",
    b"7z\xbc\xaf": "7-Zip archive",
    b"Rar!": "RAR archive",
    b"BZh": "bzip2 archive",
    b"\xfd7zXZ": "xz archive",
    b"SQLite format 3": "SQLite database",
}
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Control bytes that do not occur in text (tab, line feed, vertical tab (a line break in
# text copied from Word), form feed, carriage return, the DOS end-of-file mark 0x1A and
# escape 0x1B excepted).
_CONTROL_BYTES = bytes([*range(0x00, 0x09), *range(0x0E, 0x1A), *range(0x1C, 0x20), 0x7F])
# Bytes where Latin-9 (ISO 8859-15: € Š š Ž ž Œ œ Ÿ) differs from Latin-1 and CP1252.
_LATIN9_ONLY = frozenset(b"\xa4\xa6\xa8\xb4\xb8\xbc\xbd\xbe")
_HTML = re.compile(
    r"\A\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*"
    r"<(?:!doctype\s+html|html|head|body|meta|title|div|p|article|section|span|table|"
    r"script|style|link|header|nav|main|h[1-6]|ul|ol|br|a)\b",
    re.I | re.S,
)
_TAG = re.compile(r"</?[a-zA-Z][a-zA-Z0-9]*(?:\s[^<>]*)?/?>")
_FRONT = re.compile(r"\A---[ \t]*\n(?:(.*?)\n)??---[ \t]*(?:\n|\Z)", re.S)
_SIMPLE_META = re.compile(r"^([A-Za-z_][\w-]*)[ \t]*:(?:[ \t]+(.*?))?[ \t]*$")
_ISO_DATETIME = re.compile(r"^(\d{4}-\d{2}-\d{2})[T ]\d{1,2}:\d{2}")
_UNWRITABLE = re.compile("[\x00\ud800-\udfff]")


@dataclass(frozen=True)
class Article:
    """One article as read: ``text`` is what is analysed and what offsets point into.

    ``warnings`` are ``(kind, message)`` pairs: the article was read, with a caveat (bad
    front matter, damaged bytes) that goes to ``errors.csv``.
    """

    doc_id: str
    text: str
    path: str = ""
    title: str = ""
    date: str = ""
    url: str = ""
    source: str = ""
    encoding: str = ""
    warnings: tuple[tuple[str, str], ...] = ()
    meta: dict[str, Any] = field(default_factory=dict, compare=False)

    @property
    def warning(self) -> str:
        """The warnings' messages, joined (the ``error`` cell of ``documents.csv``)."""
        return "; ".join(message for _, message in self.warnings)

    @property
    def content_hash(self) -> str:
        return hashlib.sha1(self.text.encode("utf-8", "surrogatepass")).hexdigest()

    @property
    def key(self) -> str:
        """Hash of everything the rows of this article are made from: its path and id,
        its text and the metadata that reach the tables. Two articles with the same key
        give the same rows (for one version of the pipeline), which is what lets a
        resumed run reuse them."""
        blob = json.dumps(
            [self.path, self.doc_id, self.text, self.title, self.date, self.url,
             self.source, self.encoding, list(self.warnings)],
            ensure_ascii=True,
        )
        return hashlib.sha1(blob.encode("ascii")).hexdigest()


@dataclass(frozen=True)
class ReadFailure:
    """A file, or one line of a JSONL file, that could not be read as an article."""

    path: str
    doc_id: str
    stage: str
    error: str
    message: str


# ---------------------------------------------------------------------- bytes to text


def decode_bytes(data: bytes) -> tuple[str, str, tuple[tuple[str, str], ...]]:
    """Decode ``data``; return the text, the encoding's name and warnings. Raise
    :class:`errors.ArticleError` when it is not text.

    Order: byte-order marks; binary signatures, NUL and control bytes (refused); strict
    UTF-8; UTF-16 without BOM; UTF-8 damaged by a few invalid bytes (replaced, with a
    warning); then detection among the single-byte encodings of French text (CP1252,
    Latin-1, Latin-9, Mac Roman), where CP1252 is preferred to Latin-1 since it is a
    superset of its printable range.
    """
    for bom, name in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(name), name.replace("-sig", "") + " (BOM)", ()
            except UnicodeDecodeError as exc:
                raise errors.bad_bom(name.replace("-sig", ""), exc.reason) from exc
    sniff_binary(data)
    try:
        return data.decode("utf-8"), "utf-8", ()
    except UnicodeDecodeError:
        pass
    if _looks_utf16(data):
        # ASCII in UTF-16-LE has its zero bytes at odd offsets, in UTF-16-BE at even ones
        sample = data[:4000]
        little = sample[1::2].count(0) >= sample[0::2].count(0)
        for name in ("utf-16-le", "utf-16-be") if little else ("utf-16-be", "utf-16-le"):
            try:
                return data.decode(name), name, ()
            except UnicodeDecodeError:
                continue
    if b"\x00" in data:
        raise errors.nul_bytes()
    damaged = _damaged_utf8(data)
    if damaged is not None:
        return damaged
    return _single_byte(data)


def sniff_binary(data: bytes) -> None:
    """Refuse data that is not text: a known binary signature, NUL bytes (outside
    UTF-16/32) or control bytes making more than 2 % of the first 64 KB."""
    for magic, kind in _MAGIC.items():
        if data.startswith(magic):
            raise errors.binary_file(kind)
    sample = data[:65536]
    if _looks_utf16(sample):
        return
    if b"\x00" in sample:
        raise errors.nul_bytes()
    n_control = len(sample) - len(sample.translate(None, _CONTROL_BYTES))
    if n_control > max(4, len(sample) // 50):
        raise errors.control_bytes(n_control / len(sample))


def _looks_utf16(data: bytes) -> bool:
    sample = data[:4000]
    if len(sample) < 4:
        return False
    even = sample[0::2].count(0)
    odd = sample[1::2].count(0)
    half = len(sample) / 2
    return max(even, odd) > 0.3 * half and min(even, odd) < 0.05 * half


def _damaged_utf8(data: bytes) -> tuple[str, str, tuple[tuple[str, str], ...]] | None:
    """UTF-8 text with a few invalid bytes (a file cut in the middle of a character, a
    stray byte of another encoding): decoded with U+FFFD for each bad sequence. Returns
    None when the data shows no valid multi-byte UTF-8 sequence to outweigh the bad ones
    (then it is in a single-byte encoding)."""
    text = data.decode("utf-8", "replace")
    n_bad = text.count("\ufffd") - data.count(b"\xef\xbf\xbd")
    n_good = sum(1 for ch in text if ch > "\x7f") - text.count("\ufffd")
    if n_bad <= 0 or n_good < n_bad:
        return None
    first = 0
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as exc:
        first = exc.start
    return text, "utf-8", (errors.invalid_utf8(n_bad, first),)


def _single_byte(data: bytes) -> tuple[str, str, tuple[tuple[str, str], ...]]:
    best = from_bytes(
        data, cp_isolation=["cp1252", "latin_1", "iso8859_15", "mac_roman"]
    ).best()
    encoding = best.encoding if best is not None else ""
    if encoding == "mac_roman":
        return data.decode("mac_roman"), encoding, ()
    has_c1 = any(0x80 <= b <= 0x9F for b in data)
    if encoding == "iso8859_15" and not has_c1 and _LATIN9_ONLY.intersection(data):
        return data.decode("iso8859_15"), encoding, ()
    try:
        text, name = data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:  # 0x81, 0x8D, 0x8F, 0x90, 0x9D are not CP1252
        text, name = data.decode("latin_1"), "latin_1"
    known = encoding in ("cp1252", "latin_1", "iso8859_15")
    return text, name, (() if known else (errors.encoding_guessed(name),))


def check_text(text: str, *, allow_nul: bool = False) -> None:
    """Refuse text that is not an article: empty, NUL characters (a binary file decoded
    by chance) or an HTML page."""
    if not text.strip():
        raise errors.empty_text()
    if not allow_nul and "\x00" in text:
        raise errors.nul_bytes()
    if looks_like_html(text):
        raise errors.html_file()


def looks_like_html(text: str) -> bool:
    """An HTML page or fragment: it opens with a tag of HTML (after an XML declaration or
    comments), or markup makes a fifth of its first 5,000 characters."""
    head = text[:5000]
    if _HTML.match(head):
        return True
    if not head.lstrip().startswith("<"):
        return False
    tags = _TAG.findall(head)
    return len(tags) >= 5 and sum(map(len, tags)) > len(head) / 5


def replace_unwritable(text: str) -> tuple[str, tuple[tuple[str, str], ...]]:
    """Lone surrogates (from ``\\ud800`` escapes in JSON) cannot be written as UTF-8, and
    NUL characters (``\\u0000``) make a CSV file look binary: replace each by U+FFFD,
    one character for one so that offsets hold."""
    found = _UNWRITABLE.findall(text)
    if not found:
        return text, ()
    return _UNWRITABLE.sub("\ufffd", text), (errors.unwritable_chars(len(found)),)


# ---------------------------------------------------------------------- front matter


def _meta_str(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, _dt.datetime):
        return value.date().isoformat()
    if isinstance(value, _dt.date):
        return value.isoformat()
    return str(value).strip()


def _simple_front_matter(block: str) -> dict[str, Any] | None:
    """``key: value`` lines read literally (values are text: ``title: Climat : le LSCE``
    is not valid YAML, and YAML would turn ``id: 007`` into 7). None when a line is not
    of that form (then the block is read as YAML)."""
    meta: dict[str, Any] = {}
    for line in block.split("\n"):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        match = _SIMPLE_META.match(line)
        if not match:
            return None
        value = match.group(2) or ""
        if value[:1] in ("'", '"', "[", "{", "|", ">", "&", "*", "!"):
            try:
                parsed = yaml.safe_load(value)
            except yaml.YAMLError:
                return None
            if not isinstance(parsed, str):
                return None
            value = parsed
        if match.group(1) == "date":
            iso = _ISO_DATETIME.match(value)
            value = iso.group(1) if iso else value
        meta[match.group(1)] = value
    return meta


def split_front_matter(text: str) -> tuple[dict[str, Any], str, tuple[tuple[str, str], ...]]:
    """Return ``(meta, body, warnings)`` for text with ``\\n`` line ends. A malformed
    block is reported as a warning, never fatal."""
    if not text.startswith("---"):
        return {}, text, ()
    match = _FRONT.match(text)
    if not match:
        return {}, text, (errors.front_matter_unclosed(),)
    body = text[match.end():]
    block = match.group(1) or ""
    simple = _simple_front_matter(block)
    if simple is not None:
        return simple, body, ()
    try:
        meta = yaml.safe_load(block) or {}
    except yaml.YAMLError as exc:
        first = str(exc).splitlines()[0] if str(exc) else "invalid YAML"
        return {}, body, (errors.front_matter_invalid(first),)
    if not isinstance(meta, dict):
        return {}, body, (errors.front_matter_not_mapping(),)
    return {str(k): v for k, v in meta.items()}, body, ()


# ---------------------------------------------------------------------- files


def doc_id_for(root: Path, path: Path) -> str:
    rel = path.relative_to(root).with_suffix("")
    return rel.as_posix()


def iter_files(root: Path, exclude: Path | None = None,
               unreadable: list[tuple[Path, OSError]] | None = None) -> list[Path]:
    """Corpus files under ``root`` in sorted order (hidden files and ``exclude`` skipped;
    symbolic links to folders are not followed). Folders that cannot be listed are
    added to ``unreadable`` with their error."""
    found: list[Path] = []
    excl = exclude.resolve() if exclude is not None else None

    def on_error(exc: OSError) -> None:
        if unreadable is not None and exc.filename is not None:
            unreadable.append((Path(exc.filename), exc))

    for dirpath, dirnames, filenames in os.walk(root, onerror=on_error):
        here = Path(dirpath)
        dirnames[:] = sorted(
            d for d in dirnames
            if not d.startswith(".") and (excl is None or (here / d).resolve() != excl)
        )
        for name in filenames:
            if name.startswith(".") or not name.lower().endswith(SUFFIXES):
                continue
            found.append(here / name)
    return sorted(found, key=lambda p: p.relative_to(root).as_posix())


def regular_file_size(path: Path) -> int:
    """The size of a corpus file; refuse what is not a regular file before it is opened
    (a named pipe would block the run) and name a dangling symbolic link."""
    try:
        st = path.stat()
    except FileNotFoundError:
        if path.is_symlink():
            raise errors.dangling_symlink() from None
        raise
    if not stat.S_ISREG(st.st_mode):
        raise errors.not_regular_file()
    return st.st_size


def read_txt(root: Path, path: Path, max_chars: int) -> Article:
    """Read one ``.txt`` article; raise ArticleError with the reason when it cannot be.
    A file larger than ``4 * max_chars`` bytes is refused without being read."""
    rel = path.relative_to(root).as_posix()
    limit = BYTES_PER_CHAR * max_chars + 16  # room for a BOM and a front matter's fences
    size = regular_file_size(path)
    if size > limit:  # refused unopened
        raise errors.file_too_large(size, limit, max_chars)
    with open(path, "rb") as fh:
        data = fh.read(limit + 1)  # bounded even if the file grew since stat()
    if len(data) > limit:
        raise errors.file_too_large(len(data), limit, max_chars)
    text, encoding, warnings = decode_bytes(data)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    meta, body, fm_warnings = split_front_matter(text)
    check_text(body)
    if len(body) > max_chars:
        raise errors.too_long(len(body), max_chars)
    doc_id = _meta_str(meta.get("id")) or doc_id_for(root, path)
    return Article(
        doc_id=doc_id,
        text=body,
        path=rel,
        title=_meta_str(meta.get("title")),
        date=_meta_str(meta.get("date")),
        url=_meta_str(meta.get("url")),
        source=_meta_str(meta.get("source")),
        encoding=encoding,
        warnings=warnings + fm_warnings,
        meta={k: v for k, v in meta.items() if k not in META_KEYS},
    )


def article_from_record(
    record: dict[str, Any], rel: str, default_id: str, encoding: str, max_chars: int,
    warnings: tuple[tuple[str, str], ...] = (),
) -> Article:
    """Build an article from one JSONL object. The analysed text is the article as shown:
    title, lede (``heading``) and body, one per line, when those fields are present."""
    text = record.get("text")
    if not isinstance(text, str):
        raise errors.no_text_field()
    title = _meta_str(record.get("title"))
    heading = _meta_str(record.get("heading"))
    parts = [p for p in (title, heading) if p and not text.lstrip().startswith(p)]
    body = "\n".join(parts + [text]).replace("\r\n", "\n").replace("\r", "\n")
    check_text(text, allow_nul=True)  # a \u0000 escape is replaced below, not binary data
    if len(body) > max_chars:
        raise errors.too_long(len(body), max_chars)
    body, replaced = replace_unwritable(body)
    title = replace_unwritable(title)[0]
    return Article(
        doc_id=replace_unwritable(_meta_str(record.get("id")))[0] or default_id,
        text=body,
        path=rel,
        title=title,
        date=replace_unwritable(_meta_str(record.get("date")))[0],
        url=replace_unwritable(_meta_str(record.get("url")))[0],
        source=replace_unwritable(_meta_str(record.get("source")))[0],
        encoding=encoding,
        warnings=warnings + replaced,
        meta={k: v for k, v in record.items() if k not in (*META_KEYS, "text", "heading")},
    )


# Byte-order marks of the UTF-16 and UTF-32 encodings (a JSONL file read as text).
WIDE_BOMS = (codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE, codecs.BOM_UTF16_LE,
             codecs.BOM_UTF16_BE)


def _skip_line(fh: BinaryIO, chunk: int = 1 << 16) -> None:
    """Read past the end of the current line without holding it in memory."""
    while True:
        part = fh.readline(chunk)
        if not part or part.endswith(b"\n"):
            return


def read_jsonl(root: Path, path: Path, max_chars: int) -> Iterator[Article | ReadFailure]:
    """Articles of a JSONL file, one per line; a bad line loses only that line."""
    rel = path.relative_to(root).as_posix()
    stem = doc_id_for(root, path)
    regular_file_size(path)
    with open(path, "rb") as fh:
        head = fh.read(65536)
        fh.seek(0)
        if head.startswith(WIDE_BOMS):
            yield from _read_jsonl_wide(path, rel, stem, head, max_chars)
            return
        sniff_binary(head)
        if head.startswith(codecs.BOM_UTF8):
            fh.read(len(codecs.BOM_UTF8))
        limit = line_limit(max_chars)
        lineno = 0
        while True:
            raw = fh.readline(limit + 1)
            if not raw:
                return
            lineno += 1
            item = jsonl_item(fh, raw, lineno, rel, stem, max_chars)
            if item is not None:
                yield item


def line_limit(max_chars: int) -> int:
    """Bytes a JSONL line may hold for an article of ``max_chars`` characters."""
    return BYTES_PER_CHAR * max_chars + 2


def jsonl_item(fh: BinaryIO, raw: bytes, lineno: int, rel: str, stem: str, max_chars: int
               ) -> Article | ReadFailure | None:
    """The article (or failure) of line ``lineno`` of a JSONL file, read as ``raw`` with
    ``fh.readline(line_limit(max_chars) + 1)``; None for a line to skip (blank). A line
    over the limit is read past in ``fh`` and reported."""
    default_id = f"{stem}#{lineno}"
    limit = line_limit(max_chars)
    if len(raw) > limit and not raw.endswith(b"\n"):
        _skip_line(fh)
        exc = errors.line_too_long(lineno, limit)
        return ReadFailure(rel, default_id, exc.stage, exc.kind, str(exc))
    warnings: tuple[tuple[str, str], ...] = ()
    try:
        line, encoding = raw.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        try:  # one line in another encoding loses nothing else
            line, encoding, warnings = decode_bytes(raw)
        except errors.ArticleError as exc:
            return ReadFailure(rel, default_id, exc.stage, exc.kind, f"line {lineno}: {exc}")
    return _record_item(line, lineno, rel, default_id, encoding, max_chars, warnings)


def _read_jsonl_wide(path: Path, rel: str, stem: str, head: bytes, max_chars: int
                     ) -> Iterator[Article | ReadFailure]:
    """A JSONL file in UTF-16 or UTF-32 (with a byte-order mark), read as text."""
    encoding = "utf-32" if head.startswith((codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)) \
        else "utf-16"
    limit = BYTES_PER_CHAR * max_chars + 2
    with open(path, encoding=encoding, errors="strict", newline="") as fh:
        lineno = 0
        while True:
            default_id = f"{stem}#{lineno + 1}"
            try:
                line = fh.readline(limit + 1)
                if not line:
                    return
                lineno += 1
                if len(line) > limit and not line.endswith("\n"):
                    while (part := fh.readline(1 << 16)) and not part.endswith("\n"):
                        pass
                    exc = errors.line_too_long(lineno, limit)
                    yield ReadFailure(rel, default_id, exc.stage, exc.kind, str(exc))
                    continue
            except UnicodeDecodeError as err:
                exc = errors.jsonl_undecodable(lineno + 1, encoding, err.reason)
                yield ReadFailure(rel, default_id, exc.stage, exc.kind, str(exc))
                return
            item = _record_item(line, lineno, rel, default_id, encoding, max_chars, ())
            if item is not None:
                yield item


def _record_item(line: str, lineno: int, rel: str, default_id: str, encoding: str,
                 max_chars: int, warnings: tuple[tuple[str, str], ...]
                 ) -> Article | ReadFailure | None:
    """The article of one JSONL line, its failure, or None for a blank line."""
    if not line.strip():
        return None
    record: Any = None
    try:
        try:
            record = json.loads(line)
        except json.JSONDecodeError as err:
            raise errors.bad_json(lineno, err.msg, err.colno) from None
        except RecursionError:
            raise errors.bad_json(lineno, "nested too deeply", 1) from None
        if not isinstance(record, dict):
            raise errors.not_json_object(lineno)
        return article_from_record(record, rel, default_id, encoding, max_chars, warnings)
    except errors.ArticleError as exc:
        doc_id = default_id
        if isinstance(record, dict) and record.get("id"):
            doc_id = replace_unwritable(_meta_str(record.get("id")))[0]
        message = str(exc) if str(exc).startswith("line ") else f"line {lineno}: {exc}"
        return ReadFailure(rel, doc_id, exc.stage, exc.kind, message)


def read_corpus(
    root: str | Path, *, max_chars: int = 100_000, exclude: Path | None = None
) -> Iterator[Article | ReadFailure]:
    """Every article of the folder ``root``, in sorted file order, and every failure."""
    root = Path(root)
    if not root.is_dir():
        raise errors.CorpusNotFound(root)
    folders: list[tuple[Path, OSError]] = []
    files = iter_files(root, exclude=exclude, unreadable=folders)
    for folder, exc in folders:
        rel = folder.relative_to(root).as_posix() if folder != root else "."
        err = errors.unreadable_folder(type(exc).__name__, exc.strerror or str(exc))
        yield ReadFailure(rel + "/", rel + "/", err.stage, err.kind, str(err))
    for path in files:
        rel = path.relative_to(root).as_posix()
        try:
            if path.suffix.lower() == ".jsonl":
                yield from read_jsonl(root, path, max_chars)
            else:
                yield read_txt(root, path, max_chars)
        except errors.ArticleError as exc:
            yield ReadFailure(rel, doc_id_for(root, path), exc.stage, exc.kind, str(exc))
        except OSError as exc:
            reason = exc.strerror or str(exc)
            if not os.path.lexists(path):
                reason = "the file vanished while the corpus was read"
            err = errors.unreadable(type(exc).__name__, reason,
                                    isinstance(exc, PermissionError))
            yield ReadFailure(rel, doc_id_for(root, path), err.stage, err.kind, str(err))
