"""Run the pipeline on a Dask cluster: ``frnews run CORPUS --out OUT --engine dask``.

The corpus and the output folder are fsspec locations: local folders, or ``s3://``,
``gs://``, ``hdfs://``... URLs on storage that every worker can read. The run:

1. lists the corpus like :func:`pipeline.corpus.iter_files` (sorted, hidden names skipped)
   and cuts it into *partitions* of consecutive files of about the same size; a large
   JSONL file is cut into byte ranges, each holding the lines that start in it, with the
   number of lines before it (counted on the workers) so that ``doc_id`` and messages
   keep their line numbers;
2. submits one task per partition, a pure function of it: the worker reads its articles
   (with the readers of :mod:`pipeline.corpus`), analyses them with the model that the
   worker process loaded once (:func:`pipeline.nlp.get_nlp` caches it), and returns the
   :class:`~pipeline.run.ArticleResult` of each, failures included;
3. gathers the results by task key and writes them in partition order, hence in corpus
   order, with the project's :class:`~pipeline.tables.TableWriter` (or as Parquet): the
   tables are the same, byte for byte, as those of the embedded run.

A worker lost during the run costs only its unfinished tasks, which the scheduler runs
again elsewhere; since results are gathered by key, no article is lost or written twice.
Dask, distributed, fsspec and pyarrow are the optional extra ``frnews[dask]``.

>>> from pipeline.config import Settings
>>> result = run_dask("corpus", "outputs", Settings(workers=2), force=True)  # doctest: +SKIP
"""

from __future__ import annotations

import codecs
import contextlib
import itertools
import logging
import os
import stat
import tempfile
import time
import typing
import uuid
from collections.abc import Iterable, Iterator
from dataclasses import asdict, astuple, dataclass, fields
from pathlib import Path, PurePosixPath
from typing import Any

from . import errors
from .config import Settings

# The private helpers of corpus.py are reused, not copied, so that a file read through
# fsspec gives what the local readers give (tests/test_dask.py holds them together).
from .corpus import (
    BYTES_PER_CHAR,
    META_KEYS,
    SUFFIXES,
    WIDE_BOMS,
    Article,
    ReadFailure,
    _meta_str,
    _skip_line,
    check_text,
    decode_bytes,
    iter_files,
    jsonl_item,
    line_limit,
    read_jsonl,
    read_txt,
    sniff_binary,
    split_front_matter,
)
from .journal import JOURNAL_NAME, Journal
from .run import (
    ArticleResult,
    RunResult,
    RunSummary,
    batches,
    check_out_dir,
    process_articles,
    resolve,
)
from .tables import ROW_TYPES, TABLES, TableWriter, cell, columns, commit_all, read_table

log = logging.getLogger(__name__)

FORMATS = ("csv", "parquet")
TASK_RETRIES = 2  # a task that raises (a storage hiccup) is run again this many times
WORKER_WAIT = 120  # seconds to wait for a first worker on an existing cluster
HEAD_BYTES = 65536  # what read_jsonl sniffs of a file before reading its lines
# What the local cluster changes in Dask's defaults (measured in DESIGN.md, "Scale-out
# facts"): the nanny's MALLOC_TRIM_THRESHOLD_ made the workers slower, and so did the
# sampling profiler.
LOCAL_CLUSTER_CONFIG = {
    "distributed.nanny.pre-spawn-environ.MALLOC_TRIM_THRESHOLD_": None,
    "distributed.worker.profile.enabled": False,
}


def require_dask() -> None:
    """Import the optional dependencies, or say how to install them."""
    for module in ("dask", "distributed", "fsspec", "pyarrow"):
        try:
            __import__(module)
        except ImportError as exc:
            raise errors.DaskNotInstalled(module) from exc


# ---------------------------------------------------------------------- locations


def open_location(location: str | os.PathLike[str]) -> tuple[Any, str]:
    """The fsspec filesystem of ``location`` and the path inside it."""
    from fsspec.core import url_to_fs

    try:
        return url_to_fs(os.fspath(location))
    except (ImportError, ValueError) as exc:  # an implementation not installed, unknown
        raise errors.StorageUnavailable(location, exc) from exc


def is_local(fs: Any) -> bool:
    from fsspec.implementations.local import LocalFileSystem

    return isinstance(fs, LocalFileSystem)


def _stem(rel: str) -> str:
    """``doc_id`` of a file without an ``id``: its relative path without its suffix (as
    :func:`pipeline.corpus.doc_id_for`)."""
    return PurePosixPath(rel).with_suffix("").as_posix()


# ---------------------------------------------------------------------- partitions


@dataclass(frozen=True)
class Piece:
    """A corpus file, or the lines of a JSONL file that start in ``[start, end)``;
    ``lines_before`` is the number of line feeds before ``start``."""

    path: str
    rel: str
    size: int
    start: int = 0
    end: int | None = None
    lines_before: int = 0

    @property
    def jsonl(self) -> bool:
        return self.rel.lower().endswith(".jsonl")

    @property
    def whole(self) -> bool:
        return self.end is None

    @property
    def nbytes(self) -> int:
        return self.size if self.end is None else self.end - self.start


@dataclass(frozen=True)
class Partition:
    """Consecutive pieces of the corpus: the unit of work of a task."""

    index: int
    fs: Any
    root: str
    pieces: tuple[Piece, ...]

    @property
    def nbytes(self) -> int:
        return sum(p.nbytes for p in self.pieces)

    def describe(self) -> str:
        first, last = self.pieces[0].rel, self.pieces[-1].rel
        return f"partition {self.index} ({first}" + (f" to {last})" if last != first else ")")


def list_corpus(fs: Any, root: str, exclude: str | None = None) -> list[Piece]:
    """The corpus files under ``root`` in the order of the embedded run, whole."""
    if is_local(fs):
        base = Path(root)
        found = []
        for path in iter_files(base, exclude=Path(exclude) if exclude else None):
            try:
                size = path.stat().st_size
            except OSError:
                size = 0  # the reader reports it
            found.append(Piece(str(path), path.relative_to(base).as_posix(), size))
        return found
    root = root.rstrip("/")
    entries = []
    for path, info in fs.find(root, withdirs=False, detail=True).items():
        rel = path[len(root):].lstrip("/")
        parts = rel.split("/")
        if any(p.startswith(".") for p in parts) or not rel.lower().endswith(SUFFIXES):
            continue
        if exclude and (path == exclude or path.startswith(exclude.rstrip("/") + "/")):
            continue
        entries.append(Piece(path, rel, int(info.get("size") or 0)))
    return sorted(entries, key=lambda p: p.rel)


def partition_bytes(total: int, n_workers: int) -> int:
    """Bytes per partition: about 16 partitions per worker, so that the last ones keep
    every worker busy, between 16 KiB and 4 MiB."""
    return max(16 << 10, min(4 << 20, total // (16 * max(1, n_workers))))


def splittable(fs: Any, piece: Piece, target: int) -> bool:
    """A JSONL file over ``target`` bytes that is UTF-8 text: its lines can be read in
    byte ranges. Files in UTF-16/32 or refused as binary are read whole, by the readers
    that report them."""
    if not piece.jsonl or piece.size <= target:
        return False
    try:
        if is_local(fs) and not stat.S_ISREG(os.stat(piece.path).st_mode):
            return False
        with fs.open(piece.path, "rb") as fh:
            head = fh.read(HEAD_BYTES)
        if head.startswith(WIDE_BOMS):
            return False
        sniff_binary(head)
    except (OSError, errors.ArticleError):
        return False
    return True


def byte_ranges(size: int, target: int) -> list[tuple[int, int]]:
    n = max(1, -(-size // target))
    step = -(-size // n)
    return [(a, min(a + step, size)) for a in range(0, size, step)]


def with_line_numbers(ranges: list[Piece], newlines: list[int]) -> list[Piece]:
    """The byte ranges of a file with ``lines_before`` set, from the line feeds counted
    in each range but the last."""
    before = itertools.accumulate(newlines, initial=0)
    return [Piece(p.path, p.rel, p.size, p.start, p.end, n)
            for p, n in zip(ranges, before, strict=True)]


def count_newlines(fs: Any, path: str, start: int, end: int) -> int:
    """Line feeds in bytes ``[start, end)`` of a file (a task)."""
    count = 0
    with fs.open(path, "rb") as fh:
        fh.seek(start)
        left = end - start
        while left > 0:
            block = fh.read(min(left, 1 << 22))
            if not block:
                break
            count += block.count(b"\n")
            left -= len(block)
    return count


def group_pieces(fs: Any, root: str, pieces: Iterable[Piece], target: int
                 ) -> list[Partition]:
    """Consecutive pieces grouped into partitions of about ``target`` bytes."""
    parts: list[Partition] = []
    group: list[Piece] = []
    size = 0
    for piece in pieces:
        if group and size + piece.nbytes > target:
            parts.append(Partition(len(parts), fs, root, tuple(group)))
            group, size = [], 0
        group.append(piece)
        size += piece.nbytes
    if group:
        parts.append(Partition(len(parts), fs, root, tuple(group)))
    return parts


# ---------------------------------------------------------------------- reading (workers)


def read_partition(part: Partition, max_chars: int) -> Iterator[Article | ReadFailure]:
    """The articles and failures of a partition, in corpus order, as
    :func:`pipeline.corpus.read_corpus` reads them."""
    local = is_local(part.fs)
    for piece in part.pieces:
        try:
            if local and piece.whole:
                root, path = Path(part.root), Path(piece.path)
                if piece.jsonl:
                    yield from read_jsonl(root, path, max_chars)
                else:
                    yield read_txt(root, path, max_chars)
            elif piece.jsonl:
                yield from read_jsonl_piece(part.fs, piece, max_chars)
            else:
                yield read_txt_bytes(part.fs, piece, max_chars)
        except errors.ArticleError as exc:
            yield ReadFailure(piece.rel, _stem(piece.rel), exc.stage, exc.kind, str(exc))
        except OSError as exc:
            reason = exc.strerror or str(exc)
            if local and not os.path.lexists(piece.path):
                reason = "the file vanished while the corpus was read"
            err = errors.unreadable(type(exc).__name__, reason,
                                    isinstance(exc, PermissionError))
            yield ReadFailure(piece.rel, _stem(piece.rel), err.stage, err.kind, str(err))


def read_txt_bytes(fs: Any, piece: Piece, max_chars: int) -> Article:
    """A ``.txt`` article read through fsspec, as :func:`pipeline.corpus.read_txt` reads
    a local file (a parity test holds them together)."""
    limit = BYTES_PER_CHAR * max_chars + 16
    size = fs.size(piece.path)
    if size is not None and size > limit:
        raise errors.file_too_large(size, limit, max_chars)
    data = fs.cat_file(piece.path, start=0, end=limit + 1)
    if len(data) > limit:
        raise errors.file_too_large(len(data), limit, max_chars)
    text, encoding, warnings = decode_bytes(data)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    meta, body, fm_warnings = split_front_matter(text)
    check_text(body)
    if len(body) > max_chars:
        raise errors.too_long(len(body), max_chars)
    return Article(
        doc_id=_meta_str(meta.get("id")) or _stem(piece.rel),
        text=body,
        path=piece.rel,
        title=_meta_str(meta.get("title")),
        date=_meta_str(meta.get("date")),
        url=_meta_str(meta.get("url")),
        source=_meta_str(meta.get("source")),
        encoding=encoding,
        warnings=warnings + fm_warnings,
        meta={k: v for k, v in meta.items() if k not in META_KEYS},
    )


def read_jsonl_piece(fs: Any, piece: Piece, max_chars: int
                     ) -> Iterator[Article | ReadFailure]:
    """The lines of a JSONL file (or of its byte range) read through fsspec, line by
    line as :func:`pipeline.corpus.read_jsonl` reads them, with the same line numbers."""
    rel, stem = piece.rel, _stem(piece.rel)
    limit = line_limit(max_chars)
    with fs.open(piece.path, "rb") as fh:
        if piece.start == 0:
            head = fh.read(HEAD_BYTES)
            fh.seek(0)
            if head.startswith(WIDE_BOMS):  # only ever a whole file
                yield from _read_wide_copy(fs, piece, max_chars)
                return
            sniff_binary(head)
            if head.startswith(codecs.BOM_UTF8):
                fh.read(len(codecs.BOM_UTF8))
            lineno = 0
        else:  # start at the first line that starts in the range
            fh.seek(piece.start - 1)
            lineno = piece.lines_before
            if fh.read(1) != b"\n":
                _skip_line(fh)
                lineno += 1
        end = piece.end if piece.end is not None else float("inf")
        first = piece.start == 0  # the line at 0 is the range's, its BOM too
        while first or fh.tell() < end:
            first = False
            raw = fh.readline(limit + 1)
            if not raw:
                return
            lineno += 1
            item = jsonl_item(fh, raw, lineno, rel, stem, max_chars)
            if item is not None:
                yield item


def _read_wide_copy(fs: Any, piece: Piece, max_chars: int
                    ) -> Iterator[Article | ReadFailure]:
    """A remote JSONL file in UTF-16/32: copied to a local folder and read there."""
    with tempfile.TemporaryDirectory(prefix="frnews-") as tmp:
        local = Path(tmp, *PurePosixPath(piece.rel).parts)
        local.parent.mkdir(parents=True, exist_ok=True)
        fs.get_file(piece.path, str(local))
        yield from read_jsonl(Path(tmp), local, max_chars)


# ---------------------------------------------------------------------- tasks


def load_model(settings: Settings) -> str:
    """Load the model in this worker process (cached for its later tasks); the error's
    message, or ``""``."""
    from .nlp import get_nlp

    try:
        get_nlp(settings)
    except errors.FrnewsError as exc:  # its message survives pickling, its class may not
        return str(exc)
    return ""


def count_items(part: Partition, max_chars: int) -> int:
    """Articles and failures in a partition (only read; for ``limit``)."""
    return sum(1 for _ in read_partition(part, max_chars))


@dataclass(frozen=True)
class Reused:
    """An article whose rows the driver reads from the journal of a previous run."""

    key: str


def process_partition(part: Partition, settings: Settings, cap: int | None = None,
                      skip: frozenset[str] | None = None) -> list[ArticleResult | Reused]:
    """The results of every article of a partition, in order (the task of a run).

    Articles go through ``nlp.pipe`` in batches of ``settings.batch_size`` with the
    worker's cached model; an article that fails is isolated as in the embedded run. An
    article whose key is in ``skip`` (found in the journal of a resumed run) is not
    analysed: a :class:`Reused` marker stands for it.
    """
    from .nlp import get_nlp

    items: Iterable[Article | ReadFailure] = read_partition(part, settings.max_chars)
    if cap is not None:
        items = itertools.islice(items, cap)

    def analyse(articles: list[Article]) -> list[ArticleResult]:
        return process_articles(get_nlp(settings), articles, settings.batch_size,
                                timeout=settings.timeout)

    def reuse(article: Article) -> Reused | None:
        return Reused(article.key) if skip and article.key in skip else None

    return [result for batch in batches(items, settings.batch_size, reuse)
            for result in resolve(batch, analyse)]


# ---------------------------------------------------------------------- Parquet


def _arrow_type(annotation: Any) -> Any:
    import pyarrow as pa

    args = set(typing.get_args(annotation)) or {annotation}
    if str in args:
        return pa.string()
    if float in args:
        return pa.float64()
    if int in args:
        return pa.int64()
    raise TypeError(f"no Parquet type for {annotation!r}")  # pragma: no cover


def arrow_schema(row_type: type) -> Any:
    """The Parquet schema of a table: its dataclass fields, in order."""
    import pyarrow as pa

    hints = typing.get_type_hints(row_type)
    return pa.schema([(f.name, _arrow_type(hints[f.name])) for f in fields(row_type)])


def parquet_value(value: Any) -> Any:
    """A cell as Parquet holds it: the value that :func:`pipeline.tables.read_table`
    reads back from the CSV (floats to 3 decimals, lone surrogates as U+FFFD, an empty
    text as missing), with its type and no spreadsheet escaping."""
    if isinstance(value, float):
        return float(f"{value:.3f}") if value == value else None
    if isinstance(value, str):
        return cell(value, safe=False) or None
    return value


class ParquetTableWriter:
    """``out_dir/<table>.parquet``, written in row groups into a hidden temporary file
    that replaces the target on :meth:`commit` (the interface of TableWriter)."""

    def __init__(self, out_dir: Path, row_type: type, rows_per_group: int = 100_000) -> None:
        import pyarrow.parquet as pq

        self.row_type = row_type
        self.path = out_dir / f"{row_type.table}.parquet"  # type: ignore[attr-defined]
        self.schema = arrow_schema(row_type)
        self.count = 0
        self._rows_per_group = rows_per_group
        self._buffer: list[tuple[Any, ...]] = []
        fd, tmp = tempfile.mkstemp(prefix=f".{self.path.name}.", suffix=".tmp", dir=out_dir)
        os.close(fd)
        self._tmp = Path(tmp)
        self._writer: Any = pq.ParquetWriter(tmp, self.schema)

    def write(self, row: Any) -> None:
        self._buffer.append(astuple(row))
        self.count += 1
        if len(self._buffer) >= self._rows_per_group:
            self._flush()

    def _flush(self) -> None:
        import pyarrow as pa

        if not self._buffer:
            return
        cols = list(zip(*self._buffer, strict=True))
        arrays = [pa.array([parquet_value(v) for v in col], type=f.type)
                  for col, f in zip(cols, self.schema, strict=True)]
        self._writer.write_table(pa.Table.from_arrays(arrays, schema=self.schema))
        self._buffer.clear()

    def finish(self) -> None:
        if self._writer is not None:
            self._flush()
            self._writer.close()
            self._writer = None

    def commit(self) -> Path:
        self.finish()
        os.replace(self._tmp, self.path)
        return self.path

    def abort(self) -> None:
        if self._writer is not None:
            self._writer.close()
            self._writer = None
        self._tmp.unlink(missing_ok=True)


def read_parquet_table(path: str | Path) -> Any:
    """A table written as Parquet, as a DataFrame with nullable dtypes."""
    import pandas as pd

    return pd.read_parquet(path, dtype_backend="numpy_nullable")


# ---------------------------------------------------------------------- the run


def local_workers(settings: Settings) -> int:
    """Workers of the cluster started for a run: ``settings.workers`` when set above its
    default of 1, else 2 (one worker would be the embedded run with overheads)."""
    return settings.workers if settings.workers > 1 else 2


@contextlib.contextmanager
def dask_client(scheduler: str | None, n_workers: int) -> Iterator[Any]:
    """A client of the cluster at ``scheduler``, or of a LocalCluster of ``n_workers``
    processes of one thread each, closed on exit."""
    from distributed import Client

    if scheduler:
        try:
            client = Client(scheduler, timeout="20s")
        except (OSError, TimeoutError, ValueError) as exc:
            raise errors.SchedulerUnreachable(scheduler, exc) from exc
        try:
            try:
                client.wait_for_workers(1, timeout=WORKER_WAIT)
            except TimeoutError as exc:
                raise errors.SchedulerUnreachable(
                    scheduler, f"no worker joined it within {WORKER_WAIT} s") from exc
            yield client
        finally:
            client.close()
        return
    with local_cluster(n_workers) as cluster, Client(cluster) as client:
        yield client


def local_cluster(n_workers: int = 2, **options: Any) -> Any:
    """A LocalCluster of ``n_workers`` processes of one thread, with the settings of
    :data:`LOCAL_CLUSTER_CONFIG` (each nanny keeps them for the workers it restarts), no
    dashboard, and its HTTP endpoints on a free port."""
    import dask
    from distributed import LocalCluster

    options = {"silence_logs": logging.ERROR, **options}
    with dask.config.set(LOCAL_CLUSTER_CONFIG):
        return LocalCluster(n_workers=n_workers, threads_per_worker=1, processes=True,
                            dashboard_address=None,
                            scheduler_kwargs={"dashboard_address": ":0"}, **options)


def check_output(src_fs: Any, root: str, dest_fs: Any, dest: str, out: object,
                 force: bool, resume: bool = False) -> None:
    """Refuse an output inside the corpus, or one that holds files unless ``force`` (or
    ``resume`` with the journal of a run in it)."""
    if is_local(src_fs) and is_local(dest_fs):
        check_out_dir(Path(root), Path(dest), force, resume)
        return
    if type(src_fs) is type(dest_fs):
        base = root.rstrip("/")
        if dest.rstrip("/") == base or dest.startswith(base + "/"):
            raise errors.OutputInsideCorpus(out, root)
    if not dest_fs.exists(dest) or force:
        return
    if resume and dest_fs.exists(f"{dest.rstrip('/')}/{JOURNAL_NAME}"):
        return
    if not dest_fs.isdir(dest):
        raise errors.UsageError(f"output path '{out}' exists and is not a folder")
    present = sorted(
        name for name in (PurePosixPath(p).name for p in dest_fs.ls(dest, detail=False))
        if not name.startswith(".")
    )
    if present:
        raise errors.OutputNotEmpty(out, present)


def plan(client: Any, fs: Any, root: str, *, exclude: str | None, target: int | None,
         token: str) -> list[Partition]:
    """List the corpus and cut it into partitions (large JSONL files into byte ranges,
    whose line numbers are counted on the workers)."""
    files = list_corpus(fs, root, exclude)
    if target is None:
        n_workers = len(client.scheduler_info(n_workers=-1)["workers"]) or 1
        target = partition_bytes(sum(p.size for p in files), n_workers)
    pieces: list[Piece | list[Piece]] = []
    counts: list[Any] = []
    for piece in files:
        if not splittable(fs, piece, target):
            pieces.append(piece)
            continue
        ranges = byte_ranges(piece.size, target)
        pieces.append([Piece(piece.path, piece.rel, piece.size, a, b) for a, b in ranges])
        for a, b in ranges[:-1]:
            counts.append(client.submit(count_newlines, fs, piece.path, a, b,
                                        retries=TASK_RETRIES,
                                        key=f"frnews-count-{token}-{len(counts)}"))
    newlines = iter(client.gather(counts))
    flat: list[Piece] = []
    for item in pieces:
        if isinstance(item, Piece):
            flat.append(item)
        else:
            flat.extend(with_line_numbers(item, [next(newlines) for _ in item[:-1]]))
    parts = group_pieces(fs, root, flat, target)
    log.info("%d file(s) in %d partition(s) of about %d bytes", len(files), len(parts),
             target)
    return parts


def gather_in_order(client: Any, parts: list[Partition], settings: Settings,
                    caps: list[int | None], token: str, progress: bool = False,
                    skip: Any = None) -> Iterator[ArticleResult | Reused]:
    """Submit a task per partition; yield its results in partition order as they come.

    A result is fetched as soon as its task ends (and released on the cluster), then held
    until the results of every partition before it have been yielded.
    """
    from distributed import as_completed

    index: dict[str, int] = {}
    futures = []
    for part, cap in zip(parts, caps, strict=True):
        future = client.submit(process_partition, part, settings, cap, skip,
                               retries=TASK_RETRIES,
                               key=f"frnews-part-{token}-{part.index:06d}")
        index[future.key] = part.index
        futures.append(future)
    bar = None
    if progress:
        from tqdm import tqdm

        bar = tqdm(total=len(parts), unit="partition", desc="frnews (dask)", disable=None,
                   leave=False)
    ready: dict[int, list[ArticleResult | Reused]] = {}
    following = 0
    try:
        for future in as_completed(futures):
            i = index[future.key]
            try:
                ready[i] = future.result()
            except Exception as exc:
                raise errors.ClusterTaskFailed(parts[i].describe(), exc) from exc
            future.release()
            if bar is not None:
                bar.update()
            while following in ready:
                yield from ready.pop(following)
                following += 1
    finally:
        if bar is not None:
            bar.close()
        unfinished = [f for f in futures if not f.done()]
        if unfinished:
            client.cancel(unfinished)


def run_dask(
    corpus: str | os.PathLike[str],
    out: str | os.PathLike[str] | None,
    settings: Settings | None = None,
    *,
    scheduler: str | None = None,
    fmt: str = "csv",
    force: bool = False,
    resume: bool = False,
    progress: bool = False,
    partition_size: int | None = None,
) -> RunResult:
    """Process ``corpus`` on a Dask cluster; write the tables to ``out`` (if given) and
    return them as pandas DataFrames with a summary, like :func:`pipeline.run.run`.

    ``corpus`` and ``out`` are local folders or fsspec URLs (``s3://bucket/news``) that
    the workers can reach. ``scheduler`` is the address of a running cluster
    (``tcp://host:8786``); without it a LocalCluster of :func:`local_workers` processes is
    started for the run. ``fmt`` is ``csv`` (the tables of the embedded run, byte for
    byte) or ``parquet`` (one ``<table>.parquet`` per table, same columns and rows).
    ``partition_size`` (bytes) overrides the size of the partitions.

    With a local output folder the run keeps the journal of the embedded run
    (``.frnews-journal.jsonl``): ``resume`` reuses the rows of the articles it holds, so
    a run stopped midway (or a corpus that grew) is finished without analysing them again.
    """
    require_dask()
    import pandas as pd

    if fmt not in FORMATS:
        raise ValueError(f"fmt must be one of {FORMATS}, not {fmt!r}")
    settings = settings or Settings()
    src_fs, root = open_location(corpus)
    if not src_fs.isdir(root):
        raise errors.CorpusNotFound(corpus)
    dest_fs = dest = None
    if out is not None:
        dest_fs, dest = open_location(out)
        if resume and not is_local(dest_fs):
            raise errors.UsageError("--resume needs a local output folder (the journal is "
                                    "kept there); a URL cannot be resumed")
        check_output(src_fs, root, dest_fs, dest, out, force, resume)
    summary = RunSummary(out_dir=os.fspath(out) if out is not None else "",
                         settings=asdict(settings))
    started = time.perf_counter()
    token = uuid.uuid4().hex[:12]
    exclude = dest if dest_fs is not None and type(dest_fs) is type(src_fs) else None

    with dask_client(scheduler, local_workers(settings)) as client:
        workers = list(client.scheduler_info(n_workers=-1)["workers"])
        problems = client.gather([
            client.submit(load_model, settings, workers=[w], allow_other_workers=True,
                          pure=False, key=f"frnews-load-{token}-{i}")
            for i, w in enumerate(workers)
        ])
        if any(problems):
            raise errors.UsageError(next(p for p in problems if p))
        parts = plan(client, src_fs, root, exclude=exclude, target=partition_size,
                     token=token)
        caps: list[int | None] = [None] * len(parts)
        if settings.limit is not None:
            parts, caps = _limit(client, parts, settings, token)
        if dest is None:
            results = gather_in_order(client, parts, settings, caps, token, progress)
            tables = _collect(results, summary, pd)
        elif is_local(dest_fs):
            Path(dest).mkdir(parents=True, exist_ok=True)
            journal = Journal(Path(dest), settings, resume=resume)  # locks the folder
            try:
                keys = journal.readable_keys() if resume else frozenset()
                skip = client.scatter([keys], broadcast=True)[0] if keys else None
                results = gather_in_order(client, parts, settings, caps, token, progress,
                                          skip)
                tables = _write(_journaled(results, journal, settings), summary, settings,
                                dest_fs, dest, fmt)
                journal.compact()
            finally:
                journal.close()
        else:
            results = gather_in_order(client, parts, settings, caps, token, progress)
            tables = _write(results, summary, settings, dest_fs, dest, fmt)
    summary.seconds = time.perf_counter() - started
    return RunResult(tables, summary)


def _limit(client: Any, parts: list[Partition], settings: Settings, token: str
           ) -> tuple[list[Partition], list[int | None]]:
    """The partitions and caps that make the first ``settings.limit`` items."""
    counts = client.gather([
        client.submit(count_items, p, settings.max_chars, retries=TASK_RETRIES,
                      key=f"frnews-items-{token}-{p.index}")
        for p in parts
    ])
    left = settings.limit or 0
    kept: list[Partition] = []
    caps: list[int | None] = []
    for part, n in zip(parts, counts, strict=True):
        if left <= 0:
            break
        kept.append(part)
        caps.append(min(n, left))
        left -= n
    return kept, caps


def _journaled(results: Iterator[ArticleResult | Reused], journal: Journal,
               settings: Settings) -> Iterator[ArticleResult]:
    """The results with the reused ones read from the journal, and the new ones recorded
    in it (synced every ``batch_size`` articles, as the embedded run does)."""
    n_new = 0
    for result in results:
        if isinstance(result, Reused):
            entry = journal.get(result.key)
            if entry is None:  # checked at the start; the file changed under the run
                raise errors.UsageError(
                    f"the journal entry of article {result.key} can no longer be read; "
                    "run again with --resume")
            yield ArticleResult.from_entry(entry)
            continue
        if result.key and result.cacheable:
            journal.add(result.to_entry())
            n_new += 1
            if n_new % settings.batch_size == 0:
                journal.sync()
        yield result
    journal.sync()


def _collect(results: Iterator[ArticleResult], summary: RunSummary, pd: Any
             ) -> dict[str, Any]:
    collected: dict[str, list[Any]] = {cls.table: [] for cls in ROW_TYPES}  # type: ignore[attr-defined]
    for result in results:
        summary.add(result)
        for row in result.rows():
            collected[row.table].append(row)
    return {
        name: pd.DataFrame([asdict(r) for r in rows], columns=columns(TABLES[name]))
        for name, rows in collected.items()
    }


def _write(results: Iterator[ArticleResult], summary: RunSummary, settings: Settings,
           dest_fs: Any, dest: str, fmt: str) -> dict[str, Any]:
    """Write the tables into ``dest`` (a local folder, replaced atomically table by
    table as the embedded run does; else a local staging folder, then uploaded)."""
    local = is_local(dest_fs)
    with contextlib.ExitStack() as stack:
        if local:
            staging = Path(dest)
            staging.mkdir(parents=True, exist_ok=True)
            _remove_stale(staging)
        else:
            staging = Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="frnews-")))
        writers: dict[str, Any] = {
            cls.table: (TableWriter(staging, cls, settings.safe_csv) if fmt == "csv"  # type: ignore[attr-defined]
                        else ParquetTableWriter(staging, cls))
            for cls in ROW_TYPES
        }
        try:
            for result in results:
                summary.add(result)
                for row in result.rows():
                    writers[row.table].write(row)
            commit_all(writers.values())
        except BaseException:
            for writer in writers.values():
                writer.abort()
            raise
        if fmt == "csv":
            tables = {name: read_table(staging / f"{name}.csv", raw=not settings.safe_csv)
                      for name in TABLES}
        else:
            tables = {name: read_parquet_table(staging / f"{name}.parquet")
                      for name in TABLES}
        if not local:
            dest_fs.makedirs(dest, exist_ok=True)
            for writer in writers.values():
                dest_fs.put_file(str(writer.path), f"{dest.rstrip('/')}/{writer.path.name}")
    return tables


def _remove_stale(out_dir: Path) -> None:
    """Delete the temporary tables (CSV or Parquet) that a killed run left."""
    for cls in ROW_TYPES:
        for suffix in ("csv", "parquet"):
            for tmp in out_dir.glob(f".{cls.table}.{suffix}.*.tmp"):  # type: ignore[attr-defined]
                tmp.unlink(missing_ok=True)
