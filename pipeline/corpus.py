"""Read a corpus folder: ``.txt`` articles (optional front matter) and ``.jsonl`` files.

Files are walked recursively in sorted order. Every file yields either articles or
:class:`ReadFailure` records; nothing raises past this module for a bad file.
"""

from __future__ import annotations

import codecs
import datetime as _dt
import hashlib
import json
import logging
import os
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from charset_normalizer import from_bytes

from . import errors

log = logging.getLogger(__name__)

SUFFIXES = (".txt", ".jsonl")
META_KEYS = ("title", "date", "url", "source", "id")

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
}
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_HTML = re.compile(r"^\s*(<!doctype html|<html\b|<head\b|<body\b)", re.I)
_FRONT = re.compile(r"\A---[ \t]*\r?\n(.*?)\r?\n---[ \t]*(?:\r?\n|\Z)", re.S)


@dataclass(frozen=True)
class Article:
    """One article as read: ``text`` is what is analysed and what offsets point into."""

    doc_id: str
    text: str
    path: str = ""
    title: str = ""
    date: str = ""
    url: str = ""
    source: str = ""
    encoding: str = ""
    warning: str = ""
    meta: dict[str, Any] = field(default_factory=dict, compare=False)

    @property
    def content_hash(self) -> str:
        return hashlib.sha1(self.text.encode("utf-8", "surrogatepass")).hexdigest()


@dataclass(frozen=True)
class ReadFailure:
    """A file, or one line of a JSONL file, that could not be read as an article."""

    path: str
    doc_id: str
    stage: str
    error: str
    message: str


def decode_bytes(data: bytes) -> tuple[str, str]:
    """Decode ``data`` and name the encoding; raise ArticleError when it is not text.

    Order: byte-order marks, strict UTF-8, UTF-16 without BOM, then detection among the
    encodings of French text (CP1252, Latin-1, Latin-9, Mac Roman), where CP1252 is
    preferred when it decodes cleanly since it is a superset of Latin-1's printable range.
    """
    for bom, name in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(name), name.replace("-sig", "") + " (BOM)"
            except UnicodeDecodeError as exc:
                raise errors.ArticleError("read", "DecodeError", f"bad {name}: {exc}") from exc
    for magic, kind in _MAGIC.items():
        if data.startswith(magic):
            raise errors.ArticleError("read", "BinaryFile", f"not a text file: looks like a {kind}")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    if _looks_utf16(data):
        for name in ("utf-16-le", "utf-16-be"):
            try:
                return data.decode(name), name
            except UnicodeDecodeError:
                continue
    if b"\x00" in data:
        raise errors.ArticleError("read", "BinaryFile", "not a text file: it holds NUL bytes")
    best = from_bytes(
        data, cp_isolation=["cp1252", "latin_1", "iso8859_15", "mac_roman"]
    ).best()
    if best is None:
        raise errors.ArticleError(
            "read", "DecodeError", "could not detect the text encoding; save the file as UTF-8"
        )
    encoding = best.encoding
    if encoding in ("latin_1", "iso8859_15"):
        try:
            return data.decode("cp1252"), "cp1252"
        except UnicodeDecodeError:
            pass
    return str(best), encoding


def _looks_utf16(data: bytes) -> bool:
    sample = data[:4000]
    if len(sample) < 4:
        return False
    even = sample[0::2].count(0)
    odd = sample[1::2].count(0)
    half = len(sample) / 2
    return max(even, odd) > 0.3 * half and min(even, odd) < 0.05 * half


def _check_text(text: str, path: str) -> None:
    if not text.strip():
        raise errors.empty_text()
    if "\x00" in text:
        raise errors.ArticleError("read", "BinaryFile", "not a text file: it holds NUL characters")
    if _HTML.match(text):
        raise errors.ArticleError(
            "read",
            "HtmlFile",
            "file is an HTML page, not article text; extract its text first "
            "(for example with trafilatura) and save it as .txt",
        )


def _meta_str(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, _dt.datetime):
        return value.date().isoformat()
    if isinstance(value, _dt.date):
        return value.isoformat()
    return str(value).strip()


def split_front_matter(text: str) -> tuple[dict[str, Any], str, str]:
    """Return ``(meta, body, warning)``. A malformed block is reported, not fatal."""
    if not text.startswith("---"):
        return {}, text, ""
    match = _FRONT.match(text)
    if not match:
        return {}, text, "front matter opened with '---' but never closed; read as text"
    body = text[match.end():]
    try:
        meta = yaml.safe_load(match.group(1)) or {}
    except yaml.YAMLError as exc:
        first = str(exc).splitlines()[0] if str(exc) else "invalid YAML"
        return {}, body, f"front matter is not valid YAML ({first}); metadata ignored"
    if not isinstance(meta, dict):
        return {}, body, "front matter is not a mapping of keys; metadata ignored"
    return meta, body, ""


def doc_id_for(root: Path, path: Path) -> str:
    rel = path.relative_to(root).with_suffix("")
    return rel.as_posix()


def iter_files(root: Path, exclude: Path | None = None) -> list[Path]:
    """Corpus files under ``root`` in sorted order (hidden files and ``exclude`` skipped)."""
    found: list[Path] = []
    excl = exclude.resolve() if exclude is not None else None
    for dirpath, dirnames, filenames in os.walk(root):
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


def read_txt(root: Path, path: Path, max_chars: int) -> Article:
    """Read one ``.txt`` article; raise ArticleError with the reason when it cannot be."""
    rel = path.relative_to(root).as_posix()
    size = path.stat().st_size
    if size > 4 * max_chars + 16:
        raise errors.too_long(size, max_chars)
    with open(path, "rb") as fh:
        data = fh.read()
    text, encoding = decode_bytes(data)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    meta, body, warning = split_front_matter(text)
    _check_text(body, rel)
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
        warning=warning,
        meta={k: v for k, v in meta.items() if k not in META_KEYS},
    )


def article_from_record(
    record: dict[str, Any], rel: str, default_id: str, encoding: str, max_chars: int
) -> Article:
    """Build an article from one JSONL object. The analysed text is the article as shown:
    title, lede (``heading``) and body, one per line, when those fields are present."""
    text = record.get("text")
    if not isinstance(text, str):
        raise errors.ArticleError("read", "BadRecord", "JSON object has no string field 'text'")
    title = _meta_str(record.get("title"))
    heading = _meta_str(record.get("heading"))
    parts = [p for p in (title, heading) if p and not text.lstrip().startswith(p)]
    body = "\n".join(parts + [text]).replace("\r\n", "\n").replace("\r", "\n")
    _check_text(text, rel)
    if len(body) > max_chars:
        raise errors.too_long(len(body), max_chars)
    return Article(
        doc_id=_meta_str(record.get("id")) or default_id,
        text=body,
        path=rel,
        title=title,
        date=_meta_str(record.get("date")),
        url=_meta_str(record.get("url")),
        source=_meta_str(record.get("source")),
        encoding=encoding,
        meta={k: v for k, v in record.items() if k not in (*META_KEYS, "text", "heading")},
    )


def read_jsonl(root: Path, path: Path, max_chars: int) -> Iterator[Article | ReadFailure]:
    """Articles of a JSONL file, one per line; a bad line loses only that line."""
    rel = path.relative_to(root).as_posix()
    stem = doc_id_for(root, path)
    with open(path, "rb") as fh:
        head = fh.read(4)
    encoding = "utf-8"
    if head.startswith(codecs.BOM_UTF8):
        encoding = "utf-8-sig"
    elif head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        encoding = "utf-16"
    with open(path, encoding=encoding, errors="strict", newline="") as fh:
        lineno = 0
        while True:
            default_id = f"{stem}#{lineno + 1}"
            try:
                line = fh.readline(4 * max_chars + 2)
            except UnicodeDecodeError as exc:
                yield ReadFailure(rel, default_id, "read", "DecodeError",
                                  f"line {lineno + 1} and after: not valid {encoding}: {exc}")
                return
            if not line:
                return
            lineno += 1
            if not line.endswith("\n") and len(line) >= 4 * max_chars + 2:
                yield ReadFailure(rel, default_id, "read", "TooLong",
                                  f"line {lineno} is longer than {4 * max_chars:,} characters")
                fh.readline()  # skip the rest of the line
                continue
            if not line.strip():
                continue
            try:
                record = json.loads(line)
                if not isinstance(record, dict):
                    raise errors.ArticleError("read", "BadRecord", "line is not a JSON object")
                yield article_from_record(record, rel, default_id, encoding, max_chars)
            except json.JSONDecodeError as exc:
                yield ReadFailure(rel, default_id, "read", "JSONDecodeError",
                                  f"line {lineno}: invalid JSON ({exc.msg} at column {exc.colno})")
            except errors.ArticleError as exc:
                doc_id = default_id
                if isinstance(record, dict) and record.get("id"):
                    doc_id = _meta_str(record.get("id"))
                yield ReadFailure(rel, doc_id, exc.stage, exc.kind, f"line {lineno}: {exc}")


def read_corpus(
    root: str | Path, *, max_chars: int = 1_000_000, exclude: Path | None = None
) -> Iterator[Article | ReadFailure]:
    """Every article of the folder ``root``, in sorted file order, and every failure."""
    root = Path(root)
    if not root.is_dir():
        raise errors.CorpusNotFound(root)
    for path in iter_files(root, exclude=exclude):
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
            if not path.exists():
                reason = "file vanished or is a dangling symbolic link"
            yield ReadFailure(rel, doc_id_for(root, path), "read", type(exc).__name__,
                              f"cannot read file: {reason}")
