"""Which research topics an article names, mapped to a canonical taxonomy.

* **Matching**: the aliases of ``resources/topics.yaml`` (French and English) are matched
  on folded words: lower case, accents and elisions removed, hyphens as spaces and plural
  endings stripped, so ``vaccins à ARN messager``, ``l'alignement`` and ``faible-à-forte``
  match their canonical forms. The longest alias wins. Ambiguous short forms (``IA``,
  ``ML``) count only when the article also names their domain in full; an alias written
  only in capitals matches only capitals (``n'ai`` is not ``AI``).
* **Context**: a one-word name needs a research sentence or a second mention, unless it
  is a learned discipline name (``astrophysique``, ``virologie``). Everyday words and
  phenomena (``santé publique``, ``dépistage``, ``changement climatique``) count only as
  the field or object of a researcher or a study (``chercheuse en santé publique``). A
  name inside a proper name counts only when that is a research unit's name (``Institut
  de virologie``; not ``Santé publique France`` nor the journal ``Nature Astronomy``).
* **Discovery**: phrases introduced by cues that name research (``travaille sur X``,
  ``recherche sur X``, ``spécialiste de X``, ``équipe dédiée à X``; see
  ``resources/topic_patterns.yaml``) and missing from the taxonomy are kept with
  ``source=pattern``, so the taxonomy can grow from real corpora.
* **Attribution**: ``holder`` names who works on a topic when the sentence says so
  (``Ma nouvelle équipe travaillera sur ...`` said by Jan Leike gives his team at Anthropic).
"""

from __future__ import annotations

import re
from collections import OrderedDict
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc, Span

from . import resources
from .errors import ResourceError
from .nlp import cite, sentences

if not Doc.has_extension("topics"):
    Doc.set_extension("topics", default=None)

_WORD = re.compile(r"\w+", re.UNICODE)


def fold_word(word: str) -> str:
    """Lower case, no accents, plural endings removed (``vaccins`` -> ``vaccin``)."""
    w = resources.plain(word)
    if len(w) > 3 and w[-1] in "sx" and not w.endswith(("ss", "us", "is")):
        w = w[:-1]
    if w == "oe":
        return w
    return w.replace("œ", "oe")


def words_of(text: str, offset: int = 0) -> list[tuple[str, int, int]]:
    """Folded words of ``text`` with their character offsets (plus ``offset``)."""
    return [(fold_word(m.group()), m.start() + offset, m.end() + offset)
            for m in _WORD.finditer(text)]


def _key(alias: str) -> tuple[str, ...]:
    return tuple(w for w, _, _ in words_of(alias))


# ---------------------------------------------------------------------- taxonomy


@dataclass(frozen=True)
class TopicEntry:
    id: str
    label_fr: str
    label_en: str
    parent: str
    aliases: tuple[str, ...]
    ambiguous: tuple[str, ...]

    @property
    def label(self) -> str:
        return self.label_fr or self.label_en


@dataclass(frozen=True)
class Taxonomy:
    topics: dict[str, TopicEntry]
    index: dict[tuple[str, ...], tuple[str, bool]]  # folded alias -> (topic id, ambiguous)
    by_first: dict[str, list[tuple[str, ...]]]  # first word -> aliases, longest first
    acronyms: frozenset[tuple[str, ...]] = frozenset()  # aliases only ever written in capitals
    punctuated: frozenset[tuple[str, ...]] = frozenset()  # aliases written with a comma

    def root(self, topic_id: str) -> str:
        seen = 0
        while self.topics[topic_id].parent and seen < 20:
            topic_id = self.topics[topic_id].parent
            seen += 1
        return topic_id


@lru_cache(maxsize=1)
def taxonomy() -> Taxonomy:
    """Load and validate ``topics.yaml``: unique ids, existing parents, no cycle, and no
    alias claimed by two topics."""
    name = "topics.yaml"
    data = resources.yaml_resource(name)
    if not isinstance(data, dict) or not isinstance(data.get("topics"), list):
        raise ResourceError(name, "needs a top-level 'topics' list")
    topics: dict[str, TopicEntry] = {}
    for n, item in enumerate(data["topics"], 1):
        tid = item.get("id") if isinstance(item, dict) else None
        if not tid or not isinstance(tid, str):
            raise ResourceError(name, f"topic #{n} has no id")
        if tid in topics:
            raise ResourceError(name, f"duplicate id {tid!r}")
        aliases = item.get("aliases") or {}
        if not isinstance(aliases, dict) or not all(
            isinstance(v, list) and all(isinstance(a, str) for a in v)
            for v in aliases.values() if v is not None
        ):
            raise ResourceError(name, f"topic {tid!r}: aliases must map fr/en to lists of strings")
        forms = [item.get("label_fr") or "", item.get("label_en") or ""]
        for lang in ("fr", "en"):
            forms.extend(aliases.get(lang) or [])
        topics[tid] = TopicEntry(
            id=tid,
            label_fr=item.get("label_fr") or "",
            label_en=item.get("label_en") or "",
            parent=item.get("parent") or "",
            aliases=tuple(dict.fromkeys(f for f in forms if f)),
            ambiguous=tuple(item.get("ambiguous") or ()),
        )
    index: dict[tuple[str, ...], tuple[str, bool]] = {}
    for t in topics.values():
        if t.parent and t.parent not in topics:
            raise ResourceError(name, f"topic {t.id!r} has unknown parent {t.parent!r}")
        for forms, amb in ((t.aliases, False), (t.ambiguous, True)):
            for alias in forms:
                key = _key(alias)
                if not key:
                    continue
                other = index.get(key)
                if other and other[0] != t.id:
                    raise ResourceError(
                        name, f"alias {alias!r} of {t.id!r} is already claimed by {other[0]!r}")
                if other is None or not amb:
                    index[key] = (t.id, amb)
    for t in topics.values():  # cycles
        seen, cur = set(), t.id
        while cur:
            if cur in seen:
                raise ResourceError(name, f"parent cycle through {t.id!r}")
            seen.add(cur)
            cur = topics[cur].parent
    by_first: dict[str, list[tuple[str, ...]]] = {}
    for key in sorted(index, key=len, reverse=True):
        by_first.setdefault(key[0], []).append(key)
    written: dict[tuple[str, ...], set[bool]] = {}
    for t in topics.values():
        for alias in (*t.aliases, *t.ambiguous):
            written.setdefault(_key(alias), set()).add(_is_acronym(alias))
    acronyms = frozenset(k for k, kinds in written.items() if kinds == {True})
    punctuated = frozenset(_key(a) for t in topics.values() for a in (*t.aliases, *t.ambiguous)
                           if _BREAK.search(a))
    return Taxonomy(topics, index, by_first, acronyms, punctuated)


# punctuation that ends a name: a comma, a full stop before a space, brackets, quotes
_BREAK = re.compile(r"[,;:!?()«»\"\n]|\.(?:\s|$)")


def _is_acronym(text: str) -> bool:
    """``IA``, ``LLM``, ``CRISPR``: capitals (and digits), no lower-case letter."""
    return any(c.isalpha() for c in text) and not any(c.islower() for c in text)


@dataclass(frozen=True)
class TopicPatterns:
    cues: tuple[tuple[str, ...], ...]
    holder_cues: tuple[tuple[str, ...], ...]
    generic_heads: frozenset[str]
    stop_words: frozenset[str]
    research_context: frozenset[str]
    research_units: tuple[tuple[str, ...], ...]
    portfolio_heads: frozenset[str]
    discipline_suffixes: tuple[str, ...]
    everyday_disciplines: frozenset[str]
    field_only: frozenset[tuple[str, ...]]
    field_cues: frozenset[str]
    modifiers: frozenset[str] = frozenset()
    weak_cues: frozenset[tuple[str, ...]] = frozenset()
    naming_cues: frozenset[tuple[str, ...]] = frozenset()

    def is_discipline(self, word: str) -> bool:
        """A learned one-word name of a discipline ("astrophysique", "virologie",
        "biomédecine"): a suffix after a prefix, and no common everyday sense."""
        w = fold_word(word)
        return w not in self.everyday_disciplines and any(
            w.endswith(s) and len(w) >= len(s) + 3 for s in self.discipline_suffixes)


@lru_cache(maxsize=1)
def topic_patterns() -> TopicPatterns:
    name = "topic_patterns.yaml"
    data = resources.yaml_resource(name)
    try:
        return TopicPatterns(
            cues=tuple(sorted((_key(c) for c in data["discovery_cues"]), key=len,
                              reverse=True)),
            holder_cues=tuple(_key(c) for c in data["holder_cues"]),
            generic_heads=frozenset(fold_word(w) for w in data["generic_heads"]),
            stop_words=frozenset(fold_word(w) for w in data["phrase_stop_words"]),
            research_context=frozenset(fold_word(w) for w in data["research_context"]),
            research_units=tuple(_key(u) for u in data["research_units"]),
            portfolio_heads=frozenset(fold_word(w) for w in data["portfolio_heads"]),
            discipline_suffixes=tuple(fold_word(w) for w in data["discipline_suffixes"]),
            everyday_disciplines=frozenset(fold_word(w) for w in data["everyday_disciplines"]),
            field_only=frozenset(_key(f) for f in data["field_only"]),
            field_cues=frozenset(fold_word(w) for w in data["field_cues"]),
            modifiers=frozenset(fold_word(w) for w in data["modifiers"]),
            weak_cues=frozenset(_key(c) for c in data["weak_discovery_cues"]),
            naming_cues=frozenset(_key(c) for c in data["naming_cues"]),
        )
    except (KeyError, TypeError) as exc:
        raise ResourceError(name, f"missing or invalid list: {exc}") from exc


# ---------------------------------------------------------------------- records


@dataclass(frozen=True)
class Topic:
    """One research topic of a document (a row of ``topics.csv``)."""

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
    surfaces: str


@dataclass
class _Hit:
    topic_id: str
    start: int
    end: int
    source: str
    ambiguous: bool = False
    in_context: bool = True
    label: str = ""
    holder: str = ""
    surfaces: list[str] = field(default_factory=list)
    one_noun: bool = False  # a single noun names a topic after this cue


# ---------------------------------------------------------------------- matching


def match_taxonomy(words: list[tuple[str, int, int]], tax: Taxonomy,
                   text: str | None = None, modifiers: frozenset[str] = frozenset()
                   ) -> Iterator[_Hit]:
    """Taxonomy aliases in ``words`` (longest first); with ``text`` (the string the offsets
    point into), an alias written only in capitals matches only text in capitals. Up to
    two ``modifiers`` may stand after the first word of an alias of several words
    ("vaccins expérimentaux anti-Covid-19" is "vaccins anti-Covid-19")."""
    i = 0
    n = len(words)
    while i < n:
        for key in tax.by_first.get(words[i][0], ()):
            end = _alias_end(words, i, key, modifiers)
            if not end:
                continue
            if key in tax.acronyms and text is not None and not _is_acronym(
                    text[words[i][1]:words[end - 1][2]]):
                continue  # "n'ai" is not "AI", "step" is not "STEP"
            if text is not None and key not in tax.punctuated and _BREAK.search(
                    text[words[i][1]:words[end - 1][2]]):
                continue  # "des rayons, cosmiques ou non": not one name across a comma
            tid, amb = tax.index[key]
            yield _Hit(tid, words[i][1], words[end - 1][2], "taxonomy", amb)
            i = end
            break
        else:
            i += 1


def _alias_end(words: list[tuple[str, int, int]], i: int, key: tuple[str, ...],
               modifiers: frozenset[str]) -> int:
    """The index after alias ``key`` read at word ``i`` (whose word is ``key[0]``), as
    written or with up to two ``modifiers`` after its first word; 0 when it is not there."""
    k = len(key)
    skip = 0
    while k > 1 and skip < 2 and i + 1 + skip < len(words) and \
            words[i + 1 + skip][0] in modifiers and words[i + 1 + skip][0] != key[1]:
        skip += 1
    for gap in dict.fromkeys((0, skip)):
        end = i + k + gap
        if end <= len(words) and tuple(w for w, _, _ in words[i + 1 + gap:end]) == key[1:]:
            return end
    return 0


def discover(words: list[tuple[str, int, int]], text: str, pats: TopicPatterns,
             covered: list[tuple[int, int]]) -> Iterator[_Hit]:
    """Noun phrases after research cues (``recherche sur X``) not in the taxonomy."""
    n = len(words)
    firsts = {cue[0] for cue in pats.cues}
    for i in range(n):
        if words[i][0] not in firsts:
            continue  # no cue starts here (checked first: the loop below is slow)
        for cue in pats.cues:
            k = len(cue)
            if tuple(w for w, _, _ in words[i:i + k]) != cue:
                continue
            j = i + k
            while j < n and words[j][0] in ("le", "la", "l", "les", "de", "du", "des", "d",
                                            "un", "une", "ce", "cette", "se"):
                j += 1
            phrase = []
            m = j
            while m < n and len(phrase) < 5:
                w, s, e = words[m]
                between = text[words[m - 1][2]:s] if m > j else ""
                if m > j and any(c in between for c in ",.;:()!?«»\"\n"):
                    break
                if w in pats.stop_words:
                    break
                phrase.append(m)
                m += 1
            while phrase and words[phrase[-1]][0] in ("de", "du", "des", "d", "la", "le", "l",
                                                     "les", "a", "au", "aux", "en", "et"):
                phrase.pop()
            if not phrase:
                continue
            start, end = words[phrase[0]][1], words[phrase[-1]][2]
            surface = text[start:end]
            if words[phrase[0]][0] in pats.generic_heads or not surface[:1].isalpha():
                continue
            if any(s < end and start < e for s, e in covered):
                continue
            label = surface.lower()
            yield _Hit("new:" + "_".join(words[p][0] for p in phrase), start, end, "pattern",
                       label=label, in_context=cue not in pats.weak_cues,
                       one_noun=cue in pats.naming_cues)
            break


def _holder(sent: Span, start: int, pats: TopicPatterns, text: str) -> str:
    """Who works on the topic at ``start`` in ``sent``, when the sentence says so."""
    doc = sent.doc
    before = words_of(text[sent.start_char:start], sent.start_char)
    folded = [w for w, _, _ in before]
    cue_at = -1
    for cue in pats.holder_cues:
        k = len(cue)
        for i in range(len(folded) - k, -1, -1):
            if tuple(folded[i:i + k]) == cue:
                cue_at = max(cue_at, before[i][1])
                break
    if cue_at < 0:
        return ""
    person = org = ""
    team = False
    from .moves import view_of

    for ent in view_of(sent.doc).ents_in(sent):
        if ent.start_char >= cue_at:
            break
        if ent.label_ == "PER":
            person = ent.id_ or ent.text
        elif ent.label_ == "ORG":
            org = ent.id_ or ent.text
    left = text[sent.start_char:cue_at].lower()
    team = any(w in left for w in ("équipe", "equipe", "laboratoire", "labo", "groupe de"))
    first_person = bool(re.search(r"\b(ma|mon|mes|notre|nos|je|j')\b", left))
    possessive = bool(re.search(r"\b(sa|son|ses|leur)\b", left))
    if not person and (first_person or possessive):
        person = _speaker_or_focus(sent, first_person)
    if not person and not org:
        return ""
    if team and person:
        where = f" ({org})" if org else ""
        return f"équipe de {person}{where}"
    if person:
        return person + (f" ({org})" if org else "")
    return org


def _speaker_or_focus(sent: Span, first_person: bool) -> str:
    from .moves import _speaker, view_of

    view = view_of(sent.doc)
    if first_person:
        return _speaker(sent[0], view)
    return view.focus_person(sent.start)


# ---------------------------------------------------------------------- extraction


def extract_topics(doc: Doc) -> Iterator[Topic]:
    """Research topics of a document, one record per topic, first mention as evidence."""
    tax = taxonomy()
    pats = topic_patterns()
    sents = sentences(doc)
    text = doc.text  # built once: Doc.text joins every token on each call
    hits: list[tuple[_Hit, Span]] = []
    for sent in sents:
        words = words_of(sent.text, sent.start_char)
        context = any(w in pats.research_context for w, _, _ in words)
        found = [h for h in match_taxonomy(words, tax, text, pats.modifiers)
                 if not _adjective_use(doc, h) and not _inside_name(doc, h, pats)
                 and not _portfolio(words, h, pats)]
        for h in found:
            h.in_context = context
        found = [h for h in found if _named_as_field(words, h, pats)]
        covered = [(h.start, h.end) for h in found]
        found.extend(h for h in discover(words, text, pats, covered)
                     if (h.in_context or context) and _plausible_discovery(doc, h))
        for h in found:
            hits.append((h, sent))
    if not hits:
        return
    roots_named = {tax.root(h.topic_id) for h, _ in hits
                   if h.source == "taxonomy" and not h.ambiguous}
    by_topic: OrderedDict[str, list[tuple[_Hit, Span]]] = OrderedDict()
    for h, sent in sorted(hits, key=lambda x: x[0].start):
        if h.ambiguous and tax.root(h.topic_id) not in roots_named:
            continue
        by_topic.setdefault(h.topic_id, []).append((h, sent))
    for tid in list(by_topic):
        # a one-word name needs a research sentence or a second mention, unless it is the
        # learned name of a discipline ("astrophysique", "virologie")
        items = by_topic[tid]
        if len(items) < 2 and all(
            not h.in_context and " " not in text[h.start:h.end].strip()
            and not pats.is_discipline(text[h.start:h.end]) for h, _ in items
        ):
            del by_topic[tid]
    _merge_into_descendants(text, by_topic, tax)
    for tid, items in by_topic.items():
        first, sent = _evidence(text, tid, items, tax)
        holder = ""
        for h, s in items:
            holder = _holder(s, h.start, pats, text)
            if holder:
                break
        surfaces = list(dict.fromkeys(cite(doc, h.start, h.end) for h, _ in items))
        if first.source == "taxonomy":
            entry = tax.topics[tid]
            label, parent = entry.label, entry.parent
        else:
            label, parent = first.label, ""
        yield Topic(
            topic_id=tid,
            label=label,
            parent_id=parent,
            matched_text=cite(doc, first.start, first.end),
            n_mentions=len(items),
            source=first.source,
            holder=holder,
            sentence=cite(doc, sent.start_char, sent.end_char).strip(),
            start_char=first.start,
            end_char=first.end,
            surfaces=" | ".join(surfaces),
        )


def _named_as_field(words: list[tuple[str, int, int]], hit: _Hit, pats: TopicPatterns
                    ) -> bool:
    """A name with a common everyday sense ("santé publique", "dépistage", "chimie") or a
    phenomenon ("changement climatique") counts only as the field or object of a researcher,
    a unit or a study: "chercheur en santé publique", "professeur de chimie", "étudier le
    changement climatique". Such a cue makes the mention a research one (``in_context``)."""
    at = next((i for i, (_, s, _) in enumerate(words) if s == hit.start), None)
    if at is None:
        return True
    end = next((i for i, (_, _, e) in enumerate(words) if e == hit.end), at)
    if tuple(w for w, _, _ in words[at:end + 1]) not in pats.field_only:
        return True
    if any(w in pats.field_cues for w, _, _ in words[max(0, at - 4):at]):
        hit.in_context = True
        return True
    return False


def _portfolio(words: list[tuple[str, int, int]], hit: _Hit, pats: TopicPatterns) -> bool:
    """A name right after a government title is a portfolio ("ministre de l'Écologie",
    "secrétaire d'État chargée du Numérique"), not research."""
    at = next((i for i, (_, s, _) in enumerate(words) if s == hit.start), None)
    if at is None:
        return False
    k = at - 1
    while k >= 0 and at - k <= 3 and words[k][0] in _LINKS:
        k -= 1
    return k >= 0 and k < at - 1 and words[k][0] in pats.portfolio_heads


def _adjective_use(doc: Doc, hit: _Hit) -> bool:
    """A one-word alias used as an adjective ("tests génétiques", "lois physiques")."""
    span = doc.char_span(hit.start, hit.end, alignment_mode="expand")
    return span is not None and len(span) == 1 and span[0].pos_ == "ADJ"


def _inside_name(doc: Doc, hit: _Hit, pats: TopicPatterns) -> bool:
    """A topic word inside a name ("Santé publique France", the journal "Nature Astronomy")
    names the organisation or the work, not the research; but the name of a research unit
    ("Institut de virologie", "Groupe de recherche en épistémologie") names its field."""
    span = doc.char_span(hit.start, hit.end, alignment_mode="expand")
    if span is None:
        return False
    for e in doc.ents:
        if not (e.start <= span.start and span.end <= e.end and len(e) > len(span)
                and e.label_ in ("ORG", "PER", "LOC", "MISC")):
            continue
        if (e.label_ == "ORG" and _names_research_unit(doc.text[e.start_char:hit.start], pats)
                and fold_word(span[0].text) not in pats.generic_heads):
            continue  # "Institut de virologie", not "Institut de recherche spatiale"
        return True
    return False


_LINKS = frozenset({"de", "d", "du", "des", "en", "sur", "of", "la", "le", "l", "les"})


def _names_research_unit(head: str, pats: TopicPatterns) -> bool:
    """``head`` (the name up to the topic) is a research unit, at most two qualifiers and
    a preposition ("Institut de", "Institut national de", "Groupe de recherche sur les"):
    the topic is the unit's field. ("Institut ... pour la santé publique" is an agency.)"""
    words = tuple(w for w, _, _ in words_of(head))
    for u in pats.research_units:
        if words[:len(u)] != u:
            continue
        rest = list(words[len(u):])
        links = 0
        while rest and rest[-1] in _LINKS:
            rest.pop()
            links += 1
        if links and len(rest) <= 2 and not any(w in _LINKS or w in pats.stop_words
                                                for w in rest):
            return True
    return False


def _plausible_discovery(doc: Doc, hit: _Hit) -> bool:
    """A discovered phrase must be a common-noun phrase without names in it, of two words
    or more unless its cue names a field of research (``naming_cues``: "la recherche contre
    les myopathies") or the word is a discipline's name. It ends before its first verb
    ("l'étude sur l'hydroxychloroquine aurait pu ..." gives "hydroxychloroquine"); ``hit``
    is shortened to match."""
    span = doc.char_span(hit.start, hit.end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    if span[0].pos_ != "NOUN" or span[0].text[:1].isupper():
        return False
    # before its first verb, or adverb in -ment ("spécialiste des éléphants mondialement
    # reconnu"; the small model tags some adjectives as adverbs: "signaux précurseurs")
    cut = next((i for i, t in enumerate(span) if i and (t.pos_ in ("VERB", "AUX") or (
        t.pos_ == "ADV" and t.lower_.endswith("ment")))), len(span))
    while cut > 1 and span[cut - 1].pos_ in ("ADP", "DET", "CCONJ", "PUNCT"):
        cut -= 1
    if cut < len(span):
        span = span[:cut]
        hit.end = span.end_char
        hit.label = span.text.lower()
        hit.topic_id = "new:" + "_".join(w for w, _, _ in words_of(span.text))
    if any(t.ent_type_ for t in span):
        return False
    return len([t for t in span if t.is_alpha]) >= 2 or hit.one_noun or span[0].text.lower(
        ).endswith(("logie", "graphie", "nomie", "métrie", "tique", "sophie"))


def _merge_into_descendants(text: str, by_topic: OrderedDict[str, list[tuple[_Hit, Span]]],
                            tax: Taxonomy) -> None:
    """"interprétabilité" in a document that names "interprétabilité mécaniste" is a short
    form of the narrower topic: its mentions join the narrower topic's record."""
    ids = list(by_topic)
    for tid in ids:
        for other in ids:
            if other == tid or other not in by_topic or tid not in by_topic:
                continue
            if not _is_ancestor(tax, tid, other):
                continue
            short = {fold_text(text[h.start:h.end]) for h, _ in by_topic[tid]}
            long = {fold_text(text[h.start:h.end]) for h, _ in by_topic[other]}
            if all(any(f" {a} " in f" {b} " for b in long) for a in short):
                by_topic[other].extend(by_topic.pop(tid))
                by_topic[other].sort(key=lambda x: x[0].start)


def _is_ancestor(tax: Taxonomy, ancestor: str, topic_id: str) -> bool:
    cur, seen = tax.topics.get(topic_id), 0
    while cur is not None and cur.parent and seen < 20:
        if cur.parent == ancestor:
            return True
        cur, seen = tax.topics.get(cur.parent), seen + 1
    return False


def fold_text(text: str) -> str:
    return " ".join(w for w, _, _ in words_of(text))


def _evidence(text: str, tid: str, items: list[tuple[_Hit, Span]], tax: Taxonomy
              ) -> tuple[_Hit, Span]:
    """The mention shown as evidence: one written as the topic's name if there is one
    ("climatologie" rather than "sciences du climat"), else the first unambiguous one."""
    clear = [(h, s) for h, s in items if not h.ambiguous] or items
    entry = tax.topics.get(tid)
    if entry is not None:
        names = {fold_text(entry.label_fr), fold_text(entry.label_en)}
        for h, s in clear:
            if fold_text(text[h.start:h.end]) in names:
                return h, s
    return clear[0]


class TopicExtractor:
    """spaCy component ``frnews_topics``: sets ``doc._.topics``."""

    def __init__(self, nlp: Language, name: str, *, discovery: bool = True) -> None:
        self.name = name
        self.discovery = discovery
        taxonomy()
        topic_patterns()

    def __call__(self, doc: Doc) -> Doc:
        topics = list(extract_topics(doc))
        if not self.discovery:
            topics = [t for t in topics if t.source != "pattern"]
        doc._.topics = topics
        return doc


@Language.factory("frnews_topics", default_config={"discovery": True},
                  requires=["doc.ents"], assigns=["doc._.topics"])
def make_topic_extractor(nlp: Language, name: str, *, discovery: bool) -> TopicExtractor:
    return TopicExtractor(nlp, name, discovery=discovery)


def discovered_report(out_dir: str | Path, top: int = 30) -> str:
    """The most frequent topics found by patterns (``source=pattern``) in a run."""
    from .tables import read_table

    df = read_table(Path(out_dir) / "topics.csv")
    found = df[df["source"] == "pattern"]
    if found.empty:
        return "no discovered topics (source=pattern) in this run"
    counts = (found.groupby("label").agg(documents=("doc_id", "nunique"),
                                         mentions=("n_mentions", "sum"))
              .sort_values(["documents", "mentions"], ascending=False).head(top))
    return counts.to_string()
