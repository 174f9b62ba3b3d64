"""Research topics: taxonomy matching, context, discovery, attribution."""

from __future__ import annotations

import pytest

import pipeline
from pipeline.topics import fold_word, taxonomy, words_of

pytestmark = pytest.mark.model


def topics(text: str) -> dict[str, pipeline.tables.TopicRow]:
    result = pipeline.extract(text)
    for t in result.topics:
        assert text[t.start_char:t.end_char] == t.matched_text
    return {t.topic_id: t for t in result.topics}


@pytest.mark.parametrize(
    ("text", "topic_id"),
    [
        ("Les vaccins à ARN messager ont été mis au point en un an.", "mrna_vaccines"),
        ("L’alignement de l’IA est un champ de recherche jeune.", "ai_alignment"),
        ("Son équipe étudie la généralisation faible à forte.", "weak_to_strong_generalization"),
        ("Les chercheurs en apprentissage par renforcement publient beaucoup.",
         "reinforcement_learning"),
        ("The lab works on scalable oversight and RLHF.", "scalable_oversight"),
        ("Le CEA investit dans la fusion nucléaire.", "nuclear_fusion"),
        ("La thérapie génique a guéri trois enfants.", "gene_therapy"),
        ("Elle est spécialiste de la glaciologie alpine.", "glaciology"),
    ],
)
def test_taxonomy_match(text, topic_id):
    assert topic_id in topics(text)


@pytest.mark.parametrize(
    "text",
    [
        "La recherche avance, la science et la technologie aussi, grâce à l'innovation.",
        "Le numérique change la vie des entreprises.",
        "ChatGPT et le Covid-19 font la une.",
        "Le groupe mise sur l'IA.",  # an ambiguous short form alone
        "Les tests génétiques sont remboursés.",  # an adjective, not the field
        "Santé publique France publie un bulletin.",  # inside a name
    ],
)
def test_no_topic(text):
    assert topics(text) == {}


def test_one_record_per_topic_with_surfaces(nlp):
    found = topics("L'IA générative progresse. La recherche en intelligence artificielle "
                   "aussi : l'intelligence artificielle est partout.")
    ai = found["artificial_intelligence"]
    assert ai.n_mentions >= 2
    assert "intelligence artificielle" in ai.surfaces


def test_discovered_topic_is_marked_pattern(nlp):
    found = topics("Son laboratoire travaille sur la morphogenèse des coraux profonds.")
    [topic] = found.values()
    assert topic.source == "pattern" and topic.topic_id.startswith("new:")
    assert topic.matched_text == "morphogenèse des coraux profonds"


def test_holder_from_quote(nlp):
    text = ("Jan Leike rejoint Anthropic.\n« Ma nouvelle équipe travaillera sur la scalable "
            "oversight. »\n– Jan Leike")
    holder = topics(text)["scalable_oversight"].holder
    assert "Jan Leike" in holder


def test_parents_roll_up():
    tax = taxonomy()
    assert tax.topics["weak_to_strong_generalization"].parent == "ai_alignment"
    assert tax.root("weak_to_strong_generalization") == "artificial_intelligence"


def test_folding():
    assert fold_word("Vaccins") == "vaccin"
    assert [w for w, _, _ in words_of("l’alignement faible-à-forte")] == [
        "l", "alignement", "faible", "a", "forte"]
