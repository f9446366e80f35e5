"""Yes/no questions about the order of two of the story's events: "was the paris summit after the
starmer call?", "did the saudi talks come before the summit?".  Both events are dated in the story,
so the verdict is a comparison of their dates, and the reply gives both.
"""

from __future__ import annotations

import datetime as dt
from functools import lru_cache

from ..story.factbook import Fact
from ..story.index import MatchIndex
from .premise import says
from .result import Kind, Part, Result
from .understand import Query


@lru_cache(maxsize=16)
def _dated_subjects(index: MatchIndex) -> dict[str, Fact]:
    """Each subject the story dates with one fact: the fact that dates it (once per book)."""
    found: dict[str, Fact] = {}
    for subject, members in index.subjects.items():
        dated = [index.facts[i] for i in members if index.facts[i].asserts.date and not index.facts[i].gap]
        if len(dated) == 1:
            found[subject] = dated[0]
    return found


def _named_at(words: tuple[str, ...], index: MatchIndex, subject: str) -> int:
    """Where the question first names the subject by its own name; -1 if it does not."""
    names = set(index.subject_tokens.get(subject, ())) - {"4"}
    names = (names - index.people_tokens) or names  # "zelensky" alone does not name his call with Starmer
    for i, word in enumerate(words):
        if set(index.content(word)) & names:
            return i
    return -1


def _next_to(words: tuple[str, ...], at: int, named: int, subject: str, index: MatchIndex) -> bool:
    """"before the starmer call", "after zelensky's call with starmer": only function words and the
    event's own or its people's names come between "before" and the event it is compared with."""
    own = set(index.subject_tokens.get(subject, ())) | index.people_tokens
    return all(set(index.content(w)) <= own for w in words[at + 1:named])


def ordered(query: Query, index: MatchIndex, trace: list[str]) -> Result | None:
    """"was X after Y?": Yes or No from the dates the story gives both; else None."""
    words = query.readings[0].words
    shifts = [(i, index.locale.offset_words[w]) for i, w in enumerate(words) if w in index.locale.offset_words]
    if not query.yesno or len(shifts) != 1 or any(m.kind == "date" for m in query.mentions):
        return None  # "on the monday before this article appeared": a date claim, checked as one
    at, shift = shifts[0]
    if at and words[at - 1] in index.locale.time_units:
        return None  # "a week after the summit": a counted date, checked as a date claim
    dated = _dated_subjects(index)
    named = sorted((pos, s) for s in dated for pos in [_named_at(words, index, s)] if pos >= 0)
    before = [s for pos, s in named if pos < at]
    after = [s for pos, s in named if pos > at]
    if len(before) != 1 or len(after) != 1 or before[0] == after[0]:
        return None
    if not _next_to(words, at, next(pos for pos, s in named if s == after[0]), after[0], index):
        return None  # "have they met before, maybe by video call?": "before" ends its clause
    first, second = dated[before[0]], dated[after[0]]
    if first.asserts.date == second.asserts.date:
        return None  # the same day: neither before nor after
    if says(words, index.locale.future_words) and dt.date.fromisoformat(first.asserts.date) < index.published:
        return None  # "is zelensky flying to paris again after the meeting?": a trip still to come, not the summit
    said = "yes" if (first.asserts.date > second.asserts.date) == (shift > 0) else "no"
    trace.append(f"asks the order of {first.id} ({first.asserts.date}) and {second.id} ({second.asserts.date}): {said}")
    answer = f"{index.answer(first)} {index.answer(second)}"
    text = index.locale.text(said, answer=answer)
    return Result(Kind.ANSWER, (Part(first, text, Kind.ANSWER, verdict=said),), lang=index.locale.code)
