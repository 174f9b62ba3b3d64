"""Output tables: one frozen dataclass per table, its fields the CSV columns in order.

CSV files are UTF-8, comma-separated, with a header row and empty cells for missing
values. They are written as rows arrive into a temporary file beside the target, which is
renamed over the target only when complete, so a reader never sees half a table.
"""

from __future__ import annotations

import csv
import io
import os
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


_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def cell(value: Any, safe: bool = True) -> str:
    """Format one CSV cell: empty for ``None``; formula-like text made inert when ``safe``.

    A text cell starting with ``= + - @``, tab or carriage return would be run as a formula
    by a spreadsheet (CSV injection); it gets a leading apostrophe, as OWASP advises.
    Numbers are written as numbers.
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
    if safe and text.startswith(_FORMULA_START):
        return "'" + text
    return text


class TableWriter:
    """Stream rows of one table into ``out_dir/<table>.csv``, atomically on close."""

    def __init__(self, out_dir: Path, row_type: type, safe: bool = True) -> None:
        self.row_type = row_type
        self.path = out_dir / f"{row_type.table}.csv"  # type: ignore[attr-defined]
        self.safe = safe
        self.count = 0
        fd, tmp = tempfile.mkstemp(prefix=f".{self.path.name}.", suffix=".tmp", dir=out_dir)
        self._tmp = Path(tmp)
        self._fh: TextIO = open(fd, "w", encoding="utf-8", newline="")  # noqa: SIM115
        self._csv = csv.writer(self._fh, lineterminator="\n")
        self._csv.writerow(columns(row_type))

    def write(self, row: Any) -> None:
        self._csv.writerow([cell(v, self.safe) for v in astuple(row)])
        self.count += 1

    def write_all(self, rows: Iterable[Any]) -> None:
        for row in rows:
            self.write(row)

    def commit(self) -> Path:
        """Flush, sync and rename the finished table into place."""
        self._fh.flush()
        os.fsync(self._fh.fileno())
        self._fh.close()
        os.replace(self._tmp, self.path)
        return self.path

    def abort(self) -> None:
        if not self._fh.closed:
            self._fh.close()
        self._tmp.unlink(missing_ok=True)


def rows_to_csv(rows: Iterable[Any], row_type: type, safe: bool = True) -> str:
    """The CSV text of ``rows`` (header included), for tests and small outputs."""
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(columns(row_type))
    for row in rows:
        writer.writerow([cell(v, safe) for v in astuple(row)])
    return buf.getvalue()


def read_table(path: str | Path) -> Any:
    """Read a table written by this package as a pandas DataFrame, with proper dtypes."""
    import pandas as pd

    path = Path(path)
    row_type = TABLES[path.stem]
    text_cols = {f.name: "string" for f in fields(row_type) if f.type in ("str", str)}
    return pd.read_csv(path, dtype=text_cols, keep_default_na=False, na_values=[""])
