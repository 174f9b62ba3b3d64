"""Issue 5: selective analysis, parallel runs, and what they must not change.

* The selective Doc has the sentences and the entities of the full one, and the seed
  article still gives exactly its three moves.
* The prefilter sends trigger sentences to the parser, and not the others.
* ``--workers 2`` writes the same bytes as ``--workers 1``; a failing article stays
  isolated in a worker.
"""

from __future__ import annotations

from dataclasses import astuple
from pathlib import Path

import pytest

import pipeline
from pipeline.config import Settings
from pipeline.corpus import Article, read_corpus
from pipeline.errors import ConfigError
from pipeline.normalize import normalize_text

pytestmark = pytest.mark.model

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "corpus" / "000_c3b77cb978517cfa.txt"
FULL = Settings(analysis="full")


@pytest.fixture(scope="module")
def full_nlp(nlp):
    from pipeline.nlp import get_nlp

    return get_nlp(FULL)


@pytest.fixture(scope="module")
def seed_article() -> Article:
    [article] = [a for a in read_corpus(ROOT / "corpus")
                 if isinstance(a, Article) and a.doc_id == SEED.stem]
    return article


def _doc(nlp, article: Article):
    from pipeline.run import make_doc

    return nlp(make_doc(nlp, article))


# ---------------------------------------------------------------------- the selective Doc


def test_default_pipeline_is_selective(nlp, full_nlp):
    assert "frnews_analysis" in nlp.pipe_names and "parser" not in nlp.pipe_names
    assert "parser" in nlp.disabled  # loaded once, run by frnews_analysis
    assert "frnews_analysis" not in full_nlp.pipe_names and "parser" in full_nlp.pipe_names


def test_selective_doc_keeps_sentences_and_entities(nlp, full_nlp, seed_article):
    from pipeline.run import make_doc

    names = nlp.pipe_names
    with nlp.select_pipes(enable=names[:names.index("frnews_analysis")]):
        before = nlp(make_doc(nlp, seed_article))
    ents = [(e.start, e.end, e.label_) for e in before.ents]
    sents = [(s.start, s.end) for s in before.sents]
    nlp.get_pipe("frnews_analysis")(before)
    assert [(e.start, e.end, e.label_) for e in before.ents] == ents
    assert [(s.start, s.end) for s in before.sents] == sents
    # the sentences are those of the full analysis, every one a single tree
    full = _doc(full_nlp, seed_article)
    assert [(s.start, s.end) for s in full.sents] == sents
    for sent in before.sents:
        assert sum(t.dep_ == "ROOT" for t in sent) == 1


def test_selective_doc_analyses_only_part_of_the_text(nlp, seed_article):
    doc = _doc(nlp, seed_article)
    tagged = sum(bool(t.pos_) for t in doc)
    assert 0 < tagged < len(doc)
    trigger = next(t for t in doc if t.text == "démissionné")
    assert (trigger.pos_, trigger.lemma_) == ("VERB", "démissionner")
    assert trigger.sent.root.dep_ == "ROOT"


def test_seed_gives_exactly_its_three_moves(nlp):
    result = pipeline.extract(SEED.read_text(encoding="utf-8"), doc_id=SEED.stem)
    assert {(m.person, m.from_org, m.to_org, m.kind, m.status) for m in result.moves} == {
        ("Jan Leike", "OpenAI", "Anthropic", "join", "done"),
        ("Dario Amodei", "OpenAI", "Anthropic", "founding", "done"),
        ("Jack Clark", "OpenAI", "Anthropic", "founding", "done"),
    }


def test_selective_tables_equal_full_tables_on_corpus(nlp, full_nlp):
    from pipeline.run import process_articles

    articles = [a for a in read_corpus(ROOT / "corpus") if isinstance(a, Article)]
    rows = []
    for model in (nlp, full_nlp):
        results = process_articles(model, articles, 32)
        rows.append(sorted(astuple(r) for res in results for r in res.rows()))
    assert rows[0] == rows[1]


# ---------------------------------------------------------------------- the prefilter


def _plan(nlp, text: str):
    from pipeline.run import make_doc

    names = nlp.pipe_names
    with nlp.select_pipes(enable=names[:names.index("frnews_analysis")]):
        doc = nlp(make_doc(nlp, Article(doc_id="t", text=text)))
    return doc, nlp.get_pipe("frnews_analysis").prefilter.plan(doc)


@pytest.mark.parametrize(
    "sentence",
    [
        "Jan Leike a rejoint Anthropic, a-t-il annoncé mardi.",
        "Claire Vasseur a été nommée directrice générale de La Banque Postale.",
        "Aurélie Fontaine prend la tête de l'IRFM à Cadarache.",
        "Le départ de Carlos Tavares a surpris les marchés.",
        "Markus Duesmann nouveau PDG d'Audi.",
        "Selon Le Monde, elle quitterait Renault en juin.",
        "Il devient directeur financier de Safran.",
        # the name of the person moved between the verb and the words it needs
        "Le conseil a porté Marie-Claire de La Tour à la tête de Renault.",
        # subjunctive forms of irregular verbs
        "Le président veut que Paul Ravel prenne la tête de Renault.",
        "Bien qu'elle rejoigne Renault, rien ne change.",
    ],
)
def test_prefilter_parses_trigger_sentences(nlp, sentence):
    doc, plan = _plan(nlp, "Le temps sera beau demain. " + sentence)
    parsed = [doc[s:e].text.strip() for s, e in plan.parse]
    assert parsed == [normalize_text(sentence)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Le temps sera beau demain sur toute la Bretagne.",
        "Il prend un café avant la réunion.",  # "prendre" without "la tête", "ses fonctions"
        "La réunion a été reportée à jeudi, faute de quorum.",
    ],
)
def test_prefilter_leaves_other_sentences(nlp, sentence):
    _, plan = _plan(nlp, sentence)
    assert plan.parse == []


def test_prefilter_parses_a_pronoun_of_the_event_noun_before(nlp):
    first = "Renault a annoncé deux nominations."
    second = "La plus commentée est celle de Jean Roux à la tête de Dacia."
    doc, plan = _plan(nlp, f"{first} {second} On en parle encore, celle de Jean aussi.")
    assert [doc[s:e].text.strip() for s, e in plan.parse] == [first, second]
    # and the move it tells comes out
    moves = pipeline.extract(f"{first} {second}", date="2025-03-12").moves
    assert [(m.person, m.to_org) for m in moves] == [("Jean Roux", "Dacia")]


def test_prefilter_tags_words_whose_repair_reads_tags(nlp):
    doc, plan = _plan(nlp, "Il siège à l'Assemblée nationale depuis 2017.")
    tagged = {doc[i].text for s, e in plan.tags for i in range(s, e)}
    assert "nationale" in tagged and plan.parse == []


def test_speech_verb_forms_are_validated():
    from pipeline.selective import speech_verb_forms

    forms = speech_verb_forms(["dire", "écrire", "répondre", "reconnaître", "poursuivre",
                               "conclure", "sourire"])
    assert "dit" in forms["dire"]


def test_prefixed_verbs_take_the_forms_of_their_base():
    from pipeline.selective import verb_forms

    forms = verb_forms(["devenir", "redevenir"], {"devint": "devenir"})
    assert forms["redevint"] == "redevenir"
    assert forms["devint"] == "devenir"
    assert "redevint" not in verb_forms(["devenir"], {"devint": "devenir"})


# ---------------------------------------------------------------------- parallel runs


def test_two_workers_write_the_same_bytes(nlp, tmp_path):
    from pipeline.cli import main

    outs = []
    for workers in ("1", "2"):
        out = tmp_path / f"w{workers}"
        code = main(["run", str(ROOT / "corpus"), "--out", str(out), "--force", "--quiet",
                     "--workers", workers, "--batch-size", "4"])
        assert code == 0
        outs.append(out)
    names = sorted(p.name for p in outs[0].glob("*.csv"))
    assert names
    for name in names:
        assert (outs[0] / name).read_bytes() == (outs[1] / name).read_bytes(), name


def test_failing_article_isolated_in_a_worker(nlp, tmp_path, monkeypatch):
    import importlib

    run_module = importlib.import_module("pipeline.run")  # pipeline.run is also a function

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for name, text in (("a", "Jan Leike a rejoint Anthropic."),
                       ("b", "Cet article fait échouer l'analyse."),
                       ("c", "Marie Curie a quitté Varsovie.")):
        (corpus / f"{name}.txt").write_text(text, encoding="utf-8")
    real = run_module.result_from_doc

    def fragile(article, doc):
        if article.doc_id == "b":
            raise RuntimeError("boom")
        return real(article, doc)

    monkeypatch.setattr(run_module, "result_from_doc", fragile)  # inherited by the forks
    results = list(run_module.iter_results(corpus, Settings(workers=2, batch_size=2)))
    assert [r.doc_id for r in results] == ["a", "b", "c"]
    assert [r.document.status for r in results] == ["ok", "failed", "ok"]
    assert "boom" in results[1].errors[0].message


def test_workers_and_analysis_are_settings_and_options():
    from pipeline.cli import _settings, build_parser

    args = build_parser().parse_args(["run", "corpus", "--workers", "2", "--analysis", "full"])
    settings = _settings(args)
    assert (settings.workers, settings.analysis) == (2, "full")
    assert Settings().analysis == "selective" and Settings().batch_size == 32
    with pytest.raises(ConfigError):
        Settings().updated(analysis="partial")


def test_indexed_lemma_tables_give_the_same_lemmas():
    """The lemmatizer's word lists as sets (pipeline.nlp.index_lemma_tables): same lemmas
    as the model's own tables, on every word of the sample corpus."""
    import spacy

    from pipeline.corpus import Article, read_corpus
    from pipeline.nlp import index_lemma_tables

    texts = [a.text for a in read_corpus(ROOT / "corpus") if isinstance(a, Article)]
    plain = spacy.load("fr_core_news_sm")
    fast = spacy.load("fr_core_news_sm")
    index_lemma_tables(fast)
    table = fast.get_pipe("lemmatizer").lookups.get_table("lemma_index")
    assert all(isinstance(table[k], frozenset) for k in table.keys())
    for a, b in zip(plain.pipe(texts), fast.pipe(texts), strict=True):
        assert [t.lemma_ for t in a] == [t.lemma_ for t in b]
