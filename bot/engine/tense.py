"""Time in follow-ups: whether a subject is still to come when the story came out, and questions that
ask about before it ("where did they meet before then?"), after it ("when's that happening?"), or
whether something due after the story happened ("did they achieve it?").
"""

from __future__ import annotations

import datetime as dt

from ..story.factbook import Fact
from ..story.index import MatchIndex
from . import premise
from .premise import coming_subjects
from .result import Result
from .understand import Query, after_opener


def _followed(fact: Fact, index: MatchIndex) -> Result:
    return Result.of_fact(fact, index.answer(fact), followup=True, lang=index.locale.code)


def to_come(fact: Fact, index: MatchIndex) -> bool:
    """Every date the fact's subject has (its own or its subject's other facts') is after the story."""
    if fact.subject:
        return fact.subject in coming_subjects(index)
    return bool(fact.asserts.date) and dt.date.fromisoformat(fact.asserts.date) > index.published


def before_it(query: Query, index: MatchIndex, previous: Fact, kind: str, trace: list[str]) -> Result | None:
    """"where did they meet before then?" after where the coming meeting is: asks about what happened
    before, so not about a subject still to come; the related fact about the past answering that type."""
    words = query.readings[0].words
    if not any(w in index.locale.previous_words for w in words) or not to_come(previous, index) \
            or any(w in index.locale.comparatives for w in words):
        return None  # "how is this one different from the earlier ones?" asks about this one
    kin = [previous.related] + [index.facts[m].related for m in index.subjects.get(previous.subject, ())]
    before = premise.before_tokens(index)
    related = list(dict.fromkeys(r for rel in kin for r in rel if r in index.position))  # its own relations first,
    related.sort(key=lambda r: not before & index.asked[index.position[r]])  # and those asked "before" before all
    for fact_id in related:
        i = index.position.get(fact_id)
        if i is not None and not index.facts[i].gap and not to_come(index.facts[i], index) \
                and (not kind or kind in index.declared[i]):
            trace.append(f"context: asks what happened before '{previous.subject}', which is still to come: {fact_id}")
            if query.yesno:  # "have they met before?": judged by what the story says happened before;
                words = tuple(index.content(" ".join(query.readings[0].words)))  # "has that happened before?"
                if query.ties and previous.asserts.place:  # after the meeting's place: a meeting *there* before
                    words += tuple(index.content(previous.asserts.place))
                return Result.of_parts(premise.parts(premise.claims(query.mentions), index.facts[i], index, words,
                                                     query.readings[0].words), followup=True, lang=index.locale.code)
            return _followed(index.facts[i], index)
    return None


def ahead_of_it(query: Query, index: MatchIndex, previous: Fact, kind: str, trace: list[str]) -> Result | None:
    """"when's that happening?" after the call that planned the meeting: a wh-question about what is still
    to come, after a dated event already past, asks about the related event to come."""
    words = query.readings[0].words
    if not kind or query.yesno or not premise.asks_ahead(words, index) or not previous.asserts.date or to_come(previous, index) \
            or any(kind in index.declared[i] for i in index.subjects.get(previous.subject, ())
                   if to_come(index.facts[i], index)):
        return None
    ahead = [index.position[r] for r in previous.related if r in index.position]
    ahead = [i for i in ahead if not index.facts[i].gap and to_come(index.facts[i], index) and kind in index.declared[i]]
    ahead.sort(key=lambda i: index.facts[i].types[:1] != (kind,))  # a fact mainly of that type first
    if not ahead:
        return None
    fact = index.facts[ahead[0]]
    trace.append(f"context: asks about what is still to come after '{previous.subject}', which is past: {fact.id}")
    return _followed(fact, index)


def unfounded_past(query: Query, fact: Fact, index: MatchIndex) -> bool:
    """"did they achieve it?" after the April 4 meeting's purpose: a yes/no question in the past tense,
    with no claim to check, about a subject the story dates after its own publication.  The story
    cannot know; a bare "Yes." from the fact would be a guess."""
    words = after_opener(query, index.locale)
    if not words or words[0] not in index.locale.past_openers or premise.claims(query.mentions):
        return False
    dates = [index.facts[i].asserts.date for i in index.subjects.get(fact.subject, ()) if index.facts[i].asserts.date]
    return bool(dates) and min(dates) > index.published.isoformat()
