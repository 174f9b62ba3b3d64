"""Offset-preserving normalisation of French news text.

Every replacement maps one character to exactly one character, so a character offset in
the normalised text is the same offset in the article as read. What cannot be fixed one
for one (sentences glued without a space, ``fin.Début``) is handled in the tokenizer and
the sentence fixer instead (see :mod:`pipeline.nlp`).
"""

from __future__ import annotations

import re

# Typographic apostrophes and quotes, and the spaces of French typography.
_CHAR_MAP: dict[str, str] = {
    "\u2019": "'",  # right single quotation mark, the usual French apostrophe
    "\u2018": "'",
    "\u201b": "'",
    "\u02bc": "'",  # modifier letter apostrophe
    "\u2032": "'",  # prime, sometimes used as an apostrophe
    "\u00b4": "'",  # acute accent used as an apostrophe
    "`": "'",
    "\u201c": '"',
    "\u201d": '"',
    "\u201e": '"',
    "\u201f": '"',
    "\u00a0": " ",  # no-break space (before « ; : ! ?» in French typography)
    "\u202f": " ",  # narrow no-break space
    "\u2007": " ",
    "\u2009": " ",  # thin space
    "\u200a": " ",
    "\u2002": " ",
    "\u2003": " ",
    "\u3000": " ",
    "\u200b": " ",  # zero-width space
    "\ufeff": " ",  # stray byte-order mark inside a text
    "\u2028": "\n",
    "\u2029": "\n",
    "\u2010": "-",  # hyphen
    "\u2011": "-",  # non-breaking hyphen
}
_TABLE = str.maketrans(_CHAR_MAP)

# Control and invisible format characters (line breaks and tabs kept), surrogates and
# private-use characters: each becomes one space.
_CONTROL = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u00ad\u200c-\u200f\u202a-\u202e"
    "\u2060-\u206f\ufff9-\ufffb\ud800-\udfff\ue000-\uf8ff]"
)

# What opens a sentence glued to the previous one: a capitalised word ("Début"), an
# elided one ("L'équipe", "C'est") or one of the words of one letter, "À", "A", "Y", before
# a space (in the tokenizer's chunk, "1996.À", it ends the chunk); not a word of capitals
# ("DÉBUT"), nor a letter that numbers ("l'article 3.A)", "la phase 2.B l'an prochain").
SENTENCE_OPENING = r"(?:[A-ZÀ-ÖØ-ÝŒ](?:[a-zà-ÿœ]|['’](?=[A-Za-zÀ-ÖØ-öø-ÿŒœ]))|[ÀAY](?=\s|$))"

# Sentence ends glued to the next sentence: "fin.Début", "dit-il.\"Nous", "fin!Le", "des
# LR.Le parti" (after an acronym of two capitals or more, not an initial: "M.Dupont"),
# "en 1996.À l'automne", "Covid-19.L'institut".
GLUED_SENTENCE = re.compile(
    r"(?<!\bMme)(?<!\bMlle)(?<!\bDr)(?<!\bPr)(?<!\bMgr)(?<!\bMM)"
    r"(?:(?<=[a-zà-ÿœ0-9%)\]»\"'])|(?<=[A-ZÀ-ÖØ-ÝŒ]{2}))([.!?])(?=[«\"]?" + SENTENCE_OPENING + ")"
)


def normalize_text(text: str) -> str:
    """Return ``text`` with typographic characters replaced, one character for one.

    >>> normalize_text("l\u2019IA\u00a0: «\u202foui\u202f»")
    "l'IA : « oui »"
    """
    return _CONTROL.sub(" ", text.translate(_TABLE))


def glued_sentence_ends(text: str) -> list[int]:
    """Offsets of the punctuation marks that end a sentence glued to the next one."""
    urls = [m.span() for m in _URL.finditer(text)]
    return [m.start(1) for m in GLUED_SENTENCE.finditer(text)
            if not any(s <= m.start(1) < e for s, e in urls)]


_URL = re.compile(r"(?:https?://|www\.)\S+", re.I)
