"""Follow-ups that move along the story's timeline: "and before that?", "what happened next?".

The story dates its events (the Saudi talks, the Paris summit, the call, the announcement, the
meeting); a follow-up made only of a time shift asks for the nearest dated event before or after
the last answer's.  Past the last event it asks what the story cannot know yet: the last subject's
gap ("the story came out before the meeting") says so.
"""

from __future__ import annotations

import datetime as dt

from ..story.factbook import Fact
from ..story.index import MatchIndex
from . import context, premise, tense
from .result import Kind, Part, Result
from .understand import Query


def _shift(query: Query, index: MatchIndex) -> int:
    """-1 for "before that", +1 for "after that", 0 when the question asks anything else too."""
    locale = index.locale
    words = query.readings[0].words
    counted = any(w in locale.time_units for w in words)  # "three days after that?" reads as a count claim
    timely = set(locale.time_units) | set(locale.sequence_words)
    if (query.yesno and not counted) or query.new_subject or query.qtype not in ("", "what", "when") or any(
            w in locale.articles and w not in locale.pronouns and words[i + 1] not in timely
            for i, w in enumerate(words[:-1])):
        return 0  # "what about the earlier ones?" names things: not a shift in time ("the next day" is one)
    shifts = {locale.sequence_words[w] for w in words if w in locale.sequence_words}
    if len(shifts) != 1:
        return 0
    shifting = {t for w in (*locale.sequence_words, *locale.time_units) for t in index.content(w)}
    return shifts.pop() if all(t in shifting or t.isdigit() or locale.has_number_words([t])
                               for t in context.topic(query, index)) else 0


def _date(fact: Fact, index: MatchIndex) -> str:
    """The fact's own date, else its subject's (the meeting's place is dated by the meeting)."""
    if fact.asserts.date:
        return fact.asserts.date
    dates = sorted(f.asserts.date for f in index.facts if f.subject == fact.subject and f.asserts.date and not f.gap)
    return dates[0] if len(dates) == 1 else ""


def _nearest(index: MatchIndex, previous: Fact, date: str, shift: int) -> Fact | None:
    """The dated event nearest `date` in the direction of `shift`; of one day's events, one the last
    answer is related to (either way), then the book's order."""
    dated = [f for f in index.facts if f.asserts.date and not f.gap and f.subject != previous.subject
             and (f.asserts.date < date if shift < 0 else f.asserts.date > date)]
    if not dated:
        return None
    day = max(f.asserts.date for f in dated) if shift < 0 else min(f.asserts.date for f in dated)
    return context.related_first([f for f in dated if f.asserts.date == day], previous)[0]


def _earlier_related(index: MatchIndex, previous: Fact) -> Fact | None:
    """"and before that?" after the Paris summit: the coalition's earlier meetings, which the summit
    relates to and which are asked about as what happened "before", come before the calendar's neighbour."""
    before = premise.before_tokens(index)
    for fact_id in previous.related:
        i = index.position.get(fact_id)
        if i is not None and not index.facts[i].gap and not index.facts[i].asserts.date \
                and not tense.to_come(index.facts[i], index) and before & index.asked[i]:
            return index.facts[i]
    return None


def _days(query: Query, index: MatchIndex) -> int:
    """How many days a shift names ("two days earlier", "the next day", "a week later"); 0 if it names none."""
    locale = index.locale
    words = query.readings[0].words
    for i, word in enumerate(words):
        unit = locale.time_units.get(word)
        if unit:
            before = words[i - 1] if i else ""
            before = str(locale.small_numbers.get(before, before))  # "two days": 2 (a converter leaves small ones)
            if not before.isdigit() and locale.has_number_words([before]):
                before = locale.numbers(f"{before} {word}").split()[0]  # "thirteen days": 13
            return (int(before) if before.isdigit() else 1) * unit
    return 0


def _on_the_day(index: MatchIndex, previous: Fact, date: str, shift: int, days: int,
                trace: list[str]) -> Result:
    """"and two days earlier?" after the Paris summit: the event the story dates that very day, or the
    story's honest "it says nothing of that day"."""
    day = (dt.date.fromisoformat(date) + dt.timedelta(days=shift * days)).isoformat()
    dated = context.related_first([f for f in index.facts if f.asserts.date == day and not f.gap
                                   and f.subject != previous.subject], previous)
    lang = index.locale.code
    if dated:
        trace.append(f"{days} day(s) {'before' if shift < 0 else 'after'} {previous.id} ({date}): {dated[0].id} ({day})")
        return Result.of_fact(dated[0], index.answer(dated[0]), followup=True, lang=lang)
    trace.append(f"{days} day(s) {'before' if shift < 0 else 'after'} {previous.id} ({date}): the story dates nothing")
    text = index.locale.text("nothing_that_day")
    return Result(Kind.DECLINE, (Part(None, text, Kind.DECLINE),), followup=True, lang=lang)


def sequenced(query: Query, index: MatchIndex, previous: Fact, trace: list[str]) -> Result | None:
    """The event before or after the last answer's, when the question only shifts in time; else None."""
    shift = _shift(query, index)
    date = _date(previous, index) if shift else ""
    days = _days(query, index) if date else 0
    if days:  # "the next day", "three days after that": that very day
        return _on_the_day(index, previous, date, shift, days, trace)
    if not date or (shift < 0 and tense.to_come(previous, index)):
        return None  # before the coming meeting: its earlier meetings (tense.before_it), not the announcement
    fact = _earlier_related(index, previous) if shift < 0 else None
    fact = fact or _nearest(index, previous, date, shift)
    if fact is None and shift > 0:
        fact = context.gap_about(index, previous, "what")  # after the last event: what the story cannot know
    if fact is None:
        return None
    trace.append(f"{'before' if shift < 0 else 'after'} {previous.id} ({date}) on the story's timeline: {fact.id}")
    return Result.of_fact(fact, index.answer(fact), followup=True, lang=index.locale.code)
