"""The responder: (message, story bundle) -> Result: answer, honest decline, suggestion or fallback.

Pure and Telegram-free, so it can be tested, evaluated and benchmarked on its own.
A confident wrong answer is the worst outcome, so an answer needs a high score, a clear lead
over the runner-up, a question whose words the fact actually knows, and a fact that answers
that type of question ("when" never gets a purpose).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache

from ..story.bundle import StoryBundle
from ..story.index import QUOTE, MatchIndex, Scored, answer_text
from ..story.locale import Locale
from . import attribution, context, negation, order, premise, restate, sequence, tense, understand
from .dates import Mention, designation
from .normalize import fold
from .result import Kind, Part, Result
from .shape import STRONG_TYPES, question_word
from .understand import (Message, Query, Reading, event_tokens, exclusion, points_back, read,
                         starts_question)


@dataclass(frozen=True)
class Thresholds:
    """Every tuning knob in one place; `python -m bot eval` shows the trade-off."""

    answer: float = 55.0  # best score needed to answer
    literal: float = 88.0  # rapidfuzz ratio for a question of function words only to match a phrasing
    margin: float = 1.0  # lead over the runner-up fact needed to answer
    suggest: float = 45.0  # best score needed to offer "did you mean"
    followup_words: int = 3  # at most this many content words make a follow-up
    alpha: float = 1.0  # cost of a question word the phrasing does not explain
    beta: float = 0.2  # cost of a phrasing word the question does not use
    answer_credit: float = 0.5  # credit for a question word found only in the fact's answer
    question_word: float = 5.0  # phrasing's when/where/who... missing from the question costs this much more
    shape_weight: float = 0.4  # share of rapidfuzz token_sort_ratio in the score
    vague_weight: float = 1.5  # a lone word this common ("meeting?") answers only an exact phrasing
    unknown_suggest: float = 70.0  # with a word the story never uses, "did you mean" needs this score
    cross_gap: float = 5.0  # a runner-up this close that explains other words of the question: did you mean
    same_gap: float = 10.0  # ... or that explains every word of it just as the top does
    type_penalty: float = 8.0  # a phrasing asking another strong type than the question's loses this much
    reading_lead: float = 17.0  # a reading of an ambiguous message this far ahead of the others is not a guess


DEFAULT = Thresholds()
_IMPLIED = {"date": "when", "place": "where", "count": "how_many", "person": "who", "country": "who"}


@lru_cache(maxsize=16)
def _implied(kind: str, locale: Locale) -> str:
    """The locale's words asking what a claim of `kind` claims: "when" (en), "коли" (uk) for a date."""
    wanted = _IMPLIED.get(kind)
    found = [words for words, asked in locale.question_types.items() if asked == wanted]
    return " ".join(min(found, key=len)) if found else ""


def _unreported_outcome(tokens: list[str], fact, index: MatchIndex) -> list[str]:
    """"what was agreed at the paris summit?": an outcome asked of a past event whose fact reports none
    (the story says only that it took place) is no question that fact answers."""
    if not fact.asserts.date or fact.gap or fact.asserts.date >= index.published.isoformat():
        return []
    asked = [t for t in tokens if t in premise.outcome_tokens(index)]
    return [t for t in asked if t not in index.credit[index.position[fact.id]]]


def _only_leans(query: Query, index: MatchIndex) -> bool:
    """"..., and on which day?": a part with no topic of its own, only asking more of the part before."""
    return query.leans and not _own_topic(query, index)


def _own_topic(query: Query, index: MatchIndex) -> list[str]:
    """The words a part asks about beyond the kind of question ("on which day?" has none)."""
    return [t for t in context.topic(query, index) if t not in context.type_tokens(index)]


def _confident(result: Result) -> bool:
    return result.kind in (Kind.ANSWER, Kind.DECLINE) and bool(result.parts)


def _literal(query: Query, index: MatchIndex, th: Thresholds, trace: list[str]) -> Result:
    """Questions of function words only ("what happened?") can only match a phrasing literally."""
    match = index.literal_match(fold(query.text[:200]), th.literal)
    if match is None:
        trace.append("no meaningful words, and no question of the book reads the same: fallback")
        return Result(Kind.FALLBACK, lang=index.locale.code)
    trace.append(f"no meaningful words; reads like a question of {index.facts[match[0]].id} ({match[1]:.0f})")
    fact = index.facts[match[0]]
    return Result.of_fact(fact, index.answer(fact), score=match[1], lang=index.locale.code)


def _names_a_thing(claim, reading: Reading, index: MatchIndex) -> bool:
    """A date or a name right before a noun ("the april 4 meeting", "the starmer call") says which
    one, and a person a thing stands by ("behind zelensky") says where it is: neither is the claim
    the question asks about (checked only by a fact that states it)."""
    words = reading.words
    if _is_role(claim, reading, index):
        return True  # "is zelensky the prime minister?": whom the question is about, not a claim
    if claim.kind == "country" and words[claim.end:claim.end + 1] and (
            words[claim.end] in index.locale.roles or premise.titles(words[claim.end:claim.end + 1], index.locale.titles)):
        return True  # "the uk prime minister": the country is part of the office, not a claim
    if claim.kind == "person" and index.locale.possessive and words[claim.end:claim.end + 1] == (index.locale.possessive,):
        return True  # "macron's opinion", "zelensky's words": whose, not a claim
    before = words[max(claim.start - 2, 0):claim.start]
    if claim.kind == "person" and before and (before[-1] in index.locale.locatives or (
            before[-1] in index.locale.stopwords and before[0] in index.locale.locatives)):
        return True  # "an f-16 behind zelensky", "in front of zelensky": where the thing is, not a claim
    if claim.kind not in ("date", "person") or claim.end >= len(words):
        return False  # ("the us attend?" may be a verb after a country; a count is always asked)
    if claim.kind != "date" and not (claim.start and words[claim.start - 1] in index.locale.articles):
        return False
    if claim.kind == "person" and (index.aliases.named(words[claim.start:claim.end])
                                   or premise.titles(words[claim.end - 1:claim.end], index.locale.titles)):
        return False  # "did the uk prime minister announce it?", "the polish president announced it?": the
        # article is the description's own, and an office ends a name
    locale = index.locale
    at = claim.end + 1 if words[claim.end] == locale.possessive and claim.end + 1 < len(words) else claim.end
    after = words[at]  # ("friday's meeting": the word after the possessive)
    return bool(index.content(after)) and after not in locale.fillers and not after.isdigit() and \
        after not in locale.months and after not in locale.weekdays and after not in locale.question_words


def _is_role(m, reading: Reading, index: MatchIndex) -> bool:
    """"is zelensky the prime minister?": a person said to hold a role."""
    words, locale = reading.words, index.locale
    if m.kind != "person":
        return False
    after = words[m.end:m.end + 4]
    if after and premise.titles(after[:1], locale.titles):
        return True  # "зеленський прем'єр-міністр?": a name, then an office
    if len(after) > 2 and after[0] in locale.existential and after[1] in locale.articles and (
            after[2] in locale.roles or after[3:4] and after[3] in locale.roles):
        return True  # "zelensky is the ukrainian president, right?"
    if len(after) > 3 and after[0] in locale.existential and after[2] == locale.possessive and after[3] in locale.roles:
        return True  # "zelensky is ukraine's prime minister, correct?"
    if len(after) > 2 and after[0] in locale.existential and after[2] in locale.roles and after[1] not in locale.stopwords:
        return True  # "zelensky is ukraine pm?", "macron is french president?"
    before = words[max(m.start - 2, 0):m.start]
    if before and before[-1] == "not":
        before = before[:-1]
    if not (before and before[-1] in locale.existential):
        return False
    rest = after[1:] if after[:1] and after[0] in locale.articles else after
    for word in rest[:3]:  # "is zelensky the prime minister?", "... the british prime minister?", "... britain's pm?"
        if word in locale.roles or premise.titles((word,), locale.titles):
            return True
        if word != locale.possessive and not set(index.content(word)) & premise.country_tokens(index):
            return False
    return False


def _after_its_event(claim, reading: Reading, index: MatchIndex) -> bool:
    """"the meeting on friday", "the summit of march 27": a date right after the noun naming a thing of
    the story (not "assemble on friday", a verb)."""
    words = reading.words
    return claim.start >= 2 and words[claim.start - 1] in ("on", "of") and words[claim.start - 2] in _subject_nouns(index)


def _before_its_event(claim, reading: Reading, index: MatchIndex) -> bool:
    """"friday's meeting", "the april 4 meeting": a date right before the noun naming a thing of the story."""
    words, locale = reading.words, index.locale
    after = words[claim.end:claim.end + 2]
    if after[:1] == (locale.possessive,):
        after = after[1:]
    return bool(after) and after[0] in _subject_nouns(index)


@lru_cache(maxsize=16)
def _subject_nouns(index: MatchIndex) -> frozenset[str]:
    """The words of the subjects' own names as spelled ("meeting", "summit", "call"), less function words."""
    code = index.locale.code
    return frozenset(w for s in index.subjects for w in fold(index.book.subject_in(s, code)).split()
                     if index.content(w) and not w.isdigit() and w not in index.locale.months)


def _identity(query: Query, reading: Reading, index: MatchIndex) -> list[str]:
    """"is zelensky the prime minister?", "of which country is zelensky the president?": asks who a
    person is (their role), not about what the role's words name elsewhere in the story."""
    for m in query.mentions:
        if _is_role(m, reading, index):
            return index.content(" ".join(reading.words[m.start:m.end])) + index.content(_implied("person", index.locale))
    people = [m for m in query.mentions if m.kind == "person" and m.known]
    offices = [w for w in reading.words if premise.titles((w,), index.locale.titles)]
    if len(people) == 1 and offices:  # "what is zelensky exactly, president or prime minister?"
        person = index.content(" ".join(reading.words[people[0].start:people[0].end]))
        if set(reading.tokens) <= set(person) | set(index.content(" ".join(offices))) | index.vocabulary.question.keys():
            return person + index.content(_implied("person", index.locale))
    return []


def _the_agent(claim, reading: Reading, index: MatchIndex) -> bool:
    """"is it run by the usa?", "is the us in it?", "will the americans attend?": a country named as who does
    it, or as one of those in it, is the claim checked (who runs it, who is in it), as a person is, not the
    topic (what the U.S. is doing)."""
    return claim.kind == "country" and premise.acts(claim, reading.words, index)


def _the_venue(claim, index: MatchIndex) -> bool:
    """"is saudi arabia the venue for friday's meeting?", "hosting country = ukraine": the country named as the
    venue is the claim checked (where it is), not the topic (the talks in Saudi Arabia)."""
    return claim.kind == "place" and claim.venue and index.locale.places.get(str(claim.value)) == ""  # (a city
    # named so asks which city)


def _claimed_only(claim, reading: Reading, index: MatchIndex) -> bool:
    """A name of the story that the question only claims, not asks about: a past place said of what is to
    come, a country as who acts, a country as the venue."""
    words = index.content(" ".join(reading.words[claim.start:claim.end]))
    return _past_place(claim, words, reading, index) or _the_agent(claim, reading, index) \
        or _the_venue(claim, index)


def _past_place(claim, words: list[str], reading: Reading, index: MatchIndex) -> bool:
    """"is it going to be in paris again?": a place that only past events of the story name (the Paris
    summit, before the story came out), in a question about what is still to come, is a claim about
    the coming event, not a topic: it is checked like a place the story never names.  So is a place no
    event of the story is in ("the meeting will be in france?": France leads the coalition)."""
    if claim.kind != "place" or not (premise.says(reading.words, index.locale.future_words) or _of_the_coming(claim, words, reading, index)):
        return False
    naming = [f for f in index.facts if f.asserts.place and set(words) <= set(index.content(f.asserts.place))]
    if not naming:
        return _names_the_coming(words, reading, index)
    return all(f.asserts.date and dt.date.fromisoformat(f.asserts.date) < index.published for f in naming)


def _of_the_coming(claim, words: list[str], reading: Reading, index: MatchIndex) -> bool:
    """"is the meeting in paris?": in the present tense, of a thing only a subject still to come is named by
    (the meeting, not the summit), the place is a claim about that subject; so it is in a claim put as
    a statement ("the meeting is in paris, right?"), its verb before the place."""
    before = reading.words[:claim.start]
    locale = index.locale
    if not any(w in locale.present_openers for w in before) \
            or any(w in locale.past_openers for w in before):
        return False
    return _names_the_coming(words, reading, index)


def _names_the_coming(words: list[str], reading: Reading, index: MatchIndex) -> bool:
    """Do the question's other words name nothing but a subject still to come (the meeting), perhaps with
    words its own questions use ("the coalition meeting")?"""
    topic = set(t for t in reading.tokens if t not in words and t not in index.vocabulary.question)
    return any(topic & set(index.subject_tokens[s]) and topic <= index.subject_asked[s] for s in tense.coming_subjects(index))


def _offers_or(words: tuple[str, ...], index: MatchIndex) -> bool:
    """Does the question offer alternatives ("online or in person?")?"""
    return any(w in index.locale.alternative_words for w in words)


def _or_between(words: tuple[str, ...], first: Mention, last: Mention, index: MatchIndex) -> bool:
    """Does an "or" stand between the two names ("zelensky or starmer", "in ukraine or in france")?"""
    return _offers_or(words[first.end:last.start], index)


def _people_offered(query: Query, reading: Reading, index: MatchIndex) -> set[str]:
    """"who said it, zelensky or starmer?", "did zelensky say this or was it starmer?": people offered as
    alternatives are the answer asked for, not what the question is about."""
    people = [m for m in query.mentions if m.kind == "person"]
    words = reading.words
    pairs = [(a, b) for a, b in zip(people, people[1:]) if _or_between(words, a, b, index)]
    if not pairs or not any(index.locale.question_words.get(w) == "who" for w in words) and not premise.says(
            tuple(words), index.locale.alternative_asks):
        return set()
    return {t for pair in pairs for m in pair for t in index.content(" ".join(words[m.start:m.end]))}


def _tokens(query: Query, reading: Reading, index: MatchIndex, people_as_topic: bool = False) -> list[str]:
    """The words to match: for a yes/no question, its claims become the question they ask."""
    identity = _identity(query, reading, index)
    if identity:
        return identity
    offered = _people_offered(query, reading, index)
    tokens = [t for t in reading.tokens if t not in offered] or list(reading.tokens)
    if not query.yesno:
        # the day is a frame, not the topic: "what time friday?" asks the time on that day, "what will they do
        # at this meeting on friday?" says which meeting
        for claim in premise.claims(query.mentions):
            if claim.kind == "date" and (reading.qtype == "when" or reading.qtype in ("what", "why")
                                         and (_after_its_event(claim, reading, index) or _before_its_event(claim, reading, index))):
                words = index.content(" ".join(reading.words[claim.start:claim.end]))
                tokens = [t for t in tokens if t not in words] or tokens
        return tokens
    found = premise.claims(query.mentions)
    if reading.words and reading.words[0] in index.locale.present_openers and not _asks_before(query, reading, index):
        bounds = {t for w in reading.words if w in index.locale.offset_words for t in index.content(w)}
        tokens = [t for t in tokens if t not in bounds] or tokens  # "is the meeting before april 2?": a bound
    kept = []
    topical = ("place", "count", "country", "model", "mode") + (("person",) if people_as_topic else ())
    naming = [_names_a_thing(claim, reading, index) for claim in found]  # once per claim, for both passes
    topic = [claim.known and claim.kind in topical and not _claimed_only(claim, reading, index) for claim in found]
    for claim, names, own in zip(found, naming, topic):
        words = index.content(" ".join(reading.words[claim.start:claim.end]))
        if names:  # "the april 4 meeting": the date says which meeting,
            if claim.kind == "date":  # it is not what the question asks
                tokens = [t for t in tokens if t not in words]
            else:
                kept.extend(words)  # "the starmer call": the name is the topic
            continue
        if own:
            kept.extend(words)  # "in paris?": paris is a topic of the story as well as a claim
            continue
        for word in words:
            if word in tokens:  # "in rome?", "on sunday?", "by starmer?": a claim to check, not a topic
                tokens.remove(word)
    named = any(naming)
    for claim, names, own in zip(found, naming, topic):  # each claim asks its own question ("in rome?" asks where) ...
        if names:
            continue
        if own and set(tokens) - set(kept) and not named:
            continue  # ... unless the claim is the story's own word and the question has others
        for word in index.content(_implied(claim.kind, index.locale)):
            if word not in tokens:
                tokens.append(word)
    return tokens


def _judging(found: list, ranked: list[Scored], index: MatchIndex, th: Thresholds, trace: list[str],
             tokens: list[str] = ()):
    """A yes/no question asks about its claims: of two close facts about the same subject, the one
    that can confirm or deny them ("is the photo of zelensky?": the photo, which names him, not the
    F-16 shown in it)."""
    fact = index.facts[ranked[0].fact_index]
    said_top = bool(found) and not fact.gap and premise.verdict(found, fact, index)[0]
    partly = said_top and any(premise.states(c, fact) for c in found) and not _judges_all(found, fact, index)
    if not found or (said_top and not partly):
        return fact
    # a gap fact ("which city?") gives way only to a place the story confirms ("is it in ukraine?"):
    # a list of countries or people belongs to one relation, and "is the us in the coalition?" is not
    # confirmed by the countries at the peace talks
    places = all(c.kind == "place" for c in found)
    for s in ranked[1:]:
        other = index.facts[s.fact_index]
        if ranked[0].score - s.score >= th.reading_lead or s.score < th.answer:
            break
        said = premise.verdict(found, other, index)[0] if other.subject == fact.subject and not other.gap else ""
        if partly and not _judges_all(found, other, index):
            continue  # the top judges some of the claims: only one judging them all is better
        if said in (("yes",) if fact.gap and places else () if fact.gap else ("yes", "no")):
            trace.append(f"{fact.id} cannot judge the claims; {other.id}, about the same subject, can")
            return other
        if fact.gap and not other.gap and _asked_only_of(tokens, other, fact, index) \
                and premise.verdict(found, other, index)[0] == "no":
            trace.append(f"{other.id} denies the claims and is asked about ({fact.id} is not)")
            return other  # "the usa leads the coalition, yeah?": leading is the leaders' fact's, not membership's
    if fact.gap and places and "where" in index.types[ranked[0].fact_index]:  # "it's in ukraine, right?": not
        # which city (the gap), but the country its subject states
        confirming = [f for f in premise.answering(fact.subject, index)
                      if all(premise.check(c, f, index) is True for c in found)]
        if len(confirming) == 1:
            trace.append(f"{fact.id} cannot judge the place; {confirming[0].id}, about the same subject, confirms it")
            return confirming[0]
    return fact


def _asked_only_of(tokens, other, gap, index: MatchIndex) -> bool:
    """Does the question use a word that `other`'s phrasings ask and the gap's do not ("lead")?"""
    mine, theirs = index.asked[index.position[other.id]], index.asked[index.position[gap.id]]
    shape = set(index.vocabulary.question)
    return any(t in mine and t not in theirs and t not in shape for t in tokens)


def _judges_all(found: list, fact, index: MatchIndex) -> bool:
    """Does the fact state something of every claim's kind ("is the photo of zelensky in front of an
    f-16?": the photo names him and the plane; the F-16's fact only the plane)?"""
    return all(premise.states(c, fact) for c in found)


def _date_tokens(mentions, reading: Reading, index: MatchIndex) -> set[str]:
    """The tokens of the words the question's dates are written in ("last month", "april 4")."""
    return {t for m in mentions if m.kind == "date" for t in index.content(" ".join(reading.words[m.start:m.end]))}


def _claimed(found: list, fact, ranked: list[Scored], reading: Reading, index: MatchIndex, th: Thresholds,
             trace: list[str]):
    """A yes/no question whose date the chosen fact denies, while a close fact about another subject
    states that very date, and the question names that subject more than the chosen fact's: "is the
    meeting planned for friday april 4?" asks about the meeting (Yes), not whether the call of March 31
    was then (No).  Judged by that subject's facts: one that contradicts another claim of the question
    ("... held in paris?": No, in Ukraine), else one that confirms every claim.  None: neither is sure."""
    said, _ = premise.verdict(found, fact, index)
    claim = next((c for c in found if c.kind == "date" and premise.check(c, fact, index) is False), None)
    if said != "no" or claim is None:
        return fact
    # a date names a time before the subject dated so ("is this article from april 4?": the article, not
    # "the April 4 meeting"); it counts between subjects named alike ("confirm that the meeting is on the 4th")
    dated = _date_tokens(found, reading, index)
    named = set(reading.tokens)

    def naming(f) -> tuple[int, int]:
        own = named & set(index.subject_tokens.get(f.subject, ()))
        return len(own - dated), len(own)

    for scored in ranked[1:]:
        other = index.facts[scored.fact_index]
        if scored.score < th.suggest:
            break
        if other.gap or other.subject == fact.subject or premise.check(claim, other, index) is not True \
                or naming(other) <= naming(fact) or _fits_only(found, fact, other, index):
            continue
        denying = [m for m in premise.answering(other.subject, index) if premise.verdict(found, m, index)[0] == "no"]
        chosen = denying[0] if denying else other if all(
            premise.check(c, other, index) is True for c in found) else None
        trace.append(f"{fact.id} denies the date, but {other.id} states it and the question names its subject: "
                     + (f"judged by {chosen.id}" if chosen else "not sure"))
        return chosen
    return fact


def _fits_only(found: list, fact, other, index: MatchIndex) -> bool:
    """Does another claim of the question hold of `fact` and not of `other` ("did leaders meet in paris on
    april 4?": Paris is the summit's place, not the coming meeting's), so the question is about `fact`?"""
    return any(c.kind != "date" and premise.check(c, fact, index) is True and premise.check(c, other, index) is not True
               for c in found)


def _modifiers(reading: Reading, index: MatchIndex) -> frozenset[str]:
    """Names of subjects used as a modifier right before another's ("the coalition meeting", "the
    paris summit"): the last names the thing asked about."""
    seq = index.aliases.apply(list(reading.words))
    names = index.subject_names
    return frozenset(a for a, b in zip(seq, seq[1:]) if a in names and b in names and a != b)


def _crossed(tokens: list[str], ranked: list[Scored], index: MatchIndex, th: Thresholds,
             modifiers: frozenset[str] = frozenset()) -> Scored | None:
    """A close runner-up whose best phrasing explains a question word the top's does not, while the
    top's explains one it does not: "what will the coalition do at the meeting" asks about the
    coalition or the meeting.  Neither is a safe guess.  A subject's name used as a modifier ("the
    coalition meeting") is not a part of its own."""
    if len(ranked) < 2:
        return None
    asked = set(tokens) - modifiers
    others = frozenset(index.vocabulary.same.values())  # "else", "other": one word
    mine = asked & index.phrase_words[ranked[0].phrasing]
    for other in ranked[1:]:
        gap = ranked[0].score - other.score
        if gap >= max(th.cross_gap, th.same_gap):
            break
        if index.facts[other.fact_index].subject == index.facts[ranked[0].fact_index].subject:
            continue
        if (other.fact_index, ranked[0].fact_index) in _quoting(index):
            continue  # all of Zelensky's words are no rival to the fact about some of them
        if (others & index.phrase_words[other.phrasing]) - asked:
            continue  # it asks about the others ("which other countries"); the question does not
        theirs = asked & index.phrase_words[other.phrasing]
        known = asked & index.credit[ranked[0].fact_index]  # what the top fact knows at all
        window = th.same_gap if index.facts[other.fact_index].gap else th.cross_gap
        if gap < window and mine - theirs and theirs - known:
            return other
        if gap < th.same_gap and mine == theirs == asked and not _names_the_unasked(other, ranked[0], asked, index):
            return other
    return None


def _names_the_unasked(other: Scored, top: Scored, asked: set[str], index: MatchIndex) -> bool:
    """"is anyone sending troops?": every phrasing of the runner-up asked with these words names someone
    the question does not ("will the us send troops?"), while one of the top's names no one ("which
    countries will send troops?"): not a rival explaining the same words."""
    def needs_a_name(s: Scored) -> bool:
        return all((index.phrase_words[p] - asked) & index.names for p in _phrasings_of(index)[s.fact_index]
                   if asked <= index.phrase_words[p])
    return needs_a_name(other) and not needs_a_name(top)


@lru_cache(maxsize=16)
def _phrasings_of(index: MatchIndex) -> tuple[tuple[int, ...], ...]:
    """Each fact's phrasing numbers (once per book)."""
    found: list[list[int]] = [[] for _ in index.facts]
    for phrasing, owner in enumerate(index.owners):
        found[owner].append(phrasing)
    return tuple(tuple(p) for p in found)


def _before_not_ahead(top: Scored, ranked: list[Scored], crossed: Scored | None, index: MatchIndex, th: Thresholds,
                      trace: list[str]) -> tuple[Scored, list[Scored], Scored | None]:
    """"has the coalition already met inside ukraine before?" asks what happened before: of two close
    facts, one about what is still to come (the coming meeting's place) is not the answer."""
    close = crossed or (ranked[1] if len(ranked) > 1 and top.score - ranked[1].score < th.margin else None)
    if tense.to_come(index.facts[top.fact_index], index) and not premise.before_tokens(index) & index.credit[top.fact_index]:
        # ("did they already meet in kyiv before?": the coming meeting's city, which says nothing of before,
        # is no answer however it scores)
        close = next((s for s in ranked[1:] if not tense.to_come(index.facts[s.fact_index], index)
                      and s.score >= th.answer), close)
    if close is None:
        return top, ranked, crossed
    fact, other = index.facts[top.fact_index], index.facts[close.fact_index]
    if tense.to_come(fact, index) and not tense.to_come(other, index):
        trace.append(f"{fact.id} is about what is still to come; the question asks what happened before: {other.id}")
        return close, [close] + [s for s in ranked if s is not close and not tense.to_come(index.facts[s.fact_index], index)], None
    if tense.to_come(other, index) and not tense.to_come(fact, index):
        trace.append(f"{other.id} is about what is still to come; the question asks what happened before")
        return top, [s for s in ranked if s is top or not tense.to_come(index.facts[s.fact_index], index)], None
    return top, ranked, crossed


def _date_settles(query: Query, reading: Reading, top, other, index: MatchIndex) -> bool:
    """"is the coalition's session planned for April 4?": a close call between the meeting (April 4) and
    the call where it was planned (March 31) is settled by the date claimed, which only one of them states."""
    claims = [c for c in premise.claims(query.mentions) if c.kind == "date" and not _names_a_thing(c, reading, index)
              and not c.value.open]  # "before april": what is checked, not which event

    def says(fact) -> bool:
        return bool(fact.asserts.date) and all(c.value.matches(dt.date.fromisoformat(fact.asserts.date)) for c in claims)

    return bool(claims) and says(top) and not says(other)


def _decide(query: Query, reading: Reading, index: MatchIndex, th: Thresholds, trace: list[str],
            people_as_topic: bool = False) -> Result:
    """One reading of a question: an answer only with a high score, a clear lead, no unknown words, and
    no close rival explaining other words of it; else "did you mean" or the fallback."""
    tokens = _tokens(query, reading, index, people_as_topic)
    lang = index.locale.code
    ranked = _typed(query, reading, tokens, index, th, trace)
    if not ranked or _not_the_story(query, reading, tokens, index, trace):
        return Result(Kind.FALLBACK, lang=lang)
    ranked = _settling_the_alternative(query, reading, ranked, index, th, trace)
    dated = _date_tokens(query.mentions, reading, index)
    ranked = _the_part_named(query, reading, tokens, dated, ranked, index, trace)
    ranked = _the_limit_named(query, reading, tokens, ranked, index, th, trace)
    ranked = _the_mode_named(query, reading, tokens, ranked, index, th, trace)
    ranked = _the_gap_named(query, reading, tokens, ranked, index, trace)
    unknown = [w for w in tokens if w not in index.all_words and w not in index.vocabulary.question
               and w not in dated]  # ("last month": a date the premise check judges, no unknown word)
    if not unknown:
        ranked = _named_kin(tokens, ranked, index, th, trace)
    ranked, at_event = _events_set_aside(query, reading, tokens, ranked, index, th, trace)
    top = ranked[0]
    unreported = _unreported_outcome(tokens, index.facts[top.fact_index], index) or \
        premise.unreported_view(tokens, index.facts[top.fact_index], index)
    unknown += _people_of(reading, index.facts[top.fact_index], index)
    unknown += [w for w in tokens if w in query.guessed and w not in index.credit[top.fact_index]]  # a sound-alike
    # guess that the answer does not even use ("who chaired the summit" heard as "shared") explains nothing
    unknown += [w for w in tokens if w in index.names and w not in index.asked[top.fact_index]
                and w not in index.speakers[top.fact_index] and w not in at_event
                and w not in _country_of_place(index.facts[top.fact_index], index)
                and w not in _things_shown(query, reading, index.facts[top.fact_index], index)]
    offered = _the_other_alternative(reading, top.fact_index, index) | _guessed_answer(query, reading, top.fact_index, index)
    unknown = [w for w in unknown if w not in offered]  # ("proposals from ukraine or from washington?")
    vague = len(set(tokens)) == 1 and index.weight.get(tokens[0], 0.0) < th.vague_weight and top.score < 100
    ranked, crossed = _rival(query, reading, tokens, ranked, index, th, trace)
    if crossed is not None and at_event & set(index.subject_tokens.get(index.facts[crossed.fact_index].subject, ())):
        trace.append(f"{index.facts[crossed.fact_index].id} is the event the thing asked is said to come from")
        crossed = None
    top, fact = ranked[0], index.facts[ranked[0].fact_index]
    quoting = _quoting(index)
    words_asked = _asks_the_words(query, reading, index)  # then the fact about some of them is no rival either
    rivals = [s for s in ranked[1:] if (s.fact_index, top.fact_index) not in quoting
              and not (words_asked and (top.fact_index, s.fact_index) in quoting)]
    rivals = _judging_rivals(query, fact, rivals, index)
    runner_up = rivals[0].score if rivals else 0.0
    if top.score >= th.answer and top.score - runner_up >= th.margin and not unknown and not unreported and not vague \
            and crossed is None and not query.task:
        trace.append(f"answer: {fact.id} scored {top.score:.0f}, runner-up {runner_up:.0f}")
        return _answered(query, reading, tokens, ranked, index, th, trace)
    why = (f"unknown words {unknown}" if unknown else f"asks {unreported}, which it does not report" if unreported
           else "too vague" if vague else "two facts each fit a part" if crossed else
           "a task asked of the bot, not a question" if query.task else
           f"score {top.score:.0f} below {th.answer:.0f}" if top.score < th.answer else
           f"runner-up too close ({runner_up:.0f})")
    trace.append(f"not sure about {fact.id}: {why}")
    floor = th.unknown_suggest if unknown else th.suggest  # "weather in kyiv?" gets no far-fetched "did you mean"
    close = tuple(index.facts[s.fact_index] for s in ranked[:3] if s.score >= floor)
    if close:
        return Result(Kind.SUGGEST, suggestions=close, score=top.score, lang=lang, nearest=fact)
    return Result(Kind.FALLBACK, score=top.score, lang=lang, nearest=fact)


def _judging_rivals(query: Query, fact, rivals: list[Scored], index: MatchIndex) -> list[Scored]:
    """A yes/no question whose claims the chosen fact confirms or denies: a "the story doesn't say" fact
    that states nothing of their kind and answers no yes/no is no rival ("only the uk pledged troops?":
    who pledged, not how many troops)."""
    found = premise.claims(query.mentions) if query.yesno else []
    unjudging = {s.fact_index for s in rivals if index.facts[s.fact_index].gap and "yesno" not in index.types[s.fact_index]
                 and not any(premise.states(c, index.facts[s.fact_index]) for c in found)} if found else set()
    if not unjudging or premise.verdict(found, fact, index)[0] not in ("yes", "no"):
        return rivals  # (the verdict, the costly part, only when some rival would go)
    return [s for s in rivals if s.fact_index not in unjudging]


def _events_set_aside(query: Query, reading: Reading, tokens: list[str], ranked: list[Scored], index: MatchIndex,
                      th: Thresholds, trace: list[str]) -> tuple[list[Scored], frozenset[str]]:
    """The ranking on the question's own words when an event it names only places or dates the thing asked
    ("was the photo taken at the paris summit?", "who did zelensky talk to before announcing this?"), and
    the tokens of that event (no unknown words)."""
    at_event = _at_an_event(query, reading, index.facts[ranked[0].fact_index], index)
    if at_event:  # the photo is asked, scored on its own words
        own = _typed(query, reading, [t for t in tokens if t not in at_event], index, th, trace)
        ranked = own if own and own[0].fact_index == ranked[0].fact_index else ranked
    framed = _time_frame(reading, index)
    if framed:  # the announcement says when, not what
        own = _typed(query, reading, [t for t in tokens if t not in framed], index, th, trace)
        if own and own[0].score >= th.answer and own[0].fact_index != ranked[0].fact_index:
            trace.append(f"'{' '.join(sorted(framed))}' says when; {index.facts[own[0].fact_index].id} answers the rest")
            ranked, at_event = own, at_event | framed
    return ranked, at_event


def _settling_the_alternative(query: Query, reading: Reading, ranked: list[Scored], index: MatchIndex,
                              th: Thresholds, trace: list[str]) -> list[Scored]:
    """"is the meeting in ukraine or in france?": of two places offered, the fact whose place is one of
    them settles it (Ukraine), ahead of a fact that names neither (which city: the story does not say)."""
    places = [m for m in query.mentions if m.kind in ("place", "country")]
    words = reading.words
    if len(places) < 2 or not _or_between(words, places[0], places[-1], index):
        return ranked
    offered = [set(index.content(" ".join(words[m.start:m.end]))) for m in places]
    settled = next((s for s in ranked if s.score >= th.answer and index.facts[s.fact_index].asserts.place
                    and set(index.content(index.facts[s.fact_index].asserts.place)) in offered), None)
    if settled is None or settled is ranked[0]:
        return ranked
    trace.append(f"{index.facts[settled.fact_index].id} states one of the places offered: it settles which")
    return [settled] + [s for s in ranked if s is not settled and s.score < settled.score]


def _the_part_named(query: Query, reading: Reading, tokens: list[str], dated: frozenset[str] | set[str],
                    ranked: list[Scored], index: MatchIndex, trace: list[str]) -> list[Scored]:
    """"what did zelensky mean by a narrow circle?": a question naming a word that only one part of all
    his words uses asks about that part (who takes part), not for the whole quote, unless it asks for
    the words themselves ("word for word")."""
    whole = ranked[0].fact_index
    parts = [part for w, part in _quoting(index) if w == whole]
    if len(parts) < 2 or _asks_the_words(query, reading, index):
        return ranked
    words = _source_words(index)
    own = set(index.content(" ".join(reading.words)))  # not the words a follow-up borrowed
    others = frozenset(index.vocabulary.same.values())  # "anything else": no word of his
    asked = (set(tokens) & own) - index.names - set(dated) - others
    named = [part for part in parts if asked & (words[part] - set().union(*(words[o] for o in parts if o != part)))]
    chosen = next((s for s in ranked if len(named) == 1 and s.fact_index == named[0]), None)
    if chosen is None:
        return ranked
    trace.append(f"{index.facts[chosen.fact_index].id} is the part of {index.facts[whole].id} the question names")
    return [Scored(chosen.fact_index, ranked[0].score, chosen.phrasing)] + [s for s in ranked[1:] if s is not chosen]


@lru_cache(maxsize=16)
def _source_words(index: MatchIndex) -> dict[int, frozenset[str]]:
    """Each fact's source sentence as content words (once per index)."""
    return {i: frozenset(index.content(fact.source)) for i, fact in enumerate(index.facts)}


def _the_limit_named(query: Query, reading: Reading, tokens: list[str], ranked: list[Scored], index: MatchIndex,
                     th: Thresholds, trace: list[str]) -> list[Scored]:
    """"so it's presidents meeting presidents?", "will all 31 countries be at friday's meeting?": a yes/no
    question naming a thing whose fact rules out who the question says (heads of state) or says fewer than
    all (a narrow circle) is that fact's to judge, "No", whatever other words ('presidents') rank higher."""
    if not query.yesno or _of_the_past(reading, tokens, index) or _asks_before(query, reading, index):
        return ranked  # ("have they only met online?" asks of the earlier meetings, not the coming one's place)
    found = premise.claims(query.mentions)
    named = set(tokens) | {t for s in premise.dated_subjects(found, index) for t in index.subject_tokens.get(s, ())}
    elsewhere = {t for s, ts in index.subject_tokens.items() for t in ts if t in named}
    for scored in ranked:
        fact = index.facts[scored.fact_index]
        own = set(index.subject_tokens.get(fact.subject, ()))
        if fact.gap or not fact.asserts.rules_out or not (own & named) or elsewhere - own - _shared_subject_tokens(index):
            continue  # (the question is about another thing too: "was the paris summit of presidents?")
        if premise.ruled_out_as_said(reading.words, fact) or (premise.every_unsaid(reading.words, fact, index)
                                                              and premise.limits(fact, index)):
            if fact.subject == index.facts[ranked[0].fact_index].subject \
                    or premise.verdict(found, fact, index, tuple(tokens), reading.words)[0] != "no":
                return ranked  # (of the same subject, the thing asked judges it later: _of_the_thing_asked)
            trace.append(f"names what {fact.id} rules out or says fewer of: it judges")
            judge = Scored(scored.fact_index, max(ranked[0].score, th.answer), scored.phrasing)
            return [judge]  # the claim decides: no rival explains it
    return ranked


def _the_mode_named(query: Query, reading: Reading, tokens: list[str], ranked: list[Scored], index: MatchIndex,
                    th: Thresholds, trace: list[str]) -> list[Scored]:
    """"is the meeting in person or on zoom?", "the march 27 summit was by videoconference?": how people
    meet is judged by the fact saying how the event asked about is held (or that the story does not say):
    the event a date names, else one the question's words name, else the coming or the past one by tense."""
    found = premise.claims(query.mentions)
    if not any(c.kind == "mode" for c in found) or not (query.yesno or _offers_or(reading.words, index)) \
            or set(reading.words) & index.locale.first_words:
        return ranked  # ("is april 4 the first time they meet physically at all?": a first, judged by what came before)
    judges = [i for i, f in enumerate(index.facts) if f.asserts.modes and not f.gap]
    dated = premise.dated_subjects(found, index)
    claimed = {k for c in found for k in range(c.start, c.end)}  # ("meeting in paris and over video": a place
    named = set(index.content(" ".join(w for k, w in enumerate(reading.words) if k not in claimed))) \
        - _shared_subject_tokens(index)  # claimed, not the paris summit named)
    near = {s.fact_index for s in ranked[:3]}  # ("only talks by video": no talks named that rank)
    picks = [i for i in judges if index.facts[i].subject in dated] \
        or [i for i in judges if i in near and named & set(index.subject_tokens.get(index.facts[i].subject, ()))]
    if not picks:
        ahead = _mode_tense(query, reading, tokens, found, index)
        coming = premise.coming_subjects(index)
        picks = [i for i in judges if ahead is not None and (index.facts[i].subject in coming) == ahead]
    people = {t for c in found if c.kind == "person" for t in index.content(str(c.value))}  # (read as the index
    if len(picks) != 1 or picks[0] == ranked[0].fact_index or people - {  # reads names, as _names_everyone does)
            t for p in index.facts[picks[0]].asserts.people for t in index.content(p)}:
        return ranked  # ("will zelensky attend in person?": how he comes, which no fact of how they meet says)
    trace.append(f"claims how people meet; {index.facts[picks[0]].id}, of the event asked about, judges it")
    return [Scored(picks[0], max(ranked[0].score, th.answer))]  # the claim decides: no rival explains it


def _the_gap_named(query: Query, reading: Reading, tokens: list[str], ranked: list[Scored], index: MatchIndex,
                   trace: list[str]) -> list[Scored]:
    """"is the us part of the coalition?": the country claimed is checked, not matched, so the coalition's
    unlisted members may rank first; of the untold facts near the top, the one asked about that very
    country (whether the U.S. is in it) is the honest answer, and what "it" means next."""
    if not query.yesno or not ranked or not index.facts[ranked[0].fact_index].gap:
        return ranked
    named = {t for c in premise.claims(query.mentions) if c.kind in ("country", "person")
             for t in index.content(" ".join(reading.words[c.start:c.end])) if t not in tokens}
    top = ranked[0].fact_index
    if not named or named <= index.asked[top]:
        return ranked
    asked = [s for s in ranked[1:3] if index.facts[s.fact_index].gap and named <= index.asked[s.fact_index]]
    if len(asked) != 1:
        return ranked
    trace.append(f"claims {sorted(named)}: {index.facts[asked[0].fact_index].id} is the untold fact asked about it")
    return [Scored(asked[0].fact_index, ranked[0].score, asked[0].phrasing)]  # the claim decides: no rival explains it


def _mode_tense(query: Query, reading: Reading, tokens: list[str], found: list, index: MatchIndex) -> bool | None:
    """Of the coming event (True), of past ones (False), or not said ("in person or online?" after an answer)."""
    if _asks_ahead(query, reading, index):
        return True
    if _of_the_past(reading, tokens, index) or _asks_before(query, reading, index) \
            or reading.words[:1] and reading.words[0] in index.locale.past_openers:
        return False
    modes = {t for c in found if c.kind == "mode" for t in index.content(" ".join(reading.words[c.start:c.end]))}
    if reading.words[:1] and reading.words[0] in index.locale.present_openers and set(tokens) - modes:
        return True  # "is the meeting online or in person?": the one coming
    return None


def _of_the_past(reading: Reading, tokens: list[str], index: MatchIndex) -> bool:
    """"have they met online?", "so it has only met online?": asks what happened, unless what someone said
    ("did zelensky say every country would come?")."""
    return any(w in index.locale.perfect_openers for w in reading.words) and not set(tokens) & _spoken(index)


@lru_cache(maxsize=16)
def _spoken(index: MatchIndex) -> frozenset[str]:
    """The tokens of the locale's words for saying ("said", "called"), once per index."""
    return frozenset(index.content(" ".join(index.locale.speech_words)))


@lru_cache(maxsize=16)
def _shared_subject_tokens(index: MatchIndex) -> frozenset[str]:
    """Words naming more than one subject ("meet": the April 4 meeting and the earlier ones)."""
    seen = [t for ts in index.subject_tokens.values() for t in set(ts)]
    return frozenset(t for t in seen if seen.count(t) > 1)


def _guessed_answer(query: Query, reading: Reading, fact_index: int, index: MatchIndex) -> frozenset[str]:
    """"I bet it was cooked up in Washington. Who actually runs the coalition?": in a who / where question,
    a country or person (a place) the fact does not name, after a word that guesses ("I thought it was",
    "or", "says"), is the asker's guess at what the answer names, which the answer corrects, not a word it
    fails to understand."""
    fact, kind = index.facts[fact_index], reading.qtype
    if fact.gap or kind not in index.declared[fact_index]:
        return frozenset()
    if kind == "who" and (fact.asserts.countries or fact.asserts.people):
        kinds = ("country", "person")
    elif kind == "where" and fact.asserts.place:
        kinds = ("place", "country")
    else:
        return frozenset()
    cues = index.locale.guess_cues  # ("who is the prime minister of italy": Italy is asked about, no guess)
    return frozenset(t for m in query.mentions if m.kind in kinds and (cues.intersection(reading.words[max(0, m.start - 5):m.start])
                                                                     or tuple(reading.words[max(0, m.start - 2):m.start]) in index.locale.guess_phrases)
                     for t in index.content(" ".join(reading.words[m.start:m.end])) if t not in index.credit[fact_index])


def _the_other_alternative(reading: Reading, fact_index: int, index: MatchIndex) -> frozenset[str]:
    """"will they work on proposals from ukraine or from washington?": of two alternatives the fact
    explains one side and nothing of the other; the other is what the answer rules out, not words it
    fails to understand."""
    words, credit = reading.words, index.credit[fact_index]
    for i, word in enumerate(words[1:-1], 1):
        if word not in index.locale.alternative_words:
            continue
        before = set(index.content(" ".join(words[max(i - 4, 0):i])))
        after = set(index.content(" ".join(words[i + 1:i + 6])))
        before, after = before - after, after - before  # ("in the english language or in the ukrainian
        # language?": what both sides say is asked, not offered)
        if before & credit and after and not after & credit:
            return frozenset(after)
        if after & credit and before and not before & credit:
            return frozenset(before)
    return frozenset()


def _unquoted(tokens: list[str], index: MatchIndex) -> list[str]:
    """"what did starmer say during the call?": the people it asks the words of whom the story never
    quotes (it quotes only Zelensky); the fact naming them does not say what they said."""
    saying = attribution.saying_tokens(index)
    at = next((i for i, t in enumerate(tokens) if t in saying), -1)
    people = [t for t in tokens[:max(at, 0)] if t in index.people_tokens]  # who says: named before "say"
    if not people or any(people[-1] in s for s in index.speakers):
        return []  # "what was said between starmer and zelensky": their talk; "what did zelensky say": quoted
    return people[-1:]


@lru_cache(maxsize=16)
def _quoting(index: MatchIndex) -> frozenset[tuple[int, int]]:
    """(whole, part): the whole fact's answer quotes the part's source sentence.  "how did zelensky describe
    this meeting compared with the consultations?": the fact giving all his words is no rival to the
    first-in-depth one, whose words it includes (once per book)."""
    book = index.book
    quoted = [" ".join(fold(q) for q in QUOTE.findall(answer_text(f, book.language, book))) for f in index.facts]
    return frozenset((w, p) for p, part in enumerate(index.facts) if part.source and not part.gap
                     for w, whole in enumerate(index.facts) if w != p and not whole.gap and fold(part.source) in quoted[w])


def _things_shown(query: Query, reading: Reading, fact, index: MatchIndex) -> set[str]:
    """"the photo of zelensky with the jet": a thing (a model the story names, no person or place) that the
    fact's own answer names describes what is asked about; it is no unknown name."""
    things = _model_tokens(index)
    if not things.intersection(reading.tokens):
        return set()
    said = set(index.content(index.answer(fact)))
    return {t for t in reading.tokens if t in said and t in things}


@lru_cache(maxsize=16)
def _model_tokens(index: MatchIndex) -> frozenset[str]:
    """The tokens of the things (models) the story's facts assert: 'f16'."""
    return frozenset(t for f in index.facts if f.asserts.model for t in index.content(f.asserts.model))


def _people_of(reading: Reading, fact, index: MatchIndex) -> list[str]:
    """"which russian officials did the us meet?", "who is russia's leader?": people of a country the
    answer names, but never beside such people (its officials are Ukrainian and American): it does not say."""
    words, nouns, countries = reading.words, index.locale.people_nouns, premise.country_tokens(index)
    if reading.qtype != "who" and not (words[:1] and words[0] in index.locale.naming_words):
        return []  # only a question asking for the people themselves ("who ...", "which ... officials")
    said = index.content(index.answer(fact))
    missing = []
    for i, word in enumerate(words):
        country = set(index.content(word)) & countries & set(reading.tokens)  # ("ukrainian president": Zelensky)
        near = [w for w in words[max(i - 3, 0):i] + words[i + 1:i + 4] if w in nouns]
        if not country or not near or not country & set(said):
            continue  # (a country the answer only names inside an alias, "president of ukraine", is not judged)
        people = set(index.content(" ".join(near))) | index.people_tokens
        if not any(t in country and people & set(said[max(j - 3, 0):j + 4]) for j, t in enumerate(said)):
            missing.append(f"{word} {' '.join(near)}")
    return missing


def _unnamed_people(reading: Reading, fact, index: MatchIndex) -> list[str]:
    """"which generals will be at the table?", "which ukrainian officials were there?", "who were the u.s.
    officials at the talks?": asks for people by name, and the fact names no one (only "military teams",
    "officials", or the countries they came from)."""
    words, locale = reading.words, index.locale
    if fact.asserts.people or not words:
        return []
    if words[0] in locale.naming_words:
        return [w for w in words[1:3] if w in locale.people_nouns - locale.roles]
    named = [i for i, w in enumerate(words) if w in locale.name_nouns]  # "the name of the russian negotiator"
    if named:
        return [w for w in words[named[0] + 1:named[0] + 5] if w in locale.people_nouns - locale.roles]
    offices = [w for w in words if w in locale.titles] if reading.qtype == "who" else []
    if offices:  # "who is the foreign minister of ukraine?" (one office, not "presidents?")
        return offices
    if reading.qtype != "who" or not fact.asserts.countries:
        return []  # "who were the u.s. officials at the talks?": the people of a party the fact names only as a country
    return [w for i, w in enumerate(words) if w in locale.people_nouns - locale.roles and i and
            set(index.content(words[i - 1])) & {t for c in fact.asserts.countries for t in index.content(c)}]


def _only_counted(reading: Reading, fact, index: MatchIndex) -> bool:
    """"could you list the 31 nations that met in paris?", "which 31 countries were there?": asks for the
    things a fact counts by name, and it names none of them."""
    said, words = fact.asserts, reading.words
    if said.count is None or said.countries or said.people or str(said.count) not in words:
        return False
    at = words.index(str(said.count))
    return bool(set(words) & index.locale.listing_words) or (at > 0 and words[at - 1] in index.locale.naming_words)


def _country_of_place(fact, index: MatchIndex) -> list[str]:
    """The words of the country the fact's place is in: "the summit held in France" names the Paris one."""
    country = index.locale.places.get(fold(fact.asserts.place)) if fact.asserts.place else ""
    return index.content(country) if country else []


def _in_a_country_only(fact, index: MatchIndex) -> bool:
    """The fact's place is a country (the locale's places give no country for a country)."""
    place = fold(fact.asserts.place) if fact.asserts.place else ""
    return bool(place) and index.locale.places.get(place) == ""


def _typed(query: Query, reading: Reading, tokens: list[str], index: MatchIndex, th: Thresholds,
           trace: list[str]) -> list[Scored]:
    """The facts ranked for the tokens, only those answering the question's type ("when" never gets a purpose)."""
    ranked = index.rank(tokens, th, "" if query.yesno else reading.qtype) if tokens else []
    kind = reading.qtype if reading.qtype in STRONG_TYPES and not query.yesno else ""
    if any(w in index.locale.possessive_question_words for w in reading.words):
        kind = ""  # "on whose proposals is it based?": the fact about the proposals names their owner, of any type
    if any(w in index.locale.city_nouns for w in reading.words):  # "in which ukrainian city?": a fact placing
        cities = [s for s in ranked if not _in_a_country_only(index.facts[s.fact_index], index)]  # it in a
        if cities and cities[:1] != ranked[:1]:  # country does not say the city
            trace.append(f"asks a city: {index.facts[ranked[0].fact_index].id} names only a country, skipped")
            ranked = cities
    if not query.yesno and reading.qtype != "how_many" and set(reading.words) & index.locale.listing_words:
        listed = [s for s in ranked if index.declared[s.fact_index] != {"how_many"}]  # "list all 31 countries
        if ranked and listed[:1] != ranked[:1]:  # that belong to it": asks them named, which no count answers
            trace.append(f"asks to list: {index.facts[ranked[0].fact_index].id} only counts, skipped")
            ranked = listed
    if not kind:
        return ranked
    typed = [s for s in ranked if kind in index.types[s.fact_index]]
    if ranked and typed[:1] != ranked[:1]:
        trace.append(f"type '{kind}': {index.facts[ranked[0].fact_index].id} does not answer it, skipped")
    return typed


def _not_the_story(query: Query, reading: Reading, tokens: list[str], index: MatchIndex, trace: list[str]) -> bool:
    """A dictionary question ("what is a contingent?") or geography ("where is saudi arabia?")."""
    defined = set(index.content(" ".join(query.definition)))
    foreign = [w for w in query.definition if w not in index.surface_words]  # "coalition government"
    if defined and (not defined <= index.subject_names or foreign):  # "what does cotw mean" asks about a subject of the story
        trace.append("asks what a word means: the story defines no words")  # "what is a contingent?"
        return True
    places = {t for m in query.mentions if m.kind in ("place", "country")  # "where in ukraine" is not
              and not (m.start and reading.words[m.start - 1] in index.locale.place_prepositions)
              for t in index.content(" ".join(reading.words[m.start:m.end]))}
    if reading.qtype == "where" and not query.yesno and places and set(tokens) <= places | index.vocabulary.question.keys():
        trace.append("asks where a place is: geography, not the story")  # "where is saudi arabia?"
        return True
    return False


def _named_kin(tokens: list[str], ranked: list[Scored], index: MatchIndex, th: Thresholds,
               trace: list[str]) -> list[Scored]:
    """"what aircraft is behind zelensky in the picture": the photo does not name the F-16, the fact
    about the F-16, of the same subject and as close as a close call, does."""
    top = ranked[0]
    named = [w for w in tokens if w in index.names]
    if all(w in index.asked[top.fact_index] for w in named):
        return ranked
    kin = next((s for s in ranked[1:] if top.score - s.score < th.cross_gap and s.score >= th.answer
                and index.facts[s.fact_index].subject == index.facts[top.fact_index].subject
                and all(w in index.asked[s.fact_index] for w in named)), None)
    if kin is None:
        return ranked
    missing = [w for w in named if w not in index.asked[top.fact_index]]
    trace.append(f"{index.facts[top.fact_index].id} does not name {missing}; {index.facts[kin.fact_index].id}, "
                 "about the same subject, does")
    return [kin] + [s for s in ranked[1:] if s is not kin]  # the top cannot answer it: no rival


def _asks_before(query: Query, reading: Reading, index: MatchIndex) -> bool:
    """"has it met before?" asks what happened before; "is the meeting before april 2?" bounds a date."""
    dated = {m.start for m in query.mentions if m.kind == "date"}
    words = reading.words
    return any(w in index.locale.previous_words and not ({i + 1, i + 2} & dated) for i, w in enumerate(words)) \
        or premise.says_before(words, index) and not any(w in index.locale.previous_words for w in words)


def _asks_ahead(query: Query, reading: Reading, index: MatchIndex) -> bool:
    """"will the meeting be online?", "is friday's meeting virtual?": asks of what is still to come (its day
    named, or "will"), and nothing of before."""
    words = reading.words
    again = premise.says(words, (("again",),)) and not premise.says(
        words, tuple(p for p in index.locale.future_words if p != ("again",))) \
        and not _offers_or(words, index)  # ("will they meet by video again?", "is it
    # a video call again or in person this time?": of what is to come; "did they meet online again?": of before)
    if any(w in index.locale.previous_words for w in words) or again or premise.says_before(words, index):
        return False
    coming = premise.coming_dates(index)
    return premise.asks_ahead(words, index) or any(m.kind == "date" and any(m.value.matches(d) for d in coming)
                                                   for m in query.mentions)


def _rival(query: Query, reading: Reading, tokens: list[str], ranked: list[Scored], index: MatchIndex,
           th: Thresholds, trace: list[str]) -> tuple[list[Scored], Scored | None]:
    """A close runner-up explaining other words of the question than the top does, unless the tense
    ("before") or the date claimed settles between them."""
    top = ranked[0]
    crossed = None if index.is_phrasing(reading.words, top.fact_index) else _crossed(
        tokens, ranked, index, th, _modifiers(reading, index))
    if query.yesno and _asks_before(query, reading, index) and not premise.says(reading.words, index.locale.future_words):
        top, ranked, crossed = _before_not_ahead(top, ranked, crossed, index, th, trace)  # ("will it ever ...")
    elif (query.yesno or _offers_or(reading.words, index)) \
            and set(index.subject_tokens.get(index.facts[top.fact_index].subject, ())) \
            & premise.before_tokens(index) and _asks_ahead(query, reading, index):  # (a subject that is itself
        # the past, "the earlier meetings", asked of what is to come)
        ahead = next((s for s in ranked[1:] if tense.to_come(index.facts[s.fact_index], index) and s.score >= th.answer), None)
        if ahead is not None:  # "is friday's meeting virtual or in person?": not the earlier meetings' answer
            trace.append(f"{index.facts[top.fact_index].id} is about the past; the question asks of what is to come: "
                         f"{index.facts[ahead.fact_index].id}")
            ranked = [ahead] + [s for s in ranked if s is not ahead and s is not top]  # (the past one is no
            top, crossed = ahead, None  # rival: the question is not of it)
    fact = index.facts[top.fact_index]
    if crossed is not None and query.yesno and _date_settles(query, reading, fact, index.facts[crossed.fact_index], index):
        trace.append(f"{fact.id} and {index.facts[crossed.fact_index].id} each explain words the other does not, "
                     f"but only {fact.id} states the date the question claims")
        crossed = None
    if crossed is not None:
        trace.append(f"{fact.id} and {index.facts[crossed.fact_index].id} each explain words the other does not")
    return ranked, crossed


def _answered(query: Query, reading: Reading, tokens: list[str], ranked: list[Scored], index: MatchIndex,
              th: Thresholds, trace: list[str]) -> Result:
    """The top fact's answer; for a yes/no question, the verdict of the fact that can judge its claims."""
    top, lang = ranked[0], index.locale.code
    fact = index.facts[top.fact_index]
    if not query.yesno:
        untold = _untold(reading, tokens, fact, top.fact_index, index)
        if untold:
            trace.append(untold)
            return Result(Kind.DECLINE, (premise.silent(fact, index),), score=top.score, lang=lang)
        if _outside_the_span(query, fact, index):
            trace.append(f"asks about a time span that {fact.id}'s date is outside: not that event")
            within = _next_within_the_span(query, ranked[1:], index, th)
            if within is None:
                return Result(Kind.FALLBACK, score=top.score, lang=lang, nearest=fact)
            trace.append(f"the next fact, {within.id}, is not dated outside it: answered")
            fact = within
        whole = _all_the_words(query, reading, index.position[fact.id], index)
        if whole is not None:
            trace.append(f"asks for the words themselves: {whole.id}, which quotes {fact.id}'s, whole")
            fact = whole
        return Result.of_fact(fact, index.answer(fact), score=top.score, lang=lang)
    found = claims = premise.claims(query.mentions)
    naming = [c for c in found if _names_a_thing(c, reading, index)]  # "the april 4 meeting": says which one
    fact = _judging([c for c in found if c not in naming], ranked, index, th, trace, tokens)
    others = [c for c in found if c not in naming and premise.states(c, fact)]
    found = [c for c in found if c not in naming or premise.states(c, fact) and (not others or _dates_its_own(c, index, fact))]
    claimed = _claimed(found, fact, ranked, reading, index, th, trace)
    if claimed is None:
        close = (fact,) + tuple(index.facts[s.fact_index] for s in ranked[1:3] if s.fact_index != top.fact_index)
        return Result(Kind.SUGGEST, suggestions=close[:3], score=top.score, lang=lang, nearest=fact)
    if claimed.gap:
        return Result.of_fact(claimed, index.answer(claimed), score=top.score, lang=lang)
    own = set(index.content(" ".join(reading.words)))  # not the words a follow-up borrowed
    claimed = _of_the_thing_asked(found, claimed, reading, tuple(t for t in tokens if t in own), index, trace,
                                  premise.dated_subjects(claims, index))
    return Result.of_parts(premise.parts(found, claimed, index, tuple(t for t in tokens if t in own), reading.words),
                           score=top.score, lang=lang)


def _all_the_words(query: Query, reading: Reading, position: int, index: MatchIndex):
    """"what did he say, word for word, about the consultations?": a fact quoted whole by another (all of
    Zelensky's words) gives way to that one when the question asks for the words, not what they are about
    ("in that quote, who are the teams?" asks who)."""
    if not _asks_the_words(query, reading, index):
        return None
    whole = [w for w, part in _quoting(index) if part == position]
    return index.facts[whole[0]] if len(whole) == 1 else None


def _asks_the_words(query: Query, reading: Reading, index: MatchIndex) -> bool:
    """Does the question ask for someone's words themselves ("word for word", "the exact quote")?"""
    text = f" {query.text} "
    return reading.qtype in ("", "what", "how") and any(f" {phrase} " in text for phrase in index.locale.quote_phrases)


def _untold(reading: Reading, tokens: list[str], fact, position: int, index: MatchIndex) -> str:
    """Why the story cannot answer what the question asks of its top fact (for the trace), or ""."""
    unquoted = _unquoted(tokens, index)
    if unquoted:
        return f"asks what {unquoted} said: the story quotes none of their words"
    if _unnamed_people(reading, fact, index):
        return f"asks for people by name: {fact.id} names none"
    if _only_counted(reading, fact, index):
        return f"asks to name the {fact.asserts.count} that {fact.id} only counts"
    if reading.qtype == "where" and fact.types and "where" not in fact.types and not fact.asserts.place \
            and not any(w in index.locale.origin_words for w in reading.words):
        return f"asks where: {fact.id} names no place"  # "where was the photo taken?": its caption does not say
        # ("where is the photo from?" asks its source, the credit)
    if _where_inside(reading, index) and "where" not in index.declared[position]:
        return f"asks where inside a place; {fact.id} (so its curator says) does not say where"
    if premise.untold_contents(reading.words, fact, index):
        return f"asks what a thing {fact.id} only mentions contains: the story does not say"
    return ""


def _the_persons_own(found: list, fact, reading: Reading, index: MatchIndex):
    """The fact whose subject is the one person the question names, when it asks nothing but that person's
    office (and country): "is zelensky ukraine's prime minister?", not the call naming Starmer's office."""
    people = [c for c in found if c.kind == "person"]
    offices = premise.titles(reading.words, index.locale.titles)
    if len(people) != 1 or not offices:
        return None
    name = set(index.content(str(people[0].value)))
    named = {t for c in found for t in index.content(str(c.value))}
    office_words = {t for w in reading.words if premise.titles((w,), index.locale.titles) for t in index.content(w)}
    if set(reading.tokens) - named - office_words - set(index.vocabulary.question):
        return None  # "was the meeting announced by the prime minister?": more than an office is asked
    return next((f for f in index.facts if f is not fact and not f.gap and f.subject
                 and set(index.content(f.subject)) and set(index.content(f.subject)) <= name), None)


def _dates_its_own(claim, index: MatchIndex, fact) -> bool:
    """Is a date naming a thing ("the april 4 meeting") the fact's own, or of no event at all?  Beside
    another claim ("did zelensky announce the april 4 meeting?") the date of another subject's event says
    which meeting, and is no claim about the announcement ("the april 5 meeting", dating none, is)."""
    subjects = premise.dated_subjects([claim], index)
    return not subjects or fact.subject in subjects


def _of_the_thing_asked(found: list, fact, reading: Reading, topic: tuple[str, ...], index: MatchIndex,
                        trace: list[str], named: list[str] = ()):
    """The fact that judges what a yes/no question asks about, when the chosen one only shares its words:
    "is friday's the second in-depth meeting?" is the first-in-depth fact's to judge, not the date's;
    "is the photo from the paris summit?" names before "from" a thing of another subject, whose fact
    judges it ("No": August 2024).  `named`: the subjects a date in the question names ("friday's meeting")."""
    words = reading.words
    siblings = [f for f in premise.answering(fact.subject, index) if f is not fact]
    # "will heads of state meet on friday?": the date is right; the participants fact rules them out (also
    # when another word chose a fact of another subject: "is friday's meeting a summit of heads of state?")
    dated = [f for s in dict.fromkeys(named) if s != fact.subject for f in premise.answering(s, index)]
    ruling = next((f for f in siblings + dated if premise.ruled_out_as_said(words, f)), None)
    if ruling is not None and not premise.ruled_out_as_said(words, fact):
        trace.append(f"names whom {ruling.id}, of the thing asked, rules out: it judges")
        return ruling
    # "is every coalition country coming on friday?": the date cannot say; "a narrow circle" can
    if premise.every_unsaid(words, fact, index) and premise.verdict(found, fact, index, topic, words)[0] == "":
        limiting = next((f for f in siblings if premise.verdict(found, f, index, topic, words)[0] == "no"), None)
        if limiting is not None:
            trace.append(f"claims every one; {limiting.id}, of the same subject, says fewer: it judges")
            return limiting
    # "is zelensky ukraine's prime minister?": an office asked of a person is judged by the fact about that person
    about = _the_persons_own(found, fact, reading, index)
    if about is not None and premise.verdict(found, about, index, topic, words)[0]:
        trace.append(f"asks a person's office; {about.id}, about that person, judges it")
        return about
    # "is that an f-35 in the pic?": another plane is claimed; the fact asked about the plane shown judges it
    model = next((c for c in found if c.kind == "model" and premise.check(c, fact, index) is False), None)
    if model is not None:
        shown = designation(fact.asserts.model, index.locale)
        if shown not in index.asked[index.position[fact.id]]:
            asked = next((f for f in siblings if f.asserts.model and shown in index.asked[index.position[f.id]]), None)
            if asked is not None:
                trace.append(f"claims a model; {asked.id}, asked about the one shown, judges it")
                return asked
    earlier = _of_earlier_ones(found, fact, reading, topic, index)
    if earlier is not None:
        trace.append(f"asks whether this is the first ever: {earlier.id}, of the earlier ones, judges it")
        return earlier
    if not premise.later_than_first(words, fact, index):  # "is friday's the second in-depth meeting?": not
        counting = [f for f in premise.answering(fact.subject, index)  # the date's to say, but
                    if premise.later_than_first(words, f, index)]
        if counting:  # the fact of its subject calling it the first
            trace.append(f"an ordinal of what {counting[0].id} calls the first: {counting[0].id} judges it")
            return counting[0]
    at = premise.event_at(words, index)
    if at is None or not set(index.content(" ".join(words[at + 1:at + 5]))) & set(index.subject_tokens.get(fact.subject, ())):
        return fact  # ("did the news come from macron?": no event of the chosen fact after "from")
    named = set(index.content(" ".join(words[:at]))) - index.credit[index.position[fact.id]]  # ("did leaders
    # meet at the paris summit?": meeting there is the summit's own word, no other thing from it)
    for subject, subject_tokens in index.subject_tokens.items():
        if subject == fact.subject or not named & set(subject_tokens) - set(index.subject_tokens.get(fact.subject, ())):
            continue
        for other in premise.answering(subject, index):
            if premise.verdict(found, other, index, topic, words)[0] in ("yes", "no"):
                trace.append(f"asks about {other.id}'s thing, said to come from {fact.id}'s: {other.id} judges it")
                return other
    return fact


def _time_frame(reading: Reading, index: MatchIndex) -> frozenset[str]:
    """"(who did he talk to) before announcing this", "before making the announcement, (did he ...)": the
    tokens that name a dated event of the story (the announcement) after a word of time order, when the
    rest of the question names something else: that event says when, it is not what is asked."""
    locale, words = index.locale, reading.words
    if not any(p[0] in words for p in locale.order_prepositions):
        return frozenset()
    events = event_tokens(index)
    for i in range(len(words) - 1):
        size = next((len(p) for p in locale.order_prepositions if tuple(words[i:i + len(p)]) == p), 0)
        if not size:
            continue
        end = i + size
        while end < len(words) and end - i <= 3 + size and words[end] not in locale.yesno_openers \
                and not question_word(words[end], locale):
            end += 1
        named = {t for t in index.content(" ".join(words[i + size:end])) if t in events}
        rest = set(index.content(" ".join(words[:i] + words[end:])))
        if named and not named & rest and rest - set(index.vocabulary.question):
            return frozenset(named)
    return frozenset()


def _at_an_event(query: Query, reading: Reading, fact, index: MatchIndex) -> frozenset[str]:
    """"was the photo taken at the paris summit?": the names of the event a dated fact's own thing is
    said to come from; its date judges them (No: August 2024), so they are no unknown words."""
    at = premise.event_at(reading.words, index) if query.yesno and fact.asserts.date else None
    own = set(index.subject_tokens.get(fact.subject, ()))
    if at is None or not set(index.content(" ".join(reading.words[:at]))) & own:
        return frozenset()
    after = frozenset(index.content(" ".join(reading.words[at + 1:at + 5])))
    dated = any(after & set(tokens) - own and any(index.facts[i].asserts.date for i in index.subjects[s])
                for s, tokens in index.subject_tokens.items() if s != fact.subject)
    return after if dated else frozenset()


def _of_earlier_ones(found: list, fact, reading: Reading, topic: tuple[str, ...], index: MatchIndex):
    """"is this the first time the coalition meets at all?": the fact about the earlier meetings says
    No, better than one calling this meeting a first of some kind; None if no such fact judges it."""
    if not premise.first_ever(reading.words, fact, index):
        return None
    earlier = {t for w, sign in index.locale.offset_words.items() if sign < 0 for t in index.content(w)}
    for subject, tokens in index.subject_tokens.items():
        if subject == fact.subject or not set(tokens) & earlier or not set(tokens) & set(topic):
            continue
        for other in premise.answering(subject, index):
            if premise.verdict(found, other, index, topic, reading.words)[0] == "no":
                return other
    return None


def _outside_the_span(query: Query, fact, index: MatchIndex) -> bool:
    """"when is the next meeting after april 4?": the April 4 meeting is not after April 4; "how many
    countries will attend the april 4 meeting?": not the Paris summit of March 27 ("who announced the
    april 4 meeting?" is: the announcement's related fact is dated so)."""
    spans = [m for m in query.mentions if m.kind == "date"]
    if not spans or not fact.asserts.date or _corrects_a_date(query, index):
        return False
    day = dt.date.fromisoformat(fact.asserts.date)
    return not any(m.value.matches(day) or premise.related_on(m, fact, index) for m in spans)


def _corrects_a_date(query: Query, index: MatchIndex) -> bool:
    """"the paris summit was in february, when was it actually?": the date said is the one to correct,
    not a span that rules the summit out."""
    reading = query.readings[0]
    return reading.qtype == "when" and any(w in index.locale.correction_words for w in reading.words)


def _where_inside(reading: Reading, index: MatchIndex) -> bool:
    """"where in ukraine was the photo taken?": a place inside a place, which a fact not saying where
    does not give."""
    words = reading.words
    return reading.qtype == "where" and any(
        w in index.locale.question_words and words[i + 1:i + 2] and words[i + 1] in index.locale.place_prepositions
        and index.locale.question_types.get((w,)) == "where" for i, w in enumerate(words))


def _next_within_the_span(query: Query, rest: list[Scored], index: MatchIndex, th: Thresholds):
    """"how many countries will attend the april 4 meeting?" ranked the Paris summit first: the next
    fact, if it answers on its own (its score and lead) and is not dated outside the span either."""
    if not rest or rest[0].score < th.answer or (len(rest) > 1 and rest[0].score - rest[1].score < th.cross_gap):
        return None
    fact = index.facts[rest[0].fact_index]
    return None if fact.gap or _outside_the_span(query, fact, index) else fact


def _names_everyone(query: Query, fact, index: MatchIndex) -> bool:
    """Two or more of the story's people are named, and the fact states all of them (compared as the
    index reads names: "зеленський" is the fact's "Volodymyr Zelensky")."""
    people = [set(index.content(str(m.value))) for m in query.mentions if m.kind == "person" and m.known]
    said = {t for p in fact.asserts.people for t in index.content(p)}
    return len(people) > 1 and all(p and p <= said for p in people)


def _already_over(query: Query, index: MatchIndex, trace: list[str]) -> Result | None:
    """"has the april 4 meeting already happened?", "зустріч 4 квітня вже відбулася?": whether an event the
    story dates after itself is over, which the story, written before it, cannot say: its outcome's gap."""
    words, locale = query.readings[0].words, index.locale
    if not set(words) & locale.completion_words or not set(words) & locale.happening_words:
        return None
    named = set(index.content(" ".join(words)))
    dated = set(premise.dated_subjects(premise.claims(query.mentions), index))
    dates = {t for m in query.mentions if m.kind == "date" for t in index.content(" ".join(words[m.start:m.end]))}
    def named_whole(subject: str) -> bool:  # its name's words beside its day ("the april 4 meeting": "meeting")
        words = set(index.subject_tokens.get(subject, ())) - dates
        return bool(words) and words <= named

    coming = [s for s in sorted(premise.coming_subjects(index)) if s in dated or named_whole(s)]
    if len(coming) != 1 or dated - set(coming):
        return None  # (another event's day named: "had the paris summit already happened by april 4?")
    outcome = premise.outcome_tokens(index)
    gap = next((index.facts[i] for i in index.subjects.get(coming[0], ())
                if index.facts[i].gap and set(index.asked[i]) & outcome), None)
    if gap is None:
        return None
    trace.append(f"asks whether {coming[0]} is over: the story was written before it ({gap.id})")
    return Result.of_fact(gap, index.answer(gap), lang=locale.code)


def _alone(query: Query, index: MatchIndex, th: Thresholds, trace: list[str]) -> Result:
    """Read without context; readings that confidently name different facts become "did you mean"."""
    over = _already_over(query, index, trace)
    if over is not None:
        return over
    if not any(r.tokens for r in query.readings) and not any(m.kind == "date" for m in query.mentions):
        return _literal(query, index, th, trace)  # ("is it on sat?": a date, though its word is a filler)
    results = [_decide(query, reading, index, th, trace) for reading in query.readings]
    if query.yesno and any(m.kind == "person" and m.known for m in query.mentions):
        # "did zelensky speak to starmer?" names the topic; "was it announced by starmer?" makes a claim:
        # read both ways, and if they name different facts, ask
        results += [_decide(query, reading, index, th, trace, True) for reading in query.readings[:1]]
        topical = results[-1]
        if _confident(topical) and topical.fact is not None and _names_everyone(query, topical.fact, index) and not any(
                _names_everyone(query, r.fact, index) for r in results[:-1] if _confident(r) and r.fact is not None):
            # "did zelensky talk to starmer about this": the fact stating both people is the topic
            trace.append(f"{topical.fact.id} states every person the question names: the question is about it")
            return topical
    sure = sorted((r for r in results if _confident(r) and r.fact is not None), key=lambda r: -r.score)
    # a reading unsure only between close facts still names one: "hwo will they meet" may be how or who
    named = sure + [r for r in results if r.kind is Kind.SUGGEST and r.score >= th.answer and r.suggestions]
    named.sort(key=lambda r: -r.score)
    fact_of = {id(r): (r.fact.id if r.fact is not None else r.suggestions[0].id) for r in named}
    facts = list(dict.fromkeys(fact_of[id(r)] for r in named))
    if len(facts) > 1 and sure and named[0] is sure[0] and sure[0].score - max(
            r.score for r in named if fact_of[id(r)] != sure[0].fact.id) >= th.reading_lead:
        trace.append(f"readings disagree; {sure[0].fact.id} leads by far")
        return sure[0]
    if len(facts) > 1:
        trace.append(f"readings disagree ({', '.join(facts)}): did you mean")
        close = tuple(index.book.by_id[f] for f in facts[:3])
        return Result(Kind.SUGGEST, suggestions=close, score=named[0].score, lang=index.locale.code)
    return sure[0] if sure else results[0]


def _reads_better(alone: Result, query: Query, index: MatchIndex, prev, th: Thresholds) -> bool:
    """Does `alone` (another subject's fact) fit the question's own words far better than any fact
    about the last answer's subject does?  "and what does russia think of the coalition?" after the
    U.S. talks is a new question; "and who leads it?" after the coalition is not."""
    if alone.fact is None or alone.fact.subject == prev.subject:
        return False
    members = set(index.subjects.get(prev.subject, ()))
    ranked = index.rank(list(query.tokens), th)
    own = next((s.score for s in ranked if s.fact_index in members), 0.0)
    return alone.score - own >= th.reading_lead


def _tied_back(query: Query, prev, index: MatchIndex) -> bool:
    """A pronoun points at the last answer's thing, and the question's time fits it ("... the saudi talks -
    who met there?"; not "where did they meet before, and where will it meet next?")."""
    ahead = premise.says(query.readings[0].words, index.locale.future_words)
    return query.refers and not (ahead and not tense.to_come(prev, index))


def _answer(query: Query, index: MatchIndex, previous: str | None, th: Thresholds, trace: list[str],
            same_message: bool = False) -> Result:
    """One question, read against `previous` first when it leans on it.  Within one message
    (`same_message`), a question with words of its own is not answered by the fact the question
    before it got ("when did they talk, and when is the meeting itself")."""
    prev = index.book.by_id.get(previous) if previous else None
    in_order = order.ordered(query, index, trace)
    if in_order is not None:  # "was the paris summit after the starmer call?": their dates say
        return in_order
    said = (attribution.attributed(query, index, prev, trace) or sequence.sequenced(query, index, prev, trace)
            or context.named_member(query, index, prev, trace) or context.named_day(query, index, prev, trace)
            or context.named_ruled_out(query, index, prev, trace)) \
        if prev is not None else None
    if said is not None:  # "who said so?", "and before that?", "and the uk?" (among the countries it named?)
        return said
    if prev is not None and prev.subject:  # "and russia?": the same question about the subject it names;
        moved = context.switched(query, index, prev, th, trace) or context.person(  # "what's his job?"
            query, index, prev, trace, lambda q: _alone(q, index, th, []))
        if moved is not None:
            return moved
    leaning = prev is not None and prev.subject and context.leans(query, index, prev)
    if leaning and len(context.topic(query, index)) >= 2:
        alone = _alone(query, index, th, [])  # a full question: on its own first ...
        if _confident(alone) and not query.ties and (not (query.leans or query.refers) or _reads_better(alone, query, index, prev, th)):
            trace.append("a full question that reads better on its own than about the last answer")
            return alone  # ... also after "and", if its words point elsewhere by far (unless "it" ties it back)
    if leaning:
        trace.append(f"leans on the last answer ({prev.id}, about '{prev.subject}')")
        found = context.in_context(query, index, prev, th, trace)
        repeated = same_message and found is not None and found.fact is not None and found.fact.id == prev.id
        asked = index.asked[index.position[prev.id]]  # "..., and what was the subject?": the last fact's own
        own = [t for t in context.topic(query, index)  # words; "on which day did it take place?": none
               if t not in context.type_tokens(index) and t not in index.locale.yesno_openers]
        if all(t in asked for t in own) and (_tied_back(query, prev, index)
                                             or not any(t in index.subject_names for t in query.tokens)):
            own = []  # (a subject's name, "meet", is its own unless a pronoun ties it back: "who met there?")
        if found is not None and not (repeated and own):
            return found
    alone = _alone(query, index, th, trace)
    if leaning and query.other and _confident(alone):
        alone = _else_related(query, alone, prev, index, th, trace)
    if prev is not None:
        alone = _of_another_event(query, alone, prev, index, trace)
        alone = _they_of_the_last_answer(query, alone, prev, index, th, trace)
    if _confident(alone) or prev is None:
        return alone
    words = list(query.tokens)
    if 0 < len(words) <= th.followup_words:  # "and in paris?": the last question, about something new
        extended = Query(query.text, (Reading(query.readings[0].words,
                                              tuple(words + [w for w in index.content(index.title(prev)) if w not in words]),
                                              query.qtype),), yesno=query.yesno)
        found = _alone(extended, index, th, [])
        if found.answered and found.fact is not None and found.fact.id != prev.id:
            trace.append(f"read with the last question's words: {found.fact.id}")
            return Result(found.kind, found.parts, score=found.score, followup=True, lang=found.lang)
    return alone


def _of_another_event(query: Query, alone: Result, prev, index: MatchIndex, trace: list[str]) -> Result:
    """"was that the first in-depth meeting?" after the Paris summit: "that" is the summit, and the mark it
    is asked to have belongs to another event, on another day, that no fact relates to it: No."""
    words = query.readings[0].words
    fact = alone.fact
    if not (query.yesno and query.ties and len(alone.parts) == 1 and alone.parts[0].verdict == "yes" and fact
            and len(words) > 1 and words[0] in index.locale.yesno_openers and words[1] in index.locale.event_pronouns):
        return alone
    days = [{index.facts[i].asserts.date for i in index.subjects.get(s, ()) if index.facts[i].asserts.date}
            for s in (fact.subject, prev.subject)]
    if not (days[0] and days[1]) or days[0] & days[1] or _related_subjects(fact.subject, prev.subject, index):
        return alone
    trace.append(f"'{words[1]}' is {prev.subject}; what is claimed of it belongs to {fact.subject}: No")
    part = Part(fact, index.locale.text("no", answer=index.answer(fact)), Kind.ANSWER, verdict="no")
    return Result(Kind.ANSWER, (part,), score=alone.score, followup=True, lang=alone.lang)


def _related_subjects(one: str, other: str, index: MatchIndex) -> bool:
    """Do the curator's related lists tie a fact of one subject to a fact of the other (either way)?"""
    if one == other:
        return True
    ids = {s: {index.facts[i].id for i in index.subjects.get(s, ())} for s in (one, other)}
    return any(r in ids[b] for a, b in ((one, other), (other, one)) for i in index.subjects.get(a, ())
               for r in index.facts[i].related)


def _they_of_the_last_answer(query: Query, alone: Result, prev, index: MatchIndex, th: Thresholds,
                             trace: list[str]) -> Result:
    """"where did they last meet with ukraine?" after what the U.S. is doing: "they" are the people of the
    last answer, so a fact it names the subject of (the Saudi talks), related to it, answering the type and
    knowing every word asked, is meant; not the coalition's earlier meetings, which neither names."""
    people = index.locale.person_pronouns
    if not (alone.answered and alone.fact is not None and len(alone.parts) == 1 and not query.yesno
            and any(w in people for w in query.readings[0].words)) or alone.fact.id in prev.related:
        return alone
    here = index.position[prev.id]
    mine = set(index.subject_tokens.get(prev.subject, ()))
    if set(index.subject_tokens.get(alone.fact.subject, ())) <= index.vocab[here] or alone.fact.subject == prev.subject \
            or mine <= index.vocab[index.position[alone.fact.id]]:
        return alone  # either names the other's subject ("..., and when are they meeting?" after the coalition)
    kind = query.qtype if query.qtype in STRONG_TYPES else ""
    words = context.topic(query, index)
    fits = [index.position[r] for r in prev.related if r in index.position]
    fits = [i for i in fits if not index.facts[i].gap and (not kind or kind in index.declared[i])
            and words and all(t in index.credit[i] for t in words)]
    if len(fits) != 1:
        return alone
    fact = index.facts[fits[0]]
    trace.append(f"'they' are of {prev.id}, which names nothing of {alone.fact.id}: {fact.id}, related to it, fits")
    return Result.of_fact(fact, index.answer(fact), score=alone.score, followup=True, lang=index.locale.code)


def _else_related(query: Query, alone: Result, prev, index: MatchIndex, th: Thresholds, trace: list[str]) -> Result:
    """"where else have they met?" after the Paris summit: of two close readings, the fact the curator
    relates to the last answer (the coalition's other meetings), not the one that merely fits the
    words (where the next meeting is)."""
    if alone.fact is None or alone.fact.id in prev.related or len(alone.parts) != 1 or query.yesno:
        return alone
    kind = query.qtype if query.qtype in STRONG_TYPES else ""
    for scored in index.rank(list(query.tokens), th, query.qtype):
        fact = index.facts[scored.fact_index]
        if alone.score - scored.score >= th.cross_gap:
            break
        if fact.id in prev.related and not fact.gap and (not kind or kind in index.types[scored.fact_index]):
            trace.append(f"'else' after {prev.id}: {fact.id}, which it relates to, is as close as {alone.fact.id}")
            return Result.of_fact(fact, index.answer(fact), score=scored.score, lang=index.locale.code)
    return alone


def _names_nothing_else(query: Query, result: Result, index: MatchIndex, trace: list[str]) -> Result:
    """"besides saudi arabia, where else did they meet?": when the answer names nothing but what the
    question sets aside, the story does not say; it says what it does say, never "Yes"/the answer as if."""
    if not query.set_aside or result.kind is not Kind.ANSWER or len(result.parts) != 1 or result.fact is None:
        return result
    fact, said = result.fact, result.fact.asserts
    places = [said.place] if said.place else []
    if query.qtype == "where":
        named = places or list(said.countries)
    else:
        named = list(said.countries) or places
    named += [p for p in said.people if any(m.kind == "person" for m in query.set_aside)]
    if not named or not all(any(premise.same(str(m.value), v, index) for m in query.set_aside) for v in named):
        return result
    trace.append(f"{fact.id} names only what the question sets aside: the story does not say")
    text = index.locale.text("silent", answer=index.answer(fact))
    return Result(Kind.DECLINE, (Part(fact, text, Kind.DECLINE),), score=result.score, followup=result.followup,
                  lang=result.lang)


def _hosted_by_a_country(query: Query, result: Result, index: MatchIndex, trace: list[str]) -> Result:
    """"who hosted it?": a country hosts; a fact placing its event in a city (the Paris summit) does not
    say who hosted it."""
    words = query.readings[0].words
    fact = result.fact
    if result.kind is not Kind.ANSWER or fact is None or query.yesno or not fact.asserts.place \
            or not any(w in index.locale.host_words for w in words) or any(w in index.locale.city_nouns for w in words):
        return result  # ("which city hosted the summit?" asks the city, which it names)
    if not index.locale.places.get(fold(fact.asserts.place)):
        return result  # "Ukraine" hosts the April 4 meeting
    trace.append(f"{fact.id} names a city, not who hosted it")
    members = index.subjects.get(fact.subject, ())
    return context.subject_decline(fact.subject, "who", list(members), index, result.lang)


def _negated(query: Query, result: Result, index: MatchIndex, trace: list[str]) -> Result:
    """"the meeting isn't on friday, is it?": the verdict on its claim, turned round (or dropped)."""
    if query.polarity is negation.Polarity.PLAIN or not any(p.verdict for p in result.parts):
        return result
    trace.append(f"a negated yes/no question ({query.polarity.value}): the verdict on its claim "
                 + ("turned round" if query.polarity is negation.Polarity.NEGATED else "left out"))
    return negation.turned(result, query.polarity, index)


def _second_of_a_first(query: Query, result: Result, index: MatchIndex, trace: list[str]) -> Result:
    """"when did ukraine get its second f-16?" of an answer about the first: the story does not say."""
    fact = result.fact
    if query.yesno or not result.answered or len(result.parts) != 1 or fact is None \
            or not premise.later_than_first(query.readings[0].words, fact, index):
        return result
    trace.append(f"asks about a second (third...) of what {fact.id} calls the first")
    return Result(Kind.DECLINE, (premise.silent(fact, index),), score=result.score, lang=result.lang)


def _combine(message: Message, results: list[Result], whole: Result | None) -> Result:
    """One reply answering each question in turn, or saying which one the story does not answer."""
    parts: list[Part] = []
    for query, result in zip(message.parts, results):
        if _confident(result):
            parts.extend(p for p in result.parts if not any(p.fact is not None and p.fact == q.fact for q in parts))
        else:
            text = message.index.locale.text("part_unanswered", part=query.text)
            parts.append(Part(None, text, Kind.DECLINE))
    answered = sum(_confident(r) for r in results)
    if answered < 2 and whole is not None and _confident(whole):
        return whole
    if not answered:
        return results[0]
    kind = Kind.ANSWER if any(p.kind is Kind.ANSWER for p in parts) else Kind.DECLINE
    score = min(r.score for r in results if _confident(r))
    return Result(kind, tuple(parts), score=score, followup=results[0].followup, lang=message.lang)


_SHORT_ABOUT = 20  # words: "Hi! who are you and what can you handle?" asks what the bot is; a longer
# message that names the bot ("Dear bot, ... could you recommend a charity?") asks something else of it


def respond(question: str, bundle: StoryBundle, previous: str | None = None,
            thresholds: Thresholds = DEFAULT, trace: list[str] | None = None) -> Result:
    """Answer `question` from `bundle`; `previous` is the fact id last answered in this chat.
    `trace`, if given, collects a line for each decision (for `ask --explain`)."""
    trace = [] if trace is None else trace
    message = read(question, bundle)
    index = message.index
    if message.unread:
        trace.append(f"written in another language ({message.foreign}): the bot reads only its own")
        return Result(Kind.OTHER_LANGUAGE, lang=message.lang)
    result = _respond(message, question, bundle, index, previous, thresholds, trace)
    if not _confident(result) and result.kind is not Kind.SMALL_TALK:
        result = _the_question_inside(question, result, bundle, index, previous, thresholds, trace)
    if message.foreign and result.kind in (Kind.FALLBACK, Kind.SUGGEST):  # a kindred language ("ru" read as "uk")
        trace.append(f"written in {message.foreign}, and not matched for sure: the languages line, no guesses")
        return Result(Kind.OTHER_LANGUAGE, score=result.score, lang=message.lang, nearest=result.nearest)
    return result


_FRAMES = re.compile(r"(?<!\d):|;|\u2014|\u2013|(?<=[.!?])\s+")  # not "11:34", not "F-16"
_COMMAS = re.compile(r",(?!\d)")  # not "10,000"
_MAX_CLAUSES = 6  # a message of more clauses is no frame and a question: each clause tried costs a reading


def _the_question_inside(question: str, result: Result, bundle: StoryBundle, index: MatchIndex,
                         previous: str | None, thresholds: Thresholds, trace: list[str]) -> Result:
    """"For listeners who don't follow politics: who is Zelensky?": when the whole message is not read for
    sure, its last question, read on its own, may be; so may any clause that asks, when the rest names
    nothing of the story ("Long shift, tired brain, what's it about?"; not "Apart from Paris, where ...")."""
    pieces = [p for p in _FRAMES.split(question) if p and p.strip(" .!?")]
    while len(pieces) > 1 and " ".join(fold(pieces[-1]).split()) in index.locale.story_says_tags:
        pieces.pop()  # "..., who will send troops? What does the article say about it?": asks nothing more
    tails = [pieces[-1].strip()] if len(pieces) > 1 else []
    clauses = [c for p in pieces for c in _COMMAS.split(_chat_broken(p, index.locale)) if c.strip(" .!?")]
    tried = len(clauses) if 1 < len(clauses) <= _MAX_CLAUSES else 0
    for i in reversed(range(tried)):  # the question runs on to the end, or ends where a frame starts
        if not i or _frames(fold(" ".join(clauses[:i])).split(), index):
            if i:
                tails.append(",".join(clauses[i:]).strip())
            if i + 1 < len(clauses) and _frames(fold(" ".join(clauses[i + 1:])).split(), index):
                tails.append(clauses[i].strip())
    for tail in tails:
        alone = _read_alone(tail, bundle, previous, thresholds)
        if alone is not None:
            trace.append(f"the whole message not read for sure; its question read alone: {tail!r}")
            return alone
    return result


@lru_cache(maxsize=4)
def _chat_break(locale: Locale) -> re.Pattern[str]:
    return re.compile(r"\b(" + "|".join(sorted(locale.chat_breaks)) + r")\b(?!\s*[,.!?]*\s*$)", re.I)


def _chat_broken(text: str, locale: Locale) -> str:
    """"wats the coalition of the willing lol sounds like a band name": a laugh or "again" ends a thought,
    as a comma would."""
    return _chat_break(locale).sub(r"\1,", text) if locale.chat_breaks else text


def _frames(words: list[str], index: MatchIndex) -> bool:
    """Words around a question that ask nothing and name no subject, date, place or person, and set nothing
    aside, turn to the bot or offer an example: a frame ("for my grandad's scrapbook"; not "what
    do you think", "apart from paris", "in your opinion", "(..., ) say in asia")."""
    framed = understand.query(words, False, index) if words else None
    return framed is not None and not framed.mentions and not exclusion(words, index.locale)[0] \
        and not set(framed.readings[0].tokens) & index.subject_names and not starts_question(words, index.locale) \
        and not set(words) & index.locale.you_words \
        and words[0] not in index.locale.example_words  # ("..., say in asia?")


def _read_alone(tail: str, bundle: StoryBundle, previous: str | None, thresholds: Thresholds) -> Result | None:
    """A question of a message read on its own, if it opens a question, has a topic of its own, and leans
    on nothing around it ("Which date is right?", "Does the article say?", "when did each happen?")."""
    message, words = read(tail, bundle), fold(tail).split()
    if message.unread or len(message.parts) != 1:
        return None
    part, index = message.parts[0], message.index
    if not starts_question(words, index.locale) and not starts_question(part.text.split(), index.locale):
        return None  # (a question as typed, or as read: "wats the coalition", "wen is it")
    if " ".join(words) in index.locale.story_says_tags or set(words) & index.locale.universal_words \
            or points_back(words, index) or part.leans or not _own_topic(part, index):
        return None
    alone = _respond(message, tail, bundle, index, previous, thresholds, [])
    return alone if _confident(alone) else None


def _respond(message: Message, question: str, bundle: StoryBundle, index: MatchIndex, previous: str | None,
             thresholds: Thresholds, trace: list[str]) -> Result:
    previous_fact = index.book.by_id.get(previous) if previous else None
    again = restate.restated(question, index, previous_fact, trace)
    if again is not None:  # "are you sure?", "tell me more": the last answer, honestly framed
        return again
    if not message.parts:
        if message.small_talk:
            trace.append(f"small talk: {message.small_talk}")
            return Result(Kind.SMALL_TALK, small_talk=message.small_talk, lang=message.lang)
        trace.append("nothing to read")
        return Result(Kind.FALLBACK, lang=message.lang)
    results: list[Result] = []
    last = previous
    for number, query in enumerate(message.parts, 1):
        if len(message.parts) > 1:
            trace.append(f"question {number}: {query.text}")
        result = _answer(query, index, last, thresholds, trace, same_message=number > 1)
        if results and not _confident(results[-1]) and (_only_leans(query, index) or query.refers) and result.answered:
            trace.append("it leans on the part before, which was not answered: not a guess of its own")
            result = Result(Kind.FALLBACK, lang=index.locale.code)
        result = _hosted_by_a_country(query, _names_nothing_else(query, result, index, trace), index, trace)
        result = _second_of_a_first(query, _negated(query, result, index, trace), index, trace)
        results.append(result)
        last = result.fact.id if result.fact is not None else last
    if message.small_talk == "about" and all(r.kind is Kind.FALLBACK for r in results) \
            and len(question.split()) <= _SHORT_ABOUT:
        trace.append("small talk: about, and the rest not understood: what the bot is and can answer")
        return Result(Kind.SMALL_TALK, small_talk=message.small_talk, lang=message.lang)
    if len(results) == 1:
        return results[0]
    whole = None
    if sum(_confident(r) for r in results) < 2:
        merged = read(question, bundle, split=False).parts
        whole = _negated(merged[0], _answer(merged[0], index, previous, thresholds, []), index, []) \
            if len(merged) == 1 else None
    return _combine(message, results, whole)
