"""The journal of a run: one JSON line per analysed article, written as the run goes.

It lets a run that was interrupted (even by ``kill -9``) be resumed, and lets a re-run on
an unchanged corpus skip the analysis: ``frnews run CORPUS --out DIR --resume`` (or
``pipeline.run(..., resume=True)``) reuses the rows of every article whose key is in the
journal and analyses only the others; the tables are then rebuilt, in corpus order, from
the journal and the new results, identical to those of an uninterrupted run.

``DIR/.frnews-journal.jsonl``:

* line 1, the header: ``{"frnews_journal": 1, "fingerprint": ..., "pipeline": {...}}``.
  The fingerprint covers what makes the rows of an article: the frnews version and source
  code, its resource files, the spaCy version, the model and its version, and the settings
  that change results. A journal with another fingerprint is not reused (the run starts
  over, with a warning in the log).
* then one line per article: ``{"key": ..., "path": ..., "doc_id": ..., "words": ...,
  "rows": [[table, [cell, ...]], ...]}``. The key (:attr:`pipeline.corpus.Article.key`)
  is a hash of the article's path, id, text and metadata.

Lines are appended and synced after each batch; a line cut short by a crash is dropped
when the journal is opened again. At the end of a complete run the journal is rewritten
with only the articles of that run. A lock (``flock``) keeps two runs from writing into
the same folder at once.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import re
from collections.abc import Iterator
from dataclasses import asdict
from functools import lru_cache
from pathlib import Path
from typing import IO, Any

from . import errors
from .config import Settings

log = logging.getLogger(__name__)

JOURNAL_NAME = ".frnews-journal.jsonl"
FORMAT = 1

# Settings that decide how a run goes but not the rows of an article.
_RUN_ONLY = frozenset({"batch_size", "workers", "limit", "safe_csv", "max_chars", "timeout"})
_KEY = re.compile(rb'\A\{"key":"([0-9a-f]{40})"')


def model_version(model: str) -> str:
    """The version of an installed spaCy pipeline (package or folder), without loading
    it; raise :class:`errors.ModelNotFound` when it is not installed."""
    from spacy.util import get_package_version

    version = get_package_version(model)
    if version:
        return version
    meta = Path(model) / "meta.json"
    if meta.is_file():
        data = meta.read_bytes()
        return hashlib.sha1(data).hexdigest()
    raise errors.ModelNotFound(model)


@lru_cache(maxsize=1)
def code_digest() -> str:
    """Hash of the package's source code and resource files."""
    root = Path(__file__).resolve().parent
    digest = hashlib.sha1()
    files = sorted(p for p in root.rglob("*") if p.is_file() and "__pycache__" not in p.parts)
    for path in files:
        digest.update(path.relative_to(root).as_posix().encode() + b"\0")
        digest.update(path.read_bytes() + b"\0")
    return digest.hexdigest()


def fingerprint(settings: Settings) -> tuple[str, dict[str, Any]]:
    """The fingerprint of the pipeline that ``settings`` build, and what it is made of."""
    import spacy

    from . import __version__

    info = {
        "format": FORMAT,
        "frnews": __version__,
        "code": code_digest(),
        "spacy": spacy.__version__,
        "model": settings.model,
        "model_version": model_version(settings.model),
        "settings": {k: v for k, v in asdict(settings).items() if k not in _RUN_ONLY},
    }
    blob = json.dumps(info, sort_keys=True, default=str).encode()
    return hashlib.sha1(blob).hexdigest(), info


def _lock(fh: IO[bytes], out_dir: Path) -> None:
    try:
        import fcntl
    except ImportError:  # pragma: no cover - Windows: no lock
        return
    try:
        fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        fh.close()
        raise errors.OutputBusy(out_dir) from None


class Journal:
    """The journal of the output folder ``out_dir``; opened for a run, closed after it.

    With ``resume``, the entries of a journal with the same fingerprint are indexed (key
    to offset; entries are read when needed, so memory does not grow with the corpus);
    otherwise the journal starts empty.
    """

    def __init__(self, out_dir: Path, settings: Settings, *, resume: bool) -> None:
        self.out_dir = out_dir
        self.path = out_dir / JOURNAL_NAME
        self.fingerprint, self.info = fingerprint(settings)
        self.note = ""  # why an existing journal was not reused
        self._index: dict[str, int] = {}
        self._used: set[str] = set()
        self._lines = 0  # entry lines in the file, duplicates and stale ones included
        self._fh: IO[bytes] = open(self.path, "a+b")  # noqa: SIM115 - closed by close()
        _lock(self._fh, out_dir)
        self._end = 0
        if resume:
            self._load()
        if not self._end:
            self._start()
        self._reader: IO[bytes] = open(self.path, "rb")  # noqa: SIM115

    # ---------------------------------------------------------------- opening

    def _start(self) -> None:
        self._fh.seek(0)
        self._fh.truncate(0)
        header = {"frnews_journal": FORMAT, "fingerprint": self.fingerprint,
                  "pipeline": self.info}
        line = (json.dumps(header, sort_keys=True, default=str) + "\n").encode()
        self._fh.write(line)
        self._end = len(line)
        self._index.clear()
        self._lines = 0
        self.sync()

    def _load(self) -> None:
        self._fh.seek(0)
        first = self._fh.readline()
        if not first:
            return
        try:
            header = json.loads(first)
            found = header.get("fingerprint") if isinstance(header, dict) else None
        except (json.JSONDecodeError, UnicodeDecodeError):
            found = None
        if found != self.fingerprint or not first.endswith(b"\n"):
            self.note = (
                "the journal in this folder was written by another version of frnews, "
                "another model or other settings; every article is analysed again"
            )
            log.warning("%s: %s", self.path, self.note)
            return
        offset = len(first)
        for line in iter(self._fh.readline, b""):
            if not line.endswith(b"\n"):
                break  # cut short by a crash: dropped below
            match = _KEY.match(line)
            if match:
                self._index[match.group(1).decode()] = offset
                self._lines += 1
            offset += len(line)
        self._fh.truncate(offset)
        self._end = offset
        log.info("journal %s: %d article(s) to reuse", self.path, len(self._index))

    # ---------------------------------------------------------------- use

    def __len__(self) -> int:
        return len(self._index)

    def get(self, key: str) -> dict[str, Any] | None:
        """The entry of ``key``, or None when it is absent or unreadable."""
        offset = self._index.get(key)
        if offset is None:
            return None
        self._fh.flush()
        self._reader.seek(offset)
        line = self._reader.readline()
        try:
            entry = json.loads(line.decode("utf-8", "surrogatepass"))
        except (json.JSONDecodeError, UnicodeDecodeError):
            entry = None
        if not isinstance(entry, dict) or entry.get("key") != key:
            log.warning("journal entry of %s is damaged; the article is analysed again", key)
            del self._index[key]
            return None
        self._used.add(key)
        return entry

    def readable_keys(self) -> frozenset[str]:
        """The keys whose entry can be read back (damaged entries are dropped from the
        index, so that their articles are analysed again); reads the journal once."""
        used = set(self._used)
        for key in list(self._index):
            self.get(key)  # drops a damaged entry from the index
        self._used = used  # read, not yet reused by this run
        return frozenset(self._index)

    def add(self, entry: dict[str, Any]) -> None:
        """Append an entry (``entry["key"]`` first); synced by :meth:`sync`."""
        line = json.dumps(entry, ensure_ascii=False, separators=(",", ":"), allow_nan=True)
        data = (line + "\n").encode("utf-8", "surrogatepass")
        self._fh.write(data)
        self._index[entry["key"]] = self._end
        self._used.add(entry["key"])
        self._end += len(data)
        self._lines += 1

    def sync(self) -> None:
        """Make the entries written so far durable."""
        self._fh.flush()
        os.fsync(self._fh.fileno())

    def _used_lines(self) -> Iterator[bytes]:
        self._fh.flush()
        for key, offset in sorted(self._index.items(), key=lambda kv: kv[1]):
            if key in self._used:
                self._reader.seek(offset)
                yield self._reader.readline()

    def compact(self) -> None:
        """Keep only the entries that this run used (after a complete run)."""
        if self._lines == len(self._used) and set(self._index) == self._used:
            return
        tmp = self.path.with_name(self.path.name + ".tmp")
        with open(tmp, "wb") as out:
            self._fh.seek(0)
            out.write(self._fh.readline())
            for line in self._used_lines():
                out.write(line)
            out.flush()
            os.fsync(out.fileno())
        os.replace(tmp, self.path)

    def close(self) -> None:
        self._reader.close()
        self._fh.close()
