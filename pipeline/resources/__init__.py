"""Load and validate the package's data files (``pipeline/resources/``), once each.

Every lexicon, gazetteer and taxonomy lives in a data file; this module is the only place
that reads them, checks their shape and raises :class:`~pipeline.errors.ResourceError`
with the file and the problem when one is broken.
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources as _ir
from typing import Any

import yaml

from ..errors import ResourceError

_PACKAGE = "pipeline.resources"


def _read(name: str) -> str:
    try:
        return (_ir.files(_PACKAGE) / name).read_text(encoding="utf-8")
    except FileNotFoundError as exc:
        raise ResourceError(name, "file is missing from the package") from exc


def _yaml(name: str) -> Any:
    try:
        return yaml.safe_load(_read(name))
    except yaml.YAMLError as exc:
        raise ResourceError(name, f"not valid YAML: {exc}") from exc


def plain(text: str) -> str:
    """Case-folded, without accents: ``Nommée`` -> ``nommee``."""
    text = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in text if not unicodedata.combining(c))


def spaced(words: list[str]) -> str:
    """Words joined by spaces, elisions glued to the next word as written, and a space at
    both ends, to look phrases up as `` phrase ``: ``["s'", "apprête"]`` -> `` s'apprête ``
    (the tokenizer splits ``l'éponge`` into ``l'`` and ``éponge``)."""
    return " " + " ".join(words).replace("' ", "'") + " "


def fold(text: str) -> str:
    """Case-fold, strip accents, read hyphens and punctuation as spaces, fold white space."""
    text = plain(text.replace("\u2019", "'"))
    text = re.sub(r"[^\w']+|_", " ", text)
    return " ".join(text.split())


# ---------------------------------------------------------------- organisations


@dataclass(frozen=True)
class OrgPattern:
    pattern: str
    canonical: str
    kind: str
    ambiguous: bool


@lru_cache(maxsize=1)
def organisations() -> tuple[OrgPattern, ...]:
    """The organisation gazetteer (``organisations.jsonl``, EntityRuler pattern form)."""
    name = "organisations.jsonl"
    out: list[OrgPattern] = []
    seen: dict[str, str] = {}
    for lineno, line in enumerate(_read(name).splitlines(), 1):
        if not line.strip():
            continue
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as exc:
            raise ResourceError(name, f"line {lineno}: {exc.msg}") from exc
        if not isinstance(rec, dict):
            raise ResourceError(name, f"line {lineno}: not a JSON object")
        pattern, canonical = rec.get("pattern"), rec.get("id")
        if not isinstance(pattern, str) or not pattern.strip() or not isinstance(canonical, str):
            raise ResourceError(name, f"line {lineno}: needs string 'pattern' and 'id'")
        if rec.get("label", "ORG") != "ORG":
            raise ResourceError(name, f"line {lineno}: label must be ORG")
        pattern = pattern.replace("\u2019", "'")
        if seen.get(pattern, canonical) != canonical:
            raise ResourceError(
                name, f"line {lineno}: pattern {pattern!r} maps to {seen[pattern]!r} and {canonical!r}"
            )
        if pattern in seen:
            continue
        seen[pattern] = canonical
        out.append(OrgPattern(pattern, canonical, str(rec.get("kind", "")),
                              bool(rec.get("ambiguous", False))))
    return tuple(out)


# ---------------------------------------------------------------- entity rules


@dataclass(frozen=True)
class EntityRules:
    elided_clitics: frozenset[str]
    leading_words_to_strip: frozenset[str]
    person_titles: frozenset[str]
    never_entities: frozenset[str]
    org_left_cues: frozenset[str]
    org_verb_cues: frozenset[str]
    org_right_cues: tuple[tuple[str, ...], ...]
    org_suffixes: frozenset[str]
    name_particles: frozenset[str]
    title_heads: frozenset[str]
    org_role_cues: frozenset[str]
    institution_heads: frozenset[str]
    institution_name_heads: frozenset[str]
    named_after_heads: frozenset[str]
    person_named_bodies: frozenset[str]
    branch_heads: frozenset[str]
    role_heads: frozenset[str]
    event_heads: frozenset[str]
    person_left_cues: frozenset[str]
    portfolio_heads: frozenset[str]
    sentence_openers: frozenset[str]
    naming_participles: frozenset[str]
    adjective_endings: tuple[str, ...]
    acronym_link_words: frozenset[str]
    place_nouns: frozenset[str]
    indefinite_openers: frozenset[str]
    adverbial_locutions: tuple[tuple[str, ...], ...]
    time_tail_words: frozenset[str]


@lru_cache(maxsize=1)
def entity_rules() -> EntityRules:
    name = "entity_rules.yaml"
    data = _yaml(name)
    if not isinstance(data, dict):
        raise ResourceError(name, "needs a mapping of lists at top level")
    keys = [f for f in EntityRules.__dataclass_fields__]
    missing = [k for k in keys if not isinstance(data.get(k), list)]
    if missing:
        raise ResourceError(name, f"missing list(s): {', '.join(missing)}")
    values: dict[str, Any] = {k: frozenset(data[k]) for k in keys}
    values["org_right_cues"] = tuple(tuple(c.split()) for c in data["org_right_cues"])
    values["adjective_endings"] = tuple(data["adjective_endings"])
    values["adverbial_locutions"] = tuple(tuple(c.split()) for c in data["adverbial_locutions"])
    return EntityRules(**values)


@lru_cache(maxsize=1)
def first_names() -> frozenset[str]:
    """Given names (``first_names.txt``), used to recognise and extend person names."""
    names = set()
    for line in _read("first_names.txt").splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            names.add(line)
    return frozenset(names)


@lru_cache(maxsize=1)
def given_name_variants() -> dict[str, frozenset[str]]:
    """Short forms of given names (``given_name_variants.txt``): short form -> the given
    names it stands for ("Bob" -> {"Robert"})."""
    name = "given_name_variants.txt"
    out: dict[str, set[str]] = {}
    for lineno, line in enumerate(_read(name).splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        parts = [p.strip() for p in line.split("\t")]
        if len(parts) != 2 or not all(parts) or parts[0] == parts[1]:
            raise ResourceError(name, f"line {lineno}: needs 'short<TAB>given name'")
        out.setdefault(parts[0], set()).add(parts[1])
    return {short: frozenset(full) for short, full in out.items()}


@lru_cache(maxsize=1)
def first_name_genders() -> dict[str, str]:
    """Usual gender of given names (``first_name_genders.txt``): ``Masc`` or ``Fem``."""
    name = "first_name_genders.txt"
    out: dict[str, str] = {}
    for lineno, line in enumerate(_read(name).splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        parts = line.split("\t")
        if len(parts) != 2 or parts[1].strip() not in ("m", "f"):
            raise ResourceError(name, f"line {lineno}: needs 'name<TAB>m' or 'name<TAB>f'")
        out[parts[0].strip()] = "Masc" if parts[1].strip() == "m" else "Fem"
    return out


# ---------------------------------------------------------------- generic helpers


def yaml_resource(name: str) -> Any:
    """Parsed YAML data file of the package (cached by the callers)."""
    return _yaml(name)


def text_resource(name: str) -> str:
    """Text of a data file of the package."""
    return _read(name)
