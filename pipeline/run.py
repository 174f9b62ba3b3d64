"""Library entry points: :func:`extract` for one article, :func:`run` for a folder.

Articles stream from the corpus reader through ``nlp.pipe`` in batches; the rows of each
article are written as they come into temporary files that replace the tables only when
the run completes. An article that fails is isolated, reported in ``errors.csv`` and in
``documents.csv`` (status ``failed``), and the batch goes on; an article whose analysis
runs over its time limit is stopped and reported the same way.

With an output folder, every analysed article is also recorded in a journal
(:mod:`pipeline.journal`), so that ``run(..., resume=True)`` finishes an interrupted run,
or updates the tables after the corpus changed, analysing only what is new.
"""

from __future__ import annotations

import contextlib
import ctypes
import itertools
import logging
import signal
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import asdict, astuple, dataclass, field
from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from . import errors
from .config import Settings
from .corpus import Article, ReadFailure, read_corpus
from .entities import sentence_starts
from .journal import JOURNAL_NAME, Journal, model_version
from .nlp import get_nlp
from .normalize import normalize_text
from .tables import (
    ROW_TYPES,
    TABLES,
    AffiliationRow,
    DocumentRow,
    EntityRow,
    ErrorRow,
    MoveRow,
    TableWriter,
    TopicRow,
    commit_all,
    read_table,
    remove_stale_temporaries,
)

log = logging.getLogger(__name__)


@dataclass
class ArticleResult:
    """Everything extracted from one article, as table rows.

    ``key`` is the article's :attr:`~pipeline.corpus.Article.key` (empty for a file that
    could not be read); ``reused`` tells that the rows come from the journal of a previous
    run rather than from an analysis.
    """

    document: DocumentRow
    entities: list[EntityRow] = field(default_factory=list)
    moves: list[MoveRow] = field(default_factory=list)
    affiliations: list[AffiliationRow] = field(default_factory=list)
    topics: list[TopicRow] = field(default_factory=list)
    errors: list[ErrorRow] = field(default_factory=list)
    n_words: int = 0
    key: str = ""
    reused: bool = False
    cacheable: bool = True

    @property
    def doc_id(self) -> str:
        return self.document.doc_id

    def rows(self) -> Iterator[Any]:
        yield self.document
        yield from self.entities
        yield from self.moves
        yield from self.affiliations
        yield from self.topics
        yield from self.errors

    def to_entry(self) -> dict[str, Any]:
        """The journal entry of this result (``key`` first)."""
        return {
            "key": self.key,
            "path": self.document.path,
            "doc_id": self.doc_id,
            "words": self.n_words,
            "rows": [[row.table, list(astuple(row))] for row in self.rows()],
        }

    @classmethod
    def from_entry(cls, entry: dict[str, Any]) -> ArticleResult:
        """Rebuild a result from its journal entry."""
        rows = [TABLES[table](*values) for table, values in entry["rows"]]
        result = cls(rows[0], n_words=int(entry.get("words") or 0), key=entry["key"],
                     reused=True)
        lists: dict[str, list[Any]] = {
            "entities": result.entities, "moves": result.moves,
            "affiliations": result.affiliations, "topics": result.topics,
            "errors": result.errors,
        }
        for row in rows[1:]:
            lists[row.table].append(row)
        return result


@dataclass
class RunSummary:
    articles: int = 0
    failed: int = 0
    warnings: int = 0
    entities: int = 0
    moves: int = 0
    affiliations: int = 0
    topics: int = 0
    words: int = 0
    seconds: float = 0.0
    out_dir: str = ""
    reused: int = 0
    analysed: int = 0
    analysed_words: int = 0
    settings: dict[str, Any] = field(default_factory=dict)

    def add(self, result: ArticleResult) -> None:
        doc = result.document
        self.words += result.n_words
        if result.reused:
            self.reused += 1
        elif result.key:
            self.analysed += 1
            self.analysed_words += result.n_words
        if doc.status == "failed":
            self.failed += 1
            return
        self.articles += 1
        self.warnings += doc.status == "warning"
        self.entities += len(result.entities)
        self.moves += len(result.moves)
        self.affiliations += len(result.affiliations)
        self.topics += len(result.topics)

    def text(self) -> str:
        rate = self.analysed_words / self.seconds if self.seconds else 0.0
        where = f" Tables in {self.out_dir}." if self.out_dir else ""
        failed = (
            f"{self.failed} could not be processed (see errors.csv)"
            if self.failed
            else "none failed"
        )
        warned = f", {self.warnings} with warnings (see errors.csv)" if self.warnings else ""
        reused = (
            f" {self.reused} article(s) were taken from the journal of a previous run and "
            f"{self.analysed} analysed."
            if self.reused
            else ""
        )
        return (
            f"Read {self.articles + self.failed} article(s): {self.articles} processed"
            f"{warned}, {failed}.{reused} Found {self.entities} entity mention(s), "
            f"{self.moves} move(s), {self.affiliations} affiliation(s) and {self.topics} "
            f"research topic(s) in {self.seconds:.1f} s ({rate:,.0f} words/s).{where}"
        )


@dataclass
class RunResult:
    """The tables of a run as pandas DataFrames, and its summary."""

    tables: dict[str, Any]
    summary: RunSummary

    def __getitem__(self, name: str) -> Any:
        return self.tables[name]

    @property
    def exit_code(self) -> int:
        """1 when ``errors.csv`` has rows (an article failed or was read with a warning),
        else 0."""
        return 1 if self.summary.failed or self.summary.warnings else 0


# ---------------------------------------------------------------------- one article


def result_from_doc(article: Article, doc: Doc) -> ArticleResult:
    """Turn an analysed Doc into the rows of every table."""
    doc_id = article.doc_id
    ents = [
        EntityRow(doc_id=doc_id, **asdict(m)) for m in (doc._.entities or [])
    ]
    moves = [
        MoveRow(doc_id=doc_id, move_id=f"{doc_id}:M{i}", **asdict(m))
        for i, m in enumerate(doc._.moves or [], 1)
    ]
    affs = [AffiliationRow(doc_id=doc_id, **asdict(a)) for a in (doc._.affiliations or [])]
    topics = [TopicRow(doc_id=doc_id, **asdict(t)) for t in (doc._.topics or [])]
    document = DocumentRow(
        doc_id=doc_id,
        path=article.path,
        title=article.title,
        date=article.date,
        url=article.url,
        source=article.source,
        n_chars=len(article.text),
        n_sentences=len(sentence_starts(doc)),
        n_entities=len(ents),
        n_moves=len(moves),
        n_topics=len(topics),
        status="warning" if article.warnings else "ok",
        error=article.warning,
        encoding=article.encoding,
        content_hash=article.content_hash,
    )
    warn = [ErrorRow(article.path, doc_id, "read", kind, message)
            for kind, message in article.warnings]
    n_words = sum(1 for t in doc if not (t.is_punct or t.is_space))
    return ArticleResult(document, ents, moves, affs, topics, warn, n_words)


def failure_result(fail: ReadFailure) -> ArticleResult:
    doc = DocumentRow(
        doc_id=fail.doc_id, path=fail.path, title="", date="", url="", source="",
        n_chars=None, n_sentences=None, n_entities=None, n_moves=None, n_topics=None,
        status="failed", error=f"{fail.error}: {fail.message}",
    )
    return ArticleResult(doc, errors=[ErrorRow(fail.path, fail.doc_id, fail.stage,
                                               fail.error, fail.message)])


def make_doc(nlp: Language, article: Article) -> Doc:
    """A tokenized Doc of the normalised text, carrying the article's metadata (the
    publication date resolves relative dates) in ``doc._.meta``."""
    text = normalize_text(article.text)
    doc = nlp.make_doc(text)
    doc._.meta = {"doc_id": article.doc_id, "date": article.date, "title": article.title,
                  "text": article.text, "doc_text": text}
    return doc


def time_allowed(articles: list[Article], timeout: float | None) -> float:
    """Seconds allowed to analyse ``articles``: ``timeout`` per 10,000 characters of each
    article, and at least ``timeout`` for each (0 when there is no limit)."""
    if not timeout:
        return 0.0
    return sum(timeout * max(1.0, len(a.text) / 10_000) for a in articles)


@contextlib.contextmanager
def time_limit(seconds: float) -> Iterator[None]:
    """Raise :class:`errors.ArticleTimeout` in the block after ``seconds`` (none when
    ``seconds`` is 0).

    In the main thread of a POSIX process the real-time alarm signal interrupts the block
    (unless another alarm is pending: then it runs without a limit). In another thread (a
    Dask worker runs its tasks in one) a timer thread raises the exception in the block's
    thread (``PyThreadState_SetAsyncExc``); it is seen at the next Python instruction, so
    a single long call into compiled code is stopped when it returns.
    """
    if seconds <= 0:
        yield
        return
    if threading.current_thread() is not threading.main_thread():
        with _thread_time_limit(seconds):
            yield
        return
    if not hasattr(signal, "setitimer") or signal.getitimer(signal.ITIMER_REAL)[0] != 0:
        yield
        return

    def on_alarm(signum: int, frame: Any) -> None:
        raise errors.ArticleTimeout(seconds)

    previous = signal.signal(signal.SIGALRM, on_alarm)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


@contextlib.contextmanager
def _thread_time_limit(seconds: float) -> Iterator[None]:
    """:func:`time_limit` outside the main thread."""
    set_async_exc = ctypes.pythonapi.PyThreadState_SetAsyncExc  # (id, NULL) withdraws
    target = ctypes.c_ulong(threading.get_ident())
    # The exception is raised from its class, with no argument.
    timeout = type("ArticleTimeout", (errors.ArticleTimeout,),
                   {"__init__": lambda self: errors.ArticleTimeout.__init__(self, seconds)})
    lock = threading.Lock()
    state = {"active": True, "fired": False}

    def fire() -> None:
        with lock:
            if state["active"]:
                state["fired"] = True
                set_async_exc(target, ctypes.py_object(timeout))

    timer = threading.Timer(seconds, fire)
    timer.daemon = True
    timer.start()
    try:
        yield
    finally:
        timer.cancel()
        with lock:
            state["active"] = False
            if state["fired"]:  # not raised yet if the block ended just then: withdrawn
                set_async_exc(target, None)


def process_articles(
    nlp: Language, articles: list[Article], batch_size: int = 32, *,
    timeout: float | None = None,
) -> list[ArticleResult]:
    """Analyse a batch; if the batch fails (an error, or the time limit of ``timeout``
    seconds per 10,000 characters), each article is retried alone so that only the faulty
    one is lost (and reported)."""
    try:
        with time_limit(time_allowed(articles, timeout)):
            docs = list(nlp.pipe((make_doc(nlp, a) for a in articles),
                                 batch_size=batch_size))
        results = [result_from_doc(a, d) for d, a in zip(docs, articles, strict=True)]
    except (Exception, errors.ArticleTimeout) as exc:  # noqa: BLE001 - isolate below
        if len(articles) == 1:
            return [_nlp_failure(articles[0], exc)]
        log.warning("a batch of %d articles failed (%s); retrying one by one",
                    len(articles), type(exc).__name__)
        out: list[ArticleResult] = []
        for article in articles:
            out.extend(process_articles(nlp, [article], batch_size, timeout=timeout))
        return out
    for article, result in zip(articles, results, strict=True):
        result.key = article.key
    return results


def _nlp_failure(article: Article, exc: BaseException) -> ArticleResult:
    log.error("article %s failed: %s", article.doc_id, exc)
    log.debug("analysis of %s failed", article.doc_id, exc_info=exc)
    if isinstance(exc, errors.ArticleTimeout):
        err = errors.ArticleError("nlp", "ArticleTimeout", str(exc))
    else:
        err = errors.analysis_failed(exc)
    result = failure_result(
        ReadFailure(article.path, article.doc_id, err.stage, err.kind, str(err))
    )
    result.key = article.key
    result.n_words = 0
    # A time-out depends on the machine's load: retried by a resumed run, not reused.
    result.cacheable = not isinstance(exc, errors.ArticleTimeout)
    return result


def extract(
    text: str,
    *,
    date: str = "",
    title: str = "",
    doc_id: str = "article",
    url: str = "",
    source: str = "",
    settings: Settings | None = None,
) -> ArticleResult:
    """Analyse one article and return its rows.

    >>> result = extract("Jan Leike a rejoint Anthropic.", date="2024-05-28")  # doctest: +SKIP
    >>> [(m.person, m.to_org) for m in result.moves]  # doctest: +SKIP
    [('Jan Leike', 'Anthropic')]
    """
    if not isinstance(text, str):
        raise TypeError(f"text must be a str, not {type(text).__name__}")
    settings = settings or Settings()
    article = Article(doc_id=doc_id, text=text, title=title, date=date, url=url, source=source)
    if len(text) > settings.max_chars:
        raise errors.too_long(len(text), settings.max_chars)
    nlp = get_nlp(settings)
    [result] = process_articles(nlp, [article], settings.batch_size, timeout=settings.timeout)
    return result


# ---------------------------------------------------------------------- a folder


def check_out_dir(corpus: Path, out: Path, force: bool, resume: bool = False) -> None:
    """Refuse an output folder inside the corpus, or one holding files, unless forced or
    resuming a run of this package (whose journal is in the folder)."""
    try:
        out.resolve().relative_to(corpus.resolve())
        raise errors.OutputInsideCorpus(out, corpus)
    except ValueError:
        pass
    if out.exists() and not out.is_dir():
        raise errors.UsageError(f"output path '{out}' exists and is not a folder")
    if out.is_dir() and not force:
        present = sorted(p.name for p in out.iterdir() if not p.name.startswith("."))
        if not present:
            return
        if resume and (out / JOURNAL_NAME).is_file():
            return
        if resume:
            raise errors.NothingToResume(out, present)
        raise errors.OutputNotEmpty(out, present)


def iter_results(
    corpus: str | Path, settings: Settings, *, exclude: Path | None = None,
    nlp: Language | None = None, journal: Journal | None = None,
) -> Iterator[ArticleResult]:
    """Results of every article of ``corpus`` in corpus order (failures included).

    Articles found in ``journal`` are not analysed: their rows are read back from it.
    The others go through ``nlp.pipe`` in batches of ``settings.batch_size``; the model
    is loaded only when the first of them comes.
    """
    items: Iterable[Article | ReadFailure] = read_corpus(
        corpus, max_chars=settings.max_chars, exclude=exclude
    )
    if settings.limit is not None:
        items = itertools.islice(items, settings.limit)
    if settings.workers > 1:  # the same batches, analysed by worker processes
        from .parallel import results_in_workers

        yield from results_in_workers(items, settings, journal)
        return
    model: list[Language] = [nlp] if nlp is not None else []

    def analyse(articles: list[Article]) -> list[ArticleResult]:
        if not model:
            model.append(get_nlp(settings))
        return process_articles(model[0], articles, settings.batch_size,
                                timeout=settings.timeout)

    for batch in batches(items, settings.batch_size, from_journal(journal)):
        yield from resolve(batch, analyse)


def batches(items: Iterable[Article | ReadFailure], size: int,
            reuse: Callable[[Article], Any] | None = None) -> Iterator[list[Any]]:
    """``items`` in batches of ``size`` articles to analyse (the batches ``nlp.pipe``
    gets, whatever runs it): an unreadable file stands as its failure result, an article
    for which ``reuse`` gives something (its rows from a journal) as that; the other
    articles are left to analyse (see :func:`resolve`)."""
    batch: list[Any] = []
    n_new = 0
    for item in items:
        if isinstance(item, ReadFailure):
            batch.append(failure_result(item))
            continue
        reused = reuse(item) if reuse is not None else None
        if reused is not None:
            batch.append(reused)
            continue
        batch.append(item)
        n_new += 1
        if n_new >= size:
            yield batch
            batch, n_new = [], 0
    if batch:
        yield batch


def from_journal(journal: Journal | None) -> Callable[[Article], ArticleResult | None] | None:
    """The result of an article recorded in ``journal`` (for :func:`batches`)."""
    if journal is None:
        return None

    def reuse(article: Article) -> ArticleResult | None:
        entry = journal.get(article.key)
        return ArticleResult.from_entry(entry) if entry is not None else None

    return reuse


def resolve(batch: list[Any], analyse: Callable[[list[Article]], list[Any]]) -> Iterator[Any]:
    """The items of a batch from :func:`batches` in order, its articles analysed by
    ``analyse`` in one call."""
    articles = [p for p in batch if isinstance(p, Article)]
    done = iter(analyse(articles) if articles else [])
    for item in batch:
        yield next(done) if isinstance(item, Article) else item


def run(
    corpus: str | Path,
    out: str | Path | None = None,
    settings: Settings | None = None,
    *,
    force: bool = False,
    resume: bool = False,
    progress: bool = False,
    report: bool = False,
) -> RunResult:
    """Process the folder ``corpus``; write the tables to ``out`` (if given) and return
    them as pandas DataFrames with a summary.

    ``out`` must be outside the corpus, and empty unless ``force`` (replace the tables)
    or ``resume`` is given. With ``resume``, the articles recorded in the journal of a
    previous run into ``out`` (same path, same content, same pipeline) are not analysed
    again: an interrupted run is finished, a run on an unchanged corpus does no NLP work,
    and the tables are the same as those of an uninterrupted run.

    >>> result = run("corpus", "outputs", force=True)  # doctest: +SKIP
    >>> result["moves"][["person", "from_org", "to_org"]]  # doctest: +SKIP
    """
    import pandas as pd

    settings = settings or Settings()
    corpus = Path(corpus)
    if not corpus.is_dir():
        raise errors.CorpusNotFound(corpus)
    out_dir = Path(out) if out is not None else None
    if out_dir is not None:
        check_out_dir(corpus, out_dir, force, resume)
    summary = RunSummary(out_dir=str(out_dir or ""), settings=asdict(settings))
    started = time.perf_counter()

    if out_dir is None:
        nlp = get_nlp(settings)  # fail early on a missing model
        results = _progress(iter_results(corpus, settings, nlp=nlp), progress)
        collected: dict[str, list[Any]] = {cls.table: [] for cls in ROW_TYPES}  # type: ignore[attr-defined]
        for result in results:
            summary.add(result)
            for row in result.rows():
                collected[row.table].append(row)
        summary.seconds = time.perf_counter() - started
        tables = {
            name: pd.DataFrame([asdict(r) for r in rows], columns=_columns(name))
            for name, rows in collected.items()
        }
        return RunResult(tables, summary)

    model_version(settings.model)  # fail early on a missing model, before writing
    if not (resume and (out_dir / JOURNAL_NAME).is_file()):
        get_nlp(settings)  # and on a broken one when it will surely be needed
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
        journal = Journal(out_dir, settings, resume=resume)  # locks the folder
        try:
            remove_stale_temporaries(out_dir)
            _write_tables(corpus, out_dir, settings, journal, summary, progress)
        finally:
            journal.close()
    except OSError as exc:  # the corpus reader reports its own; these are the output's
        raise errors.OutputNotWritable(out_dir, exc) from exc
    summary.seconds = time.perf_counter() - started
    if report:
        _write_report(out_dir, corpus, summary)
    raw = not settings.safe_csv
    tables = {name: read_table(out_dir / f"{name}.csv", raw=raw) for name in TABLES}
    return RunResult(tables, summary)


def _write_report(out_dir: Path, corpus: Path, summary: RunSummary) -> None:
    """``run.json`` (time, words, settings) and ``report.html`` beside the tables. A
    report that cannot be written is logged; the tables stand."""
    import json
    import os
    import tempfile

    from .report import build_report

    data = {"seconds": round(summary.seconds, 3), "words": summary.words,
            "articles": summary.articles, "failed": summary.failed,
            "settings": summary.settings}
    try:
        fd, tmp = tempfile.mkstemp(prefix=".run.json.", dir=out_dir)
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump(data, fh, ensure_ascii=False, indent=1, default=str)
        os.chmod(tmp, 0o644)
        os.replace(tmp, out_dir / "run.json")
        build_report(out_dir, corpus)
    except (OSError, errors.FrnewsError) as exc:
        log.warning("report.html not written: %s", exc)


def _write_tables(corpus: Path, out_dir: Path, settings: Settings, journal: Journal,
                  summary: RunSummary, progress: bool) -> None:
    writers = {cls.table: TableWriter(out_dir, cls, settings.safe_csv) for cls in ROW_TYPES}  # type: ignore[attr-defined]
    try:
        n_new = 0
        results = iter_results(corpus, settings, exclude=out_dir, journal=journal)
        for result in _progress(results, progress):
            summary.add(result)
            for row in result.rows():
                writers[row.table].write(row)
            if result.key and not result.reused and result.cacheable:
                journal.add(result.to_entry())
                n_new += 1
                if n_new % settings.batch_size == 0:
                    journal.sync()
        journal.sync()
        commit_all(writers.values())
    except BaseException:
        for writer in writers.values():
            writer.abort()
        raise
    journal.compact()


def _progress(results: Iterator[ArticleResult], progress: bool) -> Iterator[ArticleResult]:
    if not progress:
        return results
    from tqdm import tqdm

    return iter(tqdm(results, unit="article", desc="frnews", disable=None, leave=False))


def _columns(name: str) -> list[str]:
    from .tables import columns

    return columns(TABLES[name])
