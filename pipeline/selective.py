"""Selective analysis: named entities everywhere; parse, tags and lemmas only where an
extractor reads them.

The small French model spends most of its time in its shared ``tok2vec``, which feeds the
morphologizer and the parser; its ``ner`` has a ``tok2vec`` of its own. Most sentences of
a news article hold nothing that the extractors analyse with the parse or the tags. So
the selective pipeline runs ``ner`` on the whole text and, in the component
``frnews_analysis``, the model's other components (``tok2vec``, ``morphologizer``,
``parser``, ``attribute_ruler``, ``lemmatizer``) only where a cheap lexical prefilter,
built from the project's own data files, says that an extractor will read them:

**Parsed sentences** (every component, the whole sentence):

* a **move trigger** of ``move_triggers.yaml``: a form of one of its verbs (the forms of
  ``moves.lexicon().verb_forms``: regular -er verbs conjugated from their stem, the
  ``irregular_forms`` of the data file; -ir verbs conjugated here), one of its nouns or
  their plural; a verb with ``needs`` counts only when the needed words follow ("prendre
  la tête"), one with ``needs_org`` only when the sentence may name an organisation;
  ``nouveau``/``nouvelle`` before a job title of ``roles.txt`` ("nouvelle directrice");
* a demonstrative pronoun of an event noun ("Deux arrivées ont été annoncées : celle de X";
  ``moves.EVENT_PRONOUNS``) in the sentence after a parsed sentence;
* the speaker of a quoted ``je``: the sentence after such a sentence when it holds a
  speech verb (``speech_verbs``, irregular forms in ``speech_verb_forms``), and a topic
  holder's sentence in the first person (``topic_patterns.yaml``, ``holder_cues``).

**Tagged words** (tags and lemmas, no parse): a one-word topic name of ``topics.yaml``
(is it used as an adjective?), the words after a discovery cue, the complement of a job
title in a sentence that names someone, the complement of ``ministère``, and the words
of a model entity whose repair reads the tags (``entities.EntityFixer``): one ending with
a lower-case word ("Assemblée nationale"), one at a clause start ("Selon"), one after a
title head of ``entity_rules.yaml`` ("ministre du Travail") or after a form of one of
its ``org_verb_cues`` ("a rejoint X").

Every analysed range goes to the heavy components with a margin of context on each side
as wide as what the ``tok2vec`` sees (4 tokens for ``fr_core_news_sm``: depth 4, window
1), so its tags are those the whole Doc would get; parsed sentences keep their preset
boundaries. The small Docs of a batch of articles are analysed together, and the tags,
morphology, lemmas and dependencies are written back into each article's Doc. Other
tokens get no tags, and each sentence not parsed a flat tree under its first token:
``doc.sents`` keeps the boundaries of ``frnews_sentences`` and ``doc.ents`` is not
touched. The extractors run unchanged on either kind of Doc.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field

import numpy
from spacy.attrs import DEP, HEAD, LEMMA, MORPH, NORM, ORTH, POS, SENT_START, SPACY, TAG
from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import minibatch

from .errors import ResourceError
from .resources import plain, spaced

log = logging.getLogger(__name__)

#: Components of the base model that run on every sentence; the others run only where
#: needed (a ``senter`` stays disabled: ``frnews_sentences`` decides every boundary).
EVERYWHERE = ("ner",)
#: Components that only parsed sentences need.
PARSE_ONLY = ("parser",)
ATTRS = [POS, TAG, MORPH, LEMMA, DEP, HEAD]
_TAG_COLUMNS = 4  # POS, TAG, MORPH, LEMMA: what a tagged word gets

# Tiny closed lists of French words, as pipeline.moves and pipeline.topics use them.
# "nouveau PDG", "nouvelle directrice", "désormais directeur": a new holder of a post
# (moves.find_triggers).
_NEW_HOLDER = frozenset({"nouveau", "nouvelle", "nouvel", "nouveaux", "nouvelles", "désormais",
                         "dorénavant"})
# A quote in the first person, whose speaker moves._speaker looks for (topics._holder).
_FIRST_PERSON = frozenset({"je", "j'", "moi", "nous", "ma", "mon", "mes", "notre", "nos"})
# Endings of the second-group verbs (-ir: choisir), for trigger verbs that list no forms.
_IR_ENDINGS = ("ir", "i", "is", "it", "ie", "ies", "issons", "issez", "issent", "issait",
               "issaient", "issant", "ira", "iront", "irait", "iraient", "irent", "isse")
# Tokens allowed between an organisation verb and the name it relabels ("rejoint le X").
_MAX_GAP = 2
# Tokens read after a job title (moves._complement_end, affiliations._owner), after a
# discovery cue (topics._plausible_discovery) and before an entity
# (entities.EntityFixer._after_title).
_AFTER_TITLE = 12
_AFTER_CUE = 12
_BEFORE_ENTITY = 8
# Tags of the words between two tagged ranges this close are computed in one small Doc.
_JOIN = 4

_PRONOUN_REASON = "pronoun of an event noun"

# Word flags.
(_TRIGGER, _NEEDS, _NEEDS_ORG, _NEW, _ROLE, _SPEECH, _TOPIC, _CUE, _TITLE_HEAD, _ORG_VERB,
 _PERSON, _ORG_WORD, _CAPITAL, _FIRST, _COMPLEMENT, _EVENT_PRONOUN) = (1 << k for k in range(16))


fold = plain  # lower case, without accents: ``Nommée`` -> ``nommee``


def verb_forms(lemmas: Iterable[str], listed: dict[str, str]) -> dict[str, str]:
    """Inflected forms of verbs, folded -> lemma: the ``listed`` forms, the lemmas, the
    forms of the -ir verbs that list no form of their own, conjugated from their stem
    (``choisir``: ``choisi``, ``choisit``, ``choisissent``...), and those of a verb made of
    a prefix and another verb of the list (``redevenir``: ``re`` + the forms of
    ``devenir``, ``redevint``)."""
    lemmas = list(lemmas)
    out = {fold(form): lemma for form, lemma in listed.items()}
    for lemma in lemmas:
        out.setdefault(fold(lemma), lemma)
        has_forms = any(v == lemma and fold(f) != fold(lemma) for f, v in listed.items())
        if not has_forms and lemma.endswith("ir"):
            stem = fold(lemma)[:-2]
            for ending in _IR_ENDINGS:
                out.setdefault(stem + ending, lemma)
    by_lemma: dict[str, list[str]] = {}
    for form, lemma in list(out.items()):
        by_lemma.setdefault(lemma, []).append(form)
    for lemma in lemmas:
        for base in lemmas:
            prefix = fold(lemma)[: -len(base)] if fold(lemma).endswith(fold(base)) else ""
            if base != lemma and 0 < len(prefix) <= 3:
                for form in by_lemma.get(base, ()):
                    out.setdefault(prefix + form, lemma)
    return out


@dataclass
class Plan:
    """What to analyse in one Doc: sentences to parse, and ranges of words to tag."""

    parse: list[tuple[int, int]] = field(default_factory=list)
    tags: list[tuple[int, int]] = field(default_factory=list)
    reasons: list[tuple[str, tuple[int, int], str]] = field(default_factory=list)


@dataclass
class Prefilter:
    """Which sentences of a Doc need the parse and which words need their tags.

    Built from the data files (:meth:`from_resources`); each vocabulary entry is classified
    once and cached (:meth:`word_flags`), so planning costs a dictionary look-up per token.
    """

    triggers: dict[str, tuple[tuple[str, ...], bool]]  # folded form -> (needs, needs_org)
    speech_forms: frozenset[str]
    role_starts: frozenset[str]
    topic_words: frozenset[str]
    discovery_cues: tuple[tuple[str, ...], ...]
    holder_cues: tuple[tuple[str, ...], ...]
    title_heads: frozenset[str]
    org_verb_forms: frozenset[str]
    person_words: frozenset[str]
    org_words: frozenset[str]
    complement_heads: frozenset[str]
    name_particles: frozenset[str]
    needs_reach: int  # words skipped before the words a trigger needs (moves.NEEDS_REACH)
    event_pronouns: frozenset[str] = frozenset()  # "celle (de X)" (moves.EVENT_PRONOUNS)
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

        def add(form: str, needs: tuple[str, ...], needs_org: bool) -> None:
            """A trigger form; one that several frames share ("mise", of "mettre" and of
            "la mise à l'écart") counts when what either needs follows."""
            known = triggers.get(form)
            triggers[form] = (needs, needs_org) if known is None else (
                known[0] + needs if known[0] and needs else (), known[1] and needs_org)

        for form, lemma in verb_forms(lex.verbs, lex.verb_forms).items():
            frame = lex.verbs[lemma]
            triggers[form] = (tuple(n.lower() for n in frame.needs), frame.needs_org)
        for noun, frame in lex.nouns.items():
            needs = tuple(n.lower() for n in frame.needs)
            for form in (noun, noun + "s", noun + "x"):
                add(fold(form), needs, frame.needs_org)
        # verbs that hand a post over ("passe le relais à X") or entrust one ("a confié la
        # présidence à X"): a handover with its phrases, as well as any need of its own
        for form, verb in lex.handover_forms.items():
            add(fold(form), tuple(p.lower() for p in lex.handover_phrases[verb]), False)
        for form in lex.entrusting_forms:
            triggers[fold(form)] = ((), False)
        for form in lex.post_activity_forms:  # a post's activity ended: "ne préside plus"
            add(fold(form), ("plus",), False)
        listed_speech = {f: v for f, v in lex.verb_forms.items() if v in lex.speech_verbs}
        listed_speech.update(_er_forms(lex.speech_verbs))
        for verb, forms in speech_verb_forms(lex.speech_verbs).items():
            listed_speech.update((f, verb) for f in forms)
        org_verbs = set(rules.org_verb_cues)
        listed_org = {f: v for f, v in lex.verb_forms.items() if v in org_verbs}
        listed_org.update(_er_forms(org_verbs))
        # one-word topic names whose use as an adjective is checked; acronyms ("IA",
        # "ARN") are never adjectives
        written = {tuple(w for w, _, _ in topics.words_of(a)) for t in tax.topics.values()
                   for a in t.aliases + t.ambiguous if not a.isupper()}
        designated = {w.split()[0] for w in lex.designated_orgs | lex.designated_with_name}
        return cls(
            triggers=triggers,
            speech_forms=frozenset(verb_forms(lex.speech_verbs, listed_speech)),
            role_starts=frozenset(lex.roles),
            topic_words=frozenset(k[0] for k in tax.index if len(k) == 1 and k in written),
            discovery_cues=pats.cues,
            holder_cues=pats.holder_cues,
            title_heads=frozenset(w.lower() for w in rules.title_heads),
            org_verb_forms=frozenset(verb_forms(org_verbs, listed_org)),
            person_words=frozenset(resources.first_names()) | rules.person_titles,
            org_words=frozenset(designated)
            | frozenset(getattr(lex, "org_descriptions", ())),
            complement_heads=frozenset(designated),
            name_particles=rules.name_particles,
            needs_reach=moves.NEEDS_REACH,
            event_pronouns=frozenset(moves.EVENT_PRONOUNS),
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
        if f in self.speech_forms:
            flags |= _SPEECH
        words = [w for w, _, _ in words_of(text)]
        if any(w in self.topic_words for w in words):
            flags |= _TOPIC
        if any(c[0] in words for c in self.discovery_cues + self.holder_cues):
            flags |= _CUE
        if low in self.title_heads:
            flags |= _TITLE_HEAD
        if f in self.org_verb_forms:
            flags |= _ORG_VERB
        if text in self.person_words:
            flags |= _PERSON
        if low in self.org_words:
            flags |= _ORG_WORD
        if low in self.complement_heads:
            flags |= _COMPLEMENT
        if text[:1].isupper():
            flags |= _CAPITAL
        if low in _FIRST_PERSON:
            flags |= _FIRST
        if low in self.event_pronouns:
            flags |= _EVENT_PRONOUN
        return flags

    def token_flags(self, doc: Doc) -> list[int]:
        """The flags of every token of ``doc``."""
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
        """The words a trigger needs ("prendre la tête") follow it, after at most
        ``needs_reach`` other words (moves._needs_ok skips adverbs, pronouns and the name
        of the person moved: "a porté Marie-Claire de La Tour à la tête de")."""
        needs = self._needs[doc[i].orth]
        reach = self.needs_reach
        after = [t.lower_ for t in doc[i + 1:min(end, i + reach + 7)]]
        if any(spaced(after[k:k + 6]).strip().startswith(n)
               for k in range(reach + 1) for n in needs):
            return True
        # a relative clause of place stands for the needed preposition ("chez Auchan, où
        # il est entré": moves._where_relative)
        return any(t.lower_ == "où" for t in doc[max(0, i - 4):i])

    def _cue_at(self, doc: Doc, start: int, end: int,
                cues: tuple[tuple[str, ...], ...]) -> int:
        """The first token of the sentence ``start:end`` where one of ``cues`` (folded
        word sequences) starts, or -1."""
        from .topics import words_of

        words: list[str] = []
        owner: list[int] = []
        for tok in doc[start:end]:
            folded = self._words.get(tok.orth)
            if folded is None:
                folded = self._words[tok.orth] = tuple(w for w, _, _ in words_of(tok.text))
            words.extend(folded)
            owner.extend([tok.i] * len(folded))
        firsts = {c[0] for c in cues}
        for k, w in enumerate(words):
            if w in firsts and any(tuple(words[k:k + len(c)]) == c for c in cues):
                return owner[k]
        return -1

    # ------------------------------------------------------------------ documents

    def plan(self, doc: Doc, sents: list[tuple[int, int]] | None = None) -> Plan:
        """The sentences of ``doc`` to parse and the words to tag, with the reasons."""
        sents = sentence_bounds(doc) if sents is None else sents
        plan = Plan()
        if not sents:
            return plan
        flags = self.token_flags(doc)
        n = len(doc)
        ents = [(e.start, e.end, e.label_) for e in doc.ents]
        person = [bool(f & _PERSON) for f in flags]
        org = [bool(f & _ORG_WORD) for f in flags]
        for s, e, label in ents:
            for i in range(s, e):
                (person if label == "PER" else org)[i] = True
        parse = [""] * len(sents)
        tags: list[tuple[int, int, str]] = []
        for k, (s, e) in enumerate(sents):
            union = 0
            for f in flags[s:e]:
                union |= f
            # a capitalised word after the first may be a name the model missed
            named = union & _CAPITAL and any(f & _CAPITAL for f in flags[s + 1:e])
            parse[k] = self._parse_reason(doc, flags, union, org, s, e, bool(named))
            if parse[k]:
                continue
            if union & _TOPIC:
                tags.extend((i, i + 1, "topic word") for i in range(s, e)
                            if flags[i] & _TOPIC)  # topics._adjective_use
            if union & _CUE:
                at = self._cue_at(doc, s, e, self.discovery_cues)
                if at >= 0:
                    tags.append((at, min(e, at + _AFTER_CUE), "discovery cue"))
            if union & _ROLE and (named or any(person[s:e])):
                tags.extend((i, min(e, i + _AFTER_TITLE), "title") for i in range(s, e)
                            if flags[i] & _ROLE)  # its complement, the name after it
            if union & _COMPLEMENT:
                tags.extend((i, min(n, i + _AFTER_TITLE), "designated organisation")
                            for i in range(s, e) if flags[i] & _COMPLEMENT)
        # the speaker of a quoted "je" in a parsed sentence: a speech verb after it
        for k in range(1, len(sents)):
            s0, e0 = sents[k - 1]
            if parse[k - 1] and not parse[k] and any(f & _FIRST for f in flags[s0:e0]):
                s, e = sents[k]
                if any(f & _SPEECH for f in flags[s:e]):
                    parse[k] = "speech verb after a quote"  # moves._speaker
        # "Deux autres arrivées ont été annoncées : celle de X": after a trigger's sentence
        for k in range(1, len(sents)):
            s, e = sents[k]
            if parse[k - 1] not in ("", _PRONOUN_REASON) and not parse[k] and \
                    any(f & _EVENT_PRONOUN for f in flags[s:e]):
                parse[k] = _PRONOUN_REASON  # moves._event_antecedent
        k = 0
        for start, end, label in ents:
            while sents[k][1] <= start:
                k += 1
            if not parse[k]:
                tags.extend(self._entity_ranges(doc, start, end, label, flags, sents[k]))
        plan.parse = [b for b, why in zip(sents, parse, strict=True) if why]
        plan.reasons = [("parse", b, why) for b, why in zip(sents, parse, strict=True) if why]
        plan.reasons.extend(("tags", (s, e), why) for s, e, why in tags)
        plan.tags = _outside(_merge([(s, e) for s, e, _ in tags]), plan.parse)
        return plan

    def _parse_reason(self, doc: Doc, flags: list[int], union: int, org: list[bool],
                      s: int, e: int, named: bool) -> str:
        if union & _TRIGGER:
            return "trigger"
        if union & _NEEDS and any(
            flags[i] & _NEEDS and self._needs_follow(doc, i, e) for i in range(s, e)
        ):
            return "trigger and the words it needs"  # "prend la tête de"
        if union & _NEEDS_ORG and (named or union & _ROLE or any(org[s:e])):
            return "trigger and an organisation"  # "arrive chez X"
        if union & _NEW and union & _ROLE and any(
            flags[i] & _NEW and flags[i + 1] & _ROLE for i in range(s, e - 1)
        ):
            return "new holder of a title"  # "nouvelle directrice"
        if union & _CUE and union & _FIRST and self._cue_at(doc, s, e, self.holder_cues) >= 0:
            return "topic holder in the first person"  # topics._holder -> moves._speaker
        return ""

    def _entity_ranges(self, doc: Doc, start: int, end: int, label: str, flags: list[int],
                       sent: tuple[int, int]) -> list[tuple[int, int, str]]:
        """The words whose tags the repair of a model entity reads
        (entities.EntityFixer._repair and _relabel_from_context)."""
        s, _ = sent
        out = []
        last = doc[end - 1].text
        if end - start >= 2 and last[:1].islower() and last not in self.name_particles:
            out.append((start, end, "entity ending in lower case"))  # "Parti socialiste"
        elif _clause_start(doc, start, s) or (
            end - start >= 2 and _clause_start(doc, start + 1, s)
        ):
            out.append((start, end, "entity at a clause start"))  # "Selon", "Permettre"
        lo = max(s, start - _BEFORE_ENTITY)
        if label != "PER" and any(f & _TITLE_HEAD for f in flags[lo:start]):
            out.append((lo, start, "entity after a title"))  # "ministre du Travail"
        lo = max(s, start - 1 - _MAX_GAP)
        if end - start == 1 and label in ("PER", "MISC") and any(
            f & _ORG_VERB for f in flags[lo:start]
        ):
            out.append((lo, start, "entity after an organisation verb"))  # "rejoindre X"
        return out


def _er_forms(lemmas: Iterable[str]) -> dict[str, str]:
    """Forms of -er verbs, conjugated as moves.lexicon() conjugates the trigger verbs."""
    from . import moves

    return moves._verb_forms([v for v in lemmas if v.endswith("er")], {})


def _clause_start(doc: Doc, i: int, sent_start: int) -> bool:
    """As entities._starts_clause: a sentence start, or after white space, a dash, a
    bullet, a colon, an opening quote or bracket."""
    if i == sent_start or i == 0:
        return True
    prev = doc[i - 1]
    return prev.is_space or prev.text in ("-", "–", "—", "•", "*", ":", "«", '"', "(")


def _merge(ranges: list[tuple[int, int]], join: int = 0) -> list[tuple[int, int]]:
    """Sorted ranges, those that overlap or are less than ``join`` apart merged."""
    out: list[tuple[int, int]] = []
    for s, e in sorted(ranges):
        if out and s <= out[-1][1] + join:
            out[-1] = (out[-1][0], max(out[-1][1], e))
        else:
            out.append((s, e))
    return out


def _outside(ranges: list[tuple[int, int]], cover: list[tuple[int, int]]
             ) -> list[tuple[int, int]]:
    """The parts of ``ranges`` outside the (sorted, disjoint) ranges of ``cover``."""
    out = []
    for s, e in ranges:
        for cs, ce in cover:
            if ce <= s or cs >= e:
                continue
            if cs > s:
                out.append((s, cs))
            s = max(s, ce)
        if s < e:
            out.append((s, e))
    return out


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


def context_width(nlp: Language, tok2vec: str = "tok2vec", default: int = 4) -> int:
    """Tokens on each side that the shared ``tok2vec`` of ``nlp`` reads (depth x window
    of its encoder): the margin that makes the tags of an analysed range exact."""
    try:
        encode = nlp.config["components"][tok2vec]["model"]["encode"]
        return int(encode["depth"]) * int(encode["window_size"])
    except (KeyError, TypeError, ValueError):
        return default


class SelectiveAnalysis:
    """spaCy component ``frnews_analysis``: runs the heavy components of the base model,
    which stay in the same pipeline, disabled (found with :meth:`Language.get_pipe`), on
    what the :class:`Prefilter` selects, and writes their annotations back."""

    def __init__(self, nlp: Language, name: str, *, components: Sequence[str] = (),
                 batch_size: int = 256, margin: int | None = None,
                 parse_margin: int | None = None) -> None:
        self.name = name
        self.nlp = nlp
        self.components = list(components)
        self.batch_size = batch_size
        self.margin = context_width(nlp) if margin is None else margin
        self.parse_margin = self.margin if parse_margin is None else parse_margin
        self.prefilter = Prefilter.from_resources()
        self.stats = {"docs": 0, "tokens": 0, "sentences": 0, "parsed": 0,
                      "parsed_tokens": 0, "tagged_tokens": 0, "analysed_tokens": 0}

    def __call__(self, doc: Doc) -> Doc:
        self.analyse([doc])
        return doc

    def pipe(self, stream: Iterable[Doc], *, batch_size: int = 32) -> Iterator[Doc]:
        for docs in minibatch(stream, batch_size):
            self.analyse(docs)
            yield from docs

    def analyse(self, docs: list[Doc]) -> None:
        """Analyse what the prefilter selects in a batch of Docs, in place."""
        procs = [(name, self.nlp.get_pipe(name)) for name in self.components]
        m, pm = self.margin, self.parse_margin
        plans = []
        parse_docs: list[Doc] = []
        tag_docs: list[Doc] = []
        stats = self.stats
        for doc in docs:
            n = len(doc)
            sents = sentence_bounds(doc)
            plan = self.prefilter.plan(doc, sents)
            parse_regions = [(max(0, s - pm), min(n, e + pm)) for s, e in _merge(plan.parse)]
            tag_regions = _merge([(max(0, s - m), min(n, e + m)) for s, e in plan.tags],
                                 join=_JOIN)
            if parse_regions or tag_regions:
                arr = doc.to_array([ORTH, SPACY, NORM, SENT_START])
                parse_docs.extend(_sub_doc(doc, arr, s, e) for s, e in parse_regions)
                tag_docs.extend(_sub_doc(doc, arr, s, e) for s, e in tag_regions)
            plans.append((sents, plan, parse_regions, tag_regions))
            stats["docs"] += 1
            stats["tokens"] += n
            stats["sentences"] += len(sents)
            stats["parsed"] += len(plan.parse)
            stats["parsed_tokens"] += sum(e - s for s, e in plan.parse)
            stats["tagged_tokens"] += sum(e - s for s, e in plan.tags)
            stats["analysed_tokens"] += sum(e - s for s, e in parse_regions + tag_regions)
        for name, proc in procs:
            parse_docs = list(proc.pipe(parse_docs, batch_size=self.batch_size))
            if name not in PARSE_ONLY:
                tag_docs = list(proc.pipe(tag_docs, batch_size=self.batch_size))
        parsed, tagged = iter(parse_docs), iter(tag_docs)
        for doc, (sents, plan, parse_regions, tag_regions) in zip(docs, plans, strict=True):
            if len(doc):
                write_back(doc, sents, plan,
                           [(s, next(parsed)) for s, _ in parse_regions],
                           [(s, next(tagged)) for s, _ in tag_regions])


def _sub_doc(doc: Doc, arr: numpy.ndarray, start: int, end: int) -> Doc:
    """Tokens ``start:end`` of ``doc`` as a new Doc, with their norms, spaces and sentence
    boundaries (the first token starts one); ``arr`` holds the ORTH, SPACY, NORM and
    SENT_START of ``doc``."""
    arr = arr[start:end].copy()
    strings = doc.vocab.strings
    sub = Doc(doc.vocab, words=[strings[o] for o in arr[:, 0].tolist()],
              spaces=[bool(x) for x in arr[:, 1].tolist()])
    arr[0, 3] = 1
    sub.from_array([NORM, SENT_START], arr[:, 2:])
    return sub


def write_back(doc: Doc, sents: list[tuple[int, int]], plan: Plan,
               parsed: list[tuple[int, Doc]], tagged: list[tuple[int, Doc]]) -> None:
    """Set POS, TAG, MORPH, LEMMA, DEP and HEAD of the whole Doc: everything for the
    parsed sentences, tags and lemmas for the tagged words, and a flat tree under its
    first token for every sentence not parsed. ``parsed`` and ``tagged`` are the small
    analysed Docs with the offset of their first token in ``doc``."""
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
    for ranges, subs, width in ((plan.parse, parsed, len(ATTRS)),
                                (plan.tags, tagged, _TAG_COLUMNS)):
        arrays = [(offset, offset + len(sub), sub.to_array(ATTRS[:width]))
                  for offset, sub in subs]
        for s, e in ranges:
            for lo, hi, values in arrays:
                if lo <= s and e <= hi:
                    arr[s:e, :width] = values[s - lo:e - lo]
                    break
    doc.from_array(ATTRS, arr)


@Language.factory(
    "frnews_analysis",
    default_config={"components": [], "batch_size": 256, "margin": None,
                    "parse_margin": None},
    requires=["token.is_sent_start", "doc.ents"],
    assigns=["token.pos", "token.tag", "token.morph", "token.lemma", "token.dep",
             "token.head"],
)
def make_selective_analysis(nlp: Language, name: str, *, components: list[str],
                            batch_size: int, margin: int | None,
                            parse_margin: int | None) -> SelectiveAnalysis:
    return SelectiveAnalysis(nlp, name, components=components, batch_size=batch_size,
                             margin=margin, parse_margin=parse_margin)
