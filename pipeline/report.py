"""An HTML page of a run: the run at a glance, and every row checked against its text.

:func:`build_report` reads the tables of an output folder (and ``run.json`` when the run
left one) and writes ``report.html`` beside them, one self-contained page:

* a summary: articles, failures, entities, moves, topics, run time and settings;
* the moves as a flow picture (inline SVG drawn here: organisations left on the left,
  joined on the right, people on the links) and as a sortable, filterable table;
* the research topics per canonical topic with their parents, and who works on what;
* each article's text with entities, move triggers and topic mentions highlighted by
  displaCy; every table row links to its evidence (``#doc-<id>-<start>``).

The page works offline: styles and the small script are inline, and a Content Security
Policy forbids every fetch and every script but its own. Every value read from the tables
or the articles is escaped. Without the corpus folder, or for an article changed since the
run, the page shows the evidence sentences kept in the tables instead of the full text.
"""

from __future__ import annotations

import base64
import csv
import hashlib
import html
import json
import logging
import os
import re
import sys
import tempfile
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from . import errors
from .tables import (
    AffiliationRow,
    DocumentRow,
    EntityRow,
    ErrorRow,
    MoveRow,
    TopicRow,
    columns,
)

log = logging.getLogger(__name__)

REPORT_NAME = "report.html"

REPORT_DESCRIPTION = (
    "Write OUTPUT_DIR/report.html from the tables of a run: a summary, the moves as a flow "
    "picture and a table, research topics and who works on them, and every article with its "
    "entities, move triggers and topics highlighted, each table row linked to its evidence."
)

REPORT_EXAMPLE = """\
examples:
  python -m pipeline report outputs --corpus corpus
  frnews report ~/tables --corpus ~/news
  frnews report outputs          # no corpus: evidence sentences instead of full texts

The page is one self-contained file (no network needed): open it in any browser.
Give --corpus the folder the run read, so that articles are shown in full; offsets are
checked against each article, and an article changed since the run shows its evidence
sentences only. Exit code 0 when the report is written, 2 on a usage error.
"""

# Full texts are shown up to this many characters in all (about 1,000 news articles);
# beyond, articles show their evidence sentences, so the page stays quick to open.
MAX_TEXT_CHARS = 3_000_000
MAX_FLOW_LINKS = 250  # links drawn in the flow picture; the table lists every move
MAX_ENTITY_ROWS = 500  # most mentioned entities listed in the entities table

NO_FROM = "(origin not stated)"
NO_TO = "(destination not stated)"

# Highlight colours, keyed by the label shown in the mark.
COLORS = {
    "PER": "#fde68a",
    "ORG": "#bfdbfe",
    "LOC": "#bbf7d0",
    "MISC": "#e5e7eb",
    "TOPIC": "#f5d0fe",
}
TRIGGER_COLOR = "#fca5a5"
DEFAULT_COLOR = "#e5e7eb"
KIND_COLORS = {
    "join": "#2563eb",
    "appointment": "#059669",
    "departure": "#dc2626",
    "founding": "#7c3aed",
}
OTHER_KIND_COLOR = "#64748b"

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_ENTS_DIV = re.compile(r'<div class="entities"[^>]*>(.*?)</div>', re.S)

# displaCy template of one highlight; ``attrs``, ``cls`` and ``tip`` come escaped from here
# (displaCy escapes the text itself, not the label nor extra parameters).
_MARK_TEMPLATE = (
    '<mark class="entity {cls}"{attrs} style="background: {bg}" title="{tip}">'
    '{text}<span class="lab">{label}</span></mark>'
)


def esc(value: Any) -> str:
    """Escape any value for HTML text or a double-quoted attribute."""
    return html.escape("" if value is None else str(value), quote=True)


# ---------------------------------------------------------------------- reading a run


@dataclass
class RunTables:
    """The tables of an output folder, as lists of dicts of text cells."""

    out_dir: Path
    documents: list[dict[str, str]]
    entities: list[dict[str, str]]
    moves: list[dict[str, str]]
    affiliations: list[dict[str, str]]
    topics: list[dict[str, str]]
    errors: list[dict[str, str]]
    run_info: dict[str, Any] | None = None
    notes: list[str] = field(default_factory=list)


def _unquote(value: str) -> str:
    """Undo the apostrophe that safe CSV writing puts before formula-like text."""
    if value.startswith("'") and value[1:2] and value[1:2] in _FORMULA_START:
        return value[1:]
    return value


def read_rows(path: Path, row_type: type, safe_csv: bool = True) -> list[dict[str, str]]:
    """Rows of one table as dicts with every column of ``row_type`` ("" when absent)."""
    if not path.is_file():
        return []
    cols = columns(row_type)
    with open(path, encoding="utf-8-sig", newline="") as fh:
        rows = []
        for raw in csv.DictReader(fh):
            row = {c: (raw.get(c) or "") for c in cols}
            if safe_csv:
                row = {k: _unquote(v) for k, v in row.items()}
            rows.append(row)
    return rows


def _int(value: Any) -> int | None:
    try:
        return int(str(value).strip())
    except (TypeError, ValueError):
        return None


def _float(value: Any) -> float | None:
    try:
        return float(str(value).strip())
    except (TypeError, ValueError):
        return None


def read_run_info(out_dir: Path) -> tuple[dict[str, Any] | None, str]:
    """``run.json`` of the folder (seconds, settings, words), or None and why."""
    path = out_dir / "run.json"
    if not path.is_file():
        return None, ""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        return None, f"run.json could not be read ({exc}); run time and settings not shown."
    if not isinstance(data, dict):
        return None, "run.json is not a JSON object; run time and settings not shown."
    return data, ""


def read_run(out_dir: str | Path) -> RunTables:
    """Read the tables of the output folder ``out_dir``."""
    out = Path(out_dir)
    if not out.is_dir():
        raise errors.UsageError(
            f"output folder '{out}' does not exist; give the folder a run wrote its tables to "
            "(the --out of 'frnews run')."
        )
    if not (out / "documents.csv").is_file():
        raise errors.UsageError(
            f"'{out}' holds no documents.csv, so it is not the output folder of a run; "
            "run 'frnews run CORPUS --out FOLDER' first, then report on FOLDER."
        )
    info, note = read_run_info(out)
    settings = (info or {}).get("settings")
    safe = not (isinstance(settings, dict) and settings.get("safe_csv") is False)
    tables = RunTables(
        out_dir=out,
        documents=read_rows(out / "documents.csv", DocumentRow, safe),
        entities=read_rows(out / "entities.csv", EntityRow, safe),
        moves=read_rows(out / "moves.csv", MoveRow, safe),
        affiliations=read_rows(out / "affiliations.csv", AffiliationRow, safe),
        topics=read_rows(out / "topics.csv", TopicRow, safe),
        errors=read_rows(out / "errors.csv", ErrorRow, safe),
        run_info=info,
    )
    if note:
        tables.notes.append(note)
    missing = [n for n in ("entities", "moves", "affiliations", "topics", "errors")
               if not (out / f"{n}.csv").is_file()]
    if missing:
        tables.notes.append("Missing table(s): " + ", ".join(f"{n}.csv" for n in missing) + ".")
    return tables


def article_texts(
    corpus_dir: Path, documents: list[dict[str, str]], max_chars: int = 1_000_000
) -> tuple[dict[str, str], dict[str, str]]:
    """The text of each article of ``documents`` (by doc_id) as the run read it, and for
    the others why it cannot be shown. A text is kept only when it is the one the run
    analysed (same content hash, or same length when the hash was not recorded)."""
    from .corpus import Article, read_corpus

    wanted: dict[str, dict[str, str]] = {}
    for d in documents:  # the first article of a doc_id, as everywhere in the report
        if d["status"] != "failed":
            wanted.setdefault(d["doc_id"], d)
    texts: dict[str, str] = {}
    notes: dict[str, str] = {}
    for item in read_corpus(corpus_dir, max_chars=max_chars):
        if not isinstance(item, Article) or item.doc_id not in wanted or item.doc_id in texts:
            continue
        doc = wanted[item.doc_id]
        if doc["path"] and item.path != doc["path"]:
            continue
        n_chars = _int(doc["n_chars"])
        if (doc["content_hash"] and doc["content_hash"] != item.content_hash) or (
            not doc["content_hash"] and n_chars is not None and n_chars != len(item.text)
        ):
            notes[item.doc_id] = ("the article has changed since the run, so the offsets of "
                                  "the tables no longer point into it")
            continue
        texts[item.doc_id] = item.text
        notes.pop(item.doc_id, None)
    for doc_id in wanted:
        if doc_id not in texts and doc_id not in notes:
            notes[doc_id] = f"the article was not found in the corpus folder '{corpus_dir}'"
    return texts, notes


# ---------------------------------------------------------------------- anchors


def doc_slug(doc_id: str) -> str:
    """A doc_id made safe for an HTML id and a URL fragment, one for one: ASCII letters,
    digits, ``-`` and ``_`` are kept, any other character becomes ``.<hex>.``."""
    return "".join(
        c if (c.isascii() and (c.isalnum() or c in "-_")) else f".{ord(c):x}." for c in doc_id
    )


def anchor_id(doc_id: str, start: int) -> str:
    """The id of the evidence at character ``start`` of an article."""
    return f"doc-{doc_slug(doc_id)}-{start}"


def article_id(doc_id: str) -> str:
    return f"article-{doc_slug(doc_id)}"


# ---------------------------------------------------------------------- highlighted text


@dataclass
class Mark:
    """One highlight: ``rank`` decides overlaps (lower wins)."""

    start: int
    end: int
    label: str
    cls: str
    tips: list[str]
    rank: int
    color: str = ""
    anchor: str = ""


def render_marked(pieces: list[tuple[str, list[Mark]]]) -> list[str]:
    """HTML of each (text, marks) piece, highlighted by displaCy (marks relative to the
    text, not overlapping). One displaCy call renders all the pieces of an article."""
    if not pieces:
        return []
    from spacy import displacy

    docs = [
        {
            "text": text,
            "ents": [
                {
                    "start": m.start,
                    "end": m.end,
                    "label": esc(m.label),
                    "params": {
                        "cls": esc(m.cls),
                        "tip": esc("\n".join(dict.fromkeys(m.tips))),
                        "attrs": f' id="{esc(m.anchor)}"' if m.anchor else "",
                        "bg": m.color or COLORS.get(m.label, DEFAULT_COLOR),
                    },
                }
                for m in marks
            ],
        }
        for text, marks in pieces
    ]
    out = displacy.render(
        docs, style="ent", manual=True, page=False, jupyter=False,
        options={"template": _MARK_TEMPLATE},
    )
    parts = _ENTS_DIV.findall(out or "")
    if len(parts) != len(pieces):  # a displaCy whose wrapper changed: keep its own markup
        return [
            displacy.render(d, style="ent", manual=True, page=False, jupyter=False,
                            options={"template": _MARK_TEMPLATE})
            for d in docs
        ]
    return parts


def _find_word(text: str, word: str) -> int:
    """Offset of the first occurrence of ``word`` as a whole word in ``text``, or -1."""
    if not word:
        return -1
    m = re.search(r"(?<!\w)" + re.escape(word) + r"(?!\w)", text)
    if m is None:
        m = re.search(re.escape(word), text, re.I)
    return m.start() if m else -1


def _move_tip(m: dict[str, str]) -> str:
    return (f"move: {m['person'] or '?'}: {m['from_org'] or '?'} → {m['to_org'] or '?'} "
            f"({m['kind']}, {m['status']})")


def _topic_tip(t: dict[str, str]) -> str:
    tip = f"topic: {t['label'] or t['topic_id']} [{t['topic_id']}]"
    if t["parent_id"]:
        tip += f" ‹ {t['parent_id']}"
    if t["holder"]:
        tip += f"; worked on by {t['holder']}"
    return tip


def _entity_tip(e: dict[str, str]) -> str:
    tip = f"{e['label']}: {e['canonical'] or e['text']}"
    return tip + (f" (source: {e['source']})" if e["source"] else "")


@dataclass
class DocRows:
    entities: list[dict[str, str]] = field(default_factory=list)
    moves: list[dict[str, str]] = field(default_factory=list)
    affiliations: list[dict[str, str]] = field(default_factory=list)
    topics: list[dict[str, str]] = field(default_factory=list)

    def all(self) -> Iterable[dict[str, str]]:
        yield from self.moves
        yield from self.affiliations
        yield from self.topics
        yield from self.entities


def _span(row: dict[str, str], n: int | None = None) -> tuple[int, int] | None:
    s, e = _int(row.get("start_char")), _int(row.get("end_char"))
    if s is None or e is None or s < 0 or e <= s or (n is not None and e > n):
        return None
    return s, e


def render_text(doc_id: str, text: str, rows: DocRows) -> tuple[str, set[str], int]:
    """The article ``text`` with its rows highlighted; returns the HTML, the anchor ids it
    holds (one for each row start) and the number of rows whose text does not match the
    article at their offsets."""
    from .normalize import normalize_text

    n = len(text)
    mismatched = 0
    # Sentences of moves and affiliations: the evidence a move row points at.
    sentence_tips: dict[tuple[int, int], list[str]] = defaultdict(list)
    marks: dict[tuple[int, int, int], Mark] = {}

    def add_mark(s: int, e: int, label: str, cls: str, tip: str, rank: int, color: str = ""
                 ) -> None:
        mark = marks.setdefault((s, e, rank), Mark(s, e, label, cls, [], rank, color))
        if label not in mark.label.split("/"):
            mark.label += "/" + label
        mark.tips.append(tip)

    def check(span: tuple[int, int], expected: str) -> None:
        nonlocal mismatched
        got = normalize_text(text[span[0]:span[1]]).strip()
        if expected and " ".join(normalize_text(expected).split()) != " ".join(got.split()):
            mismatched += 1

    for m in rows.moves:
        span = _span(m, n)
        if span is None:
            continue
        check(span, m["sentence"])
        sentence_tips[span].append(_move_tip(m))
        at = _find_word(text[span[0]:span[1]], m["trigger"])
        if at >= 0:
            s = span[0] + at
            add_mark(s, s + len(m["trigger"]), (m["kind"] or "move").upper(), "trigger",
                     _move_tip(m) + f"; trigger “{m['trigger']}”", 0, TRIGGER_COLOR)
    for a in rows.affiliations:
        span = _span(a, n)
        if span is not None:
            check(span, a["sentence"])
            sentence_tips[span].append(
                f"affiliation: {a['person']} — {a['org']}" + (f" ({a['role']})" if a["role"]
                                                             else ""))
    for t in rows.topics:
        span = _span(t, n)
        if span is not None:
            check(span, t["matched_text"])
            add_mark(*span, "TOPIC", "topic", _topic_tip(t), 1)
    for e in rows.entities:
        span = _span(e, n)
        if span is not None:
            check(span, e["text"])
            add_mark(*span, e["label"] or "ENT", "ent", _entity_tip(e), 2)

    # Evidence sentences, without overlaps (the first and longest wins).
    wraps: list[tuple[int, int]] = []
    for s, e in sorted(sentence_tips, key=lambda r: (r[0], -r[1])):
        if not wraps or s >= wraps[-1][1]:
            wraps.append((s, e))
    bounds = {b for w in wraps for b in w}
    # Highlights, without overlaps and inside one evidence sentence each.
    kept: list[Mark] = []
    for mark in sorted(marks.values(), key=lambda k: (k.rank, k.start - k.end, k.start)):
        if any(mark.start < b < mark.end for b in bounds):
            continue
        if any(mark.start < k.end and k.start < mark.end for k in kept):
            continue
        kept.append(mark)
    kept.sort(key=lambda k: k.start)

    # One anchor for each row start: on its sentence, its highlight, or an empty marker.
    starts = {span[0] for r in rows.all() if (span := _span(r, n))}
    wrap_ids = {s: anchor_id(doc_id, s) for s, _ in wraps}
    ids = set(wrap_ids.values())
    points: dict[int, list[str]] = defaultdict(list)
    by_start = {k.start: k for k in kept}
    for s in sorted(starts - set(wrap_ids)):
        aid = anchor_id(doc_id, s)
        ids.add(aid)
        if s in by_start:
            by_start[s].anchor = aid
            continue
        inside = next((k for k in kept if k.start < s < k.end), None)
        points[inside.start if inside else s].append(aid)

    cuts = sorted({0, n} | bounds | set(points))
    pieces = []
    for a, b in zip(cuts, cuts[1:], strict=False):
        inner = [Mark(k.start - a, k.end - a, k.label, k.cls, k.tips, k.rank, k.color, k.anchor)
                 for k in kept if a <= k.start and k.end <= b]
        pieces.append((text[a:b], inner))
    rendered = render_marked(pieces)
    wrap_end = dict(wraps)
    out: list[str] = []
    closing: int | None = None
    for (a, b), part in zip(zip(cuts, cuts[1:], strict=False), rendered, strict=True):
        out.extend(f'<span class="pt" id="{esc(p)}"></span>' for p in points.get(a, ()))
        if a in wrap_end:
            tip = "\n".join(dict.fromkeys(sentence_tips[(a, wrap_end[a])]))
            out.append(f'<span class="ev" id="{esc(wrap_ids[a])}" title="{esc(tip)}">')
            closing = wrap_end[a]
        out.append(part)
        if closing == b:
            out.append("</span>")
            closing = None
    return "".join(out), ids, mismatched


def render_evidence(doc_id: str, rows: DocRows) -> tuple[str, set[str]]:
    """The evidence kept in the tables, for an article whose text is not available: move,
    affiliation and topic sentences with their trigger or topic highlighted, then the
    entity mentions."""
    items: dict[int | None, list[tuple[str, str, list[Mark]]]] = defaultdict(list)
    order: list[tuple[int, int]] = []

    def add(start: int | None, kind: str, sentence: str, marks: list[Mark], rank: int) -> None:
        items[start].append((kind, sentence, marks))
        order.append((start if start is not None else sys.maxsize, rank))

    for m in rows.moves:
        at = _find_word(m["sentence"], m["trigger"])
        marks = ([Mark(at, at + len(m["trigger"]), (m["kind"] or "move").upper(), "trigger",
                       [_move_tip(m)], 0, TRIGGER_COLOR)] if at >= 0 else [])
        add(_int(m["start_char"]), _move_tip(m), m["sentence"], marks, 0)
    for a in rows.affiliations:
        add(_int(a["start_char"]), f"affiliation: {a['person']} — {a['org']}", a["sentence"],
            [], 1)
    for t in rows.topics:
        sentence = t["sentence"] or t["matched_text"]
        at = _find_word(sentence, t["matched_text"])
        marks = ([Mark(at, at + len(t["matched_text"]), "TOPIC", "topic", [_topic_tip(t)], 1)]
                 if at >= 0 else [])
        add(_int(t["start_char"]), _topic_tip(t), sentence, marks, 2)

    ids: set[str] = set()
    pieces: list[tuple[str, list[Mark]]] = []
    heads: list[tuple[str, str]] = []
    for start in sorted(items, key=lambda s: sys.maxsize if s is None else s):
        for i, (kind, sentence, marks) in enumerate(items[start]):
            aid = anchor_id(doc_id, start) if (start is not None and i == 0) else ""
            if aid:
                ids.add(aid)
            pieces.append((sentence, marks))
            heads.append((aid, kind))
    rendered = render_marked(pieces)
    out = ['<ol class="evidence">']
    for (aid, kind), part in zip(heads, rendered, strict=True):
        attr = f' id="{esc(aid)}"' if aid else ""
        out.append(f'<li class="ev"{attr}><span class="why">{esc(kind)}</span> {part}</li>')
    out.append("</ol>")
    ent_marks = []
    for e in sorted(rows.entities, key=lambda r: _int(r["start_char"]) or 0):
        start = _int(e["start_char"])
        aid = anchor_id(doc_id, start) if start is not None else ""
        if aid in ids:
            aid = ""
        if aid:
            ids.add(aid)
        text = e["text"] or e["canonical"]
        ent_marks.append((text, [Mark(0, len(text), e["label"] or "ENT", "ent",
                                      [_entity_tip(e)], 2, anchor=aid)]))
    if ent_marks:
        out.append('<p class="ent-list"><span class="why">entity mentions:</span> ')
        out.append(" ".join(render_marked(ent_marks)))
        out.append("</p>")
    return "".join(out), ids


# ---------------------------------------------------------------------- flow picture


def _short(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def flow_svg(moves: list[dict[str, str]], href: Callable[[dict[str, str]], str]
             ) -> tuple[str, str]:
    """The moves as a flow picture (inline SVG) and a note when some are left out.

    Organisations left are on the left, organisations joined on the right; each move is a
    link labelled with the person, coloured by kind, dashed unless done, and linking to
    its evidence. Node order follows the barycentre heuristic to limit crossings."""
    items = [(m["from_org"] or NO_FROM, m["to_org"] or NO_TO, m)
             for m in moves if m["from_org"] or m["to_org"]]
    if not items:
        return "", ""
    note = ""
    if len(items) > MAX_FLOW_LINKS:
        weight = Counter(f for f, _, _ in items) + Counter(t for _, t, _ in items)
        ranked = sorted(range(len(items)),
                        key=lambda i: -(weight[items[i][0]] + weight[items[i][1]]))
        keep = sorted(ranked[:MAX_FLOW_LINKS])
        note = (f"The picture shows {MAX_FLOW_LINKS} of {len(items)} moves, those of the most "
                "frequent organisations; the table below lists them all.")
        items = [items[i] for i in keep]
    left = Counter(f for f, _, _ in items)
    right = Counter(t for _, t, _ in items)
    lorder = sorted(left, key=lambda k: (k == NO_FROM, -left[k], k.casefold()))
    rorder = sorted(right, key=lambda k: (k == NO_TO, -right[k], k.casefold()))
    for _ in range(4):
        lpos = {k: i for i, k in enumerate(lorder)}
        rorder = sorted(right, key=lambda k: (
            k == NO_TO, sum(lpos[f] for f, t, _ in items if t == k) / right[k], k.casefold()))
        rpos = {k: i for i, k in enumerate(rorder)}
        lorder = sorted(left, key=lambda k: (
            k == NO_FROM, sum(rpos[t] for f, t, _ in items if f == k) / left[k], k.casefold()))
    lpos = {k: i for i, k in enumerate(lorder)}
    rpos = {k: i for i, k in enumerate(rorder)}

    unit, gap, top, node_w, width, label_w = 18, 12, 40, 12, 1000, 290
    lx, rx = label_w, width - label_w - node_w

    def column(order: list[str], counts: Counter[str]) -> float:
        return sum(counts[k] for k in order) * unit + gap * (len(order) - 1)

    inner = max(column(lorder, left), column(rorder, right))
    height = int(top + inner + 16)

    def layout(order: list[str], counts: Counter[str]) -> dict[str, float]:
        y = top + (inner - column(order, counts)) / 2
        tops = {}
        for k in order:
            tops[k] = y
            y += counts[k] * unit + gap
        return tops

    ltop, rtop = layout(lorder, left), layout(rorder, right)
    ly: dict[int, float] = {}
    ry: dict[int, float] = {}
    for k in lorder:
        outgoing = sorted((i for i, it in enumerate(items) if it[0] == k),
                          key=lambda i: (rpos[items[i][1]], items[i][2]["person"]))
        for j, i in enumerate(outgoing):
            ly[i] = ltop[k] + (j + 0.5) * unit
    for k in rorder:
        incoming = sorted((i for i, it in enumerate(items) if it[1] == k),
                          key=lambda i: (lpos[items[i][0]], items[i][2]["person"]))
        for j, i in enumerate(incoming):
            ry[i] = rtop[k] + (j + 0.5) * unit

    out = [
        f'<svg id="flow" class="flow" viewBox="0 0 {width} {height}" width="{width}" '
        f'height="{height}" role="img" aria-labelledby="flow-title" '
        'xmlns="http://www.w3.org/2000/svg">',
        '<title id="flow-title">Moves: organisations left (left) to organisations joined '
        "(right), one link per person</title>",
        f'<text class="head" x="{lx + node_w}" y="16" text-anchor="end">Left ▸</text>',
        f'<text class="head" x="{rx}" y="16">▸ Joined</text>',
    ]
    x0, x1 = lx + node_w, rx
    xm = (x0 + x1) / 2
    for i, (_, _, m) in enumerate(items):
        y0, y1 = ly[i], ry[i]
        kind = m["kind"] if m["kind"] in KIND_COLORS else "other"
        status = "done" if m["status"] in ("done", "") else "notdone"
        tip = _move_tip(m) + (f" [{m['doc_id']}]" if m["doc_id"] else "")
        color = KIND_COLORS.get(kind, OTHER_KIND_COLOR)
        d = f"M{x0},{y0:.1f} C{xm:.1f},{y0:.1f} {xm:.1f},{y1:.1f} {x1},{y1:.1f}"
        out.append(
            f'<a class="flow-link k-{kind} s-{status}" href="{esc(href(m))}">'
            f"<title>{esc(tip)}</title>"
            f'<path d="{d}" '
            f'stroke="{color}" stroke-width="{unit - 3}"/>'
            + (f'<path class="dash" d="{d}" stroke="{color}"/>' if status != "done" else "")
            + f'<text class="who" x="{x0 + 8}" y="{y0:.1f}" dy="0.35em">'
            f"{esc(_short(m['person'] or '?', 30))}</text></a>"
        )
    for order, tops, counts, x, side in ((lorder, ltop, left, lx, "left"),
                                         (rorder, rtop, right, rx, "right")):
        for k in order:
            h = counts[k] * unit
            placeholder = " placeholder" if k in (NO_FROM, NO_TO) else ""
            tx, anchor = (x - 8, "end") if side == "left" else (x + node_w + 8, "start")
            out.append(
                f'<g class="node{placeholder}"><title>{esc(k)}: {counts[k]} move(s)</title>'
                f'<rect x="{x}" y="{tops[k]:.1f}" width="{node_w}" height="{h}" rx="2"/>'
                f'<text class="org" x="{tx}" y="{tops[k] + h / 2:.1f}" dy="0.35em" '
                f'text-anchor="{anchor}">{esc(_short(k, 34))}'
                f'<tspan class="n"> {counts[k]}</tspan></text></g>'
            )
    out.append("</svg>")
    return "".join(out), note


# ---------------------------------------------------------------------- tables


@dataclass
class Column:
    key: str
    header: str
    numeric: bool = False
    cls: str = ""  # CSS class of the column's cells: "wide" (evidence text), "id" (doc ids)


def table_html(table_id: str, cols: list[Column], rows: list[dict[str, str]],
               caption: str = "", filter_label: str = "Filter") -> str:
    """A sortable, filterable table. ``rows`` map a column key to cell HTML (escaped by
    the caller); ``<key>:sort`` gives a column's sort value when it differs."""
    if not rows:
        return '<p class="empty">No rows.</p>'
    out = [
        '<div class="table-tools">'
        f'<input type="search" class="filter" id="{table_id}-filter" data-table="{table_id}" '
        f'data-count="{table_id}-count" placeholder="{esc(filter_label)}…" '
        f'aria-label="{esc(filter_label)}" autocomplete="off">'
        f'<span class="count" id="{table_id}-count">{len(rows)} rows</span></div>',
        # off screen, the browser lays the table out only when it comes near the view
        f'<div class="table-wrap" style="contain-intrinsic-size: auto '
        f'{min(576, 36 + 30 * len(rows))}px"><table class="sortable" id="{table_id}">',
    ]
    if caption:
        out.append(f"<caption>{esc(caption)}</caption>")
    out.append("<thead><tr>")
    for c in cols:
        kind = ' data-type="num" class="num"' if c.numeric else ""
        out.append(f'<th scope="col"{kind}><button type="button">{esc(c.header)}</button></th>')
    out.append("</tr></thead><tbody>")
    for row in rows:
        out.append("<tr>")
        for c in cols:
            sort = row.get(c.key + ":sort")
            classes = " ".join(k for k in ("num" if c.numeric else "", c.cls) if k)
            attrs = (f' data-sort="{esc(sort)}"' if sort is not None else "") + (
                f' class="{classes}"' if classes else "")
            out.append(f"<td{attrs}>{row.get(c.key, '')}</td>")
        out.append("</tr>")
    out.append("</tbody></table></div>")
    return "".join(out)


def _num(value: Any) -> str:
    return esc(value) if value not in (None, "") else ""


# ---------------------------------------------------------------------- the page


@dataclass
class Page:
    """Everything the sections need: the tables, per-document rows, and the anchors that
    exist in the rendered articles (so that every link points at something)."""

    tables: RunTables
    corpus_dir: Path | None
    by_doc: dict[str, DocRows]
    doc_ids: list[str]
    ids: set[str] = field(default_factory=set)

    def href(self, row: dict[str, str]) -> str:
        doc_id = row.get("doc_id", "")
        start = _int(row.get("start_char"))
        if start is not None and anchor_id(doc_id, start) in self.ids:
            return "#" + anchor_id(doc_id, start)
        return "#" + article_id(doc_id)

    def evidence_link(self, row: dict[str, str], text: str, limit: int = 140) -> str:
        return (f'<a class="ev-link" href="{esc(self.href(row))}" title="{esc(text)}">'
                f"{esc(_short(text, limit) or 'evidence')}</a>")

    def doc_link(self, doc_id: str) -> str:
        return f'<a href="#{esc(article_id(doc_id))}">{esc(doc_id)}</a>'


def _articles_section(page: Page, max_text_chars: int) -> str:
    tables = page.tables
    docs: dict[str, dict[str, str]] = {}
    for d in tables.documents:
        docs.setdefault(d["doc_id"], d)
    texts: dict[str, str] = {}
    missing: dict[str, str] = {}
    if page.corpus_dir is not None:
        settings = (tables.run_info or {}).get("settings") or {}
        max_chars = _int(settings.get("max_chars")) if isinstance(settings, dict) else None
        texts, missing = article_texts(page.corpus_dir, tables.documents,
                                       max_chars or 1_000_000)
    budget = max_text_chars
    out = [_legend()]
    n_mismatched = 0
    for doc_id in page.doc_ids:
        doc = docs.get(doc_id)
        rows = page.by_doc.get(doc_id, DocRows())
        estimate = 90 + (len(texts.get(doc_id, "")) or 120 * len(list(rows.all()))) // 3
        out.append(f'<article class="doc" id="{esc(article_id(doc_id))}" '
                   f'style="contain-intrinsic-size: auto {min(estimate, 20_000)}px">')
        out.append(_doc_header(doc_id, doc))
        text = texts.get(doc_id)
        if text is not None and len(text) > budget:
            text, missing[doc_id] = None, ("full texts are shown up to "
                                           f"{max_text_chars:,} characters in all")
        if doc is not None and doc["status"] == "failed":
            out.append(f'<p class="notice bad">Not processed: {esc(doc["error"])}</p>')
        elif text is not None:
            budget -= len(text)
            body, ids, mismatched = render_text(doc_id, text, rows)
            page.ids |= ids
            n_mismatched += mismatched
            if mismatched:
                out.append(f'<p class="notice bad">{mismatched} row(s) of this article do '
                           "not match the text at their offsets.</p>")
            out.append(f'<div class="text" lang="fr">{body}</div>')
        else:
            why = missing.get(doc_id) or (
                "no corpus folder was given (--corpus)" if page.corpus_dir is None
                else "the article is not in documents.csv")
            out.append(f'<p class="notice">Full text not shown: {esc(why)}. '
                       "Evidence kept in the tables:</p>")
            body, ids = render_evidence(doc_id, rows)
            page.ids |= ids
            out.append(f'<div class="evidence-only" lang="fr">{body}</div>')
        out.append("</article>")
    if n_mismatched:
        tables.notes.append(f"{n_mismatched} row(s) do not match their article's text at their "
                            "offsets (marked in the articles).")
    return "".join(out)


def _legend() -> str:
    items = [(COLORS[k], k, d) for k, d in (
        ("PER", "person"), ("ORG", "organisation"), ("LOC", "place"), ("MISC", "other entity"),
        ("TOPIC", "research topic (first mention)"))]
    items.insert(0, (TRIGGER_COLOR, "JOIN…", "move trigger"))
    parts = "".join(
        f'<span class="key"><mark class="entity" style="background: {c}">{esc(lab)}</mark> '
        f"{esc(desc)}</span>" for c, lab, desc in items)
    return (f'<p class="legend">{parts}<span class="key"><span class="ev">sentence</span> '
            "evidence of a move or affiliation</span></p>")


def _doc_header(doc_id: str, doc: dict[str, str] | None) -> str:
    if doc is None:
        return (f"<header><h3>{esc(doc_id)}</h3><p class=\"meta\">not listed in "
                "documents.csv</p></header>")
    meta = [f"<code>{esc(doc_id)}</code>"]
    meta += [esc(doc[k]) for k in ("date", "source") if doc[k]]
    if doc["path"]:
        meta.append(f'<span class="path">{esc(doc["path"])}</span>')
    if doc["url"].startswith(("http://", "https://")):
        meta.append(f'<a href="{esc(doc["url"])}" rel="noopener noreferrer">source page</a>')
    elif doc["url"]:
        meta.append(esc(doc["url"]))
    status = doc["status"] or "?"
    meta.append(f'<span class="badge st-{esc(status)}">{esc(status)}</span>')
    counts = ", ".join(f"{doc[k] or 0} {k[2:]}" for k in ("n_entities", "n_moves", "n_topics"))
    meta.append(esc(counts))
    warning = (f'<p class="notice">{esc(doc["error"])}</p>'
               if doc["error"] and status != "failed" else "")
    return (f"<header><h3>{esc(doc['title'] or doc_id)}</h3>"
            f'<p class="meta">{" · ".join(meta)}</p>{warning}</header>')


def _summary_section(page: Page) -> str:
    t = page.tables
    docs = t.documents
    failed = sum(d["status"] == "failed" for d in docs)
    warned = sum(d["status"] == "warning" for d in docs)
    labels = Counter(e["label"] for e in t.entities)
    kinds = Counter(m["kind"] for m in t.moves)
    statuses = Counter(m["status"] for m in t.moves)
    distinct_topics = len({r["topic_id"] for r in t.topics})
    holders = len({r["holder"] for r in t.topics if r["holder"]})

    def split(c: Counter[str]) -> str:
        return ", ".join(f"{esc(k or '?')} {v}" for k, v in c.most_common())

    info = t.run_info or {}
    seconds, words = _float(info.get("seconds")), _int(info.get("words"))
    if seconds is not None:
        rate = f" · {words / seconds:,.0f} words/s" if words and seconds > 0 else ""
        run_time = f"{seconds:,.1f} s"
        run_sub = (f"{words:,} words" if words is not None else "") + rate
    else:
        run_time, run_sub = "—", "not recorded (no run.json)"
    cards = [  # title, value, subtitle (HTML)
        ("Articles", f"{len(docs) - failed}",
         f"{warned} with warnings" if warned else "all read cleanly"),
        ("Failures", f"{failed}", f"{len(t.errors)} row(s) in errors.csv"),
        ("Entity mentions", f"{len(t.entities)}", split(labels)),
        ("Moves", f"{len(t.moves)}", split(kinds)),
        ("Affiliations", f"{len(t.affiliations)}", "links stated without a change"),
        ("Research topics", f"{distinct_topics}",
         f"{len(t.topics)} topic–article rows · {holders} people or teams"),
        ("Run time", run_time, esc(run_sub)),
    ]
    out = ['<div class="cards">']
    for title, value, sub in cards:
        cls = " bad" if title == "Failures" and failed else ""
        out.append(f'<div class="card{cls}"><div class="k">{esc(title)}</div>'
                   f'<div class="v">{esc(value)}</div><div class="s">{sub}</div></div>')
    out.append("</div>")
    if statuses:
        out.append(f'<p class="small">Move status: {split(statuses)}.</p>')
    out.append('<details class="settings"><summary>Run and settings</summary><table class="kv">')
    rows = [("output folder", str(t.out_dir)),
            ("corpus folder", str(page.corpus_dir) if page.corpus_dir else "not given")]
    if t.run_info is None:
        rows.append(("run.json", "absent: run time and settings were not recorded"))
    else:
        for k, v in t.run_info.items():
            if k == "settings" and isinstance(v, dict):
                rows += [(f"setting {sk}", _plain(sv)) for sk, sv in v.items()]
            else:
                rows.append((k, _plain(v)))
    out += [f"<tr><th>{esc(k)}</th><td>{esc(v)}</td></tr>" for k, v in rows]
    out.append("</table></details>")
    out += [f'<p class="notice">{esc(n)}</p>' for n in t.notes]
    return "".join(out)


def _plain(value: Any) -> str:
    if value is None:
        return "default"
    if isinstance(value, (dict, list)):
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, float):
        return f"{value:,.3f}".rstrip("0").rstrip(".")
    return str(value)


def _moves_section(page: Page) -> str:
    moves = page.tables.moves
    if not moves:
        return '<p class="empty">No moves in this run.</p>'
    svg, note = flow_svg(moves, page.href)
    legend = "".join(
        f'<span class="key"><span class="swatch" style="background: {c}"></span>{esc(k)}</span>'
        for k, c in KIND_COLORS.items())
    out = [f'<p class="legend">{legend}<span class="key"><span class="swatch dashed"></span>'
           "planned, reported or denied</span><span class=\"key muted\">Click a link for its "
           "evidence.</span></p>"]
    if svg:
        out.append(f'<div class="flow-wrap">{svg}</div>')
    if note:
        out.append(f'<p class="small">{esc(note)}</p>')
    cols = [Column("person", "Person"), Column("from", "From"), Column("to", "To"),
            Column("kind", "Kind"), Column("status", "Status"), Column("role", "Role"),
            Column("date", "Date"), Column("trigger", "Trigger"),
            Column("confidence", "Conf.", numeric=True), Column("doc", "Article", cls="id"),
            Column("evidence", "Evidence", cls="wide")]
    rows = []
    for m in moves:
        role = " → ".join(r for r in (m["role_from"], m["role_to"]) if r)
        rows.append({
            "person": esc(m["person"]), "from": esc(m["from_org"]), "to": esc(m["to_org"]),
            "kind": f'<span class="kind k-{esc(m["kind"])}">{esc(m["kind"])}</span>',
            "status": esc(m["status"]), "role": esc(role),
            "date": esc(m["date"] or m["date_text"]), "trigger": esc(m["trigger"]),
            "confidence": _num(m["confidence"]), "confidence:sort": m["confidence"],
            "doc": page.doc_link(m["doc_id"]),
            "evidence": page.evidence_link(m, m["sentence"]),
        })
    out.append(table_html("moves-table", cols, rows, filter_label="Filter moves"))
    return "".join(out)


def _affiliations_section(page: Page) -> str:
    affs = page.tables.affiliations
    cols = [Column("person", "Person"), Column("org", "Organisation"), Column("role", "Role"),
            Column("tense", "Tense"), Column("doc", "Article", cls="id"),
            Column("evidence", "Evidence", cls="wide")]
    rows = [{"person": esc(a["person"]), "org": esc(a["org"]), "role": esc(a["role"]),
             "tense": esc(a["tense"]), "doc": page.doc_link(a["doc_id"]),
             "evidence": page.evidence_link(a, a["sentence"])} for a in affs]
    return table_html("affiliations-table", cols, rows, filter_label="Filter affiliations")


def _topic_labels(topics: list[dict[str, str]]) -> tuple[dict[str, str], dict[str, str]]:
    """Labels and parents of topic ids: from the table, then the package taxonomy."""
    labels = {r["topic_id"]: r["label"] for r in topics if r["label"]}
    parents = {r["topic_id"]: r["parent_id"] for r in topics}
    try:
        from .topics import taxonomy

        for tid, entry in taxonomy().topics.items():
            labels.setdefault(tid, entry.label_fr or entry.label_en)
            parents.setdefault(tid, entry.parent)
    except Exception as exc:  # noqa: BLE001 - the report does without the taxonomy
        log.debug("taxonomy not available for parent labels: %s", exc)
    return labels, parents


def _topics_section(page: Page) -> str:
    topics = page.tables.topics
    if not topics:
        return '<p class="empty">No research topics in this run.</p>'
    labels, parents = _topic_labels(topics)

    def path(tid: str) -> str:
        chain, seen = [], {tid}
        cur = parents.get(tid, "")
        while cur and cur not in seen and len(chain) < 12:
            chain.append(cur)
            seen.add(cur)
            cur = parents.get(cur, "")
        return " › ".join(esc(labels.get(p, p)) for p in reversed(chain))

    groups: dict[str, list[dict[str, str]]] = defaultdict(list)
    for r in topics:
        groups[r["topic_id"]].append(r)
    top = max(len({r["doc_id"] for r in g}) for g in groups.values())
    rows = []
    for tid, group in groups.items():
        n_docs = len({r["doc_id"] for r in group})
        mentions = sum(_int(r["n_mentions"]) or 0 for r in group)
        holders = list(dict.fromkeys(r["holder"] for r in group if r["holder"]))
        sources = ", ".join(dict.fromkeys(r["source"] for r in group if r["source"]))
        first = group[0]
        bar = max(2, round(60 * n_docs / top))
        rows.append({
            "topic": f'{esc(labels.get(tid, tid))} <code class="id">{esc(tid)}</code>',
            "topic:sort": labels.get(tid, tid),
            "parent": path(tid) or '<span class="muted">(root)</span>',
            "articles": f'<span class="bar" style="width: {bar}px"></span>{n_docs}',
            "articles:sort": str(n_docs),
            "mentions": str(mentions), "mentions:sort": str(mentions),
            "holders": esc("; ".join(holders)), "source": esc(sources),
            "evidence": page.evidence_link(first, first["matched_text"] or "first mention", 60),
        })
    rows.sort(key=lambda r: (-int(r["articles:sort"]), -int(r["mentions:sort"]),
                             r["topic:sort"].casefold()))
    cols = [Column("topic", "Topic"), Column("parent", "Parents"),
            Column("articles", "Articles", numeric=True),
            Column("mentions", "Mentions", numeric=True), Column("holders", "Who works on it"),
            Column("source", "Source"), Column("evidence", "First mention")]
    out = [table_html("topics-table", cols, rows, filter_label="Filter topics")]
    held = sorted((r for r in topics if r["holder"]),
                  key=lambda r: (r["holder"].casefold(), r["label"].casefold()))
    out.append('<h3 id="who">Who works on what</h3>')
    hcols = [Column("holder", "Who"), Column("topic", "Topic"), Column("parent", "Parents"),
             Column("doc", "Article", cls="id"), Column("evidence", "Evidence", cls="wide")]
    hrows = [{"holder": esc(r["holder"]),
              "topic": esc(r["label"] or r["topic_id"]), "parent": path(r["topic_id"]),
              "doc": page.doc_link(r["doc_id"]),
              "evidence": page.evidence_link(r, r["sentence"] or r["matched_text"])}
             for r in held]
    out.append(table_html("holders-table", hcols, hrows, filter_label="Filter people and teams")
               if hrows else '<p class="empty">No topic is attributed to a person or team.</p>')
    return "".join(out)


def _entities_section(page: Page) -> str:
    ents = page.tables.entities
    if not ents:
        return '<p class="empty">No entities in this run.</p>'
    groups: dict[tuple[str, str], list[dict[str, str]]] = defaultdict(list)
    for e in ents:
        groups[(e["canonical"] or e["text"], e["label"])].append(e)
    ranked = sorted(groups.items(), key=lambda kv: (-len(kv[1]), kv[0][0].casefold()))
    note = ""
    if len(ranked) > MAX_ENTITY_ROWS:
        note = (f'<p class="small">The {MAX_ENTITY_ROWS} most mentioned of {len(ranked)} '
                "entities; every mention is highlighted in its article.</p>")
        ranked = ranked[:MAX_ENTITY_ROWS]
    rows = []
    for (name, label), group in ranked:
        forms = list(dict.fromkeys(e["text"] for e in group if e["text"] != name))
        rows.append({
            "name": esc(name), "label": esc(label),
            "mentions": str(len(group)), "mentions:sort": str(len(group)),
            "articles": str(len({e["doc_id"] for e in group})),
            "articles:sort": str(len({e["doc_id"] for e in group})),
            "forms": esc("; ".join(forms[:6]) + (" …" if len(forms) > 6 else "")),
            "source": esc(", ".join(sorted({e["source"] for e in group if e["source"]}))),
            "evidence": page.evidence_link(group[0], group[0]["doc_id"], 50),
        })
    cols = [Column("name", "Name"), Column("label", "Label"),
            Column("mentions", "Mentions", numeric=True),
            Column("articles", "Articles", numeric=True), Column("forms", "Other forms"),
            Column("source", "Source"), Column("evidence", "First mention")]
    return note + table_html("entities-table", cols, rows, filter_label="Filter entities")


def _documents_table(page: Page) -> str:
    cols = [Column("article", "Article"), Column("date", "Date"), Column("source", "Source"),
            Column("status", "Status"), Column("chars", "Chars", numeric=True),
            Column("entities", "Entities", numeric=True), Column("moves", "Moves", numeric=True),
            Column("topics", "Topics", numeric=True)]
    rows = []
    for d in page.tables.documents:
        rows.append({
            "article": f'<a href="#{esc(article_id(d["doc_id"]))}">'
                       f"{esc(d['title'] or d['doc_id'])}</a>",
            "article:sort": d["title"] or d["doc_id"],
            "date": esc(d["date"]), "source": esc(d["source"]),
            "status": f'<span class="badge st-{esc(d["status"])}">{esc(d["status"])}</span>',
            **{k: _num(d[c]) for k, c in (("chars", "n_chars"), ("entities", "n_entities"),
                                          ("moves", "n_moves"), ("topics", "n_topics"))},
            **{f"{k}:sort": d[c] for k, c in (("chars", "n_chars"), ("entities", "n_entities"),
                                               ("moves", "n_moves"), ("topics", "n_topics"))},
        })
    return table_html("documents-table", cols, rows, filter_label="Filter articles")


def _errors_section(page: Page) -> str:
    errs = page.tables.errors
    if not errs:
        return '<p class="empty">No errors or warnings.</p>'
    cols = [Column("path", "Path", cls="id"), Column("doc", "Article", cls="id"),
            Column("stage", "Stage"), Column("error", "Error"),
            Column("message", "Message", cls="wide")]
    known = set(page.doc_ids)
    rows = [{"path": esc(e["path"]),
             "doc": page.doc_link(e["doc_id"]) if e["doc_id"] in known else esc(e["doc_id"]),
             "stage": esc(e["stage"]), "error": esc(e["error"]), "message": esc(e["message"])}
            for e in errs]
    return table_html("errors-table", cols, rows, filter_label="Filter errors")


def render_report(tables: RunTables, corpus_dir: Path | None = None, *,
                  max_text_chars: int = MAX_TEXT_CHARS) -> str:
    """The HTML of the report of ``tables`` (articles read from ``corpus_dir`` if given)."""
    by_doc: dict[str, DocRows] = defaultdict(DocRows)
    for name in ("entities", "moves", "affiliations", "topics"):
        for row in getattr(tables, name):
            getattr(by_doc[row["doc_id"]], name).append(row)
    doc_ids = list(dict.fromkeys([d["doc_id"] for d in tables.documents] + list(by_doc)))
    dupes = [k for k, v in Counter(d["doc_id"] for d in tables.documents).items() if v > 1]
    if dupes:
        tables.notes.append("Several articles share the doc_id " + ", ".join(dupes[:5])
                            + "; their rows are shown together under the first.")
    page = Page(tables, corpus_dir, dict(by_doc), doc_ids)
    articles = _articles_section(page, max_text_chars)  # first: it makes the anchors
    sections = [
        ("summary", "Summary", _summary_section(page)),
        ("moves", f"Moves ({len(tables.moves)})", _moves_section(page)),
    ]
    if tables.affiliations:
        sections.append(("affiliations", f"Affiliations ({len(tables.affiliations)})",
                         _affiliations_section(page)))
    sections += [
        ("topics", "Research topics", _topics_section(page)),
        ("entities", "Entities", _entities_section(page)),
        ("articles", f"Articles ({len(doc_ids)})", _documents_table(page) + articles),
        ("errors", f"Errors and warnings ({len(tables.errors)})", _errors_section(page)),
    ]
    nav = "".join(f'<a href="#{sid}">{esc(title.split(" (")[0])}</a>'
                  for sid, title, _ in sections)
    body = "".join(f'<section id="{sid}"><h2>{esc(title)}</h2>{content}</section>'
                   for sid, title, content in sections)
    script_hash = base64.b64encode(hashlib.sha256(_SCRIPT.encode("utf-8")).digest()).decode()
    csp = (f"default-src 'none'; script-src 'sha256-{script_hash}'; "
           "style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'")
    name = tables.out_dir.resolve().name or str(tables.out_dir)
    return (
        "<!DOCTYPE html>\n"
        '<html lang="en"><head><meta charset="utf-8">'
        f'<meta http-equiv="Content-Security-Policy" content="{csp}">'
        '<meta name="referrer" content="no-referrer">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>frnews report: {esc(name)}</title><style>{_CSS}</style></head><body>"
        f'<header class="top"><h1>frnews report <span class="muted">{esc(name)}</span></h1>'
        f"<nav>{nav}</nav></header><main>{body}</main>"
        f"<script>{_SCRIPT}</script></body></html>\n"
    )


def build_report(out_dir: str | Path, corpus_dir: str | Path | None = None, *,
                 max_text_chars: int = MAX_TEXT_CHARS) -> Path:
    """Write ``out_dir/report.html`` from the tables of the run in ``out_dir`` and return
    its path. With ``corpus_dir`` (the folder the run read), articles are shown in full
    with their rows highlighted; without it, their evidence sentences only.

    >>> build_report("outputs", "corpus")  # doctest: +SKIP
    PosixPath('outputs/report.html')
    """
    out = Path(out_dir)
    corpus = Path(corpus_dir) if corpus_dir is not None else None
    if corpus is not None and not corpus.is_dir():
        raise errors.CorpusNotFound(corpus)
    tables = read_run(out)
    text = render_report(tables, corpus, max_text_chars=max_text_chars)
    target = out / REPORT_NAME
    fd, tmp = tempfile.mkstemp(prefix=f".{REPORT_NAME}.", suffix=".tmp", dir=out)
    try:
        with open(fd, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(text)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    log.info("report written to %s", target)
    return target


def main_report(args: Any) -> int:
    """``frnews report OUTPUT_DIR [--corpus DIR]``: 0 when written, 2 on a usage error."""
    try:
        path = build_report(args.out, getattr(args, "corpus", None))
    except errors.UsageError as exc:
        print(f"frnews: error: {exc}", file=sys.stderr)
        return 2
    if not getattr(args, "quiet", False):
        print(f"Report written to {path}", file=sys.stderr)
    return 0


# ---------------------------------------------------------------------- style and script

_CSS = """
:root{--fg:#1f2937;--muted:#6b7280;--line:#e5e7eb;--bg:#f8fafc;--accent:#1d4ed8}
*{box-sizing:border-box}
body{margin:0;font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",sans-serif;
 color:var(--fg);background:var(--bg)}
header.top{position:sticky;top:0;z-index:10;background:#0f172a;color:#f8fafc;
 padding:.5rem 1.5rem;display:flex;flex-wrap:wrap;align-items:baseline;gap:.4rem 1.5rem}
header.top h1{font-size:1.1rem;margin:0}
header.top .muted{color:#94a3b8;font-weight:normal}
header.top nav a{color:#cbd5e1;text-decoration:none;margin-right:1rem;font-size:.9rem}
header.top nav a:hover{color:#fff;text-decoration:underline}
main{max-width:1280px;margin:0 auto;padding:0 1.5rem 4rem}
section{margin-top:1.5rem;background:#fff;border:1px solid var(--line);border-radius:8px;
 padding:.5rem 1.25rem 1.25rem}
h2{font-size:1.25rem;margin:.6rem 0 .8rem}
h3{font-size:1.05rem;margin:1rem 0 .4rem}
[id]{scroll-margin-top:4.5rem}
a{color:var(--accent)}
code{font-size:.85em;background:#f1f5f9;padding:0 .25em;border-radius:3px}
.muted{color:var(--muted)} .small{font-size:.85rem;color:var(--muted)}
.empty{color:var(--muted);font-style:italic}
.cards{display:grid;grid-template-columns:repeat(auto-fit,minmax(140px,1fr));gap:.75rem}
.card{border:1px solid var(--line);border-radius:8px;padding:.6rem .8rem;background:#f8fafc}
.card .k{font-size:.8rem;color:var(--muted);text-transform:uppercase;letter-spacing:.03em}
.card .v{font-size:1.6rem;font-weight:600}
.card .s{font-size:.8rem;color:var(--muted);overflow-wrap:anywhere}
.card.bad{border-color:#fca5a5;background:#fef2f2}
details.settings{margin-top:.8rem}
details.settings summary{cursor:pointer;color:var(--accent)}
table.kv{border-collapse:collapse;margin-top:.4rem;font-size:.85rem}
table.kv th{text-align:left;font-weight:500;color:var(--muted);padding:.1rem 1rem .1rem 0}
.notice{background:#fffbeb;border-left:3px solid #f59e0b;padding:.3rem .6rem;
 font-size:.85rem;margin:.4rem 0}
.notice.bad{background:#fef2f2;border-left-color:#dc2626}
.legend{display:flex;flex-wrap:wrap;gap:.3rem 1rem;font-size:.85rem;align-items:center}
.legend .key{display:inline-flex;align-items:center;gap:.3rem}
.swatch{display:inline-block;width:22px;height:8px;border-radius:2px}
.swatch.dashed{background:repeating-linear-gradient(90deg,#64748b 0 5px,transparent 5px 9px)
 center/100% 2px no-repeat,#e2e8f0}
.flow-wrap{overflow-x:auto;margin:.5rem 0 1rem}
svg.flow{max-width:100%;height:auto;font-size:12px}
svg.flow .head{font-weight:600;fill:var(--muted)}
svg.flow .flow-link path{fill:none;stroke-opacity:.35;transition:stroke-opacity .15s}
svg.flow .flow-link.s-notdone path{stroke-opacity:.14}
svg.flow .flow-link path.dash{stroke-width:1.5px;stroke-dasharray:5 4;stroke-opacity:.9}
svg.flow .flow-link:hover path,svg.flow .flow-link:focus path{stroke-opacity:.8}
svg.flow .who{font-size:11px;fill:#111827;paint-order:stroke;stroke:#fff;
 stroke-width:3px;stroke-linejoin:round}
svg.flow .node rect{fill:#334155}
svg.flow .node.placeholder rect{fill:#cbd5e1}
svg.flow .node.placeholder .org{fill:var(--muted);font-style:italic}
svg.flow .org{fill:#111827}
svg.flow .org .n{fill:var(--muted)}
.table-tools{display:flex;gap:1rem;align-items:center;margin:.5rem 0}
input.filter{font:inherit;padding:.3rem .6rem;border:1px solid #cbd5e1;border-radius:6px;
 min-width:18rem}
.count{font-size:.85rem;color:var(--muted)}
.table-wrap{overflow:auto;max-height:36rem;content-visibility:auto;
 border:1px solid var(--line);border-radius:6px}
table.sortable{border-collapse:collapse;width:100%;font-size:.85rem}
table.sortable th{position:sticky;top:0;background:#f1f5f9;text-align:left;
 border-bottom:1px solid #cbd5e1;padding:0;white-space:nowrap}
table.sortable th button{all:unset;cursor:pointer;display:block;padding:.35rem .5rem;
 font-weight:600}
table.sortable th button::after{content:" ↕";color:#94a3b8;font-weight:normal}
table.sortable th[aria-sort=ascending] button::after{content:" ▲";color:var(--fg)}
table.sortable th[aria-sort=descending] button::after{content:" ▼";color:var(--fg)}
table.sortable td{padding:.3rem .5rem;border-bottom:1px solid #f1f5f9;vertical-align:top}
table.sortable tbody tr:nth-child(even){background:#fafafa}
table.sortable tbody tr:hover{background:#eff6ff}
td.num,th.num{text-align:right;white-space:nowrap}
td.wide{min-width:22rem}
td.id{max-width:14rem;overflow-wrap:break-word;font-size:.8rem}
code.id{color:var(--muted);background:none;font-size:.75rem}
.bar{display:inline-block;height:8px;background:#c084fc;border-radius:2px;margin-right:.4rem}
.kind{padding:0 .35rem;border-radius:3px;color:#fff;background:#64748b;font-size:.8rem}
.kind.k-join{background:#2563eb}.kind.k-appointment{background:#059669}
.kind.k-departure{background:#dc2626}.kind.k-founding{background:#7c3aed}
.badge{font-size:.75rem;padding:0 .4rem;border-radius:9px;background:#e5e7eb}
.badge.st-ok{background:#dcfce7}.badge.st-warning{background:#fef3c7}
.badge.st-failed{background:#fee2e2}
article.doc{border-top:1px solid var(--line);padding:.5rem 0 1rem;content-visibility:auto}
article.doc h3{margin-bottom:.1rem}
article.doc .meta{margin:0;font-size:.8rem;color:var(--muted)}
.text,.evidence-only{max-width:52rem;line-height:1.9;font-size:.95rem;margin-top:.5rem}
mark.entity{padding:.05em .25em;border-radius:.3em;color:inherit;
 box-decoration-break:clone;-webkit-box-decoration-break:clone}
mark.entity .lab{font-size:.62em;font-weight:700;margin-left:.3em;vertical-align:.12em;
 opacity:.7;letter-spacing:.02em}
mark.trigger{font-weight:600}
.ev{background:linear-gradient(transparent 70%,#fef3c7 70%);border-radius:2px}
.ev:target,mark:target{outline:3px solid #f59e0b;outline-offset:2px;background-color:#fff7d6}
.pt:target::before{content:"▶";color:#f59e0b}
.flash{animation:flash 1.2s ease-out}
@keyframes flash{from{box-shadow:0 0 0 6px rgba(245,158,11,.6)}to{box-shadow:0 0 0 0 transparent}}
ol.evidence{padding-left:2.2rem;margin:.3rem 0}
ol.evidence li{margin:.3rem 0;background:none}
.why{font-size:.75rem;color:var(--muted);display:block;line-height:1.3}
.ent-list .why{display:inline}
"""

_SCRIPT = """
(function () {
  "use strict";
  var collator = new Intl.Collator("fr", {numeric: true, sensitivity: "base"});
  function fold(s) {
    return s.normalize("NFD").replace(/[\\u0300-\\u036f]/g, "").toLowerCase();
  }
  function value(row, i) {
    var cell = row.cells[i];
    var v = cell.getAttribute("data-sort");
    return v !== null ? v : cell.textContent.trim();
  }
  Array.prototype.forEach.call(document.querySelectorAll("table.sortable"), function (table) {
    var heads = table.tHead.rows[0].cells;
    Array.prototype.forEach.call(heads, function (th, i) {
      th.querySelector("button").addEventListener("click", function () {
        var numeric = th.getAttribute("data-type") === "num";
        var dir = th.getAttribute("aria-sort") === "ascending" ? -1 : 1;
        Array.prototype.forEach.call(heads, function (h) { h.removeAttribute("aria-sort"); });
        th.setAttribute("aria-sort", dir === 1 ? "ascending" : "descending");
        var body = table.tBodies[0];
        var rows = Array.prototype.slice.call(body.rows);
        rows.sort(function (a, b) {
          var x = value(a, i), y = value(b, i);
          if (numeric) {
            x = parseFloat(x); y = parseFloat(y);
            x = isNaN(x) ? -Infinity : x; y = isNaN(y) ? -Infinity : y;
            return x === y ? 0 : dir * (x < y ? -1 : 1);
          }
          return dir * collator.compare(x, y);
        });
        rows.forEach(function (r) { body.appendChild(r); });
      });
    });
  });
  Array.prototype.forEach.call(document.querySelectorAll("input.filter"), function (input) {
    var table = document.getElementById(input.getAttribute("data-table"));
    var count = document.getElementById(input.getAttribute("data-count"));
    var rows = table.tBodies[0].rows;
    var texts = null;
    input.addEventListener("input", function () {
      if (texts === null) {
        texts = new Map();
        Array.prototype.forEach.call(rows, function (r) { texts.set(r, fold(r.textContent)); });
      }
      var words = fold(input.value).split(/\\s+/).filter(Boolean);
      var shown = 0;
      Array.prototype.forEach.call(rows, function (r) {
        var t = texts.get(r);
        var ok = words.every(function (w) { return t.indexOf(w) >= 0; });
        r.hidden = !ok;
        if (ok) { shown += 1; }
      });
      count.textContent = words.length ? shown + " of " + rows.length + " rows"
                                       : rows.length + " rows";
    });
  });
  function reveal() {
    var id = location.hash.slice(1);
    try { id = decodeURIComponent(id); } catch (e) { return; }
    var el = id ? document.getElementById(id) : null;
    if (!el) { return; }
    for (var p = el.parentElement; p; p = p.parentElement) {
      if (p.tagName === "DETAILS") { p.open = true; }
    }
    el.classList.remove("flash");
    void el.offsetWidth;
    el.classList.add("flash");
  }
  window.addEventListener("hashchange", reveal);
  reveal();
})();
"""
