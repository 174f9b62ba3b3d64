"""Scoring against gold (pipeline/evaluate.py), as ../shared/GUIDELINES.md section 3 says,
and the shape of the gold files (GUIDELINES section 4)."""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

import pytest

from pipeline.evaluate import PRF, Scores, load_gold, norm, org_match, score_document, topic_match

GOLD_DIR = Path(__file__).resolve().parent / "gold"
GOLD_FILES = sorted(GOLD_DIR.glob("*.jsonl"))

MOVE_FIELDS = ("person", "from_org", "to_org", "role_from", "role_to", "kind", "status", "date")
KINDS = {"join", "appointment", "departure", "founding"}
STATUSES = {"done", "planned", "reported", "denied"}
# Keys the annotators add beyond GUIDELINES section 4; evaluate.py reads "evidence".
OPTIONAL_DOC_KEYS = {"notes"}
OPTIONAL_MOVE_KEYS = {"evidence"}

# ---------------------------------------------------------------------- norm


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("OpenAI", "openai"),  # case-folded
        ("ÉCOLE Polytechnique", "ecole polytechnique"),  # accents stripped
        ("Élisabeth Borne", "elisabeth borne"),
        ("Ça", "ca"),
        ("Straße", "strasse"),  # casefold, not lower
        ("Jean-Luc Mélenchon", "jean luc melenchon"),  # hyphens as spaces
        ("Saint-Étienne", "saint etienne"),
        ("Ernst & Young", "ernst young"),  # punctuation as spaces
        ("OpenAI!", "openai"),
        ("X (ex-Twitter)", "x ex twitter"),
        ("snake_case", "snake case"),
        ("  Jan \t Leike\n", "jan leike"),  # white space folded
        ("d\u2019Ornano", "d'ornano"),  # ’ read as '
        ("Le Monde", "monde"),  # leading article dropped
        ("LE MONDE", "monde"),
        ("la Poste", "poste"),
        ("L\u2019Oréal", "oreal"),
        ("l'ONU", "onu"),
        ("L' Express", "express"),
        ("Monde, le", "monde le"),  # only a leading article
        ("", ""),
        (None, ""),
    ],
)
def test_norm(text, expected):
    assert norm(text) == expected


# regression tests: a leading article is a whole word ('Laurent' was cut to 'urent')
NORM_BUG = pytest.mark.regression


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Les Échos", "echos", marks=NORM_BUG, id="les"),
        pytest.param("les Républicains", "republicains", marks=NORM_BUG, id="les-lower"),
        pytest.param("Laurent Fabius", "laurent fabius", marks=NORM_BUG, id="laurent"),
        pytest.param("Léa Salamé", "lea salame", marks=NORM_BUG, id="lea"),
        pytest.param("Lagardère", "lagardere", marks=NORM_BUG, id="lagardere"),
        pytest.param("Lemonde", "lemonde", marks=NORM_BUG, id="glued"),
    ],
)
def test_norm_leading_article_is_a_whole_word(text, expected):
    assert norm(text) == expected


@NORM_BUG
def test_org_match_does_not_cut_words():
    assert not org_match("Lagardère", "Gardère")


# ---------------------------------------------------------------------- org_match


@pytest.mark.parametrize(
    ("pred", "gold", "expected"),
    [
        ("Disney", "groupe Disney", True),  # one is a whole-word part of the other
        ("groupe Disney", "Disney", True),
        ("Disney", "Disney", True),
        ("le Monde", "Monde", True),
        ("École polytechnique", "ecole-polytechnique", True),
        ("Meta", "Meta Platforms", True),
        ("OpenAI", "Anthropic", False),
        ("Dis", "Disney", False),  # not a whole word
        ("Meta", "Metaverse", False),
        ("", "", True),  # both empty
        (None, "", True),
        ("", None, True),
        ("", "Disney", False),  # empty vs non-empty
        ("Disney", "", False),
    ],
)
def test_org_match(pred, gold, expected):
    assert org_match(pred, gold) is expected


# ---------------------------------------------------------------------- topic_match


@pytest.mark.parametrize(
    ("matched", "surfaces", "expected"),
    [
        ("scalable oversight", ["scalable oversight"], True),
        ("Scalable Oversight", ["scalable oversight"], True),
        ("alignement de l\u2019IA", ["alignement de l'IA"], True),
        ("généralisation faible-à-forte", ["generalisation faible a forte"], True),
        ("alignement", ["alignement de l'IA"], True),  # whole-word containment
        ("l'alignement de l'IA", ["alignement"], True),  # leading article dropped
        ("supervision", ["scalable oversight", "supervision scalable"], True),
        ("align", ["alignement de l'IA"], False),  # part of a word
        ("fusion nucléaire", ["informatique quantique"], False),
        ("", ["scalable oversight"], False),  # empty prediction never matches
        ("scalable oversight", [], False),
        ("scalable oversight", ["", None], False),
    ],
)
def test_topic_match(matched, surfaces, expected):
    assert topic_match(matched, surfaces) is expected


# ---------------------------------------------------------------------- PRF


@pytest.mark.parametrize(
    ("tp", "fp", "fn", "p", "r", "f1"),
    [
        (3, 1, 2, 0.75, 0.6, 2 * 0.75 * 0.6 / 1.35),
        (1, 0, 0, 1.0, 1.0, 1.0),
        (0, 0, 0, 0.0, 0.0, 0.0),  # no division by zero
        (0, 2, 0, 0.0, 0.0, 0.0),
        (0, 0, 2, 0.0, 0.0, 0.0),
        (2, 2, 0, 0.5, 1.0, 2 / 3),
    ],
)
def test_prf(tp, fp, fn, p, r, f1):
    s = PRF(tp, fp, fn)
    assert s.precision == pytest.approx(p)
    assert s.recall == pytest.approx(r)
    assert s.f1 == pytest.approx(f1)


def test_prf_as_dict_rounds_to_three_places():
    assert PRF(1, 2, 0).as_dict() == {
        "tp": 1, "fp": 2, "fn": 0, "precision": 0.333, "recall": 1.0, "f1": 0.5,
    }


def test_prf_is_micro_averaged_over_documents():
    scores = Scores()
    score_document("a", {"moves": [move("Jan Leike", "OpenAI", "Anthropic")]},
                   [move("Jan Leike", "OpenAI", "Anthropic")], [], scores)
    score_document("b", {"moves": [move("A B", "", "X"), move("C D", "", "Y")]},
                   [move("E F", "", "Z")], [], scores)
    # micro: summed counts, not the mean of per-document F1
    assert (scores.who.tp, scores.who.fp, scores.who.fn) == (1, 1, 2)
    assert scores.who.precision == pytest.approx(0.5)
    assert scores.who.recall == pytest.approx(1 / 3)
    assert scores.n_docs == 2


# ---------------------------------------------------------------------- score_document


def move(person, from_org="", to_org="", kind="join", status="done", **kw):
    base = {"person": person, "from_org": from_org, "to_org": to_org, "role_from": "",
            "role_to": "", "kind": kind, "status": status, "date": ""}
    return {**base, **kw}


def counts(prf: PRF) -> tuple[int, int, int]:
    return prf.tp, prf.fp, prf.fn


def score(gold_moves=(), pred_moves=(), gold_topics=(), pred_topics=()) -> Scores:
    scores = Scores()
    score_document("doc", {"doc_id": "doc", "moves": list(gold_moves),
                           "topics": list(gold_topics)},
                   list(pred_moves), list(pred_topics), scores)
    return scores


def test_who_counts_persons_by_normalised_name():
    s = score(
        [move("Jean-Luc Mélenchon", to_org="LFI"), move("Jan Leike", to_org="Anthropic")],
        [move("jean luc melenchon", to_org="LFI"), move("Sam Altman", to_org="OpenAI")],
    )
    assert counts(s.who) == (1, 1, 1)


def test_who_is_a_set_of_persons():
    # two moves of the same person count once at the person level
    s = score(
        [move("Jan Leike", "OpenAI", "Anthropic")],
        [move("Jan Leike", "OpenAI", "Anthropic"), move("Jan Leike", "", "Google")],
    )
    assert counts(s.who) == (1, 0, 0)
    assert counts(s.who_where) == (1, 1, 0)


def test_who_where_with_containment():
    s = score([move("Bob Iger", "", "groupe Disney")], [move("Bob Iger", "", "Disney")])
    assert counts(s.who_where) == (1, 0, 0)


def test_who_where_empty_orgs_match_only_empty():
    s = score([move("Bob Iger", "", "Disney")], [move("Bob Iger", "Pixar", "Disney")])
    assert counts(s.who_where) == (0, 1, 1)
    assert s.misses and s.false_moves


def test_who_where_right_person_wrong_organisation():
    s = score([move("Jan Leike", "OpenAI", "Anthropic")],
              [move("Jan Leike", "OpenAI", "Google DeepMind")])
    assert counts(s.who) == (1, 0, 0)
    assert counts(s.who_where) == (0, 1, 1)


def test_who_where_one_prediction_matches_one_gold_move():
    # a duplicated prediction: the second copy is a false positive
    s = score([move("Jan Leike", "OpenAI", "Anthropic")],
              [move("Jan Leike", "OpenAI", "Anthropic"), move("Jan Leike", "OpenAI", "Anthropic")])
    assert counts(s.who_where) == (1, 1, 0)
    assert s.matched == 1


def test_who_where_one_gold_move_matches_one_prediction():
    # two gold events, one prediction that fits both: one found, one missed
    s = score([move("Ana Lopez", "", "Renault"), move("Ana Lopez", "", "Renault Group")],
              [move("Ana Lopez", "", "Renault")])
    assert counts(s.who_where) == (1, 0, 1)


AMBIGUOUS_GOLD = [move("Ana Lopez", "", "Renault"), move("Ana Lopez", "", "Renault Trucks")]
# "Renault" fits both gold moves (whole-word part of "Renault Trucks"); "Trucks" only one.
AMBIGUOUS_PRED = [move("Ana Lopez", "", "Renault"), move("Ana Lopez", "", "Trucks")]


def test_who_where_matching_with_a_prediction_fitting_two_gold_moves():
    assert counts(score(AMBIGUOUS_GOLD, AMBIGUOUS_PRED).who_where) == (2, 0, 0)


def test_who_where_matching_does_not_depend_on_gold_order():
    assert counts(score(AMBIGUOUS_GOLD[::-1], AMBIGUOUS_PRED).who_where) == (2, 0, 0)


def test_two_events_of_one_person_and_organisation_pair_with_their_own_kinds():
    # a founding and an appointment to the same organisation: both found, both of the
    # right kind, whichever order the moves come in
    gold = [move("Ana Lopez", "", "Sens commun", kind="appointment"),
            move("Ana Lopez", "", "Sens commun", kind="founding")]
    pred = [move("Ana Lopez", "", "Sens commun", kind="founding"),
            move("Ana Lopez", "", "Sens commun", kind="appointment")]
    for g in (gold, gold[::-1]):
        s = score(g, pred)
        assert counts(s.who_where) == (2, 0, 0)
        assert s.kind_ok == 2


def test_matched_moves_accuracies():
    gold = [
        move("A A", "", "X", kind="appointment", status="planned", role_to="PDG",
             date="2024-03"),
        move("B B", "Y", "", kind="departure", status="done"),
    ]
    pred = [
        move("A A", "", "X", kind="appointment", status="done", role_to="pdg",
             date="2024-03"),
        move("B B", "Y", "", kind="join", status="done", role_from="directeur"),
    ]
    s = score(gold, pred)
    assert s.matched == 2
    assert (s.status_ok, s.kind_ok, s.role_ok, s.date_ok) == (1, 1, 1, 2)
    d = s.as_dict()
    assert d["status_accuracy"] == 0.5
    assert d["date_accuracy"] == 1.0
    assert d["matched_moves"] == 2


def test_no_moves_on_either_side():
    s = score([], [])
    assert counts(s.who) == counts(s.who_where) == (0, 0, 0)
    assert s.as_dict()["status_accuracy"] == 0.0
    assert s.n_docs == 1


def test_missing_moves_key_is_no_move():
    scores = Scores()
    score_document("doc", {"doc_id": "doc"}, [move("X Y", "", "Z")], [], scores)
    assert counts(scores.who_where) == (0, 1, 0)


def test_topics_counts():
    gold = [
        {"label": "scalable oversight", "surface": ["supervision scalable"]},
        {"label": "informatique quantique", "surface": ["calcul quantique"]},
        {"label": "fusion nucléaire", "surface": ["fusion nucléaire"]},
    ]
    pred = [
        {"matched_text": "supervision scalable", "topic_id": "scalable_oversight"},
        {"matched_text": "informatique quantique", "topic_id": "quantum_computing"},  # label
        {"matched_text": "thérapie génique", "topic_id": "gene_therapy"},
    ]
    s = score(gold_topics=gold, pred_topics=pred)
    assert counts(s.topics) == (2, 1, 1)
    assert s.false_topics == ["doc: thérapie génique (gene_therapy)"]
    assert len(s.topic_misses) == 1 and "fusion" in s.topic_misses[0]


def test_topics_one_prediction_per_gold_topic():
    gold = [{"label": "alignement de l'IA", "surface": ["alignement de l'IA", "alignement"]}]
    pred = [{"matched_text": "alignement de l'IA", "topic_id": "ai_alignment"},
            {"matched_text": "alignement", "topic_id": "ai_alignment"}]
    s = score(gold_topics=gold, pred_topics=pred)
    assert counts(s.topics) == (1, 1, 0)


def test_load_gold(tmp_path):
    path = tmp_path / "g.jsonl"
    path.write_text('{"doc_id": "a", "moves": [], "topics": []}\n\n'
                    '{"doc_id": "b", "moves": [], "topics": []}\n', encoding="utf-8")
    assert sorted(load_gold([path])) == ["a", "b"]


def test_load_gold_refuses_record_without_doc_id(tmp_path):
    path = tmp_path / "g.jsonl"
    path.write_text('{"moves": [], "topics": []}\n', encoding="utf-8")
    with pytest.raises(ValueError, match=r"g\.jsonl:1"):
        load_gold([path])


# ---------------------------------------------------------------------- gold files


def gold_lines() -> list:
    return [
        pytest.param(line, id=f"{path.name}:{n}")
        for path in GOLD_FILES
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
    ]


def test_gold_files_exist():
    assert GOLD_FILES


def _valid_iso(date: str) -> bool:
    if not re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", date):
        return False
    parts = [int(x) for x in date.split("-")] + [1, 1]
    try:
        dt.date(*parts[:3])
    except ValueError:
        return False
    return True


def gold_problems(line: str) -> list[str]:
    """What is wrong with one gold line (GUIDELINES section 4); empty when valid."""
    if not line.strip():
        return ["blank line"]
    try:
        rec = json.loads(line)
    except json.JSONDecodeError as exc:
        return [f"not JSON: {exc}"]
    if not isinstance(rec, dict):
        return ["not an object"]
    problems = []
    if not isinstance(rec.get("doc_id"), str) or not rec.get("doc_id"):
        problems.append("doc_id missing or not a non-empty string")
    extra = set(rec) - {"doc_id", "moves", "topics"} - OPTIONAL_DOC_KEYS
    if extra:
        problems.append(f"unknown keys {sorted(extra)}")
    moves, topics = rec.get("moves"), rec.get("topics")
    if not isinstance(moves, list):
        problems.append("moves missing or not a list")
        moves = []
    if not isinstance(topics, list):
        problems.append("topics missing or not a list")
        topics = []
    for i, m in enumerate(moves):
        if not isinstance(m, dict):
            problems.append(f"move {i} not an object")
            continue
        missing = [f for f in MOVE_FIELDS if f not in m]
        if missing:
            problems.append(f"move {i} lacks {missing}")
        extra = set(m) - set(MOVE_FIELDS) - OPTIONAL_MOVE_KEYS
        if extra:
            problems.append(f"move {i} has unknown keys {sorted(extra)}")
        bad = [f for f in MOVE_FIELDS if f in m and not isinstance(m[f], str)]
        if bad:
            problems.append(f"move {i} fields not strings: {bad}")
        if not m.get("person"):
            problems.append(f"move {i} has no person")
        if m.get("kind") not in KINDS:
            problems.append(f"move {i} kind {m.get('kind')!r}")
        if m.get("status") not in STATUSES:
            problems.append(f"move {i} status {m.get('status')!r}")
        if isinstance(m.get("date"), str) and m["date"] and not _valid_iso(m["date"]):
            problems.append(f"move {i} date {m['date']!r} not YYYY[-MM[-DD]]")
        if not m.get("from_org") and not m.get("to_org"):
            problems.append(f"move {i} has neither from_org nor to_org (GUIDELINES 1)")
    for i, t in enumerate(topics):
        if not isinstance(t, dict) or set(t) != {"label", "surface"}:
            problems.append(f"topic {i} must have exactly label and surface")
            continue
        if not isinstance(t["label"], str) or not t["label"]:
            problems.append(f"topic {i} label")
        surface = t["surface"]
        if not isinstance(surface, list) or not surface or not all(
            isinstance(s, str) and s for s in surface
        ):
            problems.append(f"topic {i} surface must be a non-empty list of strings")
    return problems


@pytest.mark.parametrize("line", gold_lines())
def test_gold_line_follows_guidelines(line):
    assert gold_problems(line) == []


def test_gold_doc_ids_are_unique():
    seen: dict[str, str] = {}
    dupes = []
    for path in GOLD_FILES:
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                doc_id = json.loads(line).get("doc_id")
                if doc_id in seen:
                    dupes.append(f"{doc_id} in {seen[doc_id]} and {path.name}")
                seen[doc_id] = path.name
    assert dupes == []


def test_gold_files_load():
    gold = load_gold(GOLD_FILES)
    assert len(gold) == sum(
        1 for p in GOLD_FILES for line in p.read_text(encoding="utf-8").splitlines()
        if line.strip()
    )


@pytest.mark.parametrize(
    ("line", "problem"),
    [
        ("", "blank line"),
        ("{", "not JSON"),
        ('{"moves": [], "topics": []}', "doc_id"),
        ('{"doc_id": "x", "moves": [{"person": "A"}], "topics": []}', "lacks"),
        ('{"doc_id": "x", "moves": [' + json.dumps(move("A", "", "B", kind="hire")) + '], '
         '"topics": []}', "kind"),
        ('{"doc_id": "x", "moves": [' + json.dumps(move("A", "", "B", status="rumour")) + '], '
         '"topics": []}', "status"),
        ('{"doc_id": "x", "moves": [' + json.dumps(move("A", "", "B", date="28/05/2024")) +
         '], "topics": []}', "date"),
        ('{"doc_id": "x", "moves": [], "topics": [{"label": "IA", "surface": "IA"}]}',
         "surface"),
    ],
)
def test_gold_checker_catches_invalid_lines(line, problem):
    problems = gold_problems(line)
    assert problems and any(problem in p for p in problems)
