"""Find French date expressions in a sentence and resolve them against the article's date.

Explicit and relative dates are resolved with ``dateparser``; the precision of the text is
kept (``le 3 février`` is a day, ``en mars`` a month, ``en 2019`` a year). A few relative
phrases that ``dateparser`` does not read (``plus tôt ce mois-ci``, ``fin août``, ``il y a
trois ans``) are handled by the patterns below.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

_MONTHS = (
    "janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|"
    "novembre|décembre|decembre"
)
_MONTH_NUM = {
    "janvier": 1, "février": 2, "fevrier": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6,
    "juillet": 7, "août": 8, "aout": 8, "septembre": 9, "octobre": 10, "novembre": 11,
    "décembre": 12, "decembre": 12,
}
_DAYS = "lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche"
_WEEKDAYS = _DAYS.split("|")  # Monday first, as date.weekday() counts
_DAY_PARTS = "matin|soir|nuit|matinée|soirée|journée|après-midi|week-end"
_TIME_WORDS = frozenset("|".join((_MONTHS, _DAYS, _DAY_PARTS)).split("|"))

# Counts written in words ("il y a trois ans").
_NUMBER_WORDS = {
    "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7,
    "huit": 8, "neuf": 9, "dix": 10, "onze": 11, "douze": 12, "quinze": 15, "vingt": 20,
    "trente": 30,
}

# Most specific first. Each pattern names its precision.
_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("day", re.compile(
        rf"\b(?:(?:{_DAYS})\s+)?(?:le\s+)?(1er|\d{{1,2}})\s+({_MONTHS})(?:\s+(\d{{4}}))?\b", re.I)),
    ("day", re.compile(r"\b(\d{1,2})/(\d{1,2})/(\d{4})\b")),
    ("month", re.compile(
        rf"\b(?:(début|fin|mi|courant|en|dès|depuis|à partir de|à compter de|"
        rf"(?:à la |au )?(?:fin|début) du mois d[e'’]|au mois d[e'’])(?:[\s-]+|(?<=['’])))?"
        rf"({_MONTHS})(?:\s+(\d{{4}}))?\b", re.I)),
    ("weekday", re.compile(rf"\b({_DAYS})(?:\s+(dernier|prochain|soir|matin))?\b", re.I)),
    ("relative", re.compile(
        r"\b(aujourd'hui|hier|demain|avant-hier|après-demain|cette semaine|la semaine dernière|"
        r"la semaine prochaine|ce mois-ci|plus tôt ce mois-ci|le mois dernier|le mois prochain|"
        r"cette année|l'an dernier|l'année dernière|l'an prochain|l'année prochaine)\b", re.I)),
    ("year", re.compile(r"\b(?:en|depuis|dès|fin|début)\s+((?:19|20)\d{2})\b", re.I)),
    ("ago", re.compile(
        rf"\bil y a\s+(\d{{1,2}}|{'|'.join(_NUMBER_WORDS)})\s+"
        r"(ans?|années?|mois|semaines?|jours?)\b", re.I)),
    # counted from the year the sentence gave before ("En 2016, il a pris la direction de
    # X, avant de rejoindre Y deux ans plus tard"); nothing without that year
    ("later", re.compile(
        rf"\b(\d{{1,2}}|{'|'.join(_NUMBER_WORDS)})\s+(ans?|années?)\s+plus\s+tard\b"
        r"|\bl'(année)\s+(suivante)\b", re.I)),
]


def is_time_word(word: str) -> bool:
    """A name of a month or a day, or a part of the day ("mardi", "décembre", "nuit")."""
    return word.lower() in _TIME_WORDS


@dataclass(frozen=True)
class DateMention:
    text: str
    start: int  # offset in the sentence
    end: int
    iso: str  # YYYY-MM-DD, YYYY-MM or YYYY; empty when it cannot be resolved


def _parse_base(date: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(date[:10])
    except (TypeError, ValueError):
        return None


def _dateparser(text: str, base: dt.date, prefer: str) -> str:
    """Resolve a relative day expression ("lundi", "hier") with dateparser."""
    from dateparser import parse

    settings = {
        "RELATIVE_BASE": dt.datetime(base.year, base.month, base.day),
        "PREFER_DATES_FROM": prefer,
    }
    got = parse(text, languages=["fr"], settings=settings)  # type: ignore[arg-type]
    return got.date().isoformat() if got else ""


def find_dates(sentence: str, published: str = "", future: bool = False,
               nearest: bool = False, before: str = "") -> list[DateMention]:
    """Date expressions of ``sentence``, resolved against ``published`` (ISO date). A date
    without its year falls after the publication for a ``future`` event, before it for a
    past one; with ``nearest``, a day within three months to come is to come (an event told in
    the present: "X rejoint Renault le 1er septembre" in July). ``before``, the sentence
    before, gives the year a sentence opening on "Deux ans plus tard" counts from."""
    base = _parse_base(published)
    out: list[DateMention] = []
    taken: list[tuple[int, int]] = []
    for precision, pattern in _PATTERNS:
        for m in pattern.finditer(sentence):
            if any(m.start() < e and s < m.end() for s, e in taken):
                continue
            if precision == "month" and not m.group(1) and not m.group(3):
                # a bare month name needs a cue ("en mars") or a year to be a date
                continue
            taken.append((m.start(), m.end()))
            if precision == "later":
                earlier = [d for d in out if d.end <= m.start()]
                opening = not earlier and before and not sentence[:m.start()].strip(" \n\"«—-")
                told = find_dates(before, published) if opening else []
                if len([d for d in told if d.iso[:4].isdigit()]) == 1:
                    # "En 2016, elle rejoint Danone. Deux ans plus tard, elle quitte le groupe"
                    # (the one year of the sentence before, not one of several: "rejoint
                    # Criteo en 2005, un groupe fondé en 1998. Deux ans plus tard")
                    iso = _later(m, told, before, base)
                else:
                    iso = _later(m, earlier, sentence, base)
                if iso:
                    out.append(DateMention(m.group(0), m.start(), m.end(), iso))
                continue
            out.append(DateMention(m.group(0), m.start(), m.end(),
                                   _resolve(precision, m, base, future, nearest)))
    return sorted(out, key=lambda d: d.start)


def _later(m: re.Match[str], before: list[DateMention], sentence: str,
           base: dt.date | None) -> str:
    """The year ``m`` ("deux ans plus tard", "l'année suivante") counts from the last year
    told before it in the sentence, outside a relative clause ("Recruté en 2019 par
    Renault, qui avait racheté Dacia en 1999, il a quitté le groupe deux ans plus tard" is
    2021); empty when there is none, or when it would fall after the publication."""
    years = [d for d in sorted(before, key=lambda d: d.start)
             if d.iso[:4].isdigit() and not _RELATIVE_OPENING.match(
                 sentence[:d.start].rsplit(",", 1)[-1])
             and not _BIRTH.search(sentence[:d.start])]
    if not years:
        return ""
    count = 1 if m.group(3) else (_NUMBER_WORDS.get(m.group(1).lower()) or int(m.group(1)))
    year = int(years[-1].iso[:4]) + count
    return "" if base is not None and year > base.year else str(year)


# A birth, just before its date ("né en 1970", "née le 3 mai 1923"): no event to count from.
_BIRTH = re.compile(r"\bnée?s?\s*$", re.I)
# The opening of a relative clause, after its comma ("..., qui avait racheté X en 1999").
_RELATIVE_OPENING = re.compile(r"\s*(?:qui|dont|où|lequel|laquelle|lesquels|lesquelles)\b",
                               re.I)


def _resolve(precision: str, m: re.Match[str], base: dt.date | None, future: bool,
             nearest: bool = False) -> str:
    text = m.group(0).lower()
    if precision == "day" and "/" in text:
        d, mo, y = (int(g) for g in m.groups())
        return _iso(y, mo, d)
    if precision == "day":
        day = 1 if m.group(1).lower() == "1er" else int(m.group(1))
        month = _MONTH_NUM[m.group(2).lower()]
        year = int(m.group(3)) if m.group(3) else (
            _year_of_weekday(text, base, month, day)
            or _year_near(base, month, future, day, nearest))
        return _iso(year, month, day) if year else ""
    if precision == "month":
        month = _MONTH_NUM[m.group(2).lower()]
        if (m.group(1) or "").lower() in ("à partir de", "à compter de"):
            future = True  # "à partir de janvier": from a month to come
        year = int(m.group(3)) if m.group(3) else _year_near(base, month, future)
        return f"{year:04d}-{month:02d}" if year else ""
    if precision == "year":
        return m.group(1)
    if base is None:
        return ""
    if precision == "relative":
        return _relative(text, base)
    if precision == "ago":  # "il y a trois ans": the year, month or day it was
        count = _NUMBER_WORDS.get(m.group(1).lower()) or int(m.group(1))
        unit = m.group(2).lower()
        if unit.startswith(("an", "année")):
            return str(base.year - count)
        if unit == "mois":
            month = base.year * 12 + base.month - 1 - count
            return f"{month // 12:04d}-{month % 12 + 1:02d}"
        day = base - dt.timedelta(days=count * (7 if unit.startswith("semaine") else 1))
        return day.isoformat() if unit.startswith("jour") else f"{day.year:04d}-{day.month:02d}"
    if precision == "weekday":
        wanted = _WEEKDAYS.index(m.group(1).lower())
        if future or "prochain" in text:
            delta = (wanted - base.weekday()) % 7 or 7
        else:
            delta = -((base.weekday() - wanted) % 7)
            if "dernier" in text and delta == 0:
                delta = -7
        return (base + dt.timedelta(days=delta)).isoformat()
    return ""


def _relative(text: str, base: dt.date) -> str:
    one_day = dt.timedelta(days=1)
    if "mois" in text:
        if "dernier" in text:
            prev = base.replace(day=1) - one_day
            return f"{prev.year:04d}-{prev.month:02d}"
        if "prochain" in text:
            nxt = (base.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
            return f"{nxt.year:04d}-{nxt.month:02d}"
        return f"{base.year:04d}-{base.month:02d}"
    if "semaine" in text:
        shift = -7 if "dernière" in text else 7 if "prochaine" in text else 0
        day = base + dt.timedelta(days=shift)
        return f"{day.year:04d}-{day.month:02d}"
    if re.search(r"\b(?:an|année)\b", text):
        if "dernier" in text or "dernière" in text:
            return str(base.year - 1)
        if "prochain" in text:
            return str(base.year + 1)
        return str(base.year)
    return _dateparser(text, base, "past")


_NEAR_FUTURE_DAYS = 92


def _year_of_weekday(text: str, base: dt.date | None, month: int, day: int) -> int:
    """The year, among the publication's and the ones before and after it, in which a
    date written with its weekday and without a year falls on that weekday ("dimanche 2
    juin" told on 3 June 2019 is 2019, whatever the tense of the verb), or 0. (A date's
    weekday moves by one or two days a year, so at most one of three years fits.)"""
    first = text.split()[0]
    if base is None or first not in _WEEKDAYS:
        return 0
    for year in (base.year - 1, base.year, base.year + 1):
        try:
            if dt.date(year, month, day).weekday() == _WEEKDAYS.index(first):
                return year
        except ValueError:  # 29 February
            continue
    return 0


def _year_near(base: dt.date | None, month: int, future: bool, day: int = 0,
               nearest: bool = False) -> int:
    """The year of a date written without one: the publication year, or the next (for a
    future event) or previous (for a past one) year when the date would otherwise fall on
    the wrong side of the publication date; with ``nearest``, a day to come within three
    months."""
    if base is None:
        return 0
    if nearest and not future and day:
        # the coming date, within three months (a chronology in the present, "démissionne
        # le 2 juin" in a look back at the year, keeps the past one)
        for year in (base.year, base.year + 1):
            try:
                ahead = (dt.date(year, month, day) - base).days
            except ValueError:  # 29 February
                continue
            if 0 < ahead <= _NEAR_FUTURE_DAYS:
                return year
    when, ref = (month, day), (base.month, base.day if day else 0)
    if future and when < ref:
        return base.year + 1
    if not future and when > ref:
        return base.year - 1
    return base.year


def _iso(year: int, month: int, day: int) -> str:
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return ""
