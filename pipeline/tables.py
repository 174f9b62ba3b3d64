"""Output tables: one frozen dataclass per table, its fields the CSV columns in order.

CSV files are UTF-8, comma-separated, with a header row and empty cells for missing
values. They are written as rows arrive into a temporary file beside the target, which is
renamed over the target only when complete, so a reader never sees half a table.
"""

from __future__ import annotations

import contextlib
import csv
import io
import os
import re
import tempfile
from collections.abc import Iterable
from dataclasses import astuple, dataclass, fields
from pathlib import Path
from typing import Any, ClassVar, TextIO


@dataclass(frozen=True)
class DocumentRow:
    table: ClassVar[str] = "documents"
    doc_id: str
    path: str
    title: str
    date: str
    url: str
    source: str
    n_chars: int | None
    n_sentences: int | None
    n_entities: int | None
    n_moves: int | None
    n_topics: int | None
    status: str
    error: str
    encoding: str = ""
    content_hash: str = ""


@dataclass(frozen=True)
class EntityRow:
    table: ClassVar[str] = "entities"
    doc_id: str
    entity_id: str
    text: str
    label: str
    canonical: str
    start_char: int
    end_char: int
    sentence_index: int
    source: str


@dataclass(frozen=True)
class MoveRow:
    table: ClassVar[str] = "moves"
    doc_id: str
    move_id: str
    person: str
    from_org: str
    to_org: str
    role_from: str
    role_to: str
    kind: str
    status: str
    date: str
    date_text: str
    trigger: str
    sentence: str
    start_char: int
    end_char: int
    confidence: float
    rule: str


@dataclass(frozen=True)
class AffiliationRow:
    table: ClassVar[str] = "affiliations"
    doc_id: str
    person: str
    org: str
    role: str
    tense: str
    sentence: str
    start_char: int
    end_char: int


@dataclass(frozen=True)
class TopicRow:
    table: ClassVar[str] = "topics"
    doc_id: str
    topic_id: str
    label: str
    parent_id: str
    matched_text: str
    n_mentions: int
    source: str
    holder: str
    sentence: str
    start_char: int
    end_char: int
    surfaces: str = ""


@dataclass(frozen=True)
class ErrorRow:
    table: ClassVar[str] = "errors"
    path: str
    doc_id: str
    stage: str
    error: str
    message: str


ROW_TYPES: tuple[type, ...] = (DocumentRow, EntityRow, MoveRow, AffiliationRow, TopicRow, ErrorRow)
TABLES: dict[str, type] = {cls.table: cls for cls in ROW_TYPES}  # type: ignore[attr-defined]


def columns(row_type: type) -> list[str]:
    return [f.name for f in fields(row_type)]


# First characters that make a spreadsheet read a cell as a formula (OWASP, "CSV
# injection"): = + - @, and tab and carriage return, which some spreadsheets skip.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_SURROGATE = re.compile("[\ud800-\udfff]")


def cell(value: Any, safe: bool = True) -> str:
    """Format one CSV cell: empty for ``None``; formula-like text made inert when ``safe``.

    A text cell starting with ``= + - @``, tab or carriage return would be run as a formula
    by a spreadsheet (CSV injection); it gets a leading apostrophe, as OWASP advises
    (:func:`unescape_cell` removes it). Numbers are written as numbers. A lone surrogate,
    which UTF-8 cannot encode, becomes U+FFFD (one character for one).
    """
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return f"{value:.3f}".rstrip("0").rstrip(".") if value == value else ""
    if isinstance(value, int):
        return str(value)
    text = str(value)
    if _SURROGATE.search(text):
        text = _SURROGATE.sub("\ufffd", text)
    if safe and text.startswith(_FORMULA_START):
        return "'" + text
    return text


def unescape_cell(text: str) -> str:
    """Undo :func:`cell`'s protection: drop the apostrophe before formula-like text."""
    if text[:1] == "'" and text[1:2] and text[1] in _FORMULA_START:
        return text[1:]
    return text


class _RowWriter:
    """CSV rows with ``\n`` line ends. The csv module does not quote a field holding a
    bare carriage return when the line terminator is ``\n``, which would split the row
    for a reader; such rows are written with every field quoted."""

    def __init__(self, fh: TextIO) -> None:
        self._plain = csv.writer(fh, lineterminator="\n")
        self._quoted = csv.writer(fh, lineterminator="\n", quoting=csv.QUOTE_ALL)

    def writerow(self, cells: list[str]) -> None:
        if any("\r" in c for c in cells):
            self._quoted.writerow(cells)
        else:
            self._plain.writerow(cells)


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


class TableWriter:
    """Stream rows of one table into ``out_dir/<table>.csv``, atomically on close.

    Rows go to a hidden temporary file beside the target (``.<table>.csv.*.tmp``), which
    replaces the target only once complete and synced: a reader, or a run killed at any
    moment, never sees half a table.
    """

    def __init__(self, out_dir: Path, row_type: type, safe: bool = True) -> None:
        self.row_type = row_type
        self.path = out_dir / f"{row_type.table}.csv"  # type: ignore[attr-defined]
        self.safe = safe
        self.count = 0
        fd, tmp = tempfile.mkstemp(prefix=f".{self.path.name}.", suffix=".tmp", dir=out_dir)
        self._tmp = Path(tmp)
        with contextlib.suppress(NotImplementedError, OSError):  # mkstemp makes it 0600
            os.chmod(fd, 0o666 & ~_umask())
        self._fh: TextIO = open(fd, "w", encoding="utf-8", newline="")  # noqa: SIM115
        self._csv = _RowWriter(self._fh)
        self._csv.writerow(columns(row_type))

    def write(self, row: Any) -> None:
        self._csv.writerow([cell(v, self.safe) for v in astuple(row)])
        self.count += 1

    def write_all(self, rows: Iterable[Any]) -> None:
        for row in rows:
            self.write(row)

    def finish(self) -> None:
        """Flush, sync and close the temporary file (the target is not touched yet)."""
        if not self._fh.closed:
            self._fh.flush()
            os.fsync(self._fh.fileno())
            self._fh.close()

    def commit(self) -> Path:
        """Flush, sync and rename the finished table into place."""
        self.finish()
        os.replace(self._tmp, self.path)
        return self.path

    def abort(self) -> None:
        if not self._fh.closed:
            self._fh.close()
        self._tmp.unlink(missing_ok=True)


def commit_all(writers: Iterable[TableWriter]) -> None:
    """Finish every table, then rename them all into place and sync the folder, so that
    the tables of a run are replaced together, in the last microseconds of the run."""
    writers = list(writers)
    for writer in writers:
        writer.finish()
    for writer in writers:
        writer.commit()
    if writers:
        sync_dir(writers[0].path.parent)


def sync_dir(folder: Path) -> None:
    """Make renames in ``folder`` durable (no-op where folders cannot be opened)."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:  # pragma: no cover - Windows
        return
    try:
        with contextlib.suppress(OSError):
            os.fsync(fd)
    finally:
        os.close(fd)


def remove_stale_temporaries(out_dir: Path) -> list[Path]:
    """Delete the temporary tables that a killed run left in ``out_dir``."""
    removed = []
    for cls in ROW_TYPES:
        for tmp in out_dir.glob(f".{cls.table}.csv.*.tmp"):  # type: ignore[attr-defined]
            tmp.unlink(missing_ok=True)
            removed.append(tmp)
    return removed


def rows_to_csv(rows: Iterable[Any], row_type: type, safe: bool = True) -> str:
    """The CSV text of ``rows`` (header included), for tests and small outputs."""
    buf = io.StringIO()
    writer = _RowWriter(buf)
    writer.writerow(columns(row_type))
    for row in rows:
        writer.writerow([cell(v, safe) for v in astuple(row)])
    return buf.getvalue()


def read_table(path: str | Path, *, raw: bool = False) -> Any:
    """Read a table written by this package as a pandas DataFrame, with proper dtypes.

    The apostrophe that safe writing puts before formula-like text is removed, so the
    frame holds the values as extracted; pass ``raw=True`` for a table written with
    ``safe_csv`` off (``--raw-csv``), whose cells are read as they are.
    """
    import pandas as pd

    path = Path(path)
    row_type = TABLES[path.stem]
    text_cols = [f.name for f in fields(row_type) if f.type in ("str", str)]
    df = pd.read_csv(path, dtype={c: "string" for c in text_cols}, keep_default_na=False,
                     na_values=[""])
    if not raw:
        for col in text_cols:
            if col in df.columns:
                df[col] = df[col].map(unescape_cell, na_action="ignore").astype("string")
    return df
