"""Build the spaCy pipeline: the base French model plus the project's components.

The model is loaded once per process and per configuration (:func:`get_nlp`). By default
(``Settings.analysis="selective"``) its ``ner`` runs on every sentence and its other
components only where an extractor reads their annotations (:mod:`pipeline.selective`);
sentence boundaries are decided by rule (:class:`SentenceFixer`), the same in both
analyses. The project's components are registered spaCy factories, so a spaCy user can
also add them to a pipeline of their own::

    nlp = spacy.load("fr_core_news_sm")
    nlp.add_pipe("frnews_entities", after="ner")
"""

from __future__ import annotations

import logging
import re
import threading
from bisect import bisect_left
from collections.abc import Container
from dataclasses import dataclass
from functools import lru_cache

import spacy
from spacy.attrs import IDX, ORTH, SENT_START, SPACY
from spacy.language import Language
from spacy.tokens import Doc, Span, Token
from spacy.util import compile_infix_regex, compile_prefix_regex, compile_suffix_regex

from . import errors
from .config import Settings
from .normalize import GLUED_SENTENCE, SENTENCE_OPENING

log = logging.getLogger(__name__)

# Infixes that split sentences glued without a space ("fin.Début", "dit-il".Mais), a
# closing quote glued to the full stop that follows it, and a full stop glued to a dash.
GLUED_INFIXES = [
    GLUED_SENTENCE.pattern,  # "fin.Début", "des LR.Le parti" (pipeline/normalize.py)
    r"(?<=[a-zà-ÿœ])[\"»](?=[.!?]?[«\"]?[A-ZÀ-ÖØ-ÝŒ])",
    # the quote that opens a sentence glued to the previous one ("maladie."Beaucoup",
    # 'grimpent."M. Zuckerberg', 'à l'AFP."L'hypothèse')
    r"(?:(?<=[a-zà-ÿœ0-9%)\]][.!?])|(?<=[A-ZÀ-ÖØ-ÝŒ]{2}[.!?]))[«\"]"
    r"(?=" + SENTENCE_OPENING + r"|[A-ZÀ-ÖØ-ÝŒ]\.)",
    # a dispatch's full stop glued to the dash that opens the next item ("Caixa.- Brésil";
    # infixes see one chunk without white space, so the dash ends it)
    r"(?<=[A-ZÀ-ÖØ-ÝŒa-zà-ÿœ0-9)\"»])\.(?=[-–—]$)",
    r"(?<=[a-zà-ÿœ])[\"»](?=\.[-–—]$)",  # and the quote before it ('significatif".- Facture')
    # a list item's dash glued to the end of the previous item ("handicapées- Clément")
    r"(?<=[a-zà-ÿœ]{2})[-–—]$",
]

# Classes of tokens for the sentence rules (see SentenceFixer).
_NL, _SPACE, _END, _ELLIPSIS, _ABBR, _TITLE, _OPEN, _CLOSE, _QUOTE, _BULLET = range(10)
_DASH, _UPPER, _LOWER, _DIGIT, _PUNCT = range(10, 15)
_END_CHARS = frozenset(".!?…")
_OPENING = frozenset({"«", "(", "["})
_CLOSING = frozenset({"»", ")", "]"})
_DASHES = frozenset({"-", "–", "—", "―"})
_BULLETS = frozenset({"•"})
_WORDS = (_UPPER, _LOWER, _DIGIT)
_INITIALS = re.compile(r"^[A-ZÀ-Ý]\.$")  # "J." in "George W. Bush"


# A dash glued to the name that opens a list item or a quoted reply ("? -Mark Zuckerberg").
GLUED_PREFIXES = [r"[-–—](?=[A-ZÀ-ÖØ-ÝŒ][a-zà-ÿœ])"]
# The full stop after a name that ends in one capital ("a créé SpaceX."), which the French
# suffixes keep on the word as an abbreviation's; an initial ("W.") stays one token.
FINAL_STOP_SUFFIXES = [r"(?<=[a-zà-ÿœ][A-ZÀ-ÖØ-ÝŒ])\."]


@lru_cache(maxsize=1)
def glued_heading() -> re.Pattern[str]:
    """Where a sentence starts glued to a heading by scraping: a sentence opener
    (``resources.entity_rules().sentence_openers``) right after a lower-case word
    (``plastiqueCette``), after a quote closing a word (``l'Ecologie"Cette``), or a
    capitalised word after a heading of four capitals or more (``BFMTVLaurent``, but not
    ``IJCLab``), or the dash of a list item glued to the previous item (``handicapées-
    Clément``). Matches are empty: they mark the offset where the new sentence starts."""
    from . import resources

    openers = sorted(resources.entity_rules().sentence_openers, key=len, reverse=True)
    opener = "(?:" + "|".join(
        re.escape(w) if w.endswith("'") else re.escape(w) + r"(?![\w'])" for w in openers
    ) + ")"
    upper, lower = "A-ZÀ-ÖØ-ÝŒ", "a-zà-ÿœ"
    return re.compile(
        rf"(?<=[{lower}]{{2}})(?=[-–—][ \t]+[{upper}])"  # "handicapées- Clément Beaune"
        rf"|(?<=[{lower}]{{3}})(?={opener})"
        rf"|(?<=[{lower}]{{2}}[\"»])(?={opener})"
        rf"|(?<=[{upper}]{{3}})(?={opener})"
        rf"|(?<=[{upper}]{{4}})(?=[{upper}][{lower}]{{2,}}(?![\w'])(?<!ing))"
    )


def add_glued_sentence_infixes(nlp: Language) -> None:
    """Teach the tokenizer to split ``fin.Début`` into three tokens, ``-Mark`` into two,
    ``plastiqueCette`` (a glued heading, :func:`glued_heading`) into two and ``SpaceX.``
    into two."""
    infixes = list(nlp.Defaults.infixes or []) + GLUED_INFIXES + [glued_heading().pattern]
    nlp.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer  # type: ignore[union-attr]
    prefixes = GLUED_PREFIXES + list(nlp.Defaults.prefixes or [])
    nlp.tokenizer.prefix_search = compile_prefix_regex(prefixes).search  # type: ignore[union-attr]
    suffixes = FINAL_STOP_SUFFIXES + list(nlp.Defaults.suffixes or [])
    nlp.tokenizer.suffix_search = compile_suffix_regex(suffixes).search  # type: ignore[union-attr]


class SentenceFixer:
    """Decide every sentence boundary by rule, before the parser runs, so that the full
    and the selective analysis (:mod:`pipeline.selective`) cut a text the same way.

    * A line break always ends a sentence (titles, subtitles and list items in news rarely
      end with a full stop).
    * After sentence-final punctuation (``. ! ? …``), possibly followed by a closing quote
      or bracket, a sentence starts at a capitalised word or a title (``Il part. M.
      X``), an opening quote or bracket, a dash or a bullet, and not at a lower-case word
      or other punctuation.
    * After a title (``M.``, ``Dr.``) or an initial (``W.``) no sentence starts; after
      another word ending with a full stop (``etc.``, ``J.-C.``, ``SpaceX.``), a sentence
      starts where it would after a full stop, and also at a number (``2019. 48 heures``);
      after an ellipsis, not at a number (``de... 0,2 %``).
    * Nowhere else does a sentence start: not after a colon or a semicolon, not after an
      opening quote (the small parser cut ``"`` | ``Il a dit`` at every quoted paragraph),
      not after a closing quote that does not follow a full stop, never inside a name.

    Every token is decided, so the parser (full analysis) and the selective analysis get
    the same sentences; a sentence of the rules is never cut by the model.
    """

    def __init__(self, nlp: Language, name: str) -> None:
        from . import resources

        self.name = name
        self.titles = resources.entity_rules().person_titles
        self._classes: dict[int, int] = {}  # orth id -> token class (grows with the vocab)

    def _class(self, text: str) -> int:
        if text.isspace():
            return _NL if "\n" in text else _SPACE
        if all(c in _END_CHARS for c in text):
            return _ELLIPSIS if text in ("...", "…") else _END
        if text in self.titles or _INITIALS.match(text):
            return _TITLE
        if text in _OPENING:
            return _OPEN
        if text in _CLOSING:
            return _CLOSE
        if text == '"':
            return _QUOTE
        if text in _BULLETS:
            return _BULLET
        if text in _DASHES:
            return _DASH
        if len(text) > 1 and text.endswith("."):
            return _ABBR
        first = text[0]
        if first.isupper():
            return _UPPER
        if first.isalpha():
            return _LOWER
        return _DIGIT if first.isdigit() else _PUNCT

    def __call__(self, doc: Doc) -> Doc:
        n = len(doc)
        if n < 2:
            return doc
        strings = doc.vocab.strings
        memo = self._classes
        cls = []
        for orth in doc.to_array(ORTH).tolist():
            c = memo.get(orth)
            if c is None:
                c = memo[orth] = self._class(strings[orth])
            cls.append(c)
        spaces = doc.to_array(SPACY).tolist()
        values = doc.to_array(SENT_START).astype("int64")
        values[1:] = [_sent_start(cls, spaces, i) for i in range(1, n)]
        text = doc.text
        glued = [m.start() for m in glued_heading().finditer(text)]
        if glued:  # a heading glued to the text after it ends a sentence
            starts = doc.to_array(IDX).tolist()
            for offset in glued:
                i = bisect_left(starts, offset)
                if 0 < i < n and starts[i] == offset:
                    values[i] = 1
        doc.from_array([SENT_START], values.astype("uint64"))
        return doc


def _opening_quote(cls: list[int], spaces: list[int], i: int) -> bool:
    """A straight quote glued to the word after it ("M." included) opens a quotation."""
    return not spaces[i] and i + 1 < len(cls) and (cls[i + 1] in _WORDS or cls[i + 1] == _TITLE)


def _after_end(cls: list[int], spaces: list[int], i: int, number: bool = True) -> int:
    c = cls[i]
    if c in (_UPPER, _TITLE, _OPEN, _BULLET, _DASH) or (c == _DIGIT and number):
        return 1
    if c == _QUOTE and _opening_quote(cls, spaces, i):
        return 1
    return -1


def _sent_start(cls: list[int], spaces: list[int], i: int) -> int:
    """1 if a sentence starts at token ``i``, else -1."""
    prev = cls[i - 1]
    if prev == _NL:
        return 1
    c = cls[i]
    if c in (_NL, _SPACE):
        return -1
    j = i - 2 if prev == _SPACE and i >= 2 else i - 1
    left = cls[j]
    if left in (_END, _ELLIPSIS):
        return _after_end(cls, spaces, i, number=left == _END)
    if left == _CLOSE or (left == _QUOTE and not _opening_quote(cls, spaces, j)):
        k = j - 2 if j >= 2 and cls[j - 1] == _SPACE else j - 1
        end = k >= 0 and (cls[k] == _END or cls[k] == _ELLIPSIS)
        return _after_end(cls, spaces, i) if end else -1
    if left == _ABBR:
        return _after_end(cls, spaces, i)
    return -1


@Language.factory("frnews_sentences", requires=[], assigns=["token.is_sent_start"])
def make_sentence_fixer(nlp: Language, name: str) -> SentenceFixer:
    return SentenceFixer(nlp, name)


if not Doc.has_extension("meta"):
    Doc.set_extension("meta", default=None)


def original_text(doc: Doc) -> str:
    """The article text as read (before normalisation), which every offset indexes into.
    Normalisation replaces characters one for one, so the offsets of the Doc are valid in
    it; without metadata (a Doc made by another pipeline) the Doc's own text is used."""
    return _kept_text(doc, "text")


def doc_text(doc: Doc) -> str:
    """The Doc's own text, as ``make_doc`` kept it: spaCy joins ``doc.text`` from the
    tokens at each call, which costs a few milliseconds an article."""
    return _kept_text(doc, "doc_text")


def _kept_text(doc: Doc, key: str) -> str:
    """The text ``make_doc`` kept under ``key`` in ``doc._.meta``, when it is as long as
    the Doc; else the Doc's own text."""
    meta = doc._.meta
    if isinstance(meta, dict):
        text = meta.get(key)
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


def compound(doc: Doc, i: int) -> tuple[str, int]:
    """The word at token ``i``, lower-cased, with a compound the tokenizer split at a
    glued hyphen kept whole ("start-up" is three tokens), and the index after it."""
    if i + 2 < len(doc) and doc[i + 1].text == "-" and not doc[i].whitespace_ and \
            not doc[i + 1].whitespace_:
        return f"{doc[i].lower_}-{doc[i + 2].lower_}", i + 3
    return doc[i].lower_, i + 1


# Quotation marks that open and close a quotation (straight quotes do both).
OPENING_QUOTES = frozenset({'"', "«", "“"})
CLOSING_QUOTES = frozenset({'"', "»", "”"})


def quoted_name(doc: Doc, i: int, longest: int, inner_punct: Container[str]) -> int | None:
    """The index of the closing quotation mark of a capitalised name of one to
    ``longest`` words quoted from token ``i`` (an opening mark), with no punctuation
    inside but ``inner_punct``; None if there is no such name."""
    if i >= len(doc) or doc[i].text not in OPENING_QUOTES:
        return None
    close = next((k for k in range(i + 2, min(len(doc), i + 2 + longest))
                  if doc[k].text in CLOSING_QUOTES), None)
    if close is None or not doc[i + 1].text[:1].isupper() or any(
        t.is_punct and t.text not in inner_punct for t in doc[i + 1:close]
    ):
        return None
    return close


def adjective_like(tok: Token) -> bool:
    """A lower-case word with an adjective's ending ("française", "pharmaceutique",
    "américain"), read from its shape alone: the tagger may not have run on the sentence.
    The endings are ``adjective_endings`` of ``entity_rules.yaml``."""
    from . import resources

    text = tok.text
    return text.isalpha() and text.islower() and len(text) > 3 and not tok.is_stop and \
        text.endswith(resources.entity_rules().adjective_endings)


def before_adjectives(doc: Doc, start: int, nouns: Container[str]) -> int:
    """The index of the word before the (at most two) adjectives that precede token
    ``start`` ("la start-up française X" gives the index of "up"); a word of ``nouns`` is
    never taken for an adjective ("la coopérative X" keeps its noun)."""
    j = start - 1
    while j >= 0 and start - j <= 2 and adjective_like(doc[j]) and \
            compound_ending_at(doc, j)[0] not in nouns:
        j -= 1
    return j


def compound_ending_at(doc: Doc, j: int) -> tuple[str, int]:
    """The word ending at token ``j`` as :func:`compound` reads it, and its first index."""
    if j >= 2:
        word, end = compound(doc, j - 2)
        if end == j + 1:
            return word, j - 2
    return doc[j].lower_, j


def cite(doc: Doc, start: int, end: int) -> str:
    """The original text between two character offsets of ``doc``."""
    return original_text(doc)[start:end]


@dataclass(frozen=True)
class _Key:
    model: str
    analysis: str
    blas: str


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
    """Build a fresh pipeline for ``settings`` (not cached).

    With ``analysis="full"`` every component of the model runs on every sentence. With
    ``"selective"`` (the default) the model's ``ner`` runs everywhere and its other
    components only where an extractor needs them (:mod:`pipeline.selective`): they stay
    in the pipeline, disabled, and the component ``frnews_analysis`` runs them. Sentence
    boundaries come from ``frnews_sentences`` in both cases. A model without ``ner`` or
    ``parser`` falls back to the full analysis.
    """
    from . import affiliations, entities, moves, selective, topics  # noqa: F401  (factories)

    settings = settings or Settings()
    nlp = load_base_model(settings.model)
    nlp.max_length = max(nlp.max_length, settings.max_chars + 1)
    add_glued_sentence_infixes(nlp)
    names = nlp.component_names
    if settings.analysis == "selective" and "ner" in names and "parser" in names:
        heavy = [n for n in nlp.pipe_names if n not in selective.EVERYWHERE]
        for name in heavy:
            nlp.disable_pipe(name)
        nlp.add_pipe("frnews_sentences", first=True)
        nlp.add_pipe("frnews_analysis", after="ner", config={"components": heavy})
    else:
        if settings.analysis == "selective":
            log.warning("model %s has no ner or parser: full analysis", settings.model)
        first = "parser" if "parser" in nlp.pipe_names else nlp.pipe_names[0]
        nlp.add_pipe("frnews_sentences", before=first)
    anchor = nlp.pipe_names[-1]
    nlp.add_pipe("frnews_entities", after=anchor)
    nlp.add_pipe("frnews_moves", after="frnews_entities")
    nlp.add_pipe("frnews_affiliations", after="frnews_moves")
    nlp.add_pipe("frnews_topics", after="frnews_affiliations")
    if settings.blas == "numpy":
        use_numpy_blas(nlp)
    index_lemma_tables(nlp)
    log.debug("pipeline %s (%s analysis): %s", settings.model, settings.analysis,
              nlp.pipe_names)
    return nlp


def index_lemma_tables(nlp: Language) -> None:
    """Turn the word lists of the rule lemmatizer's ``lemma_index`` table into sets.

    spaCy's French rule lemmatizer tests ``word in index[pos]`` for every word it has not
    seen yet, and the index holds lists of tens of thousands of words: about 70 µs per
    new word, a sixth of the whole pipeline's time on a few thousand articles. As sets
    the test is constant-time; the lemmas are the same (tested).
    """
    for _, proc in nlp.components:
        lookups = getattr(proc, "lookups", None)
        if lookups is None or not hasattr(lookups, "has_table") or \
                not lookups.has_table("lemma_index"):
            continue
        table = lookups.get_table("lemma_index")
        for key in list(table.keys()):
            if isinstance(table[key], list):
                table[key] = frozenset(table[key])
        if hasattr(proc, "cache"):
            proc.cache.clear()


def use_numpy_blas(nlp: Language) -> None:
    """Make the networks of ``nlp``'s components multiply matrices with numpy (its BLAS)
    instead of thinc's default ``blis`` kernels: on this project's machines (AMD EPYC,
    AVX-512) the ``tok2vec`` layers, which dominate the model's cost, run about twice as
    fast, with the same results. Only this pipeline's models are changed (not thinc's
    current ops). The number of BLAS threads follows ``OPENBLAS_NUM_THREADS``."""
    from thinc.api import Model, NumpyOps

    ops = NumpyOps(use_blis=False)
    for _, proc in nlp.components:
        model = getattr(proc, "model", None)
        if isinstance(model, Model):
            for node in model.walk():
                node.ops = ops


def get_nlp(settings: Settings | None = None) -> Language:
    """The pipeline for ``settings``, built once per process and reused."""
    settings = settings or Settings()
    key = _Key(settings.model, settings.analysis, settings.blas)
    with _LOCK:
        if key not in _CACHE:
            _CACHE[key] = build_nlp(settings)
        return _CACHE[key]
