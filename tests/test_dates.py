"""French date expressions resolved against the publication date (pipeline/dates.py)."""

from __future__ import annotations

import datetime as dt

import pytest

from pipeline.dates import DateMention, find_dates

WEDNESDAY = "2024-05-15"  # a Wednesday
assert dt.date.fromisoformat(WEDNESDAY).weekday() == 2


def isos(sentence: str, published: str = WEDNESDAY, future: bool = False) -> list[str]:
    return [d.iso for d in find_dates(sentence, published, future=future)]


@pytest.mark.parametrize(
    ("sentence", "published", "future", "expected"),
    [
        # weekdays: the closest one before (or on) the publication date
        ("Il a rejoint Anthropic lundi.", WEDNESDAY, False, "2024-05-13"),
        ("Elle l'a annoncé mercredi.", WEDNESDAY, False, "2024-05-15"),  # same day
        ("Il a démissionné dimanche soir.", WEDNESDAY, False, "2024-05-12"),
        ("Il a été limogé mercredi dernier.", WEDNESDAY, False, "2024-05-08"),
        ("Il prendra ses fonctions lundi prochain.", WEDNESDAY, False, "2024-05-20"),
        ("Il arrivera mercredi.", WEDNESDAY, True, "2024-05-22"),  # future: the next one
        ("Il arrivera vendredi.", WEDNESDAY, True, "2024-05-17"),
        # day and month without a year
        ("Il prendra ses fonctions le 1er mars.", WEDNESDAY, True, "2025-03-01"),
        ("Il a pris ses fonctions le 1er mars.", WEDNESDAY, False, "2024-03-01"),
        ("Il partira le 3 juin.", WEDNESDAY, True, "2024-06-03"),
        ("Il est parti le 3 juin.", WEDNESDAY, False, "2023-06-03"),
        ("jeudi 3 février 2022", WEDNESDAY, False, "2022-02-03"),
        # a time ago, at the precision of its unit
        ("Il a été nommé ministre il y a trois ans.", WEDNESDAY, False, "2021"),
        ("Elle a rejoint la banque il y a un an.", WEDNESDAY, False, "2023"),
        ("Il a quitté le parti il y a 8 mois.", WEDNESDAY, False, "2023-09"),
        ("Il a démissionné il y a deux semaines.", WEDNESDAY, False, "2024-05"),
        ("Il est parti il y a trois jours.", WEDNESDAY, False, "2024-05-12"),
        # months
        ("Il a quitté le groupe fin août.", "2024-09-10", False, "2024-08"),
        ("Il a quitté le groupe fin août.", WEDNESDAY, False, "2023-08"),  # past by default
        ("Il rejoindra le groupe fin août.", WEDNESDAY, True, "2024-08"),
        ("Il a été nommé début janvier.", WEDNESDAY, False, "2024-01"),
        ("Elle a été nommée en mars 2019.", WEDNESDAY, False, "2019-03"),
        ("Elle a été nommée en mars.", WEDNESDAY, False, "2024-03"),
        ("depuis septembre 2021", WEDNESDAY, False, "2021-09"),
        # relative expressions
        ("Il a rejoint OpenAI plus tôt ce mois-ci.", WEDNESDAY, False, "2024-05"),
        ("Il a rejoint OpenAI la semaine dernière.", WEDNESDAY, False, "2024-05"),
        ("Il a démissionné hier.", WEDNESDAY, False, "2024-05-14"),
        ("Il a démissionné hier.", "2024-03-01", False, "2024-02-29"),  # leap year
        ("Il l'a annoncé aujourd'hui.", WEDNESDAY, False, "2024-05-15"),
        ("Il arrive demain.", WEDNESDAY, False, "2024-05-16"),
        ("Il arrive après-demain.", WEDNESDAY, False, "2024-05-17"),
        ("Il est parti le mois dernier.", "2024-01-10", False, "2023-12"),
        ("Il arrive le mois prochain.", "2024-12-10", False, "2025-01"),
        ("Il est parti l'an dernier.", WEDNESDAY, False, "2023"),
        ("Il est parti l'année dernière.", WEDNESDAY, False, "2023"),
        ("Il arrivera l'an prochain.", WEDNESDAY, False, "2025"),
        ("Il arrivera cette année.", WEDNESDAY, False, "2024"),
        # a day written with its weekday falls in the year it is that weekday, whatever
        # the tense ("a annoncé dimanche 2 juin qu'il quittait", told on 3 June 2019)
        ("Il a annoncé dimanche 2 juin qu'il quittait le parti.", "2019-06-03", True,
         "2019-06-02"),
        ("Il partira lundi 6 janvier.", "2019-12-20", True, "2020-01-06"),
        ("Il est parti mardi 31 décembre.", "2020-01-03", False, "2019-12-31"),
        # years and numeric dates
        ("Il dirige le laboratoire depuis 2014.", WEDNESDAY, False, "2014"),
        ("Il l'a fondé en 1998.", WEDNESDAY, False, "1998"),
        ("Il a été nommé le 3/02/2021.", WEDNESDAY, False, "2021-02-03"),
        # publication date given with a time
        ("Il a démissionné hier.", "2024-05-15T08:30:00+02:00", False, "2024-05-14"),
    ],
)
def test_resolved_against_publication_date(sentence, published, future, expected):
    assert isos(sentence, published, future) == [expected]


@pytest.mark.parametrize(
    ("sentence", "nearest", "expected"),
    [
        # months after a cue that opens a period, or the month's end or start
        ("Il prend la tête du groupe à partir de janvier.", False, "2025-01"),
        ("Il quitte la chaîne à la fin du mois d'octobre.", False, "2023-10"),
        ("Il est arrivé au mois d'août.", False, "2023-08"),
        # a day told in the present is the coming one within three months
        ("Il rejoint Renault le 1er juillet.", True, "2024-07-01"),
        ("Il rejoint Renault le 1er juillet.", False, "2023-07-01"),
        # further away, the past one (a chronology told in the present)
        ("Il démissionne le 2 octobre.", True, "2023-10-02"),
    ],
)
def test_month_cues_and_the_present(sentence, nearest, expected):
    assert [d.iso for d in find_dates(sentence, WEDNESDAY, nearest=nearest)] == [expected]


@pytest.mark.parametrize(
    ("sentence", "published", "expected"),
    [
        pytest.param("Il a démissionné avant-hier.", WEDNESDAY, "2024-05-13", id="avant-hier"),
        pytest.param("Il est parti la semaine dernière.", "2024-03-03", "2024-02",
                     id="semaine-derniere-across-months"),
        pytest.param("Il arrivera la semaine prochaine.", "2024-05-28", "2024-06",
                     id="semaine-prochaine-across-months"),
    ],
)
def test_relative_expressions_regressions(sentence, published, expected):
    assert isos(sentence, published) == [expected]


def test_mention_text_and_offsets():
    sentence = "Jan Leike a rejoint Anthropic le 28 mai 2024 après avoir quitté OpenAI."
    [mention] = find_dates(sentence, WEDNESDAY)
    assert mention == DateMention("le 28 mai 2024", 30, 44, "2024-05-28")
    assert sentence[mention.start:mention.end] == mention.text


def test_numeric_date_mention_excludes_article():
    [mention] = find_dates("Il a été nommé le 3/02/2021.", WEDNESDAY)
    assert mention.text == "3/02/2021"


def test_several_dates_in_order():
    sentence = "Arrivé en 2014, il a démissionné lundi et partira fin août."
    assert isos(sentence) == ["2014", "2024-05-13", "2023-08"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Il aime le mois de mars.",  # "le mois de" is not a cue
        "Mars est la planète rouge.",
        "Les giboulées de mars sont là.",
        "Le mai 68 des étudiants.",
        "Il a signé un contrat de 2014 euros.",  # a number is not a year without a cue
    ],
)
def test_bare_month_or_number_without_cue_gives_nothing(sentence):
    assert find_dates(sentence, WEDNESDAY) == []


def test_impossible_day_gives_empty_iso():
    assert isos("Il arrivera le 31 février 2024.") == [""]


@pytest.mark.parametrize(
    "sentence",
    [
        "Il a démissionné hier.",
        "Il a rejoint Anthropic lundi.",
        "Il a rejoint OpenAI plus tôt ce mois-ci.",
        "Il a quitté le groupe fin août.",
        "Il prendra ses fonctions le 1er mars.",
        "Il est parti l'an dernier.",
    ],
)
@pytest.mark.parametrize("published", ["", "inconnue", "2024-13-45"])
def test_no_publication_date_relative_dates_have_empty_iso(sentence, published):
    mentions = find_dates(sentence, published)
    assert len(mentions) == 1  # the expression is still found
    assert mentions[0].iso == ""


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Il a été nommé le 3 février 2021.", "2021-02-03"),
        ("Il a été nommé le 3/02/2021.", "2021-02-03"),
        ("Elle a été nommée en mars 2019.", "2019-03"),
        ("Il dirige le laboratoire depuis 2014.", "2014"),
    ],
)
def test_no_publication_date_explicit_dates_still_resolve(sentence, expected):
    assert isos(sentence, "") == [expected]


# "deux ans plus tard", "l'année suivante": counted from the year told before them in the
# sentence; without one, no date at all
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("En 2016, il a pris la tête de la fiction avant de rejoindre Arte deux ans plus tard.",
         ["2016", "2018"]),
        ("Nommée en mars 2010, elle part 3 ans plus tard.", ["2010-03", "2013"]),
        ("Élu en 2008, il démissionne l'année suivante.", ["2008", "2009"]),
        ("Il a rejoint Arte deux ans plus tard.", []),
    ],
)
def test_later_years_count_from_the_year_before(sentence, expected):
    assert isos(sentence, "2021-06-01") == expected


# A year told in a relative clause is another event's; a year to come is no date yet
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Recruté en 2019 par Renault, qui avait racheté Dacia en 1999, il a quitté le groupe "
         "deux ans plus tard.", ["2019", "1999", "2021"]),
        ("En 2016, il a fondé Hexa, qu'il a revendue dix ans plus tard.", ["2016"]),
    ],
)
def test_later_years_skip_relative_clauses_and_the_future(sentence, expected):
    assert isos(sentence, "2021-06-01") == expected


# Opening a sentence, "Deux ans plus tard" counts from the sentence before; inside one, not
def test_later_years_at_the_opening_count_from_the_sentence_before():
    before = "En 2016, Marie Dupré rejoint Danone."
    assert [d.iso for d in find_dates("Deux ans plus tard, elle quitte le groupe.",
                                      "2025-03-12", before=before)] == ["2018"]
    assert [d.iso for d in find_dates("Elle quitte le groupe deux ans plus tard.",
                                      "2025-03-12", before=before)] == []


# Not from a birth, nor from one of several years of the sentence before
@pytest.mark.parametrize(
    ("sentence", "before", "expected"),
    [
        ("Deux ans plus tard, il quitte Carrefour.", "Paul Petit, né en 1970, a rejoint "
         "Carrefour.", []),
        ("Deux ans plus tard, il quitte Criteo.", "Il rejoint Criteo en 2005, un groupe fondé en "
         "1998.", []),
        ("Né en 1975, il a rejoint Atos trois ans plus tard.", "", ["1975"]),
    ],
)
def test_later_years_not_from_a_birth_nor_one_of_several(sentence, before, expected):
    assert [d.iso for d in find_dates(sentence, "2025-03-12", before=before)] == expected
