"""IOB readers and per-label scores of the NER evaluation (pipeline/evaluate_ner.py)."""

from __future__ import annotations

import pytest

from pipeline.evaluate_ner import (
    LABELS,
    Example,
    NerScores,
    _from_tokens,
    load_sets,
    read_fenec,
    read_hipe,
    read_wikineural,
)


def spans_text(example: Example) -> set[tuple[str, str]]:
    return {(example.text[s:e], label) for s, e, label in example.spans}


# ---------------------------------------------------------------------- spans from tags


@pytest.mark.parametrize(
    ("tokens", "expected"),
    [
        # B- then I- make one span
        ([("Jan", "B-PER"), ("Leike", "I-PER"), ("rejoint", "O"), ("Anthropic", "B-ORG")],
         {("Jan Leike", "PER"), ("Anthropic", "ORG")}),
        # an I- after O starts a new span
        ([("à", "O"), ("Paris", "I-LOC"), ("et", "O"), ("Lyon", "I-LOC")],
         {("Paris", "LOC"), ("Lyon", "LOC")}),
        # an I- of another label starts a new span
        ([("Jan", "B-PER"), ("Anthropic", "I-ORG")], {("Jan", "PER"), ("Anthropic", "ORG")}),
        # B- after B- of the same label: two spans
        ([("Paris", "B-LOC"), ("Lyon", "B-LOC")], {("Paris", "LOC"), ("Lyon", "LOC")}),
        # a span at the very end is closed
        ([("avec", "O"), ("Marie", "B-PER"), ("Curie", "I-PER")], {("Marie Curie", "PER")}),
        # labels outside PER/ORG/LOC/MISC are dropped
        ([("le", "O"), ("3", "B-DATE"), ("mai", "I-DATE"), ("Tour", "B-MISC")],
         {("Tour", "MISC")}),
        ([("rien", "O"), ("ici", "O")], set()),
    ],
)
def test_spans_from_iob_tags(tokens, expected):
    example = _from_tokens([(tok, tag, True) for tok, tag in tokens])
    assert example.text == " ".join(tok for tok, _ in tokens)
    assert spans_text(example) == expected


def test_no_space_after_joins_tokens():
    tokens = [("Le", "O", True), ("général", "O", True), ("Dufour", "B-PER", False),
              (",", "O", True), ("à", "O", True), ("Genève", "B-LOC", False), (".", "O", True)]
    example = _from_tokens(tokens)
    assert example.text == "Le général Dufour, à Genève."
    assert example.spans == {(11, 17, "PER"), (21, 27, "LOC")}


# ---------------------------------------------------------------------- fenec


def write(path, text: str):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


FENEC_A = """\
# columns: TOKEN\tQUAERO_OUTER_IOB\tCOARSE_IOB
# sent_id = a-1
# text = Jan Leike rejoint Anthropic .
Jan\tB-pers\tB-PER
Leike\tI-pers\tI-PER
rejoint\tO\tO
Anthropic\tB-org\tB-ORG
.\tO\tO

# sent_id = a-2
Il\tO\tO
vit\tO\tO
à\tO\tO
Paris\tO\tI-LOC
"""

FENEC_B = """\
# sent_id = b-1
Le\tO\tO
Monde\tB-org\tB-ORG
"""


def test_read_fenec(tmp_path):
    write(tmp_path / "iob" / "b.iob.tsv", FENEC_B)
    write(tmp_path / "iob" / "a.iob.tsv", FENEC_A)
    write(tmp_path / "iob" / "notes.txt", "ignored")
    ner_set = read_fenec(tmp_path)
    assert ner_set.name == "fenec-m1-gold"
    texts = [e.text for e in ner_set.examples]
    # files in sorted order, one example per sentence, the last one without a blank line
    assert texts == ["Jan Leike rejoint Anthropic .", "Il vit à Paris", "Le Monde"]
    assert spans_text(ner_set.examples[0]) == {("Jan Leike", "PER"), ("Anthropic", "ORG")}
    assert spans_text(ner_set.examples[1]) == {("Paris", "LOC")}  # I- after O
    assert ner_set.examples[0].spans == {(0, 9, "PER"), (18, 27, "ORG")}


def test_read_fenec_empty_folder(tmp_path):
    assert read_fenec(tmp_path).examples == []


# ---------------------------------------------------------------------- HIPE


HIPE = """\
# columns: TOKEN\tHIPE_NE_COARSE_LIT\tCONLL4_IOB\tHIPE_MISC
# document_id = EXP-1888-08-03-a-i0030
# date = 1888-08-03
TOKEN\tNE\tIOB\tMISC
Le\tO\tO\t_
général\tO\tO\t_
Dufour\tB-pers\tB-PER\tNoSpaceAfter
,\tO\tO\t_
à\tO\tO\tEndOfLine
Genève\tB-loc\tB-LOC\tNoSpaceAfter
.\tO\tO\tEndOfSentence

Le\tO\tO\t_
Conseil\tB-org\tB-ORG\t_
fédéral\tI-org\tI-ORG\tNoSpaceAfter|EndOfLine
.\tO\tO\t_
# document_id = GDL-1900-01-01-a-i0001
M.\tO\tO\t_
Ador\tB-pers\tB-PER\t_
"""


def test_read_hipe(tmp_path):
    ner_set = read_hipe(write(tmp_path / "hipe.tsv", HIPE), "hipe", "test")
    assert [e.text for e in ner_set.examples] == [
        "Le général Dufour, à Genève. Le Conseil fédéral.",  # one example per document
        "M. Ador",
    ]
    first = ner_set.examples[0]
    assert spans_text(first) == {("Dufour", "PER"), ("Genève", "LOC"),
                                 ("Conseil fédéral", "ORG")}
    assert (11, 17, "PER") in first.spans
    assert spans_text(ner_set.examples[1]) == {("Ador", "PER")}


# ---------------------------------------------------------------------- wikineural


def test_read_wikineural(tmp_path):
    text = "0\tMarie\tB-PER\n1\tCurie\tI-PER\n2\tà\tO\n3\tVarsovie\tB-LOC\n\n0\tFin\tO\n"
    ner_set = read_wikineural(write(tmp_path / "test.conllu", text))
    assert [e.text for e in ner_set.examples] == ["Marie Curie à Varsovie", "Fin"]
    assert spans_text(ner_set.examples[0]) == {("Marie Curie", "PER"), ("Varsovie", "LOC")}


def test_load_sets_finds_only_present_sets(tmp_path):
    write(tmp_path / "fenec-m1-gold" / "iob" / "a.iob.tsv", FENEC_A)
    write(tmp_path / "wikineural-fr" / "test.conllu", "0\tFin\tO\n")
    assert [s.name for s in load_sets(tmp_path)] == ["fenec-m1-gold", "wikineural-fr"]
    assert [s.name for s in load_sets(tmp_path, ["wikineural"])] == ["wikineural-fr"]
    assert list(load_sets(tmp_path / "nowhere")) == []


# ---------------------------------------------------------------------- scores


def test_ner_scores_per_label():
    gold = {(0, 9, "PER"), (18, 27, "ORG"), (31, 36, "LOC"), (40, 45, "MISC")}
    pred = {(0, 9, "PER"),  # exact: tp
            (18, 26, "ORG"),  # wrong end: fp and fn
            (31, 36, "ORG"),  # wrong label: fp for ORG, fn for LOC
            (40, 45, "MISC")}
    scores = NerScores()
    scores.add(gold, pred)
    got = {lab: (s.tp, s.fp, s.fn) for lab, s in scores.by_label.items()}
    assert got == {"PER": (1, 0, 0), "ORG": (0, 2, 1), "LOC": (0, 0, 1), "MISC": (1, 0, 0)}
    assert set(scores.by_label) == set(LABELS)


def test_ner_scores_accumulate_and_micro_average():
    scores = NerScores()
    scores.add({(0, 3, "PER")}, {(0, 3, "PER")})
    scores.add({(0, 3, "PER"), (5, 9, "LOC")}, {(5, 9, "LOC"), (10, 12, "MISC")})
    assert (scores.by_label["PER"].tp, scores.by_label["PER"].fn) == (1, 1)
    micro = scores.micro()  # PER+ORG+LOC: MISC left out by default
    assert (micro.tp, micro.fp, micro.fn) == (2, 0, 1)
    assert micro.precision == 1.0
    assert micro.recall == pytest.approx(2 / 3)
    with_misc = scores.micro(LABELS)
    assert (with_misc.tp, with_misc.fp, with_misc.fn) == (2, 1, 1)


def test_ner_scores_instances_do_not_share_counts():
    a, b = NerScores(), NerScores()
    a.add({(0, 1, "PER")}, set())
    assert b.by_label["PER"].fn == 0


# ---------------------------------------------------------------------- shared data


@pytest.mark.shared
def test_read_fenec_shared_gold(shared_data):
    root = shared_data / "fenec-m1-gold"
    if not root.is_dir():
        pytest.skip("fenec-m1-gold is absent from ../shared/data")
    ner_set = read_fenec(root)
    assert len(ner_set.examples) == 275
    assert all(e.text for e in ner_set.examples)
    # every gold span lies inside its text, without surrounding spaces
    for e in ner_set.examples:
        for s, end, _ in e.spans:
            assert 0 <= s < end <= len(e.text)
            assert e.text[s:end] == e.text[s:end].strip()
