"""Score moves and topics against gold annotations, as ``../shared/GUIDELINES.md`` says.

Gold files are JSON Lines (one document a line, ``doc_id``, ``moves``, ``topics``). A
document is found in the project's ``corpus/`` (by its doc_id) or in the shared
``orangesum-fr-news`` articles (by id; only ids named by the gold are read).
"""

from __future__ import annotations

import json
import re
import sys
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .config import Settings
from .corpus import Article, article_from_record, read_corpus

_ARTICLE = re.compile(r"^(?:(?:les|le|la)\s+|l'\s*)")


def norm(text: str | None) -> str:
    """Names as the guidelines compare them: case-folded, accents stripped, ``’`` as
    ``'``, hyphens and punctuation as spaces, white space folded, leading article dropped."""
    if not text:
        return ""
    text = text.replace("\u2019", "'").casefold()
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = " ".join(re.sub(r"[^\w']+|_", " ", text).split())
    text = _ARTICLE.sub("", text, count=1)
    return text.strip()


def _whole_word_in(a: str, b: str) -> bool:
    return bool(a) and f" {a} " in f" {b} "


def org_match(pred: str, gold: str) -> bool:
    p, g = norm(pred), norm(gold)
    if not p and not g:
        return True
    if not p or not g:
        return False
    return p == g or _whole_word_in(p, g) or _whole_word_in(g, p)


def topic_match(matched: str, surfaces: Iterable[str]) -> bool:
    m = norm(matched)
    if not m:
        return False
    for s in surfaces:
        g = norm(s)
        if g and (m == g or _whole_word_in(m, g) or _whole_word_in(g, m)):
            return True
    return False


@dataclass
class PRF:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict[str, float | int]:
        return {"tp": self.tp, "fp": self.fp, "fn": self.fn, "precision": round(self.precision, 3),
                "recall": round(self.recall, 3), "f1": round(self.f1, 3)}


@dataclass
class Scores:
    who: PRF = field(default_factory=PRF)
    who_where: PRF = field(default_factory=PRF)
    topics: PRF = field(default_factory=PRF)
    matched: int = 0
    status_ok: int = 0
    kind_ok: int = 0
    role_ok: int = 0
    date_ok: int = 0
    misses: list[str] = field(default_factory=list)
    false_moves: list[str] = field(default_factory=list)
    topic_misses: list[str] = field(default_factory=list)
    false_topics: list[str] = field(default_factory=list)
    n_docs: int = 0

    def as_dict(self) -> dict[str, Any]:
        acc = (lambda n: round(n / self.matched, 3) if self.matched else 0.0)
        return {
            "documents": self.n_docs,
            "who": self.who.as_dict(),
            "who_where": self.who_where.as_dict(),
            "topics": self.topics.as_dict(),
            "matched_moves": self.matched,
            "status_accuracy": acc(self.status_ok),
            "kind_accuracy": acc(self.kind_ok),
            "role_accuracy": acc(self.role_ok),
            "date_accuracy": acc(self.date_ok),
        }


def _fmt(move: dict[str, Any]) -> str:
    return (f"{move.get('person')} | {move.get('from_org') or '-'} -> {move.get('to_org') or '-'}"
            f" | {move.get('kind')}/{move.get('status')}")


def _fits(p: dict[str, Any], g: dict[str, Any]) -> bool:
    return norm(g["person"]) == norm(p["person"]) and org_match(
        p.get("from_org", ""), g.get("from_org", "")) and org_match(
        p.get("to_org", ""), g.get("to_org", ""))


def _match_moves(gold: list[dict[str, Any]], pred: list[dict[str, Any]]) -> dict[int, int]:
    """Maximum one-to-one matching of predicted to gold moves (augmenting paths);
    returns {pred index: gold index}. Of the gold moves a prediction fits, those of its
    kind and status are tried first, so that two events of one person and organisation
    (a founding and an appointment) pair with their own kinds."""
    fits = [sorted((gi for gi, g in enumerate(gold) if _fits(p, g)),
                   key=lambda gi, p=p: (gold[gi].get("kind") != p.get("kind"),
                                        gold[gi].get("status") != p.get("status")))
            for p in pred]
    owner: dict[int, int] = {}  # gold index -> pred index

    def augment(pi: int, seen: set[int]) -> bool:
        for gi in fits[pi]:
            if gi not in seen:
                seen.add(gi)
                if gi not in owner or augment(owner[gi], seen):
                    owner[gi] = pi
                    return True
        return False

    for pi in range(len(pred)):
        augment(pi, set())
    return {pi: gi for gi, pi in owner.items()}


def score_document(doc_id: str, gold: dict[str, Any], pred_moves: list[dict[str, Any]],
                   pred_topics: list[dict[str, Any]], scores: Scores) -> None:
    """Add one document's counts to ``scores``."""
    scores.n_docs += 1
    gold_moves = gold.get("moves") or []
    gold_who = {norm(m["person"]) for m in gold_moves}
    pred_who = {norm(m["person"]) for m in pred_moves}
    scores.who.tp += len(gold_who & pred_who)
    scores.who.fp += len(pred_who - gold_who)
    scores.who.fn += len(gold_who - pred_who)

    pair_of = _match_moves(gold_moves, pred_moves)
    unmatched_gold = [gi for gi in range(len(gold_moves)) if gi not in pair_of.values()]
    for pi, p in enumerate(pred_moves):
        hit = pair_of.get(pi)
        if hit is None:
            scores.who_where.fp += 1
            scores.false_moves.append(f"{doc_id}: {_fmt(p)}  «{p.get('sentence', '')[:140]}»")
            continue
        g = gold_moves[hit]
        scores.who_where.tp += 1
        scores.matched += 1
        scores.status_ok += p.get("status") == g.get("status")
        scores.kind_ok += p.get("kind") == g.get("kind")
        scores.role_ok += norm(p.get("role_to")) == norm(g.get("role_to")) and norm(
            p.get("role_from")) == norm(g.get("role_from"))
        scores.date_ok += (p.get("date") or "") == (g.get("date") or "")
    for gi in unmatched_gold:
        scores.who_where.fn += 1
        g = gold_moves[gi]
        ev = g.get("evidence", "")
        scores.misses.append(f"{doc_id}: {_fmt(g)}  «{ev[:140]}»")

    gold_topics = gold.get("topics") or []
    used: set[int] = set()
    for t in pred_topics:
        hit = None
        for gi, g in enumerate(gold_topics):
            surfaces = list(g.get("surface") or []) + [g.get("label", "")]
            if gi not in used and topic_match(t.get("matched_text", ""), surfaces):
                hit = gi
                break
        if hit is None:
            scores.topics.fp += 1
            scores.false_topics.append(f"{doc_id}: {t.get('matched_text')} ({t.get('topic_id')})")
        else:
            used.add(hit)
            scores.topics.tp += 1
    for gi, g in enumerate(gold_topics):
        if gi not in used:
            scores.topics.fn += 1
            scores.topic_misses.append(f"{doc_id}: {g.get('label')} {g.get('surface')}")


def load_gold(paths: Sequence[Path]) -> dict[str, dict[str, Any]]:
    gold: dict[str, dict[str, Any]] = {}
    for path in paths:
        with open(path, encoding="utf-8") as fh:
            for n, line in enumerate(fh, 1):
                if line.strip():
                    rec = json.loads(line)
                    if "doc_id" not in rec:
                        raise ValueError(f"{path}:{n}: gold record without doc_id")
                    gold[rec["doc_id"]] = rec
    return gold


def find_articles(ids: set[str], corpus: Path, shared: Path, max_chars: int
                  ) -> dict[str, Article]:
    """The articles of ``ids`` from the corpus folder and the shared orangesum file."""
    found: dict[str, Article] = {}
    if corpus.is_dir():
        for item in read_corpus(corpus, max_chars=max_chars):
            if isinstance(item, Article) and item.doc_id in ids:
                found[item.doc_id] = item
    orangesum = shared / "orangesum-fr-news" / "articles.jsonl"
    missing = ids - set(found)
    if missing and orangesum.is_file():
        with open(orangesum, encoding="utf-8") as fh:
            for line in fh:
                # cheap check on the id before parsing the whole line
                m = re.match(r'\{"id": "([^"]+)"', line)
                if m and m.group(1) in missing:
                    rec = json.loads(line)
                    found[rec["id"]] = article_from_record(
                        rec, "orangesum-fr-news/articles.jsonl", rec["id"], "utf-8", max_chars)
    return found


def evaluate(gold_paths: Sequence[Path], corpus: Path, shared: Path,
             settings: Settings | None = None) -> tuple[Scores, list[str]]:
    """Run the pipeline on the gold documents and score it. Returns the scores and the
    doc_ids that could not be found."""
    from dataclasses import asdict

    from .nlp import get_nlp
    from .run import process_articles

    settings = settings or Settings()
    gold = load_gold(gold_paths)
    articles = find_articles(set(gold), corpus, shared, settings.max_chars)
    missing = sorted(set(gold) - set(articles))
    nlp = get_nlp(settings)
    scores = Scores()
    ids = [d for d in gold if d in articles]
    for i in range(0, len(ids), settings.batch_size):
        batch = [articles[d] for d in ids[i:i + settings.batch_size]]
        for result in process_articles(nlp, batch, settings.batch_size):
            score_document(result.doc_id, gold[result.doc_id],
                           [asdict(m) for m in result.moves],
                           [asdict(t) for t in result.topics], scores)
    return scores, missing


def default_gold_paths() -> list[Path]:
    return sorted(Path("tests/gold").glob("*.jsonl"))


def report(scores: Scores, show: int) -> str:
    d = scores.as_dict()
    lines = [f"documents scored: {d['documents']}", "",
             f"{'':12}{'P':>7}{'R':>7}{'F1':>7}{'tp':>6}{'fp':>6}{'fn':>6}"]
    for name in ("who", "who_where", "topics"):
        s = d[name]
        lines.append(f"{name:12}{s['precision']:7.3f}{s['recall']:7.3f}{s['f1']:7.3f}"
                     f"{s['tp']:6}{s['fp']:6}{s['fn']:6}")
    lines += ["", f"over {d['matched_moves']} matched moves: status accuracy "
              f"{d['status_accuracy']:.3f}, kind accuracy {d['kind_accuracy']:.3f}, "
              f"role accuracy {d['role_accuracy']:.3f}, date accuracy {d['date_accuracy']:.3f}"]
    for title, items in (("missed moves", scores.misses), ("false moves", scores.false_moves),
                         ("missed topics", scores.topic_misses),
                         ("false topics", scores.false_topics)):
        if show and items:
            lines += ["", f"{title} ({len(items)}, first {min(show, len(items))}):"]
            lines += [f"  {x}" for x in items[:show]]
    return "\n".join(lines)


def main_evaluate(args: Any, settings: Settings) -> int:
    paths = args.gold or default_gold_paths()
    if not paths:
        print("frnews: error: no gold files given and none in tests/gold/", file=sys.stderr)
        return 2
    scores, missing = evaluate(paths, args.corpus, args.shared, settings)
    if missing:
        print(f"warning: {len(missing)} gold document(s) not found (is ../shared/data "
              f"there?): {', '.join(missing[:5])}", file=sys.stderr)
    if args.json:
        print(json.dumps(scores.as_dict(), indent=2))
    else:
        print(report(scores, args.show_errors))
    return 0
