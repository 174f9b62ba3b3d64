"""Affiliations (filled in below)."""
from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc

if not Doc.has_extension("affiliations"):
    Doc.set_extension("affiliations", default=None)


@dataclass(frozen=True)
class Affiliation:
    person: str
    org: str
    role: str
    tense: str
    sentence: str
    start_char: int
    end_char: int


def extract_affiliations(doc: Doc) -> Iterator[Affiliation]:
    yield from ()


class AffiliationExtractor:
    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        doc._.affiliations = list(extract_affiliations(doc))
        return doc


@Language.factory("frnews_affiliations", requires=["doc.ents"], assigns=["doc._.affiliations"])
def make_affiliation_extractor(nlp: Language, name: str) -> AffiliationExtractor:
    return AffiliationExtractor(nlp, name)
