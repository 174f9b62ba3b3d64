"""Who moved where: job moves of named people between organisations.

For every sentence holding a trigger of ``resources/move_triggers.yaml`` (a verb such as
``rejoindre``, ``nommer``, ``quitter``; a noun such as ``départ``, ``recrutement``), the
extractor finds:

* the **person**, from the dependency parse (subject, object of an active appointment,
  ``de X`` after a noun, the agent ``par X``), else the nearest name; pronouns and
  descriptions (``il``, ``le chercheur``, ``son départ``, ``je`` in a quote) resolve to the
  person in focus; a move without a named person is dropped;
* the **organisations**, by the words before each one: ``chez``/``à``/``rejoindre X``
  give the organisation joined, ``de``/``quitter X``/``en provenance de`` the one left;
* the **roles** from the job-title lexicon (``ex-``/``ancien`` make a former role);
* the **status** from mood, tense, negation and cues, and the **date**.

Mentions of one event are merged per person: the six ways the seed article tells Jan
Leike's move become one row, OpenAI to Anthropic.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Collection, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from functools import cached_property, lru_cache
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from . import resources
from .dates import find_dates, is_time_word
from .entities import spells
from .nlp import (
    CLOSING_QUOTES,
    OPENING_QUOTES,
    before_adjectives,
    cite,
    compound,
    compound_ending_at,
    doc_text,
    quoted_name,
    sentences,
)
from .resources import ResourceError, fold, plain, spaced

if not Doc.has_extension("moves"):
    Doc.set_extension("moves", default=None)

KINDS = ("join", "appointment", "departure", "founding")
STATUSES = ("done", "planned", "reported", "denied")
_FIRST_PERSON = {"je", "j'", "moi", "nous"}
# Pronouns that stand for one person (a plural "ils" stands for no single person).
_PRONOUNS = {"il", "elle", "celui-ci", "celle-ci", "lui", "l'intéressé",
             "l'intéressée", "celui", "celle"} | _FIRST_PERSON  # "celui qui a quitté X"
# Those that point back to the subject in focus rather than to the last name ("celui-ci":
# the latter).
_SUBJECT_PRONOUNS = {"il", "elle"}
_POSSESSIVES = {"son", "sa", "ses", "mon", "ma"}
_THEIR = frozenset({"leur", "leurs"})  # a group's: "leur départ"
_NEGATIONS = {"pas", "jamais", "nullement", "aucunement", "guère", "point", "aucune", "aucun",
              "nulle", "ni"}


# ---------------------------------------------------------------------- lexicon


@dataclass(frozen=True)
class Frame:
    """What a trigger says and where its arguments are."""

    lemma: str
    pos: str  # VERB or NOUN
    kind: str
    person: str = "subj"  # subj | obj | de | appos | entre (of a handover: "entre X et Y")
    obj: str = "none"  # to | from | person | role | predecessor | none
    subj_org: str = ""  # to | from: an organisation subject of an obj-person verb
    agent_org: str = ""  # for nouns, "par Y": to ("le recrutement de X par Y") | from
    needs: tuple[str, ...] = ()
    needs_org: bool = False
    unless: tuple[str, ...] = ()  # words after the trigger that make it another sense
    unless_before: tuple[str, ...] = ()  # words just before it that do ("camarade de promotion")
    needs_before: tuple[str, ...] = ()  # one must stand just before it ("se joindre à X")
    unless_in: tuple[str, ...] = ()  # fixed phrases that hold it ("à partir de")
    # the ``unless`` words that do not hold before a broadcaster or a newspaper of the
    # gazetteer in a sentence that tells a departure too ("va quitter RTL, va revenir sur
    # Europe 1", not "revient sur sa décision")
    unless_but_media: tuple[str, ...] = ()
    # phrases a few tokens after it that give it another sense ("signe pour trois ans encore")
    unless_near: tuple[str, ...] = ()
    successor: str = ""  # "a": the person after "à" takes the post ("passe le relais à X")
    orgs: str = ""  # "from": every organisation is the one left ("démissionner", "démission")
    singular: bool = False  # counts in the singular only ("sa retraite", not "les retraites")
    plural: bool = False  # counts in the plural only ("Parmi les partants : X, Y")
    with_org: str = ""  # "to": the organisation after "avec" is joined ("signe avec Chelsea")
    returns: bool = False  # without organisation, back to the one left ("réembauché en 2006")
    stays: bool = False  # without organisation, in the one joined before ("promu PDG en 2015")
    pronominal: bool = False  # said of the organisation with "se": "s'est séparé de X" is active
    reflexive: bool = False  # with "se", said of the one who moves: "s'engage avec X" is passive


@dataclass(frozen=True)
class Lexicon:
    verbs: dict[str, Frame]
    nouns: dict[str, Frame]
    from_markers: frozenset[str]
    reported_cues: frozenset[str]
    likelihood_cues: frozenset[str]  # reported cues that a move told as past leaves done
    succession_objects: frozenset[str]  # "prend la suite de X": a succession taken
    denial_cues: frozenset[str]
    ruled_out_phrases: tuple[tuple[str, ...], ...]  # "pas question que": denied
    ruling_out_verbs: frozenset[str]  # "X a démenti tout départ": denied, X's own
    series_verbs: frozenset[str]  # "ont vu se succéder X, Y et Z": a series, no move
    opponent_nouns: frozenset[str]  # "un adversaire du CPL": not of the CPL
    rival_nouns: frozenset[str]  # "un rival du PSG" (but "un rival au PSG" is in it)
    ruled_out_thoughts: frozenset[str]  # "toute idée de départ"
    known_event_preps: frozenset[str]  # "avec l'arrivée de X": taken as known
    hedge_conditions: tuple[str, ...]  # "si tout va bien": a plan hedged, not a hypothesis
    refusal_heads: frozenset[str]
    person_noun_endings: tuple[str, ...]
    planned_cues: tuple[tuple[str, ...], ...]
    hypothesis_cues: tuple[str, ...]  # "si", "en cas de": a condition, no move told
    possibility_modals: frozenset[str]  # "X pourrait quitter": a possibility, no move told
    led_bodies: frozenset[str]  # "le gouvernement de X a démissionné": its head's move
    public_offices: tuple[str, ...]
    person_nouns: frozenset[str]
    demonyms: frozenset[str]  # "la Française": a person already named
    object_control_verbs: frozenset[str]  # "convaincre X de rejoindre": X moves
    award_phrases: tuple[str, ...]  # "nommée humanitaire de l'année": an award
    unrelated_markers: frozenset[str]  # "à cause de", "face à": not the move's organisation
    roles: dict[str, tuple[tuple[str, ...], ...]]  # first word -> titles, longest first
    source_markers: frozenset[str]
    source_nouns: frozenset[str]  # sources even as a noun's complement
    designated_orgs: frozenset[str]
    portfolio_orgs: dict[str, str]  # "Intérieur" -> "ministère de l'Intérieur"
    portfolio_words: dict[str, tuple[tuple[str, ...], ...]]  # first word -> words, longest first
    role_seats: dict[str, str]  # folded "premier ministre" -> "Matignon"
    nationality_words: frozenset[str]  # "belge", "russe": a title of another country
    nationality_endings: tuple[str, ...]  # "britannique", "québécois", "israélien"
    possessive_words: frozenset[str]  # "sa", "leur": "a pris sa tête"
    possessive_posts: frozenset[str]  # "tête", "rênes"
    not_after_possessive_post: frozenset[str]  # "mains": "sa tête entre ses mains"
    designated_phrases: dict[str, tuple[tuple[str, ...], ...]]  # several words, folded
    designated_with_name: frozenset[str]  # "l'équipe de François Fillon"
    announcing_verbs: frozenset[str]  # "X annonce la nomination de Y": Y's move is to X
    own_move_verbs: frozenset[str]  # "X a annoncé qu'il quittait": a move to come
    heading_phrases: tuple[tuple[str, ...], ...]  # "X dirige Y": X's post at Y
    copulas: dict[tuple[str, ...], bool]  # "est", "a été": a title held (True: former)
    copula_adverbs: frozenset[str]  # "alors": "X était alors directeur de Y"
    copula_former_words: frozenset[str]  # "X est un ancien directeur de Y"
    copula_not_after: frozenset[str]  # "Si X était directeur de Y": a hypothesis
    copula_charges: tuple[str, ...]  # "X est responsable de la chute de Y": a charge
    until_then_markers: tuple[str, ...]  # "jusqu'ici directrice de X": the post just left
    held_post_forms: frozenset[str]  # "X était jusqu'ici chercheur au CERN"
    imperfect_held_forms: frozenset[str]  # "X occupait depuis 2021 le poste de"
    earlier_markers: tuple[str, ...]  # "X avait auparavant dirigé Safran"
    present_held_forms: frozenset[str]  # "X présente actuellement la matinale de Y"
    current_markers: frozenset[str]  # "actuellement": the post held now
    narrative_words: frozenset[str]  # "il rejoint ensuite": a career, not the day's news
    described_person_nouns: frozenset[str]  # "le député": only a person called so
    territory_nouns: frozenset[str]  # "région", "pays": a title of a place, not a body
    org_descriptions: dict[str, frozenset[str]]  # "parti" -> {"party"}
    other_org_adjectives: frozenset[str]  # "le journal concurrent": not the last one named
    not_org_phrases: frozenset[str]  # "la société civile": no organisation described
    post_activity_forms: dict[str, str]  # "présente" -> "présenter": "ne présente plus"
    regimes: frozenset[str]  # "Ve République": a regime, not an organisation (folded)
    post_phrases: tuple[str, ...]  # "à la tête": a verb of appointment names its post
    handover_forms: dict[str, str]  # "passé" -> "passer"
    handover_phrases: dict[str, tuple[str, ...]]  # "passer" -> ("le relais", ...)
    entrusting_forms: frozenset[str]  # "confié": a post given to the person after "à"
    entrusted_posts: frozenset[str]  # "présidence", "intérim": the posts so given
    government_roles: frozenset[str]
    speech_verbs: frozenset[str]
    public_office_orgs: frozenset[str]
    staff_units: frozenset[str]  # "le service de communication de l'Élysée"
    same_body_suffixes: frozenset[str]  # "Renault Group", "Toulouse FC": one body
    work_nouns: frozenset[str]  # 'le documentaire "Macron, en marche"': a title, no person
    verb_forms: dict[str, str]  # inflected form -> lemma of a trigger verb
    titles_with_complement: frozenset[str]  # "ministre" + "de l'Intérieur"
    role_org_heads: dict[str, str]  # folded title head -> organisation head
    role_organisations: dict[str, str]  # folded title -> organisation
    apposition_adverbs: frozenset[str]  # "X, tout fraîchement nommée": before a participle
    post_nouns: frozenset[str]  # "quitter son poste chez X": X is left
    office_seats: frozenset[str]  # "a quitté ses bancs": an elected member's seat
    placing_verbs: frozenset[str]  # "les intégrer dans l'entreprise": the object moves
    postless_verbs: frozenset[str]  # "transféré à la Santé": moved, no post given
    portfolio_title_ends: frozenset[str]  # "secrétaire d'État à la Culture": the title's
    intention_nouns: frozenset[str]  # "a pris la décision de quitter": the subject moves
    imminence_phrases: tuple[str, ...]  # "est sur le point de quitter": the subject moves
    body_nouns: frozenset[str]  # "entre au conseil d'administration de X": a body of X
    learning_words: frozenset[str]  # ", a-t-on appris mercredi": when the news came out
    life_event_words: frozenset[str]  # "Né le 12 mai 1945": a birth's date, not the move's
    show_nouns: frozenset[str]  # "l'émission \"Quotidien\"": a quoted title that is a team
    demand_verbs: frozenset[str]  # "ils réclament le départ de X": not happened
    demand_to_verbs: frozenset[str]  # "a appelé à sa démission"
    causing_phrases: tuple[str, ...]  # "X est derrière son renvoi"
    place_founding_verbs: frozenset[str]  # "fonder Lumen" (tagged a place)
    after_founded_name: frozenset[str]  # "," "en": not "le Canada moderne"
    concurrent_cues: tuple[str, ...]  # "en parallèle": a post held beside
    wish_verbs: frozenset[str]  # "X veut entrer au gouvernement": wanted, not told
    post_verbs: frozenset[str]  # "X, qui dirigeait un groupe d'IBM": a post held
    relation_nouns: frozenset[str]  # "son ex-collègue du gouvernement": another's body
    incidental_phrases: tuple[tuple[str, ...], ...]  # "de son côté": no complement
    predecessor_nouns: frozenset[str]  # "sa prédécesseure X": X held the post before
    candidate_cues: tuple[str, ...]  # "parmi les noms qui circulent": put forward
    candidate_followers: frozenset[str]  # "Ceux de X et Y" after the sentence of the cue
    candidate_unless: tuple[str, ...]  # "tête de liste": an electoral list, no post
    group_pronouns: frozenset[str]  # "ils ont quitté X, à l'instar de Y": a group
    member_introducers: tuple[tuple[str, ...], ...]  # "dont", "parmi lesquels": its members
    membership_phrases: dict[str, tuple[str, ...]]  # "faire partie des": one of the holders
    deputy_nouns: tuple[tuple[str, ...], ...]  # "son second, X": the one moved
    office_head_words: frozenset[str]  # "à la tête du Parlement": its head's post
    bureau_titles: tuple[str, ...]  # "vice-président de l'Assemblée": a post within it
    infinitive_marks: frozenset[str]  # 'de "démettre"': an infinitive after it
    org_unit_nouns: frozenset[str]  # "l'équipe première": a part of an organisation


_ER_ENDINGS = ("e", "es", "ent", "ons", "ez", "é", "ée", "és", "ées", "er", "era", "eras",
               "erons", "erez", "eront", "erait", "eraient", "erai", "ais", "ait", "aient",
               "ant", "a", "èrent", "eait", "eaient", "eant", "ea")


def _verb_forms(verbs: Collection[str], irregular: dict[str, list[str]]) -> dict[str, str]:
    """Inflected forms of the verbs (lemmas): regular -er verbs conjugated here, the others
    from the lexicon's ``irregular_forms``."""
    forms: dict[str, str] = {}
    for lemma in verbs:
        forms[lemma] = lemma
        if lemma.endswith("er"):
            stem = lemma[:-2]
            for ending in _ER_ENDINGS:
                forms.setdefault(stem + ending, lemma)
                if stem.endswith("c") and ending[:1] in ("a", "o"):
                    forms.setdefault(stem[:-1] + "ç" + ending, lemma)
    for lemma, extra in irregular.items():
        if lemma not in verbs:
            raise ResourceError("move_triggers.yaml", f"irregular_forms: {lemma!r} is not a verb")
        for form in extra:
            forms[form.lower()] = lemma
    return forms


def _designated_phrases(orgs: list[str]) -> dict[str, tuple[tuple[str, ...], ...]]:
    """The designated organisations of several words, as folded words, by their first
    word lower-cased as written and folded ("secrétariat", "secretariat"): a token is
    looked up as it is, and only a candidate's words are folded."""
    phrases = [w for w in orgs if len(w.split()) > 1]
    index = _index_roles([tuple(fold(t) for t in re.split(r"(?<=['\u2019])|\s+", w) if t)
                          for w in phrases])
    for w in phrases:
        index[w.split()[0].lower()] = index[fold(w.split()[0])]
    return index


def _index_roles(roles: list[tuple[str, ...]]) -> dict[str, tuple[tuple[str, ...], ...]]:
    """Titles (or any names, as words) by their first word, longest first."""
    index: dict[str, list[tuple[str, ...]]] = {}
    for role in roles:
        index.setdefault(role[0], []).append(role)
    return {k: tuple(sorted(v, key=len, reverse=True)) for k, v in index.items()}


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    name = "move_triggers.yaml"
    data = resources.yaml_resource(name)
    if not isinstance(data, dict):
        raise ResourceError(name, "needs a mapping at top level")
    frames: dict[str, dict[str, Frame]] = {}
    for section, pos in (("verbs", "VERB"), ("nouns", "NOUN")):
        frames[section] = {}
        for lemma, spec in (data.get(section) or {}).items():
            spec = dict(spec or {})
            kind = spec.pop("kind", None)
            if kind not in KINDS:
                raise ResourceError(name, f"{section}.{lemma}: kind must be one of {KINDS}")
            needs = tuple(spec.pop("needs", None) or ())
            unless = tuple(spec.pop("unless", None) or ())
            unless_before = tuple(w.lower() for w in spec.pop("unless_before", None) or ())
            needs_before = tuple(w.lower() for w in spec.pop("needs_before", None) or ())
            unless_in = tuple(spaced(p.lower().split()) for p in spec.pop("unless_in", None) or ())
            but_media = tuple(spec.pop("unless_but_media", None) or ())
            unless_near = tuple(spaced(p.lower().split())
                                for p in spec.pop("unless_near", None) or ())
            try:
                frame = Frame(lemma=lemma, pos=pos, kind=kind, needs=needs, unless=unless,
                              unless_before=unless_before, needs_before=needs_before,
                              unless_in=unless_in, unless_but_media=but_media,
                              unless_near=unless_near, **spec)
            except TypeError as exc:
                raise ResourceError(name, f"{section}.{lemma}: {exc}") from exc
            frames[section][lemma] = frame
    roles_text = resources.text_resource("roles.txt")
    roles = sorted(
        # split after an elision as the tokenizer does: "secrétaire d'État" is 3 tokens
        {tuple(re.findall(r"[^\s']+'|[^\s']+", line.strip().lower()))
         for line in roles_text.splitlines()
         if line.strip() and not line.startswith("#")},
        key=len, reverse=True,
    )
    try:
        return Lexicon(
            verbs=frames["verbs"],
            nouns=frames["nouns"],
            from_markers=frozenset(data["from_markers"]),
            reported_cues=frozenset(data["reported_cues"]),
            likelihood_cues=frozenset(data["likelihood_cues"]),
            succession_objects=frozenset(w.lower() for w in data["succession_objects"]),
            denial_cues=frozenset(data["denial_cues"]),
            ruled_out_phrases=tuple(tuple(p.split()) for p in data["ruled_out_phrases"]),
            ruling_out_verbs=frozenset(data["ruling_out_verbs"]),
            series_verbs=frozenset(data["series_verbs"]),
            opponent_nouns=frozenset(w.lower() for w in data["opponent_nouns"]),
            rival_nouns=frozenset(w.lower() for w in data["rival_nouns"]),
            ruled_out_thoughts=frozenset(data["ruled_out_thoughts"]),
            known_event_preps=frozenset(data["known_event_preps"]),
            hedge_conditions=tuple(fold(c) for c in data["hedge_conditions"]),
            refusal_heads=frozenset(data["refusal_heads"]),
            person_noun_endings=tuple(dict.fromkeys(data["person_noun_endings"])),
            planned_cues=tuple(tuple(c.split()) for c in data["planned_cues"]),
            hypothesis_cues=tuple(c.lower() for c in data["hypothesis_cues"]),
            possibility_modals=frozenset(w.lower() for w in data["possibility_modals"]),
            led_bodies=frozenset(w.lower() for w in data["led_bodies"]),
            public_offices=tuple(fold(p) for p in data["public_offices"]),
            person_nouns=frozenset(w.lower() for w in data["person_nouns"]),
            demonyms=frozenset(w.lower() for w in data["demonyms"]),
            object_control_verbs=frozenset(data["object_control_verbs"]),
            award_phrases=tuple(p.lower() for p in data["award_phrases"]),
            unrelated_markers=frozenset(w.lower() for w in data["unrelated_markers"]),
            roles=_index_roles(roles),
            source_markers=frozenset(data["source_markers"]),
            source_nouns=frozenset(data["source_nouns"]),
            designated_orgs=frozenset(w.lower() for w in data["designated_orgs"]),
            portfolio_orgs=dict(data["portfolio_orgs"]),
            portfolio_words=_index_roles([tuple(name.split()) for name in data["portfolio_orgs"]]),
            role_seats={fold(k): v for k, v in data["role_seats"].items()},
            nationality_words=frozenset(data["nationality"]["words"]),
            nationality_endings=tuple(data["nationality"]["endings"]),
            possessive_words=frozenset(data["possessive_posts"]["possessives"]),
            possessive_posts=frozenset(data["possessive_posts"]["posts"]),
            not_after_possessive_post=frozenset(data["possessive_posts"]["not_after"]),
            designated_phrases=_designated_phrases(data["designated_orgs"]),
            designated_with_name=frozenset(w.lower() for w in data["designated_with_name"]),
            announcing_verbs=frozenset(data["announcing_verbs"]),
            own_move_verbs=frozenset(data["own_move_verbs"]),
            heading_phrases=tuple(tuple(p.lower().split()) for p in data["heading_phrases"]),
            copulas={tuple(c.split()): tense == "former"
                     for tense in ("current", "former") for c in data["copular_posts"][tense]},
            copula_adverbs=frozenset(data["copular_posts"]["adverbs"]),
            copula_former_words=frozenset(data["copular_posts"]["former_words"]),
            copula_not_after=frozenset(data["copular_posts"]["not_after"]),
            copula_charges=tuple(f"{w} " for w in data["copular_posts"]["not_with_complement"]),
            until_then_markers=tuple(w.lower() for w in data["until_then_markers"]),
            held_post_forms=frozenset(data["held_post_forms"]),
            imperfect_held_forms=frozenset(data["imperfect_held_forms"]),
            earlier_markers=tuple(w.lower() for w in data["earlier_markers"]),
            present_held_forms=frozenset(data["present_held_forms"]),
            current_markers=frozenset(w.lower() for w in data["current_markers"]),
            narrative_words=frozenset(w.lower() for w in data["narrative_words"]),
            described_person_nouns=frozenset(data["described_person_nouns"]),
            territory_nouns=frozenset(data["territory_nouns"]),
            not_org_phrases=frozenset(p.lower() for p in data["not_org_phrases"]),
            post_activity_forms=_verb_forms(data["post_activity_verbs"], {}),
            regimes=frozenset(fold(r) for r in data["regimes"]),
            post_phrases=tuple(data["post_phrases"]),
            other_org_adjectives=frozenset(data["other_org_adjectives"]),
            org_descriptions={noun.lower(): frozenset(kinds) for noun, kinds in
                              data["org_descriptions"].items()},
            handover_forms={form: verb for verb, spec in data["handovers"].items()
                            for form in [verb, *spec["forms"]]},
            handover_phrases={verb: tuple(spec["phrases"])
                              for verb, spec in data["handovers"].items()},
            entrusting_forms=frozenset(w.lower() for w in data["entrusting"]["forms"]),
            entrusted_posts=frozenset(w.lower() for w in data["entrusting"]["posts"]),
            government_roles=frozenset(fold(w) for w in data["government_roles"]),
            speech_verbs=frozenset(data["speech_verbs"]),
            public_office_orgs=frozenset(fold(w) for w in data["public_office_orgs"]),
            staff_units=frozenset(data["staff_units"]),
            same_body_suffixes=frozenset(data["same_body_suffixes"]),
            work_nouns=frozenset(data["work_nouns"]),
            verb_forms=_verb_forms(frames["verbs"], data.get("irregular_forms") or {}),
            titles_with_complement=frozenset(data["titles_with_complement"]),
            role_org_heads={fold(k): v for k, v in data["role_org_heads"].items()},
            role_organisations={fold(k): v for k, v in data["role_organisations"].items()},
            apposition_adverbs=frozenset(w.lower() for w in data["apposition_adverbs"]),
            post_nouns=frozenset(w.lower() for w in data["post_nouns"]),
            office_seats=frozenset(w.lower() for w in data["office_seats"]),
            placing_verbs=frozenset(data["placing_verbs"]),
            postless_verbs=frozenset(data["postless_verbs"]),
            portfolio_title_ends=frozenset(data["portfolio_title_ends"]),
            intention_nouns=frozenset(w.lower() for w in data["intention_nouns"]),
            imminence_phrases=tuple(spaced(p.lower().split()).strip()
                                    for p in data["imminence_phrases"]),
            body_nouns=frozenset(w.lower() for w in data["body_nouns"]),
            learning_words=frozenset(w.lower() for w in data["learning_words"]),
            life_event_words=frozenset(w.lower() for w in data["life_event_words"]),
            show_nouns=frozenset(w.lower() for w in data["show_nouns"]),
            demand_verbs=frozenset(data["demand_verbs"]),
            demand_to_verbs=frozenset(data["demand_to_verbs"]),
            causing_phrases=tuple(p.lower() for p in data["causing_phrases"]),
            place_founding_verbs=frozenset(data["place_founding_verbs"]),
            after_founded_name=frozenset(data["after_founded_name"]),
            concurrent_cues=tuple(c.lower() for c in data["concurrent_cues"]),
            wish_verbs=frozenset(data["wish_verbs"]),
            post_verbs=frozenset(data["post_verbs"]),
            relation_nouns=frozenset(data["relation_nouns"]),
            # (an elided article is a token of its own: "d'abord" is "d'" "abord")
            incidental_phrases=tuple(tuple(re.sub(r"(['’])", r"\1 ", p).split())
                                     for p in data["incidental_phrases"]),
            predecessor_nouns=frozenset(data["predecessor_nouns"]),
            candidate_cues=tuple(fold(c) for c in data["candidate_cues"]),
            candidate_followers=frozenset(fold(w) for w in data["candidate_followers"]),
            candidate_unless=tuple(fold(c) for c in data["candidate_unless"]),
            group_pronouns=frozenset(w.lower() for w in data["group_pronouns"]),
            member_introducers=tuple(tuple(w for w in re.split(r"\s+|(?<=['’])", p.lower()) if w)
                                     for p in data["member_introducers"]),
            membership_phrases={verb: tuple(words.lower().split())
                                for verb, words in data["membership_phrases"].items()},
            deputy_nouns=tuple(tuple(n.lower().split()) for n in data["deputy_nouns"]),
            office_head_words=frozenset(w.lower() for w in data["office_head_words"]),
            bureau_titles=tuple(w.lower() for w in data["bureau_titles"]),
            infinitive_marks=frozenset(w.lower() for w in data["infinitive_marks"]),
            org_unit_nouns=frozenset(w.lower() for w in data["org_unit_nouns"]),
        )
    except (KeyError, TypeError) as exc:
        raise ResourceError(name, f"missing or invalid list: {exc}") from exc


# ---------------------------------------------------------------------- records


@dataclass(frozen=True)
class Move:
    """One move, merged over its mentions in a document (a row of ``moves.csv``)."""

    person: str
    from_org: str
    to_org: str
    role_from: str
    role_to: str
    kind: str
    status: str
    date: str
    date_text: str
    trigger: str
    sentence: str
    start_char: int
    end_char: int
    confidence: float
    rule: str


@dataclass
class Mention:
    """One mention of a move in one sentence, before merging."""

    person: str
    kind: str
    status: str
    trigger: Token
    sent: Span
    rule: str
    from_org: str = ""
    to_org: str = ""
    role_from: str = ""
    role_to: str = ""
    date: str = ""
    date_text: str = ""
    score: float = 0.5
    n: int = 1
    rules: list[str] = field(default_factory=list)
    inherit_from: str = ""  # a predecessor leaves the organisation its successor joins
    succeeds: str = ""  # a successor takes the post its predecessor leaves
    orgless: bool = False  # no organisation in its sentence: the article's, if it has one
    former_role: bool = False  # role_from is a former title ("l'ancien ministre X")
    gender: str = ""  # of the title standing for a person not named (person "")
    # a departure told with a destination of its own in its sentence ("a démissionné de X
    # pour rejoindre les non-inscrits"), whether or not that destination is named
    goes_elsewhere: bool = False
    # a departure from a party the gazetteer knows ("a rendu sa carte des Républicains"),
    # a join or appointment to one
    leaves_party: bool = False
    joins_party: bool = False
    # an elected assembly or office its sentence names was dropped ("son retour à
    # l'Assemblée nationale"): no organisation of the article stands in for it
    in_office: bool = False


# ---------------------------------------------------------------------- document view


def _key_of(ent: Span) -> str:
    """The canonical name of an entity (the text when it has none)."""
    return ent.id_ or ent.text


_FOCUS_REACH = 400  # tokens back a pronoun or a description looks for its person


class DocView:
    """Entities and people of a Doc, indexed for the extractors."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.ent_at: dict[int, Span] = {}
        self.all_ents = list(doc.ents)  # Doc.ents builds every span on each call
        self._starts = [e.start for e in self.all_ents]
        for ent in self.all_ents:
            for i in range(ent.start, ent.end):
                self.ent_at[i] = ent
        self.people = [e for e in self.all_ents if e.label_ == "PER"]
        self._people_starts = [e.start for e in self.people]
        self._genders: dict[str, str] | None = None
        self._plausible: dict[str, bool] = {}
        # the fullest form written in the document for each canonical organisation
        self.org_form: dict[str, str] = {}
        for ent in self.all_ents:
            if ent.label_ == "ORG":
                key = _key_of(ent)
                text = _strip_article(ent.text)
                if len(text) > len(self.org_form.get(key, "")) and not text.startswith("@"):
                    self.org_form[key] = text
        self.designated = self._designated(doc)
        meta = doc._.meta if Doc.has_extension("meta") else None
        self.published = (meta or {}).get("date", "") if isinstance(meta, dict) else ""

    def _designated(self, doc: Doc) -> dict[int, Span]:
        """``le gouvernement``, ``le ministère de l'Intérieur``: organisations designated by
        a common noun, used by the move rules (not added to the entity table); and
        descriptions of an organisation named before (``le parti``, ``la start-up``,
        ``le club rhodanien``), which stand for the last one of their kind."""
        out: dict[int, Span] = {}
        lex = lexicon()
        words = lex.designated_orgs
        kinds_of: _OrgKinds | None = None  # built at the first description
        for tok in doc:
            if tok.text in OPENING_QUOTES:
                title = self._quoted_title(doc, tok.i, lex)
                if title is not None:  # "au \"Petit Journal\"", "l'émission \"Quotidien\""
                    out[title.start] = title
                continue
            portfolio = self._portfolio_at(doc, tok, lex)
            if portfolio is not None:  # "la nomination de X à la Justice", "à l'Intérieur"
                out[tok.i] = portfolio
                continue
            if tok.i in self.ent_at:
                ent = self.ent_at[tok.i]
                if ent.start == tok.i and ent.label_ in ("LOC", "MISC") and len(ent) > 2 \
                        and tok.lower_ in lex.designated_with_name \
                        and doc[tok.i + 1].lower_ in ("de", "d'", "du"):
                    out[tok.i] = Span(doc, ent.start, ent.end, label="ORG")  # "archevêché de Lyon"
                continue
            if tok.lower_ in lex.designated_with_name:
                named = self._named_complement(doc, tok.i + 1)
                bare = self.ent_at.get(tok.i + 1)
                if named is None and bare is not None and bare.label_ == "PER" and \
                        bare.start == tok.i + 1 and tok.is_lower and not (
                            len(bare) > 1 and _title_before_body(tok, lex)):
                    # "l'administration Trump", "la campagne Fillon" (but "le directeur de
                    # la rédaction Geoffroy Lejeune" is the director, named)
                    named = bare
                if named is not None:  # "l'équipe de François Fillon", "la mairie de Paris"
                    out[tok.i] = Span(doc, tok.i, named.end, label="ORG")
                    continue
            if compound(doc, tok.i)[0] in lex.org_descriptions:
                kinds_of = kinds_of or _OrgKinds(doc, self, lex)
                described = kinds_of.antecedent(tok)
                if described is not None:
                    out[tok.i] = described
                continue
            end = tok.i + 1
            phrase = next((p for p in lex.designated_phrases.get(tok.lower_, ())
                           if [fold(t.text) for t in doc[tok.i:tok.i + len(p)]] == list(p)), ())
            if phrase:  # "le secrétariat d'État", however its accents and apostrophe
                end = _complement_end(doc, tok.i + len(phrase), self)  # "... au Numérique"
                out[tok.i] = Span(doc, tok.i, end, label="ORG")
                continue
            if tok.lower_ not in words or _after_elided_de(tok):
                continue  # (without article, a qualifier: "le conseil d'administration")
            if tok.lower_ in ("ministère", "haut-commissariat"):
                end = _complement_end(doc, end, self)
                if end == tok.i + 1:
                    continue
            elif tok.lower_ in ("administration", "services", "armée"):  # "l'administration
                # fiscale", "les services sanitaires écossais", "les services de renseignement
                # américains", "l'armée israélienne", "...
                while end < len(doc) and doc[end].is_lower and doc[end].pos_ == "ADJ":
                    end += 1  # ... américaine", "l'administration centrale du ministère"
                if end < len(doc) and doc[end].lower_ in _DE_FORMS:
                    end = _complement_end(doc, end, self)
                if tok.lower_ == "services" and not self._headed_services(doc, tok, end):
                    continue  # "ses services", "les services publics", "le directeur
                    # général des services de la mairie" (its title), "les services de
                    # conseil de Deloitte" (Deloitte's)
            span = Span(doc, tok.i, end, label="ORG")
            out[tok.i] = span
        return out

    def _portfolio_at(self, doc: Doc, tok: Token, lex: Lexicon) -> Span | None:
        """A minister's portfolio written alone after "à la", "à l'", "au" or "aux" ("nommé à
        la Justice", "à l'Intérieur", "aux Armées") that the model did not tag as an
        organisation: the ministry it stands for (see :meth:`org_name`)."""
        if tok.text not in lex.portfolio_words:
            return None  # (most tokens: the cheapest test first)
        ent = self.ent_at.get(tok.i)
        if tok.is_lower or (ent is not None and (ent.label_ in ("ORG", "PER")
                                                 or ent.start != tok.i)):
            return None
        before = [t.lower_ for t in doc[max(0, tok.i - 2):tok.i]]
        if not (before[-1:] in (["au"], ["aux"]) or before in (["à", "la"], ["à", "l'"],
                                                               ["à", "l’"])):
            return None
        prep = tok.i - 1 if before[-1] in ("au", "aux") else tok.i - 2
        if prep < 1 or not (doc[prep - 1].ent_type_ == "PER" or _appointing(doc[prep - 1], lex)):
            return None  # "une start-up installée à la Défense", "transféré à la Santé": a
            # place; the ministry is a post given to someone named ("X à l'Intérieur", "la
            # nomination de X à la Justice", "promu à l'Intérieur")
        title = doc[prep - 1].lower_
        if title in lex.roles or title in lex.person_nouns or title in lex.portfolio_title_ends:
            return None  # "son poste d'adjoint à la Culture" (a city's portfolio), "la
            # secrétaire d'État à l'Écologie" (a title, whose body the title tells)
        for words in lex.portfolio_words[tok.text]:
            end = tok.i + len(words)
            if tuple(t.text for t in doc[tok.i:end]) == words and (
                    ent is None or ent.end <= end):
                return Span(doc, tok.i, end, label="ORG")
        return None

    def _headed_services(self, doc: Doc, tok: Token, end: int) -> bool:
        """``services`` (ending at ``end``) as a body a title heads, named by its
        qualifiers or complement alone ("la cheffe des services sanitaires écossais", "le
        chef des services de renseignement américains")."""
        if end == tok.i + 1 or tok.i < 2 or doc[tok.i - 1].lower_ != "des" or \
                doc[tok.i - 2].lower_ not in lexicon().roles:
            return False
        return not any(t.i in self.ent_at and self.ent_at[t.i].label_ in ("ORG", "LOC")
                       for t in doc[tok.i + 1:end])

    def _quoted_title(self, doc: Doc, q: int, lex: Lexicon) -> Span | None:
        """The quoted title opened at token ``q`` when the words before it make it a
        programme or a newspaper, whose team one joins or leaves (``au "Petit Journal"``,
        ``l'émission "Quotidien"``, ``la bande de chroniqueurs de "Balance ton post !"``),
        or an organisation of the kind they name (``le mouvement "En marche !"``)."""
        before = [t.lower_ for t in doc[max(0, q - 4):q]]
        if not before:
            return None
        if before[-1] in ("de", "d'", "du") and len(before) >= 2:
            cue = before[-2] in lex.show_nouns or (
                len(before) >= 4 and before[-4] in lex.show_nouns)  # "bande de chroniqueurs de"
        else:
            cue = before[-1] in ("au", "à") or before[-1] in lex.show_nouns
        # the name of an organisation its kind introduces: 'le mouvement "En marche !"',
        # 'son propre mouvement politique "En marche"', 'la start-up "Mistral"'; after the
        # kind alone, such a name may hold a comma before a capitalised word ('son
        # mouvement "Parisiens, Parisiennes"'; not 'le parti "Avec regret, mais sans
        # colère", a-t-il dit', a quotation)
        described = compound_ending_at(doc, q - 1)[0] in lex.org_descriptions
        cue = cue or described or (
            len(before) >= 2 and before[-2] in lex.org_descriptions and doc[q - 1].pos_ == "ADJ")
        if not cue:
            return None
        end = quoted_name(doc, q, 8, ("!", "?", "'", "-", "&", *([","] if described else [])))
        if end is None or any(t.text == "," and not doc[t.i + 1].text[:1].isupper()
                              for t in doc[q + 1:end]):
            return None
        inner = [self.ent_at.get(i) for i in range(q + 1, end)]
        if any(e is not None and (e.label_ in ("PER", "ORG") or e.start < q + 1 or e.end > end)
               for e in inner):
            return None  # a person, or an organisation the model already found
        return Span(doc, q + 1, end, label="ORG")

    def _named_complement(self, doc: Doc, i: int) -> Span | None:
        """The name right after ``de`` at token ``i`` (``de campagne de`` skipped): the
        complement that makes ``l'équipe``, ``la mairie`` one organisation."""
        if i < len(doc) and doc[i].lower_ in ("de", "d'") and i + 2 < len(doc) and \
                doc[i + 1].pos_ == "NOUN" and doc[i + 1].text.islower() and \
                doc[i + 2].lower_ in ("de", "d'", "du"):
            i += 2  # "l'équipe de campagne de X", "le comité de soutien de X"
        if i >= len(doc) or doc[i].lower_ not in ("de", "d'", "du"):
            return None
        j = i + 1
        if j < len(doc) and doc[i].lower_ != "du" and doc[j].lower_ in ("la", "l'", "le"):
            j += 1
        if j + 1 < len(doc) and doc[j].text.islower() and (
                doc[j].lower_ in lexicon().person_nouns
                or doc[j].lower_ in ("candidat", "candidate")):
            j += 1  # "l'équipe du candidat Emmanuel Macron", "le cabinet de la ministre X"
        ent = self.ent_at.get(j)
        if ent is None or ent.start != j or ent.label_ not in ("PER", "LOC"):
            return None  # "une équipe de l'Inserm" is the Inserm's
        return ent

    def ents_in(self, sent: Span) -> list[Span]:
        """The entities of a sentence (``Span.ents`` rebuilds all the Doc's entities)."""
        lo = bisect_left(self._starts, sent.start)
        hi = bisect_left(self._starts, sent.end)
        return [e for e in self.all_ents[lo:hi] if e.end <= sent.end]

    def person_name(self, ent: Span) -> str:
        return _key_of(ent)

    def org_name(self, ent: Span) -> str:
        """The fullest form of the organisation written in the document (a handle such
        as ``@AnthropicAI`` gives way to the canonical name): a form of the name written
        here, that holds it or that it spells ("groupe Renault" for "Renault",
        "Olympique de Marseille" for "OM"), not another name of the same body ("UMP" is
        not written "Les Républicains", which it became)."""
        key = _key_of(ent)
        text = _GLUED_FORMER.sub("", _strip_article(ent.text))  # "ex-RMC" was RMC
        if text in lexicon().portfolio_orgs:  # "promu à l'Intérieur": the ministry
            return lexicon().portfolio_orgs[text]
        form = self.org_form.get(key) or text
        if form.startswith("@") and ent.id_:
            return ent.id_
        said = self.designated.get(ent.start)
        if (said is not None and said.end == ent.end) or text.startswith("@") or \
                same_org(text, form) or _spelled_by(text, form) or _words_left_out(text, form) \
                or f"{form} ({text})" in self.text or f"{text} ({form})" in self.text or \
                _METONYM_KINDS & set(_gazetteer_kinds().get(key, ())):
            # (a short form the text defines: "Mouvement des entreprises de France (Medef)")
            # (a description, "le groupe", stands for the name it refers to, and a place
            # for the public body it houses: "Bercy", "Matignon", "le Palais-Bourbon")
            if fold(key).startswith("ministere") and not fold(form).startswith("ministere"):
                return "ministère" + key[len("ministère"):]  # "place Beauvau": the
                # ministère de l'Intérieur it houses, as a minister's title names it
            return _GLUED_FORMER.sub("", form)
        return text

    def ent(self, tok: Token) -> Span | None:
        return self.ent_at.get(tok.i)

    def focus_person(self, before: int, sent: Span | None = None, gender: str = "",
                     exclude: str = "", subject: bool = False, pronoun: bool = False) -> str:
        """The person in focus before token ``before``: the last person named, or with
        ``gender`` (``Masc``, ``Fem``: the pronoun's or description's), the last one not
        known to be of the other gender ("Emmanuel Macron l'a nommée ... La Française"
        is the woman named before him); never ``exclude`` ("X lui succède": not X). For a
        subject pronoun (``subject``), a name after a preposition gives way to the last
        one that is not ("M. Netanyahu triomphe du doyen Shimon Peres ... il redevient
        Premier ministre" is Netanyahu). For a ``pronoun`` (personal or possessive), a
        name said once in passing in an earlier sentence gives way to the article's main
        person (:meth:`_or_main`)."""
        i = bisect_left(self._people_starts, before)
        found: Span | None = None
        fallback: Span | None = None
        here = self.doc[before].sent if before < len(self.doc) else None
        for ent in reversed(self.people[:i]):
            if before - ent.start >= _FOCUS_REACH:
                break
            if here is not None and ent.start > here.start and \
                    _in_preposed_adjunct(ent, before, here):
                continue  # "À la demande du président X, il intègre le gouvernement"
            if (not gender or self.gender(ent) in ("", gender)) and \
                    self.person_name(ent) != exclude:
                if not subject or not _after_preposition(ent):
                    found = ent
                    break
                fallback = fallback or ent
        found = found or fallback
        if found is None:
            return ""
        return self._or_main(found, before, gender, exclude) if pronoun else \
            self.person_name(found)

    def _or_main(self, ent: Span, before: int, gender: str, exclude: str) -> str:
        """The person of ``ent``, or the article's main person when ``ent`` is the one
        mention of its person, said in passing (:func:`_in_passing`) in an earlier
        sentence, after the main person's first: a pronoun goes on telling the story of
        the person the article is about ("Jimmy Lai ... selon Mike Pence ... il fondait
        Next Media")."""
        name = self.person_name(ent)
        main = self.main_person
        if not main or main in (name, exclude) or not self._said_once(name) or \
                ent.end > self.doc[before].sent.start or not _in_passing(ent):
            return name
        first = self._first_mention[main]
        if first.start >= before or (gender and self.gender(first) not in ("", gender)):
            return name
        return main

    def _said_once(self, name: str) -> bool:
        """Whether the document names the person once: one mention, and each word of the
        name written once (a given name alone the model missed: "« Yanis est sous
        contrat, il ne partira pas »")."""
        if self._mentions[name] > 1:
            return False
        text = self.text
        # (each word but a particle: "de" in "Cyrano de Bergerac" any text writes often)
        return all(len(re.findall(rf"(?<!\w){re.escape(w)}(?!\w)", text)) <= 1
                   for w in name.split() if not w.islower())

    @cached_property
    def text(self) -> str:
        """The document's text, read once (see :func:`nlp.doc_text`)."""
        return doc_text(self.doc)

    @cached_property
    def _mentions(self) -> Counter[str]:
        return Counter(self.person_name(e) for e in self.people)

    def person_gender(self, name: str) -> str:
        """The gender of the person named ``name`` (see :meth:`gender`), "" if unknown."""
        first = self._first_mention.get(name)
        return self.gender(first) if first is not None else ""

    @cached_property
    def _first_mention(self) -> dict[str, Span]:
        first: dict[str, Span] = {}
        for e in self.people:
            first.setdefault(self.person_name(e), e)
        return first

    @cached_property
    def main_person(self) -> str:
        """The person the article is about: named at least three times and at least
        twice as often as anyone else; "" when no one dominates."""
        ranked = self._mentions.most_common(2)
        if not ranked or ranked[0][1] < 3 or (len(ranked) > 1 and ranked[0][1] < 2 * ranked[1][1]):
            return ""
        return ranked[0][0]

    def plausible_person(self, name: str) -> bool:
        """False for a one-word "person" the model found only at the start of sentences or
        headings and never as a person elsewhere, that is written once or is a place or an
        organisation elsewhere in the document ("- Comorbidités -", "- Brésil: démission
        du ministre")."""
        if name not in self._plausible:
            self._plausible[name] = self._plausible_person(name)
        return self._plausible[name]

    def _plausible_person(self, name: str) -> bool:
        if " -" in name:
            return False  # "Définitives -Attaqué": two headings glued by a dash
        mentions = [e for e in self.people if self.person_name(e) == name]
        # in full, past those that open a sentence or a heading
        inside = [e for e in mentions if e.text == name and not _opens_sentence(e)]
        if inside and all(_after_article(e) for e in inside) and any(
                t.is_lower for t in inside[0][1:]):
            return False  # 'les "Mutuelles de Bretagne"', "le Charles de Gaulle": a thing's
        if " " in name or "-" in name:
            return True
        titles = resources.entity_rules().person_titles
        if any(e[0].text in titles or e.start > 0 and self.doc[e.start - 1].text in titles
               for e in mentions):
            return True  # "M. Zuckerberg", wherever it stands
        if mentions and all(_thing_like(e) for e in mentions):
            return False  # "L'Instit", "les Nuls", "le Taoiseach"
        if not mentions or any(not _opens_sentence(e) for e in mentions):
            return True
        elsewhere = any(e.label_ != "PER" and e.text == name for e in self.all_ents)
        return not (elsewhere or len(mentions) == 1)

    def described_as(self, name: str, noun: str, org_key: str = "",
                     until: int | None = None) -> bool:
        """Whether the document gives person ``name`` the title ``noun`` next to one of
        its mentions ("le ministre X", "X, ministre de ...", "X, l'ancien ministre"); with
        ``org_key``, the title of that organisation (not "le président" of the Republic
        for "le président de la Fondation pour la Nature"); with ``until``, by a title
        before that token."""
        doc = self.doc
        for ent in self.people:
            if self.person_name(ent) != name:
                continue
            near = list(doc[max(0, ent.start - 5):ent.start])
            if (ent.end < len(doc) and doc[ent.end].text in (",", "(") or (
                ent.end < len(doc) and doc[ent.end].lower_ in ("est", "était", "fut", "devient")
            )) and not (ent.end + 1 < len(doc) and doc[ent.end + 1].lower_ in _RELATIVES):
                # "X, député de ...", "X est député"; not "X, dont le fondateur de Y"
                near += list(doc[ent.end + 1:min(len(doc), ent.end + 5)])
            titles = [t for t in near if t.lower_ == noun and (until is None or t.i < until)]
            if titles and not org_key:
                return True
            for title in titles:
                after = doc[title.i + 1:min(len(doc), title.i + 8)]
                if any(e.label_ == "ORG" and _key_of(e) == org_key
                       for e in (self.ent(t) for t in after) if e is not None):
                    return True
        return False

    def last_described(self, before: int, noun: str, gender: str = "",
                       exclude: Iterable[str] = ()) -> str:
        """The last person named before token ``before`` (within the reach of
        :meth:`focus_person`) whom the text before it gives the title ``noun`` (see
        :meth:`described_as`), who is not known to be of the other gender and is none of
        ``exclude``: whom "le député" stands for when the last one named is someone else
        ("Le député X ... son soutien à Emmanuel Macron. Le député avait démissionné")."""
        seen = set(exclude)
        for ent in reversed(self.people[:bisect_left(self._people_starts, before)]):
            if before - ent.start >= _FOCUS_REACH:
                break
            name = self.person_name(ent)
            if name in seen:
                continue
            seen.add(name)
            if (not gender or self.gender(ent) in ("", gender)) and \
                    self.described_as(name, noun, until=before):
                return name
        return ""

    def gender(self, ent: Span) -> str:
        """``Masc``, ``Fem`` or "" for the person of ``ent``: what its mentions in the
        document say (a title, a determiner, a participle in apposition), by majority, the
        usual gender of the given name (``first_name_genders.txt``) counting as one more
        vote and deciding a tie, so that one mention misread ("La présidente d'IAE au
        féminin accuse Agnès X") does not make Agnès a man."""
        if self._genders is None:
            votes: dict[str, list[int]] = {}
            for person in self.people:
                g = _mention_gender(person)
                if g:
                    v = votes.setdefault(self.person_name(person), [0, 0])
                    v[g == "Fem"] += 1
            self._genders = {}
            for name in {self.person_name(p) for p in self.people}:
                m, f = votes.get(name, [0, 0])
                usual = resources.first_name_genders().get(name.split(" ")[0], "") \
                    if " " in name else ""
                m, f = m + (usual == "Masc"), f + (usual == "Fem")
                self._genders[name] = "Masc" if m > f else "Fem" if f > m else usual
        return self._genders.get(self.person_name(ent), "")

    @cached_property
    def salient_key(self) -> str:
        """The canonical name of the organisation the article is about: named at least
        three times, twice as often as any other (mentions as a source of the news not
        counted); "" when no organisation dominates."""
        ranked = sorted(_org_counts(self, lexicon()).items(), key=lambda kv: -kv[1])
        if not ranked or ranked[0][1] < 3 or (len(ranked) > 1 and ranked[0][1] < 2 * ranked[1][1]):
            return ""
        return ranked[0][0]

    @cached_property
    def headline_org(self) -> str:
        """The fullest form of the organisation the article is about
        (:attr:`salient_key`) when its first line, the headline, names it too ("Opéra de
        Paris : un nouveau capitaine..."); the organisation that opens the headline before
        a colon ("Nasa : ...") whatever the body names most; "" otherwise."""
        end = next((t.i for t in self.doc if "\n" in t.text), len(self.doc))
        kicker = self.ent_at.get(0)  # the entity on the first token
        if kicker is not None and kicker.label_ == "ORG" and kicker.end < end and \
                self.doc[kicker.end].text == ":":  # "Nasa : Kathy Lueders nommée ..."
            return self.org_name(kicker)
        key = self.salient_key
        if not key:
            return ""
        if not any(_organisation(e) and e.start < end and _key_of(e) == key
                   for e in self.all_ents):
            return ""
        return _salient_org(self)

    def next_person(self, after: int, within: int = 80) -> str:
        for ent in self.people:
            if after <= ent.start < after + within:
                return self.person_name(ent)
        return ""

    def orgs_in(self, sent: Span) -> list[Span]:
        """Organisations of a sentence: ORG entities, designated organisations, and
        places in a post ("à la tête de Mutalis" tagged as a place by the model)."""
        found = [e for e in self.ents_in(sent) if _organisation(e) or (
            e.label_ in ("LOC", "MISC") and _post_of(e))]
        found += [d for i, d in self.designated.items() if sent.start <= i < sent.end]
        return sorted(found, key=lambda e: e.start)


_ARTICLES = frozenset({"un", "une"})
# Kinds of organisation (organisations.jsonl) whose other names are places that stand for
# them ("Bercy", "place Beauvau"), not former names.
_METONYM_KINDS = frozenset({"government", "institution"})


def _complemented_after_adjectives(doc: Doc, end: int, k: int) -> bool:
    """The adjectives from token ``end`` to ``k`` are followed by a "de" complement ("la
    fédération héraultaise des Républicains", "l'université australienne de Flinders"):
    the noun before them names an organisation of its own."""
    return end < k < len(doc) and doc[k].lower_ in _DE_FORMS and \
        all(t.pos_ == "ADJ" for t in doc[end:k])


def _words_left_out(short: str, name: str) -> bool:
    """``short`` is ``name`` with inner words left out, its first and last kept ("la
    fondation Bardot" for "la fondation Brigitte Bardot")."""
    words, left = fold(short).split(), fold(name).split()
    if len(words) < 2 or len(words) >= len(left) or words[0] != left[0] or words[-1] != left[-1]:
        return False
    it = iter(left)
    return all(w in it for w in words)


def _spelled_by(short: str, name: str) -> bool:
    """``short`` is a short form of ``name``: its first letters ("Libé" for
    "Libération"), or an acronym in capitals spelt by the initials of its words, the
    article included or not ("OM", "EELV" for "Europe Écologie - Les Verts", "LR" for
    "Républicains", written "Les Républicains")."""
    if name.lower().startswith(short.lower()):
        return True
    letters = short.replace(".", "").replace("-", "")
    if not (letters.isupper() and letters.isalpha() and len(letters) >= 2):
        return False
    # (an elided article is a word of its own: "de l'", "Environnement")
    words = [w for w in re.split(r"\s+|(?<=['’])", name) if w[:1].isalpha()]
    link = resources.entity_rules().acronym_link_words
    if any(spells(lead + words, letters.lower(), link) for lead in ([], ["Les"], ["La"])):
        return True
    # or the initials of its words but the small ones, words after them aside ("SNCF" for
    # "Société nationale des chemins de fer français", "UMP" for "Union pour un mouvement
    # populaire")
    small = link | _ARTICLES
    initials = "".join(plain(w[:1]) for w in words if w.lower() not in small)
    return initials.startswith(letters.lower())


def _organisation(ent: Span) -> bool:
    """An organisation, or an institution's own name the model took for a place ("Musée du
    Quai Branly", "Théâtre du Châtelet": ``institution_name_heads``), which the entities
    table keeps as the model labelled it (a museum is a place too); not a regime the model
    took for one ("la Ve République": ``regimes``)."""
    if ent.label_ == "ORG":
        return fold(_strip_article(ent.text)) not in lexicon().regimes  # "la Ve République"
    return ent.label_ == "LOC" and len(ent) >= 2 and \
        ent[0].text in resources.entity_rules().institution_name_heads


_THING_DETERMINERS = frozenset({"le", "la", "les", "l'", "l’", "un", "une", "des", "du", "au",
                                "aux", "ce", "cet", "cette"})


def _after_article(ent: Span) -> bool:
    """A name right after an article, an opening quote aside ('les "Mutuelles de
    Bretagne"', "l'affaire des Mutuelles de Bretagne"), as a thing's name is written."""
    doc = ent.doc
    k = ent.start - 1
    if k >= 0 and doc[k].text in OPENING_QUOTES:
        k -= 1
    return k >= 0 and doc[k].lower_ in _THING_DETERMINERS


def _thing_like(ent: Span) -> bool:
    """A one-word name read as a thing's, after a determiner: "L'Instit", "les Nuls", "le
    Taoiseach" (the small model's part-of-speech tags are too loose to read "Incroyable
    talent" from the next word: "M. Netanyahu triomphe" gets a noun too)."""
    return ent.start > 0 and ent.doc[ent.start - 1].lower_ in _THING_DETERMINERS


# Dashes and bullets that may open a line before its first word.
_LINE_MARKS = frozenset({"-", "–", "—", "•", "*"})


def _in_passing(ent: Span) -> bool:
    """A name said in passing: not in the phrase that opens its sentence, its subject or
    a heading's ("Le directeur du LSCE, X, a annoncé"; "- X, secrétaire d'Etat -"), unless
    a preposition or a subject pronoun opens it ("Selon le procureur X", "Il se fait
    remarquer par X") or it names the one replaced ("Successeur de X, le ministre ...").
    Read from the words alone: such sentences are often not parsed."""
    doc = ent.doc
    first = ent.sent.start
    while first < ent.start and (doc[first].is_space or doc[first].text in _LINE_MARKS
                                 or doc[first].text in OPENING_QUOTES):
        first += 1
    opener = doc[first].lower_
    return ent.start - first > 10 or opener in _PASSING_PREPS or \
        opener in _COMPLEMENT_PREPS or opener in _SUBJECT_PRONOUNS or \
        _replaced(ent)  # "Il se fait remarquer par X"; "Successeur de X, le ministre a"


# Words that open a complement, after which a name is said in passing.
_PASSING_PREPS = frozenset({"du", "des", "au", "aux", "auprès", "entre", "sans", "sous", "vers",
                            "parmi", "après", "avant", "comme"})


def _opens_sentence(ent: Span) -> bool:
    """The entity is the first word of its sentence, a dash, bullet or opening quotation
    mark aside ('"Fière de la confiance qui m'est faite..."')."""
    doc = ent.doc
    k = ent.start - 1
    while k >= 0 and (doc[k].is_space or doc[k].text in _LINE_MARKS
                      or doc[k].text in OPENING_QUOTES):
        k -= 1
    return k < 0 or doc[k + 1].is_sent_start or doc[k].is_sent_end or doc[k].text in (
        ".", "!", "?", ":")


_GENDERED_ADJECTIVES = {"ancien": "Masc", "ancienne": "Fem", "nouveau": "Masc", "nouvel": "Masc",
                        "nouvelle": "Fem", "premier": "Masc", "première": "Fem"}
_TITLE_DETERMINERS = {"le": "Masc", "du": "Masc", "au": "Masc", "un": "Masc", "ce": "Masc",
                      "cet": "Masc", "la": "Fem", "une": "Fem", "cette": "Fem"}
_NOT_IN_TITLE = {"de", "d'", "des", "à", "aux", "en", "par", "pour", "avec", "et", "ou", "que",
                 "qui", "dont", "où", "sur", "selon", "chez", "dans", "contre", "entre", "les",
                 "l'", "a", "est", "été", "sont"}
# Words whose form tells the gender of the person they stand for or introduce.
_WORD_GENDERS = {
    **dict.fromkeys(("il", "celui-ci", "l'intéressé", "ce", "cet", "le", "un", "dernier", "m.",
                     "mm."), "Masc"),
    **dict.fromkeys(("elle", "celle-ci", "l'intéressée", "cette", "la", "une", "dernière",
                     "mme", "mmes", "mlle"), "Fem"),
}


def _word_gender(tok: Token) -> str:
    """The grammatical gender a word shows: its form for pronouns and determiners, else
    its morphology."""
    if tok.lower_ in _WORD_GENDERS:
        return _WORD_GENDERS[tok.lower_]
    if tok.pos_ in ("NOUN", "ADJ", "VERB", "PRON"):
        g = tok.morph.get("Gender")
        return g[0] if len(g) == 1 else ""
    return ""


def anaphor_gender(tok: Token) -> str:
    """The gender of a pronoun or description standing for a person: ``il``, ``elle``,
    ``cette dernière``, ``la Française``, ``le chercheur``."""
    g = _word_gender(tok) if tok.pos_ == "PRON" or tok.lower_ in _WORD_GENDERS else ""
    if g:
        return g
    for c in tok.children:
        if c.dep_ == "det" and c.lower_ in _WORD_GENDERS:
            return _WORD_GENDERS[c.lower_]
    if tok.i > 0 and tok.doc[tok.i - 1].lower_ in _WORD_GENDERS:
        return _WORD_GENDERS[tok.doc[tok.i - 1].lower_]
    if tok.i > 0 and tok.doc[tok.i - 1].lower_ in _GENDERED_ADJECTIVES:  # "l'ancienne"
        return _GENDERED_ADJECTIVES[tok.doc[tok.i - 1].lower_]
    if tok.lower_.endswith(_FEMININE_NOUN_ENDINGS) and not tok.lower_.endswith(
            ("frère", "père")):  # "l'ex-conseillère", "la directrice"; not "le confrère"
        return "Fem"
    return ""


_FEMININE_NOUN_ENDINGS = ("ère", "trice", "euse", "ienne", "ante", "ente")


def _mention_gender(ent: Span) -> str:
    """The gender one mention of a person shows, read from words (the mention may not be
    tagged): ``M.``/``Mme`` before it, the determiner or a gendered adjective of the title
    right before it (``la ministre X``, ``du président français X``, ``l'ancienne
    ministre X``), or a participle in apposition (``X, nommée``)."""
    doc = ent.doc
    k = ent.start - 1
    if k >= 0 and doc[k].lower_ in ("m.", "mm.", "mme", "mmes", "mlle"):
        return _word_gender(doc[k])
    while k >= 0 and ent.start - k <= 7:
        low = doc[k].lower_
        if k + 1 < ent.start and doc[k + 1].text[:1].isupper() and (
            low in ("du", "au", "des", "aux") or (
                low in ("la", "le", "l'") and k > 0 and doc[k - 1].lower_ in ("de", "d'", "à")
            )
        ):  # the complement of the title: "l'ancienne ministre du Travail X"
            k -= 1 if low in ("du", "au", "des", "aux") else 2
            continue
        if low in _GENDERED_ADJECTIVES:  # "l'ancienne ministre X"
            return _GENDERED_ADJECTIVES[low]
        if low in _TITLE_DETERMINERS:
            return _TITLE_DETERMINERS[low] if k < ent.start - 1 else ""
        if not low.replace("-", "").isalpha() or low in _NOT_IN_TITLE:
            break
        k -= 1
    e = ent.end
    if e + 1 < len(doc) and doc[e].text == "," and doc[e + 1].is_lower:
        return _participle_gender(doc[e + 1].lower_)  # "X, nommée en 2019": agrees with X
    return ""


def _participle_gender(word: str, plural: bool = True) -> str:
    """The gender a past participle shows by its ending ("nommée" Fem, "nommé" Masc; with
    ``plural``, "nommées" and "nommés" too); "" for another word ("député", "été")."""
    if word.endswith(("ée", "ées") if plural else "ée"):
        return "Fem"
    if word.endswith(("é", "és") if plural else "é") and \
            word not in ("député", "délégué", "été"):
        return "Masc"
    return ""


class _OrgKinds:
    """Kinds of the organisations of a document (party, media, company...), from the
    gazetteer and from the nouns that describe them in the text ("la start-up X", "X, le
    quotidien ..."), to resolve a description ("le parti") to the last organisation of
    its kind named before it."""

    def __init__(self, doc: Doc, view: DocView, lex: Lexicon) -> None:
        self.doc = doc
        self.lex = lex
        self.view = view
        gazetteer = _gazetteer_kinds()
        self.orgs: list[tuple[Span, frozenset[str]]] = []
        # the description nouns the text gives each organisation ("le groupe La Poste")
        self.nouns: dict[str, set[str]] = {}
        for ent in view.all_ents:
            if ent.label_ != "ORG":
                continue
            kinds = set(gazetteer.get(_key_of(ent), ()))
            for noun in self._nouns_around(ent):
                kinds |= lex.org_descriptions[noun]
                self.nouns.setdefault(_key_of(ent), set()).add(noun)
            self.orgs.append((ent, frozenset(kinds)))
        # the last new organisation each noun stood for ("ce nouveau groupe"), in the order
        # of the text: the description's token and the organisation
        self.resolved: dict[str, tuple[int, Span]] = {}
        # kinds learnt from one mention hold for every mention of the organisation
        by_key: dict[str, set[str]] = {}
        for ent, kinds in self.orgs:
            by_key.setdefault(_key_of(ent), set()).update(kinds)
        self.orgs = [(ent, frozenset(by_key[_key_of(ent)])) for ent, _ in self.orgs]

    def _nouns_around(self, ent: Span) -> list[str]:
        """Description nouns right before the name ("la start-up X"), as its first word
        ("Laboratoire X") or in apposition after it ("X, le quotidien")."""
        doc, nouns = self.doc, self.lex.org_descriptions
        out = []
        start = ent.start  # past an opening quote: 'du groupe "Libertés et territoires"'
        if start > 0 and doc[start - 1].text in OPENING_QUOTES:
            start -= 1
        j = before_adjectives(doc, start, nouns)  # "la start-up française X"
        while j >= 0 and doc[j].lower_ in ("le", "la", "les", "l'"):
            j -= 1
        if j >= 0 and compound_ending_at(doc, j)[0] in nouns:  # "la start-up X"
            out.append(compound_ending_at(doc, j)[0])
        elif j >= 2 and doc[j].is_lower and doc[j].is_alpha and \
                doc[j - 1].lower_ in ("de", "d'", "d’") and doc[j - 2].lower_ in nouns:
            out.append(doc[j - 2].lower_)  # "la plateforme de discussion Reddit"
        first = ent.start + (len(ent) > 1 and doc[ent.start].lower_ in ("le", "la", "l'"))
        if compound(doc, first)[0] in nouns:  # "Laboratoire X", "Le Laboratoire X"
            out.append(compound(doc, first)[0])
        k = ent.end
        if k + 2 < len(doc) and doc[k].text in (",", "(") and doc[k + 1].lower_ in (
            "le", "la", "l'", "un", "une", "cette", "ce", "cet"
        ) and compound(doc, k + 2)[0] in nouns:
            out.append(compound(doc, k + 2)[0])
        return out

    def antecedent(self, tok: Token) -> Span | None:
        """The description at ``tok`` ("le parti", "du club"), as a span standing for the
        last organisation of its kind named before it; None when it is not a definite
        description or no organisation of its kind precedes it."""
        doc = self.doc
        det = doc[tok.i - 1].lower_ if tok.i > 0 else ""
        # "ce nouveau groupe", "le nouveau parti": the organisation of the kind the text
        # introduced last, not the one it named last
        fresh = det in _NEW_WORDS and tok.i > 1
        if fresh:
            det = doc[tok.i - 2].lower_
        if det not in ("le", "la", "l'", "du", "au", "ce", "cette", "cet"):
            return None
        noun, end = compound(doc, tok.i)  # "start-up" is three tokens
        nxt = doc[end] if end < len(doc) else None
        k = end  # past the adjectives: "le groupe laitier Lactalis"
        while k < len(doc) and k - end < 2 and doc[k].is_lower and doc[k].is_alpha and \
                doc[k].lower_ not in _NOT_IN_TITLE and doc[k].lower_ not in _DE_FORMS:
            k += 1
        if any(t.lower_ in self.lex.other_org_adjectives for t in doc[end:k]):
            return None  # "le journal télévisé concurrent": another than the last one named
        named = self.view.ent_at.get(k)
        # "le nouveau patron du parti X", "la nouvelle directrice de la rédaction X": X
        # holds the title, in apposition; the description stands for the one named before
        title = tok.i - 3 if tok.i >= 3 and doc[tok.i - 2].lower_ in ("de", "d'", "d’") \
            else tok.i - 2
        # (not a company's or a foundation's kind, often named after someone: "le groupe
        # Pierre Fabre", "la fondation Abbé Pierre")
        holder = named is not None and named.start == end and named.label_ == "PER" and \
            title >= 1 and doc[title].lower_ in self.lex.roles and \
            doc[title - 1].lower_ in _NEW_TITLE and \
            not self.lex.org_descriptions[noun] & _NAMED_AFTER_PEOPLE_KINDS
        if not holder and ((nxt is not None and (nxt.text[:1].isupper() or nxt.like_num)) or (
                named is not None and named.start == k and named.label_ == "ORG")):
            return None  # "la start-up Molotov": a named organisation follows
        if k < len(doc) and doc[k].text in OPENING_QUOTES:
            return None  # 'du quotidien "Jour de galop"': its name, quoted, follows
        name = None if holder else self._named_after(tok, end)
        if name is not None:  # "le groupe immobilier de luxe Barnes": its name follows
            return None if name.label_ == "ORG" else Span(
                doc, name.start, name.end, label="ORG", span_id=_key_of(name))
        if nxt is not None and nxt.lower_ in _DE_FORMS or _complemented_after_adjectives(
                doc, end, k):
            return None  # "le groupe de travail", "la société de X", "la fédération
            # héraultaise des Républicains": not a description
        if nxt is not None and any(" ".join([noun, *(t.lower_ for t in doc[end:end + n])])
                                   in self.lex.not_org_phrases for n in (1, 2)):
            return None  # "des représentants de la société civile", "la rédaction en chef"
        wanted = self.lex.org_descriptions[noun]
        best = salient = called = None
        for ent, kinds in self.orgs:
            if ent.start >= tok.i:
                break
            if kinds & wanted and tok.i - ent.end < _DESCRIPTION_REACH and \
                    not self._left_beside(ent, tok):
                best = ent
                if _key_of(ent) == self.view.salient_key:
                    salient = ent
                if noun in self.nouns.get(_key_of(ent), ()) and tok.i - ent.end <= _CALLED_REACH:
                    called = ent
        if best is not None and self._unnamed_of_kind_between(best.end, tok.i, wanted):
            return None  # "Safran a racheté une start-up lyonnaise. La société ...": the
            # start-up's, which no name gives
        if fresh:
            best = self._introduced_last(tok, noun, wanted) or best
        elif det not in ("ce", "cette", "cet"):
            # the last organisation the text has just called by the same noun ("le groupe
            # La Poste a démenti ... n'a pas quitté le groupe"), else the one the article is
            # about, unless the last one of the kind described was named in the sentence
            # before or this one without it ("connectés à Facebook ou Instagram ... le
            # groupe" is Facebook); a demonstrative points at the last one ("Oracle ... ce
            # groupe")
            if salient is not None and best is not None and \
                    salient.sent.start != best.sent.start and \
                    best.start >= _sentence_before_start(tok) \
                    and not any(_source_word(t, self.lex)
                                for t in doc[max(0, best.start - 3):best.start]):
                salient = None  # "Thales a recruté X. Y rejoindra le groupe": Thales (but
                # not a source of the news: "a-t-il confié au Figaro")
            best = called or salient or best
        if best is None:
            best = self._salient_of_unknown_kind(tok)
        chain = self.resolved.get(noun)
        chained = False
        if not fresh and chain is not None and tok.i - chain[0] < _DESCRIPTION_REACH and (
                best is None or best.end <= chain[0]):
            # "rejoignent ce nouveau groupe. [...] nommés co-présidents du groupe": the new
            # one the same noun introduced last, no organisation of its kind named since
            best, chained = chain[1], True
        if best is None:
            return None
        if fresh or chained:
            # only a new organisation carries on ("Il quitte Safran. Au sein du groupe, il
            # dirigeait [...] Anne Petit rejoint le groupe": the article's, not Safran)
            self.resolved[noun] = (tok.i, best)
        while end < len(doc) and doc[end].pos_ == "ADJ" and end - tok.i <= 2:
            end += 1  # "le club rhodanien", "l'ONG locale"
        return Span(doc, tok.i, end, label="ORG", span_id=_key_of(best))

    def _introduced_last(self, tok: Token, noun: str, wanted: frozenset[str]) -> Span | None:
        """Of the organisations of a wanted kind named before ``tok``, within reach, the
        last mention of the one the text named first the latest; of those the text calls
        by ``noun`` ("le groupe LREM", 'du groupe "Libertés et territoires"') if any."""
        first: dict[str, int] = {}
        last: dict[str, Span] = {}
        left: set[str] = set()  # left in the description's sentence: not the one joined
        for ent, kinds in self.orgs:
            if ent.start >= tok.i:
                break
            first.setdefault(_key_of(ent), ent.start)
            if self._left_beside(ent, tok):
                left.add(_key_of(ent))
            elif kinds & wanted and tok.i - ent.end < _DESCRIPTION_REACH:
                last[_key_of(ent)] = ent
        last = {k: e for k, e in last.items() if k not in left}
        called = {k: e for k, e in last.items() if noun in self.nouns.get(k, ())}
        last = called or last
        if not last:
            return None
        return last[max(last, key=lambda k: first[k])]

    def _unnamed_of_kind_between(self, start: int, end: int, wanted: frozenset[str]) -> bool:
        """An organisation of a wanted kind introduced without a name ("une start-up
        lyonnaise") between tokens ``start`` and ``end``; not in apposition to a name
        ("Aletheia Research, une start-up installée à Paris")."""
        doc, kinds = self.doc, self.lex.org_descriptions
        return any(doc[k - 1].lower_ in _ARTICLES and kinds.get(compound(doc, k)[0], set()) & wanted
                   and self.view.ent(doc[k]) is None
                   and not (k >= 3 and doc[k - 2].text == "," and self.view.ent(doc[k - 3]))
                   for k in range(max(start, 1), end))

    def _named_after(self, tok: Token, end: int) -> Span | None:
        """The name that ends the description at ``tok`` past its adjectives and
        complements of a common noun ("le groupe immobilier de luxe Barnes", which the
        model may tag as a place), when it is not a person's ("le groupe de presse de
        Vincent Bolloré" is his group)."""
        doc = self.doc
        k = end
        while k < len(doc) and k - end < 4 and doc[k].is_lower and (
                doc[k].pos_ in ("ADJ", "NOUN") or doc[k].lower_ in ("de", "d'", "d’")):
            k += 1
        name = self.view.ent(doc[k]) if end < k < len(doc) else None
        if name is None or name.start != k or name.label_ == "PER" or \
                not tok.i <= doc[k].head.i < k:
            return None
        return name

    def _left_beside(self, ent: Span, tok: Token) -> bool:
        """Whether ``ent`` is the organisation a verb of leaving in the sentence of the
        description ``tok`` has left: "a quitté l'université de Stockholm pour rejoindre
        le laboratoire" is not the university."""
        root = ent.root
        if root.head.pos_ == "NOUN" and root.head.lower_ in self.lex.org_descriptions and \
                root.head.i < root.i:
            root = root.head  # "a quitté le groupe LREM": the noun the name completes
        head = root.head
        frame = self.lex.verbs.get(head.lemma_)
        return ent.sent.start == tok.sent.start and head.i < tok.i and \
            root.dep_ in ("obj", "obl:arg", "obl:mod") and \
            frame is not None and frame.kind == "departure"

    def _salient_of_unknown_kind(self, tok: Token) -> Span | None:
        """The organisation the article is about (:func:`_salient_org`), named before
        ``tok``, when nothing tells its kind: "la start-up" in an article about Molotov
        that never calls it a start-up before."""
        salient = self.view.salient_key
        if not salient:
            return None
        last = None
        for ent, kinds in self.orgs:
            if ent.start >= tok.i:
                break
            if _key_of(ent) == salient:
                if kinds:
                    return None  # its kind is known, and is not the one described
                last = ent
        return last


# Tokens between an organisation and a description that stands for it.
_DESCRIPTION_REACH = 600
# ... and between an organisation called by a noun and the same noun standing for it.
_CALLED_REACH = 40


@lru_cache(maxsize=1)
def _gazetteer_kinds() -> dict[str, tuple[str, ...]]:
    """Canonical name -> kinds of the organisations of the gazetteer."""
    out: dict[str, set[str]] = {}
    for org in resources.organisations():
        if org.kind:
            out.setdefault(org.canonical, set()).add(org.kind)
    return {k: tuple(sorted(v)) for k, v in out.items()}


def _post_of(ent: Span) -> bool:
    """``à la tête de X``, ``la direction de X``, ``chez X``: X is an organisation."""
    doc = ent.doc
    j = ent.start - 1
    while j >= 0 and doc[j].lower_ in ("la", "le", "l'", "les"):
        j -= 1
    if j >= 0 and doc[j].lower_ == "chez":
        return True
    if j >= 1 and doc[j].lower_ in ("de", "du", "d'") and doc[j - 1].lower_ in (
            "tête", "direction", "présidence", "rênes", "commandes", "gouvernance"):
        return True
    if ent.label_ == "MISC" and j >= 1 and doc[j].lower_ in ("de", "du", "d'"):
        # "directrice du design de YZY GAP", "directeur de l'ARS": a title's complement
        roles = lexicon().roles
        for k in range(j - 1, max(-1, j - 6), -1):
            if doc[k].is_punct or doc[k].pos_ in ("VERB", "AUX"):
                break
            if doc[k].lower_ in roles:
                title = _role_at(doc, k, lexicon(), len(doc))[0]
                # not a portfolio or a country: "ministre de la Justice" is the ministry's,
                # "ambassadeur du Bélarus" the embassy's
                if title and not _org_of_role(title, lexicon()) and \
                        fold(title.split()[0]) not in lexicon().role_org_heads:
                    return True
    return False


def _complement_end(doc: Doc, end: int, view: DocView, limit: int = 0,
                    any_entity_stops: bool = False) -> int:
    """End of a ``de ...`` complement (``ministère de l'Intérieur``) starting at ``end``.
    With ``any_entity_stops`` a named entity ends it (``directeur de`` | ``Libération``)."""
    limit = limit or len(doc)
    stop = {"PER", "ORG"} if any_entity_stops else {"PER"}
    if end >= limit or doc[end].lower_ not in ("de", "du", "des", "d'", "à", "aux", "au"):
        return end
    j = end + 1
    if j < limit and doc[j].lower_ in ("la", "l'", "le", "les"):
        j += 1
    k = j
    appos = _qualifying_triggers()  # "ministre de la Culture démissionnaire": not the ministry's
    while k < limit and k - j < 4 and doc[k].pos_ in ("NOUN", "ADJ", "PROPN") and \
            not doc[k].is_punct and doc[k].lower_ not in appos and not _time_said(doc, k) and (
                doc[k].i not in view.ent_at or view.ent_at[doc[k].i].label_ not in stop):
        k += 1
    if k == j:
        return end
    if k + 2 < limit and doc[k].lower_ == "et" and doc[k + 1].lower_ in _DE_FORMS and \
            k - end < 6:
        # "ministre de l'Action et des Comptes publics": a second portfolio, capitalised
        nxt = k + 2
        if doc[nxt].lower_ in ("la", "l'", "l’", "le", "les"):
            nxt += 1
        if nxt < limit and doc[nxt].text[:1].isupper() and doc[nxt].pos_ in ("NOUN", "PROPN"):
            return _complement_end(doc, k + 1, view, limit, any_entity_stops)
        return k
    if k + 1 < limit and doc[k].lower_ in ("et", "de", "du", "des", "d'") and \
            doc[k + 1].pos_ in ("NOUN", "DET", "ADJ", "PROPN") and k - end < 6:
        nxt = _complement_end(doc, k, view, limit, any_entity_stops)
        if doc[k].lower_ == "et":
            nxt = k + 1
            while nxt < limit and doc[nxt].pos_ in ("DET", "NOUN", "ADJ", "PROPN") and \
                    nxt - k < 4 and not doc[nxt].is_punct:
                nxt += 1
        return max(k, nxt)
    return k


_DE_FORMS = frozenset({"de", "du", "des", "d'", "d’"})


def _time_said(doc: Doc, k: int) -> bool:
    """Token ``k`` opens a time phrase in lower case ("ministre de l'Économie fin août",
    "directeur du site mardi"): no part of a title's complement."""
    word = doc[k]
    if k > 0 and doc[k - 1].lower_ in _DE_FORMS:
        return False  # "la tranche de nuit", "le journal du soir": part of the name
    return word.is_lower and (is_time_word(word.text) or word.lower_ in ("fin", "début") and (
        k + 1 < len(doc) and doc[k + 1].is_lower and is_time_word(doc[k + 1].text)))


@lru_cache(maxsize=1)
def _qualifying_triggers() -> frozenset[str]:
    """Trigger words that qualify a title held by a name without being part of it: the
    departure nouns in apposition (``démissionnaire``)."""
    return frozenset(word for word, frame in lexicon().nouns.items()
                     if frame.person == "appos" and frame.kind == "departure")


_VIEWS: list[tuple[Doc, DocView]] = []


def view_of(doc: Doc) -> DocView:
    """The DocView of ``doc``, built once and shared by the extractors of one Doc."""
    for d, v in _VIEWS:
        if d is doc:
            return v
    view = DocView(doc)
    _VIEWS.append((doc, view))
    del _VIEWS[:-4]
    return view


def _strip_article(text: str) -> str:
    """Drop a lowercase leading article (``la SNCF``); a capitalised one belongs to the
    name (``La Poste``, ``Le Monde``)."""
    for art in ("l'", "le ", "la ", "les "):
        if text.startswith(art) and len(text) > len(art) + 1:
            return text[len(art):]
    return text


# ---------------------------------------------------------------------- triggers


def _speech_incise(tok: Token, sent: Span) -> bool:
    """A speech verb introducing or closing a quotation ('"...", a-t-il lancé',
    'a lancé : « ... »'), not used in another sense."""
    doc = tok.doc
    before = doc[max(sent.start, tok.i - 6):tok.i]
    after = doc[tok.i + 1:min(sent.end, tok.i + 4)]
    if after and after[0].lower_ == "par":
        return False  # 'le mouvement "Oz ta droite", lancé par X': a participle and its agent
    inverted = ("-t", "-il", "-elle", "-ils", "-elles", "-t-il", "-t-elle")
    return any(t.is_quote or t.lower_ in inverted for t in before) or any(
        t.lower_ in inverted for t in after
    ) or (len(after) >= 2 and after[0].text == ":" and after[1].is_quote)


# How many words may stand between a trigger and the words it needs (adverbs, pronouns,
# the name of the person moved): read by _needs_ok and by the selective prefilter.
NEEDS_REACH = 5


# Nouns of a term of office or contract ("pour un second mandat", "pour trois saisons").
_TERM_NOUNS = frozenset({"mandat", "mandats", "an", "ans", "année", "années", "saison",
                         "saisons", "mois"})


def _needs_ok(tok: Token, frame: Frame) -> bool:
    """The words a frame needs follow the trigger, after an incidental phrase ("accède
    quant à elle au poste de") and at most two adverbs or pronouns ("a pris hier la tête
    de", "prendra officiellement ses fonctions"), and none of the words that give it
    another sense, after it ("entré au capital de") or just before it ("camarade de
    promotion"); a noun that counts in the singular or the plural only is in that number."""
    doc = tok.doc
    if frame.singular and tok.lower_.endswith(("s", "x")):
        return False  # "la réforme des retraites": pensions, not a retirement
    if frame.plural and not tok.lower_.endswith(("s", "x")):
        return False  # "il est partant": willing, no list of people who leave
    if frame.unless_before and any(t.lower_ in frame.unless_before
                                   for t in doc[max(0, tok.i - 2):tok.i]):
        return False  # "camarade de promotion", "nous a quittés"
    if frame.needs_before and not any(t.lower_ in frame.needs_before
                                      for t in doc[max(0, tok.i - 3):tok.i]):
        return False  # "joindre" alone is to reach by phone ("n'a pu être joint")
    if frame.unless_in:
        words = [t.lower_ for t in doc[max(0, tok.i - 3):tok.i + 4]]
        # as written, and with the elisions apart ("qu'à partir de")
        around = (spaced(words), " " + " ".join(words) + " ")
        if any(p.rstrip() in text for p in frame.unless_in for text in around):
            return False  # "à partir du 1er avril": no departure
    if frame.unless_near and any(
            p in spaced([t.lower_ for t in doc[tok.i + 1:min(tok.sent.end, tok.i + 8)]])
            for p in frame.unless_near):
        return False  # "Cauet signe pour 3 ans encore sur NRJ": a contract renewed (not
        # "signe encore au PSG, pour son troisième passage")
    if not frame.needs and not frame.unless:
        return True
    # past an incidental phrase ("accède quant à elle au poste"), then two adverbs at most
    start = tok.i + 1 + _incidental_length(doc, tok.i + 1, lexicon())
    last_adverb = start + 1
    while start < len(doc) and start <= last_adverb and (
            doc[start].pos_ in ("ADV", "PRON", "NUM") or doc[start].dep_ == "advmod"):
        start += 1  # (an adverb the model tags as a noun: "quitter subitement le plateau")
    if frame.obj == "person" or _made_to(tok, lexicon()):
        # the person moved comes first: "a porté X à la tête de", "a fait entrer X au
        # gouvernement"
        while start < len(doc) and start - tok.i <= NEEDS_REACH and doc[start].ent_type_ == "PER":
            start += 1
    if start < len(doc) and doc[start].lower_ == "par" and frame.obj == "person":
        # the one who appoints, before the post: "choisie par Emmanuel Macron pour diriger"
        k = next((j for j in range(start + 1, min(len(doc), start + 5))
                  if doc[j].ent_type_ == "PER"), len(doc))
        if _agent_par(doc, k) == start:
            while k < len(doc) and doc[k].ent_type_ == "PER":
                k += 1
            start = k
    if start < len(doc) and doc[start].lower_ == "pour":
        # a term before the post: "reconduite pour un second mandat à la tête de X"
        term = next((k for k in range(start + 1, min(len(doc), start + 5))
                     if doc[k].lower_ in _TERM_NOUNS), None)
        if term is not None:
            start = term + 1
    if start < len(doc) and doc[start].lower_ in ("en", "le", "dès", "début", "fin"):
        # a date before the words of a post: "accède en 1998 à la présidence de", "prendra
        # le 1er mars la tête de" (not before a bare place word: "est entré en 2022 dans le
        # classement", "est passé le 5 mars chez Renault pour une réunion")
        end = start + 1
        while end < len(doc) and end - start <= 3 and (
                doc[end].like_num or doc[end].lower_ == "1er" or is_time_word(doc[end].text)):
            end += 1
        if end > start + 1:
            words = spaced([t.lower_ for t in doc[end:end + 6]]).strip()
            if any(len(n.split()) > 1 and words.startswith(n.lower()) for n in frame.needs):
                start = end
    if start < len(doc) and doc[start].lower_ in ("jusqu'", "jusqu’"):
        # a term's end before the words: "s'est engagé jusqu'en 2024 avec le FC Nantes"
        end = start + 1
        while end < len(doc) and end - start <= 4 and (
                doc[end].lower_ in _DATE_LEADS or doc[end].lower_ in _TIME_LEADS
                or doc[end].like_num or _time_phrase_word(doc[end])):
            end += 1
        if doc[end - 1].like_num:
            start = end
    after = spaced([t.lower_ for t in doc[start:start + 6]]).strip()  # "jeter l'éponge"
    if any(after.startswith(u.lower()) for u in frame.unless) and not (
            any(after.startswith(u.lower()) for u in frame.unless_but_media)
            and _media_follows(doc, start + 1) and _leaving_told(tok, lexicon())):
        return False
    if start + 1 < len(doc) and doc[start].lower_ == "à" and \
            "Inf" in doc[start + 1].morph.get("VerbForm"):
        return False  # "s'engage à investir", "s'engage à rester": a commitment
    return not frame.needs or any(after.startswith(n.lower()) for n in frame.needs) or (
        frame.needs_org and any(n in _PLACE_PREPS for n in frame.needs)
        and _where_relative(tok))  # "chez Auchan, où il est entré en 1990"


def _title_before_body(tok: Token, lex: Lexicon) -> bool:
    """``tok`` completes a title: "directeur de la rédaction", "chef de l'équipe"."""
    doc = tok.doc
    k = tok.i - 1
    if k >= 0 and doc[k].pos_ == "DET" and doc[k].lower_ not in ("du", "des"):
        k -= 1
    return k >= 1 and doc[k].lower_ in _DE_FORMS and \
        doc[k - 1].lower_ in lex.titles_with_complement


def _media_follows(doc: Doc, start: int) -> bool:
    """A broadcaster or a newspaper of the gazetteer is named at ``start``, past a
    determiner and at most two words of its noun phrase ("sur Europe 1", "sur la station
    concurrente Europe 1"; not "sur les propos tenus sur RTL"), and no other matter "sur"
    follows it ("est revenu sur BFMTV sur les accusations": a guest on air)."""
    k = start
    while k < len(doc) and k - start <= 3 and doc[k].ent_type_ != "ORG" and (
            doc[k].pos_ in ("DET", "ADJ", "NOUN") and doc[k].dep_ not in ("case", "cc")):
        k += 1
    if k >= len(doc) or doc[k].ent_type_ != "ORG" or doc[k].ent_iob_ != "B" or (
            k > start and doc[start].pos_ != "DET"):
        return False
    ent = next(e for e in doc.ents if e.start == k)
    if any(t.lower_ == "sur" for t in doc[ent.end:min(ent.sent.end, ent.end + 6)]):
        return False
    return "media" in _gazetteer_kinds().get(_key_of(ent), ())


def _leaving_told(tok: Token, lex: Lexicon) -> bool:
    """The sentence of ``tok`` tells a departure too ("X, qui va quitter RTL, va revenir
    sur Europe 1", "Après son départ de RTL, X revient sur Europe 1"): a station joined,
    not a guest's appearance on air ("Macron reviendra sur TF1 dimanche soir")."""
    for t in tok.sent:
        if t.i == tok.i:
            continue
        lemma = t.lemma_.lower()
        frame = lex.verbs.get(lemma) if t.pos_ in ("VERB", "AUX") else lex.nouns.get(lemma)
        if frame is None and t.pos_ not in ("VERB", "AUX", "NOUN"):
            frame = lex.verbs.get(lex.verb_forms.get(t.lower_, ""))
        if frame is not None and frame.kind == "departure":
            return True
    return False


def _where_relative(tok: Token) -> bool:
    """The verb opens a relative clause of place right after its antecedent: "où", its
    subject pronoun and auxiliaries ("chez Auchan, où il est entré en 1990")."""
    doc = tok.doc
    k = tok.i - 1
    while k > tok.sent.start and tok.i - k <= 4 and doc[k].lower_ != "où" and (
            doc[k].pos_ in ("AUX", "PRON") or doc[k].lower_ in _AUXILIARY_FORMS
            or doc[k].lower_ in ("il", "elle", "ils", "elles", "y")):
        k -= 1
    return doc[k].lower_ == "où" and k > tok.sent.start and (
        doc[k - 1].ent_type_ == "ORG" or (  # "chez Renault, où": the organisation, not "à Lyon, où"
            doc[k - 1].text == "," and k > tok.sent.start + 1 and doc[k - 2].ent_type_ == "ORG"))


# Prepositions of place a verb may need ("entré chez", "débuté à"), for which a relative
# clause of place stands ("chez Auchan, où il est entré").
_PLACE_PREPS = frozenset({"à", "au", "aux", "chez", "dans"})


_NEW_ROLE = Frame(lemma="nouveau", pos="NOUN", kind="appointment", person="appos")
# A new or next holder of a post: "le nouveau PDG", "la future directrice" (planned)
_NEW_WORDS = frozenset({"nouveau", "nouvelle", "nouvel"})
# Adverbs that make a title before it new as well: "X est désormais directeur de Y"
_NOW_WORDS = frozenset({"désormais", "dorénavant"})
_NEW_TITLE = _NEW_WORDS | _NOW_WORDS
_NEXT_HOLDER = frozenset({"prochain", "prochaine", "futur", "future"})
_NEW_HOLDER = _NEW_TITLE | _NEXT_HOLDER
# Kinds of organisation often named after someone ("le groupe Pierre Fabre", "la fondation
# Abbé Pierre"): a name after their noun may be theirs.
_NAMED_AFTER_PEOPLE_KINDS = frozenset({"company", "ngo"})
# "X n'est plus l'entraîneur du PSG": a post no longer held is left, and every organisation
# is the one left ("n'est plus adjoint à la Seine à la mairie de Paris").
_NO_LONGER = Frame(lemma="être", pos="VERB", kind="departure", orgs="from")
# "X ne dirige plus Renault": the object is the organisation left (the lemma is each verb's)
_NO_LONGER_DOING = Frame(lemma="", pos="VERB", kind="departure", obj="from")
# a post given to the person after "à": "a confié la présidence de la mission à X"
_ENTRUSTED = Frame(lemma="confier", pos="VERB", kind="appointment", person="a", obj="to",
                   subj_org="to")
# "X ne fait plus partie des Républicains": an organisation no longer belonged to is left.
_MEMBERSHIP_FORMS = frozenset({"fait", "faisait", "fera", "font", "faisaient", "feront"})


def _no_longer(tok: Token, lex: Lexicon) -> bool:
    """"n'est plus" / "ne sera plus" before a title ("X n'est plus l'entraîneur du PSG",
    "ne sera plus présidente de la région"): the copula of a post left; "ne fait plus
    partie de" before an organisation ("X ne fait plus partie des Républicains"); "ne ...
    plus" before the activity of a post and its object ("X ne préside plus le Medef")."""
    doc = tok.doc
    k = tok.i
    if k < 1 or k + 2 >= len(doc) or doc[k - 1].lower_ not in ("n'", "n’", "ne") or \
            doc[k + 1].lower_ != "plus":
        return False
    if tok.lower_ in _MEMBERSHIP_FORMS:
        return doc[k + 2].lower_ == "partie" and k + 4 < len(doc) and \
            doc[k + 3].lower_ in ("de", "du", "des", "d'", "d’") and any(
                t.ent_type_ == "ORG" or t.lower_ in lex.designated_orgs
                for t in doc[k + 4:min(len(doc), k + 7)])
    if tok.lower_ in lex.post_activity_forms and tok.pos_ == "VERB":
        # "ne présentera plus le JT de TF1", "ne dirige plus Renault": the activity of a
        # post, ended (not "ne dirige plus que ...": what is left)
        nxt = doc[k + 2]
        return nxt.lower_ not in ("que", "qu'", "qu’", "rien", "personne") and (
            nxt.pos_ in ("DET", "PROPN") or nxt.ent_type_ == "ORG")
    if tok.lower_ not in ("est", "était", "sera"):
        return False
    at = k + 2
    if doc[at].lower_ in ("le", "la", "l'", "l’", "un", "une"):
        at += 1
    return bool(_role_at(doc, at, lex, tok.sent.end)[0])


def _entrusted_post(tok: Token, lex: Lexicon) -> Token | None:
    """The post a verb of entrusting gives: its object ("a confié la direction de X à Y"),
    its subject in the passive ("la présidence par intérim a été confiée à Y") or the
    noun its participle qualifies ("l'intérim, confié au numéro deux, Y"); None when
    it gives something else ("a confié ses craintes à Y")."""
    if not any(t.lower_ in ("à", "au", "aux") for t in tok.doc[tok.i + 1:tok.sent.end]):
        return None  # no one the post is given to
    passive = any(c.dep_ == "aux:pass" for c in tok.children)
    # (the subject of an active verb gives, it is not given: "La direction de Renault a
    # confié ses inquiétudes à X")
    candidates = [c for c in tok.children
                  if c.dep_ in ("obj", "nsubj:pass") or (c.dep_ == "nsubj" and passive)]
    if tok.dep_ in ("acl", "acl:relcl"):
        candidates.append(tok.head)
    if not candidates:  # a parse gone wrong: the noun right after the determiner
        doc = tok.doc
        k = tok.i + 1
        if k + 1 < tok.sent.end and doc[k].lower_ in _OBJECT_DETERMINERS:
            candidates.append(doc[k + 1])
    return next((c for c in candidates if c.pos_ == "NOUN" and c.lower_ in lex.entrusted_posts),
                None)


def find_triggers(sent: Span, lex: Lexicon) -> Iterator[tuple[Token, Frame]]:
    """Trigger tokens of the sentence with their frames; ``nouveau PDG``, ``nouvelle
    directrice`` (a new holder of a post) count as appointments."""
    naming = resources.entity_rules().naming_participles
    for tok in sent:
        if _no_longer(tok, lex):
            verb = lex.post_activity_forms.get(tok.lower_)
            yield tok, replace(_NO_LONGER_DOING, lemma=verb) if verb else _NO_LONGER
            continue
        if tok.lower_ in lex.entrusting_forms and _entrusted_post(tok, lex) is not None:
            yield tok, _ENTRUSTED
            continue
        verb = lex.handover_forms.get(tok.lower_)
        if verb is not None:
            frame = Frame(lemma=verb, pos="VERB", kind="departure", obj="none",
                          needs=lex.handover_phrases[verb], successor="a")
            if _needs_ok(tok, frame):
                yield tok, frame
                continue
        if tok.lower_ in _NEW_HOLDER and tok.i + 1 < sent.end:
            at = tok.i + 1
            if tok.doc[at].text in _QUOTES and at + 1 < sent.end:
                at += 1  # 'le nouveau "délégué général"'
            title, _, former = _role_at(tok.doc, at, lex, sent.end)
            if title and not former:
                yield tok, _NEW_ROLE
                continue
        if tok.lower_ in EVENT_PRONOUNS:
            frame = _event_antecedent(tok, lex)
            if frame is not None:  # "Deux autres arrivées ont été annoncées : celle de X"
                yield tok, frame
            continue
        if tok.lower_ in naming and tok.lower_.startswith("nomm") and tok.i > sent.start \
                and tok.doc[tok.i - 1].pos_ in ("NOUN", "ADJ") and tok.i + 1 < sent.end \
                and (tok.doc[tok.i + 1].is_quote or tok.doc[tok.i + 1].ent_type_ == "ORG") \
                and compound_ending_at(tok.doc, tok.i - 1)[0] not in lex.person_nouns \
                and tok.doc[tok.i - 1].lower_ not in lex.person_nouns:
            continue  # "un parti politique nommé « X »": a name given, not a post
        lemma = tok.lemma_.lower()
        frame = None
        if tok.pos_ in ("VERB", "AUX", "ADJ", "X", "SCONJ") or (
            tok.pos_ in ("NOUN", "PROPN") and lemma in lex.verbs and lemma not in lex.nouns
        ) or (  # a capitalised participle taken for a name or a noun: "Nommé en 2017, X"
            (tok.pos_ == "PROPN" or tok.pos_ == "NOUN" and tok.text[:1].isupper()
             and tok.lower_ not in lex.nouns)  # "Entrée chez Airbus" keeps its noun frame
            and tok.lower_.endswith(_PARTICIPLE_ENDINGS + _U_ENDINGS)  # "Élu à la tête de"
            and tok.lower_ in lex.verb_forms
        ) or (  # a verb taken for a noun or a preposition right after its subject:
            # "Clément Beaune devient", "Sibeth Ndiaye entre au gouvernement"
            tok.pos_ in ("NOUN", "PROPN", "ADV", "ADP", "DET") and tok.lower_ in lex.verb_forms
            and tok.lower_ not in lex.nouns and tok.i > sent.start
            and (tok.doc[tok.i - 1].ent_type_ == "PER"
                 or tok.doc[tok.i - 1].lower_ in ("il", "elle", "ils", "elles")
                 or tok.i > sent.start + 1 and tok.doc[tok.i - 1].lower_ == "lui"
                 and tok.doc[tok.i - 2].ent_type_ == "PER"  # "X lui succède"
                 or _after_apposition(tok))  # "X, de France 2, remplace Y"
        ) or (  # an infinitive the tagger missed after its preposition: 'prévoit de
            # "démettre rapidement" X'
            tok.pos_ in ("ADP", "NOUN", "PROPN", "ADV", "ADJ") and tok.lower_ in lex.verbs
            and tok.lower_ not in lex.nouns and _after_infinitive_mark(tok, lex)
        ) or (  # a verb taken for a pronoun, which no form of a trigger verb is:
            # "X, porte-parole du gouvernement, et Y, ..., quittent le gouvernement"
            tok.pos_ == "PRON" and tok.lower_ in lex.verb_forms and tok.lower_ not in lex.nouns
        ) or (  # a participle in apposition taken for a noun: "X, partie chez Capgemini"
            tok.pos_ in ("NOUN", "PROPN") and tok.lower_ in lex.verb_forms
            and tok.lower_ not in lex.nouns and tok.i >= sent.start + 2
            and tok.doc[tok.i - 1].text == "," and tok.doc[tok.i - 2].ent_type_ == "PER"
            and tok.i + 1 < sent.end
            and tok.doc[tok.i + 1].lower_ in (*_DESTINATION_PREPS, "dans")
        ) or (  # a participle taken for a noun before its agent: "Mistral AI, une start-up
            # fondée par Arthur Mensch"
            tok.pos_ in ("NOUN", "PROPN", "ADJ") and tok.lower_ in lex.verb_forms
            and tok.lower_ not in lex.nouns
            and tok.lower_.endswith(_PARTICIPLE_ENDINGS + _U_ENDINGS)
            and tok.i + 2 < sent.end and tok.doc[tok.i + 1].lower_ == "par"
            and tok.doc[tok.i + 2].ent_type_ in ("PER", "ORG")
        ) or (  # a participle taken for a noun or a determiner after its auxiliary: "a été
            # élu", "est nommé", "a intégré Renault", "a ensuite intégré"
            tok.pos_ not in ("VERB", "AUX", "PUNCT") and tok.lower_ in lex.verb_forms
            and tok.lower_.endswith(_PARTICIPLE_ENDINGS + _U_ENDINGS)
            and _after_auxiliary(tok)
        ):
            frame = lex.verbs.get(lemma) or lex.verbs.get(lex.verb_forms.get(tok.lower_, ""))
            if frame is None and "-" in lemma:
                frame = lex.verbs.get(lemma.replace("-", ""))
        if frame is None and tok.pos_ in ("NOUN", "PROPN", "ADJ"):
            frame = lex.nouns.get(lemma) or lex.nouns.get(tok.lower_)
            if frame is None and tok.lower_.startswith("ex-"):
                frame = None
        if frame is not None and frame.kind == "founding" and frame.pos == "VERB" and (
            tok.i > sent.start and tok.doc[tok.i - 1].lower_ in _REFLEXIVES
            or tok.i > sent.start + 1 and tok.doc[tok.i - 2].lower_ in _REFLEXIVES
            and tok.doc[tok.i - 1].lemma_ == "être"  # "s'est créé un petit-ami"
            or lemma in lex.speech_verbs and _speech_incise(tok, sent)
        ):
            continue  # "se lancer dans la course"; '"Va convaincre Bayrou", a-t-il lancé'
        if frame is not None and frame.pos == "VERB" and lemma in lex.series_verbs and (
            tok.i > sent.start and tok.doc[tok.i - 1].lower_ in ("se", "s'", "s’")
            or tok.i > sent.start + 1 and tok.doc[tok.i - 2].lower_ in ("se", "s'", "s’")
            and tok.doc[tok.i - 1].lower_ in _ETRE_FORMS
        ):
            continue  # "elle a vu se succéder X, Y et Z": holders one after another
        if frame is not None and frame.pos == "VERB" and _impersonal(tok):
            continue  # "il revient au gouvernement de décider", "il arrive aux femmes de rire"
        if frame is not None and _time_spent(tok):
            continue  # "après quarante ans passés chez Michelin": time spent, no move
        if frame is not None and _needs_ok(tok, frame):
            yield tok, frame


def _sentence_before_start(tok: Token) -> int:
    """Where the sentence before the one of ``tok`` starts (its own start when it is the
    first)."""
    start = tok.sent.start
    return tok.doc[start - 1].sent.start if start > 0 else start


def _after_infinitive_mark(tok: Token, lex: Lexicon) -> bool:
    """Right after a word that marks an infinitive ("de", "pour"; ``infinitive_marks``),
    an opening quote aside."""
    doc = tok.doc
    k = tok.i - 1
    if k >= 0 and doc[k].text in OPENING_QUOTES:
        k -= 1
    return k >= tok.sent.start and doc[k].lower_ in lex.infinitive_marks


#: Demonstrative pronouns that stand for an event noun told before ("celle de X") and the
#: gender of the noun they stand for.
EVENT_PRONOUNS = {"celle": "Fem", "celles": "Fem", "celui": "Masc", "ceux": "Masc"}


def _event_antecedent(tok: Token, lex: Lexicon) -> Frame | None:
    """The frame of the event noun a demonstrative pronoun followed by ``de`` stands for:
    the last noun of its gender before it, in its sentence or the one before ("plusieurs
    départs, dont celui de X"; "Deux autres arrivées ont été annoncées : celle de X"; not
    "la démission de celui de X", which stands for "gouvernement")."""
    doc = tok.doc
    if tok.i + 1 >= len(doc) or doc[tok.i + 1].lower_ not in ("de", "d'", "d’", "du"):
        return None
    start = _sentence_before_start(tok)
    gender = EVENT_PRONOUNS[tok.lower_]
    for k in range(tok.i - 1, start - 1, -1):
        t = doc[k]
        if t.pos_ == "NOUN" and not t.ent_type_ and gender in t.morph.get("Gender"):
            frame = lex.nouns.get(t.lemma_.lower()) or lex.nouns.get(t.lower_)
            return frame if frame is not None and frame.person == "de" else None
    return None


def _after_apposition(tok: Token) -> bool:
    """Right after the closing comma of an apposition to a name that opens a clause
    ("Marie Durand, de France 2, remplace", "X, 49 ans, quitte", "Après consultation,
    Laurent Wauquiez, président des Républicains, nomme"): the verb of that name."""
    doc, start = tok.doc, tok.sent.start
    if tok.i - start < 4 or doc[tok.i - 1].text != ",":
        return False
    # (or the name set off itself: "L'ancien PDG de La Provence, Claude Perrier, deviendra")
    for k in range(tok.i - 2, max(start, tok.i - 13) - 1, -1):
        if doc[k].ent_type_ == "PER" and doc[k + 1].text == ",":
            name_start = k
            while name_start > start and doc[name_start].ent_iob_ == "I":
                name_start -= 1
            opens = name_start == start or doc[name_start - 1].text == "," \
                or doc[name_start - 1].is_quote
            return opens and not any(t.pos_ in ("VERB", "AUX") for t in doc[k + 2:tok.i - 1])
    return False


_INFINITIVE_ENDINGS = ("er", "ir", "re")  # "-oir" ends in "-ir"


def _impersonal(tok: Token) -> bool:
    """An impersonal ``il`` + verb + ``à X de`` + infinitive: "il revient au gouvernement
    de décider" (it is up to), "il arrive aux femmes de rire" (it happens); nobody moves."""
    doc = tok.doc
    k = tok.i - 1
    while k >= 0 and doc[k].lower_ in ("ne", "n'", "lui", "leur", "me", "m'", "nous", "vous"):
        k -= 1
    if k < 0 or doc[k].lower_ != "il" or "Fin" not in tok.morph.get("VerbForm"):
        return False
    j = tok.i + 1
    while j < len(doc) and doc[j].pos_ == "ADV":
        j += 1
    if j >= len(doc) or doc[j].lower_ not in ("à", "au", "aux"):
        return False
    for m in range(j + 1, min(len(doc) - 1, j + 8)):
        if doc[m].is_punct:
            return False
        if doc[m].lower_ in ("de", "d'", "d’") and (
                "Inf" in doc[m + 1].morph.get("VerbForm")
                or doc[m + 1].lower_.endswith(_INFINITIVE_ENDINGS) and doc[m + 1].pos_ != "PROPN"):
            return True
    return False


# ---------------------------------------------------------------------- arguments


_PARTICIPLE_ENDINGS = ("é", "ée", "és", "ées")
# The participle of "partir", and the prepositions that give where one went ("partie
# chez Capgemini", "parti à la retraite"), not what one left ("parti de Renault").
_PARTI_FORMS = ("parti", "partie", "partis", "parties")
_DESTINATION_PREPS = ("chez", "à", "au", "aux", "pour")
_DETERMINERS = frozenset({"le", "la", "les", "l'", "un", "une", "du", "au", "son", "sa", "ce",
                          "leur", "notre", "votre", "mon"})
_REFLEXIVES = frozenset({"se", "s'", "me", "m'", "te", "t'", "nous", "vous"})
_QUOTES = OPENING_QUOTES | CLOSING_QUOTES
# the forms of "être" that make a compound past ("s'est séparé", "se sont séparés")
_ETRE_FORMS = frozenset({"suis", "es", "est", "sommes", "êtes", "sont", "étais", "était",
                         "étions", "étiez", "étaient", "serai", "sera", "serons", "serez",
                         "seront", "serais", "serait", "seraient", "soit", "soient", "être",
                         "fut", "étant"})
_U_ENDINGS = ("u", "ue", "us", "ues")  # "élu", "reçue"
_AUXILIARIES = frozenset({"été", "est", "sont", "était", "étaient", "sera", "seront", "serait",
                          "fut", "a", "ont", "avait", "avaient", "aura", "aurait"})
_AVOIR = frozenset({"ai", "as", "a", "avons", "avez", "ont", "avais", "avait", "avions", "aviez",
                    "avaient", "aurai", "auras", "aura", "aurons", "aurez", "auront", "aurais",
                    "aurait", "aurions", "auriez", "auraient", "avoir", "ayant", "eu", "aie",
                    "ait", "aient", "eut", "eurent"})
# every form of an auxiliary before a participle ("a rejoint", "est nommé", "avoir été")
_AUXILIARY_FORMS = _AUXILIARIES | _AVOIR | {"être"}


def _before_adverbs(tok: Token) -> int:
    """Where the adverbs of apposition right before a token start ("à peine", "tout
    juste"): the token's own index when there are none."""
    adverbs = lexicon().apposition_adverbs
    doc, i = tok.doc, tok.i
    while i > tok.sent.start and (doc[i - 1].lower_ in adverbs or (
            doc[i - 1].lower_ == "a" and doc[i].lower_ == "peine")):  # "A peine", no accent
        i -= 1
    return i


_INVERSION_WORDS = frozenset({"que", "qu'", "qu’", "où", "comme"})


def _inverted(verb: Token) -> bool:
    """The verb's subject may follow it: a relative or comparative word opens its clause
    ("le poste que quitte le ministre", "comme l'a rejoint son frère")."""
    doc = verb.doc
    i = verb.i - 1
    while i >= verb.sent.start and (doc[i].pos_ in ("AUX", "PRON", "ADV") or doc[i].lower_ in (
            "ne", "n'", "pas")) and doc[i].lower_ not in _INVERSION_WORDS:
        i -= 1
    return i >= verb.sent.start and doc[i].lower_ in _INVERSION_WORDS


def _after_auxiliary(tok: Token) -> bool:
    """An auxiliary comes right before the token, or before one or two adverbs before it
    ("a été élu", "a ensuite intégré", "est officiellement nommé")."""
    doc = tok.doc
    if tok.i <= tok.sent.start:
        return False
    if doc[tok.i - 1].lower_ in _AUXILIARIES or doc[tok.i - 1].lower_.endswith("ment"):
        return True
    k = tok.i - 1
    while k > tok.sent.start and tok.i - k <= 2 and doc[k].pos_ == "ADV":
        k -= 1
    return k < tok.i - 1 and doc[k].lower_ in _AUXILIARIES


def _person_subject(tok: Token, view: DocView) -> bool:
    """The verb's subject is a person's name ("Paul Girard s'est séparé de Renault")."""
    subj = _subject_token(tok)
    ent = view.ent(subj) if subj is not None else None
    return ent is not None and ent.label_ == "PER"


def _reflexive_past(tok: Token) -> bool:
    """A participle in the compound past of a pronominal verb: "s'est séparé", "se sont
    séparés", "ne s'est pas séparé" (the clitic, then a form of "être")."""
    doc = tok.doc
    words = [t.lower_ for t in doc[max(tok.sent.start, tok.i - 4):tok.i]
             if t.lower_ not in ("ne", "n'", "n’") and t.pos_ != "ADV"]
    return len(words) >= 2 and words[-1] in _ETRE_FORMS and words[-2] in _REFLEXIVES


def _is_passive(tok: Token) -> bool:
    if any(c.dep_ == "aux:pass" for c in tok.children):
        return True
    # a participle by its ending, where the small model took it for something else
    ending = tok.lower_.endswith(_PARTICIPLE_ENDINGS + _U_ENDINGS)
    # (not a present participle: "en recrutant une journaliste")
    participle = "Part" in tok.morph.get("VerbForm") and "Pres" not in tok.morph.get("Tense") \
        or ending and (
        tok.pos_ not in ("VERB", "AUX")  # tagged as a name or a noun ("Nommé délégué ...")
        # in apposition, as a finite verb: "X, nommé ministre", "X, à peine nommé"
        or (tok.i > 0 and tok.doc[_before_adverbs(tok) - 1].text in (",", "("))
        or any(t.lower_ == "été" for t in tok.doc[max(tok.i - 3, 0):tok.i])  # "a été propulsé"
        # "À peine nommé ministre, X": after adverbs only, at the start of the sentence
        or _before_adverbs(tok) == tok.sent.start < tok.i
    )
    if not participle:
        return False
    doc = tok.doc
    if tok.lower_.endswith(("int", "uit")) and tok.i + 2 < len(doc) and \
            doc[tok.i + 1].lower_ in _OBJECT_DETERMINERS and not doc[tok.i + 2].like_num:
        return False  # "X, qui a démissionné en mars, rejoint le conseil de Y": the
        # present, with its object, that is written as the participle
    before = tok.doc[max(tok.i - 3, 0):tok.i]
    left = [t.lower_ for t in before]
    if "été" in left:
        return True
    if any(t.lower_ in _AVOIR and t.pos_ in ("AUX", "VERB") and not (
            t.lower_ == "a" and t.nbor().lower_ == "peine") for t in before):
        return False  # "a nommé", "je t'ai nommée": active ("A peine nommé" is not)
    # the auxiliary before an incidental phrase: "a quant à lui rejoint", "a de son côté
    # fondé en 2016"
    for t in reversed(tok.doc[max(tok.i - 7, tok.sent.start):max(tok.i - 3, 0)]):
        if t.is_punct or t.pos_ == "VERB" and t.lower_ not in _AVOIR:
            break
        if t.lower_ in _AVOIR and t.pos_ in ("AUX", "VERB"):
            return False
    return True


# Determiners opening a verb's object.
_OBJECT_DETERMINERS = frozenset({"le", "la", "les", "l'", "l’", "un", "une", "son", "sa", "ses",
                                 "leur", "ce", "cet", "cette"})


def _role_at(doc: Doc, i: int, lex: Lexicon, limit: int) -> tuple[str, int, bool]:
    """A job title starting at token ``i`` (``ex-`` allowed): (title, end, former)."""
    first = doc[i].lower_
    former = False
    if first.startswith("ex-") and len(first) > 3:
        former = True
        first = first[3:]
    # a shared post: "cogérant", "co-directrice", "coprésident"
    shared = next((p for p in ("co-", "co") if first.startswith(p) and first not in lex.roles
                   and first[len(p):] in lex.roles), "")
    first = first[len(shared):]
    # a title in the plural that a participle in the plural gives several people ("ont été
    # nommés vice-présidents de Renault"; not "les ministres", "Dix ministres démissionnaires")
    plural = first not in lex.roles and _singular(first) in lex.roles and not shared and \
        i > 0 and "Part" in doc[i - 1].morph.get("VerbForm") and (
            "Plur" in doc[i - 1].morph.get("Number") or doc[i - 1].lower_.endswith(("és", "ées")))
    for role in lex.roles.get(_singular(first) if plural else first, ()):
        n = len(role)
        if i + n > limit:
            continue
        words = [t.text.lower() for t in doc[i:i + n]]
        if former:
            words[0] = words[0][3:]
        words[0] = words[0][len(shared):]
        if plural:
            words = [_singular(w) for w in words]
        # capitals often lose their accent: "secrétaire d'Etat"
        if all(w == r or (t.text[:1].isupper() and plain(w) == plain(r))
               for w, r, t in zip(words, role, doc[i:i + n], strict=True)) and not (
                n > 1 and doc[i + n - 1].ent_iob_ in ("B", "I") and i + n < len(doc)
                and doc[i + n].ent_iob_ == "I"):  # "directrice de l'Institut Pasteur": a name
            end = i + n
            text = "".join((_singular(t.text) if plural else t.text) + t.whitespace_
                           for t in doc[i:end]).strip()
            if former:
                text = text[3:]
            return text, end, former
    return "", i, False


def _singular(word: str) -> str:
    """The singular of a word of a title ("vice-présidents", "généraux"), or the word."""
    if word.endswith("aux") and len(word) > 4:
        return word[:-3] + "al"
    if word.endswith("s") and len(word) > 3:
        return word[:-1]
    return word


_CHARGE_FORMS = frozenset({"chargé", "chargée", "chargés", "chargées"})


# The word of a deputy's post, as a noun ("l'adjoint au maire") or after a title
# ("délégué général adjoint").
_DEPUTY_WORDS = frozenset({"adjoint", "adjointe"})


def _deputy_mayor_title(role: str) -> bool:
    """A title of a mayor's deputy: "adjoint", "premier adjoint", "adjointe à la Culture",
    "adjoint au maire", "adjoint chargé des sports" (not "directeur adjoint", "adjoint au
    commissaire")."""
    words = role.split()
    if words and words[0].lower() in ("premier", "première"):
        words = words[1:]
    if not words or words[0].lower() not in _DEPUTY_WORDS:
        return False
    rest = words[1:]
    if not rest or rest[0] in ("chargé", "chargée"):
        return True
    if rest[0] == "à" and rest[1:2] in (["la"], ["l'"], ["l’"]):
        rest = rest[2:]
    elif rest[0] in ("au", "aux", "à"):
        rest = rest[1:]
    else:
        return False
    # a portfolio ("à la Culture") or the mayor ("au maire")
    return bool(rest) and (rest[0][:1].isupper() or rest[0] == "maire" or (
        rest[0][:2] in ("l'", "l’") and rest[0][2:3].isupper()))


def _mayor_seat(view: DocView) -> str:
    """The mairie of the only town whose mayor the text names ("la maire de Paris Anne
    Hidalgo": "mairie de Paris"; "le maire socialiste du Havre": "mairie du Havre"), or
    ""."""
    doc = view.doc
    seats = set()
    for tok in doc:
        if tok.lower_ != "maire":
            continue
        k = tok.i + 1
        while k < len(doc) and k - tok.i <= 3 and (
                doc[k].text in "()" or doc[k].is_upper and doc[k].is_alpha
                or doc[k].is_lower and doc[k].is_alpha and doc[k].lower_ not in _DE_FORMS):
            k += 1  # "maire socialiste de", "maire (LR) de", "maire PS de"
        if k + 1 >= len(doc) or doc[k].lower_ not in _DE_FORMS:
            continue
        ent = view.ent(doc[k + 1])
        if ent is not None and ent.start == k + 1 and ent.label_ in ("LOC", "ORG", "MISC"):
            town = ent.text
        elif doc[k + 1].is_title and doc[k + 1].is_alpha:
            town = doc[k + 1].text
        else:
            continue
        prep = doc[k].lower_.replace("’", "'")
        seats.add(f"mairie {prep}{town}" if prep.endswith("'") else f"mairie {prep} {town}")
    return seats.pop() if len(seats) == 1 else ""


def _extended(title: str, doc: Doc, end: int, ext: int) -> str:
    """The title found so far, as written or put in the singular, with the words of its
    complement up to token ``ext``."""
    return title + doc[end - 1].whitespace_ + doc[end:ext].text


def find_roles(sent: Span, lex: Lexicon, view: DocView) -> list[tuple[int, int, str, bool]]:
    """Job titles in the sentence: (start, end, title, former)."""
    doc = sent.doc
    out = []
    i = sent.start
    while i < sent.end:
        if view.ent(doc[i]) is not None and view.ent(doc[i]).label_ == "PER":  # type: ignore[union-attr]
            i += 1
            continue
        title, end, former = _role_at(doc, i, lex, sent.end)
        if title.lower() in _DEPUTY_WORDS and not former and i > sent.start and \
                doc[i - 1].pos_ in ("NOUN", "ADJ") and doc[i - 1].is_lower:
            title = ""  # "le procureur adjoint X": an adjective, not the noun of a post
        if title:
            if end < sent.end and doc[end].lower_ in _DEPUTY_WORDS:
                title, end = f"{title} {doc[end].text}", end + 1  # "délégué général adjoint"
            head = title.split()[0].lower()
            superlative = i >= 3 and doc[i - 2].lower_ in ("plus", "moins") and \
                doc[i - 3].lower_ in ("le", "la", "les", "du", "des", "au", "aux") and \
                doc[i - 1].pos_ == "ADJ"
            if head in lex.titles_with_complement and not superlative:
                # (not "le plus jeune ministre de l'histoire": what the superlative ranks in)
                ext = _complement_end(doc, end, view, sent.end, any_entity_stops=True)
                if ext > end:
                    title, end = _extended(title, doc, end, ext), ext
            link = 1 if end < sent.end and doc[end].lower_ in ("au", "du") else 2 if (
                end + 1 < sent.end and doc[end].lower_ in ("à", "de")
                and doc[end + 1].lower_ == "la") else 0
            if link and end + link < sent.end and doc[end + link].lower_ == "maire" and \
                    any(w.lower() in _DEPUTY_WORDS for w in title.split()):
                # "adjoint à la Culture à la maire de Paris": the mayor's deputy
                ext = _complement_end(doc, end + link + 1, view, sent.end,
                                      any_entity_stops=False)
                if ext > end + link + 1:
                    title, end = _extended(title, doc, end, ext), ext
            if end + 1 < sent.end and doc[end].lower_ in _CHARGE_FORMS:
                # "secrétaire d'État chargée des Affaires européennes": what the post is for
                ext = _complement_end(doc, end + 1, view, sent.end, any_entity_stops=True)
                if ext > end + 1:
                    title, end = _extended(title, doc, end, ext), ext
            lo = max(i - 3, sent.start)
            if _former_said(doc[lo:i]) and not any(
                    t.pos_ == "VERB" and (t.dep_ == "acl" or _former_said(doc[lo:t.i]))
                    for t in doc[lo:i]):
                former = True  # not "l'ancien militant devenu ministre", "l'ex-député PS
                # devenu secrétaire d'État": a new title
            out.append((i, end, title, former))
            i = end
        else:
            i += 1
    return out


def _org_relation(org: Span, trigger: Token, lex: Lexicon, view: DocView,
                  roles: list[tuple[int, int, str, bool]]) -> tuple[str, str]:
    """How an organisation relates to the trigger: (relation, role attached)."""
    doc = org.doc
    sent_start = trigger.sent.start
    frame = _verb_frame(trigger, lex)
    lo = max(sent_start, org.start - 7)
    window = list(doc[lo:org.start])
    role = ""
    for rs, re_, title, _former in roles:
        if re_ <= org.start and org.start - re_ <= 3 and rs >= lo and not any(
            t.is_punct and t.text not in ("'",) for t in doc[re_:org.start]
        ):
            role = title
    quote = _opening_quote(org)
    seg = _segment_start(org, trigger)
    near = [t for t in doc[max(seg, org.start - 5):org.start]]
    titled = any(trigger.i < rs and re_ <= org.start for rs, re_, _t, _f in roles)
    if any(_source_word(t, lex) and not (t.dep_ == "obj" and t.head == trigger)
           and not (t.lower_ == "auprès" and titled)
           and not (t.pos_ == "NOUN" and t.head.pos_ == "NOUN" and t.head.i < t.i
                    and t.head.lower_ not in lex.source_markers
                    and t.lower_ not in lex.source_nouns)
           # "cogérant du journal Libération": a title's complement (tagged as a verb)
           and not (t.pos_ == "NOUN" and t.head.i < t.i
                    and any(rs <= t.head.i < re_ for rs, re_, _t, _f in roles))
           for t in near) and not _after_time_spent(org):
        # "a confié à l'AFP", "selon Le Monde"; not "quitter l'antenne de Virgin Radio",
        # "nommé ambassadeur auprès de l'Unesco" nor "après neuf ans à l'antenne de RTL"
        return "source", role
    if _opposed(org, lex):
        return "other", role  # "X, un adversaire du CPL qui avait démissionné"
    if org.end < trigger.i and _dont_antecedent(org, trigger):
        return "dont", role  # "Les Républicains, dont le président X démissionne"
    if org.end < trigger.i and _relative_object(org, trigger):
        return "obj", role  # "la biotech qu'il a cofondée", "le parti qu'elle a quitté"
    if org.end == trigger.i - 1 and doc[org.end].text == "," and \
            "Part" in trigger.morph.get("VerbForm") and frame is not None and \
            frame.kind == "founding" and \
            not (org.start > 0 and doc[org.start - 1].lower_ in ("de", "d'", "du", "des")):
        # "SpaceX ou Blue Origin, créée par le patron d'Amazon X"; not "la série de France 2,
        # créée par X"
        return "subj", role
    if org.start > trigger.i and frame is not None and frame.kind == "founding" and \
            _after_opening_participle(org, trigger):
        return "subj", role  # "Créée en 2010 par X, la société Criteo est cotée"
    if org.start > trigger.i and any(
        t.lower_ in lex.unrelated_markers for t in doc[trigger.i + 1:org.start]
    ):
        return "other", role  # "limogé à cause de ses relations avec l'état-major de X"
    if org.start > trigger.i and any(_close_to(t) and org.start - t.i <= 3
                                     for t in doc[trigger.i + 1:org.start]):
        return "other", role  # "a rejoint le groupe des Constructifs, proches de LREM" (not
        # "a quitté Danone, proche de la soixantaine, pour rejoindre Lactalis")
    if org.start > trigger.i and any(
            t.lower_ in ("si", "s'", "s’") and (t.dep_ == "mark" or t.pos_ == "SCONJ")
            and not _hedge(t, lex) for t in doc[trigger.i + 1:org.start]):
        return "other", role  # "X persiste et signe: si Microsoft achète TikTok au chinois
        # ByteDance": a condition of its own
    if org.start > trigger.i and _in_agent_title(org, trigger, view):
        return "other", role  # "remplacé par le chef de la CIA, Mike Pompeo": his title
    if org.end <= trigger.i and _party_of_office(org, trigger, lex):
        return "other", role  # "X, député PS, a quitté son siège": the seat, not the party
    # a former-role segment: ", jusqu'alors co-responsable de l'équipe X chez Y,"
    segment = doc[seg:org.start].text.lower()
    former_said = any(marker in segment for marker in _FORMER_PHRASES) or \
        _ex_affiliation(org)  # "Eric Brunet (ex-RMC)"; not "Orange, l'ex-France Télécom"
    if former_said and _former_then_current(doc[seg:org.start]):
        return "other", role  # "L'ex-chef de l'armée et ténor du parti X": held now
    if former_said or _after_having_been(
            doc[seg:org.start], lex) or _while_holding(doc[seg:org.start], lex):
        if "candidat" in segment:
            return "other", role  # "ex-candidat à la mairie de Paris": never a post there
        if any(t.lower_.removeprefix("ex-") in lex.relation_nouns for t in doc[seg:org.start]):
            return "other", role  # "son ex-collègue du gouvernement": someone else's
        return "from", role
    if org.end <= trigger.i and _apposition_owner(org, trigger, view) is not None:
        return "from", role  # "X, directrice générale d'Allianz France, remplace Y"
    if org.end <= trigger.i and _in_title_before_name(org, trigger, view):
        return "from", role  # "le chef de file des députés MoDem X, nommé ministre"
    # without the incidental phrases ("quitte de son côté le ministère")
    if any((t.lower_,) == p[-1:] for t in window for p in lex.incidental_phrases):
        window = [t for t in window if t.i not in _incidental(trigger.sent, lex)]
    if org.start > trigger.i and any(
            _post_held_after(t, trigger, lex)
            and all(u.pos_ == "DET" for u in doc[t.i + 1:org.start])
            and not any(u.is_punct for u in doc[trigger.i + 1:t.i])
            for t in doc[trigger.i + 1:min(trigger.i + 8, org.start)]):
        # "choisie pour diriger la SNCF", "choisie par X pour diriger la SNCF": the post
        return "pour", role  # the move gives
    # cut the window at the last punctuation or verb (other than the trigger)
    cut = 0
    for k, t in enumerate(window):
        if (t.is_punct and t.text not in ("'", "-") and t.i != quote and not (
                # a quoted word inside the trigger's complement: 'quitte son "carrefour"
                # et Radio France'
                t.is_quote and t.i > trigger.i)) or (
            t.pos_ in ("VERB", "AUX") and t.i != trigger.i and t.lower_ not in lex.from_markers
            and t.lemma_ not in ("être", "avoir") and not _time_ago(t)
        ):
            cut = k + 1
    window = window[cut:]
    if org.start > trigger.i:
        # the words before the trigger are not its complement's ("arrivé chez Google
        # après son départ d'Apple": Apple is left)
        window = [t for t in window if t.i >= trigger.i]
    words = [t.lower_ for t in window]
    cues = resources.entity_rules().org_left_cues
    if org.start > trigger.i and any(
        t.lower_ in cues and t.dep_ == "obj" and (t.head == trigger or any(
            rs <= t.head.i < re_ for rs, re_, _t, _f in roles))  # "en tant qu'associé"
        # not "quitté le groupe Natixis pour le groupe Lactalis"
        and not any(w.lower_ in _DESTINATION_PREPS + ("vers", "par", "après", "avant")
                    for w in doc[t.i + 1:org.start])
        for t in doc[trigger.i + 1:org.start]
    ):
        return "obj", role  # "a rejoint la société de gestion d'actifs Tikehau Capital"
    after_trigger = [t.lower_ for t in window if t.i > trigger.i or org.end <= trigger.i]
    if any((w in lex.from_markers and not (w in _PARTI_FORMS and (
            (k > 0 and after_trigger[k - 1] in _DETERMINERS)
            or any(v in _DESTINATION_PREPS for v in after_trigger[k + 1:]))))
           or w.startswith("ex-") for k, w in enumerate(after_trigger)):
        return "from", role  # "parti de X", not "président du parti X" nor "partie chez X"
    if trigger.i in [t.i for t in window]:
        after = words[[t.i for t in window].index(trigger.i) + 1:]
        if not any(w in _PREPS for w in after):
            return "obj", role
    if frame is not None and frame.obj == "to" and org.start > trigger.i \
            and (_object_complement(org, trigger) or _described_object(org, trigger, cues)
                 or _completes_next_noun(org, trigger)):
        return "obj", role  # "rejoindre la bande de chroniqueurs de \"Balance ton post\""
    agent = _completed_noun(org, trigger, "obl:agent") if org.start > trigger.i else None
    if agent is not None and agent.lower_ in cues:
        return "par", role  # "embauché par la chaîne publique de radio-télévision RAI"
    preps = [w for w in words if w in _PREPS]
    if org.start > trigger.i and any(
            w == "côté" and words[k - 1:k] in (["du"], ["de"]) and words[k + 1:k + 2]
            and words[k + 1] in ("de", "du", "des", "d'", "d’") for k, w in enumerate(words)):
        return "vers", role  # "un départ du côté de la Juventus": where one goes
    if any(w == "chez" and k > 0 and words[k - 1] in _DE_FORMS for k, w in enumerate(words)):
        return "from", role  # "partir de chez Renault", "venue de chez Google": whence
    if "sein" in words or "chez" in words:
        return "chez", role
    if "tête" in words or "direction" in words or "présidence" in words or "rênes" in words:
        return "head", role
    if preps:
        if org.start > trigger.i and _PREPS[preps[0]] == "a" and _PREPS[preps[-1]] == "de" \
                and any(t.lower_ in lex.body_nouns for t in window) \
                and all(t.pos_ in ("ADP", "DET", "NOUN", "ADJ") for t in window
                        if t.i > trigger.i):
            return "a", role  # "entre au conseil d'administration de Renault": a body of it
        told = frame or lex.nouns.get(trigger.lemma_.lower()) or lex.nouns.get(trigger.lower_)
        if preps[-1] == "sur" and org.start > trigger.i and told is not None and (
                told.kind != "departure" or any(w in ("poste", "fonctions", "fauteuil")
                                                for w in words)) and \
                "media" in _gazetteer_kinds().get(_key_of(org), ()):
            return "a", role  # "arrive sur M6", "son retour sur CNews": a channel's air;
            # "a perdu son poste de chroniqueur sur LCI": a post there
        if preps[-1] == "avec" and told is not None and told.with_org and \
                org.start > trigger.i:
            return "pour", role  # "s'est engagé avec le Real Madrid": the club joined
        return _PREPS[preps[-1]], role
    if org.end <= trigger.i:
        return "subj", role
    if trigger.pos_ == "NOUN" and any(
            view.ent(t) is not None and view.ent(t).label_ == "PER"  # type: ignore[union-attr]
            for t in doc[trigger.i + 1:org.start]):
        return "other", role  # "au fondateur d'Iliad Xavier Niel, Maritima reste": past him
    if not words or all(t.pos_ in ("DET", "ADJ", "NOUN", "NUM") or _time_ago(t)
                        or t.lower_ in ("il", "y") for t in window):
        return "obj", role  # "a rejoint il y a un an la banque Barclays"
    return "other", role


def _party_of_office(org: Span, trigger: Token, lex: Lexicon) -> bool:
    """A party named right after a public elected office ("député PS", "la maire LR de
    Nice", "l'ex-sénateur UDI") before a trigger whose complement is a post noun or a seat
    ("a quitté son siège", "a démissionné de son mandat", "avoir quitté ses bancs"): the
    office is left or taken, and the party is the person's label, not the post's
    organisation."""
    doc = org.doc
    if org.start < 1 or "party" not in _gazetteer_kinds().get(_key_of(org), ()):
        return False
    office = doc[org.start - 1].lower_.removeprefix("ex-")
    if not _is_public_office(office, lex):
        return False
    # (or whose complement is the elected assembly: "a fait son retour au Sénat", where
    # the parse hangs it on the light verb)
    around = [*trigger.children, *(trigger.head.children if trigger.dep_ == "obj" else ())]
    return any(c.dep_ in ("obj", "obl", "obl:arg", "nmod") and c.i > trigger.i and (
        _office_seat(c, lex) or fold(_phrase_after_det(c)) in lex.public_office_orgs)
        for c in around)


def _office_seat(noun: Token, lex: Lexicon) -> bool:
    """An elected member's seat ("son siège", "ses bancs", "son mandat de député", "son
    poste de sénatrice"), not a post the noun's complement names ("ses fonctions de
    délégué national", "son siège au bureau politique")."""
    complements = [c for c in noun.children if c.dep_ in ("nmod", "amod", "appos")
                   and c.pos_ in ("NOUN", "PROPN")]
    offices_only = all(_is_public_office(c.text, lex) for c in complements)
    if noun.lower_ in lex.office_seats:
        return offices_only
    return noun.lower_ in lex.post_nouns and bool(complements) and offices_only


def _office_body_name(org: Span, lex: Lexicon) -> str:
    """An elected assembly the model cut short ("du Conseil [municipal]", "du Conseil
    [régional]"): the name with its adjective when that makes one of ``public_office_orgs``,
    else ""."""
    doc = org.doc
    if org.end >= len(doc) or not doc[org.end].is_lower or not doc[org.end].is_alpha:
        return ""
    longer = f"{org.text} {doc[org.end].text}"
    return longer if fold(longer) in lex.public_office_orgs else ""


def _phrase_after_det(tok: Token) -> str:
    """The words of ``tok``'s phrase from its head word on, its adjectives included ("l'
    Assemblée nationale" -> "Assemblée nationale")."""
    end = tok.i + 1
    while end < len(tok.doc) and tok.doc[end].dep_ in ("amod", "flat:name") and \
            tok.doc[end].head == tok:
        end += 1
    return tok.doc[tok.i:end].text


def _post_held_after(tok: Token, trigger: Token, lex: Lexicon) -> bool:
    """``tok`` is a verb of holding a post (``post_verbs``) after "pour", "à" or "de"
    following the trigger: "choisie pour diriger", "appelé à présider"."""
    return tok.lemma_ in lex.post_verbs and tok.i - 1 > trigger.i and \
        tok.doc[tok.i - 1].lower_ in ("pour", "à", "de", "d'", "d’")


def _held_until_then(org: Span, trigger: Token, lex: Lexicon) -> bool:
    """Whether the words before a left organisation say it was the post held until the
    move ("jusqu'ici directrice de X", "après avoir été président de X"), not only a
    former one ("ancien député EELV")."""
    words = org.doc[_segment_start(org, trigger):org.start]
    text = words.text.lower().replace("’", "'")
    return any(marker in text for marker in lex.until_then_markers) or \
        _after_having_been(words, lex) or _while_holding(words, lex)


def _while_holding(words: Span, lex: Lexicon) -> bool:
    """``alors qu'il/elle était`` (or another imperfect of holding a post): the post held
    when the move came ("appelée au gouvernement alors qu'elle était dirigeante de
    Hewlett-Packard")."""
    doc = words.doc
    said = [t.lower_.replace("’", "'") for t in words]
    for k in range(len(said) - 3):
        if said[k:k + 2] == ["alors", "qu'"] and said[k + 2] in ("il", "elle") and \
                said[k + 3] in lex.imperfect_held_forms:
            # a title after "était" ("alors qu'il était en pleine négociation avec X": no)
            return said[k + 3] != "était" or bool(
                _role_at(doc, words.start + k + 4, lex, words.end)[0])
    return False


def _after_having_been(words: Span, lex: Lexicon) -> bool:
    """``après avoir été`` + a title: the post held before the move ("a rejoint Stellantis
    après avoir été directeur financier de Renault"; not "après avoir été formé au X")."""
    doc = words.doc
    for k in range(words.start, words.end - 3):
        if [t.lower_ for t in doc[k:k + 3]] == ["après", "avoir", "été"]:
            return bool(_role_at(doc, k + 3, lex, words.end)[0])
    return False


def _described_object(org: Span, trigger: Token, cues: frozenset[str] | list[str]) -> bool:
    """The organisation closes the first noun phrase after the trigger, a noun of its kind
    and its description ("a rejoint ensuite, en tant qu'associé, la société de gestion
    d'actifs et d'investissement Tikehau Capital"), whatever the parse."""
    doc = trigger.doc
    k = trigger.i + 1
    while k < org.start and (doc[k].pos_ == "ADV" or doc[k].text == ","):
        k += 1
    if k + 2 < org.start and doc[k].lower_ == "en" and doc[k + 1].lower_ == "tant":
        k += 3  # "en tant qu'associé,": up to the comma that closes it
        while k < org.start and doc[k].text != ",":
            k += 1
        k += 1
    if k >= org.start or doc[k].pos_ != "DET" or k + 1 >= org.start:
        return False
    if doc[k + 1].lower_ in cues:
        return all(t.lower_ in ("de", "d'", "du", "des", "et") or t.pos_ in ("NOUN", "ADJ")
                   for t in doc[k + 2:org.start])
    # or the noun of its kind right before it, at the end of that noun phrase: "la bande
    # de chroniqueurs de l'émission \"Balance ton post!\""
    last = org.start - 1
    while last > k and (doc[last].is_quote or doc[last].text in ("«", "»")):
        last -= 1
    return last > k + 1 and doc[last].lower_ in cues and all(
        t.lower_ in ("de", "d'", "du", "des") or t.pos_ in ("DET", "NOUN", "ADJ")
        for t in doc[k + 1:last])


def _completes_next_noun(org: Span, trigger: Token) -> bool:
    """The organisation completes the noun right after the trigger ("rejoint l'équipe de
    Renault"), however the parser attached that noun (a headline's "X rejoint ..." is
    often read as a name and an adjective)."""
    doc = trigger.doc
    k = trigger.i + 1
    if k + 2 >= org.start or doc[k].pos_ != "DET" or doc[k + 1].pos_ != "NOUN" or \
            not doc[k + 1].text.islower():
        return False
    between = [t.lower_ for t in doc[k + 2:org.start]]
    if 1 <= len(between) <= 2 and between[0] in _DE_FORMS and \
            all(w in ("la", "l'", "l’") for w in between[1:]):
        return True
    # a body of the organisation: "rejoint le conseil d'administration de Vinci"
    last = next((i for i in range(len(between) - 1, -1, -1) if between[i] in _DE_FORMS), -1)
    return doc[k + 1].lower_ in lexicon().body_nouns and 2 < len(between) <= 5 and \
        last > 0 and all(w in ("la", "l'", "l’") for w in between[last + 1:]) and \
        all(t.is_alpha or t.lower_ in _DE_FORMS for t in doc[k + 2:org.start]) and \
        not any(t.pos_ in ("VERB", "AUX") for t in doc[k + 2:org.start])


def _verb_frame(trigger: Token, lex: Lexicon) -> Frame | None:
    """The verb frame of a trigger token, by its lemma or, when the lemmatizer missed it,
    by its inflected form."""
    return lex.verbs.get(trigger.lemma_) or lex.verbs.get(lex.verb_forms.get(trigger.lower_, ""))


def _object_complement(org: Span, trigger: Token) -> bool:
    """The organisation completes the trigger's object through ``de`` only: ``rejoindre
    les rangs de X``, ``quitter la bande de chroniqueurs de X``."""
    return _completed_noun(org, trigger, "obj") is not None


def _in_agent_title(org: Span, trigger: Token, view: DocView) -> bool:
    """The organisation completes the title of a person named after "par" ("remplacé
    par le chef de la CIA, Mike Pompeo"): that person's post, not the move's."""
    doc = org.doc
    if not any(doc[k].lower_ == "par" for k in range(trigger.i + 1, org.start)):
        return False
    k = org.end + (1 if org.end < len(doc) and doc[org.end].text == "," else 0)
    ent = view.ent(doc[k]) if k < trigger.sent.end else None
    return ent is not None and ent.label_ == "PER" and ent.start == k


def _completed_noun(org: Span, trigger: Token, dep: str) -> Token | None:
    """The noun of the trigger's ``dep`` that the organisation completes through ``de``
    only (``la bande de chroniqueurs de X``), or that a name completing a noun of it
    describes (``le fonds d'investissement X``), if any."""
    tok = org.root
    if tok.dep_ in ("flat:name", "appos", "acl") and tok.head.pos_ == "NOUN" and \
            tok.head.i < org.start and all(
                t.pos_ in ("NOUN", "ADJ") or t.lower_ in ("de", "d'", "d’")
                for t in org.doc[tok.head.i + 1:org.start]):
        # the name hung on the noun of its description: "d'investissement Ardian", "le
        # cabinet de conseil McKinsey"
        tok = tok.head
        if tok.dep_ == dep and tok.head == trigger:
            return tok
    for _ in range(4):
        case = [c for c in tok.children if c.dep_ == "case"]
        if tok.dep_ != "nmod" or any(c.lower_ not in ("de", "d'", "du", "des") for c in case):
            return None
        tok = tok.head
        if tok.dep_ == dep and tok.head == trigger:
            return tok
    return None


def _source_word(tok: Token, lex: Lexicon) -> bool:
    """A word that makes the organisation after it a source of the news ("selon",
    "d'après", which the tokenizer may split into "D'" and "après")."""
    return tok.lower_ in lex.source_markers or _split_d_apres(tok)


def _opinion_holder(ent: Span, trigger: Token) -> bool:
    """A name in the phrase that opens the sentence of ``trigger`` with "Pour" or "Selon",
    closed by a comma before it ("Pour le questeur X, son entrée au gouvernement est un
    signal"): whose view is told, not whose move."""
    doc, sent = trigger.doc, trigger.sent
    first = doc[sent.start]
    if first.lower_ not in ("pour", "selon") or not sent.start < ent.start < trigger.i:
        return False
    between = doc[ent.end:trigger.i]
    return any(t.text == "," for t in between) and _in_opening_phrase(trigger, sent)


def _after_elided_de(tok: Token) -> bool:
    """``tok`` follows an elided "d'" ("conseil d'administration", "d'après")."""
    return tok.i > 0 and tok.doc[tok.i - 1].lower_ in ("d'", "d’")


def _split_d_apres(tok: Token) -> bool:
    """``tok`` is the "après" of a "d'après" the tokenizer split in two."""
    return tok.lower_ == "après" and _after_elided_de(tok)


def _org_counts(view: DocView, lex: Lexicon | None = None) -> dict[str, int]:
    """Mentions of each organisation of the document; with ``lex``, mentions as a source
    of the news ("selon l'AFP", "a confié au Monde") are not counted."""
    doc = view.doc
    counts: dict[str, int] = {}
    for ent in view.all_ents:
        if not _organisation(ent):
            continue
        if lex is not None and any(_source_word(t, lex)
                                   for t in doc[max(0, ent.start - 3):ent.start]):
            continue
        counts[_key_of(ent)] = counts.get(_key_of(ent), 0) + 1
    return counts


def _left_before(m: Mention, view: DocView) -> bool:
    """The organisation ``m`` leaves is told as a former one in its sentence ("l'ancien
    responsable des plateformes de Disney")."""
    doc = view.doc
    return any(view.org_name(o) == m.from_org and
               _former_said(doc[max(m.sent.start, o.start - 8):o.start])
               for o in view.orgs_in(m.sent))


def _salient_org(view: DocView) -> str:
    """The fullest form of the organisation the article is about
    (:attr:`DocView.salient_key`); "" when no organisation dominates."""
    key = view.salient_key
    return (view.org_form.get(key) or key) if key else ""


def _last_org_before(tok: Token, view: DocView, reach: int = 120) -> Span | None:
    """The organisation ``son``/``sa`` refers to: of those named within ``reach`` tokens
    before ``tok``, the one the document names most often (the last one on a tie)."""
    counts = _org_counts(view)
    best, best_rank = None, (False, 0)
    for ent in view.all_ents:
        if ent.start >= tok.i:
            break
        if ent.label_ == "ORG" and tok.i - ent.end <= reach:
            # a name in a complement ("un investisseur de Facebook") is not the topic
            rank = (not _is_complement(ent), counts[_key_of(ent)])
            if rank >= best_rank:
                best, best_rank = ent, rank
    return best


def _relative_object(org: Span, trigger: Token) -> bool:
    """``ORG que/qu' ... trigger`` (or ``ORG, parti centriste qu' ... trigger``): the
    organisation is the object of the trigger in a relative clause."""
    doc = org.doc
    k = org.end
    if k < trigger.i and doc[k].text == ",":  # an apposition: ", parti centriste"
        k += 1
        while k < trigger.i and doc[k].pos_ in ("DET", "NOUN", "ADJ") and k - org.end <= 4:
            k += 1
    if k >= trigger.i or doc[k].lower_ not in ("que", "qu'"):
        return False
    between = doc[k + 1:trigger.i]
    return len(between) <= 5 and not any(
        t.is_punct or (t.pos_ == "VERB" and t.lemma_ not in ("avoir", "être")) for t in between
    )


def _after_avant_de(trigger: Token) -> bool:
    """The trigger is an infinitive right after "avant de" ("avant de rejoindre")."""
    doc = trigger.doc
    return trigger.i >= 2 and doc[trigger.i - 1].lower_ in ("de", "d'", "d’") and \
        doc[trigger.i - 2].lower_ == "avant"


def _held_beside(trigger: Token, lex: Lexicon) -> bool:
    """The words after a join say a post held beside another (``concurrent_cues``: "avant
    de rejoindre, en parallèle, le conseil d'administration de Safran")."""
    doc = trigger.doc
    said = spaced([t.lower_ for t in doc[trigger.i + 1:min(trigger.sent.end, trigger.i + 9)]])
    return any(f" {c} " in said for c in lex.concurrent_cues)


def _founded_place(trigger: Token, frame: Frame, passive: bool, view: DocView) -> Span | None:
    """The direct object of an active verb of founding (``place_founding_verbs``) that the
    model tagged a place: a new organisation's name it does not know ("a quitté L'Oréal
    pour fonder Lumen"), written without an article and followed by no qualifier (not "a
    fondé le Canada moderne", "a créé la Nouvelle-Aquitaine de toutes pièces")."""
    lex = lexicon()
    if frame.kind != "founding" or frame.pos != "VERB" or passive or \
            frame.lemma not in lex.place_founding_verbs:
        return None
    doc = trigger.doc
    return next((e for e in (view.ent(c) for c in trigger.children if c.dep_ == "obj")
                 if e is not None and e.label_ == "LOC"
                 and doc[e.start - 1].pos_ != "DET"  # not "le Canada", "la Nouvelle-Aquitaine"
                 and (e.end == len(doc) or doc[e.end].lower_ in lex.after_founded_name)),
                None)


def _opening_quote(org: Span) -> int:
    """The index of the quotation mark opening an organisation's title ("au \"Petit
    Journal\""), -1 if none (not "X (\"IBK\")": a nickname)."""
    doc, sent_start = org.doc, org.sent.start
    if org.start > sent_start + 1 and doc[org.start - 1].text in _QUOTES and \
            not doc[org.start - 2].is_punct:
        return org.start - 1
    return -1


def _segment_start(org: Span, trigger: Token) -> int:
    """Where the segment without punctuation that ends at the organisation starts (after
    the trigger when the trigger is before it)."""
    doc, sent_start = org.doc, trigger.sent.start
    quote = _opening_quote(org)
    seg = org.start
    while seg > sent_start and (seg - 1 == quote or not (
            doc[seg - 1].is_punct and doc[seg - 1].text not in ("'", "-"))):
        seg -= 1
    if seg <= trigger.i < org.start:
        seg = trigger.i + 1
    return seg


def _apposition_owner(org: Span, trigger: Token, view: DocView) -> Span | None:
    """``PER, ... ORG ...,`` before the trigger: the person whose post before the move
    the apposition gives; None when the organisation is in no such apposition."""
    doc = org.doc
    seg = _segment_start(org, trigger)
    if seg < 1 or doc[seg - 1].text not in (",", "("):
        return None
    opener = seg - 1
    before = view.ent(doc[opener - 1]) if opener >= 1 else None
    if before is None or before.label_ != "PER":
        # "X, 49 ans, directrice de Y,": skip one short inserted segment
        k = opener - 1
        while k > trigger.sent.start and doc[k].text not in (",", "("):
            k -= 1
        if k - 1 >= trigger.sent.start and opener - k <= 4:
            before = view.ent(doc[k - 1])
        if before is None or before.label_ != "PER":
            return None
    if doc[seg].lower_ in (*_PARTI_FORMS, "passé", "passée") and \
            any(t.lower_ in _DESTINATION_PREPS for t in doc[seg:org.start]):
        return None  # "X, partie à New York chez Capgemini, a quitté la politique": joined
    if "Fin" in doc[seg].morph.get("VerbForm"):
        return None  # "X, a félicité dimanche sur Twitter Y, ainsi que le fondateur de Z":
        # the sentence's own verb, not an apposition
    k = org.end
    while k < trigger.i and doc[k].text not in (",", ")"):
        k += 1
    return before if k < trigger.i else None


def _in_title_before_name(org: Span, trigger: Token, view: DocView) -> bool:
    """``le PDG de Renault Luca de Meo a rejoint Y``: the organisation of a title placed
    before the name of the person, who moves after it."""
    doc = org.doc
    ent = view.ent(doc[org.end]) if org.end < trigger.i else None
    return ent is not None and ent.label_ == "PER" and ent.start == org.end and \
        ent.end <= trigger.i and org.start > trigger.sent.start and (
            doc[org.start - 1].lower_ in ("de", "du", "des", "d'")
            or doc[org.start - 1].pos_ == "NOUN")  # not "à la tête du gouvernement avec X"


# "ex-" glued by the tokenizer to the name of an organisation ("Eric Brunet (ex-RMC)")
_GLUED_FORMER = re.compile(r"^[Ee]x-(?=[A-ZÀ-Ý0-9])")


def _ex_affiliation(org: Span) -> bool:
    """The organisation is written after "ex-", glued to it or not ("Eric Brunet (ex-RMC)",
    "(ex-M6)"), without an article: a former affiliation of the person, not a former
    name of an organisation ("Orange, l'ex-France Télécom")."""
    doc = org.doc
    if _GLUED_FORMER.match(org.text):
        k = org.start - 1
    elif org.start >= 2 and doc[org.start - 1].text == "-" and doc[org.start - 2].lower_ == "ex":
        k = org.start - 3
    else:
        return False
    return k < 0 or doc[k].lower_ not in ("l'", "l’", "le", "la", "les")


_FORMER_PHRASES = ("jusqu'alors", "jusqu'ici", "jusque-là", "ex-", "ancien ", "ancienne ",
                   "anciens ", "anciennes ", "en provenance d", "transfuge d")


def _former_then_current(words: Span) -> bool:
    """After its last former title and that title's complement, ``words`` coordinate a
    title of their own with its complement ("L'ex-chef de l'armée israélienne et ténor du
    parti"): what follows is held now."""
    marks = [t.i for t in words if t.lower_.startswith("ex-") or t.lower_ in (
        "ancien", "ancienne", "anciens", "anciennes")]
    if not marks:
        return False
    doc = words.doc
    return any(t.lower_ == "et" and t.i + 2 < words.end and doc[t.i + 1].pos_ in ("NOUN", "ADJ")
               and doc[t.i + 1].is_lower and doc[t.i + 1].is_alpha
               and not _former_said(doc[t.i + 1:t.i + 2])
               and doc[t.i + 2].lower_ in _DE_FORMS
               # the former title has a complement of its own ("de l'armée"), not "l'ancien
               # directeur recherche et développement de Sanofi": one title
               and any(u.lower_ in _DE_FORMS for u in doc[marks[-1] + 1:t.i])
               for t in words[marks[-1] - words.start + 1:])


def _former_said(words: Span) -> bool:
    """A phrase of a former role among ``words`` ("l'ancien", "ex-", "jusqu'ici")."""
    text = words.text.lower() + " "
    return any(p in text for p in _FORMER_PHRASES)


_PREPS = {
    "chez": "chez", "à": "a", "au": "a", "aux": "a", "dans": "a", "vers": "vers",
    "pour": "pour", "par": "par", "de": "de", "d'": "de", "du": "de", "des": "de",
    "sous": "a", "contre": "other", "avec": "other", "sur": "other", "depuis": "de",
    "comme": "a",
}


# How far (in tokens) an organisation may stand from its trigger.
_MAX_AFTER = {"VERB": 16, "NOUN": 10}
_MAX_BEFORE = 12


_ENUMERATION_LINKS = frozenset({",", "et", "ou", "de", "d'", "d’", "du", "des", "puis"})


def _assign_orgs(m: Mention, frame: Frame, trigger: Token, orgs: list[Span],
                 lex: Lexicon, view: DocView, roles: list[tuple[int, int, str, bool]],
                 passive: bool) -> None:
    """Fill the mention's organisations from the organisations of its sentence."""
    kind = m.kind
    related = [(org, *_org_relation(org, trigger, lex, view, roles)) for org in orgs
               if not _is_sub_unit(org, orgs) and not _parenthesised_alias(org, view)
               and not _label_of_name(org, trigger, view)]
    # an enumeration after a former post is former too: "ancien patron de Canal+, d'Europe 1
    # ou du Nouvel Obs"
    doc = trigger.doc
    order = sorted(range(len(related)), key=lambda k: related[k][0].start)
    for a, b in zip(order, order[1:], strict=False):
        (first, rel_a, _r), (then, rel_b, role_b) = related[a], related[b]
        if rel_a == "from" and rel_b not in ("from", "obj") and then.start > first.end and \
                all(t.lower_ in _ENUMERATION_LINKS for t in doc[first.end:then.start]):
            related[b] = (then, "from", role_b)
    # the trigger's own object first: "X, candidate LREM, a quitté le gouvernement"
    # (and for a noun, its complements before what precedes it: "Au PS, son entrée au
    # gouvernement")
    # then those the trigger governs ("Chroniqueur du \"Supplément\", X succédera à Y au
    # \"Petit Journal\"" joins the Petit Journal)
    # and what a departure governs before a title or apposition of the name ("X, directeur
    # de Vivendi, a quitté le conseil d'administration de Renault" leaves Renault)
    # (the post taken at the head of an organisation before the appointer: "Renault a
    # nommé X à la tête de Dacia" joins Dacia)
    related.sort(key=lambda r: (r[1] != "obj", r[1] != "head" or kind == "departure",
                                frame.pos == "NOUN" and r[0].start < trigger.i,
                                kind == "departure" and not (
                                    r[0].start > trigger.i and trigger in r[0].root.ancestors),
                                r[0].root.head != trigger))
    announcer = None
    just_left = False  # the from_org is the post held right before ("jusqu'ici")
    in_titles = {i for rs, re_, _title, _former in roles for i in range(rs, re_)}
    # the words of the titles themselves, without the complements added to them
    in_base_titles = {i for rs, _re, _title, _former in roles
                      for i in range(rs, _role_at(trigger.doc, rs, lex, trigger.sent.end)[1])}
    naming = resources.entity_rules().naming_participles
    handover = _handover_pair(trigger, trigger.sent, view) if frame.person == "entre" else None
    founded = _founded_noun(trigger) if kind == "founding" else None
    described = _object_apposition(trigger, frame, passive, roles, view)
    for org, rel, role in related:
        if described and described[0] < org.start < described[1]:
            continue  # "nomme X, maire d'Antibes, vice-président de LR": who X is
        if role and any(title == role and re_ <= org.start and org.start - re_ <= 3
                        and _name_then_title(rs, view) not in ("", m.person)
                        for rs, re_, title, _former in roles):
            role = ""  # "a nommé X président et Y directeur général de Sanofi": Y's title
        if founded is not None and not _names_noun(org, founded, view):
            continue  # "le réseau créé par X": what is founded is the network, no other
        partner = view.ent(org.root.head) if org.root.dep_ == "conj" and any(
            c.dep_ == "cc" for c in org.root.children) else None
        if partner is not None and partner.label_ == "PER" and \
                not partner.end <= trigger.i < org.start:
            continue  # "la promotion du président X et du parti au pouvoir": beside him
            # (not "X démissionne et quitte Renault", the trigger between them)
        if all(i in in_base_titles for i in range(org.start, org.end)) and \
                org.start not in view.designated:
            continue  # "nommé garde des Sceaux": a word of the title, not a town (but
            # "secrétaire général du parti" is the party's)
        far_ok = (kind == "founding" and passive and rel in ("obj", "subj")) or \
            (kind == "departure" and _in_complement_apposition(org, trigger)) or \
            (rel == "obj" and org.start > trigger.i and _described_object(
                org, trigger, resources.entity_rules().org_left_cues))
        if org.start > trigger.i and not far_ok and any(
            t.pos_ in ("VERB", "AUX") and t.dep_ not in ("xcomp",)
            # "un parti nommé X", "nommé directeur délégué à", "en tant qu'associé"
            and t.lower_ not in naming and t.i not in in_titles
            and t.i not in view.ent_at  # a name read as a verb: "Margrethe Vestager"
            and not _adjectival_participle(t)  # "patron des vols habités de la Nasa"
            and not _time_ago(t)  # "a rejoint il y a un an la banque Barclays"
            and not _time_spent(t)
            and not _summer(t)  # "a rejoint cet été la chaîne LCI"
            # "choisie pour diriger la SNCF": the post the move gives, no clause of its own
            and not _post_held_after(t, trigger, lex)
            and not (t.i > 0 and t.doc[t.i - 1].lower_ in ("que", "qu'", "comme")
                     and t.lower_ in _AS_PLANNED)  # "arrive plus tôt que prévu à l'Opéra"
            for t in trigger.doc[trigger.i + 1:org.start]
        ) and rel not in ("from",):
            continue  # "arrivé en 1999 pour redresser le groupe, uni à Renault"
        gap, reach = org.start - trigger.i, _MAX_AFTER[frame.pos]
        if handover and org.start > trigger.i:
            if org.start < handover[2]:
                continue  # "la passation rue de Valois entre X et Y": where, not what
            gap = org.start - handover[2]  # "... entre X et Y à la tête de Z"
        if org.start > trigger.i:
            gap -= _names_width(trigger, org.start, view)
        if gap > reach and not far_ok and gap - (
                described[1] - described[0] + 1 if described and org.start > described[1]
                else _apposition_length(trigger, org.start, view)) > reach:
            continue  # an apposition of the name does not count (looked for only when far)
        if org.end <= trigger.i and trigger.i - org.end > _MAX_BEFORE and rel != "from" and \
                not (kind == "departure" and _complements_subject_title(org, trigger, lex)) \
                and not (rel == "subj" and _announces(org, trigger, lex)):
            continue  # (but "Un conseiller du gouvernement, qui avait ..., a démissionné"
            # leaves the body of the subject's title, past its relative clause; and "RTL a
            # annoncé lundi, parmi ..., l'arrivée de X" is the announcer's)
        if org.end <= trigger.i and rel not in ("from", "subj", "obj", "dont") and \
                _new_clause_between(org, trigger):
            continue  # "démissionne pour préparer sa candidature à la mairie de Lyon et X
            # doit assurer l'intérim"
        if org.end <= trigger.i and rel not in ("from", "subj", "obj", "dont") and \
                frame.pos == "VERB" and frame.obj == "to" and _joined_elsewhere(org, trigger, view):
            continue  # "a étudié à l'ENA avant de rejoindre l'inspection des finances": the
            # object says what is joined; the school belongs to the verb before
        owner = _apposition_owner(org, trigger, view) if org.end <= trigger.i else None
        if owner is not None and view.person_name(owner) != m.person:
            continue  # "X, celle de la BCE, le Belge Y hérite de": X's post, not Y's
        if rel == "from" and _title_of_other(org, m.person, roles, view) and (
                org.start > trigger.i or frame.obj != "person" or passive):
            continue  # "X, cofondateur de Bygmalion, et Y, ancien directeur de cabinet de Z"
            # (but "le PDG de Renault X a recruté Y" is the appointer's: see below)
        if org.end <= trigger.i and frame.obj == "person" and not passive and (
                _title_of_other(org, m.person, roles, view) or _in_subject(org, trigger)):
            # "le PDG de Renault X a recruté Y": the appointer's organisation and title
            rel, role = "subj" if rel == "from" else rel, ""
        if kind == "founding" and frame.pos == "NOUN" and role and org.start > trigger.i \
                and role.lower() not in _FOUNDER_TITLES and trigger.lower_ not in role.lower() \
                and any(t.text == "," for t in doc[trigger.i + 1:org.start]) and not (
                    trigger.i + 1 < len(doc) and doc[trigger.i + 1].lower_ in _DE_FORMS):
            continue  # "Son créateur, le journaliste de Libération X": X's own post, not
            # what X founded (but "fondateur et PDG de Criteo" founded Criteo)
        if role.lower() in _FOUNDER_TITLES:
            role = ""  # the founding itself, not a post
        slot = _slot(rel, role, frame, kind, passive, trigger, org, orgs)
        if founded is not None and not slot and _stands_for_noun(org, founded, view):
            slot = "to"  # "de la société fondée par X": what the participle qualifies
        if kind == "departure" and rel == "subj" and org.root.lower_ in lex.led_bodies:
            slot = "from"  # "le gouvernement de Hassan Diab a démissionné"
        if slot == "from" and kind == "founding" and frame.pos == "NOUN" and \
                _clause_before_founder(org, trigger, m.person, view):
            continue  # "Les salariés de Renault ont rencontré X, fondateur de Y": the
            # founder's title leaves nothing, least of all what another clause names
        if not slot and rel == "subj" and kind != "founding" and _announces(org, trigger, lex):
            announcer = org
        if slot == "to" and (frame.orgs == "from" or (
                kind == "departure" and rel in ("chez", "a") and _post_left(trigger, org, lex))) \
                and not (org.start > trigger.i and any(t.lower_ == "mais"
                                                       for t in doc[trigger.i + 1:org.start])):
            slot = "from"  # "démissionne de son poste d'adjoint à la mairie de Paris",
            # "a quitté son poste de directrice chez Danone pour entrer au gouvernement"
        name = _office_body_name(org, lex) or view.org_name(org)
        if role and kind == "departure" and org.start > trigger.i and any(
                rs > trigger.i and re_ <= org.start and _addressed_at(trigger.doc, rs)
                for rs, re_, _t, _f in roles):
            role = ""  # "sa démission à la directrice générale de Renault": not his post
        if slot == "from" and not m.from_org:
            m.from_org = name
            just_left = _held_until_then(org, trigger, lex)
            if role and not m.role_from:
                m.role_from = role
        elif slot == "from" and not just_left and _held_until_then(org, trigger, lex):
            # "ancienne de Danone et jusqu'ici directrice financière de Safran": Safran
            m.from_org, m.role_from, just_left = name, role, True
        elif slot == "to" and not m.to_org:
            m.to_org = name
            if role and kind == "departure":
                m.role_from = m.role_from or role
            elif role:
                m.role_to = m.role_to or role
    if not (m.from_org or m.to_org):
        place = _where_antecedent(trigger, view)
        if place is not None:  # "l'archevêché de Lyon, où ... depuis la démission de X"
            if kind == "departure" or frame.orgs == "from":
                m.from_org = view.org_name(place)
            else:
                m.to_org = view.org_name(place)
            return
    if announcer is not None and not m.to_org and not (
            m.from_org and kind not in ("join", "appointment")):
        # "Altice France a annoncé la nomination de X": the announcer's own move, when the
        # sentence names no other organisation of the move, or only the one a join leaves
        # ("RTL a annoncé l'arrivée de X, récemment congédiée par Paris-Match")
        name = view.org_name(announcer)
        if kind == "departure":
            m.from_org = name
        elif not same_org(name, m.from_org) and not _reports_on_others(name, m.from_org):
            m.to_org = name


def _clause_before_founder(org: Span, trigger: Token, person: str, view: DocView) -> bool:
    """The organisation is named in a clause of its own before the founder ``person`` whose
    title is the noun at ``trigger``: a verb stands between it and the name ("Les salariés
    du groupe ont soutenu l'offre de X, fondateur de Y"; not "L'ancien de Google X,
    fondateur de Y")."""
    named = [e for e in view.ents_in(trigger.sent)
             if e.label_ == "PER" and e.end <= trigger.i and view.person_name(e) == person]
    return bool(named) and org.end <= named[-1].start and any(
        t.pos_ in ("VERB", "AUX") and "Fin" in t.morph.get("VerbForm")
        for t in trigger.doc[org.end:named[-1].start])  # (not "l'ex-ingénieur de Google
    # devenu entrepreneur X")


def _reports_on_others(announcer: str, left: str) -> bool:
    """The announcer is a news outlet and the organisation left is of another kind: it
    reports someone else's move ("Le Parisien a annoncé l'arrivée de X, ancien du PSG")."""
    kinds = _gazetteer_kinds()
    said = set(kinds.get(announcer, ()))
    return bool(left) and "media" in said and not said & set(kinds.get(left, ()))


def _object_apposition(trigger: Token, frame: Frame, passive: bool,
                       roles: list[tuple[int, int, str, bool]], view: DocView
                       ) -> tuple[int, int] | None:
    """``nomme X, maire d'Antibes, vice-président de LR``: the apposition between commas
    that tells who the named person is, before the post an active appointing verb gives
    after it; its organisations and titles are not what the person is appointed to. The
    token range between the two commas, or None."""
    if frame.pos != "VERB" or frame.obj != "person" or passive:
        return None
    doc, sent = trigger.doc, trigger.sent
    k = trigger.i + 1
    while k < min(sent.end, trigger.i + 3) and doc[k].pos_ == "ADV":
        k += 1  # "nomme ainsi X"
    person = view.ent(doc[k]) if k < sent.end else None
    if person is None or person.label_ != "PER" or person.start != k or \
            person.end >= sent.end or doc[person.end].text != ",":
        return None
    close = person.end + 1
    while close < min(sent.end, person.end + 16) and doc[close].text != ",":
        if doc[close].pos_ in ("VERB", "AUX") and "Part" not in doc[close].morph.get("VerbForm"):
            return None  # a clause of its own: "X, qui dirigeait Y,"
        close += 1
    if close >= sent.end or doc[close].text != "," or close == person.end + 1:
        return None
    if not any(close < rs <= close + 4 for rs, _re, _title, _former in roles):
        return None  # no post after it: "nomme X, 52 ans, au poste de ..." keeps its own
    return person.end, close


def _bare_participle(tok: Token) -> bool:
    """A past participle without auxiliary nor subject, qualifying what comes before it
    ("l'émission, créée en 2020"; not "a de son côté fondé", "en lançant")."""
    doc = tok.doc
    return "Part" in tok.morph.get("VerbForm") and "Pres" not in tok.morph.get("Tense") \
        and not any(c.dep_ in ("nsubj", "nsubj:pass") or c.dep_.startswith("aux")
                    for c in tok.children) \
        and not any(t.pos_ == "AUX" or t.lemma_ in ("avoir", "être")
                    for t in doc[max(tok.sent.start, tok.i - 5):tok.i])


def _founded_noun(trigger: Token) -> Token | None:
    """The noun a participle of founding qualifies ("le réseau créé par X", "ce magazine,
    fondé en 1957 par X"): what is founded; None for another construction."""
    if trigger.pos_ in ("VERB", "AUX") and trigger.dep_ in ("acl", "acl:relcl") and (
            trigger.head.pos_ in ("NOUN", "PROPN") or trigger.head.ent_type_ == "ORG") and \
            trigger.head.i < trigger.i and _bare_participle(trigger):
        return trigger.head  # (a name the model tags otherwise: "SpaceX, fondée par X")
    return None


def _stands_for_noun(org: Span, noun: Token, view: DocView) -> bool:
    """``org`` is the noun itself, the organisation the noun designates when its sentence
    names it too ("de la société fondée par X" beside SpaceX), or the name written right
    after it ("le site Twitter"); not a complement ("la série de France 2")."""
    designated = view.designated.get(noun.i)
    if designated is not None and (designated.start, designated.end) == (org.start, org.end):
        # named in its sentence: "le parti lancé par X" after another party named before
        # may be one the text does not name
        sent = noun.sent
        return any(e.label_ == "ORG" and _key_of(e) == designated.id_
                   and sent.start <= e.start < sent.end for e in view.all_ents)
    return org.start <= noun.i < org.end or _right_after(org, noun)


def _names_noun(org: Span, noun: Token, view: DocView) -> bool:
    """``org`` is the noun, holds it, or stands in apposition with it ("Valeurs
    actuelles, ce magazine"); a designated noun stands for its organisation."""
    designated = view.designated.get(noun.i)
    if org.start <= noun.i < org.end or (
            designated is not None and (designated.start, designated.end) == (org.start, org.end)):
        return True
    # the noun's own name or the name it qualifies: "le groupe privé ByteDance, fondé",
    # "Lire, mensuel fondé", "SpaceX ou Blue Origin, créée"
    linked = [noun.head] + [c for c in noun.children
                            if c.dep_ in ("nmod", "appos", "conj", "flat:name")]
    # or right after it, whatever the parse: "le site Twitter", 'le mouvement "Oz ta droite"'
    return any(org.start <= t.i < org.end for t in linked) or _right_after(org, noun) or \
        _apposed_after(org, noun)


def _apposed_after(org: Span, noun: Token) -> bool:
    """The noun opens an apposition right after the name, whatever the parse: "Il rejoint
    Molvena, une entreprise fondée par X" (a comma, a determiner, the noun)."""
    doc = noun.doc
    return org.end + 2 == noun.i and doc[org.end].text == "," and doc[org.end + 1].pos_ == "DET"


def _right_after(org: Span, noun: Token) -> bool:
    """The name is written right after the noun, an opening quote aside."""
    return org.start == noun.i + 1 or (org.start == noun.i + 2
                                       and noun.doc[noun.i + 1].text in OPENING_QUOTES)


def _in_complement_apposition(org: Span, trigger: Token) -> bool:
    """The organisation is in the title set beside the person a trigger noun completes
    ("la démission en mai de X, patron des vols habités de la Nasa,")."""
    if trigger.pos_ != "NOUN":
        return False
    doc = trigger.doc
    for k in range(trigger.i + 1, min(org.start - 2, trigger.i + 6)):
        if doc[k].ent_type_ == "PER" and doc[k].ent_iob_ == "B" and \
                doc[k - 1].lower_ in ("de", "d'", "du"):
            end = k
            while end < org.start and doc[end].ent_type_ == "PER" and \
                    (end == k or doc[end].ent_iob_ == "I"):
                end += 1
            between = doc[end:org.start]
            return len(between) > 1 and between[0].text == "," and \
                between[1].pos_ in ("DET", "NOUN", "ADJ") and \
                not any(t.is_punct and t.text not in ("'", "-") for t in between[1:])
    return False


def _new_clause_between(org: Span, trigger: Token) -> bool:
    """A coordinated clause with a named subject of its own starts between an organisation
    and the trigger after it ("... à la mairie de Lyon et X doit assurer l'intérim")."""
    doc = trigger.doc
    return any(t.pos_ == "CCONJ" and any(u.ent_type_ == "PER" for u in doc[t.i + 1:t.i + 4])
               for t in doc[org.end:trigger.i])


def _close_to(tok: Token) -> bool:
    """``tok`` opens "proche(s) de" in apposition, after a comma (and an adverb): what
    follows is someone the phrase before is close to ("le groupe des Constructifs, proches
    de LREM"); not "dans un avenir proche", nor the "Proche-Orient"."""
    doc = tok.doc
    k = tok.i - 1
    if k >= 0 and doc[k].pos_ == "ADV":
        k -= 1  # ", très proche de"
    return tok.lower_ in ("proche", "proches") and tok.is_lower and k >= 0 and \
        doc[k].text == "," and tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ in _DE_FORMS


def _joined_elsewhere(org: Span, trigger: Token, view: DocView) -> bool:
    """The organisation before a verb whose object is what is joined ("rejoindre",
    "intégrer") is a complement of another verb that governs the trigger, and the trigger's
    object is a common noun naming no organisation nor a part of one: "a étudié à l'ENA
    avant de rejoindre l'inspection générale des finances" joins no ENA (but "Chez Renault,
    elle a rejoint l'équipe de design", the trigger's own complement, does, and "formé au
    PSG avant de rejoindre l'équipe première" joins the PSG's team)."""
    governor = org.root.head
    if governor == trigger or governor.pos_ not in ("VERB", "AUX") or \
            trigger not in governor.subtree:
        return False
    obj = next((c for c in trigger.children if c.dep_ == "obj"), None)
    return obj is not None and obj.pos_ == "NOUN" and obj.is_lower and \
        obj.lower_ not in lexicon().org_unit_nouns and \
        not any(view.ent(t) is not None for t in obj.subtree)  # (the object itself included)


def _time_ago(tok: Token) -> bool:
    """The verb of "il y a" before a duration ("a rejoint il y a un an Barclays")."""
    doc = tok.doc
    return tok.lower_ == "a" and tok.i >= 2 and doc[tok.i - 1].lower_ == "y" and \
        doc[tok.i - 2].lower_ == "il"


def _in_subject(org: Span, trigger: Token) -> bool:
    """The organisation is inside the trigger's subject ("les dirigeants de Renault ont
    nommé X")."""
    return any(c.dep_ == "nsubj" and c.i < org.start and org.root in c.subtree
               for c in trigger.children)


def _complements_subject_title(org: Span, trigger: Token, lex: Lexicon) -> bool:
    """The organisation complements the noun of a person that is the trigger's subject
    ("Un conseiller scientifique du gouvernement britannique, qui ..., a démissionné");
    not a complement of another word, nor a subject naming someone ("Un avocat proche du
    ministère qui avait défendu X")."""
    head = org.root.head
    return head.dep_ == "nsubj" and head.head == trigger and head.pos_ == "NOUN" and (
        head.lower_ in lex.person_nouns or bool(_role_at(head.doc, head.i, lex, head.sent.end)[0])
    ) and not any(t.ent_type_ == "PER" for t in head.subtree)  # ("qui avait défendu X")


def _label_of_name(org: Span, trigger: Token, view: DocView) -> bool:
    """The organisation stands in a parenthesis right after a person's name ("Alain Anziani
    (PS) devient président de Bordeaux Métropole", "remplace X (candidat à l'investiture
    LREM) comme porte-parole"): a label of that person, not a post left or taken (unless
    the trigger is in the parenthesis too: "X (le fondateur de Facebook)")."""
    doc, start = org.doc, org.sent.start
    k = org.start - 1
    while k > start and doc[k].text not in ("(", ")") and org.start - k <= 12:
        k -= 1
    if k <= start or doc[k].text != "(":
        return False
    if _ex_affiliation(org):
        return False  # "Eric Brunet (ex-RMC) arrive sur RTL": the organisation left
    close = next((t.i for t in doc[org.end:org.sent.end] if t.text == ")"), None)
    named = view.ent(doc[k - 1])
    return named is not None and named.label_ == "PER" and close is not None and \
        not k < trigger.i < close


def _parenthesised_alias(org: Span, view: DocView) -> bool:
    """The organisation is another name, in parentheses, of the one just before it
    ("l'exclusion des Républicains (LR)", "ancien d'iTélé (CNews)"): not a second
    organisation of the move."""
    doc = org.doc
    if org.start < 2 or org.end >= len(doc) or doc[org.start - 1].text != "(" or \
            doc[org.end].text != ")":
        return False
    named = view.ent_at.get(org.start - 2)
    return named is not None and named.label_ == "ORG"


def _adjectival_participle(tok: Token) -> bool:
    """A past participle that qualifies the noun before it, with no complement of its own
    ("les vols habités", "les sociétés cotées"), or an adjective in -ier the model read as
    an infinitive ("le groupe immobilier Barnes": French puts no bare infinitive right after
    a noun): no clause between a trigger and an organisation."""
    if tok.dep_ != "acl" or tok.head.i != tok.i - 1:
        return False
    forms = tok.morph.get("VerbForm")
    if "Inf" in forms:
        return tok.head.pos_ == "NOUN"
    return "Part" in forms and not any(c.dep_ not in ("punct", "nmod") for c in tok.children)


def _post_left(trigger: Token, org: Span, lex: Lexicon) -> bool:
    """The organisation follows the post the trigger leaves, with no destination word
    between ("quitte ses fonctions à la BCE", not "quitte son poste pour un emploi chez
    Google")."""
    doc = trigger.doc
    post = next((c for c in trigger.children if c.dep_ == "obj" and c.lower_ in lex.post_nouns
                 and c.i < org.start), None) or next(
        # right after the trigger whatever its parse ("quitte ses fonctions", read as subject)
        (t for t in doc[trigger.i + 2:min(org.start, trigger.i + 3)]
         if t.lower_ in lex.post_nouns and doc[t.i - 1].pos_ == "DET"), None)
    return post is not None and not any(
        t.lower_ in ("pour", "vers", "afin") or (t.pos_ in ("VERB", "AUX") and t.i != trigger.i)
        for t in trigger.doc[post.i + 1:org.start])


def _where_antecedent(trigger: Token, view: DocView) -> Span | None:
    """The organisation a relative clause in "où" is about, when the trigger is in that
    clause: "Google, où il a été recruté", "l'archevêché de Lyon, où la place est vacante
    depuis la démission de X"."""
    tok = trigger
    for _ in range(4):
        if tok.dep_ == "acl:relcl" and any(c.lower_ == "où" for c in tok.children):
            head = tok.head
            ent = view.ent(head)
            if ent is not None and ent.label_ == "ORG":
                return ent
            return view.designated.get(head.i) or next(
                (view.designated[i] for i in range(max(0, head.i - 2), head.i + 1)
                 if i in view.designated and view.designated[i].end > head.i), None)
        if tok.head is tok or tok.dep_ == "conj":
            break  # "Elle quitte Sanofi, où elle dirigeait ..., et succède à X": not in it
        tok = tok.head  # up to the clause the trigger is in
    return None


def _child(tok: Token, dep: str) -> Token | None:
    """The first child of ``tok`` with dependency ``dep``."""
    return next((c for c in tok.children if c.dep_ == dep), None)


def _org_subject(verb: Token) -> bool:
    """The verb's subject is an organisation (named, not a person or pronoun)."""
    subject = _child(verb, "nsubj")
    ent = view_of(subject.doc).ent(subject) \
        if subject is not None and subject.ent_iob_ == "B" else None
    return subject is not None and (subject.ent_type_ == "ORG" or (
        ent is not None and _organisation(ent)  # "Le Théâtre du Châtelet", a place to
    ) or any(  # the model
        c.ent_type_ == "ORG" and c.i - subject.i <= 2 for c in subject.children
    ) or (  # "Orano", "le groupe Bouygues", "le constructeur"
        subject.lower_ in resources.entity_rules().org_left_cues and subject.lower_ != "chez"
        and any(c.dep_ == "det" and c.lower_ in ("le", "la", "l'", "l’") for c in subject.children)
    ))


def _announces(org: Span, trigger: Token, lex: Lexicon) -> bool:
    """The organisation is the subject of a verb announcing the trigger noun ("Nissan a
    approuvé la nomination de X", "le groupe officialise l'arrivée de X")."""
    if trigger.pos_ not in ("NOUN", "PROPN"):
        return False
    verb = trigger.head if trigger.dep_ in ("obj", "nsubj:pass") else None
    if verb is None or verb.lemma_.lower() not in lex.announcing_verbs:
        verb = _announcing_verb_before(trigger, lex)
        return verb is not None and _names_subject(org, _child(verb, "nsubj"))
    # "la nomination de X a été annoncée par Y": the agent
    return _names_subject(
        org, _child(verb, "obl:agent" if trigger.dep_ == "nsubj:pass" else "nsubj"))


def _names_subject(org: Span, subject: Token | None) -> bool:
    """The organisation is the subject, or the name of a subject noun ("Orano", "le
    groupe Bouygues")."""
    return subject is not None and (org.start <= subject.i < org.end or (
        0 < org.start - subject.i <= 2 and any(t.head == subject for t in org)))


def _announcing_verb_before(trigger: Token, lex: Lexicon) -> Token | None:
    """The verb of announcing whose object the trigger noun is, read from the words when
    the parse misses it: the verb, then at most a time word, an incidental phrase between
    commas and the trigger's determiner ("RTL a annoncé lundi, parmi une série
    d'ajustements, l'arrivée de X")."""
    doc = trigger.doc
    k = trigger.i - 1
    if k < 1 or doc[k].pos_ != "DET":
        return None
    k -= 1
    if doc[k].text == ",":  # an incidental phrase between commas
        k -= 1
        while k > trigger.sent.start and doc[k].text != "," and doc[k].pos_ not in (
                "VERB", "AUX") and trigger.i - k < 20:
            k -= 1
        if doc[k].text != ",":
            return None
        k -= 1
    if k >= 0 and (is_time_word(doc[k].text) or doc[k].pos_ == "ADV"):
        k -= 1
    verb = doc[k] if k >= trigger.sent.start else None
    return verb if verb is not None and verb.pos_ == "VERB" and \
        verb.lemma_.lower() in lex.announcing_verbs else None


def _slot(rel: str, role: str, frame: Frame, kind: str, passive: bool, trigger: Token,
          org: Span, orgs: list[Span]) -> str:
    """``to``, ``from`` or nothing, for an organisation in relation ``rel`` to a trigger."""
    if rel == "from":
        return "from"
    if rel not in ("source", "dont") and kind != "founding" and org.start > trigger.i and \
            _after_time_spent(org):
        return "from"  # "parti sur Europe 1 après neuf ans à l'antenne de RTL", "a rejoint
        # Vinci après dix ans à la tête de Renault"
    if rel in ("source", "other"):
        return ""
    if rel == "dont":  # the organisation a relative "dont" stands for
        return "from" if kind == "departure" else "" if kind == "founding" else "to"
    if kind == "founding":
        # what is founded is the object, the passive subject or "fondateur de X"
        if rel == "obj" or (rel == "subj" and passive) or (rel == "de" and frame.pos == "NOUN"
                                                            and org.start > trigger.i):
            return "to"
        return ""
    if rel == "obj":
        if frame.obj in ("to", "from"):
            return frame.obj
        return "to" if frame.obj == "role" else ""
    if rel == "subj":
        if frame.subj_org and not passive:
            return frame.subj_org
        if frame.pos == "NOUN" and kind == "departure":
            return "from"  # "Nissan souhaite son départ"
        return ""
    if rel == "par":
        return frame.subj_org or frame.agent_org
    if rel == "head" and kind == "departure":
        return "from"  # "démissionne de la présidence de X"
    if rel == "chez" and kind == "departure" and frame.obj == "person":
        return "from"  # "poussé vers la sortie chez Renault": where one is dismissed
    if rel in ("a", "chez") and kind == "departure" and org.end <= trigger.i and (
            org.start - trigger.sent.start <= 2 and trigger.doc[org.end].text == ","
            or _incidental_place(org, trigger)):
        # "À Généthon, on assure que son départ ...", "Le ministre, jusque là encarté chez
        # les Républicains, a quitté son parti": where one was, left
        return "from"
    if rel in ("chez", "head", "a", "vers", "pour"):
        if kind == "departure" and rel in ("a", "chez") and any(
            t.lower_ == "retraite" for t in trigger.doc[trigger.i:org.start]
        ) and not _after_time_spent(org):
            return ""
        if rel in ("a", "chez") and _after_time_spent(org):
            # "a jeté l'éponge après 34 jours au gouvernement", "a rejoint RMC après une
            # longue carrière à RTL"
            return "from"
        return "to"
    if rel == "de":
        if kind == "departure":
            return "from"
        if kind == "appointment" or role:
            return "to"
        if _later_to(org, orgs, trigger):
            return "from"
        return "to" if trigger.pos_ == "NOUN" else ""
    return ""


def _after_opening_participle(org: Span, trigger: Token) -> bool:
    """The organisation is the subject right after the participle phrase that opens the
    sentence, which says what was done to it ("Fondée en 2010 par X, Criteo est cotée",
    "Créée par X, la start-up Y a levé"): nothing but a determiner, nouns and adjectives
    between the phrase's comma and the name (in lower case, no verb, preposition or
    pronoun), and a verb or a comma right after it."""
    doc, sent = trigger.doc, trigger.sent
    if not trigger.lower_.endswith(_PARTICIPLE_ENDINGS) or _before_adverbs(trigger) != sent.start:
        return False
    comma = next((t.i for t in doc[trigger.i + 1:org.start] if t.text == ","), None)
    if comma is None or any(t.pos_ in ("VERB", "AUX") or (t.is_punct and t.text != "'")
                            for t in doc[trigger.i + 1:comma]):
        return False
    between = doc[comma + 1:org.start]  # ("la start-up": four tokens)
    return len(between) <= 4 and all((t.is_lower or t.text == "-")
                                     and t.pos_ not in ("VERB", "AUX", "ADP", "PRON")
                                     for t in between) and (
        org.end < sent.end and (doc[org.end].pos_ in ("VERB", "AUX") or doc[org.end].text == ","))


def _incidental_place(org: Span, trigger: Token) -> bool:
    """The organisation is in an incidental clause between commas before the trigger,
    with no verb of moving in that clause ("X, jusque là encarté chez les Républicains, a
    quitté"; not "X, partie chez Capgemini, a quitté la politique": where she went)."""
    doc = trigger.doc
    if not any(t.text == "," for t in doc[org.end:trigger.i]):
        return False
    opening = next((k for k in range(org.start - 1, trigger.sent.start - 1, -1)
                    if doc[k].text == ","), None)
    return opening is not None and not any(
        _verb_frame(t, lexicon()) is not None for t in doc[opening + 1:org.start])


def _is_sub_unit(org: Span, orgs: list[Span]) -> bool:
    """``l'équipe Superalignment chez OpenAI``, ``le labo X de Y``: X is part of Y."""
    doc = org.doc
    for other in orgs:
        if other.start > org.end and other.start - org.end <= 2:
            between = [t.lower_ for t in doc[org.end:other.start]]
            if between and between[0] in ("chez", "de", "d'", "du") and all(
                w in ("chez", "de", "d'", "du", "l'", "la", "le") for w in between
            ):
                return True
    return False


def _later_to(org: Span, orgs: list[Span], trigger: Token) -> bool:
    """``de X à Y`` / ``d'X vers Y``: an organisation left before one joined."""
    doc = org.doc
    for other in orgs:
        if other.start > org.end:
            between = [t.lower_ for t in doc[org.end:other.start]]
            if any(w in ("à", "au", "vers", "chez", "pour") for w in between):
                return True
    return False


def _subject_token(tok: Token) -> Token | None:
    """The subject of the trigger, climbing through infinitive and coordinated verbs."""
    seen = 0
    cur = tok
    fronted = False
    while seen < 4:
        # not a name the parser made a subject out of a complement ("à être nommé
        # Premier ministre en cas de victoire d'Emmanuel Macron")
        subjects = [c for c in cur.children if c.dep_ in ("nsubj", "nsubj:pass", "expl:subj")
                    and not _name_after_preposition(c)]
        if subjects and fronted:
            # "Après avoir quitté TF1, l'animatrice X a vu son agent Y rejoindre M6": the
            # subject right after the clause, not a name the parse gave the verb as well (but
            # the name right after a description: "son adversaire Jean Lassalle a été battu")
            first = min(subjects, key=lambda c: c.i)
            return next((c for c in subjects if c.ent_type_ == "PER" and 0 < c.i - first.i <= 2),
                        first)
        if subjects:
            # two subjects from a fronted apposition ("Chef de la formation Yamina, Naftali
            # Bennett avait été nommé"): the one naming a person, else a personal pronoun
            # (a heading glued to the sentence gives another: "Ces politiques qui partent
            # dans le privé À l'été 2014, elle est nommée")
            return next((c for c in subjects if c.ent_type_ == "PER"),
                        next((c for c in subjects if c.lower_ in ("il", "elle")), subjects[0]))
        if cur.dep_ in ("xcomp", "conj", "advcl", "ccomp", "acl", "acl:relcl") and cur.head != cur:
            fronted = cur.dep_ == "advcl" and _fronted_infinitive(cur)
            if cur.dep_ == "acl" and cur.head.pos_ in ("NOUN", "PROPN"):
                if cur.head.lemma_ in lexicon().intention_nouns and cur.head.dep_ == "obj":
                    cur = cur.head.head  # "a fait le choix de rejoindre": the chooser
                    seen += 1
                    continue
                if _imminence(cur.head) and any(c.dep_ == "nsubj" for c in cur.head.children):
                    cur = cur.head  # "X est sur le point de quitter": X
                    seen += 1
                    continue
                return cur.head
            cur = cur.head
            seen += 1
            continue
        if cur.dep_ == "obl:mod" and cur.head != cur and cur.head.pos_ in ("VERB", "AUX") and \
                _fronted_infinitive(cur):
            cur = cur.head  # "Après avoir quitté TF1, l'animateur est resté": its subject
            fronted = True
            seen += 1
            continue
        break
    return None


def _fronted_infinitive(verb: Token) -> bool:
    """An infinitive after "après (avoir)" or "avant de", set before the clause it belongs
    to and closed by a comma: the clause's subject is the one who acts."""
    doc = verb.doc
    if "Inf" not in verb.morph.get("VerbForm") and not any(
            c.dep_ == "aux:tense" and "Inf" in c.morph.get("VerbForm") for c in verb.children):
        return False
    lead = [t.lower_ for t in doc[max(verb.sent.start, verb.i - 4):verb.i]]
    if not ("après" in lead or ("avant" in lead and "de" in lead)):
        return False
    # (the main clause's verb, not an infinitive after it: "Après avoir quitté TF1, X a vu
    # son agent Y rejoindre M6" is X's)
    return verb.i < verb.head.i and "Inf" not in verb.head.morph.get("VerbForm") and any(
        t.text == "," for t in doc[verb.i:verb.head.i])


def _placed_object(trigger: Token) -> bool:
    """A verb of placing whose object is usually the organisation joined ("intégrer
    Renault"; ``placing_verbs``) used with an object pronoun before it and a complement of
    place: the object is the one put there ("de mieux les intégrer dans l'entreprise"), not
    the subject (but "il les a rejoints au conseil" is the subject's move: not a verb of
    placing)."""
    doc = trigger.doc
    clitic = any(c.dep_ == "obj" and c.i < trigger.i and c.lower_ in _OBJECT_CLITICS_PLURAL
                 for c in trigger.children) or (
        trigger.i > 0 and doc[trigger.i - 1].lower_ in _OBJECT_CLITICS_PLURAL and
        doc[trigger.i - 1].pos_ == "PRON")
    return clitic and any(
        c.dep_.startswith("obl") and any(g.dep_ == "case" and g.lower_ in ("dans", "au", "à")
                                         for g in c.children)
        for c in trigger.children)


# Object pronouns that stand for people put somewhere ("les intégrer dans l'entreprise").
_OBJECT_CLITICS_PLURAL = frozenset({"les", "leur"})


def _imminence(noun: Token) -> bool:
    """A predicate noun after "être" telling what its subject is about to do ("sur le
    point de", "en passe de": ``imminence_phrases``)."""
    if not any(c.dep_ == "cop" for c in noun.children):
        return False
    doc = noun.doc
    told = spaced([t.lower_ for t in doc[max(noun.sent.start, noun.i - 3):noun.i + 1]])
    return any(f" {phrase} " in told for phrase in lexicon().imminence_phrases)


def _apposed_to(noun: Token, view: DocView) -> Span | None:
    """The person a description stands in apposition to, right after the name and a comma
    ("Marc Simon, le présentateur de l'émission"), whatever its parse; None if none."""
    if noun.pos_ != "NOUN" or view.ent(noun) is not None:
        return None
    doc = noun.doc
    k = noun.i - 1
    while k >= 0 and noun.i - k <= 3 and doc[k].pos_ in ("DET", "ADJ"):
        k -= 1  # "le", "l'ancien"
    if k < 1 or k == noun.i - 1 or doc[k].text != ",":
        return None
    named = view.ent(doc[k - 1])
    return named if named is not None and named.label_ == "PER" and named.end == k else None


def _name_after_preposition(tok: Token) -> bool:
    """``tok`` is in a name that follows ``de``, ``par``, ``avec``... (see _is_complement)."""
    if not tok.ent_type_:
        return False
    doc = tok.doc
    k = tok.i
    while k > 0 and doc[k].ent_iob_ == "I":
        k -= 1
    return k > 0 and doc[k - 1].lower_ in _COMPLEMENT_PREPS


def _demonym(word: str) -> bool:
    """A lower-case word naming a person by a nation or region: "française", "l'autrichien"
    or "le breton" (a name the model took with its article), "franco-sénégalaise"."""
    demonyms = lexicon().demonyms
    for article in ("le ", "la ", "l'", "l’"):
        word = word.removeprefix(article)
    parts = word.split("-")
    return word in demonyms or (len(parts) > 1 and parts[-1] in demonyms
                                and all(p.endswith("o") for p in parts[:-1]))


def _unnamed_new_holder(subj: Token) -> bool:
    """A subject that is an indefinite title, given to someone not yet named ("une
    directrice", "un nouveau rédacteur en chef")."""
    lex = lexicon()
    if subj.pos_ != "NOUN" or not (subj.lower_ in lex.person_nouns
                                   or _role_at(subj.doc, subj.i, lex, subj.sent.end)[0]):
        return False
    return any(c.dep_ == "det" and c.lower_ in _ARTICLES for c in subj.children)


def _name_closing_clause(trigger: Token, sent: Span, view: DocView) -> str:
    """The name set apart after the clause of a passive trigger, closing it: "Un nouveau
    rédacteur en chef a été nommé, Andreï Chmarov.", "Une directrice a été désignée : X,
    ancienne de Y"; "" when another clause comes first or the name is the subject of a
    verb after it ("..., X a annoncé", "..., X, le PDG, a annoncé")."""
    doc = trigger.doc
    for k in range(trigger.i + 1, min(sent.end - 1, trigger.i + 12)):
        tok = doc[k]
        if tok.text in (",", ":"):
            ent = view.ent(doc[k + 1])
            if ent is not None and ent.label_ == "PER" and ent.start == k + 1 and (
                    ent.end >= sent.end or doc[ent.end].text in (".", ",", ";", "!", "(")
            ) and not any("Fin" in t.morph.get("VerbForm") for t in doc[ent.end:sent.end]):
                return view.person_name(ent)
            if tok.text == ":":
                return ""
        if tok.pos_ in ("VERB", "AUX") and tok.i > trigger.i and \
                tok.lower_ not in resources.entity_rules().naming_participles:
            return ""
    return ""


def _opens_quote(ent: Span) -> bool:
    """The name opens a quotation after the noun of a work: its title, not a person ('le
    réalisateur du documentaire "Macron, en marche vers l'Élysée"'; not 'selon un proche
    « Paul Girard va quitter Renault »')."""
    doc = ent.doc
    return ent.start > 1 and doc[ent.start - 1].text in OPENING_QUOTES and \
        doc[ent.start - 2].lower_ in lexicon().work_nouns


def _person_from_token(tok: Token | None, view: DocView) -> tuple[str, str]:
    """(person, how) for a subject token: a name, or a pronoun or description in focus."""
    if tok is None:
        return "", ""
    ent = view.ent(tok)
    if ent is not None and ent.label_ == "PER":
        name = view.person_name(ent)
        if _demonym(name.lower()):  # "L'Autrichien", "Le Breton" taken for a name
            return view.focus_person(ent.start, gender=anaphor_gender(ent[-1])), "focus"
        return name, "syntax"
    if tok.pos_ == "NOUN" and tok.lower_ in lexicon().led_bodies:
        # "le gouvernement de Hassan Diab a démissionné": its head leaves with it
        led = [e for e in (view.ent(c) for c in tok.subtree) if e is not None
               and e.label_ == "PER" and e.start > tok.i and e.start - tok.i <= 6]
        if led:
            return view.person_name(led[0]), "syntax"
        k = tok.i - 1
        while k >= 0 and tok.doc[k].lower_ in ("le", "la", "l'", "son", "sa"):
            k -= 1
        named = _named_before_dont(tok.doc, k, view)
        if named:  # "Michel Najjar, dont le gouvernement a démissionné": the one it is of
            return named, "syntax"
    # a name in the subject's phrase, not as its complement: "l'ancien communicant de
    # François Hollande [...] Gaspard Gantzer rejoindra" is Gantzer
    names = [view.ent(c) for c in tok.subtree]
    gender = anaphor_gender(tok) if tok.pos_ == "NOUN" else ""
    names = [e for e in dict.fromkeys(names) if e is not None and e.label_ == "PER"
             and not _is_complement(e) and not _opens_quote(e) and e.start - tok.i < 12
             and not (gender and view.gender(e) not in ("", gender))  # "l'ancienne
             # conseillère de X, ex-directrice de cabinet du haut-commissaire Marc Petit"
             and _relative_opening(e, tok) is None]  # is not him, nor "Celui qui avait
    # rejoint Emmanuel Macron [...] a été nommé" Macron
    if names:
        return view.person_name(names[-1]), "syntax"
    low = tok.lower_
    if low in _FIRST_PERSON:
        if _we_of_the_house(tok, view):
            return "", ""
        return _speaker(tok, view), "quote"
    if low == "qui":  # "cet ancien haut fonctionnaire du ministère, qui a démissionné"
        antecedent = _relative_antecedent(tok, view)
        named = _apposed_to(antecedent, view) if antecedent is not None else None
        if named is not None:  # "X, le présentateur de l'émission, qui a rejoint"
            return view.person_name(named), "syntax"
        if antecedent is not None and view.ent(antecedent) is None:
            name = _description_person(antecedent, view)
            return (name, "focus") if name else ("", "")
        if antecedent is not None:
            return _person_from_token(antecedent, view)
    if low in _SUBJECT_PRONOUNS and tok.dep_ == "nsubj" and tok.head.dep_ == "ccomp":
        # "Ce dernier avait annoncé qu'il quittait RTL": the one who said it
        said_by = next((c for c in tok.head.head.children
                        if c.dep_ == "nsubj" and c.i < tok.i), None)
        if said_by is not None and said_by.lower_ not in _SUBJECT_PRONOUNS:
            ent = view.ent(said_by)
            gender = anaphor_gender(tok)
            if ent is None or not gender or view.gender(ent) in ("", gender):
                name, how = _person_from_token(said_by, view)
                if name:
                    return name, how
    if low in ("dernier", "dernière") and tok.i > 0 and tok.doc[tok.i - 1].lower_ in (
        "ce", "cette"
    ):  # "ce dernier": the last person named
        return view.focus_person(tok.i, gender=anaphor_gender(tok)), "focus"
    if tok.pos_ == "NOUN" and low.removeprefix("ex-") in lexicon().person_nouns:
        # "le directeur de l'IRISA, ..., Gwenaël Tanguy, serait": the name in apposition;
        # else the person in focus (see _description_person); "cet ex-militant" too
        if low in lexicon().relation_nouns and any(
                c.dep_ in ("det", "nmod:poss") and c.lower_ in _POSSESSIVES | _THEIR
                for c in tok.children):
            return "", ""  # "Sa femme a démissionné": a relative of the one in focus
        name = _description_person(tok, view)
        return (name, "focus") if name else ("", "")
    if low in _SUBJECT_PRONOUNS and tok.dep_ in ("nsubj", "nsubj:pass"):
        described = _described_subject_before(tok)
        if described is not None:
            # "Le ministre de l'Économie a présenté sa démission à X. Il sera remplacé par
            # Y": the minister, as the text named him, not X
            name = _description_person(described, view)
            if name:
                return name, "focus"
    if low in _PRONOUNS or (
        _demonym(low) and tok.i > 0
        and tok.doc[tok.i - 1].lower_ in ("le", "la", "l'", "ce", "cet", "cette")
    ):  # "le chercheur", "la Française de 54 ans", "cet Allemand": the person in focus
        return view.focus_person(tok.i, gender=anaphor_gender(tok),
                                 subject=low in _SUBJECT_PRONOUNS,
                                 pronoun=low in _PRONOUNS), "focus"
    return "", ""


def _we_of_the_house(tok: Token, view: DocView) -> bool:
    """A quoted "nous" whose quotation names no organisation: the speaker's company, party
    or team ("« Nous n'avons pas l'intention de partir », a insisté X, responsable de
    TikTok"), not a move of the speaker's own (but "« Nous quittons Renault », a dit X" is
    X's, and X's companions')."""
    if tok.lower_ != "nous":
        return False
    sent = tok.sent
    end = next((t.i for t in sent if t.i > tok.i and t.text in CLOSING_QUOTES), sent.end)
    return not any(tok.i < o.start < end for o in view.orgs_in(sent))


def _relative_opening(ent: Span, start: Token, trigger: Token | None = None) -> Token | None:
    """The relative word that opens the clause the name stands in, after ``start`` and
    after that clause's verb: "Celui qui avait rejoint Emmanuel Macron", "L'homme que
    soutenait X" (an object or a complement in the clause, not the one the clause is
    about); None when the name is in no such clause, or when the clause's verb is the
    ``trigger`` or governs it ("C'est le poste qu'a quitté X pour rejoindre Renault": X's
    own clause)."""
    doc = ent.doc
    for k in range(ent.start - 1, start.i, -1):
        if doc[k].is_punct:
            return None  # "Le policier qui a tiré, identifié comme X": the clause is over
        if doc[k].lower_ in _RELATIVES:
            verbs = [t for t in doc[k + 1:ent.start] if t.pos_ in ("VERB", "AUX")]
            governs = trigger is not None and any(
                v == trigger or v in trigger.ancestors for v in verbs)
            return doc[k] if verbs and not governs else None
    return None


_OBJECT_CLITICS = frozenset({"le", "la", "l'", "l’"})


def _appointing(tok: Token, lex: Lexicon) -> bool:
    """A verb or noun of appointment ("nommé", "promu", "nomination", "arrivée")."""
    lemma = tok.lemma_.lower()
    frame = lex.verbs.get(lemma) if tok.pos_ in ("VERB", "AUX", "ADJ") else None
    frame = frame or lex.nouns.get(lemma) or lex.nouns.get(tok.lower_) or \
        lex.verbs.get(lemma)
    return frame is not None and frame.kind in ("appointment", "join") and \
        lemma not in lex.placing_verbs and lemma not in lex.postless_verbs


def _described_subject_before(pronoun: Token) -> Token | None:
    """The subject of the sentence before, when the subject pronoun ``pronoun`` opens its
    own sentence and that subject is a common noun of a person, of no other gender ("Le
    ministre de l'Économie a présenté sa démission à X. Il ..."), or None."""
    doc, sent = pronoun.doc, pronoun.sent
    if pronoun.i - sent.start > 1 or sent.start == 0:
        return None
    before = doc[sent.start - 1].sent
    root = before.root
    subj = next((c for c in root.children if c.dep_ in ("nsubj", "nsubj:pass")), None)
    if subj is None or subj.pos_ != "NOUN" or subj.ent_type_ or \
            subj.lower_.removeprefix("ex-") not in lexicon().person_nouns:
        return None
    gender, described = anaphor_gender(pronoun), anaphor_gender(subj)
    if gender and described and gender != described:
        return None
    return subj


def _clitic_of_thing(tok: Token) -> bool:
    """An object clitic whose nearest noun before it, in its clause, is a thing of its
    gender ("se séparer du journal pour le transférer"), not a person ("a recruté le
    joueur pour le transférer") nor a name."""
    doc = tok.doc
    gender = _WORD_GENDERS.get(tok.lower_, "")  # none for the elided "l'"
    for k in range(tok.i - 1, max(tok.sent.start, tok.i - 5) - 1, -1):
        t = doc[k]
        if t.is_punct or t.pos_ in ("VERB", "AUX", "PROPN") or t.ent_type_:
            return False
        if t.pos_ == "NOUN":
            if t.head == tok.head:  # "Le groupe l'a nommée": the subject of its verb
                return False
            lex = lexicon()
            return t.text.islower() and t.lower_ not in lex.person_nouns and \
                not t.lower_.endswith(lex.person_noun_endings) and \
                (not gender or gender in t.morph.get("Gender"))
    return False


def _dont_owner(trigger: Token, view: DocView) -> str:
    """The person a relative "dont" stands for when it owns the event noun ("X, dont la
    récente promotion fait polémique", "Y, dont le départ de Renault était attendu"), or
    ""."""
    doc = trigger.doc
    k = trigger.i - 1
    while k > trigger.sent.start and doc[k].pos_ in ("DET", "ADJ"):
        k -= 1
    return _named_before_dont(doc, k, view)


def _named_before_dont(doc: Doc, k: int, view: DocView) -> str:
    """The person named right before ", dont" when token ``k`` is that "dont", or ""."""
    if k < 2 or doc[k].lower_ != "dont" or doc[k - 1].text != ",":
        return ""
    ent = view.ent(doc[k - 2])
    return view.person_name(ent) if ent is not None and ent.label_ == "PER" else ""


def _thing_before(qui: Token, view: DocView) -> bool:
    """A relative ``qui`` right after a quoted title or a named thing (``"X" (qui``,
    ``l'Inserm, qui``) when no person or person noun stands before it."""
    if _relative_antecedent(qui, view) is not None:
        return False
    doc = qui.doc
    k = qui.i - 1
    while k >= 0 and doc[k].text in ("(", ","):
        k -= 1
    if k < 0 or k == qui.i - 1:
        return False  # "l'ex-numéro deux des Républicains qui a rejoint": the parse decides
    ent = view.ent(doc[k])
    return doc[k].text in CLOSING_QUOTES or (ent is not None and ent.label_ != "PER")


def _relative_antecedent(qui: Token, view: DocView) -> Token | None:
    """The person or person noun a relative ``qui`` stands for, read leftwards: ``X,
    qui``, ``l'ancien ministre de Y, qui``, ``la bibliste, qui`` (a noun of a person by
    its ending, ``person_noun_endings``); the parser often attaches the clause to the
    complement."""
    doc = qui.doc
    k = qui.i - 1
    if k > qui.sent.start and doc[k].lower_ in ("et", "mais"):
        # "X, qui n'était plus en odeur de sainteté [...] et qui quitte le gouvernement":
        # the antecedent of the relative it is coordinated with
        first = next((t for t in reversed(doc[qui.sent.start:k]) if t.lower_ == "qui"), None)
        if first is not None and first.i > qui.sent.start and doc[first.i - 1].text == ",":
            return _relative_antecedent(first, view)
        # (not "Le ministre qui a démissionné est remplacé par X, une proche du président
        # et qui quitte Danone": X, read leftwards)
    if k >= 0 and doc[k].text == ",":
        k -= 1
    stop = max(0, k - 10)
    while k >= stop:
        t = doc[k]
        ent = view.ent(t)
        if ent is not None and ent.label_ == "PER":
            return t
        if t.lower_ in lexicon().person_nouns:  # the small model tags some as adjectives
            return t
        if t.pos_ == "NOUN" and t.lower_.endswith(lexicon().person_noun_endings) and k > 0 \
                and doc[k - 1].lower_ in ("le", "la", "l'", "ce", "cet", "cette"):
            return t  # "la bibliste, qui a fondé"
        if (t.is_punct and t.text != "'") or t.pos_ in ("VERB", "AUX"):
            return None
        k -= 1
    return None


def _speaker(tok: Token, view: DocView) -> str:
    """Who says ``je``: the name attached to a speech verb in the sentence or the next
    one ("», a écrit Jan Leike"; "X a déclaré : « ... »"), a name on a dash line after
    the quote ("– Jan Leike"), else the person in focus."""
    doc = tok.doc
    sent = tok.sent
    speech = lexicon().speech_verbs
    gender = ""
    for s in (sent, doc[sent.end].sent if sent.end < len(doc) else None):
        if s is None:
            continue
        for t in s:
            if t.lemma_ not in speech or t.pos_ not in ("VERB", "AUX"):
                continue
            gender = gender or next(  # "a-t-elle expliqué", "précise-t-il": the speaker's
                # (the inverted clitic or the verb's own subject, not "a expliqué qu'il")
                (_WORD_GENDERS[p.lower_.lstrip("-")]
                 for p in doc[max(s.start, t.i - 2):min(s.end, t.i + 3)]
                 if p.lower_.lstrip("-") in ("il", "elle") and (
                     p.text.startswith("-") or (p.dep_.startswith("nsubj") and p.head == t))),
                "")
            for k in range(t.i + 1, min(s.end, t.i + 4)):
                ent = view.ent(doc[k])
                if ent is not None and ent.label_ == "PER":
                    return view.person_name(ent)
            for child in t.children:
                ent = view.ent(child)
                if child.dep_.startswith("nsubj") and ent is not None and ent.label_ == "PER":
                    return view.person_name(ent)
    nxt = sent.end
    for _ in range(3):
        if nxt >= len(doc):
            break
        s = doc[nxt].sent
        first = [t for t in s if not t.is_space][:2]
        if first and first[0].text in ("–", "-", "—", "―") and len(first) > 1:
            ent = view.ent(first[1])
            if ent is not None and ent.label_ == "PER":
                return view.person_name(ent)
        nxt = s.end
    return view.focus_person(sent.start, gender=gender, subject=True, pronoun=True)


_DATIVES = frozenset({"lui", "leur", "me", "m'", "nous", "vous", "te", "t'"})


def _group_subject(subj: Token, view: DocView) -> bool:
    """A subject that stands for several people: a plural noun with no name in it
    ("Plusieurs cadres", "Trois ministres"), "ils", "elles", "plusieurs"."""
    if subj.lower_ in lexicon().group_pronouns:
        return True
    return subj.pos_ == "NOUN" and "Plur" in subj.morph.get("Number") and not any(
        view.ent(t) is not None for t in subj.subtree)


def _listed_members(trigger: Token, sent: Span, view: DocView) -> list[str]:
    """The persons a group's sentence lists after the trigger ("Plusieurs cadres ont quitté
    Renault, dont Paul Girard et Marc Dufour", "ils ont quitté le palais, à l'instar du
    secrétaire d'État X et des conseillers Y et Z", "Trois ministres ont quitté le
    gouvernement : A, B et C"): the names after the introducing word, each with its title,
    up to the first word that is neither a name, a title, a link word nor a comma; none
    when the list runs into another clause ("dont X, selon Y") or a name complements a
    word before it ("dont le directeur financier de X", "un coup dur pour X")."""
    doc = trigger.doc
    words = [t.lower_ for t in doc[trigger.i + 1:sent.end]]
    starts = [trigger.i + 1 + k + len(intro) for k in range(len(words))
              for intro in lexicon().member_introducers
              if tuple(words[k:k + len(intro)]) == intro and not (
                  intro == (",",) and _in_name(doc[trigger.i + k], view))]
    # (a comma after a name is inside a list: "les départs de X, Y et Z")
    # (the first introducer that lists anyone: "ont quitté Renault comme prévu, dont X")
    return next((names for names in (_members_from(start, sent, view) for start in starts)
                 if names), [])


def _in_name(tok: Token, view: DocView) -> bool:
    """The token is part of a person's name."""
    ent = view.ent(tok)
    return ent is not None and ent.label_ == "PER"


def _members_from(start: int, sent: Span, view: DocView) -> list[str]:
    """The names listed from token ``start`` (see :func:`_listed_members`)."""
    doc = sent.doc
    names: list[str] = []
    k = start
    while k < sent.end:
        tok = doc[k]
        ent = view.ent(tok)
        if ent is not None and ent.label_ == "PER":
            if k > start and doc[k - 1].pos_ == "ADP":
                return []  # "dont le directeur financier de X", "notamment à la demande de
                # X", "un coup dur pour X": a name complementing a word, not a member
            names.append(view.person_name(ent))
            k = ent.end
            continue
        if ent is not None or tok.pos_ in ("VERB", "AUX") or (
                tok.is_punct and tok.text not in (",", ":")) or (
                    tok.pos_ == "PROPN" and doc[k - 1].pos_ not in ("DET", "ADP")) or \
                _source_word(tok, lexicon()):  # (a title's portfolio: "ministre de la Justice")
            break
        if tok.pos_ not in ("DET", "ADP", "CCONJ", "NOUN", "ADJ", "PUNCT", "ADV", "SPACE", "PROPN"):
            break
        k += 1
    if k < sent.end and not (doc[k].is_punct and doc[k].text in (".", "!", ";", ")")):
        return []  # the list runs into another clause: not a plain enumeration
    return list(dict.fromkeys(names))


def _group_complement(trigger: Token, view: DocView) -> bool:
    """An event noun whose "de" complement is a group with no name in it ("la nomination
    de quatre nouveaux membres", "le départ de plusieurs cadres"): a number or a word of
    several, then a plural noun."""
    doc = trigger.doc
    k = trigger.i + 1
    if k + 2 >= len(doc) or doc[k].lower_ not in ("de", "d'", "d’"):
        return False
    count = doc[k + 1]
    if not (count.like_num or count.lower_ in lexicon().group_pronouns):
        return False
    k += 2
    while k < len(doc) and doc[k].pos_ == "ADJ" and k - trigger.i <= 5:
        k += 1  # "quatre nouveaux membres"
    return k < len(doc) and doc[k].pos_ == "NOUN" and "Plur" in doc[k].morph.get("Number") \
        and view.ent(doc[k]) is None


def _disagrees(trigger: Token, frame: Frame, gender: str) -> bool:
    """A singular passive participle of a verb whose object moves that cannot agree with
    a person of ``gender``: "nommé" with a woman ("Elle juge étonnant de le voir nommé à
    l'Intérieur" is him), "nommée" with a man (not "a quitté", which does not agree, nor
    "fondée par X", which agrees with what is founded)."""
    if not gender or "Part" not in trigger.morph.get("VerbForm") or frame.obj != "person" \
            or frame.kind == "founding" or any(c.dep_ == "aux:tense" and c.lemma_ == "avoir"
                                               for c in trigger.children):
        return False
    shown = _participle_gender(trigger.lower_, plural=False)
    return bool(shown) and shown != gender


def _founding_agents(trigger: Token, sent: Span, view: DocView) -> list[str]:
    """The people after "par" that close the complement of a founding noun ("la fondation
    de l'UMP par Jacques Chirac, Alain Juppé et Nicolas Sarkozy", "la création de Mistral
    AI en 2023 par Arthur Mensch"): its founders, each of a list that ends at the name
    after "et" or before the subject of the next clause ("par X, Y a quitté le journal");
    none when a verb or a punctuation mark stands between the noun and "par"."""
    doc = trigger.doc
    k = trigger.i + 1
    while k < sent.end and k - trigger.i <= 10 and doc[k].lower_ != "par":
        if (doc[k].is_punct and doc[k].text not in ("-", "'")) or doc[k].pos_ in ("VERB", "AUX"):
            return []
        k += 1
    if k >= sent.end or doc[k].lower_ != "par":
        return []
    names: list[str] = []
    k += 1
    closing = False  # the name after "et" ends the list
    while k < sent.end:
        ent = view.ent(doc[k])
        if ent is None or ent.start != k or ent.label_ != "PER":
            break
        if doc[k - 1].text == "," and ent.root.dep_ in ("nsubj", "nsubj:pass"):
            break  # "Depuis la création de Mediapart par X, Y a quitté le journal": Y's verb
        names.append(view.person_name(ent))
        k = ent.end
        if closing or k + 1 >= sent.end or doc[k].lower_ not in (",", "et"):
            break
        closing = doc[k].lower_ == "et"
        k += 1
    return names


def _persons_for(trigger: Token, frame: Frame, sent: Span, view: DocView,
                 passive: bool) -> list[tuple[str, str]]:
    """Candidate persons of a trigger: list of (name, how)."""
    doc = trigger.doc
    people = [e for e in view.ents_in(sent) if e.label_ == "PER" and not _opens_quote(e)]
    if frame.pos == "NOUN":
        if frame.person == "appos":
            found = _appos_person(trigger, sent, view)
            if not found and frame.kind == "founding" and \
                    _unnamed_holder(trigger, view, trigger.i + 1):
                # "le fondateur du MoDem n'a pas encore réagi": the person the text has
                # given that title, or the article's main person (see _description_person)
                name = _description_person(trigger, view)
                return [(name, "focus")] if name else []
            if not found and frame is _NEW_ROLE and trigger.lower_ in _NEW_TITLE:
                # "le nouveau patron de LREM a promis": the article's main person, if he
                # was named last (not "le futur patron de X": no one named yet)
                title_end = _role_at(doc, trigger.i + 1, lexicon(), sent.end)[1]
                name = view.focus_person(trigger.i, gender=anaphor_gender(doc[trigger.i + 1]))
                if name and name == view.main_person and \
                        _unnamed_holder(trigger, view, title_end):
                    return [(name, "focus")]
            return found
        if frame.kind == "founding":
            agents = _founding_agents(trigger, sent, view)
            if agents:  # "la fondation de l'UMP par Jacques Chirac et Alain Juppé"
                return [(name, "agents") for name in agents]
        if frame.person == "entre":  # "la passation de pouvoirs entre X et Y": Y
            pair = _handover_pair(trigger, sent, view)
            return [(pair[1], "syntax")] if pair else []
        det = _determiner(trigger)
        if det in _INDEFINITE:
            return []  # "une deuxième démission d'un ministre": no particular event
        ruling_out = _ruling_out_verb(trigger, lexicon())
        if ruling_out is not None and not any(
                c.dep_ == "nmod" and any(g.lower_ in _DE_FORMS for g in c.children)
                and (c.ent_type_ == "PER" or (c.pos_ == "NOUN" and c.i not in view.designated))
                for c in trigger.children):
            # "X a démenti tout départ du PSG": the subject's own move, ruled out (not "X
            # exclut tout départ de ses cadres", theirs; "Le club a démenti tout départ de
            # son capitaine Y" is Y's)
            name, how = _person_from_token(_child(ruling_out, "nsubj"), view)
            if name:
                return [(name, how)]
        if det in _DEMONSTRATIVE and not _has_de_person(trigger, sent, view):
            return []  # "cette démission": told before, with its person
        if _group_complement(trigger, view):
            # "la nomination de quatre nouveaux membres du conseil, dont X": each member
            members = _listed_members(trigger, sent, view)
            return [(name, "listed") for name in members]
        name = _holder_named_after_colon(trigger, sent, view)
        if name:  # "la nomination du plus jeune ministre de l'histoire : X"
            return [(name, "syntax")]
        if trigger.lower_.endswith(("s", "x")) and trigger.lower_ != frame.lemma:
            members = _listed_members(trigger, sent, view)
            if members:  # "Parmi les partants : X, Y ou encore Z", "Parmi les autres départs
                # de l'administration, on compte également X, conseiller, et Y": each of them
                return [(name, "listed") for name in members]
        # "le départ de X", "l'arrivée de X à/chez"
        own_thing = False
        j = trigger.i + 1
        while j < sent.end and j - trigger.i <= 6:
            t = doc[j]
            if t.lower_ in ("de", "d'", "du") and j + 1 < sent.end:
                k = j + 1
                while k < sent.end and k - j <= 4 and doc[k].pos_ in ("DET", "ADJ", "NOUN") \
                        and view.ent(doc[k]) is None:
                    if doc[k].pos_ == "NOUN" and (doc[k].lower_ in lexicon().person_nouns
                                                  or doc[k].lower_ in lexicon().relation_nouns):
                        # "la nomination de sa compagne, Roxana Maracineanu, comme ministre"
                        name = _description_person(doc[k], view, strict=True)
                        if name:
                            return [(name, "focus")]
                        if doc[j + 1].lower_ in _POSSESSIVES:
                            return []  # "annonce le départ de son ministre de l'Intérieur":
                            # someone of the possessor's, named elsewhere if at all
                    k += 1
                ent = view.ent(doc[k]) if k < sent.end else None
                owned = trigger.i > 0 and \
                    doc[trigger.i - 1].lower_ in _POSSESSIVES | _THEIR
                if ent is not None and ent.label_ == "PER" and not (
                        owned and any(t.pos_ == "NOUN" for t in doc[trigger.i + 1:k])):
                    # (not "son départ de l'administration Trump", "sa démission après la
                    # mort de X": the possessor's)
                    return [(view.person_name(ent), "syntax")]
                head = doc[k - 1] if k > j + 1 else None
                if head is not None and head.lower_ in lexicon().led_bodies and \
                        doc[j + 1].lower_ in ("son", "sa"):
                    # "X a présenté la démission de son gouvernement": its head's
                    heads = [e for e in people if e.end <= trigger.i]
                    return [(view.person_name(heads[-1]), "syntax")] if heads else []
                thing = (ent is not None and ent.label_ in ("ORG", "LOC")) or (
                    head is not None and head.pos_ == "NOUN"
                    and head.lower_ not in lexicon().person_nouns)
                if thing and frame.kind == "founding" and doc[j + 1].lower_ in _POSSESSIVES:
                    own_thing = True  # "a annoncé la création de son parti, X": the
                    # possessor founds it (below)
                elif thing and not owned:
                    # "la promotion du Parti", "le départ des troupes": no one ("sa démission
                    # du gouvernement" is the possessor's)
                    owner = _dont_owner(trigger, view)
                    return [(owner, "syntax")] if owner else []
                break
            if t.is_punct or t.pos_ in ("VERB", "AUX"):
                break
            j += 1
        owner = _dont_owner(trigger, view)
        if owner:
            return [(owner, "syntax")]  # "X, dont la nomination à la tête de Y a surpris"
        det = [c for c in trigger.children if c.dep_ in ("det", "nmod:poss")]
        left = doc[trigger.i - 1] if trigger.i > 0 else None
        theirs = next((d for d in [*det, left] if d is not None and d.lower_ in _THEIR), None)
        if theirs is not None and trigger.dep_ == "obj":
            found = _owners_of_their(theirs, trigger, sent, view)
            if found is not None:
                return found
        if own_thing or any(d.lower_ in _POSSESSIVES for d in det) or (
            left is not None and left.lower_ in _POSSESSIVES
        ):
            mine = next((d for d in [*det, left] if d is not None and d.lower_ in ("mon", "ma")),
                        None)
            if mine is not None:  # '"j'ai présenté ma démission au Premier ministre",
                name = _speaker(mine, view)  # précise-t-il': the speaker's
                return [(name, "quote")] if name else []
            holders = [e for e in people if _opinion_holder(e, trigger)]
            subj_people = [e for e in people if e.end <= trigger.i and e not in holders]
            # not a name in the apposition of the one before it ("X, conseiller d'Y, a
            # annoncé sa démission", "X, adjoint à la maire de Paris Y (PS), a annoncé")
            subj_people = [e for e in subj_people if not any(
                _in_apposition_of(e, first, trigger) for first in subj_people)]
            if subj_people and _causer(subj_people[-1], trigger, lexicon()):
                # "Tex estime que X est derrière son renvoi", "X est à l'origine de son
                # limogeage": the one X caused to move, not X, named elsewhere if at all
                return []
            described = _described_possessor(trigger, view)
            if described is not None and (not subj_people or described.i > subj_people[-1].end):
                # "le président de X, Denis Mora, les informant que la directrice avait
                # présenté sa démission": the director's, not the last name's
                name = _description_person(described, view)
                return [(name, "focus")] if name else []
            if subj_people:
                return [(view.person_name(subj_people[-1]), "syntax")]
            opening = _in_opening_phrase(trigger, sent)
            if trigger.i - sent.start <= 8 and opening:
                # "Avec sa nomination comme secrétaire d'État, X aura la tâche de", "Au
                # lendemain de sa démission de ..., X a annoncé": the subject after the
                # fronted phrase
                name = _subject_after_clause(trigger, sent, view)
                if name:
                    return [(name, "syntax")]
            if trigger.i - sent.start <= 16 and opening:
                described = _description_after_clause(trigger, sent, view)
                if described is not None:
                    # "Après des mois de spéculations sur son départ, le ministre de
                    # l'Économie a présenté sa démission à X": the minister's, the person
                    # in focus but never X
                    name = _description_person(described, view)
                    if not name:
                        others = _co_arguments(described, view)
                        name = view.focus_person(trigger.i, pronoun=True,
                                                 exclude=others[0] if others else "")
                    return [(name, "focus")] if name else []
            places = [e for e in view.ents_in(sent) if e.label_ == "LOC" and e.end <= trigger.i]
            if places:
                return []  # "la Lituanie ... avant son entrée dans l'UE": a country's
            if _non_person_subject(trigger, view):
                return []  # "le comité a remis sa démission": the committee's
            return [(view.focus_person(trigger.i, pronoun=True, exclude=view.person_name(
                holders[-1]) if holders else ""), "focus")]
        subj = _subject_token(trigger) if trigger.dep_ not in ("nsubj",) else None
        name, how = _person_from_token(subj, view)
        if not name:
            # "Mme Lueders, entrée à la Nasa en 1992, ...": a participle taken for a noun
            name = _name_before_comma(trigger, view)
            how = "syntax"
        if not name and trigger.i - sent.start <= 1:
            # "Entrée chez Airbus en 1998, Inès Carvalho ...": a participle taken for a noun
            name = _subject_after_clause(trigger, sent, view)
        return [(name, how)] if name else []
    # verbs
    if frame.person == "a":  # "a confié la présidence à X": the one after "à"
        heir = _person_after(trigger, sent, view, ("à", "au", "aux"), reach=14, width=8,
                             stop_at_verb=True)
        return [(heir, "syntax")] if heir else []
    head = trigger.head
    if trigger.dep_ == "acl" and frame.kind != "founding" and head.pos_ == "NOUN" and \
            head.i < trigger.i and view.ent(head) is None and _bare_participle(trigger) and \
            not (head.i == trigger.i - 1 and head.i > 0 and trigger.doc[head.i - 1].text == ","
                 and _apposition_adverb(head)):
        # (not an adverb the model took for a noun: "X, fraîchement nommé à la tête de")
        # "l'ancien militant devenu un ministre médiatique": the one the noun describes,
        # not a name before it ("X et Y vont trouver un successeur à l'ancien militant")
        named = view.ent(trigger.doc[trigger.i + 1]) if trigger.i + 1 < sent.end else None
        if named is not None and named.label_ == "PER" and named.start == trigger.i + 1 and \
                frame.kind == "appointment":
            # "le Premier ministre désigné X" (but "un message signé X" is a signature)
            return [(view.person_name(named), "syntax")]
        noun = head.lower_.removeprefix("ex-")
        if noun in lexicon().person_nouns or noun.endswith(lexicon().person_noun_endings):
            name = _description_person(head, view)
            return [(name, "focus")] if name else []
        return []
    if _made_to(trigger, lexicon()):
        # "il l'a fait entrer au gouvernement", "a fait venir X chez Renault": the one made
        # to move, never the subject of "faire"; an object pronoun is left unread
        named = view.ent(doc[trigger.i + 1]) if trigger.i + 1 < sent.end else None
        return [(view.person_name(named), "syntax")] if named is not None and \
            named.label_ == "PER" and named.start == trigger.i + 1 else []
    # the object of a control verb before the trigger ("convaincre X de rejoindre"), if any
    between = _controlling_object(trigger, lexicon())
    described = _described_controller(trigger, between, view, lexicon())
    if described is not None:
        # "l'affaire avait conduit ce fidèle d'Emmanuel Macron à quitter le gouvernement",
        # "l'affaire l'a conduit à quitter": the person the object stands for
        return [(described, "focus")] if described else []
    if _controlled_by_object(between):
        return []  # "convaincre les partis de rejoindre sa liste": the object would move
    controller, asked = _object_controller(trigger, between, view, lexicon())
    if asked:
        return []  # "a demandé à X de quitter Renault": asked, not told
    if controller:
        return [(controller, "syntax")]  # "a convaincu X de rejoindre Y"
    if _group_possessor(trigger):
        return []  # "leur refus d'entrer au gouvernement": theirs, no single person
    if frame.obj == "to" and frame.kind != "founding" and any(
        e is not None and e.label_ == "LOC"
        for e in (view.ent(c) for c in trigger.children if c.dep_ == "obj")
    ):
        return []  # "rejoindre la France", "intégrer la Russie dans le G8": a place (but
        # what is founded is no place: "fonder Lumen", see _founded_place)
    if frame.obj == "to" and frame.lemma in lexicon().placing_verbs and _placed_object(trigger):
        return []  # "de mieux les intégrer dans l'entreprise": the object is put there
    if passive and frame.kind in ("join", "departure") and frame.obj in ("to", "from") and \
            trigger.i + 1 < sent.end and doc[trigger.i + 1].lower_ == "par" and \
            _agent_person(trigger, sent, view):
        # "X est rejoint par Y": Y joins X; the one joined is not the one who moves, and
        # joining a person is no move between organisations
        return []
    if passive or frame.obj != "person":
        if passive and frame.kind == "founding":
            agents = _agents(trigger, sent, view)  # "fondée en 2002 par X"
            if agents or _bare_participle(trigger):
                # without "par", no founder is named ("l'émission \"Le club Lumni\",
                # créée en plein confinement" is not its host's)
                return agents
        if "Part" in trigger.morph.get("VerbForm") or trigger.lower_.endswith(
            _PARTICIPLE_ENDINGS + _U_ENDINGS
        ) or trigger.lower_ in _PARTI_FORMS:  # taken for a noun: "X, partie chez Capgemini"
            name = _name_before_comma(trigger, view)  # "X, parti après six mois"
            if name:
                return [(name, "syntax")]
        pair = _pair_subject(trigger, view)
        if pair:
            return [(name, "pair") for name in pair]  # "Tous deux ont quitté X"
        subj = _subject_token(trigger)
        if subj is not None and subj.lower_ in ("côté", "part") and any(
                c.lower_ in _POSSESSIVES for c in subj.children):
            subj = None  # "X a de son côté fondé", "pour sa part": an incidental phrase
        subj_ent = view.ent(subj) if subj is not None else None
        opening = _relative_opening(subj_ent, doc[sent.start], trigger) \
            if subj_ent is not None and subj_ent.label_ == "PER" else None
        if opening is not None:
            # "Celui qui avait rejoint X dès 2016 a été nommé": the parse made X the
            # subject; the one the relative clause describes is
            subj = doc[opening.i - 1]
        if subj is not None and _before_adverbs(trigger) <= subj.i < trigger.i:
            subj = None  # "Sitôt désigné ministre, X": an adverb the model took for a name
        if subj is not None and subj.ent_type_ == "PER" and any(
                c.dep_ == "case" for c in subj.children):
            subj = None  # "Outre X, promu à l'Intérieur, Y fait son retour en prenant
            # les rênes de Z": a name after a preposition, taken for the subject
        if subj is not None and subj.i > trigger.i and (subj.pos_ == "NOUN" or (
                _after_auxiliary(trigger) and not passive and frame.obj in ("to", "from"))) \
                and not _inverted(trigger) and not _fronted_infinitive(trigger):
            subj = None  # "X (Nord) quitte le mouvement": the object taken for the subject
            # (or a name after a verb whose object is the organisation: "..., avait rallié
            # Emmanuel Macron en 2017"; but "À sa tête a été nommé X", "Lui a succédé X")
        if subj is not None and subj.dep_ == "expl:subj" and subj.head.lemma_ == "falloir" and \
                not any(c.lower_ in _DATIVES for c in subj.head.children):
            return []  # "Il faudra remplacer le ministre": no one in particular (but "Il
            # lui faudra quitter Renault" is someone; "Il semble avoir quitté" too)
        if subj is not None and _group_subject(subj, view):
            members = _listed_members(trigger, sent, view)
            if members:  # "Plusieurs cadres ont quitté Renault, dont X et Y": each of them
                return [(name, "listed") for name in members]
            pair = _subject_pair_before(subj, view) if subj.lower_ in ("ils", "elles") else None
            if pair:  # "X et Y dirigent Renault. [...] ils auraient quitté Renault": both
                return [(name, "pair") for name in pair]
            return []  # "les deux hommes devraient quitter le gouvernement", "ils ont
            # quitté Renault": several people, not one of them
        if passive and subj is not None and _unnamed_new_holder(subj):
            name = _name_closing_clause(trigger, sent, view)
            if name:  # "Un nouveau rédacteur en chef a été nommé, X": the name set after
                return [(name, "syntax")]
        name, how = _person_from_token(subj, view)
        if name:
            return [(name, how)]
        if subj is not None and subj.lower_ == "qui" and _thing_before(subj, view):
            return []  # "\"Balance ton post\" (qui remplace ...)": a programme, not a person
        if subj is not None and subj.lower_ == "qui" and subj.i > 0 and \
                doc[subj.i - 1].lower_ in _GENERIC_PERSONS and not any(
                    c.dep_ == "nsubj" and c.ent_type_ == "PER" for c in doc[subj.i - 1].children):
            # "tu serais la personne qui devrait remplacer X": no one named (but "X est
            # l'homme qui va remplacer Y" is X)
            return []
        no_one_subject = subj is not None and (subj.lower_ in _NO_ONE or any(
            c.dep_ == "det" and c.lower_ in _NO_ONE for c in subj.children))
        # (whatever the parse made the subject: "personne" right before the negation and
        # the trigger's auxiliaries, not "Nul ne sait quand X partira", "Personne n'est
        # dupe : il quittera Renault")
        no_one_before = any(
            t.lower_ in _NO_ONE and doc[t.i + 1].lower_ in ("ne", "n'", "n’") and all(
                u.lower_ in _NEGATED_AUXILIARIES for u in doc[t.i + 2:trigger.i])
            for t in doc[max(sent.start, trigger.i - 6):trigger.i - 1])
        if no_one_subject or no_one_before:
            return []  # "Depuis X, aucun avocat n'avait été nommé garde des Sceaux"
        subj_ent = view.ent(subj) if subj is not None else None
        if passive and subj_ent is not None and subj_ent.label_ != "PER":
            return []  # "la Section 230 devrait être révoquée": not a person
        if subj is not None and subj.pos_ in ("NOUN", "PROPN") and view.ent(subj) is None \
                and subj.lower_ not in lexicon().person_nouns and subj.lower_ not in _PRONOUNS \
                and not (subj.lower_ in ("ans", "an", "mois")  # not "X, 49 ans, a quitté"
                         and any(c.dep_ == "nummod" for c in subj.children)):
            return []  # "60 salariés allaient partir": the subject is not a named person
        before = [e for e in people if e.end <= trigger.i]
        # not a complement, nor the one replaced ("X remplace Y et devient", but "X
        # remplace Y, qui a rejoint Z" is Y)
        before = [e for e in before if not _is_complement(e) and not _titled_complement(e)
                  and not _cited_as_source(e)
                  and _relative_opening(e, doc[sent.start], trigger) is None
                  and not (_after_adverbial_prep(e, people)
                           and not any(t.lower_ == "qui" for t in doc[e.end:trigger.i]))
                  and not (e.start > sent.start and doc[e.start - 1].pos_ == "VERB"
                           and doc[e.start - 1].lemma_ in _SUCCESSION and e.end < sent.end
                           and doc[e.end].lower_ == "et")]
        if passive and trigger.lower_.endswith(("ée", "ées")):
            # "L'ancienne conseillère de X, ..., de Martin Hirsch, a été nommée": not him
            before = [e for e in before if view.gender(e) != "Masc"]
        if before:
            return [(view.person_name(before[-1]), "nearest")]
        if (passive or trigger.lower_.endswith(_PARTICIPLE_ENDINGS + _U_ENDINGS)
                and _before_adverbs(trigger) == sent.start) and trigger.i - sent.start <= 2:
            # "Nommé délégué général de X en 2017, Y a ...", "Devenu directeur de X en
            # 2015, Y a ...": the subject after the clause
            name = _subject_after_clause(trigger, sent, view)
            if name:
                return [(name, "syntax")]
        # a pronoun or description subject the parser missed: not a clitic object ("qui
        # lui succédera": the one succeeded), nor past a relative "qui" of a move to come
        # ("celui qui lui succédera" names no one; "celui qui a quitté" may be the one
        # the article is about)
        if subj is not None and subj.pos_ == "PRON" and subj.lower_ in _INDEFINITE_SUBJECTS:
            return []  # "que l'un ou l'autre succède à un ministre": no one in particular
        for t in reversed(list(doc[sent.start:trigger.i])):
            if t.lower_ in ("lui", "leur") and t.dep_ in ("iobj", "obj"):
                continue
            if t.dep_ == "expl:subj" and t.head.lemma_ in _IMPERSONAL_VERBS:
                continue  # "Il semble prématuré que ...": an impersonal "il"
            if t.lower_ == "qui" and {"Fut", "Cnd"} & _tense(trigger):
                break
            if t.lower_ in _FIRST_PERSON:
                return [] if _we_of_the_house(t, view) else [(_speaker(t, view), "quote")]
            if t.lower_ in _PRONOUNS and (t.pos_ == "PRON" or (
                    t.lower_ in ("celui", "celle") and doc[t.i + 1].lower_ == "qui")):
                return [(view.focus_person(sent.start, gender=anaphor_gender(t),
                                           subject=t.lower_ in _SUBJECT_PRONOUNS,
                                           pronoun=True), "focus")]
            if t.pos_ == "NOUN" and t.lemma_ in lexicon().person_nouns and \
                    "Plur" in t.morph.get("Number") and t.dep_.startswith("nsubj"):
                return []  # "les deux hommes devraient quitter le gouvernement": several
            if t.pos_ == "NOUN" and t.lower_ in lexicon().person_nouns and \
                    any(d.lower_ in ("le", "la", "l'", "ce", "cette") for d in t.children):
                name = _description_person(t, view)
                if name:
                    return [(name, "focus")]
        return []
    # active verb whose object is the person: "Anthropic a recruté X", "a limogé son
    # entraîneur Frédéric Moreau" (not past a conjunction or another verb), past the words
    # the verb needs ("a mis un terme au contrat de son entraîneur, X")
    needed = 0
    if frame.needs:
        said = spaced([t.lower_ for t in doc[trigger.i + 1:trigger.i + 7]]).strip()
        needed = max((len(n.split()) for n in frame.needs if said.startswith(n.lower())),
                     default=0)
    for k in range(trigger.i + 1, min(sent.end, trigger.i + 8 + needed)):
        tok = doc[k]
        ent = view.ent(tok)
        if ent is not None and ent.label_ == "PER":
            return [(view.person_name(ent), "syntax")]
        if tok.text in CLOSING_QUOTES and trigger.i > 0 and \
                doc[trigger.i - 1].text in OPENING_QUOTES:
            continue  # the end of a quoted verb: 'de "démettre rapidement" X'
        if (tok.is_punct and tok.text not in ("'", "-")) or tok.pos_ in ("CCONJ", "VERB", "AUX"):
            named = _titled_object(trigger, k, view, needed) or _named_after_colon(trigger, view)
            if named:
                return [(named, "syntax")]  # "a limogé le président de Radio France, X"
            break
    for child in trigger.children:
        if child.dep_ == "obj" and child.lower_ in ("le", "la", "l'", "les"):
            if child.lower_ in _OBJECT_CLITICS and _clitic_of_thing(child):
                return []  # "se séparer du journal pour le transférer": the paper
            return [(view.focus_person(sent.start), "focus")]
    return []


def _named_after_colon(trigger: Token, view: DocView) -> str:
    """The name closing the sentence after a colon, when the verb's object is an
    indefinite title given to someone not yet named ("en recrutant une journaliste du
    service public pour remplacer la star de son JT : X."); "" otherwise."""
    sent = trigger.sent
    doc = trigger.doc
    if not any(c.dep_ == "obj" and _unnamed_new_holder(c) for c in trigger.children):
        return ""
    colon = next((t.i for t in doc[trigger.i + 1:sent.end] if t.text == ":"), None)
    ent = view.ent(doc[colon + 1]) if colon is not None and colon + 1 < sent.end else None
    if ent is None or ent.label_ != "PER" or ent.start != colon + 1 or not all(
            t.is_punct or t.is_space for t in doc[ent.end:sent.end]):
        return ""
    return view.person_name(ent)


def _holder_named_after_colon(trigger: Token, sent: Span, view: DocView) -> str:
    """The name right after a colon that closes an event noun's "de" complement, when
    that complement is a title with no name ("la nomination du plus jeune ministre de
    l'histoire : X", "l'arrivée d'une nouvelle directrice : X"); "" otherwise."""
    doc = trigger.doc
    lex = lexicon()
    if trigger.i + 1 >= sent.end or doc[trigger.i + 1].lower_ not in _DE_FORMS:
        return ""
    colon = next((t.i for t in doc[trigger.i + 1:min(sent.end, trigger.i + 16)]
                  if t.text == ":"), None)
    if colon is None or colon + 1 >= sent.end:
        return ""
    words = doc[trigger.i + 1:colon]
    if any(t.ent_type_ == "PER" or t.pos_ in ("VERB", "AUX") or t.text in (",", ";")
           for t in words) or not any(t.lower_ in lex.person_nouns or t.lower_ in lex.roles
                                      for t in words):
        return ""
    ent = view.ent(doc[colon + 1])
    if ent is None or ent.label_ != "PER" or ent.start != colon + 1:
        return ""
    return view.person_name(ent)


def _titled_object(trigger: Token, comma: int, view: DocView, needed: int = 0) -> str:
    """The name in apposition to the title a verb takes as its object, after the comma at
    ``comma`` that closes the title ("a limogé le président de Radio France, Paul
    Lefèvre"); "" when the object is no title of a person or no name follows."""
    doc = trigger.doc
    if doc[comma].text != "," or comma + 1 >= trigger.sent.end:
        return ""
    k = trigger.i + 1 + needed  # past the words the verb needs ("mettre un terme au
    deputy = False  # "a nommé son second, X", "son bras droit, X"
    if doc[k].lower_ in _OBJECT_DETERMINERS:  # contrat de son entraîneur, X")
        deputy = doc[k].lower_ in _POSSESSIVES and needed == 0 and tuple(
            t.lower_ for t in doc[k + 1:comma]) in lexicon().deputy_nouns
        k += 1
    elif needed and doc[k - 1].lower_ in _OBJECT_DETERMINERS:
        # the words the verb needs end with the title's determiner ("s'est séparé de son
        # directeur financier, X")
        deputy = doc[k - 1].lower_ in _POSSESSIVES and tuple(
            t.lower_ for t in doc[k:comma]) in lexicon().deputy_nouns
    else:  # the complement of those words: "a mis fin aux fonctions de son PDG, X"
        k = next((j + (1 if doc[j].lower_ == "du" else 2)
                  for j in range(k, min(comma - 1, k + 5))
                  if doc[j].lower_ == "du" or (doc[j].lower_ in ("de", "d'", "d’")
                                               and doc[j + 1].lower_ in _OBJECT_DETERMINERS)),
                 comma)
    while k < comma and doc[k].pos_ == "ADJ":
        k += 1  # "le nouveau directeur"
    lex = lexicon()
    if not deputy and (k >= comma or (doc[k].lower_ not in lex.person_nouns and
                                      _role_at(doc, k, lex, comma)[1] <= k)):
        return ""  # (a deputy's noun needs no title: the one in apposition moves)
    named = view.ent(doc[comma + 1])
    if named is None or named.label_ != "PER" or named.start != comma + 1:
        return ""
    return view.person_name(named)


# Verbs whose "il" is impersonal ("il semble", "il faut", "il paraît").
_IMPERSONAL_VERBS = frozenset({"sembler", "falloir", "paraître", "suffire", "agir", "rester",
                               "valoir", "exister", "manquer"})
# Nouns of a person that name no one in particular before "qui" ("la personne qui
# devrait remplacer X", "l'homme qui succédera à Y").
_GENERIC_PERSONS = frozenset({"personne", "personnes", "homme", "femme", "personnalité",
                              "profil", "quelqu'un"})
# Pronouns that name no one in particular as a subject ("l'un ou l'autre", "aucun").
_INDEFINITE_SUBJECTS = frozenset({"un", "une", "aucun", "aucune", "chacun", "chacune",
                                  "personne", "certains", "certaines", "plusieurs", "tous"})


def _of_another_noun(trigger: Token) -> bool:
    """A title that complements another noun: "petit-fils du fondateur", "la veuve du
    fondateur de X", "l'équipe du nouveau directeur" (not a move's own noun: "la
    nomination du nouveau directeur")."""
    doc = trigger.doc
    k = trigger.i - 1
    if k >= 2 and doc[k].lower_ == "des" and doc[k - 1].lower_ in _ARTICLES:
        k -= 2  # "le fils de l'un des fondateurs", "le fils d'un des fondateurs"
        if doc[k].lower_ in ("de", "d'", "d’"):
            k += 1  # (read as "de la" below)
    if k >= 0 and doc[k].lower_ in ("nouveau", "nouvelle", "nouvel", "ancien", "ancienne"):
        k -= 1
    if k >= 1 and doc[k].lower_ in ("la", "l'", "l’", "un", "une") and \
            doc[k - 1].lower_ in ("de", "d'", "d’"):
        k -= 1
    elif not (k >= 0 and doc[k].lower_ == "du"):
        return False
    lex = lexicon()
    return k >= 1 and doc[k - 1].pos_ == "NOUN" and doc[k - 1].lower_ not in lex.person_nouns \
        and doc[k - 1].lemma_ not in lex.nouns  # "la nomination du nouveau DG X" is X's


def _founds_a_thing(trigger: Token, view: DocView, lex: Lexicon) -> bool:
    """A founding verb whose direct object is a common noun that is not an organisation
    ("a lancé un site", "a créé une application"): what is founded is not named as an
    organisation."""
    for child in trigger.children:
        if child.dep_ != "obj" or child.pos_ != "NOUN" or view.ent(child) is not None:
            continue
        if child.i in view.designated or compound(child.doc, child.i)[0] in lex.org_descriptions:
            continue  # "a fondé la start-up", "a créé le parti"
        if child.lower_ in lex.roles or _is_public_office(child.lower_, lex):
            return True  # '"...", a lancé sur BFMTV le député LFI X': a person, who speaks
        if any(e is not None and e.label_ == "ORG" for e in map(view.ent, child.subtree)):
            continue  # "a lancé la plateforme Molotov"
        return True
    return False


def _group_possessor(trigger: Token) -> bool:
    """An infinitive complement of a noun owned by several people ("leur refus
    d'entrer", "notre décision de quitter"): its subject is not one person."""
    doc = trigger.doc
    for head in _infinitive_governors(trigger):
        if head.pos_ != "NOUN":
            continue
        owners = [c.lower_ for c in head.children if c.dep_ in ("det", "nmod:poss")]
        if head.i > 0:
            owners.append(doc[head.i - 1].lower_)
        if any(w in ("leur", "leurs", "notre", "nos", "votre", "vos") for w in owners):
            return True
    return False


def _apposition_adverb(tok: Token) -> bool:
    """An adverb of an apposition's participle ("tout", "fraîchement", "récemment"), which
    the model may tag as a noun or an adjective."""
    return tok.lower_ in lexicon().apposition_adverbs or (
        tok.lower_.endswith("ment") and tok.pos_ in ("ADV", "NOUN", "ADJ"))


def _name_before_comma(trigger: Token, view: DocView) -> str:
    """The person named right before ``, trigger`` (a participle in apposition)."""
    doc = trigger.doc
    i = trigger.i - 1
    # "X, tout fraîchement nommée", "X, récemment promu": adverbs before the participle
    while i > trigger.i - 4 and i > 0 and _apposition_adverb(doc[i]):
        i -= 1
    if i < 1 or doc[i].text != ",":
        return ""
    ent = view.ent(doc[i - 1])
    if ent is None or ent.label_ != "PER":
        return ""
    if _is_complement(ent) and any(t.lower_ in ("puis", "ensuite") for t in doc[i:trigger.i]):
        return ""  # "qui a cédé les rênes à X, puis quitté le magazine": the verb before's
    return view.person_name(ent)


def _subject_after_clause(trigger: Token, sent: Span, view: DocView) -> str:
    """The person right after the comma that closes a participial clause opening the
    sentence ("Nommé en 2017, X a ..."; "Arrivée en 2019, elle ..." is the focus)."""
    doc = trigger.doc
    # the first comma, or a later one after an incidental phrase ("Fraîchement élu
    # président de X, avec 40 voix sur 63, Y a ...")
    commas = [t.i for t in doc[trigger.i:min(sent.end, trigger.i + 21)] if t.text == ","]
    for comma in commas[:2]:
        for k in range(comma + 1, min(sent.end, comma + 4)):
            ent = view.ent(doc[k])
            if ent is not None and ent.label_ == "PER":
                return view.person_name(ent)
            if doc[k].lower_ in ("celui", "celle") and k + 2 < sent.end and \
                    doc[k + 1].lower_ in ("de", "du", "d'", "d’"):
                # "Autre départ, celui de X": X; "Autre retour, celui du magazine": a thing
                named = view.ent(doc[k + 2])
                return view.person_name(named) if named is not None and \
                    named.label_ == "PER" and named.start == k + 2 else ""
            if doc[k].lower_ in _PRONOUNS and doc[k].pos_ == "PRON":
                return view.focus_person(sent.start, gender=anaphor_gender(doc[k]),
                                         subject=doc[k].lower_ in _SUBJECT_PRONOUNS,
                                         pronoun=True)
            if doc[k].pos_ == "NOUN" and \
                    doc[k].lower_.removeprefix("ex-") in lexicon().person_nouns:
                # "Après avoir présenté sa démission, l'ex-directeur de campagne de X, Y,
                # sort un livre": the name in apposition to the description
                name = _description_person(doc[k], view, strict=True)
                if name:
                    return name
            if doc[k].pos_ not in ("DET", "ADJ", "NOUN", "PROPN"):
                break
    return ""


def _in_opening_phrase(trigger: Token, sent: Span, time_ago: bool = False) -> bool:
    """No finite verb stands before the trigger in its sentence: the trigger is in the
    phrase that opens it; with ``time_ago``, the "a" of "il y a" does not count ("Nommée
    il y a quinze jours pour succéder à X, ...")."""
    return not any("Fin" in t.morph.get("VerbForm") and not (time_ago and _time_ago(t))
                   for t in sent.doc[sent.start:trigger.i])


def _description_after_clause(trigger: Token, sent: Span, view: DocView) -> Token | None:
    """The common noun of a person, not part of a name, that is the subject of the
    sentence within three words after the first comma after ``trigger``, which closes the
    phrase opening the sentence ("Après des mois de spéculations sur son départ, le
    ministre de l'Économie a présenté"), or None."""
    doc = trigger.doc
    comma = next((t.i for t in doc[trigger.i:min(sent.end, trigger.i + 21)] if t.text == ","),
                 None)
    if comma is None:
        return None
    for k in range(comma + 1, min(sent.end, comma + 4)):
        tok = doc[k]
        if tok.pos_ == "NOUN" and tok.lower_.removeprefix("ex-") in lexicon().person_nouns:
            return tok if tok.dep_ in ("nsubj", "nsubj:pass") else None
        if tok.pos_ not in ("DET", "ADJ") or view.ent(tok) is not None:
            return None
    return None


_INDEFINITE = frozenset({"un", "une", "des", "d'"})
_DEMONSTRATIVE = frozenset({"ce", "cet", "cette", "ces"})


def _controlling_object(trigger: Token, lex: Lexicon) -> Span | None:
    """What stands between an infinitive trigger and the verb before it whose object is
    the trigger's subject ("convaincre X de rejoindre", "a chargé le général X, commandant
    de Y, d'assurer l'intérim"), or None."""
    doc = trigger.doc
    if "Inf" not in trigger.morph.get("VerbForm") and \
            not trigger.lower_.endswith(_INFINITIVE_ENDINGS):
        return None
    if trigger.i >= 2 and doc[trigger.i - 2].lower_ in ("avant", "afin", "sans", "après"):
        return None  # "a conduit la délégation avant de quitter": the subject's own move
    quote = None  # the one quotation opening between the verb and the trigger, if any
    for k in range(trigger.i - 1, max(trigger.sent.start - 1, trigger.i - 26), -1):
        tok = doc[k]
        if (tok.pos_ in ("VERB", "AUX", "NOUN") and tok.lemma_ in lex.object_control_verbs) \
                or (tok.pos_ in ("VERB", "ADJ") and tok.is_lower
                    and (tok.lower_ in _control_forms()
                         or (tok.pos_ == "ADJ" and tok.lemma_ in lex.object_control_verbs))):
            # (the small model leaves some verbs unlemmatised: "invite", or reads them as
            # adjectives: "pousse", "l'a contrainte à"; not the noun "Forces" of
            # "commandant des Forces terrestres", a form of "forcer")
            if quote is not None and quote - tok.i > 4:
                return None  # 'a appelé ses proches pour leur dire « je vais quitter »'
            return doc[tok.i + 1:trigger.i]
        if tok.is_quote and quote is None and not any(
                t.is_quote or t.lower_ in _FIRST_PERSON for t in doc[tok.i + 1:trigger.i]):
            quote = tok.i  # 'a appelé "Microsoft et les autres à rejoindre IBM"': the
            continue  # quotation of the call itself, opened right after the verb
        if tok.is_punct and tok.text not in (",", "'"):
            break
    return None


@lru_cache(maxsize=1)
def _control_forms() -> dict[str, str]:
    """The forms of the object-control verbs in -er, conjugated ("invite", "invitent":
    "inviter")."""
    return _verb_forms(lexicon().object_control_verbs, {})


# Third-person reflexive pronouns: "s'est fait élire" is the subject's own move ("il m'a
# fait quitter Renault" moves "me", whom the rules do not resolve).
_CAUSATIVE_REFLEXIVES = frozenset({"se", "s'", "s’"})


def _made_to(trigger: Token, lex: Lexicon) -> bool:
    """An infinitive trigger right after a form of "faire", not reflexive: a causative
    ("l'a fait entrer au gouvernement"), whose subject is not the one who moves ("s'est
    fait élire", "se fait recruter" are the subject's own moves)."""
    doc = trigger.doc
    if trigger.i < 1 or "Inf" not in trigger.morph.get("VerbForm") and \
            not trigger.lower_.endswith(_INFINITIVE_ENDINGS):
        return False
    faire = doc[trigger.i - 1]
    if faire.lemma_ != "faire" and faire.lower_ != "faire" and \
            lex.verb_forms.get(faire.lower_) != "faire":
        return False
    start = max(trigger.sent.start, faire.i - 3)
    return not any(t.lower_ in _CAUSATIVE_REFLEXIVES for t in doc[start:faire.i])


def _controlled_by_object(between: Span | None) -> bool:
    """An infinitive trigger after a verb whose object is its subject ("pousser les partis à
    quitter"), when that object (``between``, see :func:`_controlling_object`) is not a
    named person."""
    return between is not None and not any(t.ent_type_ == "PER" for t in between) and \
        any(t.pos_ in ("NOUN", "PROPN", "PRON", "ADJ") for t in between)  # ("les salariés",
    # read as an adjective)


def _described_controller(trigger: Token, between: Span | None, view: DocView,
                          lex: Lexicon) -> str | None:
    """The person a control verb's object stands for when it is no name: a person's
    description in the singular ("a conduit ce fidèle de X à quitter", the person in focus
    it describes) or an object pronoun before the verb ("l'a conduit à quitter"). "" when
    the object is such a description that stands for no one, or the verb only asks for the
    move ("a demandé au ministre de partir"); None when the object is neither (a name, "les
    salariés": see :func:`_object_controller` and :func:`_controlled_by_object`).
    ``between``: the control verb's object (:func:`_controlling_object`)."""
    if between is None or trigger.i == 0 or trigger.doc[trigger.i - 1].lower_ not in (
            "de", "d'", "d’", "à"):
        return None
    doc = trigger.doc
    verb = doc[between.start - 1]
    if any(e.label_ == "PER" and not _is_complement(e) for e in view.ents_in(between)):
        return None  # a name: see _object_controller
    noun = next((t for t in between if t.pos_ in ("NOUN", "PROPN", "ADJ")), None)
    if noun is not None:
        if noun.lower_ not in lex.person_nouns or "Plur" in noun.morph.get("Number") or \
                noun.i > between.start and doc[noun.i - 1].lower_ in ("les", "des", "ces"):
            return None
        if verb.lemma_ in lex.demand_verbs:
            return ""
        return _description_person(noun, view)
    clitic = next((t for t in doc[max(verb.sent.start, verb.i - 3):verb.i]
                   if t.lower_ in _OBJECT_CLITICS and t.pos_ == "PRON"), None)
    if clitic is None:
        return None
    if verb.lemma_ in lex.demand_verbs:
        return ""
    # never the verb's own subject, a name or a pronoun right before the object ("X l'a
    # convaincu de rejoindre Y", "Il l'a poussée à quitter")
    before = doc[clitic.i - 1] if clitic.i > verb.sent.start else None
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubj:pass",
                                                             "expl:subj")), None)
    if subject is None and before is not None and (
            before.lower_ in _SUBJECT_PRONOUNS or before.ent_type_ == "PER"):
        subject = before
    exclude = _person_from_token(subject, view)[0] if subject is not None else ""
    # the participle agrees with the object before it: "l'a convaincue" is a woman
    gender = anaphor_gender(clitic) or (
        "Fem" if "Fem" in verb.morph.get("Gender") and clitic.lower_ in ("l'", "l’") else "")
    return view.focus_person(clitic.i, gender=gender, exclude=exclude)


def _object_controller(trigger: Token, between: Span | None, view: DocView,
                       lex: Lexicon) -> tuple[str, bool]:
    """The named person a control verb's object (``between``, see
    :func:`_controlling_object`) makes the trigger's subject ("a chargé le général X
    d'assurer l'intérim"), or "", and whether the verb only asks for the move ("a demandé à
    X de quitter")."""
    if between is None or trigger.i == 0 or trigger.doc[trigger.i - 1].lower_ not in (
            "de", "d'", "à"):
        return "", False  # not "le secrétaire d'État chargé du Numérique X pourrait quitter"
    # not a name after "de": "a conduit ce fidèle d'Emmanuel Macron à quitter" is the fidèle
    people = [e for e in view.ents_in(between) if e.label_ == "PER" and not _is_complement(e)]
    if not people:
        return "", False
    return view.person_name(people[0]), trigger.doc[between.start - 1].lemma_ in lex.demand_verbs


def _non_person_subject(trigger: Token, view: DocView) -> bool:
    """The verb governing a possessed event noun has a subject that is not a person
    ("le comité a remis sa démission", "l'entreprise annonce son départ de Chine")."""
    subj = _noun_subject_of_possessed(trigger, view)
    return subj is not None and subj.lower_ not in lexicon().person_nouns \
        and subj.lower_ not in lexicon().demonyms


def _causer(ent: Span, trigger: Token, lex: Lexicon) -> bool:
    """The person is the subject of "être" and a phrase causing the possessed event noun at
    ``trigger`` ("X est derrière son renvoi", "X est à l'origine de son limogeage";
    ``causing_phrases`` in the YAML)."""
    doc = trigger.doc
    if not 0 < trigger.i - ent.end <= 8 or ent.root.dep_ not in ("nsubj", "ccomp"):
        # (a subject, or the head of a clause the parse hung on the name)
        return False
    head = ent.root.head
    between = [t for t in doc[ent.end:trigger.i] if not t.is_quote and t.pos_ != "ADV"]
    if not between or between[0].lemma_ != "être" or any(
            t.lower_ in ("lui-même", "elle-même") for t in between):  # "X est lui-même à
        # l'origine de sa démission"
        return False  # "X, responsable du marketing, annonce sa démission", "X, assis
        # derrière son bureau": a title or a place, not a cause ("X a provoqué son départ
        # en insultant le conseil" is X's own)
    said = spaced([t.lower_ for t in between])
    # (its head, or the phrase's noun when the parse hung the event elsewhere, no verb
    # between them)
    return (head in (trigger, trigger.head) or not any(
        t.pos_ == "VERB" for t in doc[ent.end:trigger.i])) and any(
        f" {p} " in said for p in lex.causing_phrases)


def _described_possessor(trigger: Token, view: DocView) -> Token | None:
    """The noun of a person, not named there, subject of the verb governing a possessed
    event noun ("la directrice des laboratoires avait présenté sa démission": directrice),
    or None."""
    subj = _noun_subject_of_possessed(trigger, view)
    return subj if subj is not None and subj.lower_ in lexicon().person_nouns else None


def _noun_subject_of_possessed(trigger: Token, view: DocView) -> Token | None:
    """The common-noun subject, not a person's name, of the verb governing the event noun
    ``trigger``, or None."""
    head = trigger.head
    if head is trigger or head.pos_ not in ("VERB", "AUX"):
        return None
    subj = next((c for c in head.children if c.dep_ in ("nsubj", "nsubj:pass")), None)
    if subj is None and head.dep_ == "conj":  # "le comité a exprimé ... et a remis sa"
        subj = next((c for c in head.head.children if c.dep_ in ("nsubj", "nsubj:pass")),
                    None)
    if subj is None or subj.pos_ != "NOUN" or subj.i == trigger.i or \
            subj.left_edge.i <= trigger.i <= subj.right_edge.i:
        return None  # "son arrivée était attendue": the event is the subject
    ent = view.ent(subj)
    return subj if ent is None or ent.label_ != "PER" else None


def _award(trigger: Token, sent: Span, lex: Lexicon, view: DocView) -> bool:
    """``nommée humanitaire de l'année``, ``élu joueur du mois``: a prize, not a post
    (after the apposition of the name: "la nomination de X, président de Y, au rang
    d'officier de la Légion d'honneur")."""
    apposition = _apposition_length(trigger, sent.end, view)
    # past the name and its apposition, as far as right after a bare trigger
    end = trigger.i + 10 + (apposition + 4 if apposition else 0)
    after = spaced([t.lower_ for t in trigger.doc[trigger.i + 1:min(sent.end, end)]])
    return any(p in after for p in lex.award_phrases)  # "citoyen d'honneur"


def _with_coordinated(persons: list[tuple[str, str]], sent: Span, view: DocView,
                      trigger: Token, roles: Sequence[tuple[int, int, str, bool]]
                      ) -> list[tuple[str, str]]:
    """The persons plus those coordinated with them in the sentence ("Benjamin Griveaux
    et Mounir Mahjoubi ont quitté", "le départ de X, Y et Z"): names joined only by
    commas and "et", on the same side of the trigger, or, after the trigger, each
    followed by the title it gets (``roles``: "a nommé X président et Y directeur")."""
    if not persons:
        return persons
    doc = sent.doc
    people = [e for e in view.ents_in(sent) if e.label_ == "PER"]
    out = list(persons)
    names = {p for p, _ in persons}

    def add(ent: Span) -> None:
        name = view.person_name(ent)
        if name not in names:
            names.add(name)
            out.append((name, "coordinated"))

    for k, ent in enumerate(people):
        if view.person_name(ent) not in names:
            continue
        group = [ent]
        for step in (-1, 1):  # walk the list of names left and right
            j = k
            while 0 <= j + step < len(people):
                a, b = (people[j + step], people[j]) if step < 0 else (people[j], people[j + step])
                between = [t.lower_ for t in doc[a.end:b.start]]
                if between == ["ainsi", "que"] or (between in (
                        ["ou", "encore"], [",", "ou", "encore"]) and _lists_movers(sent)):
                    between = ["et"]  # "X ainsi que Y", "les départs de X, Y ou encore Z"
                if between[:1] == ["("] and ")" in between:
                    between = between[between.index(")") + 1:]  # "X (UDI) et Y (PRV)"
                elif _apposition_then_et(doc[a.end:b.start], view):
                    between = ["et"]  # "X, porte-parole du gouvernement, et Y"
                elif len(between) == 2 and between[0] in (",", "et") and \
                        between[1] in ("de", "d'", "d’") and a.start > 0 and \
                        doc[a.start - 1].lower_ == between[1]:
                    between = between[:1]  # "les arrivées de X et de Y": "de" repeated
                elif between[-1:] in (["et"], [","]) and a.start > trigger.i and any(
                        rs == a.end and re_ == b.start - 1 for rs, re_, _t, _f in roles):
                    between = between[-1:]  # "a nommé X président et Y directeur général"
                if not (between in ([","], ["et"]) or _described_conjunct(doc[a.end:b.start])) \
                        or a.start < trigger.i < b.end:
                    break  # ", et" joins clauses, not names
                group.append(people[j + step])
                j += step
        group.sort(key=lambda e: e.start)
        if group[-1].end <= trigger.i and _told_of_one(trigger):
            continue  # "après A et B, qui avait annoncé sa démission": B alone
        if len(group) > 1 and any(t.lower_ in ("et", "ainsi", "encore")
                                  for t in doc[group[0].end:group[-1].start]):
            for e in group:
                add(e)
    # "X rejoindra avec Y et Z la bande de chroniqueurs": those who move with X
    if trigger.pos_ in ("VERB", "AUX"):
        k = trigger.i + 1
        while k < sent.end and k - trigger.i <= 6 and doc[k].lower_ != "avec" and not (
                doc[k].is_punct or doc[k].pos_ in ("VERB", "AUX")
                or doc[k].lower_ in _ADJUNCT_OPENERS):
            k += 1  # "a quitté Renault avec X" (not "exclu de LR après son rapprochement
            # avec X": the company of another noun)
        if k < sent.end and doc[k].lower_ == "avec":
            j = k + 1
            while j < sent.end:
                ent = view.ent(doc[j])
                if ent is None or ent.label_ != "PER" or ent.start != j:
                    break
                add(ent)
                j = ent.end
                if j < sent.end and doc[j].lower_ in (",", "et"):
                    j += 1
    return out


def _lists_movers(sent: Span) -> bool:
    """"ou encore" closes a list of those who moved, not of those who might: the sentence
    holds no cue of a report ("X, Y ou encore Z sont pressentis pour succéder à W": at most
    one of them)."""
    cues = lexicon().reported_cues
    return not any(t.lower_ in cues or t.lemma_ in cues for t in sent)


# Subjects and determiners that name no one ("personne n'a été nommé", "aucun avocat").
_NO_ONE = frozenset({"personne", "aucun", "aucune", "nul", "nulle"})
# Auxiliaries and negation words between such a subject and its participle.
_NEGATED_AUXILIARIES = frozenset({"a", "ont", "avait", "avaient", "aura", "auront", "aurait",
                                  "été", "est", "sont", "était", "sera", "serait", "pas",
                                  "jamais", "encore", "plus", "ne", "n'", "n’"})

# Prepositions that open an adjunct of their own after a verb's complements.
_ADJUNCT_OPENERS = frozenset({"après", "avant", "pour", "depuis", "pendant", "malgré", "lors",
                              "suite", "dès"})


def _told_of_one(trigger: Token) -> bool:
    """The trigger is said of one person: a verb whose finite form is singular ("qui
    avait annoncé", "a quitté"), an event noun after "son"/"sa" ("sa démission"), or a
    singular noun in apposition after a comma ("X et Y, le fondateur de Z")."""
    if trigger.pos_ == "NOUN":
        det = _determiner(trigger)
        # (or a title in apposition to the last name: "Elon Musk, ou encore Bill Gates, le
        # fondateur de Microsoft")
        return det in ("son", "sa") or (
            det in ("le", "la", "l'", "l’") and "Sing" in trigger.morph.get("Number") and
            trigger.i >= 2 and trigger.doc[trigger.i - 2].text == ",")
    finite = [trigger] + [c for c in trigger.children if c.dep_.startswith("aux")]
    numbers = [t.morph.get("Number") for t in finite if "Fin" in t.morph.get("VerbForm")]
    return bool(numbers) and all(n == ["Sing"] for n in numbers)


def _apposition_then_et(between: Span, view: DocView) -> bool:
    """", <a title without verb nor name>, et" between two names: "Benjamin Griveaux,
    porte-parole du gouvernement, et Mounir Mahjoubi"."""
    toks = list(between)
    return 4 <= len(toks) <= 14 and toks[0].text == "," and toks[-1].lower_ == "et" and \
        toks[-2].text == "," and not any(
            t.pos_ in ("VERB", "AUX") or t.lower_ in ("qui", "que", "qu'", "dont", "et")
            or ((e := view.ent(t)) is not None and e.label_ == "PER")
            or (t.is_punct and t.text not in ("-", "'")) for t in toks[1:-2])


def _described_conjunct(between: Span) -> bool:
    """"et" (or "ainsi que", or a comma) then a description of the next name, as in "le
    social-démocrate Frans Timmermans et la libérale danoise Margrethe Vestager", "X,
    l'ex-socialiste Y ainsi que les députés corses Z"."""
    toks = list(between)
    opener = 2 if [t.lower_ for t in toks[:2]] == ["ainsi", "que"] else 1
    if not opener + 1 <= len(toks) <= opener + 4 or \
            (opener == 1 and toks[0].lower_ not in ("et", ",")):
        return False
    if opener == 1 and toks[0].lower_ == ",":
        # not a name after a preposition ("Selon X, le directeur Y et la ministre Z ont
        # rejoint"): an adjunct, not one of the list
        doc = between.doc
        k = between.start - 1
        while k > 0 and doc[k].ent_type_ == "PER":
            k -= 1
        if doc[k].pos_ == "ADP" or doc[k].lower_ in ("selon", "par", "pour", "avec"):
            return False
    rest = toks[opener:]
    if rest[0].pos_ == "DET":
        rest = rest[1:]
    return bool(rest) and all(
        t.pos_ in ("ADJ", "NOUN") and t.is_lower and not t.ent_type_ for t in rest)


def _determiner(tok: Token) -> str:
    """The determiner of a noun, past adjectives and ordinals ("une deuxième démission",
    "son brusque départ"); "" if none."""
    doc = tok.doc
    k = tok.i - 1
    while k >= 0 and tok.i - k <= 3 and (doc[k].pos_ in ("ADJ", "NUM") or doc[k].lower_ in (
        "deuxième", "troisième", "nouvelle", "nouveau", "nouvel", "second", "seconde"
    )):
        k -= 1
    return doc[k].lower_ if k >= 0 and doc[k].pos_ == "DET" else ""


def _has_de_person(trigger: Token, sent: Span, view: DocView) -> bool:
    """A named person in the complement of an event noun ("ce départ de X")."""
    doc = trigger.doc
    for k in range(trigger.i + 1, min(sent.end, trigger.i + 7)):
        ent = view.ent(doc[k])
        if ent is not None and ent.label_ == "PER":
            return doc[k - 1].lower_ in ("de", "d'", "du")
        if doc[k].is_punct or doc[k].pos_ in ("VERB", "AUX"):
            return False
    return False


def _description_person(tok: Token, view: DocView, strict: bool = False) -> str:
    """``le chercheur``: the person in focus; ``un chercheur de renom``: a person named
    just after (a description introduced before the name). A name in apposition right
    after the description (``le patron de Renault, Luca de Meo``) wins. With ``strict``
    (a description inside a noun phrase), only those two readings are allowed."""
    doc = tok.doc
    gender = anaphor_gender(tok)
    for k in range(tok.i + 1, min(tok.sent.end, tok.i + 16)):  # not the next sentence's
        ent = view.ent(doc[k])
        if ent is not None and ent.label_ == "PER" and (
            doc[ent.start - 1].lower_ not in ("de", "d'", "du", "des", "auprès")
            and not _opens_quote(ent)
        ) and not (gender and view.gender(ent) not in ("", gender)):
            # "cet ancien ministre de François Hollande" is not François Hollande, nor
            # "l'ancienne conseillère de ... du haut-commissaire Martin Hirsch" him
            return view.person_name(ent)
        if doc[k].pos_ in ("VERB", "AUX") or doc[k].text in (".", ";", ":"):
            break
    det = [c.lower_ for c in tok.children if c.dep_ == "det"]
    if any(d in ("un", "une") for d in det) or (
        tok.i > 0 and doc[tok.i - 1].lower_ in ("un", "une")
    ):
        if any(t.lower_ in _NEW_WORDS for t in doc[max(0, tok.i - 3):tok.i]):
            return ""  # 'un "nouveau Premier ministre" sera nommé, [...] X allait quitter son
            # poste': someone to come, not the next one named
        return view.next_person(tok.i, within=60) or ""
    if strict:
        return ""
    name = view.focus_person(tok.i, gender=anaphor_gender(tok), pronoun=True)
    others = _co_arguments(tok, view)
    if name and name in others:
        # "le ministre de l'Économie a présenté sa démission à François Hollande" is not
        # Hollande, however last named
        name = view.focus_person(tok.i, gender=gender, exclude=name)
    if name and _cited_last(name, tok, view):
        # "..., selon Christian Jacob. Le nouveau Premier ministre a quitté son parti": the
        # one quoted as a source is not the one described
        name = view.focus_person(tok.i, gender=gender, exclude=name)
    if name and any(view.person_name(e) == name for e in (view.ent(t) for t in tok.subtree)
                    if e is not None and e.label_ == "PER" and e.start > tok.i
                    and _is_complement(e)):
        return ""  # "le directeur de cabinet de Robert Ménard" is not Robert Ménard
    surname = name.split()[-1] if name else ""
    if surname and any(t.text == surname and t.i > tok.i and any(
            u.text in OPENING_QUOTES for u in doc[tok.i:t.i]) for t in tok.subtree):
        return ""  # nor 'le réalisateur du documentaire "Macron, en marche"' Macron
    demonstrative = any(d in ("ce", "cet", "cette") for d in det) or (
        tok.i > 1 and doc[tok.i - 2].lower_ in ("ce", "cet", "cette"))
    # "le député" among the deputies of an article, or "le ministre de la Santé", is not the
    # last person named if the text never gives that person the title ("le nouveau
    # ministre de X" announces the post itself; "cet ingénieur de 36 ans" names no post;
    # "cet ancien haut fonctionnaire du ministère", "cette militante" point back)
    complemented = tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ in ("de", "du", "des", "d'")
    titled = tok.lower_ in lexicon().described_person_nouns or (
        complemented and doc[tok.i - 1].lower_ not in _NEW_WORDS
        and not (tok.i + 2 < len(doc) and doc[tok.i + 2].like_num))
    # (of the organisation the description names, if any)
    of_org = next((e for e in (view.ent(t) for t in doc[tok.i + 1:tok.i + 4])
                   if e is not None and e.label_ == "ORG"), None)
    org_key = _key_of(of_org) if of_org is not None else ""
    if name and titled and not demonstrative and not view.described_as(
            name, tok.lower_, org_key) and not (name == view.main_person and _specific(tok)):
        # a bare title ("le député") stands for the last one given it before; one with a
        # complement ("le président du club", "le député du Nord") may be someone else's
        return "" if complemented else view.last_described(
            tok.i, tok.lower_, gender, exclude=[name, *others])
    return name


def _co_arguments(tok: Token, view: DocView) -> list[str]:
    """The persons said as other arguments of the verb whose subject is the description
    ``tok`` (an object or a complement, or a noun's apposition there), not inside a clause
    of their own: a subject and its verb's complement are two people."""
    verb = tok.head
    if tok.dep_ not in ("nsubj", "nsubj:pass") or verb.pos_ not in ("VERB", "AUX"):
        return []
    out = []
    for ent in view.ents_in(tok.sent):
        if ent.label_ != "PER" or tok.left_edge.i <= ent.start <= tok.right_edge.i:
            continue
        head = ent.root.head
        if head == verb or (head.head == verb and head.dep_ in ("obj", "obl", "obl:arg",
                                                                "obl:mod", "iobj")):
            out.append(view.person_name(ent))
    return out


def _cited_last(name: str, tok: Token, view: DocView) -> bool:
    """The last mention of ``name`` before ``tok`` is a source of the news, right after
    "selon" or "d'après" ("selon Christian Jacob")."""
    last = next((e for e in reversed(view.people) if e.start < tok.i
                 and view.person_name(e) == name), None)
    if last is None or last.start == 0:
        return False
    return _cited_as_source(last)


def _cited_as_source(ent: Span) -> bool:
    """A name the sentence cites as its source: right after "selon" or "d'après", or after
    a person's title between them ("Selon le journaliste de Libération Dominique
    Albertini"; not "D'après les informations du Monde X", where X is no source)."""
    doc, lex = ent.doc, lexicon()
    for k in range(ent.start - 1, max(-1, ent.start - 9), -1):
        if doc[k].lower_ in ("selon", "d'après", "d’après") or _split_d_apres(doc[k]):
            between = doc[k + 1:ent.start]
            return not len(between) or any(
                t.lower_ in lex.person_nouns or bool(_role_at(doc, t.i, lex, ent.start)[0])
                for t in between)
        if doc[k].is_punct or doc[k].pos_ in ("VERB", "AUX") or doc[k].lower_ in lex.source_nouns:
            return False
    return False


def _specific(tok: Token) -> bool:
    """Whether the description at ``tok`` says which post it is (``le ministre de
    l'Économie``, ``le député écologiste``), not only a title (``l'administrateur``), nor a
    post held beside another person (``le directeur de campagne du candidat``)."""
    mods = [c for c in tok.children if c.dep_ in ("nmod", "amod") and c.i > tok.i]
    person_nouns = lexicon().person_nouns
    return bool(mods) and not any(
        t.pos_ == "NOUN" and t.lower_ in person_nouns and "Sing" in t.morph.get("Number")
        and t.doc[t.i - 1].lower_ in ("du", "de", "d'", "d’", "la")
        for mod in mods for t in mod.subtree)


def _replaced(ent: Span) -> bool:
    """``successeur de X``, ``succéder à X``, ``remplacer X``: X is the one replaced."""
    doc = ent.doc
    left = list(doc[max(0, ent.start - 3):ent.start])
    # the succession word, then only a preposition, an article or a title before the name
    for k, tok in enumerate(left):
        if tok.lemma_.lower() in _SUCCESSION or tok.lower_ in _SUCCESSION:
            return all(t.lower_ in ("de", "d'", "du", "à", "au", "le", "la", "l'", "m.", "mme")
                       or t.pos_ in ("ADV",) for t in left[k + 1:])
    return False


def _in_preposed_adjunct(ent: Span, before: int, sent: Span) -> bool:
    """A name inside the phrase that opens the sentence ``sent`` before the subject at
    token ``before`` ("En novembre, à la demande du président François Mitterrand, il
    intègre", "Réconcilié avec Cyril Hanouna, l'animateur intégrera"): not the subject's
    person."""
    doc = ent.doc
    if ent.start <= sent.start or ent.end > sent.end:
        return False
    first = doc[sent.start]
    if first.pos_ not in ("ADP", "ADV", "VERB", "ADJ"):
        return False
    if any(t.pos_ in ("VERB", "AUX") and "Fin" in t.morph.get("VerbForm")
           for t in doc[sent.start:ent.start]):
        return False
    k = before - 1
    while k > ent.end and doc[k].pos_ == "DET":
        k -= 1
    return k >= ent.end and doc[k].text == ","


def _after_preposition(ent: Span) -> bool:
    """A name after a preposition, right after it or after a title ("selon X", "du doyen
    Shimon Peres", "proche de l'ancien Premier ministre Zhu Rongji"), or after a relation
    noun and a possessive ("sa sœur X"); not after another noun ("il y a peu de temps
    Manuel Valls était")."""
    doc, lex = ent.doc, lexicon()
    if ent.start >= 3 and doc[ent.start - 1].lower_ in lex.relation_nouns and \
            doc[ent.start - 2].lower_ in ("son", "sa", "ses", "leur", "leurs") and \
            doc[ent.start - 3].lower_ in (*_COMPLEMENT_PREPS, "et", "ou"):
        return True  # "avec sa mère et sa sœur Madeleine": a relative of someone named,
        # in a complement (not "Son fils X en a pris la direction": the subject)
    if not _is_complement(ent):
        return _after_titled_preposition(ent, lex)

    prev = doc[ent.start - 1]
    return prev.lower_ in _COMPLEMENT_PREPS or prev.lower_ in lex.person_nouns or bool(
        _role_at(doc, ent.start - 1, lex, ent.start)[0])


_QUALIFIER_STOPS = frozenset({"de", "du", "des", "d", "le", "la", "les", "et", "ou", "à", "au",
                              "aux", "en", "chez", "pour", "par", "sur"})


def _after_titled_preposition(ent: Span, lex: Lexicon) -> bool:
    """A name right after a title of several words that follows a preposition and its
    determiner ("de l'ancien Premier ministre Zhu Rongji", "du président américain X"),
    past up to two lower-case words that qualify it ("de l'ex-dirigeant communiste X")."""
    doc = ent.doc
    for rs in range(max(0, ent.start - 5), ent.start - 1):
        title, end, _former = _role_at(doc, rs, lex, ent.start)
        if not title or end > ent.start or ent.start - end > 2 or not all(
                t.is_alpha and t.is_lower and t.lower_ not in _QUALIFIER_STOPS
                for t in doc[end:ent.start]):
            continue
        preps = (*_COMPLEMENT_PREPS, "du", "des", "au", "aux")
        k = rs - 1
        while k >= 0 and rs - k <= 3 and doc[k].lower_ not in preps and (
                doc[k].lower_ in ("le", "la", "l'", "l’") or doc[k].text.isalpha()
                and doc[k].text.islower()):
            k -= 1  # "de l'ancien", "du nouveau" (sentences not parsed have no tags)
        return k >= 0 and k < rs and doc[k].lower_ in preps
    return False


def _is_complement(ent: Span) -> bool:
    """A name after ``de``/``par``/``selon``: not the subject."""
    doc = ent.doc
    if ent.start == 0:
        return False
    prev = doc[ent.start - 1]
    if prev.lower_ in _COMPLEMENT_PREPS:
        return True
    # "triomphe du doyen Shimon Peres": a title right after the preposition
    return ent.start >= 2 and prev.pos_ == "NOUN" and prev.text.islower() and \
        doc[ent.start - 2].lower_ in ("du", "des", "au", "aux", *_COMPLEMENT_PREPS)


def _in_apposition_of(ent: Span, first: Span, trigger: Token) -> bool:
    """``ent`` is named in the apposition between commas that follows the name ``first``,
    before the trigger ("X, conseiller d'Y, a annoncé sa démission": Y)."""
    doc = ent.doc
    if not first.end + 1 < ent.start or doc[first.end].text != "," or _is_complement(first) \
            or _after_adverbial_prep(first, [first]):
        return False  # (not "Comme Y, X, ministre de la Culture, a annoncé sa démission")
    close = next((t.i for t in doc[ent.end:trigger.i] if t.text == ","), None)
    return close is not None and not any(
        t.pos_ in ("VERB", "AUX") and "Fin" in t.morph.get("VerbForm")
        for t in doc[first.end:close])


def _titled_complement(ent: Span) -> bool:
    """A name after a preposition other than ``de``, its determiner and a title ("avec
    son fidèle adjoint Paul Girard"): not the subject of the verb that follows (but "le
    vétéran de l'info X" may be)."""
    doc = ent.doc
    k = ent.start - 1
    if k < 2 or not (doc[k].pos_ == "NOUN" and doc[k].text.islower()):
        return False
    k -= 1
    while k > ent.start - 4 and doc[k].pos_ in ("ADJ", "NOUN") and doc[k].text.islower():
        k -= 1
    return k >= 1 and doc[k].pos_ == "DET" and doc[k - 1].lower_ in _COMPLEMENT_PREPS and \
        doc[k - 1].lower_ not in _DE_FORMS


# Prepositions after which a name is a complement, not a subject.
_COMPLEMENT_PREPS = ("de", "d'", "par", "selon", "avec", "à", "pour", "contre", "sur", "chez")
# More prepositions whose name is no subject of the verb that follows ("X, après Y, quitte
# le parti" is X's move), though it may be a relative's antecedent ("après Y, qui a ...").
_ADVERBIAL_PREPS = ("après", "avant", "comme", "sans", "parmi", "outre", "derrière", "devant",
                    "envers", "vers", "auprès")


def _after_adverbial_prep(ent: Span, people: list[Span]) -> bool:
    """A name, or a list of names ("après François de Rugy et Jean-Vincent Placé"),
    governed by an adverbial preposition: not the subject."""
    doc = ent.doc
    start, joins = ent.start, []
    for other in reversed([e for e in people if e.end <= ent.start]):
        join = [t.lower_ for t in doc[other.end:start]]
        if join not in ([","], ["et"]):
            break
        start = other.start
        joins.append(join)
    if ["et"] not in joins:  # "D'après Puremédias, Anne-Sophie Lapix": no list
        start = ent.start
    return start > 0 and doc[start - 1].lower_ in _ADVERBIAL_PREPS


def _agents(trigger: Token, sent: Span, view: DocView) -> list[tuple[str, str]]:
    """``fondé par X et Y``, ``fondé par d'anciens employés d'OpenAI, dont X (CEO)``."""
    doc = trigger.doc
    out: list[tuple[str, str]] = []
    j = trigger.i + 1
    # "fondée en 2000 par X", "créée il y a deux ans par le Bordelais X"
    while j < min(sent.end, trigger.i + 8) and doc[j].lower_ != "par" and not (
            doc[j].pos_ in ("VERB", "AUX") and doc[j].lower_ != "a"
            or doc[j].text in (".", ";", ":")
            or view.ent(doc[j]) is not None and view.ent(doc[j]).label_ in ("PER", "ORG")):
        j += 1
    if j >= sent.end or doc[j].lower_ != "par":
        return out
    k = j + 1
    while k < sent.end:
        ent = view.ent(doc[k])
        if ent is not None and ent.label_ == "PER":
            if _is_complement(ent) and ent.start - 2 > j and doc[ent.start - 2].pos_ == "NOUN" \
                    and doc[ent.start - 2].lower_ not in lexicon().person_nouns:
                break  # "fondé en 1938 par le grand-père de X": by someone unnamed
            out.append((view.person_name(ent), "syntax"))
            k = ent.end
            continue
        if doc[k].pos_ in ("VERB", "AUX") and k > j + 2:
            break
        k += 1
    return out


def _appos_person(trigger: Token, sent: Span, view: DocView) -> list[tuple[str, str]]:
    """``X, cofondateur de Y`` / ``le cofondateur de Y, X`` / ``X (fondateur de Y)``.
    After a determiner ("le nouveau ministre, X") the name follows; a name introduced as
    the one replaced ("successeur de X, le nouveau ministre") is not the holder."""
    doc = trigger.doc
    people = [e for e in view.ents_in(sent) if e.label_ == "PER"]
    if trigger.lower_ in ("nouvelle", "fondatrice", "cofondatrice", "co-fondatrice"):
        # "Lors de sa passation avec Franck Riester, la nouvelle ministre": not him
        people = [e for e in people if view.gender(e) != "Masc"]
    if _of_another_noun(trigger):
        # "petit-fils du fondateur de Samsung, X": the founder is someone else; but a name
        # closing the title with no comma is the title's ("la mémoire du fondateur du RPR
        # et de l'UMP Jacques Chirac")
        governor = next((t for t in reversed(doc[max(0, trigger.i - 4):trigger.i])
                         if t.pos_ == "NOUN"), None)
        if governor is not None and governor.lower_ in lexicon().relation_nouns:
            return []  # "Le fils du fondateur d'Ikea Peter Kamprad a quitté": the son, maybe
        for tok in doc[trigger.i + 1:min(sent.end, trigger.i + 12)]:
            ent = view.ent(tok)
            if ent is not None and ent.label_ == "PER":
                return [(view.person_name(ent), "syntax")] if ent.start > trigger.i + 2 and \
                    doc[ent.start - 1].pos_ == "PROPN" else []
            if tok.is_punct or tok.pos_ in ("VERB", "AUX"):
                break
        return []
    if _determiner(trigger) in _DEMONSTRATIVE:
        return []  # "Cette nouvelle recrue, qui avait comme camarade X": told before
    member = trigger.head if trigger.head.lower_ in ("un", "une") else trigger  # "l'un des"
    head = member.head
    if member.dep_ == "conj" and head.pos_ == "NOUN" and head.i < trigger.i and (
            head.lemma_ in lexicon().nouns or head.lower_ in lexicon().person_nouns):
        # "X, fondateur d'Allociné et l'un des créateurs de Y": the first title's holder
        held = _appos_person(head, sent, view)
        if held:
            return held
    determined = trigger.i > 0 and doc[trigger.i - 1].lower_ in ("le", "la", "l'", "les", "du",
                                                                  "au", "ce", "cette") or \
        _one_of(doc, trigger.i) > 0
    before = [e for e in people if e.end <= trigger.i and trigger.i - e.end <= 4
              and not _replaced(e)]
    copular = (_copular_subject(trigger, people, view) if determined else "") or \
        _member_subject(trigger, view)
    if copular:
        # "X est la cofondatrice de Y", "X, 56 ans, est le", "X fait partie des fondateurs"
        return [(copular, "syntax")]
    after = [e for e in people if e.start > trigger.i and e.start - trigger.i <= 16
             and not _replaced(e)
             and not (_is_complement(e) and not _closes_new_title(e, trigger))  # "proche de X"
             and not _after_adverbial_prep(e, people)]  # nor "après X et Y"
    if determined and after:
        # "X, le nouveau président du CFCM, Y": the name that closes the title holds it
        title = doc[trigger.i + 1:after[0].start]
        if len(title) > 1 and title[-1].text == "," and sum(
            t.text == "," for t in title
        ) == 1 and not any(t.pos_ in ("VERB", "AUX") for t in title):
            return [(view.person_name(after[0]), "syntax")]
    if before:
        between = [t.lower_ for t in doc[before[-1].end:trigger.i]]
        one_of = _one_of(doc, trigger.i)  # "l'un des" (3 words), "un des" (2)
        if determined and not (between[:1] in ([","], ["("]) and (
                len(between) == 2 or (one_of and len(between) == 1 + one_of))):
            pass  # "le nouveau ministre, X": the name follows; "X, le fondateur de Y" is X
        elif all(w in (",", "(", "le", "la", "l'", "son", "sa", "et", "ancien", "ancienne", "-",
                     "est", "était", "en", "co", "nouveau", "nouvelle", "nouvel", "autre",
                     "tout", "toute", "juste", "déjà", "fraîchement", "récemment",
                     "également", "aussi", "désormais", "actuellement", "aujourd'hui")
                 for w in between) or (  # "X, tout nouveau président de Y", "X, également
                # cofondatrice du club"
                determined and (between[1:2] == ["l'"] or one_of == 2 and len(between) == 3
                                and between[0] in (",", "("))):
            # "X, l'un des fondateurs de Y", "X, un des fondateurs de Y", "X, autre
            # cofondateur de Y"
            return [(view.person_name(before[-1]), "syntax")]
        elif between[:1] == [","] and trigger.lower_.startswith("démissionnaire") and \
                trigger.i + 1 < sent.end and doc[trigger.i + 1].lower_ in _DE_FORMS and \
                not _is_complement(before[-1]) and not _in_opening_adjunct(before[-1]) and \
                _title_between(before[-1].end + 1, trigger.i, sent, view):
            # "X, directrice démissionnaire de Renault", "X, directeur général
            # démissionnaire de Danone": an adjective of leaving after the title in
            # apposition
            return [(view.person_name(before[-1]), "syntax")]
    if after and not determined and any(
            rs < trigger.i <= re_ <= trigger.i + 1  # (a title may end with the trigger)
            for rs, re_, _t, _f in find_roles(sent, lexicon(), view)):
        # "le Premier ministre démissionnaire X", "le ministre démissionnaire des Travaux
        # publics X": a title, the trigger that qualifies it, its complement, the name
        between = doc[trigger.i + 1:after[0].start]
        if len(between) <= 6 and not any(t.is_punct or t.pos_ in ("VERB", "AUX")
                                         for t in between):
            return [(view.person_name(after[0]), "syntax")]
    if after:
        between = doc[trigger.i:after[0].start]
        title_end = _role_at(doc, trigger.i + 1, lexicon(), sent.end)[1] \
            if trigger.lower_ in _NEW_HOLDER else trigger.i + 1
        # or with its complement: "la nouvelle secrétaire d'État à l'Écologie X"
        if determined and (after[0].start == title_end or any(
                rs == trigger.i + 1 and re_ == after[0].start
                for rs, re_, _t, _f in find_roles(sent, lexicon(), view))):
            return [(view.person_name(after[0]), "syntax")]  # "le nouveau DG Makoto Uchida"
        last = between[-1]
        if last.text == ")":  # "président du Conseil français du culte musulman (CFCM) X"
            opening = next((t for t in reversed(between) if t.text == "("), None)
            if opening is not None and opening.i > between.start:
                last = doc[opening.i - 1]
        if any(t.text == "," for t in between) or (
            view.ent(last) is not None and _organisation(view.ent(last))  # type: ignore[arg-type]
        ) or doc[after[0].start - 1].pos_ == "NOUN":
            return [(view.person_name(after[0]), "syntax")]
    return []


def _title_between(start: int, end: int, sent: Span, view: DocView) -> bool:
    """Tokens ``start``..``end`` are one job title, with its article if any ("directrice",
    "le directeur général", "secrétaire d'État"): nothing else stands between."""
    doc = sent.doc
    if start < end and doc[start].lower_ in ("le", "la", "l'", "l’"):
        start += 1
    return start < end and _role_at(doc, start, lexicon(), sent.end)[1] == end


def _closes_new_title(ent: Span, trigger: Token) -> bool:
    """The name right after a new holder's title whose complement is a noun of an
    organisation's kind, with no comma ("le nouveau patron du parti Olivier Faure"): the
    holder, in apposition to the title, not a complement of the noun before it."""
    doc = ent.doc
    if trigger.lower_ not in _NEW_TITLE or not 2 < ent.start - trigger.i <= 7 or any(
            t.is_punct for t in doc[trigger.i + 1:ent.start]):
        return False
    noun, link = doc[ent.start - 1], doc[ent.start - 2]
    kinds = lexicon().org_descriptions.get(noun.lower_)
    return kinds is not None and not kinds & _NAMED_AFTER_PEOPLE_KINDS and (
        link.lower_ in ("du", "des") or link.lower_ in ("la", "l'", "l’")
        and doc[ent.start - 3].lower_ == "de")


def _unnamed_holder(trigger: Token, view: DocView, title_end: int) -> bool:
    """``le fondateur du MoDem``, ``le nouveau patron de La République en Marche`` with no
    name beside it: a definite title (ending at token ``title_end``) with the name of the
    organisation right after it; not "un fondateur", nor "le fondateur de l'entreprise"
    (no name of an organisation), nor a title that complements another noun ("la veuve du
    fondateur de X")."""
    doc = trigger.doc
    if trigger.i == 0 or doc[trigger.i - 1].lower_ not in ("le", "la", "l'") or \
            _of_another_noun(trigger):
        return False
    k = title_end
    if k + 1 >= len(doc) or doc[k].lower_ not in ("de", "du", "d'", "d’"):
        return False
    k += 1
    while k < min(len(doc), title_end + 5) and view.ent(doc[k]) is None and \
            doc[k].pos_ in ("DET", "NOUN", "ADJ"):
        k += 1  # "le fondateur du réseau social Facebook"
    ent = view.ent(doc[k]) if k < len(doc) else None
    return ent is not None and ent.label_ == "ORG"


_PAIR_WORDS = (("tous", "deux"), ("toutes", "deux"), ("tous", "les", "deux"),
               ("toutes", "les", "deux"), ("les", "deux"))


def _pair_subject(trigger: Token, view: DocView) -> tuple[str, str] | None:
    """``Tous deux ont quitté Google DeepMind``, ``les deux ayant quitté l'équipe de X``:
    a subject that stands for two people names the last two persons named together ("X
    a cofondé Y avec Z", "X, son directeur de campagne, et Z") in that sentence or the
    four before; None for another subject, or for "les deux hommes" (a noun after it)."""
    doc = trigger.doc
    k = trigger.i - 1
    while k >= trigger.sent.start and trigger.i - k <= 4 and (
            doc[k].pos_ in ("AUX", "ADV") or doc[k].dep_ == "advmod"
            or doc[k].lower_ in ("ont", "ayant", "sont", "ne", "n'", "avaient", "étaient")):
        k -= 1  # the auxiliaries and adverbs of the verb: "ayant fraîchement quitté"
    if k < trigger.sent.start or doc[k].lower_ != "deux":
        return None
    for words in _PAIR_WORDS:
        start = k - len(words) + 1
        if start >= trigger.sent.start and \
                tuple(t.lower_ for t in doc[start:k + 1]) == words:
            break
    else:
        return None
    sents = sentences(doc)
    here = next((n for n, s in enumerate(sents) if s.start <= start < s.end), 0)
    for sent in reversed(sents[max(0, here - 4):here + 1]):
        people = [e for e in view.ents_in(sent) if e.label_ == "PER" and e.end <= start]
        for a, b in zip(reversed(people[:-1]), reversed(people[1:]), strict=True):
            first, second = view.person_name(a), view.person_name(b)
            between = {t.lower_ for t in doc[a.end:b.start]}
            if first != second and b.start - a.end <= 12 and between & _PAIR_LINKS:
                return first, second
    return None


_PAIR_LINKS = frozenset({"et", "avec", "ainsi"})


def _sentence_and_one_before(tok: Token) -> list[Span]:
    """The sentence before the token's, if any, and the token's own, in text order."""
    sent = tok.sent
    return [tok.doc[sent.start - 1].sent, sent] if sent.start > 0 else [sent]


def _owners_of_their(theirs: Token, trigger: Token, sent: Span,
                     view: DocView) -> list[tuple[str, str]] | None:
    """The persons of an event noun owned by "leur" that is the object of a verb ("ont
    annoncé leur départ"): each member a group subject lists ("Huit nouveaux ministres
    font leur entrée au gouvernement, parmi eux X et Y"), the pair "ils" stands for, or
    the two names joined by "et" that open the sentence as the verb's subject ("X et Y ont
    annoncé leur départ de Renault"); no one for a group with none of these; None when
    the subject is something else."""
    verb = trigger.head
    group = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if group is not None and _group_subject(group, view):
        members = _listed_members(trigger, sent, view)
        if members:
            return [(name, "listed") for name in members]
        pair = _subject_pair_before(group, view) if group.lower_ in ("ils", "elles") else None
        return [(name, "pair") for name in pair] if pair else []
    people = [e for e in view.ents_in(sent) if e.label_ == "PER" and e.end <= verb.i]
    pair = _subject_pair_before(theirs, view)
    if pair and len(people) == 2 and all(
            t.pos_ in ("AUX", "ADV") for t in trigger.doc[people[1].end:verb.i]):
        return [(name, "pair") for name in pair]
    return None


def _subject_pair_before(pronoun: Token, view: DocView) -> tuple[str, str] | None:
    """The two persons a plural subject pronoun (or "leur") stands for: two names joined by
    "et" that open its sentence or the one before, as their subject ("Paul Girard et Marc Dufour
    dirigent Renault. Selon X, ils auraient quitté Renault"), with no other person named
    between them and the pronoun but a source; None otherwise."""
    doc = pronoun.doc
    people = [e for sent in _sentence_and_one_before(pronoun) for e in view.ents_in(sent)
              if e.label_ == "PER" and e.end <= pronoun.i and not _cited_as_source(e)]
    if len(people) < 2:
        return None
    a, b = people[-2], people[-1]
    # (read from the words: a sentence with no trigger is not parsed)
    if [t.lower_ for t in doc[a.end:b.start]] != ["et"] or a.start != a.sent.start or \
            b.end >= len(doc) or doc[b.end].is_punct:
        return None
    first, second = view.person_name(a), view.person_name(b)
    return (first, second) if first != second else None


def _one_of(doc: Doc, i: int) -> int:
    """How many words ``l'un des`` / ``l'une des`` (3) or ``un des`` / ``une des`` (2)
    take right before token ``i``; 0 for none. "un des" counts after a comma, a bracket or
    a copula ("X, un des fondateurs de Y", "X est une des fondatrices de Y"), not after a
    preposition ("le fils d'un des fondateurs")."""
    if i < 3 or doc[i - 1].lower_ != "des" or doc[i - 2].lower_ not in _ARTICLES:
        return 0
    if doc[i - 3].lower_ in ("l'", "l’"):
        return 3
    return 2 if doc[i - 3].text in (",", "(") or doc[i - 3].lower_ in _COPULAS else 0


_COPULAS = frozenset({"est", "était", "fut", "sera", "serait", "reste", "demeure"})
#: Relative pronouns opening a clause after a name (``_RELATIVE``, below, after a comma).
_RELATIVE_WORDS = ("qui", "que", "qu'", "où", "dont", "lequel", "laquelle")
_RELATIVES = frozenset(_RELATIVE_WORDS) | {"qu’"}


def _copular_subject(trigger: Token, people: list[Span], view: DocView) -> str:
    """The named subject of a copula before a determined title noun: ``X est le
    cofondateur de Y``, ``X, 56 ans, est l'un des fondateurs de Y`` (an age between)."""
    doc = trigger.doc
    k = trigger.i - (_one_of(doc, trigger.i) or 1)  # the determiner
    if k < 1 or doc[k - 1].lower_ not in _COPULAS:
        return ""
    end = k - 1
    if end >= 4 and doc[end - 1].text == "," and doc[end - 2].lower_ == "ans" \
            and doc[end - 3].like_num and doc[end - 4].text == ",":
        end -= 4  # "X, 56 ans, est"
    for e in people:
        if e.end == end:
            return view.person_name(e)
    return ""


def _member_subject(trigger: Token, view: DocView) -> str:
    """The named subject of a verb that makes it one of those a plural title names ("X
    fait partie des fondateurs de Y", "X, qui figure parmi les cofondateurs de Y";
    ``membership_phrases``); "" for another construction."""
    doc = trigger.doc
    for lemma, words in lexicon().membership_phrases.items():
        k = trigger.i - len(words)
        verb = doc[k - 1] if k >= 1 else None
        if verb is None or tuple(t.lower_ for t in doc[k:trigger.i]) != words or not (
                verb.lemma_ == lemma
                or lemma.endswith("er") and verb.lower_.startswith(lemma[:-2])):
            continue  # (by its stem too: the model reads "compte" as a noun's lemma)
        subj = next((c for c in verb.children if c.dep_.startswith("nsubj")), None)
        if subj is not None and subj.lower_ == "qui" and verb.dep_ == "acl:relcl":
            subj = verb.head  # "X, qui fait partie des fondateurs de Y"
        ent = view.ent(subj) if subj is not None else None
        if ent is None and verb.i > 0:
            ent = view.ent(doc[verb.i - 1])  # the name right before it, whatever the parse
            ent = ent if ent is not None and ent.end == verb.i else None
        if ent is not None and ent.label_ == "PER":
            return view.person_name(ent)
    return ""


# ---------------------------------------------------------------------- status


def _verb_group(trigger: Token) -> list[Token]:
    """The trigger, its auxiliaries and the verbs that govern an infinitive trigger."""
    group = [trigger] + [c for c in trigger.children if c.dep_.startswith("aux")]
    cur = trigger
    for _ in range(3):
        if cur.dep_ in ("xcomp",) and cur.head != cur:
            cur = cur.head
            group.append(cur)
            group.extend(c for c in cur.children if c.dep_.startswith("aux"))
        else:
            break
    return group


_DECLARATIVE = {"annoncer", "indiquer", "déclarer", "expliquer", "confirmer", "préciser",
                "assurer", "affirmer", "dire", "savoir", "écrire", "prévenir", "promettre",
                "décider", "confier"}


_FUTURE_ENDINGS = ("rai", "ras", "ra", "rons", "rez", "ront")
_CONDITIONAL_ENDINGS = ("rais", "rait", "rions", "riez", "raient")


def _tense(tok: Token) -> set[str]:
    """Tense and mood of a finite verb, from its ending first (the small model's
    morphology often misses the future and the conditional), else from the model."""
    low = tok.lower_
    if tok.pos_ in ("VERB", "AUX") and "Part" not in tok.morph.get("VerbForm") and \
            "Inf" not in tok.morph.get("VerbForm") and len(low) > 4:
        if low.endswith(_CONDITIONAL_ENDINGS):
            return {"Cnd"}
        if low.endswith(_FUTURE_ENDINGS) and not low.endswith(("erra", "urra")) or low in (
            "sera", "seront", "aura", "auront", "ira", "iront", "fera", "feront"
        ):
            return {"Fut"}
        if low.endswith(("e", "es", "ons", "ez", "ent", "it", "is", "t")):
            return {"Pres"} if "Past" not in tok.morph.get("Tense") else {"Past"}
    elif tok.pos_ not in ("VERB", "AUX") and len(low) > 4 and \
            (lemma := lexicon().verb_forms.get(low)) is not None:
        # a form of a trigger verb the tagger took for a noun ("Anne Petit prendra le
        # relais"): its future or conditional, told by the stem and the ending together
        # (not the past "intégra", "entra", nor the imperfect "entrait")
        stem = _future_stem(lemma)
        for endings, mood in ((_CONDITIONAL_ENDINGS, "Cnd"), (_FUTURE_ENDINGS, "Fut")):
            ending = next((e for e in endings if low.endswith(e)), "")
            if ending and stem and plain(low[:-len(ending)]) == stem:
                return {mood}
    return set(tok.morph.get("Tense")) | set(tok.morph.get("Mood"))


def _future_stem(lemma: str) -> str:
    """The stem of the future and the conditional of a regular verb, without accents and
    without its final "r", which the endings hold: "intégrer" -> "intégre", "prendre" ->
    "prend", "partir" -> "parti", "devenir" -> "deviend"; "" for another irregular one
    ("aller", "voir")."""
    low = plain(lemma.lower())
    if low.endswith("enir"):
        return low[:-4] + "iend"  # "deviendra", "reviendrait"
    if low.endswith(("aller", "voir")) or low in ("etre", "avoir", "faire"):
        return ""
    if low.endswith("re"):
        return low[:-2]
    if low.endswith(("er", "ir")):
        return low[:-1]
    return ""


_PRESUPPOSING = frozenset({"pourquoi", "comment", "quand", "depuis", "où"})


def _asked(sent: Span) -> bool:
    """The sentence is a short question about the move ("Laurent Ruquier prêt à quitter
    France 2 ?", "X va-t-il rejoindre le gouvernement ?"); not a question that takes it as
    known ("Pourquoi X a-t-il été nommé ... ?") nor a long sentence ending on another one."""
    toks = [t for t in sent if not (t.is_space or t.is_quote or t.text in (")", "»", "\""))]
    return 0 < len(toks) <= 16 and toks[-1].text == "?" and not any(
        t.lower_ in _PRESUPPOSING for t in toks)


def _told_as_past(trigger: Token, group: list[Token]) -> bool:
    """The trigger is a participle with an auxiliary of the indicative, not of the future:
    a compound past ("a été élu", "avait quitté")."""
    return "Part" in trigger.morph.get("VerbForm") and any(
        t.pos_ == "AUX" and "Ind" in t.morph.get("Mood") and "Fut" not in t.morph.get("Tense")
        for t in group)


def _after_known_event_prep(trigger: Token, lex: Lexicon) -> bool:
    """The noun phrase of ``trigger`` (the event noun, or the title a new holder's
    adjective qualifies, up to its noun: "avec l'arrivée du nouveau PDG") is introduced by
    one of the prepositions that take an event as known."""
    tok = trigger
    for _ in range(4):
        if any(c.dep_ == "case" and c.lower_ in lex.known_event_preps for c in tok.children):
            return True
        if tok.head == tok or tok.head.pos_ not in ("NOUN", "PROPN", "ADJ"):
            return False
        tok = tok.head
    return False


_CONDITIONAL_AUXILIARIES = frozenset({"aurait", "serait", "pourrait", "devrait", "auraient",
                                      "seraient", "pourraient", "devraient"})


def status_of(trigger: Token, sent: Span, lex: Lexicon) -> str:
    doc = trigger.doc
    if _no_longer(trigger, lex):  # its negation is the move itself
        return "planned" if trigger.lower_ in ("sera", "fera", "feront") else "done"
    group = _verb_group(trigger)
    lo = min(t.i for t in group)
    window = [t.lower_ for t in doc[max(sent.start, lo - 3):min(sent.end, trigger.i + 2)]]
    words = [t.lower_ for t in sent]
    before = [t.lower_ for t in doc[sent.start:trigger.i]]
    clause = []
    for t in reversed(list(doc[max(sent.start, lo - 7):trigger.i + 3])):
        if t.i < lo and t.is_punct and t.text not in ("'",):
            break
        clause.append(t.lower_)
    neg = any(w in _NEGATIONS for w in clause) and any(w in ("ne", "n'") for w in clause)
    if not neg and any(c.lower_ in _NEGATIONS and c.dep_ == "advmod"
                       for t in group for c in t.children):
        # a negation of the governing verb across an insertion: "elle n'avait, elle, jamais
        # été tentée de démissionner"
        neg = any(t.lower_ in ("ne", "n'") for t in doc[max(sent.start, lo - 8):lo])
    modal = trigger.head
    if not neg and modal.lemma_ in ("pouvoir", "savoir", "oser") and modal.i < trigger.i and \
            trigger.dep_ == "xcomp":
        # "il ne pouvait quitter le pays", "n'a pu quitter": "ne" alone with the modal that
        # governs the move (not the expletive "ne" after "craindre que", nor "Nul ne sait
        # quand X partira", whose modal governs no move)
        neg = any(t.lower_ in ("ne", "n'", "n’") and t.head == modal for t in modal.children) \
            and not any(u.lower_ in ("que", "qu'", "qu’", "nul", "personne", "rien")
                        for u in doc[max(sent.start, modal.i - 5):trigger.i])  # ("ne
        # pouvait que quitter": the only way out, no negation)
    if neg and "encore" in clause and not any(w in lex.denial_cues for w in words):
        return "planned"  # "X n'est pas encore officiellement nommé": not yet, but coming
    ruled_out = any(tuple(before[k:k + len(p)]) == p for p in lex.ruled_out_phrases
                    for k in range(len(before)))
    if neg or ruled_out or any(w in lex.denial_cues for w in words) or _refused(trigger, lex) \
            or _ruling_out_verb(trigger, lex) is not None:
        return "denied"
    moods = {m for t in group for m in _tense(t)}
    # an event named after "avec", "depuis", "après" is taken as known whatever the mood of
    # the clause ("ces pratiques auraient cessé avec l'arrivée du nouveau PDG X")
    known = trigger.pos_ in ("NOUN", "ADJ") and _after_known_event_prep(trigger, lex)
    conditional = not known and ("Cnd" in moods or any(w in _CONDITIONAL_AUXILIARIES
                                                      for w in window)) \
        or (trigger.pos_ in ("VERB", "AUX") and trigger.lower_.endswith(("rait", "raient")))
    if conditional:
        # "a annoncé qu'il partirait": the future of a past statement is a plan
        head = trigger.head if trigger.dep_ in ("ccomp", "xcomp", "advcl") else None
        if head is not None and head.lemma_ in _DECLARATIVE and not any(
            w in lex.reported_cues for w in before if w not in ("aurait", "serait")
        ):
            return "planned"
        return "reported"
    past = _told_as_past(trigger, group)
    if any(w in lex.reported_cues and not (past and w in lex.likelihood_cues)
           and not (known and w in _CONDITIONAL_AUXILIARIES) for w in before) \
            or any(w in ("pressenti", "pressentie", "pressentis", "rumeur", "rumeurs")
                   for w in words) or _asked(sent):
        # (but "Grand favori du scrutin, X avait été élu": he was)
        return "reported"  # "X va-t-il rejoindre le gouvernement ?": a question, no fact
    tenses = {m for t in group for m in _tense(t)}
    lemmas = {t.lemma_ for t in group}
    if ("Imp" in trigger.morph.get("Tense") or trigger.lower_.endswith(("ait", "aient"))) \
            and trigger.pos_ == "VERB" and trigger.dep_ == "ccomp" \
            and trigger.head.lemma_ in lex.own_move_verbs \
            and trigger.i > trigger.head.i and not any(
                c.dep_.startswith("aux") for c in trigger.children):
        return "planned"  # "le journaliste a annoncé qu'il quittait le JT": he is leaving
    if "Fut" in tenses or lemmas & {"aller", "devoir", "apprêter"}:
        if not ({"Past"} & tenses and "avoir" in lemmas):
            return "planned"
    told = spaced(before[-6:])
    # (and without adverbs and quotes: 'prévoit également de "démettre" X')
    bare = spaced([t.lower_ for t in doc[max(sent.start, trigger.i - 9):trigger.i]
                   if not (t.is_quote or t.pos_ == "ADV")][-6:])
    if any(f" {' '.join(c)} " in told or f" {' '.join(c)} " in bare for c in lex.planned_cues):
        return "planned"  # "s'apprête à rejoindre", "doit prendre la tête de"
    if trigger.lower_ in _NEXT_HOLDER or (trigger.pos_ == "NOUN" and any(
            c.dep_ == "amod" and c.lower_ in ("prochain", "prochaine")
            for c in trigger.children)):
        return "planned"  # "l'arrivée prochaine de X", "le futur PDG de Renault, X"
    if trigger.pos_ == "NOUN" and any(
        t.lemma_ in ("annoncer", "annonce") and not any(
            u.pos_ in ("VERB", "AUX") or u.text in (",", ";", ":") for u in doc[t.i + 1:trigger.i])
        for t in doc[max(sent.start, trigger.i - 7):trigger.i]  # "l'annonce jeudi 4 juillet de"
    ) and not _org_subject(trigger.head) and _announced_to_come(trigger, lex):
        # "a annoncé sa démission", "l'annonce du départ de X"; not "Altice a annoncé la
        # nomination de X", an organisation's decision, nor "l'annonce de la nomination de
        # X", made when it is announced
        return "planned"
    if trigger.pos_ in ("NOUN", "ADJ") and any(
            t.lower_ in _COPULAS and "Fut" in _tense(t)
            for t in doc[max(sent.start, trigger.i - 3):trigger.i]):
        return "planned"  # "X sera le nouveau directeur de Y"
    if trigger.pos_ == "NOUN":
        # "son arrivée est prévue le 1er mars", "prendra ses fonctions"; not a future in
        # another clause ("après l'annonce de la nomination de X, Y a estimé qu'il sera
        # jugé sur ses actes")
        verbs = [t for t in sent if t.pos_ in ("VERB", "AUX")]
        governing = set()
        for head in trigger.ancestors:  # up to the nearest verb: not across a clause
            governing.add(head)  # ("X sera son adjoint, aux côtés de Y, qui assurait
            if head.pos_ == "VERB":  # l'intérim depuis le départ de Z": past)
                break
        if any("Fut" in _tense(t) and (t in governing or t.head in governing)
               for t in verbs) or any(
            t.lemma_ in ("prévoir", "annoncer") and "Part" in t.morph.get("VerbForm")
            for t in verbs
        ) and any(w in ("prochain", "prochaine", "prévue", "prévu") for w in words):
            return "planned"
    return "done"


def _source_only(trigger: Token, sent: Span, lex: Lexicon) -> bool:
    """A new holder's title ("le nouveau patron") in a sentence whose only mark of a
    report is a source ("selon", "d'après"), with no verb in the conditional and no other
    cue of a report before the title: what is reported is what the source tells."""
    if trigger.lower_ not in _NEW_TITLE:
        return False  # "le futur patron": to come, whoever tells it
    doc = trigger.doc
    before = doc[sent.start:trigger.i]
    sourced = any(_source_word(t, lex) for t in sent)
    others = [t.lower_ for t in before if t.lower_ in lex.reported_cues and (
        t.lower_ not in lex.source_markers or t.lower_ == "informations")]  # "selon nos
    # informations" is a scoop, unconfirmed
    conditional = any(t.pos_ in ("VERB", "AUX") and "Cnd" in _tense(t) for t in sent)
    return sourced and not others and not conditional


def _announced_to_come(trigger: Token, lex: Lexicon) -> bool:
    """Whether an event noun, once announced, is still to come: a departure or an arrival
    ("a annoncé sa démission", "l'annonce de son arrivée"), not an appointment, which the
    announcement makes ("l'annonce de la nomination de X")."""
    frame = lex.nouns.get(trigger.lemma_.lower()) or lex.nouns.get(trigger.lower_)
    return frame is None or frame.kind != "appointment"


def _infinitive_governors(trigger: Token) -> list[Token]:
    """The words an infinitive complements: its head in the parse and the word written
    before its ``de``/``à`` (the small parser often attaches "leur refus d'entrer" to an
    earlier noun)."""
    if "Inf" not in trigger.morph.get("VerbForm"):
        return []
    doc = trigger.doc
    out = [trigger.head] if trigger.head is not trigger else []
    k = trigger.i - 1
    if k >= 1 and doc[k].lower_ in ("de", "d'", "à"):
        out.append(doc[k - 1])
    return out


# Determiners of any event of a kind ("tout départ", "aucune démission").
_ANY = frozenset({"tout", "toute", "aucun", "aucune"})


def _ruling_out_verb(trigger: Token, lex: Lexicon) -> Token | None:
    """The verb that rules out any move of the event noun, its object with "tout" or
    "aucun" before it, possibly through a noun of a thought ("X a démenti tout départ du
    PSG", "elle exclut toute démission", "a balayé toute idée de départ"), or None."""
    if trigger.pos_ != "NOUN":
        return None
    noun = trigger
    if noun.head.lower_ in lex.ruled_out_thoughts and noun.head.i < noun.i and \
            noun.dep_ == "nmod":
        noun = noun.head
    verb = noun.head
    if noun.dep_ != "obj" or verb.lemma_ not in lex.ruling_out_verbs or \
            noun.i == 0 or noun.doc[noun.i - 1].lower_ not in _ANY:
        return None
    if any(c.lower_ in ("ne", "n'", "n’") for c in verb.children):
        return None  # "X n'exclut aucun départ": possible, not ruled out
    return verb


def _refused(trigger: Token, lex: Lexicon) -> bool:
    """An infinitive governed by a refusal: "a refusé de rejoindre", "son refus d'entrer"."""
    return any(g.lemma_ in lex.refusal_heads or g.lower_ in lex.refusal_heads
               for g in _infinitive_governors(trigger))


def _wished(trigger: Token, lex: Lexicon) -> bool:
    """A verb a wish governs, as an infinitive ("X veut entrer au gouvernement") or in a
    que-clause ("Y voulait que X succède à Z")."""
    for g in _infinitive_governors(trigger):
        if g.lemma_ in lex.wish_verbs:
            # "X dément vouloir quitter Renault": a departure denied, not a wish
            return not any(h.lower_ in lex.denial_cues
                           for h in [*_infinitive_governors(g), g.doc[max(g.i - 1, 0)]])
    return trigger.dep_ == "ccomp" and trigger.head.lemma_ in lex.wish_verbs and any(
        c.dep_ == "mark" and c.lower_ in ("que", "qu'", "qu’") for c in trigger.children)


def _in_other_relative(org: Span, trigger: Token,
                       roles: list[tuple[int, int, str, bool]]) -> bool:
    """The organisation sits in a relative clause that does not hold the trigger nor give
    a post of the mover's ("Cette recrue, qui avait comme camarade de promotion à l'ENA le
    Premier ministre X, a quitté Danone"; not "X, qui était à la tête de Renault, a
    démissionné", "X, qui dirigeait un groupe d'IBM Research"): it tells about someone,
    not the move."""
    tok = org.root
    for _ in range(12):
        if tok.dep_ == "acl:relcl":
            lo, hi = tok.left_edge.i, tok.right_edge.i
            if lo <= trigger.i <= hi:
                return False
            clause = trigger.doc[lo:hi + 1]
            if any(t.ent_type_ == "PER" for t in clause):
                return True  # another person's ("le Premier ministre X" a classmate)
            return tok.lemma_ not in lexicon().post_verbs and not any(
                lo <= rs <= hi for rs, _re, _t, _f in roles) and not any(
                t.lower_ in lexicon().office_head_words for t in clause)
        if tok.head is tok:
            return False
        tok = tok.head
    return False


def _case_of(noun: Token) -> str:
    """The preposition of a noun's phrase ("à" for "appelle à sa démission"), or ""."""
    return next((c.lower_ for c in noun.children if c.dep_ == "case"), "")


def _condition_after(trigger: Token, sent: Span) -> bool:
    """A move to come, or conditional, followed within a few words by a condition of its
    own ("sera exclu des Républicains s'il maintient sa candidature", "quitterait le
    club si son salaire baissait"); not "même si", "comme si", "si l'on en croit"."""
    doc = trigger.doc
    if not {"Fut", "Cnd"} & {m for t in _verb_group(trigger) for m in _tense(t)}:
        return False
    for t in doc[trigger.i + 1:min(sent.end, trigger.i + 9)]:
        if t.text in (".", ";", ":", "?", "!"):
            return False
        prev = doc[t.i - 1].lower_
        if prev in ("même", "comme"):
            continue
        nxt = doc[t.i + 1].lower_ if t.i + 1 < sent.end else ""
        if (t.lower_ in ("s'", "s’") and nxt in ("il", "ils")) or (
                t.lower_ == "si" and nxt not in ("l'", "l’", "on") and t.dep_ == "mark"
                and not _hedge(t, lexicon())):
            return True
    return False


def _hedge(si: Token, lex: Lexicon) -> bool:
    """The condition opened at ``si`` only hedges a plan ("si tout va bien")."""
    said = fold(si.doc[si.i:min(si.sent.end, si.i + 7)].text)
    return said.startswith(lex.hedge_conditions)


def _hypothetical(trigger: Token, sent: Span) -> bool:
    """A condition ("si X partait") or an infinitive after "sans" or "trop ... pour": no
    move is told."""
    doc = trigger.doc
    before = [t.lower_ for t in doc[max(sent.start, trigger.i - 8):trigger.i]]
    if _apposed_participle(trigger):
        before = []  # "Si SpaceX, fondée en 2002 par Elon Musk, réussissait": the apposition
        # tells a fact about the noun; the condition is the clause's
    # a cue before the trigger ("si X partait", not "même si X est parti"), or a condition
    # of several words right after it ("nommé Premier ministre en cas de victoire")
    said = spaced(before).replace(" même si ", " ").replace(" même s'il ", " ")
    after = spaced([t.lower_ for t in doc[trigger.i + 1:min(sent.end, trigger.i + 8)]])
    for c in lexicon().hypothesis_cues:
        if f" {c} " in said or (c.endswith("'") and f" {c}" in said) or " " in c and (
                f" {c} " in after or (c.endswith("'") and f" {c}" in after)):
            return True
    if "même" not in before and any(a in ("s'", "s’") and b in ("il", "ils")
                                    for a, b in zip(before, before[1:], strict=False)):
        return True  # "s'il" split by the tokenizer (not "il s'est fait connaître en")
    if _condition_after(trigger, sent):
        return True  # "X sera exclu des Républicains s'il maintient sa candidature"
    # "sans les nommer", "sans quitter son poste", "trop laid pour intégrer le
    # gouvernement": the move does not happen
    infinitive = "Inf" in trigger.morph.get("VerbForm")
    if infinitive and any(t.lower_ in lexicon().possibility_modals for t in _verb_group(trigger)) \
            and not any(t.lower_ in ("selon", "d'après") for t in sent):
        return True  # "X pourrait quitter le gouvernement": a possibility, not a report
    return infinitive and ("sans" in before[-3:] or (
        "pour" in before[-2:] and "trop" in before[-6:]))


def _apposed_participle(trigger: Token) -> bool:
    """A past participle of founding set in apposition right after a noun or a name and its
    comma ("SpaceX, fondée en 2002 par X,"): what the organisation is, told as a fact; not
    one opening a clause ("Si, nommé ministre, il"), nor a move that is part of the
    condition ("Si X, recruté par Renault, acceptait l'offre")."""
    doc = trigger.doc
    if "Part" not in trigger.morph.get("VerbForm") or "Past" not in trigger.morph.get("Tense"):
        return False
    frame = _verb_frame(trigger, lexicon())
    if frame is None or frame.kind != "founding":
        return False
    k = trigger.i - 1
    return k > trigger.sent.start and doc[k].text == "," and (
        doc[k - 1].pos_ in ("NOUN", "PROPN") or doc[k - 1].ent_type_ in ("ORG", "PER"))


# ---------------------------------------------------------------------- extraction


def _asked_noun(trigger: Token) -> Token:
    """The noun an event noun is part of, through complements and coordinations ("réclament
    la fin du harcèlement, la dissolution du Parlement avec la démission de X": the end
    asked for, of which the resignation is part); the trigger itself when it stands alone."""
    tok = trigger
    for _ in range(4):
        if tok.dep_ not in ("nmod", "conj") or tok.head.pos_ != "NOUN" or tok.head.i > tok.i:
            break
        tok = tok.head
    return tok


_THEN_LINKS = frozenset({",", "puis", "ensuite", "enfin", "en", "à", "au", "aux", "chez",
                         "dans", "par", "le", "la", "l'", "les"})


def _joined_then(m: Mention, orgs: list[Span], view: DocView) -> Iterator[Mention]:
    """The organisations joined next, after "puis" ("a rejoint Renault en 2010, puis
    Stellantis", "recruté par Google puis par Meta"): one move from each to the next,
    undated (the sentence's date is the first one's)."""
    doc = m.trigger.doc
    prev = next((o for o in orgs if o.start > m.trigger.i and view.org_name(o) == m.to_org),
                None)
    while prev is not None:
        then = next((o for o in orgs if o.start >= prev.end), None)
        if then is None:
            return
        between = doc[prev.end:then.start]
        if not any(t.lower_ == "puis" for t in between) or not all(
                t.lower_ in _THEN_LINKS or t.like_num for t in between):
            return
        move = replace(m, from_org=view.org_name(prev), to_org=view.org_name(then),
                       role_from="", role_to="", date="", date_text="",
                       rule=m.rule.rsplit(".", 1)[0] + ".then")
        move.rules = [move.rule]
        yield move
        prev = then


# Words that join two organisations left together ("de Nissan et de Mitsubishi").
_LEFT_TOGETHER = frozenset({"et", ",", "de", "d'", "d’", "du", "des", "la", "le", "l'", "l’"})


def _left_as_well(m: Mention, orgs: list[Span], view: DocView) -> Iterator[Mention]:
    """The organisations coordinated with the one left ("a quitté Renault et Nissan",
    "démis de la présidence de Nissan et Mitsubishi"), or with the one founded ("fondateur
    du RPR et de l'UMP"): one move from (or to) each."""
    doc = m.trigger.doc
    side = "to_org" if m.kind == "founding" else "from_org"
    prev = next((o for o in orgs if o.start > m.trigger.i and
                 view.org_name(o) == getattr(m, side)), None)
    chain: list[Span] = []
    while prev is not None:  # "Renault, Nissan et Mitsubishi": a list closed by "et"
        then = next((o for o in orgs if o.start >= prev.end), None)
        if then is None:
            break
        between = doc[prev.end:then.start]
        if not all(t.lower_ in _LEFT_TOGETHER for t in between) or not any(
                t.lower_ in ("et", ",") for t in between):
            break
        chain.append(then)
        if any(t.lower_ == "et" for t in between):
            for org in chain:
                move = replace(m, **{side: view.org_name(org)},
                               rule=m.rule.rsplit(".", 1)[0] + ".coordinated_org")
                move.rules = [move.rule]
                yield move
            chain = []
        prev = then


def _rule_name(frame: Frame, how: str, passive: bool) -> str:
    voice = "passive" if passive else "active"
    if frame.pos == "NOUN":
        voice = "nominal"
    return f"{frame.kind}.{frame.pos.lower()}.{frame.lemma}.{voice}.{how or 'none'}"


def _post_of_a_place(title: str, roles: list[tuple[int, int, str, bool]], view: DocView,
                     lex: Lexicon) -> bool:
    """The title's complement names a place or a person, not an organisation ("président
    de la région Normandie", "président du pays de l'oncle Sam"): the post is not in the
    organisation the article is about."""
    for rs, re_, found, _former in roles:
        if found != title:
            continue
        for tok in view.doc[rs + 1:re_]:
            ent = view.ent_at.get(tok.i)
            if (ent is not None and ent.label_ in ("LOC", "PER")) or \
                    tok.lower_ in lex.territory_nouns:
                return True
    return False


def _named_after_heir(org: str, heir: str, sent: Span, view: DocView) -> bool:
    """The organisation ``org`` is named in the sentence after the name of ``heir``."""
    at = next((e.end for e in view.ents_in(sent)
               if e.label_ == "PER" and view.person_name(e) == heir), None)
    return at is not None and any(e.start >= at and view.org_name(e) == org
                                  for e in view.orgs_in(sent))


def _possessive_head(trigger: Token, lex: Lexicon) -> bool:
    """The trigger is followed by a head post of an organisation named by a possessive
    ("a pris sa tête", "nommé à sa tête", "à leur tête", "ses rênes"), not by a body part
    ("a pris sa tête entre ses mains"; ``possessive_posts`` in the YAML)."""
    doc = trigger.doc
    words = [t.lower_ for t in doc[trigger.i + 1:min(trigger.sent.end, trigger.i + 10)]]
    return any(w in lex.possessive_words and k + 1 < len(words) and k < 4
               and words[k + 1] in lex.possessive_posts
               and not lex.not_after_possessive_post & set(words[k + 2:k + 6])
               for k, w in enumerate(words)) or any(
        # "l'arrivée de X aux commandes de sa matinale": the head of a unit of its own (not
        # "de sa propre société", "de son entreprise familiale", "de sa ville natale",
        # "de sa campagne": the person's own)
        w in lex.possessive_words and 2 <= k <= 8 and words[k - 1] == "de"
        and words[k - 2] in lex.possessive_posts and k + 1 < len(words)
        and words[k + 1].isalpha() and words[k + 1] != "propre"
        and words[k + 1] not in lex.org_descriptions and words[k + 1] not in lex.territory_nouns
        and words[k + 1] not in lex.designated_with_name
        and not lex.not_after_possessive_post & set(words[k + 1:k + 5])
        for k, w in enumerate(words))


def _en_clitic(trigger: Token) -> bool:
    """The clitic "en" before the verb, past its auxiliary ("d'en devenir", "en est
    devenu", "en deviendra"): the verb is said of something named before."""
    doc = trigger.doc
    k = trigger.i - 1
    while k > trigger.sent.start and doc[k].pos_ == "AUX":
        k -= 1
    return k >= trigger.sent.start and doc[k].lower_ == "en" and doc[k].pos_ == "PRON"


def _org_named_before(trigger: Token, view: DocView) -> Span | None:
    """The organisation named last before the trigger, in its sentence or the one before
    (an institution the model tags as a place included)."""
    found = [e for sent in _sentence_and_one_before(trigger) for e in view.ents_in(sent)
             if _organisation(e) and e.end <= trigger.i]
    return found[-1] if found else None


def _label_after_office(org: Span, lex: Lexicon) -> bool:
    """The organisation follows a public elected office as the holder's label ("l'ex-député
    PS", "la sénatrice LR")."""
    return org.start > 0 and _is_public_office(
        org.doc[org.start - 1].lower_.removeprefix("ex-"), lex)


def _is_public_office(role: str, lex: Lexicon) -> bool:
    r = fold(role)
    return any(r == p or r.startswith(p + " ") for p in lex.public_offices)


def _speaks_of_office(sent: Span, lex: Lexicon) -> bool:
    """The sentence names a public elected office or a local assembly ("maire", "député",
    "le conseil municipal")."""
    said = f" {fold(sent.text)} "
    return any(f" {p} " in said for p in lex.public_offices) or any(
        f" {o} " in said for o in lex.public_office_orgs if o.startswith("conseil "))


def _in_staff_unit(org: str, trigger: Token, orgs: list[Span], view: DocView,
                   lex: Lexicon) -> bool:
    """The organisation completes a unit of its staff that the trigger governs ("rejoint
    le service de communication de l'Élysée")."""
    doc = trigger.doc
    return any(view.org_name(o) == org and o.start > trigger.i and o.start - trigger.i <= 8
               and any(t.lower_ in lex.staff_units and t.head.i == trigger.i
                       and o.root in t.subtree and not any(
                           c.dep_ == "det" and c.lower_ in _POSSESSIVES for c in t.children)
                       for t in doc[trigger.i + 1:o.start])
               for o in orgs)


def _staff_post(role: str, lex: Lexicon) -> bool:
    """A post on the staff of a seat of public office, not the office itself: "directeur de
    la communication", "conseillère agriculture"; not "président", "député"."""
    r = fold(role)
    return bool(r) and not _is_public_office(role, lex) and r not in lex.government_roles \
        and not r.startswith(("president", "presidente", "vice", "chef", "ministre"))


_SUCCESSION = {"succéder", "remplacer", "succession", "successeur", "remplaçant", "remplaçante"}


def _purpose_of(trigger: Token, before: Token) -> bool:
    """``trigger`` is the infinitive of purpose of the trigger ``before``, in the same
    clause ("quitte le quotidien pour rejoindre Le Monde"): the same person moves."""
    doc = trigger.doc
    k = trigger.i - 1  # "pour rejoindre", "pour s'engager avec"
    if k > 0 and doc[k].lower_ in ("se", "s'", "s’"):
        k -= 1
    return "Inf" in trigger.morph.get("VerbForm") and k >= 0 and \
        doc[k].lower_ == "pour" and before.pos_ != "NOUN" and \
        0 < trigger.i - before.i <= 8 and not any(
            t.is_punct or t.pos_ in ("VERB", "AUX") for t in doc[before.i + 1:k])


# Words that may stand between two coordinated organisations ("Renault et Peugeot",
# "à la tête de Renault et de Peugeot", "chez Renault, chez Peugeot et chez Fiat").
_COORDINATION_WORDS = frozenset({"et", ",", "de", "du", "des", "d'", "d’", "la", "le", "les",
                                 "l'", "l’", "à", "au", "aux", "chez"})


def _respective_orgs(trigger: Token, persons: list[tuple[str, str]], orgs: list[Span],
                     view: DocView, roles: list[tuple[int, int, str, bool]],
                     ) -> dict[str, tuple[str, str]]:
    """Each person's organisation, and the title before it, when the sentence says
    "respectivement" and as many organisations as persons are coordinated after the
    trigger, with their titles ("X et Y rejoignent respectivement Renault et Peugeot", "X
    et Y ont été nommés respectivement directrice de Renault et président de Nissan"),
    paired in the order the persons are named; {} otherwise (a person not named in the
    sentence, "Ils rejoignent respectivement ...", has no place in that order)."""
    sent = trigger.sent
    if len(persons) < 2 or not any(t.lower_ == "respectivement" for t in sent):
        return {}
    after = sorted((o for o in orgs if o.start > trigger.i), key=lambda o: o.start)
    doc = trigger.doc
    titled = {k: title for start, end, title, _former in roles if start > trigger.i
              for k in range(start, end)}
    run: list[Span] = []
    for org in after:
        between = doc[run[-1].end:org.start] if run else None
        if between is not None and not (
                any(t.lower_ in ("et", ",") for t in between)
                and all(t.lower_ in _COORDINATION_WORDS or t.i in titled for t in between)):
            break
        run.append(org)
    if len(run) != len(persons) or not any(
            t.lower_ == "et" for t in doc[run[-2].end:run[-1].start]):
        return {}  # "A, B et C" ends with "et"
    named_at: dict[str, int] = {}  # where each person is first named in the sentence
    for ent in reversed(view.ents_in(sent)):
        if ent.label_ == "PER":
            named_at[view.person_name(ent)] = ent.start
    if any(name not in named_at for name, _ in persons):
        return {}
    order = sorted((name for name, _ in persons), key=named_at.__getitem__)

    def title_before(org: Span) -> str:  # the title that ends right before "de" + org
        k = org.start - 1
        while k > trigger.i and doc[k].lower_ in _COORDINATION_WORDS and k not in titled:
            k -= 1
        return titled.get(k, "")

    titles = [title_before(org) for org in run]
    if not all(titles):  # "présidente et directeur général de Renault et de Nissan": the
        titles = [""] * len(run)  # titles are paired apart, not by the organisation they end on
    return {name: (view.org_name(org), title)
            for name, org, title in zip(order, run, titles, strict=True)}


def mentions_in(sent: Span, view: DocView, lex: Lexicon) -> Iterator[Mention]:
    """Every mention of a move in one sentence (before merging)."""
    triggers = list(find_triggers(sent, lex))
    if not triggers:
        return
    verbs = {t.i for t, f in triggers if f.pos == "VERB"}
    # "X deviendra le nouveau PDG de Y", "X a été nommé nouveau directeur de Y": the title
    # a trigger verb gives is that verb's, which keeps the organisation
    triggers = [(t, f) for t, f in triggers if not (
        f is _NEW_ROLE and t.head.head.i in verbs
        and t.head.dep_ in ("obj", "xcomp", "attr", "obl:arg"))]
    orgs = view.orgs_in(sent)
    roles = find_roles(sent, lex, view)
    told: dict[int, list[tuple[str, str]]] = {}  # the persons of each trigger read
    joined: dict[str, str] = {}  # the organisation each person joins earlier in the sentence
    joined_at: dict[int, tuple[str, str]] = {}  # (person, organisation) of each join trigger
    # a group's event ("après leur exclusion des Républicains") names no one of its own:
    # its organisation is that of the verb of the group's members
    claimants = [k for k, (t, f) in enumerate(triggers)
                 if not (f.pos == "NOUN" and _determiner(t) in _THEIR)] or [0]
    # each organisation belongs to the trigger closest to it (see _nearest_trigger)
    claimed = [triggers[k] for k in claimants]
    owner = [claimants[_nearest_trigger(o, claimed)] for o in orgs]
    for n, (trigger, frame) in enumerate(triggers):
        if _hypothetical(trigger, sent):
            continue
        if n and n - 1 not in told and _purpose_of(trigger, triggers[n - 1][0]):
            continue  # "X veut quitter Danone pour rejoindre Nestlé": wanted as well
        asked = _asked_noun(trigger) if frame.pos == "NOUN" else trigger
        if frame.pos == "NOUN" and (
                (asked.dep_ == "obj" and asked.head.lemma_ in lex.demand_verbs) or (
                    trigger.dep_.startswith("obl") and _case_of(trigger) in ("à", "au")
                    and trigger.head.lemma_ in lex.demand_to_verbs)) and not any(
                    c.dep_ == "nsubj" and c.ent_type_ == "ORG" for c in asked.head.children):
            continue  # "des députés demandent le départ de X", "appelle à sa démission":
            # asked for, not told (but "Nissan souhaite son départ" is the employer's own plan)
        if frame.pos == "VERB" and _wished(trigger, lex):
            continue  # "X veut entrer au gouvernement": wanted, not told
        if frame.kind == "appointment" and _award(trigger, sent, lex, view):
            continue
        if frame.kind == "departure" and _public_office_left(trigger, lex):
            continue  # "quitterait ses fonctions de maire de Tourcoing": an elected office
        # verbs without a direct object ("il est parti", "elle est devenue") have no passive
        passive = frame.pos == "VERB" and frame.obj not in ("none", "role") and (
            (_is_passive(trigger) and not (frame.pronominal and _reflexive_past(trigger)
                                           and not _person_subject(trigger, view)))
            or (  # "X s'installe aux commandes de Y", "X s'engage avec Y": X moves (but
                # "Le FC Nantes s'engage avec X": X joins it)
                ("à la tête" in frame.needs or (frame.reflexive and not _org_subject(trigger)))
                and trigger.i > 0 and trigger.doc[trigger.i - 1].lower_ in ("se", "s'", "s’")))
        # organisations closer to this trigger than to any other trigger
        founded = _founded_noun(trigger) if frame.kind == "founding" else None
        mine = [o for o, k in zip(orgs, owner, strict=True)
                if (k == n and not _in_other_relative(o, trigger, roles))
                or (k != n and _object_relative_of(o, trigger))
                or (k != n and founded is not None and _names_noun(o, founded, view))]
        # (what a participle of founding qualifies, nearer another trigger: "Il rejoint
        # Molvena, une entreprise fondée par X")
        founded_place = _founded_place(trigger, frame, passive, view)
        if founded_place is not None:
            mine.append(founded_place)  # "pour fonder Lumen", the name tagged a place
        persons = [(p, how) for p, how in _persons_for(trigger, frame, sent, view, passive)
                   if p and view.plausible_person(p)
                   and not (passive and _disagrees(trigger, frame, view.person_gender(p)))]
        if not persons and frame.pos == "VERB":
            # "Elle prendra ses fonctions le 1er mars, succédant à X": the main clause's
            persons = _participle_adjunct_subject(trigger, view)
        agents = any(how == "agents" for _p, how in persons)  # a founding's list, whole
        persons = [(p, "syntax" if how == "agents" else how) for p, how in persons]
        if told.get(n - 1) and _purpose_of(trigger, triggers[n - 1][0]):
            # "X quitte le quotidien pour rejoindre Le Monde": the same person, whatever
            # name the parser gave the infinitive ("X, en froid avec son patron Y, quitte")
            persons = told[n - 1]
        told[n] = persons
        status = status_of(trigger, sent, lex)
        if frame is _NEW_ROLE and status == "reported" and _source_only(trigger, sent, lex):
            status = "done"  # "Selon RTL, le nouveau patron du PS veut": the title says
            # the post is his; the source tells what he wants
        predecessor = _predecessor(trigger, frame, sent, view, passive,
                                   _taker_of_succession(trigger, frame, view, lex))
        taken = _taken_succession(trigger, frame, lex)
        if taken is not None and not predecessor:
            # "Y prend la succession de X": Y takes the post X leaves
            predecessor = _predecessor(taken, lex.nouns.get(taken.lemma_) or
                                       lex.nouns["succession"], sent, view, False,
                                       persons[0][0] if persons else "")
        succession = bool(_SUCCESSION & {trigger.lemma_, frame.lemma})
        heir = ""
        if frame.successor and persons:
            heir = _heir(trigger, sent, view)
        elif frame.kind == "departure" and len(persons) == 1:
            # "X a été écartée de la direction du Monde au profit de Y": Y takes the post
            heir = _beneficiary(trigger, sent, view)
        if heir and heir == persons[0][0]:
            heir = ""
        if heir:
            yield from _handover_heir(heir, persons[0][0], frame, trigger, sent, view, lex,
                                      status)
        if predecessor and passive and succession:
            # "X a été remplacé par Y": X is the predecessor, Y the successor
            successor = _agent_person(trigger, sent, view)
            persons = [(successor, "syntax")] if successor else []
        if not agents:
            persons = _with_coordinated(persons, sent, view, trigger, roles)
        # (a departure that names no one; a succession that names no one replaced)
        unnamed = not persons if frame.kind == "departure" else not predecessor
        slot = _leaver_slot(trigger, frame, lex, passive) if unnamed else None
        if slot is not None:
            described = _unnamed_title(slot, view, lex, roles)
            if described is not None:
                # "La cheffe de la police d'Atlanta a démissionné", "remplacer le ministre
                # de l'Intérieur": no name yet; the document's one named departure
                # without organisation may be that one (see extract_moves)
                title, org = described
                m = Mention(person="", kind="departure", status=status, trigger=trigger,
                            sent=sent, rule=_rule_name(frame, "described", passive),
                            from_org=org, role_from=title, gender=anaphor_gender(slot))
                _date(m, trigger, sent, view)
                yield m
        # "X et Y rejoignent respectivement Renault et Peugeot": one organisation each
        respective = _respective_orgs(trigger, persons, mine, view, roles)
        respective_orgs = {org for org, _title in respective.values()}
        for person, how in persons:
            if person == predecessor:
                continue
            m = Mention(person=person, kind=frame.kind, status=status, trigger=trigger,
                        sent=sent, rule=_rule_name(frame, how, passive))
            _assign_orgs(m, frame, trigger, mine, lex, view, roles, passive)
            given = ""  # the side of the respective organisation given, "to" or "from"
            if respective:
                if m.to_org in respective_orgs:
                    m.to_org, given = respective[person][0], "to"
                elif m.from_org in respective_orgs:
                    m.from_org, given = respective[person][0], "from"
            if not (m.from_org or m.to_org) and frame.obj == "role" and _en_clitic(trigger):
                # "X rejoint Studiocanal en 2017 avant d'en devenir le directeur général
                # adjoint": the organisation X joins before (not one X left, nor a thing)
                m.to_org = joined.get(person, "")
            if not (m.from_org or m.to_org) and frame.kind in ("appointment", "join") and \
                    _possessive_head(trigger, lex):
                owner = _org_named_before(trigger, view)  # "Renault traverse une crise. X
                if owner is not None:  # a pris sa tête": the organisation "sa" stands for
                    m.to_org = view.org_name(owner)
            if m.kind in ("join", "appointment") and m.to_org and not m.from_org and \
                    _after_avant_de(trigger):
                before = joined_at.get(trigger.head.i)
                if before is not None and before[0] == person and \
                        not same_org(before[1], m.to_org) and not _held_beside(trigger, lex):
                    # "X a débuté sa carrière à la direction du Trésor avant de rejoindre
                    # la Société Générale": the organisation joined before is the one left
                    m.from_org = before[1]
            if heir and frame.kind == "departure":
                if m.to_org and _named_after_heir(m.to_org, heir, sent, view):
                    m.to_org = ""  # "cédera ses fonctions à X, responsable des modèles
                    # Porsche GT": the organisation after the heir is his
                if any(view.org_name(o) == m.from_org and _label_after_office(o, lex)
                       for o in mine):
                    m.from_org = ""  # "L'ex-député PS X a laissé sa place à son suppléant":
                    # his seat, not his party
            if frame.kind == "join" and not (m.from_org or m.to_org) and \
                    _arrival_in_place(trigger, sent, view):
                continue  # "avant l'arrivée du ministre iranien X à Beyrouth": a visit
            if predecessor and passive and succession and m.from_org and not m.to_org and \
                    not any(view.org_name(o) == m.from_org and o.start > trigger.i
                            and not o[0].is_lower for o in mine):
                # "X, présentateur de la matinale d'Europe 1, sera remplacé par Y", "remplacé
                # par Y, jusque-là numéro 2 du groupe": the organisation of the one replaced
                # is the one Y joins (not "remplacé par Y, jusqu'alors responsable de BBC
                # Studios", named after Y: what Y leaves)
                m.to_org, m.from_org = m.from_org, ""
            if frame.kind == "founding" and not m.from_org:
                for o in orgs:
                    # not another person's ("le patron de Tesla Elon Musk ou le fondateur
                    # de Microsoft Bill Gates")
                    if _org_relation(o, trigger, lex, view, roles)[0] == "from" and \
                            not _title_of_other(o, person, roles, view) and not (
                                frame.pos == "NOUN"
                                and _clause_before_founder(o, trigger, person, view)):
                        m.from_org = view.org_name(o)
            _assign_roles(m, trigger, roles, person, view, frame)
            if given and respective[person][1]:  # and the title before it
                if given == "to":
                    m.role_to = respective[person][1]
                else:
                    m.role_from = respective[person][1]
            if frame.kind == "departure":
                # "le départ de sa prédécesseure Agnès Buzyn": she leaves what the one she
                # preceded joined
                m.inherit_from = m.inherit_from or _whose_predecessor(person, sent, view)
            if frame.kind == "founding" and frame.pos == "NOUN" and \
                    trigger.lower_.rstrip("s") in _FOUNDER_TITLES:
                # "la cofondatrice de Rappler", "le dirigeant et fondateur de Facebook"
                m.role_to = trigger.lower_.rstrip("s")
            if frame.kind != "founding":  # a post is not founded ("la fonction de
                _orgs_from_roles(m, lex)  # haut-commissaire, créée par de Gaulle")
            if m.to_org and m.to_org == m.from_org:
                if frame.kind == "departure":
                    m.to_org = ""
                else:
                    m.from_org = ""
            if frame.kind == "founding" and not m.to_org and frame.person == "appos" and \
                    trigger.i > 0 and trigger.doc[trigger.i - 1].lower_ in ("son", "sa"):
                owner = _last_org_before(trigger, view)  # "Clearview AI ... Son fondateur, X"
                if owner is not None and _unnamed_org_between(owner.end, trigger.i, view, lex):
                    owner = None  # "le parrain de l'association K d'urgences, a expliqué sa
                    # fondatrice": the association's, which no entity names
                m.to_org = view.org_name(owner) if owner is not None else ""
            if frame.kind == "founding" and not m.to_org:
                continue
            if frame.kind == "founding" and not passive and _founds_a_thing(trigger, view, lex):
                continue  # "a lancé un site pour recruter": not an organisation founded
            if frame.kind == "join" and frame.needs_org and (
                    frame.obj == "none" or frame.reflexive) and not m.to_org and not m.succeeds:
                continue  # "arriver", "entrer", "passer", "s'engager" without where: not a
                # join (not "ces marins qui s'engagent pour la planète")
            if frame.obj == "role" and not m.role_to:
                continue  # "devenir" counts with a title ("devient PDG de Y")
            if predecessor and not m.to_org:
                m.succeeds = predecessor  # "remplacé par X": X takes Y's post, found below
            orgless = not (m.from_org or m.to_org or m.succeeds)
            if orgless and (frame.needs_org or frame.obj == "role" or (
                    frame.pos == "NOUN" and frame.kind != "departure" and (
                        (not m.role_to and not _head_post_follows(trigger, view))
                        or _post_of_a_place(m.role_to, roles, view, lex)))):
                continue  # (with the post taken, the article's organisation, see below)
            # otherwise the organisation may come from the person's post (a departure) or
            # from the organisation the article is about (see extract_moves)
            m.orgless = orgless
            if frame.lemma in ("élire", "réélire", "élection") and (
                (not m.role_to and not (m.to_org and (
                    _headed(m.to_org, trigger, sent, roles)
                    or _head_of_description(m.to_org, orgs, view, lex))))
                or (m.role_to and _is_public_office(m.role_to, lex))
            ):
                continue  # "élu député"; but "élu à la tête du parti" is a move
            if m.role_to and _is_public_office(m.role_to, lex) and frame.kind != "departure":
                continue
            # a seat of public office is no organisation joined or left, but its head's
            # post is ("succède à X à la tête du Parlement", "la présidence du Sénat")
            # (nor is a post on its staff: "nommé directeur de la communication de la Maison
            # Blanche", "porte-parole de l'Élysée")
            if fold(m.to_org) in lex.public_office_orgs and not _headed(
                    m.to_org, trigger, sent, roles) and not _staff_post(m.role_to, lex) \
                    and not _in_staff_unit(m.to_org, trigger, mine, view, lex):
                m.to_org, m.in_office = "", True
            if fold(m.from_org) in lex.public_office_orgs and not _headed(
                    m.from_org, trigger, sent, roles):
                m.from_org, m.in_office = "", True
            _date(m, trigger, sent, view)
            m.score = 0.4 + (0.25 if how == "syntax" else 0.1) + (
                0.2 if m.from_org and m.to_org else 0.1)
            m.rules = [m.rule]
            yield m
            if m.to_org and m.kind != "departure":
                joined[m.person] = m.to_org
                if m.kind != "founding" and m.status in ("done", "planned"):
                    # (a founder may stay: "a fondé l'association X avant de devenir
                    # directrice de cabinet de Y"; "n'a pas débuté chez X" joined nothing)
                    joined_at[trigger.i] = (m.person, m.to_org)
            if respective:
                continue  # one organisation each, not all of them
            if m.to_org and frame.kind != "departure":
                yield from _joined_then(m, mine, view)
            if (m.from_org and frame.kind == "departure") or (
                    m.to_org and frame.kind == "founding"):
                yield from _left_as_well(m, mine, view)
        if predecessor and view.plausible_person(predecessor):
            successor = persons[0][0] if persons else ""
            if successor == predecessor:
                successor = _succession_subject(trigger, frame, view)
            if not successor and trigger.i - sent.start <= 10 and \
                    _in_opening_phrase(trigger, sent, time_ago=True):
                # "Nommée pour succéder à X, la nouvelle ministre déléguée, Y, assure": the
                # subject after the clause that opens the sentence
                successor = _subject_after_clause(trigger, sent, view)
            m = Mention(person=predecessor, kind="departure", status=status, trigger=trigger,
                        sent=sent, rule=_rule_name(frame, "predecessor", passive))
            heir_at = _successor_after(trigger, frame, sent, view)
            pair = _handover_pair(trigger, sent, view) if frame.person == "entre" else None
            left: list[tuple[str, Span]] = []
            others: list[Span] = []
            for o in mine:
                if pair and trigger.i < o.start < pair[2]:
                    continue  # "la passation rue de Valois entre X et Y": where, not what
                if _label_of_name(o, trigger, view) or _candidacy(o):
                    continue  # "remplace X (candidat LREM)": X's label, not his post
                if o.start >= heir_at:
                    break  # "au successeur de M. Lissner, l'Allemand X, directeur de Y": X's
                if successor and _fronted_before(o, successor, trigger, view):
                    continue  # 'Chroniqueur du "Supplément", Y succédera à X au "Petit
                    # Journal"': the successor's description, before his name
                if _title_of_other(o, predecessor, roles, view) or (
                        others and _enumerated_after(others[-1], o)) or \
                        _names_after(o, view) not in ("", predecessor):
                    others.append(o)  # "remplacé par le chef de la CIA, Y": the
                    continue  # successor's post ("Y, ancien patron de A, de B ou de C")
                rel = _org_relation(o, trigger, lex, view, roles)[0]
                if rel in ("head", "chez", "a", "de") or (
                    passive and rel == "from" and o.end <= trigger.i
                ):  # "X, présentateur de la matinale d'Europe 1, sera remplacé par Y"
                    left.append((rel, o))
            if left:  # "Y, directeur d'Infinity, succédera à X à la tête de Nissan
                # Motorsports": the post handed over first
                m.from_org = view.org_name(next((o for rel, o in left if rel == "head"),
                                                left[0][1]))
            elif not successor and frame.kind in ("appointment", "join"):
                # "un quasi-inconnu a été nommé secrétaire d'État, en remplacement de X":
                # X leaves the post taken, whoever takes it
                m.from_org, m.role_from = _post_taken_by_no_one(
                    trigger, frame, mine, lex, view, roles, passive)
            m.inherit_from = successor
            _date(m, trigger, sent, view)
            m.score = 0.5
            m.rules = [m.rule]
            yield m


def _in_opening_adjunct(ent: Span) -> bool:
    """The name closes a phrase that opens its sentence with a preposition or a participle
    of speech ("Selon X,", "Pour X,", "Interrogé par X,"): not an apposition's holder."""
    doc, start = ent.doc, ent.sent.start
    opener = doc[start:ent.start]
    return 0 < len(opener) <= 4 and (opener[0].lower_ in (*_COMPLEMENT_PREPS, "d'après",
                                                         "interrogé", "interrogée")
                                     or opener[-1].lower_ in _COMPLEMENT_PREPS)


def _fronted_before(org: Span, person: str, trigger: Token, view: DocView) -> bool:
    """The organisation is in the phrase that opens the sentence before ``person``'s name,
    itself before the trigger ("Chroniqueur du \"Supplément\", Y succédera à X")."""
    sent = trigger.sent
    return any(view.person_name(e) == person and org.end <= e.start < trigger.i and
               any(t.text == "," for t in sent.doc[org.end:e.start]) and
               not any(t.pos_ in ("VERB", "AUX") and "Fin" in t.morph.get("VerbForm")
                       and not t.lower_.endswith(("é", "ée", "és", "ées"))  # "décalé", mis-
                       for t in sent.doc[sent.start:e.start])  # tagged as a finite verb
               for e in view.ents_in(sent) if e.label_ == "PER")


def _leaver_slot(trigger: Token, frame: Frame, lex: Lexicon, passive: bool) -> Token | None:
    """The word standing for the one who leaves: the complement of a noun ("la démission
    du ministre"), the subject of a verb of leaving ("La cheffe de la police a
    démissionné"), its passive subject or its object ("a limogé le directeur"), the one
    replaced by an active verb of succession ("remplacer le ministre de l'Intérieur",
    "succéder au directeur") or the complement of a succession noun ("la succession du
    directeur"). None for a noun of arriving ("la nomination du directeur"), and for a verb
    that leaves a thing of its own ("Le chef de file des députés LFI a démissionné de la
    mission parlementaire": his title's organisation is not what he left)."""
    doc = trigger.doc
    if frame.pos == "NOUN":
        if frame.kind != "departure" and not _SUCCESSION & {trigger.lemma_, frame.lemma}:
            return None  # "La nomination du directeur de la Fnac": someone arrives
        k = trigger.i + 1
        if k + 1 < len(doc) and doc[k].lower_ in ("de", "d'", "d’", "du"):
            return doc[k + 1] if doc[k].lower_ == "du" else (
                doc[k + 2] if k + 2 < len(doc) and doc[k + 1].pos_ == "DET" else None)
        return None
    if frame.kind != "departure":
        if passive or not _SUCCESSION & {trigger.lemma_, frame.lemma}:
            return None
        return next((c for c in trigger.children if c.dep_ == "obj" or (
            c.dep_.startswith("obl") and _case_of(c) in ("à", "au"))), None)
    if not passive and frame.obj != "person" and any(
            c.pos_ in ("NOUN", "PROPN") and c.lower_ not in lex.post_nouns
            and not _time_phrase_word(c) and (
                c.dep_ == "obj" or (c.dep_.startswith("obl") and _case_of(c) in ("de", "d'")))
            for c in trigger.children):
        return None
    wanted = "nsubj:pass" if passive else "obj" if frame.obj == "person" else "nsubj"
    return next((c for c in trigger.children if c.dep_ == wanted), None)


def _unnamed_title(slot: Token | None, view: DocView, lex: Lexicon,
                   roles: list[tuple[int, int, str, bool]]) -> tuple[str, str] | None:
    """The job title at ``slot`` (see :func:`_leaver_slot`) with no name beside it ("La
    cheffe de la police d'Atlanta", "son ministre de l'Intérieur"): (the title, the
    organisation it names). None when the title names no organisation, is a former or a
    new one ("l'ancien ministre", "le nouveau patron"), or stands for no one in particular
    ("un ministre")."""
    if slot is None or slot.pos_ != "NOUN":
        return None
    doc = slot.doc
    title = next(((end, text) for start, end, text, former in roles
                  if start == slot.i and not former), None)
    if title is None:
        return None
    end, text = title
    det = doc[slot.i - 1].lower_ if slot.i > 0 else ""
    if det not in ("le", "la", "l'", "l’", "du", "au", "son", "sa") or any(
            t.lower_ in _NEW_HOLDER or t.lower_ in ("ancien", "ancienne")
            for t in doc[max(0, slot.i - 2):slot.i]):
        return None
    stop = next((t.i for t in doc[end:min(len(doc), end + 8)]
                 if t.is_punct or t.pos_ in ("VERB", "AUX", "CCONJ")), min(len(doc), end + 8))
    inside = [e for e in (view.ent(t) for t in doc[slot.i:stop]) if e is not None]
    if any(e.label_ == "PER" for e in inside):
        return None  # "le ministre de l'Intérieur Gérard Collomb": named, read as such
    # the organisation named after the title ("la cheffe de la police d'Atlanta", the
    # model's name running into the title or not), else the one the title designates
    named = next((e for e in inside if e.label_ == "ORG" and e.start > slot.i and all(
        t.lower_ in _DE_FORMS or t.pos_ == "DET" for t in doc[max(end, slot.i + 1):e.start])),
        None)
    org = view.org_name(named) if named is not None else _org_of_role(text, lex)
    return (text, org) if org else None


def _whose_predecessor(person: str, sent: Span, view: DocView) -> str:
    """The person whom ``person`` preceded, when the sentence names ``person`` as "son
    prédécesseur" or "sa prédécesseure" of someone in focus ("le départ de sa
    prédécesseure Agnès Buzyn" in an article about the new minister), or ""."""
    doc = sent.doc
    for ent in view.ents_in(sent):
        if ent.label_ != "PER" or view.person_name(ent) != person:
            continue
        k = ent.start - 1
        if k > sent.start and doc[k].text == ",":
            k -= 1
        if k > sent.start and doc[k].lower_ in lexicon().predecessor_nouns and \
                doc[k - 1].lower_ in ("son", "sa"):
            return view.focus_person(k - 1, pronoun=True, exclude=person)
    return ""


def _unnamed_org_between(start: int, end: int, view: DocView, lex: Lexicon) -> bool:
    """A noun of an organisation's kind after an article, between tokens ``start`` and
    ``end``, that stands for no named organisation ("de l'association K d'urgences")."""
    doc = view.doc
    return any(doc[k].lower_ in lex.org_descriptions and k not in view.designated
               and view.ent(doc[k]) is None
               and doc[k - 1].lower_ in ("l'", "l’", "la", "le", "une", "un")
               for k in range(max(start, 1), end))


def _post_taken_by_no_one(trigger: Token, frame: Frame, orgs: list[Span], lex: Lexicon,
                          view: DocView, roles: list[tuple[int, int, str, bool]],
                          passive: bool) -> tuple[str, str]:
    """The organisation and title a trigger of taking a post gives when no one named takes
    it ("C'est un quasi-inconnu qui a été nommé secrétaire d'État"): read as for a named
    successor, titles owned by a name left out; ("", "") for a seat of public office."""
    probe = Mention(person="", kind=frame.kind, status="done", trigger=trigger,
                    sent=trigger.sent, rule="")
    _assign_orgs(probe, frame, trigger, orgs, lex, view, roles, passive)
    _assign_roles(probe, trigger, roles, "", view, frame)
    _orgs_from_roles(probe, lex)
    if probe.role_to and _is_public_office(probe.role_to, lex):
        return "", ""
    return probe.to_org, probe.role_to


_ARRIVING = frozenset({"arrivée", "arrivées", "arriver", "venue"})


def _arrival_in_place(trigger: Token, sent: Span, view: DocView) -> bool:
    """An arrival in a town or a country, told with no organisation ("l'arrivée du
    ministre X à Beyrouth", "arrive mardi en Chine"): a visit or a journey, not a post."""
    if trigger.lemma_.lower() not in _ARRIVING and trigger.lower_ not in _ARRIVING:
        return False
    doc = trigger.doc
    for k in range(trigger.i + 1, min(sent.end - 1, trigger.i + 16)):
        if doc[k].lower_ in ("à", "en", "au", "aux"):
            place = view.ent(doc[k + 1])
            if place is not None and place.label_ == "LOC" or place is None and \
                    doc[k + 1].text[:1].isupper() and doc[k + 1].is_alpha:
                return True  # a place, or a capitalised name that is no organisation's
        if doc[k].pos_ in ("VERB", "AUX") or doc[k].text in (";", ":"):
            break
    return False


def _names_after(org: Span, view: DocView) -> str:
    """The person named right after an organisation, a comma aside, whose title it
    completes ("le chef de la CIA, Mike Pompeo"); "" if none."""
    doc = org.doc
    k = org.end + (org.end < len(doc) and doc[org.end].text == ",")
    ent = view.ent(doc[k]) if k < len(doc) else None
    of = any(t.lower_ in ("de", "d'", "du", "des") for t in doc[max(0, org.start - 2):org.start])
    return view.person_name(ent) if of and ent is not None and ent.label_ == "PER" and \
        ent.start == k else ""


def _enumerated_after(first: Span, org: Span) -> bool:
    """``org`` follows ``first`` in an enumeration ("de Canal+, d'Europe 1 ou du Nouvel
    Obs")."""
    between = org.doc[first.end:org.start]
    return len(between) <= 3 and all(
        t.lower_ in (",", "ou", "et", "de", "d'", "du", "des", "puis") for t in between)


def _candidacy(org: Span) -> bool:
    """The organisation is one a candidate runs for ("X, nouvelle candidate LREM à la
    mairie de Paris"), not one held."""
    doc = org.doc
    before = doc[max(org.sent.start, org.start - 4):org.start]
    return any(t.lower_.startswith("candidat") for t in before)


def _head_of_description(org: str, orgs: list[Span], view: DocView, lex: Lexicon) -> bool:
    """A description standing for ``org`` in the sentence follows a word of its head's
    post ("élu à la tête du parti", the party named before)."""
    doc = view.doc
    return any(view.org_name(o) == org and view.ent(o.root) is None and any(
        t.lower_ in lex.office_head_words for t in doc[max(o.sent.start, o.start - 4):o.start])
        for o in orgs)


def _headed(org: str, trigger: Token, sent: Span,
            roles: list[tuple[int, int, str, bool]]) -> bool:
    """The move is to or from the head of ``org``, a seat of public office: the sentence
    names the post (``succède à X à la tête du Parlement``, ``la présidence du Sénat``),
    or the trigger takes its president's title (``élu président de l'Assemblée
    nationale``, ``le nouveau président du Parlement``; not ``remis sa démission au
    président de l'Assemblée``)."""
    doc, lex = trigger.doc, lexicon()
    # as written in the sentence, where the name's article may be contracted ("élu à la
    # tête des Républicains" for "Les Républicains")
    written = org.split(" ", 1)[1] if org.split(" ", 1)[0] in ("Le", "La", "Les") and \
        " " in org else org
    words = written.split()
    for k in range(sent.start, sent.end - len(words) + 1):
        if doc[k:k + len(words)].text != written:
            continue
        if any(t.lower_ in lex.office_head_words for t in doc[max(sent.start, k - 4):k]):
            return True
        for rs, re_, title, _former in roles:
            if not (title.lower().startswith(lex.bureau_titles) and rs <= k <= re_ + 3):
                continue  # a title of the body's bureau, with the body after it
            between = doc[trigger.i + 1:rs]
            if trigger.i < rs <= trigger.i + 3 and \
                    all(t.lower_ in ("comme", "en", "tant", "que", "qu'") for t in between):
                return True
            if trigger.i < rs <= trigger.i + 8 and rs - 2 > trigger.i and \
                    doc[rs - 1].lower_ == "de" and doc[rs - 2].lower_ in lex.post_nouns:
                return True  # "démissionné de son poste de vice-président de l'Assemblée"
            # "après avoir été président de l'Assemblée nationale"
            before = doc[max(sent.start, rs - 4):rs].text.lower().replace("’", "'")
            if "avoir été" in before or any(w in before for w in lex.until_then_markers):
                return True
    return False


def _successor_after(trigger: Token, frame: Frame, sent: Span, view: DocView) -> int:
    """Where the successor's name stands after a succession noun ("le successeur de X, Y"),
    or the end of the sentence."""
    if frame.pos != "NOUN":
        return sent.end
    people = [e for e in view.ents_in(sent) if e.label_ == "PER" and e.start > trigger.i]
    return people[1].start if len(people) > 1 else sent.end


def _handover_pair(trigger: Token, sent: Span, view: DocView) -> tuple[str, str, int] | None:
    """The outgoing and the incoming holder of a handover noun: "la passation de pouvoirs
    (rue de Valois) entre X et Y" (names only: "entre l'ancien et le nouveau président"
    gives none), and where the second name ends."""
    doc = trigger.doc
    entre = next((t for t in doc[trigger.i + 1:min(sent.end, trigger.i + 8)]
                  if t.lower_ == "entre"), None)
    if entre is None or any(t.is_punct for t in doc[trigger.i + 1:entre.i]):
        return None
    first = view.ent(doc[entre.i + 1]) if entre.i + 1 < sent.end else None
    if first is None or first.label_ != "PER" or first.end + 1 >= sent.end or \
            doc[first.end].lower_ != "et":
        return None
    second = view.ent(doc[first.end + 1])
    if second is None or second.label_ != "PER":
        return None
    return view.person_name(first), view.person_name(second), second.end


def _succession_subject(trigger: Token, frame: Frame, view: DocView) -> str:
    """The successor a succession noun's verb has for subject ("Il doit préparer la
    succession de X", "Y se prépare à la succession de X"), whose organisation is the one
    the predecessor leaves."""
    if frame.pos != "NOUN" or trigger.head.pos_ != "VERB" or trigger.dep_ not in (
            "obj", "obl:arg", "obl:mod", "obl"):
        return ""
    name, _how = _person_from_token(_subject_token(trigger.head), view)
    return name


def _taker_of_succession(trigger: Token, frame: Frame, view: DocView, lex: Lexicon) -> str:
    """The subject of the verb that takes a succession noun ("C'est donc X qui prend sa
    succession": X, who is not the one succeeded); "" otherwise ("préparer sa
    succession" is one's own)."""
    head = trigger.head
    verb = lex.verbs.get(head.lemma_) if frame.pos == "NOUN" and head.i != trigger.i else None
    if verb is None or _taken_succession(head, verb, lex) != trigger or \
            "Inf" in head.morph.get("VerbForm"):
        return ""  # (whose subject an infinitive does not say: "adoubée pour prendre sa
        # succession")
    named = _names_before(trigger.sent, head.i, view)  # "C'est X, porte-parole du
    # mouvement, qui prend"
    return _succession_subject(trigger, frame, view) or (
        view.person_name(named[-1]) if named else "")


def _names_before(sent: Span, end: int, view: DocView) -> list[Span]:
    """The names of persons of ``sent`` ending by token ``end``, not as a complement."""
    return [e for e in view.ents_in(sent) if e.label_ == "PER" and e.end <= end
            and not _is_complement(e)]


def _taken_succession(trigger: Token, frame: Frame, lex: Lexicon) -> Token | None:
    """The succession noun a trigger verb takes as its object ("prend la succession de X",
    "assurera la succession de X")."""
    if frame.pos != "VERB":
        return None
    for child in trigger.children:
        if child.dep_ == "obj" and (child.lemma_ in _SUCCESSION and child.lemma_ in lex.nouns
                                    or child.lower_ in lex.succession_objects):
            return child  # (and "prend la suite de X", "le relais de X")
    return None


def _heir(trigger: Token, sent: Span, view: DocView) -> str:
    """The person after ``à`` following a handover ("passe le relais à son dauphin, X")."""
    return _person_after(trigger, sent, view, ("à", "au"), reach=10, width=5,
                         stop_at_verb=True)


def _beneficiary(trigger: Token, sent: Span, view: DocView) -> str:
    """The person right after "au profit de" following a departure, in its clause ("a été
    écartée de la direction du Monde au profit de Y"); "" if none."""
    doc = trigger.doc
    for k in range(trigger.i + 1, min(sent.end - 3, trigger.i + 12)):
        if doc[k].pos_ in ("VERB", "AUX") or doc[k].text in (";", ":"):
            return ""
        if doc[k].lower_ == "au" and doc[k + 1].lower_ == "profit" and \
                doc[k + 2].lower_ in ("de", "d'", "d’", "du"):
            ent = view.ent(doc[k + 3])
            return view.person_name(ent) if ent is not None and ent.label_ == "PER" and \
                ent.start == k + 3 else ""
    return ""


def _handover_heir(heir: str, holder: str, frame: Frame, trigger: Token, sent: Span,
                   view: DocView, lex: Lexicon, status: str) -> Iterator[Mention]:
    """The appointment of the one a post is handed to: the post the holder leaves."""
    m = Mention(person=heir, kind="appointment", status=status, trigger=trigger, sent=sent,
                rule=f"appointment.verb.{frame.lemma}.handover.syntax", succeeds=holder)
    _date(m, trigger, sent, view)
    m.score = 0.5
    m.rules = [m.rule]
    yield m


def _predecessor(trigger: Token, frame: Frame, sent: Span, view: DocView,
                 passive: bool, successor: str = "") -> str:
    """The person replaced: "succède à X", "remplace X", "X a été remplacé par",
    "la succession de X", "successeur de X"; never the ``successor`` ("C'est donc X
    qui prend sa succession": the one in focus before X)."""
    doc = trigger.doc
    if frame.person == "entre":  # "la passation de pouvoirs entre X et Y": X
        pair = _handover_pair(trigger, sent, view)
        return pair[0] if pair else ""
    if trigger.lemma_ not in _SUCCESSION and frame.lemma not in _SUCCESSION:
        if frame.kind != "appointment" or (frame.pos == "VERB" and not passive
                                           and frame.obj == "person"):
            return ""  # "X a nommé Y à la place de Z" is left alone: who replaces whom?
        # "X a été nommé Premier ministre à la place de Y", "en remplacement de Y"
        for k in range(trigger.i + 1, min(sent.end - 3, trigger.i + 22)):
            words = (doc[k].lower_, doc[k + 1].lower_, doc[k + 2].lower_)
            if words[:2] == ("à", "la") and words[2] == "place" or \
                    words[:2] == ("en", "remplacement"):
                at = k + 3 if words[2] == "place" else k + 2
                if at + 1 < sent.end and doc[at].lower_ in ("de", "d'", "du"):
                    ent = view.ent(doc[at + 1])
                    if ent is not None and ent.label_ == "PER" and ent.start == at + 1:
                        return view.person_name(ent)
        return ""
    if passive:
        subj = _subject_token(trigger)
        name, _ = _person_from_token(subj, view)
        if name:
            return name
        before = _names_before(sent, trigger.i, view)  # not "Trois proches d'Emmanuel Macron"
        return view.person_name(before[-1]) if before else ""
    if frame.pos == "NOUN":
        if trigger.i > 0 and doc[trigger.i - 1].lower_ in ("son", "sa"):
            # "sa succession": of the one in focus
            return view.focus_person(trigger.i, pronoun=True, exclude=successor)
        if trigger.i + 1 >= sent.end or doc[trigger.i + 1].lower_ not in ("de", "d'", "du"):
            return ""  # "la succession de X"
    clitic = _clitic_before(trigger, frame) if frame.pos == "VERB" else None
    if clitic is not None:
        # "X lui succède"; "où lui a succédé Y": Y is the subject, not the one replaced
        return _clitic_predecessor(clitic, view)
    for k in range(trigger.i + 1, min(sent.end, trigger.i + 6)):
        ent = view.ent(doc[k])
        if ent is not None and ent.label_ == "PER":
            return view.person_name(ent)
        if doc[k].text == "," and k + 1 < sent.end and _describes_next_name(trigger, k, view):
            ent = view.ent(doc[k + 1])
            return view.person_name(ent)  # type: ignore[arg-type]
        if (doc[k].is_punct and doc[k].text != "'") or doc[k].lower_ in EVENT_PRONOUNS:
            break  # "remplacer celui de X": X's government, not X
        if doc[k].lower_ in _DE_FORMS and k - 1 > trigger.i and doc[k - 1].pos_ == "NOUN" \
                and k + 1 < sent.end and doc[k + 1].ent_type_ == "PER":
            break  # "remplace l'émission de X": X's programme, not X (but "succède au
            # président du Sénat X", "au patron de LVMH X")
    return ""


def _describes_next_name(trigger: Token, comma: int, view: DocView) -> bool:
    """The words between the trigger and the comma at ``comma`` describe the person named
    right after it: "succède à un autre Italien, Antonio Tajani", "remplace son adjoint,
    X" (a determiner, adjectives, and a noun of a person or a nation; no verb)."""
    doc = trigger.doc
    ent = view.ent(doc[comma + 1])
    if ent is None or ent.label_ != "PER" or ent.start != comma + 1:
        return False
    words = doc[trigger.i + 1:comma]
    if not 2 <= len(words) <= 5 or words[0].lower_ not in ("à", "au"):
        return False
    noun = words[-1].lower_
    nation = _demonym(noun)  # (the model takes "Italien" for a name)
    return all(t.pos_ in ("DET", "ADJ", "NOUN", "ADP") and not t.ent_type_
               for t in words[:-1]) and (nation or words[-1].pos_ == "NOUN" and (
                   noun in lexicon().person_nouns and not words[-1].ent_type_))


def _clitic_before(trigger: Token, frame: Frame) -> Token | None:
    """The object clitic of a verb of succession ("lui succède", "va lui succéder", "la
    remplace"), auxiliaries skipped."""
    doc = trigger.doc
    k = trigger.i - 1
    while k >= 0 and (doc[k].pos_ == "AUX" or doc[k].lemma_ in ("aller", "devoir")):
        k -= 1  # "lui a succédé", "va lui succéder"
    clitics = ("lui",) if frame.lemma == "succéder" else ("le", "la", "l'")
    return doc[k] if k >= 0 and doc[k].lower_ in clitics and doc[k].pos_ == "PRON" else None


def _clitic_predecessor(clitic: Token, view: DocView) -> str:
    """The one replaced when a clitic stands for it ("X lui succède", "Y va lui succéder",
    "X la remplace", "C'est X qui lui succède"): the last person named before, other than
    the subject."""
    doc = clitic.doc
    k = clitic.i
    named = view.ent(doc[k - 1]) if k > 0 else None
    if named is not None and named.label_ == "PER":
        subject = view.person_name(named)  # "X lui succède" (the parse often misses it)
    elif k > 0 and doc[k - 1].lower_ in ("il", "elle"):
        subject, _how = _person_from_token(doc[k - 1], view)  # "qu'il lui a succédé"
    elif k > 0 and doc[k - 1].lower_ == "qui" and (
            antecedent := _qui_antecedent(doc[k - 1], view)) is not None:
        # "C'est X, ancien bras droit de Y, qui lui succède": the one named before X
        return view.focus_person(antecedent.start, exclude=view.person_name(antecedent))
    else:
        return ""  # not "où lui a succédé X": the subject comes after
    return view.focus_person(k, exclude=subject) if subject else ""


def _qui_antecedent(qui: Token, view: DocView) -> Span | None:
    """The name of a person right before the relative pronoun, or right before the
    apposition between commas that precedes it ("C'est X, ancien bras droit de Y, qui")."""
    doc = qui.doc
    end = qui.i
    if end > 0 and doc[end - 1].text == ",":
        end -= 1
        while end > qui.sent.start and doc[end - 1].text != ",":
            end -= 1
        end -= 1  # the comma that opens the apposition
    ent = view.ent(doc[end - 1]) if end > qui.sent.start else None
    return ent if ent is not None and ent.label_ == "PER" and ent.end == end else None


def _agent_person(trigger: Token, sent: Span, view: DocView) -> str:
    """The person after ``par`` following a passive trigger."""
    return _person_after(trigger, sent, view, ("par",), reach=12, width=7)


def _person_after(trigger: Token, sent: Span, view: DocView, preps: tuple[str, ...], *,
                  reach: int, width: int, stop_at_verb: bool = False) -> str:
    """The person named within ``width`` tokens after the first of ``preps`` that
    follows the trigger (within ``reach`` tokens); "" if none."""
    doc = trigger.doc
    for k in range(trigger.i + 1, min(sent.end, trigger.i + reach)):
        if doc[k].lower_ in preps:
            for j in range(k + 1, min(sent.end, k + width + 1)):
                ent = view.ent(doc[j])
                if ent is not None and ent.label_ == "PER":
                    if _complement_of_title(ent):
                        # "remplacée par la conseillère de François Hollande, Audrey
                        # Azoulay": the name in apposition to the title, not its complement
                        at = ent.end + 1 if ent.end < sent.end and doc[ent.end].text == "," \
                            else ent.end
                        apposed = view.ent(doc[at]) if at < sent.end else None
                        return view.person_name(apposed) if apposed is not None and \
                            apposed.label_ == "PER" and apposed.start == at else ""
                    return view.person_name(ent)
                if stop_at_verb and doc[j].pos_ in ("VERB", "AUX"):
                    break
            return ""
    return ""


def _complement_of_title(ent: Span) -> bool:
    """A name complementing a person's title or relation, up to three words back ("la
    conseillère de X", "le directeur de cabinet de X", "un proche de X", "le frère de
    X")."""
    doc = ent.doc
    lex = lexicon()
    if ent.start < 2 or doc[ent.start - 1].lower_ not in _DE_FORMS:
        return False
    for tok in reversed(doc[max(0, ent.start - 5):ent.start - 1]):
        if tok.is_punct or tok.pos_ in ("VERB", "AUX"):
            return False
        if tok.lower_ in lex.person_nouns or tok.lower_ in lex.relation_nouns or \
                tok.lower_ in ("proche", "proches"):
            return True
    return False


def _orgs_from_roles(m: Mention, lex: Lexicon) -> None:
    """A government post designates its organisation: "nommé ministre de l'Intérieur"
    joins the ministère de l'Intérieur, "secrétaire d'État" the gouvernement; the staff of
    a member of the government, when nothing else is named, that member's body."""
    if m.role_to and m.kind != "departure":
        body = _org_of_role(m.role_to, lex)
        if not m.to_org or (body and not _same_body(body, m.to_org) and (
                _org_key(body).startswith((*_MINISTRY_KEYS, "prefecture"))
                or (body == "gouvernement" and _named_before(m.to_org, m.trigger)))):
            # a government post names its body, whatever else the sentence names ("la
            # nomination de X en tant que ministre de l'Intérieur" in a tribune in Le Monde;
            # "Le chef du parti Likoud, X, a été nommé Premier ministre" joins the
            # government, not the party of the title before his name)
            m.to_org = body or m.to_org or _staff_org(m.role_to, lex)
    if not m.from_org and m.role_from and (m.kind == "departure" or m.to_org) and not (
            m.former_role and m.kind in ("join", "appointment")):
        m.from_org = _org_of_role(m.role_from, lex) or _staff_org(m.role_from, lex)
    elif m.kind == "departure" and m.role_from and m.from_org and _post_named_left(m):
        # "investie tête de liste LREM, X a démissionné de son poste de ministre des
        # Affaires européennes": the post left names its body, whatever else is named
        body = _org_of_role(m.role_from, lex)
        if body and not _same_body(body, m.from_org) and (
                body == "gouvernement" or _is_ministry(body)):
            m.from_org = body


def _public_office_left(trigger: Token, lex: Lexicon) -> bool:
    """The post the trigger leaves, named right after it, is a public elected office
    ("quitterait ses fonctions de maire de Tourcoing", "démissionne de son mandat de
    député"): no organisation is left, whatever titles the sentence gives the person."""
    doc = trigger.doc
    k = trigger.i + 1
    if k < len(doc) and doc[k].lower_ == "de":
        k += 1  # "démissionne de son mandat de"
    if k + 3 >= len(doc) or doc[k].pos_ != "DET" or doc[k + 1].lower_ not in lex.post_nouns \
            or doc[k + 2].lower_ not in ("de", "d'", "d’"):
        return False
    said = " ".join(t.lower_ for t in doc[k + 3:min(len(doc), k + 7)])
    return _is_public_office(said, lex)


def _named_before(org: str, trigger: Token) -> bool:
    """The organisation is named in the trigger's sentence before the trigger, and not
    after it."""
    sent = trigger.sent
    before = trigger.doc[sent.start:trigger.i].text
    return org in before and org not in trigger.doc[trigger.i:sent.end].text


def _post_named_left(m: Mention) -> bool:
    """The departure's sentence names the post left after a post noun ("démissionné de son
    poste de ministre des Affaires européennes", "quitte ses fonctions de préfète")."""
    said = fold(m.sent.text)
    role = fold(m.role_from)
    return any(f"{noun} de {role}" in said or f"{noun} d'{role}" in said
               for noun in ("poste", "postes", "fonctions", "fonction", "mandat"))


def _org_of_role(role: str, lex: Lexicon) -> str:
    """The organisation a title designates: ``ministre de l'Intérieur`` the ministère de
    l'Intérieur, ``préfet de la Manche`` the préfecture de la Manche (``role_org_heads``),
    ``commissaire européenne`` the Commission européenne (``role_organisations``), a
    government title the gouvernement."""
    r = fold(role)
    if r in lex.government_roles:
        return "gouvernement"  # "ministre d'État" is a rank, no ministry
    for head, org in lex.role_org_heads.items():
        if any(r.startswith(f"{head} {p}") for p in ("de ", "du ", "des ", "d'", "a ", "au ",
                                                      "aux ")):
            return org + role[len(head):]
    for title, org in lex.role_organisations.items():
        if r == title or r.startswith(title + " "):
            return org
    if r in lex.government_roles or r.startswith(("ministre", "secretaire d'etat")):
        return "gouvernement"
    if r.startswith(("charge ", "chargee ")):
        # "chargée de la Biodiversité": a portfolio (capitalised), not "chargé de mission"
        words = role.split()[1:]
        content = [w for w in words if w.lower() not in ("de", "du", "des", "la", "le", "l'")]
        if content and content[0][:1].isupper():
            return "gouvernement"
    return ""


def _staff_org(role: str, lex: Lexicon) -> str:
    """The organisation of a title on the staff of a member of the government or of a
    mayor, which is that member's ("directeur de cabinet du ministre de l'Intérieur" works
    at the ministère de l'Intérieur, "conseillère de la secrétaire d'État chargée du
    Numérique" in the gouvernement, "adjoint à la maire de Paris" at the mairie de
    Paris), or ""."""
    for link in re.finditer(r" (?:du|de la|au|à la|a la) ", role.lower()):
        inner = " ".join(role[link.end():].split())
        if fold(inner).startswith(("ministre", "secretaire d'etat")):
            return _org_of_role(inner, lex)
        if fold(inner).startswith(("maire de ", "maire d'")):
            return "mairie" + inner[len("maire"):]  # "adjoint à la maire de Paris"
    return ""


# Words between a participle and the date it governs ("créée en 1958", "arrivé dès le 2
# mai", "nommé fin 2019").
_DATE_LEADS = frozenset({"en", "le", "l'", "dès", "au", "à", "début", "fin", "mi", "courant",
                         "depuis", "il", "y", "a"})


def _token_before(sent: Span, char: int) -> Token | None:
    """The last token of the sentence that ends before character ``char`` of the doc."""
    before = [t for t in sent if t.idx + len(t.text) <= char]
    return before[-1] if before else None


def _date(m: Mention, trigger: Token, sent: Span, view: DocView) -> None:
    """The date nearest the trigger; "depuis 2019" dates a state, not the move. A new
    holder's title ("le nouveau ministre") has only the date of a verb that tells the
    move ("est", "devient"), not of one that tells what the holder said or did ("a réagi
    dimanche le nouveau ministre")."""
    if trigger.lower_ in _NEW_TITLE and not _titled_by_copula(trigger):
        return
    text = sent.text
    # told in the present, a date without its year is the nearer one: "X rejoint Renault le
    # 1er septembre" in July is to come, and so planned (below)
    present = m.status == "done" and _told_in_present(trigger)
    # "depuis 2019" dates a state; "jusqu'en 2027" the end of a contract or a mandate
    previous = sent.doc[sent.start - 1].sent.text if sent.start > 0 else ""
    dates = [d for d in find_dates(text, view.published, future=m.status == "planned",
                                   nearest=present, before=previous)
             if not d.text.lower().startswith(("depuis", "jusqu"))
             and not text[max(0, d.start - 12):d.start].lower().replace("’", "'").rstrip()
             .endswith(("jusqu'", "jusqu'en", "jusqu'au", "jusqu'à", "jusqu'à la fin"))]
    if dates:
        at = trigger.idx - sent.start_char

        def distance(d: Any) -> int:
            lo, hi = sorted((d.start, at))
            # a date across a comma belongs to another clause ("Entrée en 1998, X a été
            # nommée en 2021"), unless it opens the sentence whose main verb the trigger is
            # ("En avril, X a créé le mouvement, avec un meeting le 12 juillet")
            opening = not text[:d.start].strip(" \"«“") and trigger.dep_ == "ROOT"
            return abs(d.start - at) + (1000 if "," in text[lo:hi] and not opening else 0)

        def in_relative(d: Any) -> bool:
            """A date inside a relative clause of another verb ("remplacera X, qui a
            rejoint Y en octobre"; "X, qui avait rejoint le PS en 2010, a été nommé": a
            clause closed before the trigger)."""
            lo, hi = sorted((d.start, at))
            if _RELATIVE.search(text[lo:hi]):
                return True
            opens, closes = text.rfind(",", 0, d.start), text.find(",", d.end)
            return at > d.end and opens >= 0 and 0 <= closes < at and \
                bool(_RELATIVE.match(text, opens))

        def learnt(d: Any) -> bool:
            """The date the news came out, not the move's (", a-t-on appris mercredi")."""
            words = text[:d.start].split()
            return bool(words) and words[-1].lower() in lexicon().learning_words

        def dateline(d: Any) -> bool:
            """An agency dateline, the day of the dispatch ("PARIS, 14 mars (AFP) -")."""
            return bool(_DATELINE_BEFORE.match(text[:d.start])
                        and _DATELINE_AFTER.match(text[d.end:]))

        def of_a_noun(d: Any) -> bool:
            """The date of another noun's event ("les élections européennes du 26 mai");
            not "à compter du 1er mars", "à partir du 2 mai"."""
            words = text[:d.start].split()
            return len(words) >= 2 and words[-1].lower() == "du" and \
                words[-2].lower() not in ("compter", "partir")

        def of_a_life(d: Any) -> bool:
            """A birth's or a death's date ("Né le 12 mai 1945 à Boulogne, X a débuté")."""
            words = text[:d.start].lower().replace(",", " ").split()[-3:]
            return any(w in lexicon().life_event_words for w in words)

        def of_a_participle(d: Any) -> bool:
            """The date of another participle ("l'École de la magistrature, créée en
            1958"; "X, recruté en 2015 par Google, a quitté Renault"), not of one telling
            the same kind of move ("a quitté X pour créer la société, fondée en mars")."""
            k = _token_before(sent, sent.start_char + d.start)
            while k is not None and k.i > sent.start and k.lower_ in _DATE_LEADS:
                k = k.doc[k.i - 1]
            frame = _verb_frame(k, lexicon()) if k is not None else None
            return k is not None and k.i != trigger.i and k.head.i != trigger.i and \
                (frame is None or frame.kind != m.kind) and \
                "Part" in k.morph.get("VerbForm") and "Past" in k.morph.get("Tense") and \
                k.pos_ in ("VERB", "ADJ") and k.lemma_ != trigger.lemma_ and \
                not any(c.dep_.startswith("aux") for c in k.children)  # not "a annoncé"

        def past_told_apart(d: Any) -> bool:
            """A day to come, across a comma from a verb in a compound past: another
            verb's ("Mardi 30 juin, X, qui a quitté son poste, sera entendue")."""
            lo, hi = sorted((d.start, at))
            return bool(view.published) and d.iso > view.published[:len(d.iso)] and \
                "," in text[lo:hi] and trigger.pos_ == "VERB" and \
                _told_as_past(trigger, _verb_group(trigger))

        dates = [d for d in dates if not in_relative(d) and not learnt(d) and not dateline(d)
                 and not of_a_noun(d) and not of_a_life(d) and not of_a_participle(d)
                 and not past_told_apart(d)]
        if not dates:
            return
        best = min(dates, key=distance)
        m.date, m.date_text = best.iso, best.text
        if present and view.published and best.iso > view.published[:len(best.iso)]:
            m.status = "planned"  # "X quitte France 2 à la fin du mois d'octobre"


def _titled_by_copula(trigger: Token) -> bool:
    """The new holder's title at ``trigger`` is told by "être", "devenir", a verb of
    naming or of moving ("X est le nouveau PDG", "X devient la nouvelle directrice", "un
    nouveau patron, X, arrive le 1er novembre"), or stands in a headline without a verb
    ("Markus Duesmann nouveau PDG d'Audi")."""
    sent = trigger.sent
    if any(t.lemma_ in _TITLING_LEMMAS or t.lower_.startswith(("devien", "devenu"))
           for t in sent.doc[max(sent.start, trigger.i - 8):trigger.i]):
        return True  # (whatever the parse: "deviendra le 1er septembre le nouveau PDG")
    verbs = []  # the verbs the title depends on, up to the root (past a misparsed word)
    head = trigger
    for _ in range(8):
        if head.pos_ in ("VERB", "AUX"):
            verbs.append(head)
        if head.head == head:
            break
        head = head.head
    if not verbs:
        return not any(t.pos_ in ("VERB", "AUX") for t in sent)
    lex = lexicon()
    return any(v.lemma_ in _TITLING_LEMMAS or v.lemma_ in lex.verbs  # "arrive le 1er
               or any(c.dep_ == "cop" for c in v.children) for v in verbs)  # novembre"


# Verbs that tell a new holder's title ("X est le nouveau PDG", "devient", "nommé").
_TITLING_LEMMAS = frozenset({"être", "devenir", "nommer", "désigner", "élire"})


def _news_of_the_day(m: Mention, published: str, lex: Lexicon) -> bool:
    """A move told as the news, in the present ("X remplace Y", "X est nommée"), not in a
    story of a career ("il rejoint ensuite"): it happens the day the article is out."""
    trigger, year = m.trigger, published[:4]
    if any(t.lower_ in lex.narrative_words or t.lower_ in lex.learning_words or (
            # "un poste qu'il occupera jusqu'en mai 1995"; ", a-t-on appris jeudi"
            len(t.text) == 4 and t.text.isdigit() and t.text != year) for t in m.sent):
        return False
    if trigger.lower_ in _NEW_HOLDER:  # "X est la nouvelle secrétaire d'État"
        return any(c.dep_ == "cop" and "Pres" in c.morph.get("Tense")
                   for c in trigger.head.children)
    if "Part" in trigger.morph.get("VerbForm"):
        auxes = [c for c in trigger.children if c.dep_.startswith("aux")]
        return len(auxes) == 1 and auxes[0].dep_ == "aux:pass" and \
            "Pres" in auxes[0].morph.get("Tense")  # "est nommée", not "a été nommée"
    return _told_in_present(trigger)


def _told_in_present(trigger: Token) -> bool:
    """A verb trigger in the simple present ("X rejoint Renault", "quitte France 2"): no
    auxiliary, no participle or infinitive, no other tense (the small model leaves some
    forms untagged, "rejoint" among them)."""
    if trigger.pos_ in ("NOUN", "PROPN", "ADJ") or trigger.lower_.endswith(_PARTICIPLE_ENDINGS):
        return False
    if {"Part", "Inf"} & set(trigger.morph.get("VerbForm")) or \
            {"Fut", "Cnd", "Past", "Imp"} & _tense(trigger):
        return False
    if any(c.dep_.startswith("aux") for c in trigger.children):
        return False
    k = _before_adverbs(trigger) - 1
    return k < 0 or trigger.doc[k].lower_ not in _AUXILIARY_FORMS


def _participle_adjunct_subject(trigger: Token, view: DocView) -> list[tuple[str, str]]:
    """A present participle after a comma, with no subject of its own ("Elle prendra ses
    fonctions le 1er mars, succédant à X"), is said of the subject of the finite verb
    before it in its sentence, if that subject is a person."""
    doc = trigger.doc
    if not trigger.lower_.endswith("ant") or trigger.i < trigger.sent.start + 2 or \
            doc[trigger.i - 1].text != "," or any(c.dep_.startswith("nsubj")
                                                   for c in trigger.children):
        return []
    verb = next((t for t in reversed(doc[trigger.sent.start:trigger.i - 1])
                 if t.pos_ in ("VERB", "AUX") and "Fin" in t.morph.get("VerbForm")), None)
    if verb is None:
        return []
    if verb.dep_.startswith("aux"):
        verb = verb.head
    name, how = _person_from_token(_child(verb, "nsubj"), view)
    return [(name, how)] if name else []


def _object_relative_of(org: Span, trigger: Token) -> bool:
    """``trigger`` is the verb of a relative clause whose object is ``org``, which another
    trigger governs: "est revenu chez Renault, qu'il avait quitté en 2015" (both moves
    have it)."""
    doc = trigger.doc
    k = org.end
    if k + 2 > trigger.i or doc[k].text != "," or doc[k + 1].lower_ not in ("qu'", "qu’", "que"):
        return False
    return trigger.i - k <= 6 and all(t.pos_ in ("PRON", "AUX", "ADV") or t.lower_ in _AVOIR
                                      for t in doc[k + 2:trigger.i])


def _nearest_trigger(org: Span, triggers: list[tuple[Token, Frame]]) -> int:
    """The trigger an organisation belongs to: the verb that governs it ("a démissionné
    de son poste de WWF France pour rejoindre la liste"), else the closest trigger."""
    at = {t.i: n for n, (t, _) in enumerate(triggers)}
    tok = org.root
    for step in range(5):  # "quitté son poste de directeur commercial de l'entreprise X"
        if tok.head is tok:
            break
        tok = tok.head
        if tok.ent_type_ == "PER":
            break  # "comme X, présidente de la Cour suprême qui a été limogée": X's title
        if step == 0 and tok.i in at and tok.pos_ == "NOUN" and tok.i < org.start and \
                any(c.dep_ == "case" for c in org.root.children):
            return at[tok.i]  # "parti chez Google après son départ d'Apple": the noun's
            # complement (not a name the parser hung on a participle read as a noun)
        # (a verb the model took for an adjective: "X quitte de son côté le ministère", or
        # a trigger it took for a name, as a capitalised participle: "Nommé en 2017 à la
        # tête de Renault, X")
        if tok.i in at and tok.pos_ in ("VERB", "AUX", "ADJ", "PROPN") and tok.i < org.start:
            # unless another trigger stands between them in the organisation's own clause:
            # "a rejoint Barclays, dans la foulée de X, partie chez Capgemini"
            # ("X démissionne et quitte Renault", "quitte" taken for a conjunction)
            closer = [n for i, n in at.items() if tok.i < i < org.start
                      and not any(t.is_punct for t in org.doc[i:org.start])
                      and any(t.is_punct or t.lower_ in ("et", "puis")
                              for t in org.doc[tok.i:i])]
            return closer[-1] if closer else at[tok.i]
        if tok.pos_ in ("VERB", "AUX"):
            break
    best, best_d = 0, 10**9
    for n, (t, _) in enumerate(triggers):
        d = org.start - t.i if org.start >= t.i else (t.i - org.end) + 2
        if t.i > org.end and t.pos_ == "NOUN" and any(
                u.lower_ == "et" for u in org.doc[org.end:t.i]):
            d += 10  # "l'arrivée de X au ministère de la Culture et le départ de Y": the
            # organisation closes the phrase before the noun coordinated with it
        if d < best_d:
            best, best_d = n, d
    return best


_NOT_OWNER_PREPS = frozenset({"par", "pour", "avec", "auprès", "à", "au", "aux", "contre",
                              "sous", "selon", "face"})


# Participles of a comparison with what was expected ("plus tôt que prévu", "comme
# annoncé"): no clause of their own.
_AS_PLANNED = frozenset({"prévu", "annoncé", "attendu", "convenu", "espéré", "redouté"})


_TIME_UNITS = frozenset({"jour", "jours", "semaine", "semaines", "mois", "an", "ans", "année",
                         "années", "décennie", "décennies", "carrière", "passage"})


def _after_time_spent(org: Span) -> bool:
    """``après 34 jours au gouvernement``, ``après dix ans chez Renault``: the
    organisation where the time was spent (left), not a destination."""
    doc, start = org.doc, org.sent.start

    def before_articles(k: int) -> int:
        while k > start and doc[k].lower_ in ("le", "la", "les", "l'"):
            k -= 1
        return k

    k = before_articles(org.start - 1)
    if k > start + 1 and doc[k].lower_ in _DE_FORMS and doc[k - 1].pos_ == "NOUN":
        # "après neuf ans à l'antenne de RTL", "après dix ans à la tête de Renault"
        k = before_articles(k - 2)
    if k < org.sent.start + 2 or doc[k].lower_ not in ("à", "au", "aux", "chez", "dans", "sur"):
        return False
    if _time_spent(doc[k - 1]) and k - 1 > org.sent.start + 1:
        k -= 1  # "après dix ans passés chez Renault"
    unit = doc[k - 1]
    return unit.lower_ in _TIME_UNITS and (doc[k - 2].like_num or any(
        t.lower_ == "après" for t in doc[max(org.sent.start, k - 5):k - 1]))


def _summer(tok: Token) -> bool:
    """"cet été", the season, which the model may read as the participle of "être"."""
    return tok.lower_ == "été" and tok.i > 0 and tok.doc[tok.i - 1].lower_ == "cet"


_SPENT_FORMS = frozenset({"passé", "passés", "passée", "passées"})


def _time_spent(tok: Token) -> bool:
    """"passé(e)s" after a unit of time ("dix ans passés chez Renault"), or "passer" with a
    length of time for object ("où il a passé huit ans"): time spent somewhere, not a move
    of its own."""
    doc = tok.doc
    if tok.i > tok.sent.start and tok.lower_ in _SPENT_FORMS and \
            doc[tok.i - 1].lower_ in _TIME_UNITS:
        return True
    if tok.lemma_ != "passer" and tok.lower_ not in _SPENT_FORMS:
        return False
    for t in doc[tok.i + 1:min(tok.sent.end, tok.i + 4)]:
        if t.lower_ in _TIME_UNITS:
            return True
        if t.pos_ == "ADP" or t.is_punct:
            break
    return False


def _names_width(trigger: Token, limit: int, view: DocView) -> int:
    """The words the names of persons take between the trigger and token ``limit`` beyond
    one each: a name counts as one word in the trigger's reach ("la nomination de Jean
    Dupont et Marie Durand à la tête de Renault")."""
    return sum(len(e) - 1 for e in view.ents_in(trigger.doc[trigger.i + 1:limit])
               if e.label_ == "PER")


def _apposition_length(trigger: Token, limit: int, view: DocView) -> int:
    """The tokens of an apposition closed by two commas, or of a parenthesis, after the
    name right after the trigger, before token ``limit`` ("la nomination de X, un ancien de
    SFR, à la tête de Y"; "remplace X (candidat à l'investiture LREM) comme porte-parole du
    gouvernement"): they do not count in the trigger's reach; 0 when there is none."""
    doc = trigger.doc
    for k in range(trigger.i + 1, min(limit, trigger.i + 6)):
        ent = view.ent(doc[k])
        if ent is None or ent.label_ != "PER":
            continue
        if ent.end < limit and doc[ent.end].text == "(":
            close = next((j for j in range(ent.end + 1, min(limit, ent.end + 16))
                          if doc[j].text == ")"), None)
            return 0 if close is None else close - ent.end + 1
        if ent.end >= limit or doc[ent.end].text != ",":
            return 0
        close = next((j for j in range(ent.end + 1, min(limit, ent.end + 14))
                      if doc[j].text == ","), None)
        if close is None or close + 1 >= limit or doc[close + 1].pos_ != "ADP":
            return 0  # the trigger's complements resume after it: ", à la tête de Y"
        return close - ent.end + 1
    return 0


def _dont_antecedent(org: Span, trigger: Token) -> bool:
    """The organisation is the antecedent of a relative "dont" whose clause holds the
    trigger: "Renault, dont le PDG X a démissionné", "Les Républicains (8%), dont le
    président X démissionne", "le PS, dont X a pris la tête"."""
    doc = org.doc
    k = org.end
    if k < trigger.i and doc[k].text == "(":  # a parenthesis after the name: "(8%)"
        close = next((j for j in range(k, min(trigger.i, k + 8)) if doc[j].text == ")"), None)
        if close is None:
            return False
        k = close + 1
    if k + 1 >= trigger.i or doc[k].text != "," or doc[k + 1].lower_ != "dont":
        return False
    return not any(t.is_punct for t in doc[k + 2:trigger.i])


def _incidental(sent: Span, lex: Lexicon) -> set[int]:
    """The tokens of the incidental phrases of a sentence ("de son côté", "quant à lui")."""
    out: set[int] = set()
    for k in range(sent.start, sent.end):
        out.update(range(k, k + _incidental_length(sent.doc, k, lex, sent.end)))
    return out


def _incidental_length(doc: Doc, i: int, lex: Lexicon, end: int = 0) -> int:
    """How many tokens the longest incidental phrase starting at token ``i`` takes (0 for
    none), within ``end`` (the document's end by default)."""
    end = end or len(doc)
    words = tuple(t.lower_ for t in doc[i:min(end, i + 5)])
    return max((len(p) for p in lex.incidental_phrases if words[:len(p)] == p), default=0)


def _title_of_other(org: Span, person: str, roles: list[tuple[int, int, str, bool]],
                    view: DocView) -> bool:
    """The organisation completes a title right before it that belongs to another named
    person than the mover."""
    for rs, re_, _title, _former in roles:
        if rs < org.start <= re_ + 3:  # "directeur de cabinet de X" overlaps "cabinet de X"
            owner = _role_owner(rs, re_, org.sent, view)
            if owner and owner != person:
                return True
    return False


def _agent_name(ent: Span) -> bool:
    """A name after "par", or after "par" and its title ("par le président X")."""
    return _agent_par(ent.doc, ent.start) >= 0


def _agent_par(doc: Doc, i: int) -> int:
    """The "par" that introduces the name starting at token ``i``, right before it or
    before its determiner and title ("par le président X", "par le nouveau patron X");
    -1 when there is none."""
    if i >= len(doc):
        return -1
    k = i - 1
    if k >= 0 and doc[k].lower_ == "par":
        return k
    while k > i - 4 and k >= 0 and doc[k].pos_ in ("NOUN", "ADJ") and doc[k].text.islower():
        k -= 1
    return k - 1 if k >= 1 and doc[k].pos_ == "DET" and doc[k - 1].lower_ == "par" else -1


def _name_then_title(rs: int, view: DocView) -> str:
    """The person whose name the title at ``rs`` follows with nothing between ("X
    président et Y directeur général") or in apposition ("X, le dirigeant du Fine Gael"),
    unless that name is a complement ("nommé par X PDG de Y", "le fils de X")."""
    doc = view.doc
    k = rs - 1
    if k > 0 and doc[k].pos_ == "DET" and doc[k - 1].text == ",":
        k -= 2  # "X, le dirigeant de Y"
    elif k > 0 and doc[k].text == ",":
        k -= 1  # "X, dirigeant de Y"
    ent = view.ent(doc[k]) if k >= 0 else None
    if ent is None or ent.label_ != "PER" or ent.end != k + 1 or (
            ent.start > 0 and doc[ent.start - 1].lower_ in ("par", *_DE_FORMS)):
        return ""
    return view.person_name(ent)


def _role_owner(rs: int, re_: int, sent: Span, view: DocView) -> str:
    """The person a title belongs to: the nearest name in the sentence (adjacent titles
    such as "X (CEO)", "X, PDG de Y", "le PDG X" first)."""
    best, best_d = "", 10**9
    for ent in view.ents_in(sent):
        if ent.label_ != "PER":
            continue
        d = rs - ent.end if rs >= ent.end else ent.start - re_
        if d < 0:
            continue
        if ent.start >= re_ and any(t.lower_ in _NOT_OWNER_PREPS
                                    for t in sent.doc[re_:ent.start]):
            continue  # "nommé Premier ministre par Emmanuel Macron": the appointer
        if ent.end <= rs and _agent_name(ent) and not any(
                t.is_punct for t in sent.doc[ent.end:rs]):
            continue  # "nommé par le président X Premier ministre": the appointer's name
            # before the post given (but "fondée par X, le patron de Tesla" is his title)
        if ent.start >= re_ and ent.start > sent.start and \
                sent.doc[ent.start - 1].lower_ in _DE_FORMS:
            continue  # "nommé ministre de la Santé en remplacement d'Agnès Buzyn": hers
            # before, not hers now; "directeur de cabinet de X" is not X's title
        if d < best_d:
            best, best_d = view.person_name(ent), d
    return best if best_d <= 3 else ""


def _inner_title(title: Span) -> bool:
    """The title holds the title of another person as its complement ("directeur de
    cabinet du ministre de l'Intérieur", "conseillère de la présidente"), to whom a name
    in apposition after it belongs."""
    nouns = lexicon().person_nouns
    doc = title.doc
    return any(t.lower_ in nouns and (doc[t.i - 1].lower_ in ("du", "au") or (
        doc[t.i - 1].lower_ in ("la", "l'", "l’") and doc[t.i - 2].lower_ in (*_DE_FORMS, "à")))
        for t in title[2:])


_FOUNDER_TITLES = {"fondateur", "fondatrice", "cofondateur", "cofondatrice", "co-fondateur",
                   "co-fondatrice"}


def _addressed_at(doc: Doc, i: int) -> bool:
    """The title at token ``i`` follows "au", "aux", "à la" or "à l'": the one something
    goes to ("a remis sa démission à la directrice générale de Renault")."""
    return (i >= 1 and doc[i - 1].lower_ in ("au", "aux")) or (
        i >= 2 and doc[i - 2].lower_ == "à" and doc[i - 1].lower_ in ("la", "l'", "l’"))


def _opposed(org: Span, lex: Lexicon) -> bool:
    """The organisation is the complement of a noun of opposition ("un adversaire du
    CPL", "l'un des opposants au régime", "le rival de Renault"): someone against it, not
    in it (but "sa rivale au Medef" competes inside the Medef)."""
    doc = org.doc
    k = org.start - 1
    if k >= 0 and doc[k].lower_ in ("le", "la", "l'", "l’", "les"):
        k -= 1
    if k < 1 or doc[k].lower_ not in ("de", "d'", "d’", "du", "des", "à", "au", "aux"):
        return False
    noun = doc[k - 1].lower_
    # a rival "au PSG" competes inside it, one "du PSG" against it, and so does "un club
    # concurrent au PSG", the adjective of an organisation's noun
    return noun in lex.opponent_nouns or (noun in lex.rival_nouns and (
        doc[k].lower_ not in ("à", "au", "aux")
        or k >= 2 and doc[k - 2].lower_ in lex.org_descriptions))


# Words that may stand between a title and what opens its phrase ("l'ancien ministre").
_TITLE_LEADS = frozenset({"le", "la", "l'", "l’", "les", "un", "une", "ancien", "ancienne",
                          "ex", "nouveau", "nouvel", "nouvelle", "actuel", "actuelle"})


def _own_title_at(tok: Token) -> bool:
    """The title at ``tok`` opens its sentence or an apposition after a comma ("L'ancien
    ministre de X, qui", "Paul Girard, l'ancien ministre de X, qui"): the title of the one
    it names, not the complement of another noun ("fille de l'ancien ministre", "reçu par
    l'ancien ministre", "candidat au poste de président")."""
    doc, k = tok.doc, tok.i - 1
    while k >= tok.sent.start and doc[k].lower_ in _TITLE_LEADS:
        k -= 1
    return k < tok.sent.start or doc[k].text in (",", "(")


def _assign_roles(m: Mention, trigger: Token, roles: list[tuple[int, int, str, bool]],
                  person: str, view: DocView, frame: Frame) -> None:
    sent = trigger.sent
    # the title right after the trigger first: "Chef de la formation Yamina, X avait été
    # nommé ministre de la Défense" takes "ministre de la Défense"
    roles = sorted(roles, key=lambda r: not 0 <= r[0] - trigger.i <= 2)
    described = _object_apposition(trigger, frame, False, roles, view) \
        if m.kind != "departure" else None
    subject = _subject_name(trigger, view)
    # the title a relative subject stands for: "l'ancien ministre de la Transition
    # écologique, qui a démissionné" leaves that post
    qui = _child(trigger, "nsubj")
    antecedent = _relative_antecedent(qui, view) \
        if qui is not None and qui.lower_ == "qui" and view.ent(qui) is None else None
    if antecedent is not None and not _own_title_at(antecedent):
        antecedent = None  # "X, fille de l'ancien ministre de la Culture, qui": his post
    for rs, re_, title, former in roles:
        if title.lower() in _FOUNDER_TITLES:
            continue
        if described and described[0] < rs < described[1]:
            continue  # "nomme X, maire d'Antibes, vice-président de LR": who X is
        doc = trigger.doc
        if rs > 0 and doc[rs - 1].lower_ in ("tel", "telle", "tels", "telles"):
            continue  # "remplacer tel ou tel dirigeant": no post in particular
        if rs >= 1 and (doc[rs - 1].lower_ == "par" or rs >= 2 and doc[rs - 2].lower_ == "par"
                        and doc[rs - 1].lower_ in ("le", "la", "l'", "son", "sa")):
            continue  # "nommé par le président": the appointer's title
        if m.kind == "departure" and rs > trigger.i and _addressed_at(doc, rs):
            continue  # "a présenté sa démission au Premier ministre": whom it went to
        if frame.pos == "VERB" and frame.obj == "person" and re_ <= trigger.i and any(
                t.dep_ == "nsubj" and t.head == trigger for t in doc[rs:re_]):
            continue  # "le président de la République a nommé X": the appointer's title
        owner = _role_owner(rs, re_, sent, view)
        if owner and frame.obj == "person" and rs > trigger.i and owner == subject:
            owner = ""  # "X l'a nommé ministre": the post the verb gives, not X's title
        if owner and owner != person and rs > trigger.i and (
                doc[rs].lower_ != _singular(doc[rs].lower_) == title.split()[0].lower()):
            owner = ""  # "X et Y ont été nommés ministres": a title in the plural is each one's
        if owner and owner != person and _inner_title(doc[rs:re_]) and (
                rs > trigger.i or (re_ < len(doc) and doc[re_].ent_type_ == "PER")):
            # "nommé directeur de cabinet du ministre de l'Intérieur, X", "X, adjoint à la
            # maire de Paris Y, a démissionné": the name after the title is the minister's,
            # the mayor's; the title is the name's before it, if any
            before = view.ent(doc[rs - 2]) if rs >= 2 and doc[rs - 1].text == "," else None
            owner = view.person_name(before) if before is not None and \
                before.label_ == "PER" else ""
        if owner and owner != person:
            continue
        # (words that introduce the post do not count: "nommé en tant que nouveau préfet",
        # nor the name and its apposition: "nomme X, maire d'Antibes, vice-président")
        after = described[1] if described and rs > described[1] else trigger.i
        # (nor, with no other verb before the post, the organisation joined and a year:
        # "entrée à l'Élysée en 2017 comme conseillère"; not "son départ de la SNCF pour
        # devenir ministre", the title of another verb)
        between = doc[after + 1:rs]
        own_clause = frame.pos == "VERB" and not any(t.pos_ in ("VERB", "AUX") for t in between)
        distance = rs - after - sum(
            t.lower_ in _POST_INTRODUCERS or own_clause and (
                _org_or_year(t) or _time_phrase_word(t)) for t in between)
        agent = next((e for e in view.ents_in(sent) if e.label_ == "PER"
                      and after < e.start and e.end <= rs and _agent_par(doc, e.start) > after),
                     None)
        if agent is not None:  # "choisi par le président X comme Premier ministre"
            distance -= agent.end - _agent_par(doc, agent.start)
        # "démissionner de son poste de ministre des Armées"
        post_of = 0 <= rs - trigger.i <= 8 and rs >= 2 and \
            trigger.doc[rs - 2].lower_ in ("poste", "fonctions", "fonction", "mandat", "rôle",
                                           "titre", "siège", "fauteuil") and \
            trigger.doc[rs - 1].lower_ in ("de", "d'")
        near_trigger = 0 <= distance <= 4 or 0 <= trigger.i - re_ <= 2 or post_of or (
            antecedent is not None and antecedent.i == rs)
        if not owner and not near_trigger:
            continue
        if frame.obj == "role" and re_ <= trigger.i and not former and m.kind != "departure":
            continue  # "Le ministre du Budget X devient ainsi \"Darminan\"": not what X becomes
        if former or m.kind == "departure" or (m.kind == "join" and re_ <= trigger.i):
            # a title held before joining is the one left: "Son secrétaire d'État X est
            # passé chez Y", "le PDG de Renault X a rejoint Y"
            if not m.role_from:
                m.role_from, m.former_role = title, former
        elif re_ <= trigger.i and m.kind == "appointment" and _post_follows(trigger):
            # the verb names its own post: the title before the name is the one held ("Le
            # ministre de la Défense X a été nommé à la tête de l'armée")
            if not m.role_from:
                m.role_from = title
        elif rs > trigger.i and (distance <= 2 or post_of):
            # the post named right after the trigger is the one taken, before a title the
            # subject holds ("Le patron de LR, X, a été nommé ministre de l'Intérieur")
            m.role_to = title
        else:
            m.role_to = m.role_to or title


def _head_post_follows(trigger: Token, view: DocView) -> bool:
    """"à la direction" or "à la tête" follows the noun of a move, then the person ("avec
    l'arrivée à la direction d'Yves de Kerdrel"), and the last organisation named before
    it is the one the article is about: a post taken there (not "à la présidence", often
    a country's; nor after "Lactalis a racheté Yoplait.", another's)."""
    words = spaced([t.lower_ for t in trigger.doc[trigger.i + 1:trigger.i + 6]]).strip()
    if not (words.startswith(("à la direction d", "à la tête d")) and any(
            t.ent_type_ == "PER" for t in trigger.doc[trigger.i + 4:trigger.i + 6])):
        return False
    before = [e for e in view.all_ents if e.end <= trigger.i and _organisation(e)]
    return bool(before) and bool(view.salient_key) and _key_of(before[-1]) == view.salient_key


def _post_follows(trigger: Token) -> bool:
    """A phrase of a post follows the trigger, past adverbs and a time phrase ("a été
    nommé lundi à la tête de")."""
    doc = trigger.doc
    k = trigger.i + 1
    while k < len(doc) and k - trigger.i <= 4 and (
            doc[k].pos_ in ("ADV", "NUM") or _time_phrase_word(doc[k])):
        k += 1
    return spaced([t.lower_ for t in doc[k:k + 4]]).strip().startswith(lexicon().post_phrases)


def _subject_name(verb: Token, view: DocView) -> str:
    """The name that is the verb's subject, or ""."""
    subj = _child(verb, "nsubj")
    ent = view.ent(subj) if subj is not None else None
    return view.person_name(ent) if ent is not None and ent.label_ == "PER" else ""


_POST_INTRODUCERS = frozenset({"en", "tant", "que", "qu'", "comme"}) | _NEW_WORDS


def _org_or_year(tok: Token) -> bool:
    """A word of an organisation's name, the article before it, or a number."""
    doc = tok.doc
    return tok.like_num or tok.ent_type_ == "ORG" or (
        tok.lower_ in ("l'", "l’", "la", "le") and tok.i + 1 < len(doc)
        and doc[tok.i + 1].ent_type_ == "ORG")


# Words that lead into a time phrase ("dans la nuit de mardi à mercredi").
_TIME_LEADS = frozenset({"dans", "la", "le", "de", "du", "à", "au", "en", "l'", "l’"})


def _time_phrase_word(tok: Token) -> bool:
    """A word of a time phrase: a day, a month, a part of the day, or a word leading into
    one ("nommé dans la nuit de mardi à mercredi 18 décembre secrétaire d'État")."""
    if is_time_word(tok.text):
        return True
    doc = tok.doc
    k = tok.i
    while k < len(doc) and k < tok.i + 3 and doc[k].lower_ in _TIME_LEADS:
        k += 1
    return k > tok.i and k < len(doc) and is_time_word(doc[k].text)


def same_org(a: str, b: str) -> bool:
    """Two names of one organisation: equal once folded and without a leading article,
    or one a whole-word part of the other ("Monde" and "Le Monde")."""
    x, y = _org_key(a), _org_key(b)
    if not x or not y:
        return False
    return x == y or f" {x} " in f" {y} " or f" {y} " in f" {x} "


def _branch_of(a: str, b: str) -> bool:
    """One name is the other followed by capitalised words or numbers ("BBC Studios" and
    "BBC", "Renault F1" and "Renault"): a branch and its parent, two bodies; not a lower-case
    word for its kind before it ("groupe Renault"), a capitalised article ("Le Monde" and
    "Monde"), nor a legal form, a group or a club's initials after it ("Renault Group",
    "Airbus SE", "Toulouse FC": ``same_body_suffixes``)."""
    x, y = sorted((_strip_article(a).split(), _strip_article(b).split()), key=len)
    extra = y[len(x):]
    return len(x) < len(y) and y[:len(x)] == x and all(
        (w[:1].isupper() or w[:1].isdigit()) and w not in lexicon().same_body_suffixes
        for w in extra)


def _org_key(name: str) -> str:
    key = fold(name)
    for art in ("le ", "la ", "les ", "l'"):
        if key.startswith(art):
            return key[len(art):]
    return key


def _founder_title(m: Mention) -> bool:
    """A founding told by a founder's title ("X, cofondateur de Reddit"), not by an act."""
    return m.kind == "founding" and ".noun." in m.rule


def _compatible(a: Mention, b: Mention, published: str = "") -> bool:
    if a.person != b.person:
        return False
    if a.to_org and b.to_org and not _same_body(a.to_org, b.to_org) and \
            not _where_clause(a, b) and not _where_clause(b, a) and \
            not (_is_ministry(a.to_org) and _is_ministry(b.to_org)):
        return False  # (but "la nouvelle secrétaire d'État à l'Écologie X" and "la
        # nomination de X à la Transition écologique" are one post in one government)
    if a.from_org and b.from_org and not _same_body(a.from_org, b.from_org):
        return False
    if (a.to_org and b.from_org and _same_body(a.to_org, b.from_org)) or (
        b.to_org and a.from_org and _same_body(b.to_org, a.from_org)
    ):
        return False  # (one body left and joined: "a démissionné du gouvernement" and
        # "avant d'être muté au Logement" are two events)
    if "denied" in (a.status, b.status) and a.status != b.status and not (
            {a.status, b.status} == {"denied", "reported"} and a.kind == b.kind):
        return False  # (but a rumour and its denial are one event: "X prêt à quitter
        # France 2 ?" and "X a démenti son départ de France 2")
    if (a.kind == "departure") != (b.kind == "departure") and a.sent.start != b.sent.start:
        leave, other = (a, b) if a.kind == "departure" else (b, a)
        if not leave.from_org and other.to_org:
            return False  # "Nommé ... de Lagardère en 2018. [...] il avait quitté le groupe"
        if leave.status == "done" and other.status == "reported":
            return False  # "X va-t-il rejoindre le gouvernement ? [...] X a démissionné de
            # son poste": a departure told, a destination only rumoured
        if leave.rule.endswith(".predecessor") and leave.from_org and other.to_org and \
                other.kind == "appointment":
            return False  # "Il succède à X, à la tête du Parlement [...] X a été nommé
            # membre du Conseil de discernement": replaced, then appointed elsewhere (but
            # "Y remplace X sur RTL [...] X, qui va rejoindre Europe 1" is one move)
    if (a.kind == "departure") != (b.kind == "departure") and a.sent.start != b.sent.start:
        leave, other = (a, b) if a.kind == "departure" else (b, a)
        if leave.leaves_party and not leave.to_org and other.to_org and not other.joins_party:
            return False  # "X a été nommé Premier ministre [...] Il a rendu sa carte des
            # Républicains": a party left, and a post taken, told apart (but "X quitte LR
            # pour Matignon" is one move, and "X a quitté le PS. Il a rejoint LREM" too)
    if {a.kind, b.kind} == {"appointment", "departure"} and (a.succeeds or b.succeeds) and not (
            a.from_org or a.to_org or b.from_org or b.to_org):
        return False  # "X, qui avait succédé à Y en 2015, a été limogé": taken, then left
    if (a.kind == "departure") != (b.kind == "departure"):
        leave, other = (a, b) if a.kind == "departure" else (b, a)
        if not leave.from_org and _taken_before(other, leave):
            return False  # "X, nommé à la tête de la SNCF en 2019, a démissionné": the post
            # taken then, and left now
    if (a.kind == "founding") != (b.kind == "founding") and "departure" not in (a.kind, b.kind):
        return False  # "le fondateur de Canal+, qui a rejoint la start-up": two events
    if {a.kind, b.kind} == {"founding", "departure"}:
        found, leave = (a, b) if a.kind == "founding" else (b, a)
        if found.sent.start != leave.sent.start and (
                _dated_after(leave, found) or leave.goes_elsewhere):
            return False  # "a créé En Marche en avril ... va présenter sa démission ce mardi
            # 30 août"; "a démissionné de X pour rejoindre les non-inscrits ... a lancé un
            # parti": not the organisation left to found it
        if _founder_title(found) and not (leave.from_org or leave.to_org) and \
                _left_unnamed_body(leave.trigger, lexicon()):
            return False  # "X, cofondateur de Reddit, a démissionné du conseil
            # d'administration": a title, and a departure from the post it gives (not "a
            # quitté la vie politique", "a démissionné de la mairie")
        if _founder_title(found) and leave.from_org and \
                not same_org(found.to_org, leave.from_org):
            return False  # "Le fondateur de Free, X, quitte la présidence d'Iliad": a title,
            # and a departure from elsewhere (but "a quitté Google pour fonder Y" is one)
    if a.kind == b.kind == "founding" and a.to_org and b.to_org:
        return True  # an organisation is founded once: "a créé SpaceX", "fondé en 2002"
    if a.date[:4] and b.date[:4] and a.date[:4] != b.date[:4] and (
        _YEAR.search(a.date_text) or _YEAR.search(b.date_text)
    ):
        return False  # "entrée à la Nasa en 1992", "nommée à sa tête en 2020": two events
    if published[:4] and bool(a.date) != bool(b.date):
        dated = a if a.date else b
        if _YEAR.search(dated.date_text) and abs(int(dated.date[:4]) - int(published[:4])) > 1:
            return False  # "démissionné en juin 2017" told in 2019 beside "est nommée"
    return True


def _party_names(view: DocView) -> frozenset[str]:
    """The names, as moves give them, of the parties of the gazetteer the text names."""
    return frozenset(view.org_name(e) for e in view.all_ents if e.label_ == "ORG"
                     and "party" in _gazetteer_kinds().get(_key_of(e), ()))


def _dated_after(a: Mention, b: Mention) -> bool:
    """Both mentions are dated and ``a``'s date, at the precision both share, is later."""
    n = min(len(a.date), len(b.date))
    return n > 0 and a.date[:n] > b.date[:n]


def _taken_before(taken: Mention, leave: Mention) -> bool:
    """``taken`` is a dated post, told by a participle without auxiliary before the
    departure ``leave`` in its sentence, or by "après son arrivée" (a nomination, an
    election) before it: the post held until that departure ("X, nommé à la tête de la
    SNCF en 2019, a démissionné"; not "le départ de X, nommée porte-parole du gouvernement
    en mars", where she went)."""
    t = taken.trigger
    # (a participle opening the sentence may be tagged as a name: "Nommé à la tête de")
    participle = _bare_participle(t) if t.pos_ == "VERB" else (
        t.i == t.sent.start and t.lower_.endswith(_PARTICIPLE_ENDINGS + _U_ENDINGS))
    # "Cinq mois après son arrivée à la tête d'Europe 1, X a été poussé vers la sortie"
    since_own = t.pos_ == "NOUN" and t.i >= 2 and t.doc[t.i - 1].lower_ in ("son", "sa") and \
        t.doc[t.i - 2].lower_ == "après"
    return taken.sent.start == leave.sent.start and taken.kind != "departure" and \
        bool(taken.to_org) and ((bool(taken.date) and participle) or since_own) and \
        t.i < leave.trigger.i and not _bare_participle(leave.trigger)


def _where_clause(a: Mention, b: Mention) -> bool:
    """``b`` tells the post taken in a relative "où" clause on ``a``'s organisation: "X
    rejoindra le CNRS, où il prendra la direction de l'INS2I" is one move, to the CNRS."""
    if a.sent.start != b.sent.start or "departure" in (a.kind, b.kind) or \
            not a.trigger.i < b.trigger.i:
        return False
    doc = a.trigger.doc
    for k in range(a.trigger.i + 2, b.trigger.i):
        if doc[k].lower_ == "où" and doc[k - 1].text == ",":
            return fold(doc[a.trigger.i + 1:k - 1].text).endswith(fold(a.to_org)) and \
                not any(t.text in (",", ";") for t in doc[k + 1:b.trigger.i])
    return False


def _same_body(a: str, b: str) -> bool:
    """One organisation, or a ministry and the government it is part of ("a quitté le
    gouvernement" and "sa démission du ministère de la Transition écologique")."""
    if same_org(a, b):
        return True
    keys = {_org_key(a), _org_key(b)}
    return "gouvernement" in keys and any(k.startswith(_MINISTRY_KEYS) for k in keys)


# Folded names of the bodies of a government ("ministère de l'Intérieur").
_MINISTRY_KEYS = ("ministere", "secretariat d'etat", "haut-commissariat")


def _is_ministry(org: str) -> bool:
    """A body of a government, by its name ("ministère de la Culture")."""
    return _org_key(org).startswith(_MINISTRY_KEYS)


_RELATIVE = re.compile(rf",\s*(?:{'|'.join(_RELATIVE_WORDS)})\b", re.IGNORECASE)
# "PARIS, 14 mars (AFP) - ...": the city in capitals, the date, the agency, a dash
_DATELINE_BEFORE = re.compile(r"^\s*[A-ZÀ-Ý][A-ZÀ-Ý' .-]+,\s*$")
_DATELINE_AFTER = re.compile(r"^\s*(?:\([^)]{1,40}\))?\s*[-–—]")
_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")
_KIND_RANK = {"founding": 4, "appointment": 3, "join": 2, "departure": 1}
_STATUS_RANK = {"done": 3, "planned": 2, "reported": 1, "denied": 0}


def merge(mentions: list[Mention], published: str = "",
          into: dict[int, Mention] | None = None) -> list[Mention]:
    """One record per person and event: compatible mentions are merged; a mention dated
    more than a year from ``published`` (the article's date) is not merged with an
    undated one. ``into``, if given, receives the record each mention went into (by the
    mention's id)."""
    merged: list[Mention] = []
    for m in mentions:
        for r in merged:
            if _compatible(r, m, published):
                _absorb(r, m)
                break
        else:
            r = replace(m, rules=list(m.rules))
            merged.append(r)
        if into is not None:
            into[id(m)] = r
    return merged


def _drop_self_contradictions(merged: list[Mention]) -> list[Mention]:
    """A person does not leave, in the year the article has them join it, the same
    organisation ("X remplace Y à la tête de Mutalis. Elle quittera l'assureur allemand à
    la fin du mois": the description was resolved to the wrong insurer). Undated events may
    be years apart ("quand je suis devenu haut-commissaire ... sa démission")."""
    # (not a founder's title, dated by its sentence: "Un dirigeant de Reddit demande à être
    # remplacé" then "X, cofondateur de Reddit, a démissionné vendredi")
    joins = [m for m in merged if m.kind != "departure" and m.to_org and not _founder_title(m)]
    out = []
    for m in merged:
        if m.kind == "departure" and m.from_org and not m.to_org and any(
            j.person == m.person and same_org(j.to_org, m.from_org)
            and j.date and m.date and j.date[:4] == m.date[:4]
            and j.sent != m.sent  # not "Nommé ministre en 2017, X a dû démissionner"
            for j in joins
        ):
            continue
        out.append(m)
    return out


def _org_of_earlier_move(found: list[Mention], lex: Lexicon) -> None:
    """A return told without organisation ("licencié par TF1 ... avant d'être réembauché
    en 2006") is to the organisation its person was last told to leave before it; a
    promotion told without organisation ("devenu directeur général délégué de La Provence,
    avant d'être promu PDG") is in the organisation its person was last told to join."""
    for m in found:
        frame = lex.verbs.get(m.rule.split(".")[2]) if ".verb." in m.rule else None
        if not m.orgless or frame is None or not (frame.returns or frame.stays):
            continue
        before = [d for d in found if d.person == m.person and d.trigger.i < m.trigger.i]
        if frame.returns:
            left = [d.from_org for d in before if d.kind == "departure" and d.from_org]
        else:
            left = [d.to_org for d in before if d.kind in ("join", "appointment") and d.to_org]
        if left:
            m.to_org, m.orgless = left[-1], False
            m.rules.append(f"{m.kind}.returned" if frame.returns else f"{m.kind}.promoted")


def _planned_dates(merged: list[Mention], found: list[Mention], published: str,
                   into: dict[int, Mention]) -> None:
    """A move told in the present ("X remplace Y") and dated in the future elsewhere
    ("elle prendra ses fonctions le 1er juillet") is planned, from that date; ``into``
    maps each mention to the record it was merged into, the only one it dates (not "a
    présenté une émission sur Canal+ avant de prendre la tête des documentaires de la
    chaîne", a record of its own, beside "qui prendra ses fonctions le 22 juin")."""
    if not published:
        return
    kept = {id(r) for r in merged}  # (not a record _drop_self_contradictions dropped)
    for m in found:
        r = into[id(m)]
        if id(r) in kept and m.person == r.person and m.status == "planned" and \
                m.date > published[:len(m.date)] and r.status == "done" and \
                _compatible(r, m) and not _other_event(r, m) and \
                not m.rule.endswith(".predecessor"):  # "il remplacera X, qui a rejoint"
            r.status, r.date, r.date_text = "planned", m.date, m.date_text


def _leaving_when_succeeded(merged: list[Mention], found: list[Mention], published: str) -> None:
    """A predecessor leaves when the successor arrives: in a sentence with one date only,
    which the successor's planned move of that sentence has ("Elle prendra ses fonctions le
    1er mars, succédant à X"), the departure is planned, at that date (not a past 1er
    mars; but "succédant à X, décédé en juin dernier" keeps its own date)."""
    for m in merged:
        if m.kind != "departure" or not m.rule.endswith(".predecessor") or \
                not m.date_text or m.status != "done" or \
                len(find_dates(m.sent.text, published)) != 1:
            continue
        for f in found:
            if f.person == m.inherit_from and f.kind != "departure" and \
                    f.status == "planned" and f.sent.start == m.sent.start and \
                    f.date_text == m.date_text:
                m.status, m.date = "planned", f.date
                break


def _other_event(r: Mention, m: Mention) -> bool:
    """A mention without organisation that takes a post, merged into a departure (or the
    reverse): its date is not the record's ("X doit assurer l'intérim début octobre" beside
    "Démission de X"; but "où elle a pris ses fonctions la semaine dernière" dates her
    joining)."""
    return m.orgless and not r.orgless and (m.kind == "departure") != (r.kind == "departure")


def _absorb(r: Mention, m: Mention) -> None:
    r.from_org = r.from_org or m.from_org
    r.to_org = r.to_org or m.to_org
    r.role_from = r.role_from or m.role_from
    r.role_to = r.role_to or m.role_to
    if m.date and (not r.date or (r.orgless and not m.orgless)) and not _other_event(r, m):
        # (the date told with the organisation wins over that of a mention without it:
        # "a annoncé jeudi l'arrivée dans ses rangs de X", then "X rejoint Y le 21 mars")
        r.date, r.date_text = m.date, m.date_text
    r.rules.append(m.rule)
    r.inherit_from = r.inherit_from or m.inherit_from
    r.goes_elsewhere = r.goes_elsewhere or m.goes_elsewhere
    r.leaves_party = r.leaves_party or m.leaves_party
    r.in_office = r.in_office or m.in_office
    r.joins_party = r.joins_party or m.joins_party
    r.succeeds = r.succeeds or m.succeeds
    r.n += 1
    stronger = (_KIND_RANK[m.kind], m.score) > (_KIND_RANK[r.kind], r.score)
    if m.kind == "departure" and r.to_org and r.kind != "departure":
        stronger = False
    if m.kind == "appointment" and r.kind == "join" and not m.role_to:
        stronger = False  # "recrutée par Inria ... Elle prendra ses fonctions": no post named
    if r.kind == "departure" and m.to_org:
        stronger = True
    if m.orgless != r.orgless:  # a mention without organisation never sets the kind
        stronger = r.orgless
    r.orgless = r.orgless and m.orgless
    if {r.status, m.status} == {"denied", "reported"}:
        stronger = m.status == "denied"  # the denial answers the rumour, and is told last
    if stronger:
        r.kind, r.status = m.kind, m.status
        r.trigger, r.sent, r.rule, r.score = m.trigger, m.sent, m.rule, max(r.score, m.score)
    elif m.kind == r.kind and _STATUS_RANK[m.status] > _STATUS_RANK[r.status] and \
            "denied" not in (m.status, r.status):
        r.status = m.status
    r.score = max(r.score, m.score)


def _written_body(org: str, written: str, named: frozenset[str] = frozenset(),
                  portfolios: bool = True) -> str:
    """A ministry the text names only by its minister's title ("nommé ministre de la
    Cohésion des territoires") is the "gouvernement" when the text speaks of that; the
    name of the ministry itself when the text writes it, designates it by its seat
    ("Pourrait-il rejoindre la place Beauvau ?": ``named`` holds the folded names of the
    organisations the document's entities stand for) or names no government."""
    key = _org_key(org)
    if key in _MINISTRY_KEYS:
        return "gouvernement"  # "prend le secrétariat d'Etat chargé de X": no name of its own
    if key.startswith(_MINISTRY_KEYS) and any(n.startswith(key) for n in named):
        return org
    if key.startswith(_MINISTRY_KEYS) and fold(org) not in written:
        head, *rest = org.split(" et ")  # "ministre du Travail et de l'Emploi" in a text
        if rest and fold(head) in written:  # that writes "le ministère du Travail"
            return head
        body = head.split()[0]
        # "ministre des Solidarités et de la Santé" in a text that writes "le ministère de
        # la Santé" (unless ``portfolios`` is False)
        for portfolio in rest if portfolios else ():
            short = f"{body} {portfolio}"
            if portfolio.startswith(("de ", "du ", "des ", "d'", "d’")) and \
                    fold(short) in written:
                return short
        if "gouvernement" in written:
            return "gouvernement"
    return org


def _seat_of(org: str, role: str, sent: Span, written: str, lex: Lexicon) -> str:
    """The seat a government title's body goes by (``role_seats``: Matignon for the
    Premier ministre) in place of "gouvernement" when the text (folded, ``written``) never
    names the government and names the seat near the move's sentence ``sent`` (within
    ``_SEAT_REACH`` characters), and the sentence gives the title no nationality ("le
    Premier ministre québécois X a démissionné. Il avait été reçu à Matignon")."""
    seat = lex.role_seats.get(fold(role))
    if seat is None or _org_key(org) != "gouvernement" or "gouvernement" in written:
        return org
    text = sent.doc.text
    near = fold(text[max(0, sent.start_char - _SEAT_REACH):sent.end_char + _SEAT_REACH])
    if fold(seat) not in near:
        return org
    title = fold(role).split()
    for tok in sent:
        if [fold(t.text) for t in sent.doc[tok.i:tok.i + len(title)]] == title:
            after = tok.i + len(title)
            word = sent.doc[after].lower_ if after < sent.end else ""
            if word.isalpha() and sent.doc[after].is_lower and (
                    word in lex.nationality_words or word.endswith(lex.nationality_endings)):
                return org  # "le Premier ministre britannique", "québécois"
    return seat


_SEAT_REACH = 400  # characters around a move's sentence where its seat may be named


_DESTINATIONS = ("dans", "vers")  # "transférée dans un centre": where, not a post


def _takes_headline_org(m: Mention, view: DocView, lex: Lexicon) -> bool:
    """A move with no organisation left after the steps above takes the one the article
    is headlined on (:attr:`DocView.headline_org`): a departure, a join, or a succession
    ("remplacé par X", "qui avait succédé à Y") whose person was found in its own sentence
    (not carried over from an earlier one). Not a public office ("quitte son poste de
    maire"), nor a post taken without a successor's link (that is the salient-organisation
    step's), nor a thing left or joined that is no post ("quitter son pupitre", "rejoindre
    la France", "transférée dans un centre pour femmes")."""
    if m.from_org or m.to_org or not view.headline_org:
        return False
    if m.kind == "appointment" and not m.succeeds:
        return False  # "promu officier": a post without organisation is the step above's
    if m.in_office or any(role and _is_public_office(role, lex)
                          for role in (m.role_from, m.role_to)):
        return False
    if not any(r.rsplit(".", 1)[-1] in ("syntax", "predecessor", "coordinated") for r in m.rules):
        return False
    left = _things_left(m.trigger)
    if any(n.dep_ == "nmod" and _is_public_office(n.text, lex) for c in left for n in c.children):
        return False  # "a quitté son poste d'eurodéputée"
    return not _no_post_left(left, lex)


def _things_left(trigger: Token) -> list[Token]:
    """The nouns a verb of moving has for object, or after "dans" / "vers" (not a day the
    parser took for its object: "a démissionné mardi")."""
    return [c for c in trigger.children if c.pos_ in ("NOUN", "PROPN") and c.ent_type_ != "PER"
            and not is_time_word(c.text)
            and (c.dep_ == "obj" or (c.dep_.startswith(("obl", "nmod"))
                                     and _case_of(c) in _DESTINATIONS))]


def _left_unnamed_body(trigger: Token, lex: Lexicon) -> bool:
    """The verb leaves nothing said, or a body or a post of an organisation it does not
    name ("a démissionné vendredi", "a démissionné du conseil d'administration", "de ses
    fonctions"; not "de la mairie", "de son poste de président du club", "la vie
    politique")."""
    cues = resources.entity_rules().org_left_cues
    left = [c for c in _left_nouns(trigger)
            if not _after_elided_de(c)]  # "conseil d'administration"
    for c in left:
        if c.lower_ not in lex.body_nouns and c.lower_ not in lex.post_nouns:
            return False
        if any((t.lower_ in cues or t.lower_ in lex.org_descriptions
                or t.lower_ in lex.designated_with_name or t.ent_type_ in ("ORG", "LOC"))
               and not _after_elided_de(t)  # "conseil d'administration"
               for t in c.subtree if t.i != c.i):
            return False
    return True


def _left_nouns(trigger: Token) -> list[Token]:
    """The nouns a verb has for object or after "de" (not a day the parser took for its
    object: "a démissionné mardi")."""
    return [c for c in trigger.children if c.pos_ in ("NOUN", "PROPN")
            and (c.dep_ == "obj" or (c.dep_.startswith(("obl", "nmod"))
                                     and _case_of(c) in _DE_FORMS))
            and not is_time_word(c.text)]


def _left_bare_description(trigger: Token, lex: Lexicon) -> bool:
    """What the verb leaves is an organisation described by a bare noun ("n'a pas quitté le
    groupe", "a démissionné de l'entreprise"): the one of the post held, not another body
    with a name or a complement of its own ("du club de rugby")."""
    left = _left_nouns(trigger)
    return bool(left) and all(
        c.lower_ in lex.org_descriptions
        and all(t.i == c.i or t.pos_ in ("DET", "ADP") for t in c.subtree) for c in left)


def _no_post_left(left: list[Token], lex: Lexicon) -> bool:
    """What the verb leaves or joins is a thing, neither a post nor an organisation
    described ("quitter son pupitre", "quitter l'Hexagone", "transférée dans un centre
    pour femmes"; not "n'a pas quitté le groupe")."""
    cues = resources.entity_rules().org_left_cues
    return bool(left) and not any(c.lower_ in lex.post_nouns or c.lemma_ in lex.nouns
                                  or c.lower_ in lex.entrusted_posts
                                  or c.lower_ in lex.org_descriptions or c.lower_ in cues
                                  for c in left)  # ("a quitté le groupe": an organisation)


def _held_until_then_elsewhere(m: Mention, view: DocView, lex: Lexicon) -> str:
    """The organisation another sentence says person ``m.person`` worked at until then:
    his name or "il"/"elle" standing for him, a verb of holding a post right after it, and
    the words that make it the post held before ("Subramanian était jusqu'ici chercheur au
    CERN", "Mme Vasseur occupait depuis 2021 le poste de directrice financière de CNP
    Assurances", "Il avait auparavant dirigé Safran"); "" when none does. Read from the
    words, as such a sentence is not parsed."""
    doc = view.doc
    markers = lex.until_then_markers + lex.earlier_markers
    to_come = m.status in ("planned", "reported")
    for sent in sentences(doc):
        if sent.start == m.sent.start:
            continue
        subject = _subject_end(sent, m.person, view)
        if subject < 0:
            continue
        verb = next((k for k in range(subject, min(sent.end, subject + 5))
                     if doc[k].lower_ in lex.held_post_forms
                     or to_come and doc[k].lower_ in lex.present_held_forms), -1)
        text = sent.text.lower().replace("’", "'")
        if verb < 0 or not (any(w in text for w in markers) or (
                doc[verb].lower_ in lex.imperfect_held_forms and " depuis " in text) or (
                # a move to come: the post held now ("présente actuellement")
                doc[verb].lower_ in lex.present_held_forms and any(
                    doc[k].lower_.replace("’", "'") in lex.current_markers
                    for k in range(subject, min(sent.end, verb + 3))))):
            continue
        for org in view.orgs_in(sent):
            if org.start > verb and not any(
                    _source_word(t, lex) or t.text in (",", ";", ":", "(")
                    for t in doc[verb:org.start]) and \
                    not same_org(view.org_name(org), m.to_org):
                return view.org_name(org)
    return ""


# Words before a name that make it a complement, not a subject (in sentences not parsed):
# the prepositions of _is_complement, with their contracted and typographic forms.
_COMPLEMENT_WORDS = frozenset(_COMPLEMENT_PREPS) | {"d’", "du", "des", "au", "aux", "entre",
                                                    "que", "qu'"}


def _subject_end(sent: Span, person: str, view: DocView) -> int:
    """Where the words after ``person`` as the subject of ``sent`` start: his name (not
    the complement of a preposition), or "il"/"elle"/"celui-ci" standing for him opening
    the sentence; -1 when neither is there."""
    doc = sent.doc
    for ent in view.ents_in(sent):
        if ent.label_ == "PER" and view.person_name(ent) == person and not (
                ent.start > sent.start and doc[ent.start - 1].lower_ in _COMPLEMENT_WORDS):
            return ent.end
    k = sent.start
    while k < sent.end and doc[k].is_punct:
        k += 1
    if k < sent.end and doc[k].lower_ in ("il", "elle") and \
            view.focus_person(k, pronoun=True) == person:
        return k + 1
    if k + 2 < sent.end and doc[k].lower_ in ("celui", "celle") and doc[k + 1].text == "-" \
            and doc[k + 2].lower_ == "ci" and view.focus_person(k) == person:
        return k + 3  # "Celui-ci", split by the tokenizer: the last person named
    return -1


def extract_moves(doc: Doc) -> Iterator[Move]:
    """Every move of a document, merged per person and event."""
    if not doc.has_annotation("DEP") and not doc.has_annotation("SENT_START"):
        return
    lex = lexicon()
    view = view_of(doc)
    found: list[Mention] = []
    for sent in sentences(doc):
        found.extend(mentions_in(sent, view, lex))
    described = [m for m in found if not m.person]
    found = [m for m in found if m.person]
    moving = {(o.person, o.sent.start) for o in found if o.kind in ("join", "appointment")}
    parties = _party_names(view)
    for m in found:
        m.goes_elsewhere = m.kind == "departure" and (m.person, m.sent.start) in moving
        m.leaves_party = m.kind == "departure" and m.from_org in parties
        m.joins_party = m.kind != "departure" and m.to_org in parties
    _org_of_earlier_move(found, lex)
    into: dict[int, Mention] = {}
    merged = _drop_self_contradictions(merge(found, view.published, into))
    _planned_dates(merged, found, view.published, into)
    _leaving_when_succeeded(merged, found, view.published)
    # (what the successor founded is not what the predecessor leaves)
    # (of a successor told to join several, the one told in the predecessor's sentence,
    # else the first: not "il a rejoint le PS" years before)
    joins: dict[str, list[Mention]] = {}
    for m in merged:
        if m.to_org and m.kind not in ("departure", "founding"):
            joins.setdefault(m.person, []).append(m)
    titles = {m.person: (m.to_org, m.role_to) for m in merged
              if m.role_to and m.kind not in ("departure", "founding")}
    posts = None
    for m in merged:
        if m.inherit_from and not m.from_org and m.inherit_from in joins:
            told = joins[m.inherit_from]
            here = sorted((j for j in told if j.sent.start == m.sent.start),
                          key=lambda j: j.kind != "appointment")
            # (else the one of the year of the succession: "X avait succédé en 2018 à Y"
            # is not "X a rejoint TF1 en 1999", told later)
            then = [j for j in told if m.date[:4] and j.date[:4] == m.date[:4]]
            m.from_org = (here or then or told)[0].to_org  # (a post taken before a join
            # recalled in a relative: "X, qui avait rejoint le PS en 2010, a été nommé
            # directeur de Renault, où il succède à Y")
        if m.inherit_from in titles and not m.role_from:
            # "Y succède à X à la tête de Z" and Y is named directeur général: X's post
            org, role = titles[m.inherit_from]
            genders = {view.person_gender(m.person), view.person_gender(m.inherit_from)}
            if (not m.from_org or not org or same_org(m.from_org, org)) and \
                    genders != {"Masc", "Fem"}:  # not "présidente" for a man
                m.role_from = role
        if m.kind == "departure" and not m.from_org:
            taken = [j for j in merged if j.person == m.person and _taken_before(j, m)]
            if len(taken) == 1:  # "X, nommé à la tête de la SNCF en 2019, a démissionné"
                m.from_org, m.role_from = taken[0].to_org, m.role_from or taken[0].role_to
                m.rules.append("departure.joined")
        if m.kind == "departure" and not m.from_org and not _speaks_of_office(m.sent, lex) \
                and not _no_post_left(_things_left(m.trigger), lex) and \
                (m.trigger.pos_ not in ("VERB", "AUX") or _left_unnamed_body(m.trigger, lex)
                 or _left_bare_description(m.trigger, lex)):
            # (not "il a démissionné du club de rugby": another body than his post's)
            # "X a démissionné de ses fonctions": the post the document gives X (not "Il
            # leur annoncera sa démission, quatre jours avant le conseil municipal": the
            # mayor's office, whatever else the minister holds)
            if posts is None:
                from .affiliations import posts_of

                posts = posts_of(doc)
            for role, org, _former in posts.get(m.person, ()):
                # (a founder's title names the organisation, not a post: "X, cofondateur de
                # Reddit, a démissionné du conseil d'administration")
                m.from_org = org
                m.role_from = m.role_from or ("" if role.lower() in _FOUNDER_TITLES else role)
                m.rules.append("departure.post")
                break
            # "X, cofondateur de la plateforme Reddit, a démissionné du conseil
            # d'administration": what the founder's title in its sentence names
            titled = {f.to_org for f in merged if f.person == m.person and _founder_title(f)
                      and f.sent.start == m.sent.start and f.to_org}
            if not m.from_org and len(titled) == 1:
                m.from_org = titled.pop()
                m.rules.append("departure.founded")
        if m.kind == "departure" and not m.from_org and m.date and not (
            (m.role_from and _is_public_office(m.role_from, lex))
            or any(t.lower_ in ("mandat", "mandats") for t in m.sent)
        ):  # not "démissionner de son mandat de maire"
            # "nommé directeur de Lagardère en 2018 ... il a quitté ses fonctions en 2020":
            # the one organisation the person joined before leaving
            before = {j.to_org for j in merged if j.person == m.person and j.to_org and
                      j.kind != "departure" and j.date and j.date[:4] < m.date[:4]}
            if len(before) == 1:
                m.from_org = before.pop()
                m.rules.append("departure.joined")
        if m.kind == "departure" and not m.from_org and not m.to_org and described:
            _take_described_departure(m, merged, described, view)
        if m.kind in ("join", "appointment") and m.to_org and not m.from_org:
            # "Ravi Subramanian a été nommé directeur de l'IJCLab. [...] Subramanian était
            # jusqu'ici chercheur au CERN": the organisation left
            m.from_org = _held_until_then_elsewhere(m, view, lex)
            if m.from_org:
                m.rules.append(f"{m.kind}.held_before")
        if m.status == "done" and not m.date and view.published and \
                _news_of_the_day(m, view.published, lex):
            m.date = view.published  # "Sibeth Ndiaye remplace Benjamin Griveaux"
        if m.status == "planned" and m.date[:4].isdigit() and view.published[:4].isdigit() \
                and int(view.published[:4]) - int(m.date[:4]) >= 2:
            m.status = "done"  # a future of narration: "en 1965, il rejoindra Fendi" (years
            # before the news; a date a year off may be another clause's)
    left = {m.person: (m.from_org, m.role_from) for m in merged
            if m.kind == "departure" and m.from_org}
    for m in merged:
        if m.succeeds and not m.to_org and m.succeeds in left:
            # "X a été limogé et remplacé par Y": Y takes the post X left
            m.to_org, role = left[m.succeeds]
            m.role_to = m.role_to or role
            if same_org(m.from_org, m.to_org):
                m.from_org = ""
            m.rules.append("appointment.succession.post")
            if not m.from_org:  # and where the successor worked until then (as above)
                m.from_org = _held_until_then_elsewhere(m, view, lex)
                if m.from_org:
                    m.rules.append(f"{m.kind}.held_before")
    topic = None
    for m in merged:
        # a departure without organisation keeps its person's post, or takes the
        # organisation of the headline (below): taking the article's organisation for it
        # without the headline naming it was measured to add more errors than moves
        # (nor a post taken by someone who came from elsewhere: "le nouveau directeur
        # opérationnel, X, transfuge de Mitsubishi Motors")
        if m.to_org or m.kind == "departure" or not m.role_to or not (
                m.orgless or m.succeeds or (m.from_org and m.role_from != m.role_to)):
            continue  # without a post, "nommer X" may just say the name, "rejoindre" a place
        # (a successor counts when the one replaced left no organisation either)
        if topic is None:
            topic = _salient_org(view)
        if topic and m.from_org and same_org(m.from_org, topic):
            continue
        if topic:  # "Il a été nommé PDG deux ans plus tard" in an article about Nissan
            m.to_org = topic
            m.score -= 0.15  # a guess from the article, not from the sentence
            m.rules.append(f"{m.kind}.salient_org")
            for left_by in merged:  # the one replaced leaves what the successor joins
                if left_by.inherit_from == m.person and not left_by.from_org:
                    left_by.from_org = topic
                    left_by.rules.append("departure.salient_org")
    for m in merged:
        if _takes_headline_org(m, view, lex):
            # "Vincent Meslet ... a été limogé et remplacé par Caroline Got" in an article
            # headlined on France 2
            if m.kind == "departure":
                m.from_org = view.headline_org
            else:
                m.to_org = view.headline_org
            m.score -= 0.15  # a guess from the article, not from the sentence
            m.rules.append(f"{m.kind}.headline_org")
    written = fold(view.text)
    merged.extend(_put_forward_moves(merged, view, lex, f" {written} "))
    # (the ministries the text names by a seat or a portfolio: "place Beauvau", "promu à
    # l'Intérieur")
    named = frozenset(_org_key(lex.portfolio_orgs.get(_strip_article(e.text), e.id_))
                      for e in view.all_ents
                      if e.label_ == "ORG" and e.id_) if merged else frozenset()
    records: list[Move] = []
    # (person, organisations, kind, status) -> (index in records, named by _written_body)
    told: dict[tuple[str, str, str, str, str], tuple[int, bool]] = {}
    for m in merged:
        leaving_told = any(r.startswith("departure.") for r in m.rules)
        if m.from_org in parties and m.kind in ("appointment", "join") and m.to_org and \
                m.to_org not in parties and not leaving_told:
            # "Le député PS X devient secrétaire d'État": a party named as the person's
            # label is not left by taking a post elsewhere (but "X a quitté le PS pour
            # devenir ministre" is a departure, and "l'ex-LR X rejoint le RN" a party left)
            m.from_org = ""
        if m.kind == "appointment" and m.from_org and not m.to_org and not m.former_role \
                and m.from_org not in parties and not _left_before(m, view) \
                and not leaving_told:
            # "X, actuel patron de PSA, prendrait la direction générale", "a passé trente
            # ans à l'AFP jusqu'à en devenir PDG": a post taken where the person is, not
            # an organisation left for nowhere
            m.to_org, m.from_org = m.from_org, ""
            m.rules.append("appointment.in_place")
        if m.kind == "departure" and not (m.from_org or m.to_org) and \
                _deputy_mayor_title(m.role_from):
            # "X a démissionné de ses fonctions d'adjoint à la Culture" in an article on
            # the maire de Paris: the deputy leaves the mairie
            m.from_org = _mayor_seat(view)
        orgs = m.from_org, m.to_org
        m.from_org, m.to_org = (_written_body(o, written, named) for o in orgs)
        m.from_org, m.to_org = (_seat_of(o, role, m.sent, written, lex) for o, role in
                                ((m.from_org, m.role_from), (m.to_org, m.role_to)))
        if m.from_org and same_org(m.from_org, m.to_org) and not same_org(*orgs):
            # "jusqu'ici au ministère de la Santé, nommé ministre du Travail et de la
            # Santé": the ministry left is no portfolio of the one joined
            m.to_org = _written_body(orgs[1], written, named, portfolios=False)
        renamed = any(new != old and _is_ministry(new)
                      for new, old in zip((m.from_org, m.to_org), orgs, strict=True))
        if m.from_org and same_org(m.from_org, m.to_org) and not _branch_of(
                m.from_org, m.to_org):
            m.from_org = ""  # merged mentions that name the joined organisation twice (or
            # two ministries of the same government), but not a branch and its parent
        if not (m.from_org or m.to_org):
            continue
        if m.kind == "departure" and m.to_org and not m.from_org:
            m.kind = "join"
        if m.kind == "departure" and m.to_org and m.from_org:
            m.kind = "join"
        if m.kind == "join" and m.from_org and not m.to_org and leaving_told:
            m.kind = "departure"  # "a démissionné de X pour rejoindre les non-inscrits"
        if m.kind == "join" and m.to_org and _org_key(m.to_org).startswith(
                ("gouvernement", *_MINISTRY_KEYS)):
            m.kind = "appointment"  # "entre au gouvernement": ministers are appointed
        if m.status == "done" and m.date and view.published and \
                m.date > view.published[:len(m.date)]:
            m.status = "planned"  # "qui quitte ses fonctions en 2026", told in 2025
        key = (m.person, m.from_org, m.to_org, m.kind, m.status)
        k, first_renamed = told.get(key, (-1, False))
        if k >= 0 and (renamed or first_renamed) and (
                not m.date or not records[k].date or m.date[:4] == records[k].date[:4]):
            # two records of one year the name of a ministry made one ("nommé ministre des
            # Solidarités et de la Santé" and "remplace X au ministère de la Santé"): the
            # first told keeps its evidence and takes the titles it lacks
            records[k] = replace(records[k], role_from=records[k].role_from or m.role_from,
                                 role_to=records[k].role_to or m.role_to)
            continue
        told.setdefault(key, (len(records), renamed))
        confidence = min(0.99, m.score + 0.05 * (m.n - 1))
        records.append(Move(
            person=m.person,
            from_org=m.from_org,
            to_org=m.to_org,
            role_from=m.role_from,
            role_to=m.role_to,
            kind=m.kind,
            status=m.status,
            date=m.date,
            date_text=m.date_text,
            trigger=m.trigger.text,
            sentence=cite(doc, *_stripped(m.sent)),
            start_char=_stripped(m.sent)[0],
            end_char=_stripped(m.sent)[1],
            confidence=round(confidence, 2),
            rule=";".join(dict.fromkeys(m.rules)),
        ))
    yield from records


def _take_described_departure(m: Mention, merged: list[Mention], described: list[Mention],
                              view: DocView) -> None:
    """A departure told without organisation ("la démission d'Erika Shields") takes the
    one of a departure told of a title with no name ("La cheffe de la police d'Atlanta a
    démissionné") when it is the document's only such departure and the title's only
    organisation, and no one else named leaves it with that title; not a departure
    denied, nor a title of the other gender, nor another post or year than the person's
    own, nor one the person takes ("Il remplacera le directeur général de Renault"), nor
    a departure told as another's as well ("a lui aussi démissionné")."""
    if m.status == "denied" or any(o.person == m.person and o.from_org for o in merged):
        return  # "il ne partirait pas"; or another record of the person tells what was left
    if any(o.kind == "departure" and not (o.from_org or o.to_org) and o.person != m.person
           for o in merged):
        return  # two named departures without organisation: whose title is it?
    if any(w in ("aussi", "également") for w in (t.lower_ for t in m.sent)):
        return  # "Marc Dufour, son chauffeur, a lui aussi démissionné": another departure
    gender = view.person_gender(m.person)
    told = [d for d in described if d.status != "denied"
            and not (gender and d.gender and d.gender != gender)]
    if not told or any(not same_org(d.from_org, told[0].from_org) for d in told):
        return  # (nor "Le PDG de Renault n'a pas démissionné": no departure told)
    left = told[0]
    if m.role_from and fold(m.role_from).split()[0] != fold(left.role_from).split()[0]:
        return  # "l'entraîneur Marc Dufour a démissionné": his own post, not the PDG's (but
        # "sa démission de cheffe de la police" is the "cheffe de la police d'Atlanta"'s)
    if m.date and left.date and m.date[:4] != left.date[:4]:
        return  # a departure of another year
    if any(o.person != m.person and o.kind == "departure" and same_org(o.from_org, left.from_org)
           and (fold(o.role_from) == fold(left.role_from) or o.sent == left.sent)
           for o in merged):
        return  # the title is another's who leaves it ("le ministre de l'Intérieur X")
    if any(o.person == m.person and o.kind != "departure" and same_org(o.to_org, left.from_org)
           for o in merged):
        return  # "Il remplacera le directeur général de Renault": the one who fills it
    m.from_org, m.role_from = left.from_org, m.role_from or left.role_from
    if not m.date:
        m.date, m.date_text = left.date, left.date_text
    if m.status == "reported" and left.status in ("done", "planned"):
        m.status = left.status  # "dont le nom a été avancé comme une possible
        # colistière, a annoncé la démission de X": the narrator's "a démissionné" says it
    m.rules.append("departure.described")


def _put_forward_moves(merged: list[Mention], view: DocView, lex: Lexicon,
                       written: str) -> list[Mention]:
    """Persons the text says are put forward for a post ("Parmi les noms qui circulent,
    celui de X", "Le nom de X circule avec insistance pour la présidence du parti", "Pour
    remplacer Y, les proches du président citaient X"): an appointment reported to the
    organisation of the post, which is the one the person replaced leaves (or holds), the
    one the sentence names after "pour", the one the article's departure of the year
    leaves, the one its headline names, or the one of the candidates named just before.
    Not the person replaced, a source, a speaker or a name in another's complement, nor
    anyone the text moves already; not a public office ("à l'Élysée"). ``written`` is
    the document's folded text."""
    if not any(f" {cue} " in written for cue in lex.candidate_cues):
        return []  # (once per document: most articles name no candidates)
    doc = view.doc
    moved = {m.person for m in merged if m.from_org or m.to_org}  # (a mention without
    # organisation is no move: "Il coche les cases pour pouvoir être nommé")
    left = {m.person: m.from_org for m in merged if m.kind == "departure" and m.from_org
            and m.status != "denied"}
    year = view.published[:4]
    vacated = {m.from_org for m in merged if m.kind == "departure" and m.from_org
               and m.status != "denied" and (not m.date or m.date[:4] == year)}
    sents = list(sentences(doc))
    out: list[Mention] = []
    posts = None
    last: tuple[int, str] | None = None  # the sentence and post of the last candidates
    for n, sent in enumerate(sents):
        said = f" {fold(sent.text)} "
        cue = next((c for c in lex.candidate_cues if f" {c} " in said), None)
        if cue is None or any(f" {word} " in said for word in lex.candidate_unless):
            continue
        replaced = [view.person_name(e) for e in view.ents_in(sent)
                    if e.label_ == "PER" and _replaced(e)]
        named = [(p, sent) for p in _put_forward(sent, view, replaced, lex)]
        if not named and n + 1 < len(sents):
            nxt = sents[n + 1]
            first = next((t for t in nxt if not (t.is_space or t.is_punct)), None)
            if first is not None and fold(first.text) in lex.candidate_followers:
                named = [(p, nxt) for p in _put_forward(nxt, view, replaced, lex)]
        if not named:
            continue
        org = next((left[p] for p in replaced if p in left), "")
        if not org and replaced:
            if posts is None:
                from .affiliations import posts_of

                posts = posts_of(doc)
            org = next((o for p in replaced for _r, o, former in posts.get(p, ())
                        if o and not former), "")
        org = org or _org_after_pour(sent, view) or (
            next(iter(vacated)) if len(vacated) == 1 else "") or view.headline_org or (
            last[1] if last and n - last[0] <= 2 else "")  # "Celui de X circulait également"
        if not org or fold(org) in lex.public_office_orgs:
            continue
        last = (n, org)
        at = _cue_token(sent, cue)
        for person, where in named:
            if person in moved:
                continue
            moved.add(person)
            out.append(Mention(person=person, kind="appointment", status="reported",
                               trigger=at if where is sent else next(
                                   t for t in where if not t.is_space),
                               sent=where, rule="appointment.candidate", to_org=org,
                               score=0.45, rules=["appointment.candidate"]))
    return out


def _cue_token(sent: Span, cue: str) -> Token:
    """The token where the folded phrase ``cue`` starts in the sentence (its first token
    when the phrase is not found word for word)."""
    first = cue.split()[0]
    return next((t for t in sent if fold(t.text) == first),
                next(t for t in sent if not t.is_space))


def _put_forward(sent: Span, view: DocView, replaced: list[str], lex: Lexicon) -> list[str]:
    """The persons of a sentence of candidates: every one named, but the one replaced, a
    source ("selon X", "d'après X", "cités par X"), a speaker ("X estime que"), a name
    complementing another person's noun ("un proche de X") and a superior ("ministre sous
    X")."""
    doc = sent.doc
    out = []
    for ent in view.ents_in(sent):
        if ent.label_ != "PER":
            continue
        name = view.person_name(ent)
        before = doc[max(sent.start, ent.start - 3):ent.start]
        after = doc[ent.end] if ent.end < sent.end else None
        if name in replaced or any(_source_word(t, lex) or t.lower_ == "par" for t in before):
            continue
        if after is not None and _said_by_verb(after, lex):
            continue  # "Marc Roux estime que Paul Girard tient la corde": a speaker
        if doc[sent.start].lower_ in ("pour", "selon") and ent.start - sent.start <= 4:
            continue  # "Pour Marc Roux, ministre, Paul Girard tient la corde": a view
        if ent.start >= sent.start + 2 and _complement_of_title(ent):
            continue  # "Paul Girard, proche de Marc Roux": Girard's friend, not a candidate
        if ent.start > sent.start and (doc[ent.start - 1].lower_ == "sous" or (
                doc[ent.start - 1].lower_ in _DE_FORMS and ent.start >= sent.start + 3
                and doc[ent.start - 3].lower_ == "sous")):
            continue  # "ministre de la Défense sous Marc Roux", "sous la présidence de
            # Marc Roux": his superior
        if name not in out:
            out.append(name)
    return out


def _said_by_verb(tok: Token, lex: Lexicon) -> bool:
    """A verb of saying, by its lemma, or by the stem of a verb in "-er" when the sentence
    was not parsed ("estime", "affirme")."""
    if tok.lemma_ in lex.speech_verbs:
        return True
    return tok.text.islower() and any(
        len(v) > 5 and v.endswith("er") and tok.lower_.startswith(v[:-2])
        for v in lex.speech_verbs)


def _org_after_pour(sent: Span, view: DocView) -> str:
    """The organisation the sentence names within a few words after "pour" ("circule avec
    insistance pour la présidence du parti"), or ""."""
    orgs = view.orgs_in(sent)
    for tok in sent:
        if tok.lower_ != "pour":
            continue
        for org in orgs:
            if tok.i < org.start <= tok.i + 6:
                return view.org_name(org)
    return ""


def _stripped(sent: Span) -> tuple[int, int]:
    """Character offsets of a sentence without its surrounding white space."""
    text = sent.text
    start = sent.start_char + (len(text) - len(text.lstrip()))
    return start, sent.start_char + len(text.rstrip())


class MoveExtractor:
    """spaCy component ``frnews_moves``: sets ``doc._.moves``."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name
        lexicon()  # validate the lexicon when the pipeline is built

    def __call__(self, doc: Doc) -> Doc:
        doc._.moves = list(extract_moves(doc))
        return doc


@Language.factory("frnews_moves", requires=["doc.ents", "token.dep"], assigns=["doc._.moves"])
def make_move_extractor(nlp: Language, name: str) -> MoveExtractor:
    return MoveExtractor(nlp, name)


def as_dict(move: Move) -> dict[str, Any]:
    from dataclasses import asdict

    return asdict(move)


_ = re
