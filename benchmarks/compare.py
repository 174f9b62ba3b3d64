"""How many rows of each table the selective analysis changes against the full one.

    .venv/bin/python benchmarks/compare.py            # corpus/ and 600 real articles
    .venv/bin/python benchmarks/compare.py --limit 1593 --show 20

Both analyses run in this process on the same articles (``Settings.analysis`` ``full``
and ``selective``); the rows of each table are compared per article as multisets of
complete rows. A row that changed counts once; so does a row found by only one analysis.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from dataclasses import astuple
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from data import REPO, missing_data, news_articles  # noqa: E402

from pipeline.config import Settings  # noqa: E402
from pipeline.corpus import Article, read_corpus  # noqa: E402
from pipeline.nlp import build_nlp  # noqa: E402
from pipeline.run import process_articles  # noqa: E402

TABLES = ("documents", "entities", "moves", "affiliations", "topics")


def table_rows(results) -> dict[str, Counter]:
    rows: dict[str, Counter] = {t: Counter() for t in TABLES}
    for result in results:
        for row in result.rows():
            if row.table in rows:
                rows[row.table][astuple(row)] += 1
    return rows


def analyse(articles: list[Article], analysis: str, batch_size: int = 32):
    nlp = build_nlp(Settings(analysis=analysis))
    out = []
    for i in range(0, len(articles), batch_size):
        out.extend(process_articles(nlp, articles[i:i + batch_size], batch_size))
    return out, nlp


def compare(articles: list[Article], batch_size: int = 32) -> dict:
    """Per table: rows of the full analysis, rows of the selective one, and the rows that
    differ (``only_full``, ``only_selective``, ``differing`` = the larger of the two)."""
    full, _ = analyse(articles, "full", batch_size)
    sel, nlp = analyse(articles, "selective", batch_size)
    a, b = table_rows(full), table_rows(sel)
    out: dict = {}
    for t in TABLES:
        only_a, only_b = a[t] - b[t], b[t] - a[t]
        n_a = sum(a[t].values())
        differing = max(sum(only_a.values()), sum(only_b.values()))
        out[t] = {
            "full": n_a,
            "selective": sum(b[t].values()),
            "only_full": sorted(only_a.elements()),
            "only_selective": sorted(only_b.elements()),
            "differing": differing,
            "share": differing / n_a if n_a else 0.0,
        }
    stats = nlp.get_pipe("frnews_analysis").stats
    out["_selection"] = selection(stats)
    return out


def selection(stats: dict) -> dict:
    """Shares of sentences parsed and of tokens parsed, tagged, and analysed (with the
    margins of context) by the selective analysis."""
    tokens = stats["tokens"] or 1
    return {
        "parsed_sentences": stats["parsed"] / (stats["sentences"] or 1),
        "parsed_tokens": stats["parsed_tokens"] / tokens,
        "tagged_tokens": stats["tagged_tokens"] / tokens,
        "analysed_tokens": stats["analysed_tokens"] / tokens,
    }


def markdown(name: str, result: dict) -> str:
    lines = [f"| {name} | rows (full) | rows (selective) | rows that differ | share |",
             "|---|---:|---:|---:|---:|"]
    for t in TABLES:
        r = result[t]
        lines.append(f"| {t} | {r['full']:,} | {r['selective']:,} | {r['differing']:,} | "
                     f"{100 * r['share']:.2f} % |")
    sel = result["_selection"]
    lines.append(
        f"\nSelective analysis: {100 * sel['parsed_sentences']:.1f} % of the sentences "
        f"parsed ({100 * sel['parsed_tokens']:.1f} % of the tokens), "
        f"{100 * sel['tagged_tokens']:.1f} % of the tokens tagged only; "
        f"{100 * sel['analysed_tokens']:.1f} % of the tokens went through the model's "
        "tok2vec, margins of context included.")
    return "\n".join(lines)


def corpus_articles() -> list[Article]:
    return [a for a in read_corpus(REPO / "corpus") if isinstance(a, Article)]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--limit", type=int, default=600, help="real articles (default 600)")
    parser.add_argument("--show", type=int, default=5, help="differing rows shown per table")
    args = parser.parse_args(argv)
    sets = [("corpus/", corpus_articles())]
    why = missing_data()
    if why:
        print(f"skipping the real articles: {why}")
    else:
        sets.append((f"{args.limit} real articles", list(news_articles(limit=args.limit))))
    for name, articles in sets:
        result = compare(articles)
        print(markdown(name, result))
        for t in TABLES:
            r = result[t]
            for label in ("only_full", "only_selective"):
                for row in r[label][: args.show]:
                    print(f"  {t} {label}: {row}")
        print()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
