"""Property-based test: ``pipeline.extract`` on arbitrary Unicode text never raises, never
fails an article, and every offset slices the input to the text it cites.

The model is slow-ish, so the example count is modest (a few seconds in all). Texts mix
arbitrary characters (control, format, private-use and unassigned code points, lone
surrogates, every script) with fragments of French news, so that entities, moves and
topics are found and their offsets checked.
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

pytestmark = pytest.mark.model

FRAGMENTS = [
    "Marie Curie", "Jean-Luc Hamon", "Mme Élise Norberg", "Yann LeCun", " a rejoint ",
    " a quitté ", " a été nommée directrice de ", " rejoindra ", " pour ", " l’Inria",
    " le CNRS", " Google DeepMind", " l'université de Rennes", " Mistral AI", ", ", ". ",
    ".\n", "\n\n", " « ", " » ", "’", " intelligence artificielle", " physique des particules",
    " informatique quantique", " en 2021", " lundi", " =1+1", " -", "@", "\u00a0:", "\t",
    "\r\n", "\u2028", "\x00", "\x1b[31m", "\ufeff", "\u202e", "e\u0301", "👩‍🔬", "北京大学",
    "Владимир", "جامعة", "A" * 300,
]

ANY_CHAR = st.one_of(
    st.characters(exclude_categories=()),  # all categories but surrogates
    st.characters(categories=["Cs"]),  # lone surrogates
)

NOISE = st.one_of(st.just(""), st.sampled_from(FRAGMENTS),
                  st.text(alphabet=ANY_CHAR, max_size=4))
# "<person> a rejoint <organisation>." with noise around, so that moves are found too.
SENTENCE = st.builds(
    lambda before, person, verb, org, after: f"{before}{person}{verb}{org}{after}. ",
    NOISE,
    st.sampled_from(["Marie Curie", "Jean-Luc Hamon", "Mme Élise Norberg", "Yann LeCun",
                     "Le physicien Ravi Subramanian", "=Paul Martin", "Zoë Ørsted"]),
    st.sampled_from([" a rejoint ", " a quitté ", " a été nommée directrice de ",
                     " rejoindra ", " quitte Google pour ", " est recruté par "]),
    st.sampled_from(["l’Inria", "le CNRS", "Google DeepMind", "l'université de Rennes",
                     "Mistral AI", "l’Institut Pasteur de Lille", "@Renault"]),
    NOISE,
)

TEXTS = st.one_of(
    st.text(alphabet=ANY_CHAR, max_size=300),
    st.lists(
        st.one_of(st.sampled_from(FRAGMENTS), st.text(alphabet=ANY_CHAR, max_size=8)),
        max_size=40,
    ).map("".join),
    st.lists(st.one_of(SENTENCE, NOISE), min_size=1, max_size=8).map("".join),
)


@pytest.fixture(scope="module")
def warm_extract(nlp):
    """``pipeline.extract`` with the model loaded once for the module."""
    from pipeline import extract

    extract("Jan Leike a rejoint Anthropic.")
    return extract


def _check_offsets(text: str, start: int, end: int, cited: str, what: str) -> None:
    assert 0 <= start <= end <= len(text), (what, start, end, len(text))
    assert text[start:end] == cited, (what, text[start:end], cited)


@settings(max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(text=TEXTS)
def test_extract_never_raises_and_offsets_cite_the_input(warm_extract, text):
    result = warm_extract(text, date="2024-05-28")
    assert result.document.status == "ok", result.document.error
    assert result.document.n_chars == len(text)
    for e in result.entities:
        _check_offsets(text, e.start_char, e.end_char, e.text, "entity")
    for m in result.moves:
        _check_offsets(text, m.start_char, m.end_char, m.sentence, "move")
    for t in result.topics:
        _check_offsets(text, t.start_char, t.end_char, t.matched_text, "topic")
        assert t.matched_text in t.sentence or not t.sentence
