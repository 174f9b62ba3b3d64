"""Research topics: taxonomy matching, context, discovery, attribution."""

from __future__ import annotations

import pytest

import pipeline
from pipeline.topics import fold_word, match_taxonomy, taxonomy, words_of

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
        # a learned discipline name counts alone, without a research sentence
        ("Il a consacré sa carrière à l'astrophysique.", "astrophysics"),
        ("Elle a longtemps enseigné la biomédecine à Lyon.", "medicine"),
        ("Google avait été averti par l'entreprise spécialisée en cybersécurité Check Point.",
         "cybersecurity"),
        # an everyday word counts as the field of a researcher
        ("Une chercheuse en santé publique a mené l'enquête.", "public_health"),
        ("Il est professeur de chimie à Lille.", "chemistry_materials"),
        # a phenomenon counts as the object of a study
        ("Elle étudie les effets du réchauffement climatique sur les glaciers.",
         "climate_change_research"),
        # an object or a product counts as the object of research
        ("Des chercheurs étudient les astéroïdes depuis Hawaï.", "small_bodies"),
        ("Elle est spécialiste des batteries depuis vingt ans.", "batteries"),
        # a field named by the name of a research unit
        ("Il dirige le Groupe de recherche en épistémologie de Genève.", "philosophy"),
        ("Les essais adaptatifs raccourcissent le passage de la phase 1 à la phase 2.",
         "adaptive_clinical_trials"),
        ("L'application de traçage de contacts sera testée en juin.", "contact_tracing"),
        # adjectives after the first word of a name
        ("Les vaccins expérimentaux anti-Covid-19 entrent en phase 3.",
         "covid_vaccine_research"),
        ("Des vaccins potentiels contre le Covid-19 sont à l'essai.", "covid_vaccine_research"),
        # a policy word of public life counts as the field of a researcher
        ("Il est chercheur en relations internationales à Genève.", "political_science"),
        ("Des chercheurs en bioéthique ont signé la tribune.", "bioethics"),
        ("Elle enseigne l'éthique médicale et le droit de la santé.", "bioethics"),
        ("Elle enseigne l'éthique médicale et le droit de la santé.", "health_law"),
        ("Il a obtenu un DEA en économie appliquée à Lille.", "economics"),
        ("La Terre accumule de la chaleur, selon le bilan énergétique de la Terre publié "
         "jeudi.", "climatology"),
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
        "L'article paraît dans la revue Nature Astronomy.",  # inside a journal title
        "Le couvre-feu est justifié pour des raisons de santé publique.",  # everyday sense
        "Le pays ne compte qu'un centre de dépistage.",
        "Le réchauffement climatique inquiète les assureurs.",  # a phenomenon alone
        "Une infographie publiée dimanche résume les chiffres.",  # a chart, not graphics
        "La fusée a décollé vers la station spatiale.",  # objects, not research
        "L'iPhone SE est pourvu d'une batterie au lithium-ion rechargeable.",
        "Le lanceur lourd européen s'est arraché du sol à 19h04.",
        "Un astéroïde de 650 mètres va frôler la Terre le 19 avril.",
        "Le groupe installe des panneaux solaires sur les toits.",
        "Des ONG dénoncent la déforestation de l'Amazonie.",
        # "ce type de", "ce genre de" introduce no topic of their own
        "Ils mènent des recherches sur ce type de dispositifs.",
        "Son laboratoire travaille sur ce genre de matériaux.",
        "Je n'ai rien vu de tel.",  # "ai" is not "AI"
        # policies and practices of public life, not research
        "Il plaide pour la pacification des relations internationales.",
        "La députée est opposée à la procréation médicalement assistée pour toutes.",
        "Le plan prévoit le développement de l'éolien en mer et de l'hydroélectricité.",
        "La société spécialisée dans le diagnostic des biens immobiliers a fermé.",
        "Le bien-être animal et la sécurité alimentaire sont au programme du parti.",
        "L'Assemblée examine le projet de loi bioéthique.",
        "Il évoque une potentielle transmission aérienne du virus.",
        # research too generic to be a topic's name
        "Ces corps devaient servir à la recherche médicale.",
        "Il a trouvé la photo par une recherche sur le web.",
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


def test_discovered_phrase_ends_before_an_adverb():
    text = "Jayantha Jayewardene, un spécialiste des éléphants mondialement reconnu, a parlé."
    assert [t.matched_text for t in pipeline.extract(text).topics] == []


def test_discovered_topic_ends_before_its_verb(nlp):
    found = topics("Les recherches sur la bioluminescence marine pourraient aboutir bientôt.")
    [topic] = found.values()
    assert topic.source == "pattern"
    assert topic.matched_text == "bioluminescence marine"


@pytest.mark.parametrize(("text", "matched"), [
    # one noun after a cue that names a field of research
    ("L'association a versé deux millions d'euros à la recherche contre les myopathies.",
     "myopathies"),
    ("Les recherches sur l'hydroxychloroquine ont été suspendues.", "hydroxychloroquine"),
])
def test_research_on_one_noun_names_a_topic(text, matched):
    assert [t.matched_text for t in pipeline.extract(text).topics] == [matched]


def test_works_on_one_noun_name_no_topic():
    # "travaux sur" also introduces public works; after it a topic needs two words
    text = "L'État finance un programme de travaux sur les autoroutes."
    assert [t.matched_text for t in pipeline.extract(text).topics] == []


def test_acronym_alias_needs_capitals():
    tax = taxonomy()
    text = "La SNCF n'ai rien dit de l'IA."
    hits = [text[h.start:h.end] for h in match_taxonomy(words_of(text), tax, text)]
    assert hits == ["IA"]


def test_a_name_does_not_run_across_punctuation():
    tax = taxonomy()
    matched = [h.topic_id for h in match_taxonomy(words_of(
        "Les rayons, cosmiques ou non, traversent tout."), tax,
        "Les rayons, cosmiques ou non, traversent tout.")]
    assert "transient_astrophysics" not in matched
    # unless the name itself is written so
    for text, tid in (("Le captage, stockage et utilisation du carbone.", "carbon_capture"),
                      ("Les particules PM2.5 inquiètent.", "air_quality"),
                      ("Les rayons cosmiques traversent tout.", "transient_astrophysics")):
        assert tid in [h.topic_id for h in match_taxonomy(words_of(text), tax, text)]


def test_modifiers_do_not_join_unrelated_words():
    tax = taxonomy()
    text = "Les vaccins expérimentaux, eux, sont prêts."
    assert [h.topic_id for h in match_taxonomy(words_of(text), tax, text,
                                               frozenset({"experimentaux"}))] == []


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


@pytest.mark.parametrize("text", [
    "Le ministre de l'Écologie a visité la station.",  # a portfolio, not research
    "Elle a acheté deux imprimantes 3D et un laser.",  # objects, not research
    "L'essai sur un millier de malades a commencé lundi.",  # a quantity, not a topic
    # objects and homonyms in a research sentence
    "Les chercheurs ont suivi les satellites de la constellation et leurs lasers.",
    "Selon les chercheurs, les lanceurs d'alerte sont mieux protégés.",
    # a discovery cue that also introduces non-research work
    "Sa division se concentre sur la teneur des contenus, comme les discours de haine.",
])
def test_portfolios_objects_and_quantities_are_not_topics(text):
    assert [t.matched_text for t in pipeline.extract(text).topics] == []
