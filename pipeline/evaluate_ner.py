"""Entity P/R/F1 per label on the IOB sets of ``../shared/data``: bare model vs pipeline.

Each set is read into texts with gold character spans (tokens joined by single spaces, or
as the set marks them), then analysed twice: by the bare spaCy model and by this
pipeline (normalisation, entity repairs, gazetteer, canonicalisation). A prediction counts
when its start, end and label equal a gold entity's (exact match, CoNLL style).
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .config import Settings
from .evaluate import PRF

LABELS = ("PER", "ORG", "LOC", "MISC")


@dataclass
class Example:
    text: str
    spans: set[tuple[int, int, str]]


@dataclass
class NerSet:
    name: str
    description: str
    examples: list[Example] = field(default_factory=list)


def _from_tokens(tokens: list[tuple[str, str, bool]]) -> Example:
    """(token, IOB tag, space after) triples into text and gold spans."""
    parts: list[str] = []
    spans: set[tuple[int, int, str]] = set()
    pos = 0
    cur: list[Any] | None = None
    for tok, tag, space in tokens:
        start = pos
        parts.append(tok)
        pos += len(tok)
        end = pos
        if space:
            parts.append(" ")
            pos += 1
        label = tag[2:] if len(tag) > 2 else ""
        if tag.startswith("B-") or (tag.startswith("I-") and (cur is None or cur[2] != label)):
            if cur:
                spans.add(tuple(cur))  # type: ignore[arg-type]
            cur = [start, end, label]
        elif tag.startswith("I-") and cur is not None:
            cur[1] = end
        else:
            if cur:
                spans.add(tuple(cur))  # type: ignore[arg-type]
            cur = None
    if cur:
        spans.add(tuple(cur))  # type: ignore[arg-type]
    return Example("".join(parts).rstrip(), {s for s in spans if s[2] in LABELS})


def read_fenec(root: Path) -> NerSet:
    out = NerSet("fenec-m1-gold", "gold, modern French, 6 genres (275 sentences)")
    for path in sorted((root / "iob").glob("*.iob.tsv")):
        tokens: list[tuple[str, str, bool]] = []
        for line in path.read_text(encoding="utf-8").splitlines() + [""]:
            if line.startswith("#"):
                continue
            if not line.strip():
                if tokens:
                    out.examples.append(_from_tokens(tokens))
                tokens = []
                continue
            cols = line.split("\t")
            tokens.append((cols[0], cols[2] if len(cols) > 2 else "O", True))
    return out


def read_hipe(path: Path, name: str, description: str) -> NerSet:
    """HIPE derived CoNLL files, one example per document (context matters)."""
    out = NerSet(name, description)
    tokens: list[tuple[str, str, bool]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("# document_id"):
            if tokens:
                out.examples.append(_from_tokens(tokens))
            tokens = []
            continue
        if line.startswith("#") or not line.strip():
            continue
        cols = line.split("\t")
        if len(cols) < 3 or cols[0] == "TOKEN":
            continue
        misc = cols[3] if len(cols) > 3 else ""
        tokens.append((cols[0], cols[2], "NoSpaceAfter" not in misc))
    if tokens:
        out.examples.append(_from_tokens(tokens))
    return out


def read_wikineural(path: Path) -> NerSet:
    out = NerSet("wikineural-fr", "silver, Wikipedia (agreement, not accuracy)")
    tokens: list[tuple[str, str, bool]] = []
    for line in path.read_text(encoding="utf-8").splitlines() + [""]:
        if not line.strip():
            if tokens:
                out.examples.append(_from_tokens(tokens))
            tokens = []
            continue
        cols = line.split("\t")
        if len(cols) >= 3:
            tokens.append((cols[1], cols[2], True))
    return out


def load_sets(shared: Path, names: list[str] | None = None) -> Iterator[NerSet]:
    wanted = set(names or ["fenec", "hipe2020", "letemps", "wikineural"])
    hipe = shared / "hipe2020-fr" / "derived_conll4"
    if "fenec" in wanted and (shared / "fenec-m1-gold").is_dir():
        yield read_fenec(shared / "fenec-m1-gold")
    if "hipe2020" in wanted and hipe.is_dir():
        ex = NerSet("hipe2020-fr", "gold, historical Swiss newspapers (OCR), dev+test")
        for split in ("dev", "test"):
            p = hipe / f"HIPE-2022-v2.1-hipe2020-{split}-fr.conll4.tsv"
            if p.is_file():
                ex.examples.extend(read_hipe(p, "", "").examples)
        yield ex
    if "letemps" in wanted and (hipe / "HIPE-2022-v2.1-letemps-test-fr.conll4.tsv").is_file():
        yield read_hipe(hipe / "HIPE-2022-v2.1-letemps-test-fr.conll4.tsv", "letemps-fr",
                        "gold, Le Temps archives (OCR), PER/ORG/LOC only")
    if "wikineural" in wanted and (shared / "wikineural-fr" / "test.conllu").is_file():
        yield read_wikineural(shared / "wikineural-fr" / "test.conllu")


@dataclass
class NerScores:
    by_label: dict[str, PRF] = field(default_factory=lambda: {lab: PRF() for lab in LABELS})

    def add(self, gold: set[tuple[int, int, str]], pred: set[tuple[int, int, str]]) -> None:
        for lab in LABELS:
            g = {s for s in gold if s[2] == lab}
            p = {s for s in pred if s[2] == lab}
            self.by_label[lab].tp += len(g & p)
            self.by_label[lab].fp += len(p - g)
            self.by_label[lab].fn += len(g - p)

    def micro(self, labels: tuple[str, ...] = ("PER", "ORG", "LOC")) -> PRF:
        out = PRF()
        for lab in labels:
            s = self.by_label[lab]
            out.tp += s.tp
            out.fp += s.fp
            out.fn += s.fn
        return out


def score_set(ner_set: NerSet, nlp: Any, normalise: bool, batch_size: int = 64,
              labels_in_gold: tuple[str, ...] = LABELS) -> NerScores:
    from .normalize import normalize_text

    scores = NerScores()
    texts = [normalize_text(e.text) if normalise else e.text for e in ner_set.examples]
    for ex, doc in zip(ner_set.examples, nlp.pipe(texts, batch_size=batch_size), strict=True):
        pred = {(e.start_char, e.end_char, e.label_) for e in doc.ents
                if e.label_ in labels_in_gold}
        scores.add(ex.spans, pred)
    return scores


def evaluate_ner(shared: Path, settings: Settings, sets: list[str] | None = None,
                 limit: int | None = None) -> list[dict[str, Any]]:
    import spacy

    from .nlp import get_nlp

    bare = spacy.load(settings.model)
    ours = get_nlp(settings)
    rows = []
    for ner_set in load_sets(shared, sets):
        if limit:
            ner_set.examples = ner_set.examples[:limit]
        has_misc = any(s[2] == "MISC" for e in ner_set.examples for s in e.spans)
        labels = LABELS if has_misc else ("PER", "ORG", "LOC")
        for system, nlp, norm in (("bare", bare, False), ("pipeline", ours, True)):
            s = score_set(ner_set, nlp, norm, labels_in_gold=labels)
            row: dict[str, Any] = {"set": ner_set.name, "system": system,
                                   "examples": len(ner_set.examples)}
            for lab in labels:
                row[lab] = round(s.by_label[lab].f1, 3)
            micro = s.micro()
            row["PER+ORG+LOC P"] = round(micro.precision, 3)
            row["PER+ORG+LOC R"] = round(micro.recall, 3)
            row["PER+ORG+LOC F1"] = round(micro.f1, 3)
            rows.append(row)
    return rows


def format_rows(rows: list[dict[str, Any]], markdown: bool) -> str:
    cols = ["set", "system", "examples", "PER", "ORG", "LOC", "MISC",
            "PER+ORG+LOC P", "PER+ORG+LOC R", "PER+ORG+LOC F1"]
    table = [[str(r.get(c, "-")) for c in cols] for r in rows]
    if markdown:
        lines = ["| " + " | ".join(cols) + " |", "|" + "---|" * len(cols)]
        lines += ["| " + " | ".join(r) + " |" for r in table]
        return "\n".join(lines)
    widths = [max(len(c), *(len(r[i]) for r in table)) for i, c in enumerate(cols)]
    lines = ["  ".join(c.ljust(w) for c, w in zip(cols, widths, strict=True))]
    lines += ["  ".join(v.ljust(w) for v, w in zip(r, widths, strict=True)) for r in table]
    return "\n".join(lines)


def main_evaluate_ner(args: Any, settings: Settings) -> int:
    if not args.shared.is_dir():
        print(f"frnews: error: shared data folder '{args.shared}' not found; give it with "
              "--shared", file=sys.stderr)
        return 2
    rows = evaluate_ner(args.shared, settings, args.sets, args.limit)
    if not rows:
        print("frnews: error: no IOB set found under " + str(args.shared), file=sys.stderr)
        return 2
    print("F1 per label, exact span and label match; PER+ORG+LOC micro-averaged.")
    print(format_rows(rows, args.markdown))
    return 0
