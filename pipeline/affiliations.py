"""Affiliations: person–organisation–role links stated without a change.

``X, directeur général de Y, a déclaré`` (current), ``le PDG de Y, X`` (current),
``X, ancien ministre de l'Intérieur`` and ``l'ex-patron de Y X`` (former). A title
without an organisation designates one when it is a government post (``l'ancien
ministre X``: the government). Links that are part of a move of the same sentence are
left to ``moves.csv``.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc, Span

from .moves import (
    DocView,
    Lexicon,
    _org_of_role,
    _stripped,
    find_roles,
    lexicon,
    same_org,
    view_of,
)
from .nlp import cite, sentences

if not Doc.has_extension("affiliations"):
    Doc.set_extension("affiliations", default=None)

# Words allowed between a name and its title in an apposition.
_GLUE = {",", "(", "le", "la", "l'", "les", "son", "sa", "actuel", "actuelle", "-", "–"}


@dataclass(frozen=True)
class Affiliation:
    """A row of ``affiliations.csv``."""

    person: str
    org: str
    role: str
    tense: str
    sentence: str
    start_char: int
    end_char: int


def _title_org(doc: Doc, end: int, sent: Span, view: DocView) -> Span | None:
    """The organisation right after a title: "directeur de Y", "chez Y", "du groupe Y"."""
    k = end
    while k < sent.end and k - end < 4 and doc[k].lower_ in (
        "de", "du", "des", "d'", "la", "le", "l'", "les", "chez", "à", "au", "groupe"
    ):
        k += 1
    if k == end or k >= sent.end:
        return None
    ent = view.ent(doc[k])
    if ent is not None and ent.label_ == "ORG" and ent.start == k:
        return ent
    return view.designated.get(k)


_POSSESSIVES = frozenset({"son", "sa", "leur"})
_BEFORE_TITLE = frozenset({"ancien", "ancienne", "actuel", "actuelle", "nouveau", "nouvelle",
                           "nouvel", "propre", "ex"})


def _possessor_org(doc: Doc, rs: int, sent: Span, view: DocView) -> Span | None:
    """The organisation a possessive title refers to: "L'Opéra de Paris ... selon son
    directeur X", "Renault et son PDG X". The last organisation named before it in the
    sentence, with no person named in between (whose title it could be)."""
    k = rs - 1
    while k > sent.start and doc[k].lower_ in _BEFORE_TITLE:
        k -= 1
    if k < sent.start or doc[k].lower_ not in _POSSESSIVES:
        return None
    for j in range(k - 1, max(sent.start, k - 30) - 1, -1):
        ent = view.ent(doc[j])
        if ent is not None and ent.label_ == "PER":
            return None
        if ent is not None and ent.label_ == "ORG":
            return ent
        if j in view.designated:
            return view.designated[j]
    return None


def _title_org_name(doc: Doc, rs: int, re_: int, title: str, sent: Span,
                    view: DocView) -> str:
    """The organisation of a title: its complement ("directeur de Y"), the organisation a
    possessive refers to ("Renault et son PDG"), or the one a government title designates."""
    span = _title_org(doc, re_, sent, view)
    if span is None:
        span = _possessor_org(doc, rs, sent, view)
    return view.org_name(span) if span is not None else _org_of_role(title, lexicon())


def extract_affiliations(doc: Doc) -> Iterator[Affiliation]:
    """Every affiliation of a document, once per (person, organisation, role, tense)."""
    if not doc.has_annotation("SENT_START"):
        return
    lex = lexicon()
    view = view_of(doc)
    moved = {(m.person, o) for m in (doc._.moves or []) for o in (m.from_org, m.to_org) if o}
    seen: set[tuple[str, str, str, str]] = set()
    for sent in sentences(doc):
        people = [e for e in view.ents_in(sent) if e.label_ == "PER"]
        if not people:
            continue
        for person, org, title, former in _titled(sent, people, view, lex):
            if any(p == person and same_org(o, org) for p, o in moved):
                continue
            tense = "former" if former else "current"
            key = (person, org, title, tense)
            if key in seen:
                continue
            seen.add(key)
            start, end = _stripped(sent)
            yield Affiliation(person, org, title, tense, cite(doc, start, end), start, end)


def _titled(sent: Span, people: list[Span], view: DocView,
            lex: Lexicon) -> Iterator[tuple[str, str, str, bool]]:
    """(person, organisation, title, former) for every title of the sentence given to a
    named person, in apposition or by a copula, whose organisation is known."""
    doc = sent.doc
    for rs, re_, title, former in find_roles(sent, lex, view):
        person, held = _title_owner(doc, rs, re_, title, sent, people, view)
        if not person:
            continue
        org = _title_org_name(doc, rs, re_, title, sent, view)
        if org:
            yield person, org, title, former or held


def posts_of(doc: Doc) -> dict[str, list[tuple[str, str, bool]]]:
    """Every post the document gives each person: (title, organisation, former), in
    document order, current posts first."""
    lex = lexicon()
    view = view_of(doc)
    out: dict[str, list[tuple[str, str, bool]]] = {}
    for sent in sentences(doc):
        people = [e for e in view.ents_in(sent) if e.label_ == "PER"]
        if not people:
            continue
        for person, org, title, former in _titled(sent, people, view, lex):
            out.setdefault(person, []).append((title, org, former))
        for person, org in _headed(sent, people, view):
            out.setdefault(person, []).append(("", org, False))
    for person in out:
        out[person].sort(key=lambda post: post[2])
    return out


def _headed(sent: Span, people: list[Span], view: DocView) -> Iterator[tuple[str, str]]:
    """(person, organisation) for "X dirige Y", "X, qui présidait Y", "X, à la tête de Y"
    (``heading_phrases``): a post without a title."""
    doc = sent.doc
    phrases = lexicon().heading_phrases
    for ent in people:
        k = ent.end
        while k < sent.end and k - ent.end < 3 and doc[k].lower_ in (",", "qui", "actuellement",
                                                                     "alors", "déjà"):
            k += 1
        for phrase in phrases:
            end = k + len(phrase)
            if tuple(t.lower_ for t in doc[k:end]) != phrase:
                continue
            while end < sent.end and end - k - len(phrase) < 2 and doc[end].lower_ in (
                "le", "la", "les", "l'", "du", "de", "d'"
            ):
                end += 1
            org = view.ent(doc[end]) if end < sent.end else None
            if org is not None and org.label_ == "ORG" and org.start == end:
                yield view.person_name(ent), view.org_name(org)
            break


def _copular_owner(doc: Doc, rs: int, re_: int, title: str, sent: Span, people: list[Span],
                   view: DocView) -> tuple[str, bool]:
    """The subject of a copula before a title, and whether the copula tells a former post:
    "X est directeur de Y", "X, qui était alors le PDG de Y", "X a été ministre de la
    Santé". ("", False) when no named subject stands right before the copula, or when the
    title names no organisation ("X est directeur depuis 2010": of what is not said)."""
    lex = lexicon()
    named = _title_org(doc, re_, sent, view) is not None
    if (len(title.split()) < 2 and not named) or title.lower().startswith(lex.copula_charges):
        return "", False  # (not "X est responsable de la chute de Y": a charge)
    for ent in people:
        if not ent.end < rs <= ent.end + 8:
            continue
        if any(t.lower_ in lex.copula_not_after
               for t in doc[max(sent.start, ent.start - 3):ent.start]):
            continue  # "Si X était directeur de Y": a hypothesis
        words = [t.lower_ for t in doc[ent.end:rs]]
        k = 1 if words[:1] == [","] else 0
        k += 1 if words[k:k + 1] == ["qui"] else 0
        copula = next((c for c in lex.copulas if tuple(words[k:k + len(c)]) == c), None)
        if copula is None or (k == 1 and words[0] == ","):
            continue  # ("X, est directeur": no subject before the verb)
        rest = words[k + len(copula):]
        while rest and (rest[0] in lex.copula_adverbs
                        or (rest[0].isdigit() and doc[rs - len(rest) - 1].lower_ == "depuis")):
            rest = rest[1:]
        if rest and rest[-1] in lex.copula_former_words:
            rest = rest[:-1]  # "X est un ancien directeur de Y": the title is former already
        if rest in ([], ["le"], ["la"], ["l'"]) or (named and rest in (["un"], ["une"])):
            # (not "X était un ministre à l'écoute": an indefinite title is a description,
            # unless it names its organisation, "X est un dirigeant de Renault")
            return view.person_name(ent), lex.copulas[copula]
    return "", False


def _title_owner(doc: Doc, rs: int, re_: int, title: str, sent: Span, people: list[Span],
                 view: DocView) -> tuple[str, bool]:
    """The person a title is given to, in apposition or by a copula, and whether a copula
    makes it a former post."""
    person = _owner(doc, rs, re_, people, view)
    if person:
        return person, False
    return _copular_owner(doc, rs, re_, title, sent, people, view)


def _owner(doc: Doc, rs: int, re_: int, people: list[Span], view: DocView) -> str:
    """The name in apposition with a title: "X, titre" or "titre X" / "titre, X"."""
    for ent in people:
        between = [t.lower_ for t in doc[ent.end:rs]]
        if 0 <= rs - ent.end <= 3 and all(w in _GLUE or w in ("ancien", "ancienne", "ex")
                                          for w in between):
            return view.person_name(ent)
    for ent in people:
        if 0 <= ent.start - re_ <= 6:
            between = doc[re_:ent.start]
            # "le Premier ministre britannique David Cameron", "le PDG de Renault, X"
            if all(t.ent_type_ == "ORG" or t.lower_ in _GLUE | {"de", "du", "d'", "des"}
                   or t.is_punct or (t.pos_ == "ADJ" and t.text[:1].islower())
                   for t in between) and (
                len(between) <= 1 or between[-1].text in (",", "(")
                or between[-1].ent_type_ == "ORG" or between[-1].pos_ == "ADJ"
            ):
                return view.person_name(ent)
    return ""


class AffiliationExtractor:
    """spaCy component ``frnews_affiliations``: sets ``doc._.affiliations``."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        doc._.affiliations = list(extract_affiliations(doc))
        return doc


@Language.factory(
    "frnews_affiliations", requires=["doc.ents", "doc._.moves"], assigns=["doc._.affiliations"]
)
def make_affiliation_extractor(nlp: Language, name: str) -> AffiliationExtractor:
    return AffiliationExtractor(nlp, name)
