"""Articles for the benchmark and the selective-vs-full comparison.

* Real news: ``../shared/data/orangesum-fr-news/articles.jsonl``, without the articles
  reserved for blind evaluation (a ``selection`` value starting with ``official_test_``;
  checked before the text is used) and without exact duplicates (``exact_dup_of``):
  1,593 articles.
* Pseudo-articles, to reach a larger corpus: 20 consecutive sentences of
  ``../shared/data/wikineural-fr/test.conllu`` each (encyclopedic French, with entities).

Every article is built with :func:`pipeline.corpus.article_from_record`, as the corpus
reader would build it from a JSONL line.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Iterator
from pathlib import Path

from pipeline.corpus import Article, article_from_record

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("FRNEWS_SHARED", REPO / ".." / "shared" / "data")).resolve()
NEWS = Path("orangesum-fr-news") / "articles.jsonl"
WIKINEURAL = Path("wikineural-fr") / "test.conllu"
MAX_CHARS = 100_000


def missing_data(shared: Path = SHARED) -> str:
    """Why the shared data cannot be used, or ``""``."""
    for rel in (NEWS, WIKINEURAL):
        if not (shared / rel).is_file():
            return f"{shared / rel} is absent"
    return ""


def _reserved(record: dict) -> bool:
    selection = record.get("selection") or []
    if isinstance(selection, str):
        selection = [selection]
    return any(str(s).startswith("official_test_") for s in selection)


def news_articles(shared: Path = SHARED, limit: int | None = None) -> Iterator[Article]:
    """The allowed real articles, in file order."""
    n = 0
    with open(shared / NEWS, encoding="utf-8") as fh:
        for lineno, line in enumerate(fh, 1):
            if limit is not None and n >= limit:
                return
            record = json.loads(line)
            if _reserved(record) or record.get("exact_dup_of"):
                continue  # reserved for blind evaluation / a duplicate: text never used
            yield article_from_record(record, NEWS.as_posix(), f"news#{lineno}", "utf-8",
                                      MAX_CHARS)
            n += 1


_NO_SPACE_BEFORE = re.compile(r" ([.,;:!?)\]»%])")
_NO_SPACE_AFTER = re.compile(r"([(\[«'’]) ")


def _detokenize(words: list[str]) -> str:
    text = " ".join(words)
    text = _NO_SPACE_BEFORE.sub(r"\1", text)
    return _NO_SPACE_AFTER.sub(r"\1", text)


def _conll_sentences(path: Path) -> Iterator[str]:
    words: list[str] = []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            line = line.rstrip("\n")
            if not line:
                if words:
                    yield _detokenize(words)
                words = []
                continue
            if line.startswith("#"):
                continue
            parts = line.split("\t")
            if len(parts) >= 2:
                words.append(parts[1])
    if words:
        yield _detokenize(words)


def pseudo_articles(shared: Path = SHARED, per_article: int = 20) -> Iterator[Article]:
    """Articles of ``per_article`` consecutive wikineural sentences."""
    sents: list[str] = []
    k = 0
    for sent in _conll_sentences(shared / WIKINEURAL):
        sents.append(sent)
        if len(sents) == per_article:
            k += 1
            record = {"id": f"wikineural-{k}", "text": " ".join(sents)}
            yield article_from_record(record, WIKINEURAL.as_posix(), record["id"], "utf-8",
                                      MAX_CHARS)
            sents = []


def bench_articles(n: int, shared: Path = SHARED) -> list[Article]:
    """``n`` articles: the allowed news first, then pseudo-articles, then cycling."""
    out = list(news_articles(shared, limit=n))
    if len(out) < n:
        out.extend(a for _, a in zip(range(n - len(out)), pseudo_articles(shared),
                                       strict=False))
    base = list(out)
    while len(out) < n:
        out.extend(base[: n - len(out)])
    return out[:n]


def count_words(articles: list[Article]) -> int:
    """Words as the pipeline counts them in its summary (tokens that are not punctuation
    or white space), with the tokenizer of a blank French pipeline."""
    import spacy

    tokenizer = spacy.blank("fr").tokenizer
    return sum(
        sum(1 for t in doc if not (t.is_punct or t.is_space))
        for doc in tokenizer.pipe(a.text for a in articles)
    )
