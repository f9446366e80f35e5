"""Checks across languages: a translated answer states the same numbers and dates as the story's own
answer ("4 квітня" = "April 4", "23:34" = "11:34 PM"), and a weekday named with a date is that date's.

Language-neutral: each language's month and weekday names come from its locale.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

from ..engine.normalize import fold
from .locale import Locale

_TIME = re.compile(r"\b(\d{1,2})[:.](\d{2})\s*([ap])\.?\s?m\b\.?|\b(\d{1,2}):(\d{2})\b", re.I)


def _clock(match: re.Match) -> str:
    if match.group(1):
        hour, minute, half = int(match.group(1)) % 12, match.group(2), match.group(3).lower()
        return f"{hour + (12 if half == 'p' else 0):02d}:{minute}"
    return f"{int(match.group(4)):02d}:{match.group(5)}"


def _day(word: str) -> int:
    return int(word) if word.isdigit() and len(word) <= 2 and 1 <= int(word) <= 31 else 0


@lru_cache(maxsize=256)
def _tokens(text: str, locale: Locale) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """A text's folded words and its clock times; cached, as both checks read every answer."""
    times: list[str] = []

    def keep(match: re.Match) -> str:
        times.append(_clock(match))
        return " "

    text = _TIME.sub(keep, text)
    return tuple(fold(locale.rewrite(text)).split()), tuple(times)


def figures(text: str, locale: Locale) -> set[str]:
    """The dates ("04-04"), years ("2025"), clock times ("23:34") and other numbers ("31") a text states."""
    words, times = _tokens(text, locale)
    found = set(times)
    used: set[int] = set()
    for i, word in enumerate(words):
        month = locale.months.get(word)
        if not month:
            continue
        after = _day(words[i + 1]) if i + 1 < len(words) else 0
        before = _day(words[i - 1]) if i else 0
        if after and i + 1 not in used:
            found.add(f"{month:02d}-{after:02d}")
            used.add(i + 1)
        elif before and i - 1 not in used:
            found.add(f"{month:02d}-{before:02d}")
            used.add(i - 1)
    for i, word in enumerate(words):
        if i not in used and word.isdigit():
            found.add(str(int(word)))
    return found


def weekday_mismatches(text: str, locale: Locale, default_year: int) -> list[str]:
    """Each "Friday, April 5, 2025" whose weekday is not its date's, as a readable note."""
    words, _ = _tokens(text, locale)
    out = []
    for i, word in enumerate(words):
        weekday = locale.weekdays.get(word)
        if weekday is None:
            continue
        window = words[i + 1:i + 5]
        for j, other in enumerate(window):
            month = locale.months.get(other)
            if not month:
                continue
            day = _day(window[j + 1]) if j + 1 < len(window) else 0
            day = day or (_day(window[j - 1]) if j else 0)
            rest = window[j + 1:j + 4]
            year = next((int(w) for w in rest if w.isdigit() and len(w) == 4), default_year)
            if day:
                try:
                    date = dt.date(year, month, day)
                except ValueError:
                    out.append(f"'{' '.join(words[i:i + 1 + j + 2])}' is not a real date")
                    break
                if date.weekday() != weekday:
                    out.append(f"'{word}' does not match {date.isoformat()}, a {date:%A}")
            break
    return out
