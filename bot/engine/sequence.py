"""Follow-ups that move along the story's timeline: "and before that?", "what happened next?".

The story dates its events (the Saudi talks, the Paris summit, the call, the announcement, the
meeting); a follow-up made only of a time shift asks for the nearest dated event before or after
the last answer's.  Past the last event it asks what the story cannot know yet: the last subject's
gap ("the story came out before the meeting") says so.
"""

from __future__ import annotations

from ..story.factbook import Fact
from ..story.index import MatchIndex
from . import context, tense
from .result import Result
from .understand import Query


def _shift(query: Query, index: MatchIndex) -> int:
    """-1 for "before that", +1 for "after that", 0 when the question asks anything else too."""
    locale = index.locale
    words = query.readings[0].words
    if query.yesno or query.new_subject or query.qtype not in ("", "what", "when") or any(
            w in locale.articles and w not in locale.pronouns and words[i + 1:i + 2] not in [(u,) for u in locale.time_units]
            for i, w in enumerate(words)):
        return 0  # "what about the earlier ones?" names things: not a shift in time ("the day before" is one)
    shifts = {locale.sequence_words[w] for w in words if w in locale.sequence_words}
    if len(shifts) != 1:
        return 0
    shifting = {t for w in (*locale.sequence_words, *locale.time_units) for t in index.content(w)}
    return shifts.pop() if all(t in shifting for t in context.topic(query, index)) else 0


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
    same_day = [f for f in dated if f.asserts.date == day]
    linked = [f for f in same_day if f.id in previous.related or previous.id in f.related]
    return (linked or same_day)[0]


def _earlier_related(index: MatchIndex, previous: Fact) -> Fact | None:
    """"and before that?" after the Paris summit: the coalition's earlier meetings, which the summit
    relates to and which are asked about as what happened "before", come before the calendar's neighbour."""
    before = {t for w in index.locale.previous_words for t in index.content(w)}
    for fact_id in previous.related:
        i = index.position.get(fact_id)
        if i is not None and not index.facts[i].gap and not index.facts[i].asserts.date \
                and not tense.to_come(index.facts[i], index) and before & index.asked[i]:
            return index.facts[i]
    return None


def sequenced(query: Query, index: MatchIndex, previous: Fact, trace: list[str]) -> Result | None:
    """The event before or after the last answer's, when the question only shifts in time; else None."""
    shift = _shift(query, index)
    date = _date(previous, index) if shift else ""
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
