"""Numbers and dates in every form, and the dates, counts, places and people a message names.

Numeric dates ("4/4", "04.04.2025", "2025-04-04") become words ("april 4 2025") before folding,
spelled-out numbers become digits ("thirty-one" -> "31"), and `mentions` finds what a yes/no
question claims ("on sunday", "40 countries", "in rome", "poland").
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache

from ..story.locale import Locale
from .normalize import fold

_ISO = re.compile(r"\b(\d{4})-(\d{1,2})-(\d{1,2})\b")
_NUMERIC = re.compile(r"\b(\d{1,2})[/.](\d{1,2})(?:[/.](\d{4}|\d{2}))?\b")
_ORDINAL = re.compile(r"^(\d+)(st|nd|rd|th)$")


@dataclass(frozen=True)
class DateSpec:
    """A date as precise as the message gave it; unset parts are 0."""

    year: int = 0
    month: int = 0
    day: int = 0
    weekday: int = -1
    first: dt.date | None = None  # a relative span ("this week") resolved against the story's date
    last: dt.date | None = None

    @property
    def open(self) -> bool:
        """"before april", "after march 27": every day on one side."""
        return self.first == dt.date.min or self.last == dt.date.max

    def matches(self, date: dt.date) -> bool:
        if self.first is not None:
            return self.first <= date <= (self.last or self.first)
        return ((not self.year or self.year == date.year) and (not self.month or self.month == date.month)
                and (not self.day or self.day == date.day) and (self.weekday < 0 or self.weekday == date.weekday()))

    def __str__(self) -> str:
        if self.first is not None:
            return f"{self.first}..{self.last}"
        parts = [f"{self.year:04d}" if self.year else "*", f"{self.month:02d}" if self.month else "*",
                 f"{self.day:02d}" if self.day else "*"]
        return "-".join(parts) + (f" weekday {self.weekday}" if self.weekday >= 0 else "")


@dataclass(frozen=True)
class Mention:
    kind: str  # "date" | "count" | "place" | "country" | "person" | "model" | "time" | "mode"
    value: object  # DateSpec, int, or the name as the locale spells it
    start: int  # word span in the folded words
    end: int
    known: bool = False  # the story's own vocabulary has it (a topic word, not only a claim)
    venue: bool = False  # a country named as the host or the venue ("is saudi arabia the venue?"): where


@lru_cache(maxsize=8)
def _month_names(locale: Locale) -> dict[int, str]:
    names: dict[int, str] = {}
    for name, number in locale.months.items():
        if len(name) > len(names.get(number, "")):
            names[number] = name
    return names


_DIGIT = re.compile(r"\d")


def numeric_dates(text: str, locale: Locale, known: frozenset[dt.date]) -> str:
    """'4/4', '04.04.2025' and '2025-04-04' as 'april 4 2025'; day/month order from the numbers,
    else whichever reading is a date the story has, else month first."""
    names = _month_names(locale)
    if not names or not _DIGIT.search(text):
        return text

    def spell(month: int, day: int, year: str) -> str | None:
        if not (1 <= month <= 12 and 1 <= day <= 31):
            return None
        return f" {names[month]} {day}" + (f" {year if len(year) == 4 else '20' + year}" if year else "") + " "

    def iso(m: re.Match) -> str:
        return spell(int(m.group(2)), int(m.group(3)), m.group(1)) or m.group(0)

    def numeric(m: re.Match) -> str:
        a, b, year = int(m.group(1)), int(m.group(2)), m.group(3) or ""
        if a > 12 or (b <= 12 and _is_known(b, a, known) and not _is_known(a, b, known)):
            a, b = b, a  # day first
        return spell(a, b, year) or m.group(0)

    return _NUMERIC.sub(numeric, _ISO.sub(iso, text))


def _is_known(month: int, day: int, known: frozenset[dt.date]) -> bool:
    return any(d.month == month and d.day == day for d in known)


@lru_cache(maxsize=8)
def _spelled_ordinals(locale: Locale) -> dict[int, str]:
    """3 -> "third": the locale's ordinal words by number."""
    return {n: w for w, n in locale.ordinal_words.items()}


def digits(words: list[str], locale: Locale) -> list[str]:
    """Spelled-out numbers as digits, ordinals without their suffix, 'twenty twenty-five' as 2025."""
    if locale.has_number_words(words):
        words = locale.numbers(" ".join(words)).split()
    out: list[str] = []
    spelled = _spelled_ordinals(locale)
    for i, word in enumerate(words):
        ordinal = _ORDINAL.match(word)
        after = words[i + 1] if i + 1 < len(words) else ""
        if ordinal and int(ordinal.group(1)) in spelled and after and not after.isdigit() \
                and after not in locale.months and after not in locale.time_cues | {"of"}:
            out.append(spelled[int(ordinal.group(1))])  # "the third meeting" counts meetings: no date
            continue
        word = ordinal.group(1) if ordinal else word
        if (out and word.isdigit() and len(word) == 2 and out[-1] in ("19", "20")
                and not (len(out) > 1 and out[-2] in locale.months)):
            out[-1] += word  # "20 25" -> "2025"
            continue
        out.append(word)
    return out


def mentions(words: list[str], locale: Locale, published: dt.date, story_words: frozenset[str],
             is_person=lambda word: False, canonical=lambda name: name,
             person_starts: frozenset[str] = frozenset()) -> list[Mention]:
    """Dates, counts, places, countries and people that `words` (folded, digits) name, left to right;
    `is_person` recognises the story's own people beside the locale's well-known ones, a name of several
    words only from a word of `person_starts`."""
    found: list[Mention] = []
    taken: set[int] = set()
    _dates(words, locale, published, found, taken)
    found[:] = [_bounded(m, words, locale, published) for m in found]
    _models(words, locale, found, taken, story_words)
    _names(words, locale, story_words, found, taken, is_person, canonical, person_starts)
    _modes(words, locale, found, taken)
    found += [Mention("time", w, i, i + 1) for i, w in enumerate(words) if w in locale.times_of_day and i not in taken
              and (words[i - 1:i] and words[i - 1] in locale.time_cues or words[i + 1:i + 2] and words[i + 1] in locale.time_cues)]
    for i, word in enumerate(words):
        if i in taken:
            continue
        if word in locale.small_numbers and i and words[i - 1] in locale.sole_count_cues \
                and not (i > 1 and words[i - 2] in locale.articles):  # ("the only one that ...": a pronoun)
            found.append(Mention("count", locale.small_numbers[word], i, i + 1))  # "just one (country)", "лише одна"
            continue
        if not word.isdigit() or len(word) > 7:
            continue
        before = words[i - 1] if i else ""
        if len(before) == 1 and before.isalpha():
            continue  # "f 16" is a name, not a count
        found.append(Mention("count", int(word), i, i + 1, known=word in story_words))
    found.sort(key=lambda m: m.start)
    return found


_DESIGNATION = re.compile(r"([a-z]{1,3})(\d{1,3})[a-z]?")


def designation(text: str, locale: Locale) -> str:
    """An aircraft model as one token ("F-16", "f 16", "fighting falcon": "f16"; "gripen": "jas39"), or ""."""
    words = text.lower().replace("-", " ").split()
    named = locale.aircraft.get(" ".join(words))
    if named:
        return named
    match = _DESIGNATION.fullmatch("".join(words))
    return f"{match[1]}{match[2]}" if match and match[1] in locale.aircraft_prefixes else ""


def _models(words: list[str], locale: Locale, found: list[Mention], taken: set[int], story_words: frozenset[str]) -> None:
    """Aircraft named by model: "an f35", "a mig 29", "a swedish gripen" (one or two words)."""
    if not locale.aircraft_prefixes:
        return
    for i, word in enumerate(words):
        if i in taken:
            continue
        two = " ".join(words[i:i + 2])
        if i + 1 < len(words) and i + 1 not in taken and (two in locale.aircraft or (
                word in locale.aircraft_prefixes and words[i + 1][:1].isdigit())):
            span = words[i:i + 2]
        elif word in locale.aircraft or (word[-1:].isdigit() and word[:1].isalpha()):
            span = words[i:i + 1]
        else:
            continue
        model = designation(" ".join(span), locale)
        if not model:
            continue
        start = i - 1 if i and i - 1 not in taken and words[i - 1].isalpha() and words[i - 1] not in locale.stopwords \
            and words[i - 1] not in story_words else i  # "a swedish gripen": the maker's country, of the model
        parts = _DESIGNATION.fullmatch(model)  # ("f16" typed as one word: the story's "F-16")
        known = all(w in story_words for w in span) or bool(parts and {parts[1], parts[2]} <= story_words)
        found.append(Mention("model", model, start, i + len(span), known=known))
        taken.update(range(start, i + len(span)))


@lru_cache(maxsize=8)
def _mode_phrases(locale: Locale) -> tuple[dict[str, str], int, frozenset[str]]:
    """The locale's phrases of how people meet, folded as messages are ("віч-на-віч": "віч на віч"), with
    the most words one has and the words they start with (once per locale, not per message)."""
    phrases = {fold(phrase): mode for phrase, mode in locale.meeting_modes.items()}
    return (phrases, max((len(p.split()) for p in phrases), default=0),
            frozenset(p.split()[0] for p in phrases))


def _modes(words: list[str], locale: Locale, found: list[Mention], taken: set[int]) -> None:
    """How people meet: "in person", "on zoom", "by phone" (the longest phrase at each word)."""
    phrases, longest, firsts = _mode_phrases(locale)
    if not phrases:
        return
    i = 0
    while i < len(words):
        size = 0 if words[i] not in firsts else next((n for n in range(min(longest, len(words) - i), 0, -1)
                     if " ".join(words[i:i + n]) in phrases and not taken & set(range(i, i + n))), 0)
        if size:
            found.append(Mention("mode", phrases[" ".join(words[i:i + size])], i, i + size, known=True))
            taken.update(range(i, i + size))
        i += size or 1


def _weekday(words: list[str], i: int, locale: Locale) -> bool:
    """'sat' is Saturday in "on sat" or "sat 5th", and a verb in "they sat down"."""
    return words[i] not in locale.word_weekdays or (i > 0 and words[i - 1] in locale.weekday_cues) \
        or bool(_day(words, i + 1)) or words[i + 2:i + 3] != [] and words[i + 2] in locale.weekdays


def _relative_days_in(words: list[str], locale: Locale) -> list:
    """The locale's relative days ("tomorrow", "next week") whose first word the words use, in the locale's
    order: most messages use none, so no span is looked for at every position."""
    present = set(words)
    return [(span, value) for span, value in locale.relative_days.items() if span and span[0] in present]


def _dates(words: list[str], locale: Locale, published: dt.date, found: list[Mention], taken: set[int]) -> None:
    for span, (unit, offset) in _relative_days_in(words, locale):
        for i in range(len(words) - len(span) + 1):
            if tuple(words[i:i + len(span)]) == span and i not in taken:
                first, last = _relative(published, unit, offset)
                found.append(Mention("date", DateSpec(first=first, last=last), i, i + len(span)))
                taken.update(range(i, i + len(span)))
    for i, word in enumerate(words):
        if i in taken:
            continue
        if word in locale.weekdays and _weekday(words, i, locale):
            end, day = i + 1, 0
            if _day(words, i + 1) or (i + 2 < len(words) + 1 and words[i + 1:i + 2] == ["the"] and _day(words, i + 2)):
                end = i + 2 if _day(words, i + 1) else i + 3  # "friday the 4th", "friday 4"
                day = _day(words, end - 1)
            found.append(Mention("date", DateSpec(weekday=locale.weekdays[word], day=day), i, end))
            taken.update(range(i, end))
        elif word in locale.months and (len(word) > 3 or _day(words, i + 1) or _day(words, i - 1)
                                        or (i and words[i - 1] in locale.month_cues)):  # "in may", not "it may"
            start, end, spec = _month_date(words, i, locale.months[word])
            found.append(Mention("date", spec, start, end))
            taken.update(range(start, end))
        elif word in locale.seasons and (season := _season_year(words, i)):
            end, year = season
            first = locale.seasons[word]
            found.append(Mention("date", DateSpec(first=dt.date(year, first, 1), last=_month_end(year, first + 2)), i, end))
            taken.update(range(i, end))
        elif word.isdigit() and len(word) == 4 and word[:2] in ("19", "20"):
            found.append(Mention("date", DateSpec(year=int(word)), i, i + 1))
            taken.add(i)
        elif _day(words, i) and i and words[i - 1] in ("the", "on") and _day_alone(words, i, locale):
            found.append(Mention("date", DateSpec(day=int(word)), i, i + 1))  # "is it on the 4th?"
            taken.add(i)


def _bounded(m: Mention, words: list[str], locale: Locale, published: dt.date) -> Mention:
    """"before this week", "after march 27", "prior to april": a date with "before" or "after" just ahead
    of it claims every day on that side of it (not "a week before april 4", a counted day)."""
    at = m.start - 1
    if at > 0 and words[at] in ("the", "to"):  # "before the 10th of april", "prior to april"
        at -= 1
    if at < 0 or words[at] not in locale.offset_words or m.kind != "date":
        return m
    side, spec = locale.offset_words[words[at]], m.value
    first, last = _span(spec, published.year)
    if first is None:
        return m
    if at and words[at - 1] in locale.time_units:  # "a day before march 28": march 27
        return _counted(m, words, at, side, first, last, locale)
    one = dt.timedelta(days=1)
    bound = DateSpec(first=dt.date.min, last=first - one) if side < 0 else DateSpec(first=last + one, last=dt.date.max)
    return Mention("date", bound, m.start, m.end, m.known)  # "before" stays a word of the question ("met before")


def _counted(m: Mention, words: list[str], at: int, side: int, first: dt.date, last: dt.date | None,
             locale: Locale) -> Mention:
    """"two days after march 25", "a week before april 4": the one day that many days away."""
    count = words[at - 2] if at > 1 else ""
    n = int(count) if count.isdigit() else locale.small_numbers.get(count, 1 if count in locale.one_words or not count else 0)
    if not n or first != last:
        return m
    day = first + dt.timedelta(days=side * n * locale.time_units[words[at - 1]])
    start = at - 2 if count else at - 1  # ("a day before": a count was read only from a word that counts)
    return Mention("date", DateSpec(year=day.year, month=day.month, day=day.day), start, m.end, m.known)


def _span(spec: DateSpec, year: int) -> tuple[dt.date | None, dt.date | None]:
    """The first and last day a date names ("april": the whole month); (None, None) for a weekday alone."""
    if spec.first is not None:
        return spec.first, spec.last or spec.first
    if not spec.month:
        if spec.year and not spec.day:
            return dt.date(spec.year, 1, 1), dt.date(spec.year, 12, 31)
        return None, None
    y = spec.year or year
    try:
        if spec.day:
            day = dt.date(y, spec.month, spec.day)
            return day, day
        return dt.date(y, spec.month, 1), _month_end(y, spec.month)
    except ValueError:  # "february 30"
        return None, None


def _month_end(year: int, month: int) -> dt.date:
    """The last day of `month` of `year`; a month past December runs into the next year (a winter's February)."""
    year, month = year + (month - 1) // 12, (month - 1) % 12 + 1
    return dt.date(year + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1)


def _season_year(words: list[str], i: int) -> tuple[int, int] | None:
    """(end, year) of "spring 2025", "the spring of 2025"; None without a year."""
    at = i + 2 if words[i + 1:i + 2] == ["of"] else i + 1
    year = words[at] if at < len(words) else ""
    if year.isdigit() and len(year) == 4 and year[:2] in ("19", "20"):
        return at + 1, int(year)
    return None


def _day_alone(words: list[str], i: int, locale: Locale) -> bool:
    """"is it on the 4th?": a day of the month with no month after it ("the 10th of april" is one date)."""
    after = words[i + 1:i + 3]
    if not after:
        return True
    if after[0] == "of" and after[1:] and after[1] in locale.months:
        return False
    return after[0] in locale.stopwords or after[0] in locale.fillers


def _day(words: list[str], i: int) -> int:
    if 0 <= i < len(words) and words[i].isdigit() and 1 <= int(words[i]) <= 31 and len(words[i]) <= 2:
        return int(words[i])
    return 0


def _month_date(words: list[str], i: int, month: int) -> tuple[int, int, DateSpec]:
    """'april 4 2025', '4 april', '4 of april', 'april' alone."""
    start, end, day = i, i + 1, _day(words, i + 1)
    if day:
        end += 1
    elif _day(words, i - 1):
        day, start = _day(words, i - 1), i - 1
    elif i >= 2 and words[i - 1] == "of" and _day(words, i - 2):
        day, start = _day(words, i - 2), i - 2
    year = 0
    if end < len(words) and words[end].isdigit() and len(words[end]) == 4:
        year, end = int(words[end]), end + 1
    return start, end, DateSpec(year=year, month=month, day=day)


def _relative(published: dt.date, unit, offset: int) -> tuple[dt.date, dt.date]:
    if unit == "week":
        monday = published - dt.timedelta(days=published.weekday()) + dt.timedelta(weeks=offset)
        return monday, monday + dt.timedelta(days=6)
    if unit == "weekend":
        saturday = published + dt.timedelta(days=5 - published.weekday())
        return saturday, saturday + dt.timedelta(days=1)
    if unit == "year":
        return dt.date(published.year + offset, 1, 1), dt.date(published.year + offset, 12, 31)
    if unit == "month":
        month = (published.month - 1 + offset) % 12 + 1
        year = published.year + (published.month - 1 + offset) // 12
        first = dt.date(year, month, 1)
        last = (dt.date(year + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1))
        return first, last
    day = published + dt.timedelta(days=unit)
    return day, published + dt.timedelta(days=offset)


@lru_cache(maxsize=8)
def _cue_ends(locale: Locale) -> frozenset[str]:
    """The last words of the locale's person cues ("by", "named"): most words end none, so no cue is tried."""
    return frozenset(cue[-1] for cue in locale.person_cues if cue)


def _cued_name(words: list[str], i: int, size: int, locale: Locale, story_words: frozenset[str]) -> bool:
    """One or two words the story never uses, after "by" or "named" ("written by olena goncharova"), the
    whole name (no such word follows it)."""
    if not i or words[i - 1] not in _cue_ends(locale):
        return False

    def strange(word: str) -> bool:
        return word.isalpha() and len(word) > 2 and word not in story_words and word not in locale.stopwords \
            and word not in locale.question_words and word not in locale.fillers
    return any(tuple(words[max(i - len(cue), 0):i]) == cue for cue in locale.person_cues) \
        and all(strange(w) for w in words[i:i + size]) \
        and not (i + size < len(words) and strange(words[i + size]))


def _office_holder(words: list[str], locale: Locale) -> bool:
    """"french president", "polish prime minister": a country's office names its holder, a person."""
    return 1 < len(words) < 4 and words[0] in locale.demonyms and all(w in locale.titles for w in words[1:])


@lru_cache(maxsize=8)
def _name_starts(locale: Locale) -> frozenset[str]:
    """The words a name of several words can open with (a place's, a person's, an office holder's
    nationality): at most other words, only one-word names are tried."""
    return frozenset(key.split()[0] for table in (locale.places, locale.people) for key in table if " " in key) \
        | locale.demonyms


def _people_from(words: list[str], start: int, locale: Locale) -> bool:
    """"people from hungary", "officials from the uk": the country those people are of (a member), not where."""
    return start > 1 and words[start - 1] in locale.origin_prepositions and (
        words[start - 2] in locale.people_nouns or words[start - 2] in locale.anyone_words)


def _as_venue(words: list[str], start: int, end: int, locale: Locale) -> bool:
    """"is saudi arabia the venue?", "is france hosting it?", "hosting country = ukraine": a country named
    as the host or the venue is where, as "in France" is."""
    after = [w for w in words[end:end + 3] if w not in locale.articles][:1]  # "saudi arabia (the) venue / hosting"
    if after and (after[0] in locale.host_words or after[0] in locale.venue_nouns):
        return True
    before = words[max(0, start - 4):start]  # "the venue is france", "hosting country = ukraine", "hosted by x"
    if before and before[-1] in locale.venue_nouns:
        return True
    return len(before) > 1 and before[-1] in locale.venue_links \
        and any(w in locale.host_words or w in locale.venue_nouns for w in before[:-1])


def _names(words: list[str], locale: Locale, story_words: frozenset[str], found: list[Mention],
           taken: set[int], is_person, canonical, person_starts: frozenset[str] = frozenset()) -> None:
    starts, cue_ends = _name_starts(locale), _cue_ends(locale)
    i = 0
    while i < len(words):
        several = words[i] in starts or words[i] in person_starts or (i and words[i - 1] in cue_ends)
        for size in (4, 3, 2, 1) if several else (1,):  # ("britain s prime minister": a description of four words)
            name = " ".join(words[i:i + size])
            if len(words[i:i + size]) < size or any(j in taken for j in range(i, i + size)):
                continue
            if size == 1 and name not in locale.places and name.endswith("s") and locale.places.get(name[:-1]) == "":
                name = name[:-1]  # "russias president": a possessive typed without its apostrophe
            if name in locale.places:
                country = not locale.places[name] or locale.places.get(canonical(name)) == ""
                kind = "country" if country else "place"  # "washington" may stand for the U.S.
                before = words[i - 1] if i else ""
                venue = kind == "country" and _as_venue(words, i, i + size, locale)
                if kind == "country" and (before in locale.place_prepositions and not _people_from(words, i, locale)
                                          or venue):
                    kind = "place"  # "in France" is where; "is France leading" is who
                found.append(Mention(kind, name, i, i + size, known=all(w in story_words for w in name.split()),
                                     venue=venue))
            elif (ours := is_person(name)) or name in locale.people or _office_holder(words[i:i + size], locale):
                # ("z", "the british prime minister": the story's own; "the french president": another)
                found.append(Mention("person", name, i, i + size, known=ours or name in story_words))
            elif size < 3 and _cued_name(words, i, size, locale, story_words):
                found.append(Mention("person", name, i, i + size, known=False))
            else:
                continue
            taken.update(range(i, i + size))
            i += size - 1
            break
        i += 1
