"""Selective analysis: named entities everywhere; parse, morphology and lemmas only in the
sentences where an extractor reads them.

The small French model spends most of its time in its shared ``tok2vec``, which feeds the
morphologizer and the parser; its ``ner`` has a ``tok2vec`` of its own. In a news article
only a minority of sentences hold something the extractors analyse with the parse. So
the selective pipeline runs ``senter`` and ``ner`` on the whole text and, in the component
``frnews_analysis``, the model's other components (``tok2vec``, ``morphologizer``,
``parser``, ``attribute_ruler``, ``lemmatizer``) only on the sentences that a cheap
lexical prefilter, built from the project's own data files, selects:

* a **move trigger**: a form of a verb or a noun of ``move_triggers.yaml`` (a word that
  starts with the verb's stem, its lemma without the infinitive ending; a form listed in
  ``irregular_forms``; a noun or its plural), or ``nouveau``/``nouvelle`` before a job
  title (``nouvelle directrice``);
* a **job title** of ``roles.txt`` in a sentence that names a person (affiliations, posts);
* a **speech verb** right after a selected sentence (the speaker of a quoted ``je``);
  irregular forms are listed in ``speech_verb_forms``;
* a one-word **topic name** of ``topics.yaml`` (whether it is used as an adjective is
  checked) or a discovery or holder cue of ``topic_patterns.yaml``;
* an **entity whose repair reads the part of speech**: one ending with a lower-case word
  (``Parti socialiste``), one word at a clause start, a place or organisation after a title
  head of ``entity_rules.yaml`` (``ministre du Travail``), a name after an organisation
  verb of ``org_verb_cues`` (``a rejoint X``).

Each run of selected sentences becomes a small Doc with its sentence boundaries preset
(the parser keeps them); the small Docs of a batch of articles go through the heavy
components together, and their tags, morphology, lemmas and dependencies are written back
into the article's Doc. The other sentences get no tags and a flat tree under their first
token, so ``doc.sents`` keeps the boundaries set by ``frnews_sentences`` and ``senter``,
and ``doc.ents`` is not touched. The extractors run unchanged on either kind of Doc.
"""

from __future__ import annotations

import logging
import re
import unicodedata
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field

import numpy
from spacy.attrs import DEP, HEAD, LEMMA, MORPH, ORTH, POS, SENT_START, TAG
from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import minibatch

from .errors import ResourceError

log = logging.getLogger(__name__)

#: Components of the base model that run on every sentence; the others run only on the
#: selected sentences (a disabled ``senter`` stays disabled: ``frnews_sentences`` decides
#: every sentence boundary).
EVERYWHERE = ("ner",)
ATTRS = [POS, TAG, MORPH, LEMMA, DEP, HEAD]

# Tiny closed lists of French words, as pipeline.moves and pipeline.affiliations use them.
# "nouveau PDG", "nouvelle directrice": a new holder of a post (moves.find_triggers).
_NEW_HOLDER = frozenset({"nouveau", "nouvelle", "nouvel", "nouveaux", "nouvelles"})
# The start of a title's complement, which moves._complement_end extends over nouns and
# adjectives ("directeur de la communication").
_COMPLEMENT = frozenset({"de", "du", "des", "d'", "à", "au", "aux"})
# Endings of the second-group verbs (-ir: choisir), for trigger verbs that list no forms.
_IR_ENDINGS = ("ir", "i", "is", "it", "ie", "ies", "issons", "issez", "issent", "issait",
               "issaient", "issant", "ira", "iront", "irait", "iraient", "irent", "isse")
# Tokens allowed between an organisation verb and the name it relabels ("rejoint le X").
_MAX_GAP = 2
# How far after a title a name or a complement is looked for.
_TITLE_WINDOW = 12

# Word flags.
(_TRIGGER, _NEEDS, _NEEDS_ORG, _NEW, _ROLE, _COMPL, _SPEECH, _TOPIC, _CUE, _TITLE_HEAD,
 _ORG_VERB, _PERSON, _ORG_WORD) = (1 << k for k in range(13))


def fold(word: str) -> str:
    """Lower case, without accents: ``Nommée`` -> ``nommee``."""
    w = unicodedata.normalize("NFKD", word.casefold())
    return "".join(c for c in w if not unicodedata.combining(c))


def verb_forms(lemmas: Iterable[str], listed: dict[str, str]) -> dict[str, str]:
    """Inflected forms of verbs, folded -> lemma: the ``listed`` forms (those of
    ``moves.lexicon().verb_forms``: regular -er verbs conjugated from their stem and the
    ``irregular_forms`` of the data file), the lemmas, and the forms of the -ir verbs that
    list no form of their own, conjugated from their stem."""
    out = {fold(form): lemma for form, lemma in listed.items()}
    for lemma in lemmas:
        out.setdefault(fold(lemma), lemma)
        has_forms = any(v == lemma and fold(f) != fold(lemma) for f, v in listed.items())
        if not has_forms and lemma.endswith("ir"):
            stem = fold(lemma)[:-2]
            for ending in _IR_ENDINGS:
                out.setdefault(stem + ending, lemma)
    return out


@dataclass
class Prefilter:
    """Which sentences of a Doc need the parse, the morphology and the lemmas.

    Built from the data files (:meth:`from_resources`); each vocabulary entry is classified
    once and cached (:meth:`word_flags`), so selecting costs a dictionary look-up per
    token.
    """

    triggers: dict[str, tuple[tuple[str, ...], bool]]  # folded form -> (needs, needs_org)
    speech_forms: frozenset[str]
    role_starts: frozenset[str]
    topic_words: frozenset[str]
    cues: tuple[tuple[str, ...], ...]
    title_heads: frozenset[str]
    org_verb_forms: frozenset[str]
    person_words: frozenset[str]
    org_words: frozenset[str]
    name_particles: frozenset[str]
    _flags: dict[int, int] = field(default_factory=dict, repr=False)
    _needs: dict[int, tuple[str, ...]] = field(default_factory=dict, repr=False)
    _words: dict[int, tuple[str, ...]] = field(default_factory=dict, repr=False)

    @classmethod
    def from_resources(cls) -> Prefilter:
        from . import moves, resources, topics

        lex = moves.lexicon()
        rules = resources.entity_rules()
        tax = topics.taxonomy()
        pats = topics.topic_patterns()
        triggers: dict[str, tuple[tuple[str, ...], bool]] = {}
        for form, lemma in verb_forms(lex.verbs, lex.verb_forms).items():
            frame = lex.verbs[lemma]
            triggers[form] = (tuple(n.lower() for n in frame.needs), frame.needs_org)
        for noun, frame in lex.nouns.items():
            for form in (noun, noun + "s", noun + "x"):
                triggers.setdefault(fold(form), (tuple(n.lower() for n in frame.needs),
                                                 frame.needs_org))
        speech = verb_forms(lex.speech_verbs, {
            **{f: v for f, v in lex.verb_forms.items() if v in lex.speech_verbs},
            **_er_forms(lex.speech_verbs),
            **{f: v for v, forms in speech_verb_forms(lex.speech_verbs).items()
               for f in forms},
        })
        org_verbs = set(rules.org_verb_cues)
        listed = {**_er_forms(org_verbs),
                  **{f: v for f, v in lex.verb_forms.items() if v in org_verbs}}
        # one-word topic names whose use as an adjective is checked (topics._adjective_use);
        # acronyms ("IA", "ARN") never are adjectives
        written = {tuple(w for w, _, _ in topics.words_of(a)) for t in tax.topics.values()
                   for a in t.aliases + t.ambiguous if not a.isupper()}
        return cls(
            triggers=triggers,
            speech_forms=frozenset(speech),
            role_starts=frozenset(lex.roles),
            topic_words=frozenset(k[0] for k in tax.index if len(k) == 1 and k in written),
            cues=tuple(dict.fromkeys(pats.cues + pats.holder_cues)),
            title_heads=frozenset(w.lower() for w in rules.title_heads),
            org_verb_forms=frozenset(verb_forms(org_verbs, listed)),
            person_words=frozenset(resources.first_names()) | rules.person_titles,
            org_words=frozenset(lex.designated_orgs)
            | frozenset(getattr(lex, "org_descriptions", ())),
            name_particles=rules.name_particles,
        )

    # ------------------------------------------------------------------ words

    def word_flags(self, text: str) -> int:
        """The flags of one word (not cached)."""
        from .topics import words_of

        low = text.lower()
        f = fold(text)
        flags = 0
        trigger = self.triggers.get(f)
        if trigger is not None:
            needs, needs_org = trigger
            flags |= _NEEDS if needs else _NEEDS_ORG if needs_org else _TRIGGER
        if low in _NEW_HOLDER:
            flags |= _NEW
        if low in self.role_starts or (low.startswith("ex-") and low[3:] in self.role_starts):
            flags |= _ROLE
        if low in _COMPLEMENT:
            flags |= _COMPL
        if f in self.speech_forms:
            flags |= _SPEECH
        words = [w for w, _, _ in words_of(text)]
        if any(w in self.topic_words for w in words):
            flags |= _TOPIC
        if any(c[0] in words for c in self.cues):
            flags |= _CUE
        if low in self.title_heads:
            flags |= _TITLE_HEAD
        if f in self.org_verb_forms:
            flags |= _ORG_VERB
        if text in self.person_words:
            flags |= _PERSON
        if low in self.org_words or (text[:1].isupper() and not flags & _PERSON):
            flags |= _ORG_WORD
        return flags

    def _token_flags(self, doc: Doc) -> list[int]:
        cache = self._flags
        strings = doc.vocab.strings
        out = []
        for orth in doc.to_array(ORTH).tolist():
            flags = cache.get(orth)
            if flags is None:
                text = strings[orth]
                flags = cache[orth] = self.word_flags(text)
                if flags & _NEEDS:
                    self._needs[orth] = self.triggers[fold(text)][0]
            out.append(flags)
        return out

    def _needs_follow(self, doc: Doc, i: int, end: int) -> bool:
        """The words a trigger needs ("prendre la tête") follow it, after at most two
        other words (moves._needs_ok skips adverbs and pronouns)."""
        needs = self._needs[doc[i].orth]
        after = [t.lower_ for t in doc[i + 1:min(end, i + 10)]]
        return any(" ".join(after[k:k + 6]).startswith(n) for k in range(3) for n in needs)

    def _has_cue(self, doc: Doc, start: int, end: int) -> bool:
        from .topics import words_of

        words: list[str] = []
        for tok in doc[start:end]:
            folded = self._words.get(tok.orth)
            if folded is None:
                folded = self._words[tok.orth] = tuple(w for w, _, _ in words_of(tok.text))
            words.extend(folded)
        joined = " " + " ".join(words) + " "
        return any(" " + " ".join(c) + " " in joined for c in self.cues)

    # ------------------------------------------------------------------ sentences

    def select(self, doc: Doc, sents: list[tuple[int, int]] | None = None
               ) -> list[tuple[int, int]]:
        """The (start, end) token ranges of the sentences of ``doc`` to analyse."""
        return [b for b, why in self.explain(doc, sents) if why]

    def explain(self, doc: Doc, sents: list[tuple[int, int]] | None = None
                ) -> list[tuple[tuple[int, int], str]]:
        """Every sentence of ``doc`` with the reason it is analysed (``""``: it is not)."""
        sents = sentence_bounds(doc) if sents is None else sents
        if not sents:
            return []
        flags = self._token_flags(doc)
        ents = [(e.start, e.end, e.label_) for e in doc.ents]
        person_at = [bool(f & _PERSON) for f in flags]
        org_at = [bool(f & _ORG_WORD) for f in flags]
        for s, e, label in ents:
            target = person_at if label == "PER" else org_at
            for i in range(s, e):
                target[i] = True
        why = [self._sentence_reason(doc, flags, person_at, org_at, s, e) for s, e in sents]
        k = 0
        for start, end, label in ents:
            while sents[k][1] <= start:
                k += 1
            if not why[k]:
                why[k] = self._entity_reason(doc, start, end, label, flags, sents[k])
        for k in range(1, len(sents)):
            if why[k - 1] and not why[k]:
                s, e = sents[k]
                if any(f & _SPEECH for f in flags[s:e]):
                    why[k] = "speech after a selected sentence"  # moves._speaker
        return list(zip(sents, why, strict=True))

    def _sentence_reason(self, doc: Doc, flags: list[int], person_at: list[bool],
                         org_at: list[bool], s: int, e: int) -> str:
        row = flags[s:e]
        union = 0
        for f in row:
            union |= f
        if union & _TRIGGER:
            return "trigger"
        if union & _NEEDS and any(
            row[j] & _NEEDS and self._needs_follow(doc, s + j, e) for j in range(len(row))
        ):
            return "trigger with its words"  # "prend la tête de", not "prend un café"
        if union & _NEEDS_ORG and (union & _ROLE or any(org_at[s + 1:e])):
            return "trigger with an organisation"  # "arrive chez X"
        if union & _TOPIC:
            return "topic word"  # topics._adjective_use
        if union & _ROLE:
            has_person = any(person_at[s:e])
            for j in range(len(row)):
                if not row[j] & _ROLE:
                    continue
                if j and row[j - 1] & _NEW:
                    return "new holder of a title"  # "nouvelle directrice"
                hi = min(e, s + j + _TITLE_WINDOW)
                if has_person and (
                    any(f & _COMPL for f in flags[s + j + 1:min(hi, s + j + 5)])
                    or any(person_at[s + j + 1:hi])
                ):
                    return "title and name"  # "X, directeur de Y"; "le directeur Y, X"
        if union & _CUE and self._has_cue(doc, s, e):
            return "topic cue"  # "recherche sur X", "travaille sur X"
        return ""

    def _entity_reason(self, doc: Doc, start: int, end: int, label: str,
                       flags: list[int], sent: tuple[int, int]) -> str:
        """Why the repair of a model entity (entities.EntityFixer._repair and
        _relabel_from_context) reads the tags of its sentence, or ``""``."""
        s, _ = sent
        if end - start >= 2:
            last = doc[end - 1].text
            if last[:1].islower() and last not in self.name_particles:
                return "entity ending in lower case"  # "Parti socialiste", "X sourit"
        elif start == s or _clause_start(doc, start):
            return "entity at a clause start"  # "Selon", "Permettre"
        if label != "PER" and any(f & _TITLE_HEAD for f in flags[max(s, start - 8):start]):
            return "entity after a title"  # "ministre du Travail"
        if end - start == 1 and label in ("PER", "MISC") and any(
            f & _ORG_VERB for f in flags[max(s, start - 1 - _MAX_GAP):start]
        ):
            return "entity after an organisation verb"  # "rejoindre X"
        return ""


def _er_forms(lemmas: Iterable[str]) -> dict[str, str]:
    """Forms of -er verbs, conjugated as moves.lexicon() conjugates the trigger verbs."""
    from . import moves

    return moves._verb_forms(
        {v: None for v in lemmas if v.endswith("er")}, {}  # type: ignore[arg-type]
    )


def _clause_start(doc: Doc, i: int) -> bool:
    if i == 0:
        return True
    prev = doc[i - 1]
    return prev.is_space or prev.text in ("-", "–", "—", "•", "*", ":", "«", '"', "(")


def sentence_bounds(doc: Doc) -> list[tuple[int, int]]:
    """(start, end) token offsets of the sentences of ``doc`` (one sentence if unset)."""
    n = len(doc)
    if not n:
        return []
    if not doc.has_annotation("SENT_START"):
        return [(0, n)]
    starts = numpy.flatnonzero(doc.to_array(SENT_START).astype("int64") == 1).tolist()
    if not starts or starts[0] != 0:
        starts.insert(0, 0)
    return list(zip(starts, starts[1:] + [n], strict=True))


def speech_verb_forms(speech_verbs: Iterable[str]) -> dict[str, list[str]]:
    """``speech_verb_forms`` of ``move_triggers.yaml``: inflected forms of the speech verbs
    that are not -er verbs (``dit`` of dire), validated."""
    from . import resources

    name = "move_triggers.yaml"
    data = resources.yaml_resource(name).get("speech_verb_forms") or {}
    verbs = set(speech_verbs)
    if not isinstance(data, dict) or not all(
        isinstance(v, list) and all(isinstance(f, str) for f in v) for v in data.values()
    ):
        raise ResourceError(name, "speech_verb_forms must map verbs to lists of forms")
    unknown = sorted(set(data) - verbs)
    if unknown:
        raise ResourceError(name, f"speech_verb_forms: {', '.join(unknown)} not in speech_verbs")
    return data


# ---------------------------------------------------------------------- the component


class SelectiveAnalysis:
    """spaCy component ``frnews_analysis``: runs the heavy components of the base model
    (its ``tok2vec``, ``morphologizer``, ``parser``, ``attribute_ruler``, ``lemmatizer``,
    found in the same pipeline, disabled, with :meth:`Language.get_pipe`) on the
    sentences the :class:`Prefilter` selects, and writes their annotations back."""

    def __init__(self, nlp: Language, name: str, *, components: Sequence[str] = (),
                 batch_size: int = 256) -> None:
        self.name = name
        self.nlp = nlp
        self.components = list(components)
        self.batch_size = batch_size
        self.prefilter = Prefilter.from_resources()
        self.stats = {"sentences": 0, "selected": 0, "tokens": 0, "analysed": 0}

    def _procs(self) -> list:
        return [self.nlp.get_pipe(name) for name in self.components]

    def __call__(self, doc: Doc) -> Doc:
        return next(iter(self.pipe([doc])))

    def pipe(self, stream: Iterable[Doc], *, batch_size: int = 32) -> Iterator[Doc]:
        procs = self._procs()
        for docs in minibatch(stream, batch_size):
            self.analyse(docs, procs)
            yield from docs

    def analyse(self, docs: list[Doc], procs: list | None = None) -> None:
        """Analyse the selected sentences of a batch of Docs, in place."""
        procs = self._procs() if procs is None else procs
        plans = []
        regions: list[Doc] = []
        for doc in docs:
            sents = sentence_bounds(doc)
            chosen = self.prefilter.select(doc, sents)
            spans = _merge(chosen)
            plans.append((sents, spans))
            regions.extend(doc[s:e].as_doc() for s, e in spans)
            self.stats["sentences"] += len(sents)
            self.stats["selected"] += len(chosen)
            self.stats["tokens"] += len(doc)
            self.stats["analysed"] += sum(e - s for s, e in spans)
        for proc in procs:
            regions = list(proc.pipe(regions, batch_size=self.batch_size))
        done = iter(regions)
        for doc, (sents, spans) in zip(docs, plans, strict=True):
            if not len(doc):
                continue
            write_back(doc, sents, [(s, e, next(done)) for s, e in spans])


def _merge(sents: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Runs of adjacent sentences as single ranges."""
    out: list[tuple[int, int]] = []
    for s, e in sents:
        if out and out[-1][1] == s:
            out[-1] = (out[-1][0], e)
        else:
            out.append((s, e))
    return out


def write_back(doc: Doc, sents: list[tuple[int, int]],
               analysed: list[tuple[int, int, Doc]]) -> None:
    """Set POS, TAG, MORPH, LEMMA, DEP and HEAD of the whole Doc: those of the analysed
    ranges, and a flat tree under its first token for every other sentence."""
    n = len(doc)
    arr = numpy.zeros((n, len(ATTRS)), dtype="uint64")
    heads = numpy.zeros(n, dtype="int64")
    deps = numpy.full(n, doc.vocab.strings.add("dep"), dtype="uint64")
    root = doc.vocab.strings.add("ROOT")
    for s, e in sents:
        heads[s:e] = s - numpy.arange(s, e)
        deps[s] = root
    arr[:, 4] = deps
    arr[:, 5] = heads.astype("uint64")
    for s, e, sub in analysed:
        arr[s:e] = sub.to_array(ATTRS)
    doc.from_array(ATTRS, arr)


@Language.factory(
    "frnews_analysis",
    default_config={"components": [], "batch_size": 256},
    requires=["token.is_sent_start", "doc.ents"],
    assigns=["token.pos", "token.tag", "token.morph", "token.lemma", "token.dep",
             "token.head"],
)
def make_selective_analysis(nlp: Language, name: str, *, components: list[str],
                            batch_size: int) -> SelectiveAnalysis:
    return SelectiveAnalysis(nlp, name, components=components, batch_size=batch_size)
