"""The package's data files (pipeline/resources/): each loads and validates, the taxonomy
and the gazetteer hold what the pipeline relies on, and a broken file is reported with its
name (ResourceError)."""

from __future__ import annotations

import json
import re
import unicodedata
from collections import defaultdict
from importlib import resources as ir
from itertools import pairwise

import pytest
import yaml

import pipeline.resources as res
from pipeline import moves, topics
from pipeline.errors import ResourceError

LOADERS = {
    "organisations.jsonl": res.organisations,
    "entity_rules.yaml": res.entity_rules,
    "first_names.txt": res.first_names,
    "first_name_genders.txt": res.first_name_genders,
    "given_name_variants.txt": res.given_name_variants,
    "move_triggers.yaml": moves.lexicon,
    "topics.yaml": topics.taxonomy,
    "topic_patterns.yaml": topics.topic_patterns,
}

SEEDS = {  # seed topic -> parent
    "superalignment": "ai_alignment",
    "ai_safety": "artificial_intelligence",
    "ai_alignment": "ai_safety",
    "scalable_oversight": "ai_alignment",
    "weak_to_strong_generalization": "ai_alignment",
    "automated_alignment_research": "ai_alignment",
}

GENERIC_WORDS = ["recherche", "science", "technologie", "innovation", "numérique"]


def raw(name: str) -> str:
    return (ir.files("pipeline.resources") / name).read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def topics_yaml() -> dict:
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    return yaml.load(raw("topics.yaml"), Loader=loader)


@pytest.fixture(scope="module")
def taxonomy() -> topics.Taxonomy:
    return topics.taxonomy()


def fold(text: str) -> str:
    """Independent of the loader: case, accents, apostrophes, hyphens and punctuation."""
    text = unicodedata.normalize("NFKD", text.replace("\u2019", "'").casefold())
    text = "".join(c for c in text if not unicodedata.combining(c))
    return " ".join(re.sub(r"[\W_]+", " ", text).split())


def yaml_forms(item: dict) -> list[str]:
    """Every name of a topic in topics.yaml: labels, aliases and ambiguous forms."""
    aliases = item.get("aliases") or {}
    forms = [item.get("label_fr"), item.get("label_en")]
    forms += list(aliases.get("fr") or []) + list(aliases.get("en") or [])
    forms += list(item.get("ambiguous") or [])
    return [f for f in forms if f]


# ---------------------------------------------------------------------- loading


@pytest.mark.parametrize("name", sorted(LOADERS))
def test_data_file_loads_and_validates(name):
    assert LOADERS[name]()


def test_loaders_are_cached():
    for loader in LOADERS.values():
        assert loader() is loader()


def test_first_names():
    names = res.first_names()
    assert len(names) > 1000
    assert {"Jean", "Marie", "Jan", "Dario", "Jean-Luc"} <= names
    assert not any(n.startswith("#") or n != n.strip() for n in names)
    # ambiguous common words and places are left out (the file's own rule)
    assert not {"France", "Rose", "Noël"} & names


def test_first_name_genders():
    genders = res.first_name_genders()
    assert set(genders.values()) == {"Masc", "Fem"}
    assert set(genders) <= res.first_names()  # names of first_names.txt only
    assert genders["Jean"] == "Masc" and genders["Marie"] == "Fem"
    assert genders["Jean-Marie"] == "Masc" and genders["Marie-France"] == "Fem"
    assert not {"Dominique", "Claude", "Camille"} & set(genders)  # epicene: left out


def test_given_name_variants():
    variants = res.given_name_variants()
    assert variants["Bob"] == {"Robert"} and variants["Alex"] >= {"Alexander", "Alexandre"}
    assert not any(short in full for short, full in variants.items())


def test_entity_rules():
    rules = res.entity_rules()
    assert "l'" in rules.elided_clitics
    assert "M." in rules.person_titles
    assert all(isinstance(c, tuple) and c for c in rules.org_right_cues)


def test_move_lexicon():
    lex = moves.lexicon()
    assert lex.verbs["rejoindre"].kind == "join"
    assert lex.verbs["nommer"].kind == "appointment"
    assert {f.kind for f in [*lex.verbs.values(), *lex.nouns.values()]} <= set(moves.KINDS)
    assert lex.roles and all(
        all(len(a) >= len(b) for a, b in pairwise(titles)) for titles in lex.roles.values())
    assert all(t[0] == first for first, titles in lex.roles.items() for t in titles)
    # split after an elision as the tokenizer does
    assert ("secrétaire", "d'", "état") in lex.roles["secrétaire"]


def test_topic_patterns():
    pats = topics.topic_patterns()
    assert ("recherche", "sur") in pats.cues
    assert all(len(a) >= len(b) for a, b in pairwise(pats.cues))  # longest first


# ---------------------------------------------------------------------- taxonomy


def test_taxonomy_size(taxonomy, topics_yaml):
    assert len(taxonomy.topics) >= 300
    assert len(topics_yaml["topics"]) == len(taxonomy.topics)


def test_taxonomy_ids_unique_and_snake_case(topics_yaml):
    ids = [t["id"] for t in topics_yaml["topics"]]
    assert len(ids) == len(set(ids))
    assert all(re.fullmatch(r"[a-z][a-z0-9_]*", i) for i in ids)


def test_taxonomy_parents_exist(topics_yaml):
    ids = {t["id"] for t in topics_yaml["topics"]}
    assert all(t.get("parent") is None or t["parent"] in ids for t in topics_yaml["topics"])
    assert any(t.get("parent") is None for t in topics_yaml["topics"])  # a root domain


def test_taxonomy_topics_have_labels_and_known_keys(topics_yaml):
    keys = {"id", "label_fr", "label_en", "parent", "aliases", "ambiguous"}
    for t in topics_yaml["topics"]:
        assert set(t) <= keys, t["id"]
        assert t.get("label_fr") or t.get("label_en"), t["id"]
        aliases = t.get("aliases") or {}
        assert isinstance(aliases, dict) and set(aliases) <= {"fr", "en"}, t["id"]
        for forms in [*aliases.values(), t.get("ambiguous") or []]:
            assert isinstance(forms, list), t["id"]
            assert all(isinstance(f, str) and f.strip() for f in forms), t["id"]


def test_no_alias_claimed_by_two_topics_in_yaml(topics_yaml):
    owners: dict[str, set[str]] = defaultdict(set)
    for t in topics_yaml["topics"]:
        for form in yaml_forms(t):
            owners[fold(form)].add(t["id"])
    assert {f: ids for f, ids in owners.items() if len(ids) > 1} == {}


def test_no_alias_claimed_by_two_topics_in_loader(taxonomy):
    # the loader refuses a second owner; every alias of a topic points back to it
    for t in taxonomy.topics.values():
        for alias in t.aliases:
            key = topics._key(alias)
            if key:
                assert taxonomy.index[key][0] == t.id, alias


@pytest.mark.parametrize(("topic_id", "parent"), sorted(SEEDS.items()))
def test_seed_topics_and_parents(taxonomy, topic_id, parent):
    assert taxonomy.topics[topic_id].parent == parent
    assert taxonomy.root(topic_id) == "artificial_intelligence"


@pytest.mark.parametrize(
    ("alias", "topic_id"),
    [
        ("superalignement", "superalignment"),
        ("Superalignment", "superalignment"),
        ("sécurité de l'IA", "ai_safety"),
        ("AI safety", "ai_safety"),
        ("alignement de l'IA", "ai_alignment"),
        ("alignement des intelligences artificielles", "ai_alignment"),
        ("scalable oversight", "scalable_oversight"),
        ("supervision scalable", "scalable_oversight"),
        ("généralisation faible-à-forte", "weak_to_strong_generalization"),
        ("weak-to-strong generalization", "weak_to_strong_generalization"),
        ("recherche automatisée sur l'alignement", "automated_alignment_research"),
        ("automated alignment research", "automated_alignment_research"),
    ],
)
def test_seed_aliases(taxonomy, alias, topic_id):
    assert taxonomy.index[topics._key(alias)][0] == topic_id


@pytest.mark.parametrize("word", GENERIC_WORDS)
def test_generic_word_is_no_alias_in_yaml(topics_yaml, word):
    variants = {fold(word), fold(word + "s")}
    claimed = {
        t["id"]: sorted(variants & {fold(re.sub(r"^(?:les?|la|l')\s*", "", f, flags=re.I))
                                    for f in yaml_forms(t)})
        for t in topics_yaml["topics"]
    }
    assert {tid: forms for tid, forms in claimed.items() if forms} == {}


@pytest.mark.parametrize("word", GENERIC_WORDS)
@pytest.mark.parametrize("article", ["", "la ", "le ", "l'", "les "])
def test_generic_word_is_no_alias_in_loader(taxonomy, word, article):
    assert topics._key(article + word) not in taxonomy.index


# ---------------------------------------------------------------------- gazetteer


def test_gazetteer_twitter_handle():
    by_pattern = {o.pattern: o.canonical for o in res.organisations()}
    assert by_pattern["@AnthropicAI"] == "Anthropic"
    assert by_pattern["Anthropic"] == "Anthropic"
    assert by_pattern["@OpenAI"] == "OpenAI"


def test_gazetteer_no_pattern_mapped_to_two_ids_in_file():
    owners: dict[str, set[str]] = defaultdict(set)
    for line in raw("organisations.jsonl").splitlines():
        if line.strip():
            rec = json.loads(line)
            owners[rec["pattern"].replace("\u2019", "'")].add(rec["id"])
    assert {p: ids for p, ids in owners.items() if len(ids) > 1} == {}


def test_gazetteer_lines_are_entity_ruler_patterns():
    for n, line in enumerate(raw("organisations.jsonl").splitlines(), 1):
        if line.strip():
            rec = json.loads(line)
            assert rec.get("label") == "ORG", n
            assert isinstance(rec.get("pattern"), str) and rec["pattern"].strip(), n
            assert isinstance(rec.get("id"), str) and rec["id"].strip(), n


def test_gazetteer_loader_keeps_one_entry_per_pattern():
    patterns = [o.pattern for o in res.organisations()]
    assert len(patterns) == len(set(patterns))


# ---------------------------------------------------------------------- broken files


@pytest.fixture
def fresh_caches():
    """Empty the loaders' caches before and after, so that broken data is never kept."""
    for loader in LOADERS.values():
        loader.cache_clear()
    yield
    for loader in LOADERS.values():
        loader.cache_clear()


def break_file(monkeypatch, name: str, content: str) -> None:
    real = res._read
    monkeypatch.setattr(res, "_read", lambda n: content if n == name else real(n))


def _bug(reason: str) -> pytest.MarkDecorator:
    """A regression test of a bug that was fixed (the reason says what it was)."""
    return pytest.mark.regression


BROKEN = [
    ("topics.yaml", "topics: [\n", "not valid YAML"),
    ("topics.yaml", "foo: 1\n", "topics"),
    ("topics.yaml", "", "topics"),
    ("topics.yaml", "topics:\n- label_fr: x\n", "no id"),
    ("topics.yaml", "topics:\n- id: a\n- id: a\n", "duplicate id"),
    ("topics.yaml", "topics:\n- id: a\n  parent: zz\n", "unknown parent"),
    ("topics.yaml", "topics:\n- id: a\n  parent: b\n- id: b\n  parent: a\n", "cycle"),
    ("topics.yaml", "topics:\n- id: a\n  aliases: {fr: [IA générative]}\n"
     "- id: b\n  aliases: {en: [ia-generative]}\n", "already claimed"),
    pytest.param("topics.yaml", "topics:\n- id: a\n  aliases: [x]\n", "aliases",
                 marks=_bug("taxonomy() raises AttributeError when 'aliases' is a list"),
                 id="topics-aliases-list"),
    pytest.param("topics.yaml", "topics:\n- id: a\n  aliases: {fr: vaccins}\n", "aliases",
                 marks=_bug("taxonomy() accepts an alias list written as a string and "
                            "indexes its letters"), id="topics-aliases-string"),
    ("organisations.jsonl", '{"label": "ORG", "pattern": "X", "id": "X"', "line 1"),
    ("organisations.jsonl", '{"label": "ORG", "pattern": "X"}', "needs string"),
    ("organisations.jsonl", '{"label": "ORG", "pattern": " ", "id": "X"}', "needs string"),
    ("organisations.jsonl", '{"label": "PER", "pattern": "X", "id": "X"}', "label must be ORG"),
    ("organisations.jsonl", '{"label": "ORG", "pattern": "X", "id": "X"}\n'
     '{"label": "ORG", "pattern": "X", "id": "Y"}', "maps to"),
    pytest.param("organisations.jsonl", "[1]", "line 1",
                 marks=_bug("organisations() raises AttributeError on a line that is not "
                            "a JSON object"), id="organisations-not-object"),
    ("given_name_variants.txt", "Bob Robert\n", "line 1"),
    ("given_name_variants.txt", "# header\nBob\tBob\n", "line 2"),
    ("entity_rules.yaml", "elided_clitics: [", "not valid YAML"),
    ("entity_rules.yaml", "elided_clitics: []\n", "missing list"),
    pytest.param("entity_rules.yaml", "", "entity_rules",
                 marks=_bug("entity_rules() raises AttributeError on an empty file"),
                 id="entity-rules-empty"),
    ("move_triggers.yaml", "verbs: [", "not valid YAML"),
    ("move_triggers.yaml", "verbs: {rejoindre: {kind: hire}}\n", "kind must be one of"),
    ("move_triggers.yaml", "verbs: {rejoindre: {kind: join, bogus: 1}}\n", "bogus"),
    pytest.param("move_triggers.yaml", "verbs: {}\nnouns: {}\n", "from_markers",
                 marks=_bug("lexicon() raises KeyError when a list is missing"),
                 id="move-triggers-missing-list"),
    pytest.param("move_triggers.yaml", "", "move_triggers",
                 marks=_bug("lexicon() raises AttributeError on an empty file"),
                 id="move-triggers-empty"),
    ("topic_patterns.yaml", "", "missing or invalid"),
    ("topic_patterns.yaml", "discovery_cues: [recherche sur]\n", "holder_cues"),
]


@pytest.mark.usefixtures("fresh_caches")
@pytest.mark.parametrize(("name", "content", "problem"), BROKEN)
def test_broken_file_raises_resource_error(monkeypatch, name, content, problem):
    break_file(monkeypatch, name, content)
    with pytest.raises(ResourceError) as info:
        LOADERS[name]()
    message = str(info.value)
    assert f"'{name}'" in message
    assert problem in message


def test_missing_file_raises_resource_error():
    with pytest.raises(ResourceError, match=r"'absent\.txt'.*missing"):
        res.text_resource("absent.txt")


@pytest.mark.usefixtures("fresh_caches")
def test_loader_reads_the_file_again_after_cache_clear(monkeypatch):
    # guards the fixture above: a patched reader is seen only after the cache is cleared
    break_file(monkeypatch, "first_names.txt", "# comment\nZoé\n\n  Jan  \n")
    assert res.first_names() == frozenset({"Zoé", "Jan"})
