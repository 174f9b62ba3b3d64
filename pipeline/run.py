"""Library entry points: :func:`extract` for one article, :func:`run` for a folder.

Articles stream from the corpus reader through ``nlp.pipe`` in batches; the rows of each
article are written as they come into temporary files that replace the tables only when
the run completes. An article that fails is isolated, reported in ``errors.csv`` and in
``documents.csv`` (status ``failed``), and the batch goes on.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Iterable, Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from . import errors
from .config import Settings
from .corpus import Article, ReadFailure, read_corpus
from .entities import sentence_starts
from .nlp import get_nlp
from .normalize import normalize_text
from .tables import (
    ROW_TYPES,
    AffiliationRow,
    DocumentRow,
    EntityRow,
    ErrorRow,
    MoveRow,
    TableWriter,
    TopicRow,
    read_table,
)

log = logging.getLogger(__name__)


@dataclass
class ArticleResult:
    """Everything extracted from one article, as table rows."""

    document: DocumentRow
    entities: list[EntityRow] = field(default_factory=list)
    moves: list[MoveRow] = field(default_factory=list)
    affiliations: list[AffiliationRow] = field(default_factory=list)
    topics: list[TopicRow] = field(default_factory=list)
    errors: list[ErrorRow] = field(default_factory=list)
    n_words: int = 0

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
    settings: dict[str, Any] = field(default_factory=dict)

    def add(self, result: ArticleResult) -> None:
        doc = result.document
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
        rate = self.words / self.seconds if self.seconds else 0.0
        where = f" Tables in {self.out_dir}." if self.out_dir else ""
        failed = (
            f"{self.failed} could not be processed (see errors.csv)"
            if self.failed
            else "none failed"
        )
        return (
            f"Read {self.articles + self.failed} article(s): {self.articles} processed, "
            f"{failed}. Found {self.entities} entity mention(s), {self.moves} move(s), "
            f"{self.affiliations} affiliation(s) and {self.topics} research topic(s) in "
            f"{self.seconds:.1f} s ({rate:,.0f} words/s).{where}"
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
        return 1 if self.summary.failed else 0


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
        status="warning" if article.warning else "ok",
        error=article.warning,
        encoding=article.encoding,
        content_hash=article.content_hash,
    )
    warn = (
        [ErrorRow(article.path, doc_id, "read", "FrontMatterWarning", article.warning)]
        if article.warning
        else []
    )
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
    doc = nlp.make_doc(normalize_text(article.text))
    doc._.meta = {"doc_id": article.doc_id, "date": article.date, "title": article.title,
                  "text": article.text}
    return doc


def process_articles(
    nlp: Language, articles: list[Article], batch_size: int = 32
) -> list[ArticleResult]:
    """Analyse a batch; if the batch fails, each article is retried alone so that only
    the faulty one is lost (and reported)."""
    try:
        docs = list(nlp.pipe((make_doc(nlp, a) for a in articles), batch_size=batch_size))
        return [result_from_doc(a, d) for d, a in zip(docs, articles, strict=True)]
    except Exception:  # noqa: BLE001 - isolate the failing article below
        if len(articles) == 1:
            return [_nlp_failure(articles[0])]
        log.warning("a batch of %d articles failed; retrying one by one", len(articles))
        out: list[ArticleResult] = []
        for article in articles:
            out.extend(process_articles(nlp, [article], batch_size))
        return out


def _nlp_failure(article: Article) -> ArticleResult:
    import sys
    import traceback

    exc = sys.exc_info()[1]
    log.error("article %s failed: %s", article.doc_id, exc)
    log.debug("%s", traceback.format_exc())
    return failure_result(
        ReadFailure(article.path, article.doc_id, "nlp", type(exc).__name__,
                    f"analysis failed: {exc}")
    )


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
    [result] = process_articles(nlp, [article], settings.batch_size)
    return result


# ---------------------------------------------------------------------- a folder


def check_out_dir(corpus: Path, out: Path, force: bool) -> None:
    """Refuse an output folder inside the corpus, or one holding files, unless forced."""
    try:
        out.resolve().relative_to(corpus.resolve())
        raise errors.OutputInsideCorpus(out, corpus)
    except ValueError:
        pass
    if out.exists() and not out.is_dir():
        raise errors.UsageError(f"output path '{out}' exists and is not a folder")
    if out.is_dir() and not force:
        present = sorted(p.name for p in out.iterdir() if not p.name.startswith("."))
        if present:
            raise errors.OutputNotEmpty(out, present)


def _batches(items: Iterable[Article | ReadFailure], size: int
             ) -> Iterator[list[Article | ReadFailure]]:
    batch: list[Article | ReadFailure] = []
    for item in items:
        batch.append(item)
        if sum(isinstance(b, Article) for b in batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def iter_results(
    corpus: str | Path, settings: Settings, *, exclude: Path | None = None,
    nlp: Language | None = None,
) -> Iterator[ArticleResult]:
    """Results of every article of ``corpus`` in corpus order (failures included)."""
    items: Iterable[Article | ReadFailure] = read_corpus(
        corpus, max_chars=settings.max_chars, exclude=exclude
    )
    if settings.limit is not None:
        items = _limited(items, settings.limit)
    nlp = nlp or get_nlp(settings)
    for batch in _batches(items, settings.batch_size):
        articles = [b for b in batch if isinstance(b, Article)]
        done = iter(process_articles(nlp, articles, settings.batch_size) if articles else [])
        for item in batch:
            yield failure_result(item) if isinstance(item, ReadFailure) else next(done)


def _limited(items: Iterable[Article | ReadFailure], limit: int
             ) -> Iterator[Article | ReadFailure]:
    n = 0
    for item in items:
        if n >= limit:
            return
        n += 1
        yield item


def run(
    corpus: str | Path,
    out: str | Path | None = None,
    settings: Settings | None = None,
    *,
    force: bool = False,
    progress: bool = False,
) -> RunResult:
    """Process the folder ``corpus``; write the tables to ``out`` (if given) and return
    them as pandas DataFrames with a summary.

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
        check_out_dir(corpus, out_dir, force)
    nlp = get_nlp(settings)  # fail early on a missing model
    summary = RunSummary(out_dir=str(out_dir or ""), settings=asdict(settings))
    started = time.perf_counter()
    results = iter_results(corpus, settings, exclude=out_dir, nlp=nlp)
    if progress:
        from tqdm import tqdm

        results = tqdm(results, unit="article", desc="frnews", disable=None, leave=False)

    if out_dir is None:
        collected: dict[str, list[Any]] = {cls.table: [] for cls in ROW_TYPES}  # type: ignore[attr-defined]
        for result in results:
            summary.add(result)
            summary.words += result.n_words
            for row in result.rows():
                collected[row.table].append(row)
        summary.seconds = time.perf_counter() - started
        tables = {
            name: pd.DataFrame([asdict(r) for r in rows],
                               columns=[f for f in _columns(name)])
            for name, rows in collected.items()
        }
        return RunResult(tables, summary)

    out_dir.mkdir(parents=True, exist_ok=True)
    writers = {cls.table: TableWriter(out_dir, cls, settings.safe_csv) for cls in ROW_TYPES}  # type: ignore[attr-defined]
    try:
        for result in results:
            summary.add(result)
            summary.words += result.n_words
            for row in result.rows():
                writers[row.table].write(row)
        for writer in writers.values():
            writer.commit()
    except BaseException:
        for writer in writers.values():
            writer.abort()
        raise
    summary.seconds = time.perf_counter() - started
    tables = {name: read_table(out_dir / f"{name}.csv") for name in writers}
    return RunResult(tables, summary)


def _columns(name: str) -> list[str]:
    from .tables import TABLES, columns

    return columns(TABLES[name])
