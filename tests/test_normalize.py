"""Offset-preserving normalisation (pipeline/normalize.py) and, with the model, the
tokenizer and sentence fixer that handle what cannot be fixed one character for one."""

from __future__ import annotations

import pytest

from pipeline.normalize import _CHAR_MAP, glued_sentence_ends, normalize_text

# ---------------------------------------------------------------------- one for one

ALL_CODE_POINTS = "".join(map(chr, range(0x110000)))


@pytest.fixture(scope="module")
def normalised_code_points() -> str:
    return normalize_text(ALL_CODE_POINTS)


def test_every_code_point_maps_to_exactly_one_character(normalised_code_points):
    assert len(normalised_code_points) == len(ALL_CODE_POINTS)


def test_normalisation_is_idempotent(normalised_code_points):
    assert normalize_text(normalised_code_points) == normalised_code_points


def test_only_mapped_and_control_characters_change(normalised_code_points):
    changed = {a for a, b in zip(ALL_CODE_POINTS, normalised_code_points, strict=True) if a != b}
    # ordinary French text is left alone
    assert not changed & set("abcàâçéèêëîïôûùüÿœæÀÇÉÈÊŒ0123456789 .,;:!?'\"«»()-–—…\n\t\r")
    assert set(_CHAR_MAP) <= changed


def test_offsets_are_identical_after_normalisation():
    text = "L\u2019IA\u00a0: \u201cJan Leike\u201d a rejoint\u202fAnthropic\u00a0!\x07 Fin."
    out = normalize_text(text)
    assert len(out) == len(text)
    for name in ("IA", "Jan Leike", "Anthropic", "Fin"):
        start = text.index(name)
        assert out[start:start + len(name)] == name


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("l\u2019IA", "l'IA"),  # right single quotation mark, the usual French apostrophe
        ("l\u2018IA", "l'IA"),
        ("l\u02bcIA", "l'IA"),  # modifier letter apostrophe
        ("l\u00b4IA", "l'IA"),
        ("l`IA", "l'IA"),
        ("aujourd\u2019hui", "aujourd'hui"),
        ("\u201cbonjour\u201d", '"bonjour"'),
        ("\u201ebonjour\u201f", '"bonjour"'),
        ("\u00ab\u00a0oui\u00a0\u00bb", "\u00ab oui \u00bb"),  # guillemets kept, NBSP -> space
        ("\u00ab\u202foui\u202f\u00bb", "\u00ab oui \u00bb"),  # narrow no-break space
        ("Quoi\u00a0?", "Quoi ?"),
        ("10\u2009000\u00a0euros", "10 000 euros"),  # thin space in numbers
        ("mot\u200bmot", "mot mot"),  # zero-width space
        ("\ufeffTitre", " Titre"),  # stray byte-order mark
        ("ligne\u2028ligne", "ligne\nligne"),
        ("Jean\u2011Luc", "Jean-Luc"),  # non-breaking hyphen
        ("faible\u2010\u00e0\u2010forte", "faible-à-forte"),
        ("l\u2019IA\u00a0: \u00ab\u202foui\u202f\u00bb", "l'IA : \u00ab oui \u00bb"),  # docstring
    ],
)
def test_typographic_characters(text, expected):
    assert normalize_text(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("a\x00b", "a b"),
        ("a\x07b", "a b"),  # bell
        ("a\x1bb", "a b"),  # escape
        ("a\x7fb", "a b"),  # delete
        ("a\x85b", "a b"),  # C1 control (NEL)
        ("infor\u00admatique", "infor matique"),  # soft hyphen: a space, to keep offsets
        ("a\u200eb", "a b"),  # left-to-right mark
        ("a\u202eb", "a b"),  # right-to-left override
        ("a\u2060b", "a b"),  # word joiner
        ("a\ue000b", "a b"),  # private use
        ("a\ud800b", "a b"),  # lone surrogate (from a badly decoded file)
        # line breaks, tabs and carriage returns are kept
        ("a\nb", "a\nb"),
        ("a\tb", "a\tb"),
        ("a\r\nb", "a\r\nb"),
    ],
)
def test_control_and_invisible_characters(text, expected):
    assert normalize_text(text) == expected


def test_non_ascii_letters_and_dashes_are_kept():
    text = "Élisabeth Borne, ex-Première ministre – «\u00a0cœur\u00a0» — naïveté…"
    assert normalize_text(text) == text.replace("\u00a0", " ")


# ---------------------------------------------------------------------- glued sentences


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("fin.Début", [3]),
        ('"Ca-na-da".Mais', [10]),
        ("fin!Le", [3]),
        ("fin?Et", [3]),
        ("dit-il.\u00abNous", [6]),
        ('dit-il."Nous', [6]),
        ("en hausse de 10%.Le", [16]),
        ("(AFP).La", [5]),
        ("C'est la fin.Début d'une autre.Histoire", [12, 30]),
        ("fin.Émilie", [3]),  # accented capital
        ("fin.\u0152uvre", [3]),  # Œ
        # a sentence opening on an elided word or on a word of one capital
        ("avait rejoint France 2 en 1996.À l'automne", [30]),
        ("le Covid-19.L'institut", [11]),
        ("respiratoires?L'espoir", [13]),
        ("a cédé 1,3%.A l'inverse", [11]),
        ("a dit l'AFP.C'est", [11]),
    ],
)
def test_glued_sentence_ends_found(text, expected):
    assert glued_sentence_ends(text) == expected
    for i in expected:
        assert text[i] in ".!?"


@pytest.mark.parametrize(
    "text",
    [
        "fin. Début",  # not glued
        "3.5 millions",  # decimals
        "3,5 millions",
        "1.000.000 d'euros",
        "le C.N.R.S. recrute",  # dotted acronyms
        "les U.S.A.",
        "la S.N.C.F.",
        "en 52 av. J.-C.",
        "lemonde.fr",  # lower-case domains
        "https://www.lemonde.fr/economie/article.html",
        "jan.leike@anthropic.com",
        "fin...Suite",  # an ellipsis is left to the tokenizer
        "fin.DÉBUT",  # the next word must have a lower-case second letter
        "le C.N.R.S.A.",  # nor an initial in a dotted acronym
        "la version 2.A1",
        "selon l'article 3.A) du règlement",  # nor a letter that numbers
        "le projet entre en phase 2.B l'an prochain",
    ],
)
def test_glued_sentence_ends_not_found(text):
    assert glued_sentence_ends(text) == []


def test_title_abbreviation_m_dot_is_not_a_sentence_end():
    # Debatable, documented: "M.Dupont" (Monsieur Dupont written without a space) is not
    # taken as a glued sentence end, because the mark must follow a lower-case letter, a
    # digit or closing punctuation; "M" is a capital.
    assert glued_sentence_ends("Rencontre avec M.Dupont hier.") == []


def test_acronym_at_sentence_end_is_detected():
    # two capitals or more before the mark end an acronym, not an initial ("M.Dupont",
    # "MM.Dupont") nor a dotted acronym ("C.N.R.S.")
    assert glued_sentence_ends("Il rejoint l'OTAN.Les alliés applaudissent.") == [17]
    assert glued_sentence_ends("Celle des LR.Le parti vote.") == [12]
    assert glued_sentence_ends("Il entre au C.N.R.S.Les travaux reprennent.") == []
    assert glued_sentence_ends("Reçus par MM.Dupont et Durand.") == []


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Voir www.LeParisien.fr pour plus.", id="www-camel-case"),
        pytest.param("https://exemple.fr/Page.Html", id="url-path"),
    ],
)
def test_glued_sentence_ends_not_in_urls(text):
    assert glued_sentence_ends(text) == []


@pytest.mark.parametrize("text", ["Mme.Martin", "le Pr.Raoult", "Dr.Martin"])
def test_glued_sentence_ends_not_after_title_abbreviations(text):
    assert glued_sentence_ends(text) == []


# ---------------------------------------------------------------------- with the model


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "glued"),
    [
        ("C'est la fin.Début d'une autre histoire.", ["fin", ".", "Début"]),
        ('Il a dit "Ca-na-da".Mais personne ne l\'a cru.', ['"', ".", "Mais"]),
        ("Les résultats sont tombés!Le groupe est ravi.", ["tombés", "!", "Le"]),
    ],
)
def test_tokenizer_splits_glued_sentences(nlp, text, glued):
    words = [t.text for t in nlp.tokenizer(normalize_text(text))]
    i = words.index(glued[1])
    assert words[i - 1:i + 2] == glued


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "first_word"),
    [
        ("C'est la fin.Début d'une autre histoire.", "Début"),
        ('Il a dit "Ca-na-da".Mais personne ne l\'a cru.', "Mais"),
        # a title opens the next sentence, glued or not
        ("Il était vacant depuis sa démission.Mme Lueders a été nommée.", "Mme"),
        ("Le ministre a démissionné. M. Ghalibaf lui succède.", "M."),
        ('Il a quitté la réunion." Dr. Martin a réagi.', "Dr."),
    ],
)
def test_sentence_starts_after_glued_end(nlp, text, first_word):
    doc = nlp(normalize_text(text))
    token = next(t for t in doc if t.text == first_word)
    assert token.is_sent_start
    assert len(list(doc.sents)) == 2


@pytest.mark.model
@pytest.mark.parametrize(
    "text", ["Rencontre avec M.Dupont hier.", "Voir www.LeParisien.fr pour plus."]
)
def test_tokenizer_keeps_abbreviation_and_url_whole(nlp, text):
    doc = nlp(normalize_text(text))
    assert len(list(doc.sents)) == 1
    assert any(t.text in ("M.Dupont", "www.LeParisien.fr") for t in doc)


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Titre sans point\nLe texte commence ici. Il continue.",
        "OpenAI recrute un chercheur\nJan Leike rejoint Anthropic\nLe groupe annonce une levée",
        "Nouveau patron pour la Fnac\n\nEnrique Martinez quitte la direction du groupe.",
        "Jan Leike\nAnthropic\nSuperalignment",
        "« Nous sommes prêts »\nle directeur a parlé.",  # next line starts in lower case
    ],
)
def test_line_break_always_ends_a_sentence(nlp, text):
    doc = nlp(normalize_text(text))
    after_break = [t for t in doc[1:] if not t.is_space and "\n" in doc[t.i - 1].text]
    assert after_break
    assert all(t.is_sent_start for t in after_break)
    # no sentence runs across a line break
    for sent in doc.sents:
        assert "\n" not in sent.text.rstrip()


@pytest.mark.model
def test_doc_text_and_offsets_are_those_of_the_article(nlp):
    text = "L\u2019ancien chercheur d\u2019OpenAI\u00a0Jan Leike rejoint Anthropic."
    doc = nlp(normalize_text(text))
    assert len(doc.text) == len(text)
    leike = next(t for t in doc if t.text == "Leike")
    assert text[leike.idx:leike.idx + len("Leike")] == "Leike"


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "first_word"),
    [
        # a heading glued to the text by scraping
        ("Danone, un pollueur du plastiqueCette nouvelle recrue a été nommée.", "Cette"),
        ("Le ministère de la SantéAu Brésil, les cas augmentent.", "Au"),
        ("DES BOULES PUANTES POUR FRANÇOIS FILLONFrançois Fillon a répondu.", "François"),
        ("Le bilan est lourd selon BFMTVLa chaîne a interrogé le ministre.", "La"),
        ('Une deuxième démission d\'un ministre de l\'Ecologie"Cette dernière a répondu.',
         "Cette"),
        # a dispatch's items: a full stop glued to the dash of the next item
        ("Les files d'attente s'allongent devant la Caixa.- Comorbidités -Pour le chercheur, "
         "le risque augmente.", "-"),
        ("Claudia Rouaux rejoint le groupe PS.- Delphine Bagarry quitte LREM.", "-"),
        # ... after a closing quote
        ('Le parti reproduit "le fonctionnement des autres".- Patricia Roux quitte LREM.', "-"),
        # a list item's dash glued to the end of the previous item
        ("Sophie Cluzel reste chargée des Personnes handicapées- Clément Beaune devient "
         "chargé des Affaires européennes.", "-"),
        # a quotation opening a sentence glued to the previous one
        ('Ils sont atteints par la maladie."Beaucoup n\'ont pas accès aux soins".', '"'),
        # ... by a title
        ('Les recettes grimpent."M. Zuckerberg a ignoré ce rapport", écrit le journal.', '"'),
        # ... on an elided word, or after a name in capitals
        ('Il a quitté le PS."C\'est une page qui se tourne", a-t-il dit.', '"'),
        ("Il a rejoint France 2 en 1996.À l'automne dernier, il est parti.", "À"),
        ("Il a été nommé en 2019.L'institut a confirmé.", "L'"),
    ],
)
def test_sentence_starts_after_glued_heading(nlp, text, first_word):
    doc = nlp(normalize_text(text))
    token = next(t for t in doc if t.text == first_word and t.idx > 0)
    assert token.is_sent_start
    assert len(list(doc.sents)) == 2


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Il publie sur TikTok et YouTube, et poste sur LinkedIn.",
        "Le laboratoire IJCLab recrute, comme CanalPlus et ByteDance.",
        "Au VIIIe siècle, le projet REACTing a étudié l'IA avec AstraZeneca.",
        "Les vidéos de WhatsApp et de PlayStation arrivent chez bioMérieux.",
        "Le suivi pré- et post-opératoire de Jean-Pierre Martin a duré un mois.",
        # titles and initials inside a sentence
        "Le président George W. Bush a parlé.",
        "Elle a lu J. K. Rowling cet été.",
        "Il a rencontré M. Dupont et Mme Martin.",
    ],
)
def test_names_titles_and_initials_start_no_sentence(nlp, text):
    """Camel-case names, a suspended hyphen ("pré- et post-"), titles and initials
    inside a sentence start no sentence."""
    doc = nlp(normalize_text(text))
    assert len(list(doc.sents)) == 1
