"""Entities that are right: repair the model's spans, add the gazetteer, canonicalise.

The component ``frnews_entities`` runs after the statistical ``ner``:

1. **Repairs**: elided clitics and stray words are stripped from span starts (``l'``,
   ``qu'OpenAI``), spans stop at line breaks, spans that are function words, lowercase
   common nouns or listed non-entities (``IA``, ``PDG``) are dropped.
2. **Gazetteer**: organisation names and aliases (``@AnthropicAI``) from
   ``resources/organisations.jsonl`` override the model; ambiguous ones (``Orange``) need
   an organisation context.
3. **People**: a known given name followed by capitalised words, or a title (``M.``,
   ``Mme``) followed by one, is a person; person spans are extended over name particles.
4. **Labels from context**: ``chez X``, ``le groupe X``, ``rejoindre X``, ``X a annoncé``,
   name shapes (``OpenAI``, ``... Labs``) make an organisation.
5. **Within the document**: short forms resolve to the full name (``Leike`` is ``Jan
   Leike``, ``M. Moreau`` is ``Nicolas Moreau``, an acronym introduced in brackets is its
   long form), mentions the model missed are added, and each name gets one label.

``doc.ents`` is replaced by the result (each span's ``id_`` is its canonical name) and
``doc._.entities`` holds :class:`EntityMention` records.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token

from . import resources
from .dates import is_time_word
from .nlp import (
    adjective_like,
    before_adjectives,
    cite,
    compound,
    compound_ending_at,
    quoted_name,
    sentences,
)

if not Doc.has_extension("entities"):
    Doc.set_extension("entities", default=None)

LABELS = ("PER", "ORG", "LOC", "MISC")
_CAMEL = re.compile(r"[a-z][A-Z]|^[A-Z]{2,}[a-z]")
_FUNCTION_POS = {"VERB", "AUX", "ADV", "PRON", "DET", "ADP", "CCONJ", "SCONJ", "INTJ"}
_ACRONYM = re.compile(r"^[A-ZÀ-Ý][A-ZÀ-Ý0-9&\-]{1,9}$")
# Sources, from the weakest to the strongest claim on a span.
_PRIORITY = {"model": 1, "rule": 2, "gazetteer": 3, "cue": 50}


@dataclass(frozen=True)
class EntityMention:
    """One entity mention, its canonical name within the document and its provenance."""

    text: str
    label: str
    canonical: str
    start_char: int
    end_char: int
    sentence_index: int
    source: str
    entity_id: str


_INITIAL = re.compile(r"^[A-ZÀ-Ý][a-z]?\.$")  # "J.", "Ch." in a name
# An ordinal written in figures that opens a name ("21st Century Fox", "5e République").
_ORDINAL = re.compile(r"\d+(?:st|nd|rd|th|e|ème)")
_ARTICLES = frozenset({"le", "la", "les", "l'"})
_PLACE_PREPOSITIONS = frozenset({"à", "au", "aux", "en", "dans", "vers", "depuis"})


@dataclass
class _Cand:
    start: int
    end: int
    label: str
    source: str
    canonical: str = ""

    @property
    def length(self) -> int:
        return self.end - self.start


def _ends_locution(doc: Doc, i: int, locutions: tuple[tuple[str, ...], ...]) -> int:
    """How many words the locution that token ``i`` ends has ("en ligne": 2); 0 when it
    ends none of ``locutions``."""
    for words in locutions:
        first = i - len(words) + 1
        if first >= 0 and tuple(t.lower_ for t in doc[first:i + 1]) == words:
            return len(words)
    return 0


class EntityFixer:
    """spaCy component ``frnews_entities``: see the module docstring."""

    def __init__(
        self, nlp: Language, name: str, *, use_gazetteer: bool = True, propagate: bool = True
    ) -> None:
        self.name = name
        self.rules = resources.entity_rules()
        self.first_names = resources.first_names()
        self.use_gazetteer = use_gazetteer
        self.propagate = propagate
        self.matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
        # gazetteer patterns by their tokens (a match is looked up by its tokens, so
        # spacing inside it does not matter): canonical name and ambiguity
        self.patterns: dict[tuple[str, ...], tuple[str, bool]] = {}
        self.canonical_of: dict[str, str] = {}
        if use_gazetteer:
            orgs = resources.organisations()
            docs = list(nlp.tokenizer.pipe([o.pattern for o in orgs]))
            for org, pattern_doc in zip(orgs, docs, strict=True):
                self.patterns[tuple(t.text for t in pattern_doc)] = (org.canonical, org.ambiguous)
                self.canonical_of[org.pattern] = org.canonical
            self.matcher.add("ORG", docs)
            # "des Républicains", "aux Verts": a plural name whose article is contracted
            contracted = []
            for org, pattern_doc in zip(orgs, docs, strict=True):
                words = tuple(t.text for t in pattern_doc)
                if len(words) >= 2 and words[0] == "Les" and words[1:] not in self.patterns:
                    self.patterns[words[1:]] = (org.canonical, org.ambiguous)
                    contracted.append(pattern_doc[1:].as_doc())
            if contracted:
                self.matcher.add("ORG_CONTRACTED", contracted)
            # names of several words in another case ("la République en Marche")
            self.lower_patterns: dict[tuple[str, ...], str] = {}
            lowered = []
            for org, pattern_doc in zip(orgs, docs, strict=True):
                key = tuple(t.lower_ for t in pattern_doc)
                if len(pattern_doc) >= 2 and not org.ambiguous and key not in self.lower_patterns:
                    self.lower_patterns[key] = org.canonical
                    lowered.append(pattern_doc)
            self.lower_matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
            if lowered:
                self.lower_matcher.add("ORG", lowered)

    # ------------------------------------------------------------------ component API

    def __call__(self, doc: Doc) -> Doc:
        cands = self.match(doc)
        self.set_annotations(doc, cands)
        return doc

    def match(self, doc: Doc) -> list[_Cand]:
        """All candidate spans, resolved into non-overlapping, canonicalised entities."""
        model_spans = [c for c in (self._repair(doc, ent) for ent in doc.ents) if c]
        model_spans = [part for c in model_spans for part in self._two_people(doc, c)]
        model_spans = [part for c in model_spans for part in self._institution(doc, c)]
        cands = list(model_spans)
        if self.use_gazetteer:
            gaz = list(self._gazetteer(doc, model_spans))
            # a longer organisation name around a known one stays whole
            # ("Allianz France", "Institut Pasteur de Lille")
            longer = [m for m in model_spans if m.label == "ORG"]
            gaz = [g for g in gaz if not any(
                m.start <= g.start and g.end <= m.end and m.length > g.length for m in longer
            )]
            cands.extend(gaz)
        cands.extend(self._people(doc))
        cands.extend(self._cued_orgs(doc, cands))
        cands.extend(self._acronym_long_forms(doc, cands))
        chosen = self._local_branches(doc, _resolve(cands))
        for cand in chosen:
            if cand.source != "gazetteer":
                self._relabel_from_context(doc, cand)
        self._surnames_as_people(doc, chosen)
        if self.propagate:
            chosen = _resolve(chosen + list(self._propagated(doc, chosen)))
        self._canonicalise(doc, chosen)
        return chosen

    def set_annotations(self, doc: Doc, cands: list[_Cand]) -> None:
        doc.ents = [
            Span(doc, c.start, c.end, label=c.label, span_id=c.canonical) for c in cands
        ]
        doc._.entities = list(mentions(doc, cands))

    # ------------------------------------------------------------------ repairs

    def _repair(self, doc: Doc, ent: Span) -> _Cand | None:
        rules = self.rules
        start, end = ent.start, ent.end
        for i in range(start, end):  # a span never crosses a line break
            if doc[i].is_space or "\n" in doc[i].text:
                end = i
                break
            if i > start and doc[i].text[0] == "-" and doc[i - 1].whitespace_ and (
                    doc[i].text[1:2].isalpha() or (doc[i].text == "-" and not doc[i].whitespace_
                                                   and i + 1 < len(doc))):
                end = i  # nor an agency's inline heading ("à la Sécurité nationale
                break  # -Limogé en septembre": "- Titre -" glued to the next paragraph)
        while start < end and (
            (doc[start].lower_ in rules.elided_clitics and not (
                # a name's own prefix: "N'Golo Kanté", "N'Djamena" (not "N'hésitez pas")
                doc[start].text in ("N'", "N’", "M'", "M’") and not doc[start].is_sent_start
                and not doc[start].whitespace_ and start + 1 < end
                and doc[start + 1].text[:1].isupper()))
            or (doc[start].text in rules.leading_words_to_strip)
            or (start + 1 < end and _ends_locution(doc, start, rules.adverbial_locutions) > 0)
            or doc[start].is_punct
            or doc[start].is_space
            or not any(c.isalnum() for c in doc[start].text)  # "►", "•"
        ):
            start += 1
        trimmed = -1
        while trimmed != end:
            trimmed = end
            if ent.label_ != "PER" and end - start > 1 and end < len(doc) and \
                    doc[end - 1].lower_ in ("de", "du", "des", "d'", "d’") and \
                    doc[start].text[:1].isupper() and \
                    doc[start].lower_ not in rules.role_heads and \
                    doc[start].lower_ not in rules.title_heads and \
                    doc[end].ent_type_ == "LOC" and \
                    self._is_name_word(doc[end], company_ok=False):
                # an organisation cut before the place in its name ("Institut de recherche
                # mathématique de" + "Rennes"): the name runs on
                end = self._name_end(doc, end)
                break
            while end > start and (doc[end - 1].is_punct or doc[end - 1].is_space) and not (
                doc[end - 1].text == "."
                or (doc[end - 1].text == ")" and "(" in doc[start:end].text)
            ):
                end -= 1
            # a verb swallowed at the end ("Moreau sourit", "Leike sourit"), or the words
            # that open the next phrase ("le groupe Renaissance à l'Assemblée")
            while end - start > 1 and (
                (doc[end - 1].pos_ in ("VERB", "AUX") and not (  # not "Kanté", "Est"
                    doc[end - 1].text[:1].isupper() and doc[end - 1].text[1:].islower()))
                or (doc[end - 1].pos_ in ("ADP", "DET", "CCONJ", "SCONJ")
                    and doc[end - 1].text[:1].islower())
                or doc[end - 1].lower_ in rules.elided_clitics  # "Biden - L'"
                or (ent.label_ == "PER" and doc[end - 1].text[:1].islower()
                    and doc[end - 1].text not in rules.name_particles)
                or (doc[end - 1].text[:1].islower() and doc[end - 1].pos_ != "ADJ"
                    and doc[end - 2].text[:1].isupper())
                or self._time_tail(doc, start, end)
            ):
                end -= 1
        if start >= end:
            return None
        if ent.label_ == "PER":
            # a headline glued to its text ("Covid-19.- Brésil", "Caixa.- Comorbidités"):
            # the name starts after the sentence end inside the span
            for k in range(end - 2, start - 1, -1):
                text = doc[k].text
                if (text.endswith(".-") or text in (".-", ".")) or (
                    text.endswith(".") and len(text) > 2 and text not in rules.person_titles
                    and not _INITIAL.match(text)
                ):
                    start = k + 1
                    break
        if start >= end:
            return None
        if ent.label_ == "PER" and any(c.isdigit() for t in doc[start:end] for c in t.text):
            return None  # "► 19 ANS": a heading, not a name
        if doc[start].text in rules.indefinite_openers and doc[start].is_sent_start and \
                end - start > 2 and not any(t.text[:1].isupper() for t in doc[start + 1:end]):
            return None  # "Un conseiller scientifique du gouvernement britannique": a
            # description opening a sentence, with no name in it
        if ent.label_ == "PER" and end - start >= 2 and doc[start].is_sent_start and \
                doc[start].lower_.endswith("ment") and doc[start].text not in self.first_names:
            start += 1  # "Rapidement Néguine": an adverb opening the sentence
        if ent.label_ == "PER":  # "Marc-Antoine Girard" cut to "Antoine Girard"
            while start >= 2 and doc[start - 1].text == "-" and not doc[start - 1].whitespace_ \
                    and not doc[start - 2].whitespace_ and doc[start - 2].text[:1].isupper():
                start -= 2
        if ent.label_ == "PER":  # "Philippe Cléac'h" cut at the apostrophe of its "c'h"
            end = self._glued_after_apostrophe(doc, end)
        if ent.label_ in ("PER", "ORG"):  # "Éric Dupond-Moretti" cut to "Éric Dupond"
            while end + 1 < len(doc) and doc[end].text == "-" and not doc[end - 1].whitespace_ \
                    and not doc[end].whitespace_ and doc[end + 1].text[:1].isupper():
                end += 2
        if ent.label_ in ("ORG", "MISC") and start > 0 and start == ent.start and \
                _ORDINAL.fullmatch(doc[start - 1].text) and doc[start].text[:1].isupper():
            start -= 1  # "21st Century Fox", "20th Century Studios": the ordinal opens it
        cue_end = self._cue_prefix_end(doc, start, end)
        if cue_end:  # "start-up Molotov" tagged as a place: the name after the noun
            start, label = cue_end, "ORG"
        elif ent.label_ == "ORG" and end - start > 2 and (
            doc[start].lower_ in rules.role_heads or doc[start].text in rules.role_heads
        ) and doc[start + 1].lower_ in ("de", "du", "des", "d'"):
            start += 2  # "Président du Conseil scientifique" -> "Conseil scientifique"
        elif ent.label_ == "PER" and end - start >= 3 and (
            doc[start].lower_ in rules.role_heads or doc[start].text in rules.role_heads
        ) and doc[start + 1].lower_ in ("de", "du", "des", "d'"):
            return None  # "Président du Kosovo": a title, not a name
        elif ent.label_ in ("PER", "MISC") and end - start >= 3 and \
                doc[start].lower_ in rules.event_heads and \
                doc[start + 1].lower_ in ("de", "d'", "d’") and doc[start + 2].text[:1].isupper():
            start += 2  # "Démission de Collomb" (a headline) -> "Collomb"
        span = doc[start:end]
        text = span.text
        if text in rules.never_entities or sum(c.isalnum() for c in text) < 2:
            return None
        if _shouted(doc, start, end):
            return None  # "JE NE QUITTE PAS LA POLITIQUE FRANÇAISE": a heading in capitals
        if not any(c.isupper() or c.isdigit() for c in text):
            return None  # "humanité", "français": common words
        if end - start == 1 and doc[start].pos_ in _FUNCTION_POS and _starts_clause(doc[start]):
            return None  # "Permettre", "Selon" capitalised at a sentence or item start
        if end - start == 1 and _starts_clause(doc[start]) and end < len(doc) and \
                doc[end].text == "," and doc[start].lower_.endswith(("é", "ée", "és", "ées")):
            return None  # "Contacté, le groupe n'a pas répondu": a participle, not a name
        if all(t.is_stop or t.is_punct for t in span):
            return None
        if ent.label_ in ("LOC", "MISC", "ORG") and self._after_title(doc, start):
            return None  # "ministre du Travail": part of a title, not a place
        if end - start == 1 and end < len(doc) and doc[start].lower_ in ("haut", "haute") \
                and doc[end].lower_ in self.rules.title_heads:
            return None  # "Haut commissaire": a title
        if end - start > 2 and doc[start].lower_ in ("le", "la", "l'", "l’") and \
                doc[start + 1].lower_.removeprefix("ex-") in self.rules.title_heads:
            start += 1  # "Le ministre de l'Économie" opening a sentence: a title
        head = doc[start].lower_.removeprefix("ex-")
        if head in self.rules.title_heads or head == "premier" and (
                end - start == 1 or doc[start + 1].lower_ == "ministre"):
            # "ministre du Travail" tagged as an organisation; the name closing it is a
            # person's ("l'ex-Premier ministre kosovar Ramush Haradinaj")
            name = end
            while name > start + 1 and (doc[name - 1].text[:1].isupper()
                                        or doc[name - 1].text in rules.name_particles):
                name -= 1
            if end - name >= 2 and doc[name - 1].text[:1].islower() \
                    and doc[name - 1].lower_ not in ("de", "du", "des", "d'") \
                    and doc[name].text[:1].isupper():
                return _Cand(name, end, "PER", "model")
            return None
        if not cue_end:
            label = ent.label_ if ent.label_ in LABELS else "MISC"
        return _Cand(start, end, label, "model")

    def _time_tail(self, doc: Doc, start: int, end: int) -> bool:
        """The span ends with a word of a time phrase in lower case, not after a number
        or a preposition and its article ("Agence France-Presse lundi", "Stade rennais l'été
        dernier"; not "Mouvement du 22 mars", "L'Homme de l'année")."""
        last = doc[end - 1]
        if end - start < 2 or not last.text[:1].islower() or not (
                is_time_word(last.text) or last.lower_ in self.rules.time_tail_words):
            return False
        before = doc[end - 2]
        return not (before.like_num or before.pos_ == "ADP" or (
            before.pos_ == "DET" and end - start > 2 and doc[end - 3].pos_ == "ADP"))

    def _glued_after_apostrophe(self, doc: Doc, end: int) -> int:
        """The end of a name the tokenizer split at an inner apostrophe, as if it were an
        elision ("Cléac'" + "h", "Kerdrac’" + "h"): the span takes the glued lower-case
        rest, and a capitalised word with such an apostrophe right after it. An elided
        word ("Lorsqu'il") is not a name's end, nor an English genitive."""
        def split_word(i: int) -> bool:
            tok = doc[i]
            return (i + 1 < len(doc) and tok.text[-1:] in "'’" and len(tok.text) > 2
                    and tok.text[:-1].isalpha() and not tok.whitespace_
                    and doc[i + 1].text.isalpha() and doc[i + 1].text.islower()
                    and doc[i + 1].text != "s"  # an English genitive: "Murdoch's"
                    and tok.lower_.replace("’", "'") not in self.rules.elided_clitics)

        if split_word(end - 1):
            return end + 1
        if end < len(doc) and doc[end - 1].whitespace_ == " " and doc[end].text[:1].isupper() \
                and split_word(end):
            return end + 2
        return end

    def _cue_prefix_end(self, doc: Doc, start: int, end: int) -> int:
        """Where the name starts when a span opens with a lower-case organisation noun
        (``start-up Molotov``, ``groupe Verhaegen``) followed by capitalised words; 0 when
        it does not (institutions such as ``université de X`` keep their head)."""
        rules = self.rules
        cue, after = compound(doc, start)
        if not doc[start:after].text.islower() or cue not in rules.org_left_cues or \
                cue in rules.institution_heads or after >= end:
            return 0
        if not all(t.text[:1].isupper() or t.text in rules.name_particles or t.is_punct
                   for t in doc[after:end]) or not doc[after].text[:1].isupper():
            return 0
        return after

    def _local_branches(self, doc: Doc, chosen: list[_Cand]) -> list[_Cand]:
        """An organisation's local branch, named by its noun, the organisation and the
        place ("la fédération LR du Hérault", "la Fédération PS de Paris"): one
        organisation, not a party and a place."""
        out: list[_Cand] = []
        k = 0
        while k < len(chosen):
            org = chosen[k]
            if org.label == "ORG" and org.start > 0 and \
                    doc[org.start - 1].lower_ in self.rules.branch_heads:
                link = next((n for n in (2, 1) if tuple(t.lower_ for t in doc[org.end:org.end + n])
                             in _PLACE_LINKS), 0)
                at = org.end + link
                nxt = chosen[k + 1] if k + 1 < len(chosen) else None
                if link and nxt is not None and nxt.start == at and nxt.label == "LOC":
                    out.append(_Cand(org.start - 1, nxt.end, "ORG", "rule"))
                    k += 2
                    continue
                end = at
                while end < len(doc) and end - at < 3 and doc[end].text[:1].isupper() and \
                        doc[end].is_alpha and (nxt is None or end < nxt.start):
                    end += 1  # a place the model left untagged ("du Hérault")
                if link and end > at:
                    out.append(_Cand(org.start - 1, end, "ORG", "rule"))
                    k += 1
                    continue
            out.append(org)
            k += 1
        return out

    def _institution(self, doc: Doc, cand: _Cand) -> list[_Cand]:
        """"l'université de Tokyo": a place after an institution head and "de" is the
        end of an organisation's name, whether the model's place starts after the head or
        with it; "la Fondation Charles Darwin": a person's name right after the noun of a
        body named after someone is that body's, up to a given name that starts another
        person's ("la fondation Bardot Didier Dérand")."""
        if cand.label == "PER" and cand.start > 0 and \
                doc[cand.start - 1].lower_ in self.rules.person_named_bodies:
            return self._named_body(doc, cand.start, cand.end, cand.source)
        return [self._institution_place(doc, cand)]

    def _named_body(self, doc: Doc, start: int, end: int, source: str) -> list[_Cand]:
        """The body named after the person at ``start:end``, its noun before it included
        ("la Fondation Brigitte Bardot"), and the person whose given name starts inside
        the name after the first word, if any ("la fondation Bardot Didier Dérand")."""
        other = next((k for k in range(start + 1, end - 1) if doc[k].text in self.first_names),
                     end)
        body = _Cand(start - 1, other, "ORG", "rule")
        return [body] if other == end else [body, _Cand(other, end, "PER", source)]

    def _institution_place(self, doc: Doc, cand: _Cand) -> _Cand:
        if cand.label != "LOC":
            return cand
        first = doc[cand.start]  # "l'université de Stockholm" as one place; not a site
        if cand.end - cand.start >= 3 and first.text in self.rules.institution_heads \
                and first.lower_ not in self.rules.named_after_heads \
                and doc[cand.start + 1].lower_ in ("de", "d'", "du"):
            return _Cand(cand.start, cand.end, "ORG", "rule")
        if cand.start < 2:
            return cand
        prep, head = doc[cand.start - 1], doc[cand.start - 2]
        if cand.start >= 3 and doc[cand.start - 3].lower_ in ("de", "d'", "d’"):
            return cand  # the head is a complement itself: "la préfecture de police de Paris"
        if prep.lower_ in ("de", "d'", "du") and head.text in self.rules.institution_heads:
            return _Cand(cand.start - 2, cand.end, "ORG", "rule")
        return cand

    def _after_title(self, doc: Doc, start: int) -> bool:
        j = start - 1
        while j >= 0 and start - j <= 8 and (
            doc[j].lower_ in ("de", "du", "des", "d'", "la", "l'", "le", "les", "à", "au",
                              "aux", "chargé", "chargée", "et")
            or (doc[j].pos_ in ("NOUN", "PROPN", "ADJ") and doc[j].lower_ not in
                self.rules.title_heads)
        ):
            j -= 1
        if j >= 0 and j < start - 1 and doc[j].lower_ in self.rules.title_heads:
            return True
        # "chargé des Affaires européennes": a portfolio right after "chargé de"
        k = start - 1
        while k >= 0 and start - k <= 3 and doc[k].lower_ in ("de", "du", "des", "d'", "la",
                                                               "l'", "le", "les"):
            k -= 1
        return k >= 0 and k < start - 1 and doc[k].lower_ in self.rules.portfolio_heads

    # ------------------------------------------------------------------ gazetteer

    def _gazetteer(self, doc: Doc, model_spans: list[_Cand]) -> Iterator[_Cand]:
        covered = {i for c in model_spans for i in range(c.start, c.end)}
        contracted = self.matcher.vocab.strings["ORG_CONTRACTED"]
        matches = [(start, end, *self.patterns[tuple(t.text for t in doc[start:end])])
                   for match_id, start, end in self.matcher(doc)
                   if match_id != contracted or (start > 0 and doc[start - 1].lower_ in (
                       "des", "aux"))]
        # an ambiguous form ("LR") stands for its organisation in a document that names it
        # in an unambiguous form ("Les Républicains")
        named = {canonical for _s, _e, canonical, ambiguous in matches if not ambiguous}
        for start, end, canonical, ambiguous in matches:
            if ambiguous and canonical not in named and not (
                covered.intersection(range(start, end)) or self._org_context(doc, start, end)
            ):
                continue
            if start > 0 and (doc[start - 1].text in ("#",)):
                continue
            if end - start == 1 and start > 0 and doc[start - 1].text in self.first_names \
                    and not doc[start - 1].is_sent_start:
                continue  # "Thierry Bolloré", "Martin Bouygues": a person's surname
            yield _Cand(start, end, "ORG", "gazetteer", canonical)
        for _, start, end in self.lower_matcher(doc):
            span = doc[start:end]
            if tuple(t.text for t in span) in self.patterns:
                continue  # matched as written above
            first = next((t for t in span if t.lower_ not in _ARTICLES), span[0])
            if not first.text[:1].isupper() or (start > 0 and doc[start - 1].text == "#"):
                continue  # "le monde": a common phrase, not "Le Monde"
            yield _Cand(start, end, "ORG", "gazetteer",
                        self.lower_patterns[tuple(t.lower_ for t in span)])

    # ------------------------------------------------------------------ people

    def _people(self, doc: Doc) -> Iterator[_Cand]:
        """Person names from a known given name or a title, with following name words;
        not the name of a body named after someone ("la Fondation Brigitte Bardot")."""
        rules = self.rules
        n = len(doc)
        i = 0
        while i < n:
            tok = doc[i]
            titled = tok.text in rules.person_titles
            if (titled or tok.text in self.first_names) and i + 1 < n:
                start = i  # a title stays in the span, as in the model and in NER corpora
                end = self._name_end(doc, i + 1)
                if end > i + 1:
                    end = self._glued_after_apostrophe(doc, end)
                    if i > 0 and doc[i - 1].lower_ in rules.person_named_bodies:
                        yield from self._named_body(doc, i, end, "rule")
                    else:
                        yield from self._two_people(doc, _Cand(start, end, "PER", "rule"))
                    i = end
                    continue
            i += 1

    def _two_people(self, doc: Doc, cand: _Cand) -> list[_Cand]:
        """A person's span that runs two names together, given name and surname each
        ("l'ancienne ministre de Jacques Chirac Roselyne Bachelot", "Benjamin Griveaux
        Emmanuel Macron" after a lost line break), is two people; a name of one person
        with several given names or a particle ("Tamim ben Hamad Al-Thani", "Ahmed Gaïd
        Salah") stays whole."""
        words = doc[cand.start:cand.end]
        split = cand.start + 2
        rules = self.rules
        if cand.label != "PER" or not 4 <= len(words) <= 5 or \
                words[0].text not in self.first_names or \
                doc[split].text not in self.first_names or any(
                    not t.is_alpha or not t.text[:1].isupper() or t.text in rules.name_particles
                    or t.text in rules.person_titles for t in words):
            return [cand]
        return [_Cand(cand.start, split, "PER", cand.source),
                _Cand(split, cand.end, "PER", cand.source)]

    def _cued_orgs(self, doc: Doc, cands: list[_Cand]) -> Iterator[_Cand]:
        """A capitalised name the model missed after an organisation noun: "la start-up
        QuantaLys", "chez Zorglux", "le groupe Verhaegen"."""
        covered = {i for c in cands for i in range(c.start, c.end)}
        for tok in doc[:-1]:
            cue, _ = compound_ending_at(doc, tok.i)  # "la start-up X"
            if cue not in self.rules.org_left_cues:
                continue
            quoted = self._quoted_name(doc, tok.i + 1)
            if quoted is not None:  # 'l'association "Femmes de justice"'
                yield quoted
                continue
            start = tok.i + 1
            while start < len(doc) and start - tok.i <= 2 and adjective_like(doc[start]):
                start += 1  # "la start-up française Molotov", "le groupe pharmaceutique X"
            if start in covered:
                continue
            end = start
            while end < len(doc) and end - start < 4 and doc[end].text[:1].isupper() and \
                    doc[end].text not in self.rules.never_entities and not doc[end].is_punct \
                    and end not in covered:
                end += 1
            if end == start or doc[start].text in self.first_names:
                continue
            yield _Cand(start, end, "ORG", "rule")

    def _acronym_long_forms(self, doc: Doc, cands: list[_Cand]) -> Iterator[_Cand]:
        """The words before an acronym in brackets whose initials spell it are an
        organisation's name, whether the model found them whole or not: "Conseil français
        du culte musulman (CFCM)", "Les Républicains (LR)"; not a person's ("Jean-Luc
        Mélenchon (JLM)") or a title's, nor a common noun opening a sentence
        ("Interruption volontaire de grossesse (IVG)")."""
        people = {i for c in cands if c.label == "PER" for i in range(c.start, c.end)}
        for i in _bracket_tokens(doc):
            acronym = _bracketed_acronym(doc, i)
            if not acronym or acronym in self.rules.never_entities or \
                    any(ch.isdigit() for ch in acronym):
                continue
            letters = "".join(ch for ch in resources.plain(acronym).lower() if ch.isalpha())
            start = self._spelling_start(doc, i, letters)
            if start is not None and not people.intersection(range(start, i)) and not any(
                    t.lower_ in self.rules.role_heads for t in doc[start:i]):
                # not a title spelt like its office: "le directeur général du Travail (DGT)"
                yield _Cand(start, i, "ORG", "rule")

    def _spelling_start(self, doc: Doc, end: int, letters: str) -> int | None:
        """The start of the shortest run of words ending before token ``end``, opening
        with a capital, whose initials spell ``letters``, or None."""
        for start in range(end - 1, max(-1, end - 3 * len(letters) - 2), -1):
            tok = doc[start]
            if tok.is_punct or tok.is_space:
                return None
            if not tok.text[:1].isupper():
                continue
            words = [t.text for t in doc[start:end]]
            capitals = sum(w[:1].isupper() for w in words)
            opens = tok.is_sent_start or start == 0 or doc[start - 1].is_punct
            if spells(words, letters, self.rules.acronym_link_words) and (
                    capitals >= 2 or not opens):
                return start
        return None

    def _quoted_name(self, doc: Doc, i: int) -> _Cand | None:
        """A capitalised name of one to six words in quotes opening at token ``i``."""
        close = quoted_name(doc, i, 6, ("-", "'", "&", ".", "!"))
        return None if close is None else _Cand(i + 1, close, "ORG", "rule")

    def _name_end(self, doc: Doc, i: int) -> int:
        """End of the run of name words starting at token ``i`` (``i`` itself if none)."""
        end = i
        limit = min(len(doc), i + 4)
        while end < limit:
            tok = doc[end]
            if self._is_name_word(tok) or (
                # a surname that is also a company's name, after a given name ("Thierry
                # Bolloré", "Martin Bouygues")
                end == i and doc[i - 1].text in self.first_names
                and self._is_name_word(tok, company_ok=True)
            ) or (  # "Son-Forget": a capitalised word glued to a hyphenated name
                tok.text[:1].isupper() and tok.is_alpha and end + 2 < len(doc)
                and doc[end + 1].text == "-" and not tok.whitespace_
                and not doc[end + 1].whitespace_ and doc[end + 2].text[:1].isupper()
            ):
                end += 1
            elif (  # "Dupond-Moretti" split at its hyphen
                tok.text == "-" and end + 1 < len(doc)
                and not doc[end - 1].whitespace_ and not tok.whitespace_
                and doc[end + 1].text[:1].isupper() and doc[end + 1].text.isalpha()
            ):
                end += 2
            elif (
                tok.text in self.rules.name_particles
                and end + 1 < len(doc)
                and self._is_name_word(doc[end + 1])
                and end > i - 1
            ):
                end += 2
            else:
                break
        return end

    def _is_name_word(self, tok: Token, company_ok: bool = False) -> bool:
        text = tok.text
        return (
            len(text) > 1
            and text[0].isupper()
            and text.replace("-", "").replace("'", "").isalpha()
            and text not in self.rules.never_entities
            and text not in self.rules.person_titles
            and (company_ok or text not in self.canonical_of)
            and not tok.is_sent_start
        )

    # ------------------------------------------------------------------ labels

    def _org_context(self, doc: Doc, start: int, end: int) -> bool:
        """``chez X``, ``le groupe X``, ``la start-up X``, ``X a annoncé``: an organisation.
        (``l'université de X`` is not: X is then a place inside an organisation's name.)"""
        rules = self.rules
        opening = start
        if end < len(doc) and doc[end].is_quote:  # 'le parti centriste "Bleu Blanc"': the
            while opening > 0 and doc[opening - 1].is_quote:  # whole name quoted
                opening -= 1
        j = before_adjectives(doc, opening, rules.org_left_cues)  # "la start-up française X"
        if j >= 0:
            j -= _ends_locution(doc, j, rules.adverbial_locutions)  # "le site ... en ligne X"
        while j >= 0 and doc[j].lower_ in ("le", "la", "les", "l'"):
            j -= 1
        if j >= 0:
            prev = doc[j]
            if compound_ending_at(doc, j)[0] in rules.org_left_cues:
                return True  # "chez X", "la start-up X"
            if j >= 2 and prev.text.islower() and prev.pos_ == "NOUN" \
                    and doc[j - 1].lower_ in ("de", "d'") \
                    and compound_ending_at(doc, j - 2)[0] in rules.org_left_cues \
                    and compound_ending_at(doc, j - 2)[0] != "chez":
                return True  # "la chaîne d'ameublement X", "le groupe de presse X"
            # "fondatrice de Woebot", "le PDG d'Orano"
            if prev.lower_ in ("de", "d'", "du") and j >= 1 and (
                doc[j - 1].text in rules.org_role_cues or doc[j - 1].lower_ in rules.org_role_cues
            ):
                return True
        # "un parti politique nommé « X »", "une start-up baptisée X"
        k = start - 1
        while k >= 0 and doc[k].is_quote:
            k -= 1
        if k >= 1 and doc[k].lower_ in rules.naming_participles and any(
            compound_ending_at(doc, m)[0] in rules.org_left_cues
            for m in range(max(0, k - 3), k)
        ):
            return True
        for cue in rules.org_right_cues:
            words = [t.lower_ for t in doc[end:end + len(cue)]]
            if tuple(words) == cue:
                return True
        # "X, la biotech qui ...", "X, une start-up lyonnaise": an organisation noun in
        # apposition
        k = end
        if k + 2 < len(doc) and doc[k].text == "," and doc[k + 1].lower_ in (
            "la", "le", "l'", "une", "un"
        ):
            # past an adjective or two ("X, la populaire plateforme de streaming"; the small
            # model often tags them as nouns)
            for at in range(k + 2, min(len(doc), k + 5)):
                noun, _ = compound(doc, at)
                if noun in rules.org_left_cues and noun not in ("chez",):
                    return True
                if not (doc[at].is_alpha and doc[at].is_lower) or doc[at].pos_ in (
                        "ADP", "DET", "PRON", "VERB", "AUX", "CCONJ", "SCONJ"):
                    break
        return False

    def _quoted_after_cue(self, doc: Doc, start: int, end: int) -> bool:
        """The name is quoted whole right after the noun of an organisation or a programme,
        or after that noun's complement of one word ('le magazine "X"', 'l'émission de
        débat "X"'; not 'la chaîne diffusera "X"')."""
        if start < 2 or end >= len(doc) or not (doc[start - 1].is_quote and doc[end].is_quote):
            return False
        cue = start - 2
        if cue >= 2 and doc[cue].is_lower and doc[cue].is_alpha and \
                doc[cue - 1].lower_ in ("de", "d'", "d’"):
            cue -= 2  # "l'émission de débat"
        cues = self.rules.org_left_cues
        return doc[cue].text != "chez" and (doc[cue].text in cues or doc[cue].lower_ in cues)

    def _relabel_from_context(self, doc: Doc, cand: _Cand) -> None:
        if cand.label == "ORG":
            if cand.source == "model" and self._org_context(doc, cand.start, cand.end):
                # "le quotidien Vedomosti": the text says so as well, which outweighs the
                # model's other labels for the name ("Vedomosti" taken for a person)
                cand.source = "cue"
            return
        span = doc[cand.start:cand.end]
        if self._quoted_after_cue(doc, cand.start, cand.end):
            # 'l'émission de débat "Brunet Neumann"': a title quoted after the noun of what
            # it names, even when its words are people's names
            cand.label, cand.source = "ORG", "cue"
            return
        has_first_name = span[0].text in self.first_names and len(span) >= 2
        if has_first_name:
            if cand.label in ("LOC", "MISC") and all(
                t.text[:1].isupper() or t.text == "-" or t.text in self.rules.name_particles
                for t in span[1:]
            ) and span[-1].text[:1].isupper():  # "Joachim Son-Forget", "Jean de La Fontaine"
                cand.label, cand.source = "PER", "rule"
            return
        if cand.label == "PER" and len(span) >= 2 and cand.source == "rule":
            return
        shape = span[-1].text in self.rules.org_suffixes or any(
            _CAMEL.search(t.text) and not t.text.startswith(("Mc", "Mac")) for t in span
        )
        if shape:
            cand.label, cand.source = "ORG", "rule"
            return
        if cand.label == "MISC" and cand.start > 0 and len(span) >= 2 and \
                doc[cand.start - 1].text in self.rules.person_left_cues and all(
                    t.text[:1].isupper() and not t.text.isupper() or t.text == "-"
                    or t.text in self.rules.name_particles for t in span):
            cand.label, cand.source = "PER", "rule"  # "le journaliste Dov Alfon"
            return
        if self._org_context(doc, cand.start, cand.end):
            # "la start-up française Molotov": the text says what the name is, which
            # outweighs the model's label on the name's other mentions
            cand.label, cand.source = "ORG", "cue"
            return
        if cand.label == "MISC" and len(span) == 1 and _ACRONYM.match(span.text) and \
                span.text.isupper():
            cand.label, cand.source = "ORG", "rule"  # "FDSEA", "LSCE": acronyms of bodies
            return
        if cand.label in ("MISC", "PER") and len(span) == 1:
            j = cand.start - 1
            while j >= 0 and doc[j].pos_ == "DET":
                j -= 1
            if j >= 0 and doc[j].lemma_ in self.rules.org_verb_cues:
                cand.label, cand.source = "ORG", "rule"

    # ------------------------------------------------------------------ document level

    def _surnames_as_people(self, doc: Doc, chosen: list[_Cand]) -> None:
        """A model place or misc that is the surname of a person named in full (with a
        known given name) in the document is that person ("Colin Kaepernick ... de
        Kaepernick" tagged as a place), unless a preposition of place introduces it ("à
        Washington")."""
        surnames = {_surname(doc, c, self.rules.name_particles) for c in chosen
                    if c.label == "PER" and c.length >= 2 and doc[c.start].text in self.first_names}
        surnames.discard(())
        for c in chosen:
            if c.label not in ("LOC", "MISC") or c.source != "model":
                continue
            if c.start > 0 and doc[c.start - 1].lower_ in _PLACE_PREPOSITIONS:
                continue
            if tuple(t.text for t in doc[c.start:c.end]) in surnames:
                c.label, c.source = "PER", "rule"

    def _propagated(self, doc: Doc, chosen: list[_Cand]) -> Iterator[_Cand]:
        """Mentions the model missed of names found elsewhere in the document."""
        known: dict[tuple[str, ...], _Cand] = {}
        for c in chosen:
            words = tuple(t.text for t in doc[c.start:c.end])
            if len("".join(words)) >= 3 and words[0][:1].isupper():
                known.setdefault(words, c)
            if c.label == "ORG" and c.length >= 2 and doc[c.start].lower_ in (
                self.rules.org_left_cues
            ):  # "Groupe Mutalis" is also "Mutalis"
                tail = tuple(t.text for t in doc[c.start + 1:c.end])
                if tail[0][:1].isupper():
                    known.setdefault(tail, c)
            if c.label == "PER" and c.length >= 2:  # surnames alone: "Leike"
                surname = _surname(doc, c, self.rules.name_particles)
                if surname and len("".join(surname)) >= 3:
                    known.setdefault(surname, _Cand(0, 0, "PER", "rule"))
        if not known:
            return
        by_first: dict[str, list[tuple[str, ...]]] = defaultdict(list)
        for words in known:
            by_first[words[0]].append(words)
        covered = {i for c in chosen for i in range(c.start, c.end)}
        for i, tok in enumerate(doc):
            if i in covered or tok.text not in by_first:
                continue
            for words in sorted(by_first[tok.text], key=len, reverse=True):
                end = i + len(words)
                if tuple(t.text for t in doc[i:end]) == words and not covered.intersection(
                    range(i, end)
                ):
                    src = known[words]
                    yield _Cand(i, end, src.label, "rule", src.canonical)
                    covered.update(range(i, end))
                    break

    def _canonicalise(self, doc: Doc, chosen: list[_Cand]) -> None:
        particles = self.rules.name_particles
        titles = self.rules.person_titles

        def name_words(c: _Cand) -> tuple[str, ...]:
            words = [t.text for t in doc[c.start:c.end]]
            # titles, and a lower-case title the model took in ("président Keïta")
            while len(words) > 1 and (words[0] in titles or (
                    c.label == "PER" and words[0].islower() and words[0] not in particles)):
                words.pop(0)
            return tuple(words)

        # Full names of people (two words or more, titles aside), indexed by every tail
        # ("Leike" and "Jan Leike" -> "Jan Leike"; "Le Drian" -> "Jean-Yves Le Drian").
        by_surname: dict[tuple[str, ...], set[str]] = defaultdict(set)
        for c in chosen:
            words = name_words(c)
            if c.start > 0 and doc[c.start - 1].lower_ in self.rules.named_after_heads:
                continue  # "le camp Soundiata Keïta": a place named after someone
            if c.label == "PER" and len(words) >= 2 and words[0] not in particles:
                full = doc[c.end - len(words):c.end].text  # as written: "Cléac'h"
                for k in range(1, len(words)):
                    tail = words[k:]
                    if tail[0] not in particles or len(tail) > 1:
                        by_surname[tail].add(full)
        # a longer full name absorbs a shorter one it ends with ("Marc-Antoine Girard")
        for tail, fulls in by_surname.items():
            if len(fulls) > 1:
                longest = max(fulls, key=len)
                if all(longest.endswith(" " + f) or f == longest for f in fulls):
                    by_surname[tail] = {longest}
        # variants of one name are one person, written in its longest form: accents,
        # hyphens, a middle initial or a short given name aside ("Bob Behnken", "Robert
        # Behnken" and "Robert L. Behnken"; "Cherif Ghessoul" and "Chérif Ghessoul")
        variant = self._name_variants(c.canonical or doc[c.end - len(name_words(c)):c.end].text
                                      for c in chosen if c.label == "PER"
                                      and len(name_words(c)) >= 2)
        for tail, fulls in by_surname.items():
            by_surname[tail] = {variant.get(f, f) for f in fulls}
        # and by their given name ("Julie" -> "Julie Leclerc" when no other Julie is named)
        by_given: dict[str, set[str]] = defaultdict(set)
        for fulls in by_surname.values():
            for full in fulls:
                by_given[full.split(" ")[0]].add(full)
        acronyms = self._acronyms(doc, chosen)
        # bodies named after someone, as written in full
        bodies = {doc[c.start:c.end].text.lower() for c in chosen if c.label == "ORG"
                  and doc[c.start].lower_ in self.rules.person_named_bodies}
        # "Groupe Mutalis" is also called "Mutalis"
        org_tails: dict[tuple[str, ...], str] = {}
        for c in chosen:
            if c.label == "ORG" and c.length >= 2 and doc[c.start].lower_ in (
                self.rules.org_left_cues
            ) and doc[c.start + 1].text[:1].isupper():
                org_tails[tuple(t.text for t in doc[c.start + 1:c.end])] = (
                    c.canonical or doc[c.start:c.end].text)
        for c in chosen:
            if c.source == "gazetteer":
                continue
            words = name_words(c)
            if words in org_tails and c.label != "PER":
                c.label, c.canonical = "ORG", org_tails[words]
                continue
            fulls = by_surname.get(words)
            if not fulls and len(words) == 1 and words[0] in self.first_names and (
                    c.label == "PER" or (c.source == "model"
                                         and not self._in_place_phrase(doc, c.start))):
                # (a given name the model took for an organisation: "Pour des soucis
                # d'éthique, Fleur a démissionné" in an article about Fleur Pellerin)
                fulls = by_given.get(words[0])
            if fulls and len(fulls) == 1:
                full = next(iter(fulls))
                if c.label == "PER" or c.source == "model":
                    c.label, c.canonical = "PER", full
                    continue
            if c.label == "ORG" and c.length >= 2 and \
                    doc[c.start].lower_ in self.rules.person_named_bodies:
                fulls = by_surname.get(tuple(t.text for t in doc[c.start + 1:c.end]))
                full = f"{doc[c.start].text} {next(iter(fulls))}" if fulls and \
                    len(fulls) == 1 else ""
                if full.lower() in bodies:  # "la fondation Bardot", when the text also
                    c.canonical = full  # writes "la fondation Brigitte Bardot"
                    continue
            if words in acronyms:
                c.label, c.canonical = "ORG", acronyms[words]
                continue
            if not c.canonical:
                if c.label == "PER":
                    full = doc[c.end - len(words):c.end].text
                    c.canonical = variant.get(full, full)
                else:
                    c.canonical = _strip_article(doc[c.start:c.end].text)
        # One label per name: majority over mentions, rules counting double.
        votes: dict[str, Counter[str]] = defaultdict(Counter)
        for c in chosen:
            if c.source != "gazetteer":
                votes[c.canonical][c.label] += _PRIORITY[c.source]
        for c in chosen:
            if c.source != "gazetteer" and votes[c.canonical]:
                best = votes[c.canonical].most_common(1)[0][0]
                # a person's full name keeps its label, unless the text says the name is
                # an organisation's ("la coopérative Terres de Loire") and it starts with
                # no given name
                told = votes[c.canonical][best] >= _PRIORITY["cue"] and \
                    doc[c.start].text not in self.first_names
                if best != c.label and not (c.label == "PER" and c.length >= 2 and not told):
                    c.label = best

    def _in_place_phrase(self, doc: Doc, start: int) -> bool:
        """The word at ``start`` follows a preposition of place ("à Florence") or
        complements a noun of place ("les élus de Florence", "la ville de Nancy")."""
        if start > 0 and doc[start - 1].lower_ in _PLACE_PREPOSITIONS:
            return True
        return start >= 2 and doc[start - 1].lower_ in ("de", "d'", "d’") and \
            doc[start - 2].lower_ in self.rules.place_nouns

    def _name_variants(self, names: Iterable[str]) -> dict[str, str]:
        """Full names that are variants of one another -> the fullest of them (most
        words, then most often written, then longest): the same words once accents, case
        and hyphens are set aside, a middle initial dropped and a short given name read
        as the given names it stands for (``given_name_variants.txt``). Not names whose
        initials differ ("George H. W. Bush" and "George W. Bush"), nor a short form that
        fits two of them ("Alex Dupont" beside "Alexandre" and "Alexandra Dupont")."""
        short = resources.given_name_variants()
        written = Counter(names)

        def parts(name: str) -> tuple[tuple[str, ...], tuple[str, ...], set[str]]:
            """(the words, the initials, the given names it may stand for)"""
            words = resources.plain(name).replace("-", " ").split()
            inner = words[1:-1]
            initials = tuple(w for w in inner if len(w.rstrip(".")) == 1)
            kept = (words[0], *(w for w in inner if w not in initials), words[-1])
            given = name.split()[0]
            return kept, initials, {kept[0]} | {resources.plain(g) for g in short.get(given, ())}

        def fullness(name: str) -> tuple[int, int, int, str]:
            return len(name.split()), written[name], len(name), name

        split = {name: parts(name) for name in written}
        groups: dict[tuple[str, ...], set[str]] = defaultdict(set)
        for name, (kept, _initials, firsts) in split.items():
            for first in firsts:
                groups[(first, *kept[1:])].add(name)
        targets: dict[str, set[str]] = defaultdict(set)
        for members in groups.values():
            if len(members) < 2 or len({split[n][1] for n in members} - {()}) > 1:
                continue  # one name, or two sets of initials: two people
            fullest = max(members, key=fullness)
            for name in members:
                targets[name].add(fullest)
        return {name: next(iter(fulls)) for name, fulls in targets.items() if len(fulls) == 1}

    def _acronyms(self, doc: Doc, chosen: list[_Cand]) -> dict[tuple[str, ...], str]:
        """``Long Name (ACR)``: the acronym's canonical name is the long form, which is an
        organisation; a long form the model cut short ("Laboratoire des sciences du climat
        [et de l'environnement] (LSCE)") is extended to the bracket."""
        out: dict[tuple[str, ...], str] = {}
        starts = {c.start: c for c in chosen}
        for c in chosen:
            if c.label == "PER" or c.source == "gazetteer":
                continue
            k = c.end
            while k < len(doc) and k - c.end < 5 and doc[k].text != "(" and not doc[k].is_punct \
                    and k not in starts and doc[k].text[:1].islower():
                k += 1
            acr = _bracketed_acronym(doc, k)
            if acr:
                c.end = k
                c.label = "ORG"
                out[(acr,)] = _strip_article(doc[c.start:c.end].text)
                c.canonical = out[(acr,)]
        out.update(self._spelt_acronyms(doc, chosen, out))
        return out

    def _spelt_acronyms(self, doc: Doc, chosen: list[_Cand],
                        known: dict[tuple[str, ...], str]) -> dict[tuple[str, ...], str]:
        """An acronym of three letters or more written alone whose letters are the
        initials of exactly one longer organisation named in the document ("promu
        vice-président de Nissan Design Europe [...] nommé vice-président de NDE"): that
        organisation, whether or not the text ever put the acronym in brackets after it."""
        longs = {_strip_article(doc[c.start:c.end].text) for c in chosen
                 if c.label == "ORG" and c.source != "gazetteer" and c.length >= 3}
        out: dict[tuple[str, ...], str] = {}
        for c in chosen:
            text = doc[c.start:c.end].text
            if c.length != 1 or c.label == "PER" or c.source == "gazetteer" or \
                    (text,) in known or not _ACRONYM.match(text) or \
                    text in self.rules.never_entities:
                continue
            letters = "".join(ch for ch in resources.plain(text).lower() if ch.isalpha())
            if len(letters) < 3 or len(letters) != len(text):
                continue
            spelt = {name for name in longs
                     if spells(name.split(), letters, self.rules.acronym_link_words)}
            if len(spelt) == 1:
                out[(text,)] = spelt.pop()
        return out


# The words between an organisation and the place of its local branch ("du Hérault").
_PLACE_LINKS = frozenset({("de",), ("du",), ("des",), ("d'",), ("d’",), ("de", "la"),
                          ("de", "l'"), ("de", "l’")})


def _bracket_tokens(doc: Doc) -> Iterator[int]:
    """The indices of the tokens that are an opening bracket, past the first token (read
    from the array of token texts rather than by visiting every token)."""
    if not len(doc):
        return
    bracket = doc.vocab.strings.add("(")
    for k in (doc.to_array("ORTH") == bracket).nonzero()[0]:  # at C speed: no Token made
        if k > 0:
            yield int(k)


def _bracketed_acronym(doc: Doc, k: int) -> str:
    """The acronym in capitals between the bracket at token ``k`` and the one closing it
    ("(CFCM)"), or ""."""
    if k + 2 >= len(doc) or doc[k].text != "(" or doc[k + 2].text != ")":
        return ""
    acronym = doc[k + 1].text
    return acronym if _ACRONYM.match(acronym) and acronym.isupper() else ""


def _capitals(tok: Token) -> bool:
    """A word of two letters or more written all in capitals ("LA", "POLITIQUE", "D'")."""
    return len(tok.text) > 1 and tok.text.isupper() and any(c.isalpha() for c in tok.text)


def _shouted(doc: Doc, start: int, end: int) -> bool:
    """The span is words in capitals inside a run of three words in capitals or more,
    unbroken by punctuation, that holds a function word other than the "ET" or "OU" of
    a list ("LA", "PAS", "D'"), or of five words or more: a heading written in capitals,
    whose words the model takes for names (a known acronym there comes from the
    gazetteer; "les syndicats CGT, FO ET SUD RAIL" is a list of names, no heading)."""
    if not all(_capitals(t) for t in doc[start:end]):
        return False
    lo, hi = start, end
    while lo > 0 and _capitals(doc[lo - 1]):
        lo -= 1
    while hi < len(doc) and _capitals(doc[hi]):
        hi += 1
    run = doc[lo:hi]
    function = sum(t.is_stop and t.lower_ not in ("et", "ou") for t in run)
    return (function >= 1 and len(run) >= 3) or len(run) >= 5


def spells(words: list[str], letters: str, link_words: frozenset[str]) -> bool:
    """The words' initials spell ``letters`` in order: each word gives its initial, or
    those of its hyphenated parts ("Saint-Germain"), and a small link word ("du", "de la")
    may give none."""
    if not words:
        return not letters
    word, rest = words[0], words[1:]
    if word.lower() in link_words and spells(rest, letters, link_words):
        return True
    parts = [p for p in word.split("-") if p[:1].isalpha()]
    for spelt in {resources.plain(word[:1]).lower(),
                  "".join(resources.plain(p[:1]).lower() for p in parts)}:
        if spelt and letters.startswith(spelt) and spells(rest, letters[len(spelt):],
                                                            link_words):
            return True
    return False


def _starts_clause(tok: Token) -> bool:
    if tok.is_sent_start or tok.i == 0:
        return True
    prev = tok.doc[tok.i - 1]
    return prev.is_space or prev.text in ("-", "–", "—", "•", "*", ":", "«", '"', "(")


def _surname(doc: Doc, cand: _Cand, particles: frozenset[str]) -> tuple[str, ...]:
    words = [t.text for t in doc[cand.start:cand.end]]
    k = len(words) - 1
    while k > 1 and words[k - 1] in particles:
        k -= 1
    if k > 1 and words[k - 1][-1:] in "'’" and not doc[cand.start + k - 1].whitespace_:
        k -= 1  # "Cléac'h", split in two tokens
    return tuple(words[k:]) if k >= 1 else ()


def _strip_article(text: str) -> str:
    for art in ("l'", "L'", "le ", "la ", "les ", "Le ", "La ", "Les "):
        if text.startswith(art) and len(text) > len(art) + 1:
            return text[len(art):]
    return text


def _resolve(cands: list[_Cand]) -> list[_Cand]:
    """Non-overlapping spans: the stronger source, then the longer span, wins."""
    order = sorted(
        cands, key=lambda c: (-_PRIORITY[c.source], -c.length, c.start)
    )
    taken: set[int] = set()
    out: list[_Cand] = []
    for c in order:
        toks = range(c.start, c.end)
        if taken.intersection(toks):
            continue
        taken.update(toks)
        out.append(c)
    return sorted(out, key=lambda c: c.start)


def sentence_starts(doc: Doc) -> list[int]:
    """Start offsets (in characters) of the document's sentences, or ``[0]`` if unset."""
    if doc.has_annotation("SENT_START"):
        return [s.start_char for s in sentences(doc)]
    return [0]


def mentions(doc: Doc, cands: list[_Cand]) -> Iterator[EntityMention]:
    from bisect import bisect_right

    starts = sentence_starts(doc)
    ids: dict[tuple[str, str], str] = {}
    for c in cands:
        span = doc[c.start:c.end]
        key = (c.label, c.canonical)
        if key not in ids:
            ids[key] = f"E{len(ids) + 1}"
        yield EntityMention(
            text=cite(doc, span.start_char, span.end_char),
            label=c.label,
            canonical=c.canonical,
            start_char=span.start_char,
            end_char=span.end_char,
            sentence_index=bisect_right(starts, span.start_char) - 1,
            source="rule" if c.source == "cue" else c.source,  # a cue is a context rule
            entity_id=ids[key],
        )


@Language.factory(
    "frnews_entities",
    default_config={"use_gazetteer": True, "propagate": True},
    requires=["doc.ents"],
    assigns=["doc.ents", "doc._.entities"],
)
def make_entity_fixer(
    nlp: Language, name: str, *, use_gazetteer: bool, propagate: bool
) -> EntityFixer:
    return EntityFixer(nlp, name, use_gazetteer=use_gazetteer, propagate=propagate)
