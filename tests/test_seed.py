"""The article the project started from must come out right (corpus/000_...txt, a copy
of ../shared/seed/): its entities, its three moves and its research topics."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import pipeline

pytestmark = pytest.mark.model

SEED = Path(__file__).resolve().parents[1] / "corpus" / "000_c3b77cb978517cfa.txt"


@pytest.fixture(scope="module")
def seed(nlp):
    return pipeline.extract(SEED.read_text(encoding="utf-8"), doc_id=SEED.stem)


def test_seed_people_and_labs(seed):
    text = SEED.read_text(encoding="utf-8")
    by_text: dict[str, set[str]] = {}
    for e in seed.entities:
        assert text[e.start_char:e.end_char] == e.text
        by_text.setdefault(e.text, set()).add(e.label)
    for name in ("Jan Leike", "Dario Amodei", "Jack Clark"):
        assert by_text[name] == {"PER"}
    for org in ("Anthropic", "OpenAI"):
        assert by_text[org] == {"ORG"}
    # every mention of the two labs, however written, is an ORG entity
    for m in re.finditer(r"Anthropic|OpenAI", text):
        assert any(e.start_char <= m.start() and m.end() <= e.end_char and e.label == "ORG"
                   for e in seed.entities), m.group()


def test_seed_no_elided_article_is_an_entity(seed):
    for e in seed.entities:
        assert not re.match(r"(?i)^(l|d|qu|jusqu|c|s|n)['’]", e.text), e.text
        assert e.text.strip() == e.text and "\n" not in e.text


def test_seed_canonical_names(seed):
    canon = {(e.text, e.canonical) for e in seed.entities}
    assert ("Leike", "Jan Leike") in canon
    assert ("Amodei", "Dario Amodei") in canon
    assert ("@AnthropicAI", "Anthropic") in canon


def test_seed_three_moves(seed):
    moves = {(m.person, m.from_org, m.to_org, m.kind, m.status): m for m in seed.moves}
    assert set(moves) == {
        ("Jan Leike", "OpenAI", "Anthropic", "join", "done"),
        ("Dario Amodei", "OpenAI", "Anthropic", "founding", "done"),
        ("Jack Clark", "OpenAI", "Anthropic", "founding", "done"),
    }
    assert moves["Dario Amodei", "OpenAI", "Anthropic", "founding", "done"].role_to == "CEO"
    assert moves["Jack Clark", "OpenAI", "Anthropic", "founding", "done"].role_from == (
        "responsable politique")


def test_seed_topics(seed):
    topics = {t.topic_id: t for t in seed.topics}
    assert [t.topic_id for t in seed.topics].count("scalable_oversight") == 1
    for tid in ("superalignment", "ai_safety", "ai_alignment", "scalable_oversight",
                "weak_to_strong_generalization", "automated_alignment_research"):
        assert tid in topics, tid
    for tid in ("scalable_oversight", "weak_to_strong_generalization",
                "automated_alignment_research"):
        assert "Jan Leike" in topics[tid].holder and "Anthropic" in topics[tid].holder
    assert topics["ai_safety"].matched_text == "sécurité de l’IA"
