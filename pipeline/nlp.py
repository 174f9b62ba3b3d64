"""Build the spaCy pipeline: the base French model plus the project's components.

The model is loaded once per process and per configuration (:func:`get_nlp`). The
project's components are registered spaCy factories, so a spaCy user can also add them to
a pipeline of their own::

    nlp = spacy.load("fr_core_news_sm")
    nlp.add_pipe("frnews_entities", after="ner")
"""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass

import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import compile_infix_regex

from . import errors
from .config import Settings

log = logging.getLogger(__name__)

# Infixes that split sentences glued without a space ("fin.Début", "dit-il".Mais) and a
# closing quote glued to the full stop that follows it.
GLUED_INFIXES = [
    r"(?<!\bMme)(?<!\bMlle)(?<!\bDr)(?<!\bPr)(?<!\bMgr)"
    r"(?<=[a-zà-ÿœ0-9%)\]»\"'])[.!?](?=[«\"]?[A-ZÀ-ÖØ-ÝŒ][a-zà-ÿœ])",
    r"(?<=[a-zà-ÿœ])[\"»](?=[.!?]?[«\"]?[A-ZÀ-ÖØ-ÝŒ])",
]

# A sentence may start only after one of these tokens (or after a line break); anywhere
# else the parser is told that no sentence starts. Headlines without a full stop end at
# their line break.
_SENT_END = frozenset({".", "!", "?", "…", "...", "»", '"', ")", ":", ";", "•"})


def add_glued_sentence_infixes(nlp: Language) -> None:
    """Teach the tokenizer to split ``fin.Début`` into three tokens."""
    infixes = list(nlp.Defaults.infixes or []) + GLUED_INFIXES
    nlp.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer  # type: ignore[union-attr]


class SentenceFixer:
    """Constrain sentence boundaries before the parser or senter runs.

    A line break always ends a sentence (titles, subtitles and list items in news rarely
    end with a full stop); elsewhere a sentence may start only after sentence-final
    punctuation, which stops the small model from cutting names and headlines in two.
    """

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        for token in doc[1:]:
            prev = doc[token.i - 1]
            if prev.is_space and "\n" in prev.text:
                token.is_sent_start = True
            elif token.is_space:
                token.is_sent_start = False
            elif prev.text in _SENT_END or (prev.text.endswith(".") and len(prev.text) > 1):
                continue  # left to the model
            elif prev.is_space and token.i >= 2 and doc[token.i - 2].text in _SENT_END:
                continue
            else:
                token.is_sent_start = False
        return doc


@Language.factory("frnews_sentences", requires=[], assigns=["token.is_sent_start"])
def make_sentence_fixer(nlp: Language, name: str) -> SentenceFixer:
    return SentenceFixer(nlp, name)


if not Doc.has_extension("meta"):
    Doc.set_extension("meta", default=None)


def original_text(doc: Doc) -> str:
    """The article text as read (before normalisation), which every offset indexes into.
    Normalisation replaces characters one for one, so the offsets of the Doc are valid in
    it; without metadata (a Doc made by another pipeline) the Doc's own text is used."""
    meta = doc._.meta
    if isinstance(meta, dict):
        text = meta.get("text")
        if isinstance(text, str) and len(doc) and len(text) == doc[-1].idx + len(
            doc[-1].text_with_ws
        ):
            return text
    return doc.text


_SENTS: list[tuple[Doc, list[Span]]] = []


def sentences(doc: Doc) -> list[Span]:
    """The sentences of ``doc`` (the whole Doc when it has no sentence boundaries),
    computed once per Doc and shared by the extractors (``doc.sents`` rebuilds them on
    every call)."""
    for d, sents in _SENTS:
        if d is doc:
            return sents
    sents = list(doc.sents) if doc.has_annotation("SENT_START") else [doc[:]]
    _SENTS.append((doc, sents))
    del _SENTS[:-4]
    return sents


def cite(doc: Doc, start: int, end: int) -> str:
    """The original text between two character offsets of ``doc``."""
    return original_text(doc)[start:end]


@dataclass(frozen=True)
class _Key:
    model: str
    with_components: bool


_CACHE: dict[_Key, Language] = {}
_LOCK = threading.Lock()


def load_base_model(model: str) -> Language:
    """Load an installed spaCy pipeline by package name, with a clear error if missing."""
    try:
        nlp = spacy.load(model)
    except OSError as exc:
        raise errors.ModelNotFound(model) from exc
    return nlp


def build_nlp(settings: Settings | None = None) -> Language:
    """Build a fresh pipeline for ``settings`` (not cached)."""
    from . import affiliations, entities, moves, topics  # noqa: F401  (registers factories)

    settings = settings or Settings()
    nlp = load_base_model(settings.model)
    nlp.max_length = max(nlp.max_length, settings.max_chars + 1)
    add_glued_sentence_infixes(nlp)
    first = "parser" if "parser" in nlp.pipe_names else nlp.pipe_names[0]
    nlp.add_pipe("frnews_sentences", before=first)
    anchor = "ner" if "ner" in nlp.pipe_names else nlp.pipe_names[-1]
    nlp.add_pipe("frnews_entities", after=anchor)
    nlp.add_pipe("frnews_moves", after="frnews_entities")
    nlp.add_pipe("frnews_affiliations", after="frnews_moves")
    nlp.add_pipe("frnews_topics", after="frnews_affiliations")
    log.debug("pipeline %s: %s", settings.model, nlp.pipe_names)
    return nlp


def get_nlp(settings: Settings | None = None) -> Language:
    """The pipeline for ``settings``, built once per process and reused."""
    settings = settings or Settings()
    key = _Key(settings.model, True)
    with _LOCK:
        if key not in _CACHE:
            _CACHE[key] = build_nlp(settings)
        return _CACHE[key]
