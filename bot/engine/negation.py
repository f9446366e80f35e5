"""Negated yes/no questions: "the meeting isn't on friday, is it?" states the opposite of its claim.

A bare "Yes" or "No" to a negated statement is read either way by people, so the verdict on the
claim turns round (the statement is wrong when its claim holds) and is said in words that cannot be
misread ("That's not right. ...").  A negative question that only expects Yes ("isn't it on friday?")
asks its claim as said; one that can be read both ways ("is the meeting not on friday?") gets the
answer without Yes or No.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping
from dataclasses import replace
from functools import lru_cache

from ..story.index import MatchIndex
from ..story.locale import Locale
from .result import Kind, Part, Result
from .shape import question_body


class Polarity(str, enum.Enum):
    PLAIN = ""  # asks its claim as said ("is it on friday?", "isn't it on friday?")
    NEGATED = "negated"  # states its claim's opposite: the verdict turns round
    UNCLEAR = "unclear"  # could be either: the answer, without a verdict


@lru_cache(maxsize=8)
def _tags(locale: Locale) -> tuple[list[str], ...]:
    """The locale's closing tags as words, the longest first."""
    return tuple(tag.split() for tag in sorted(locale.yesno_tags, key=len, reverse=True))


@lru_cache(maxsize=8)
def _kept(locale: Locale) -> frozenset[str]:
    """Chat noise that still counts here: "not", and the words of "is it true", "not only"."""
    return locale.negation_particles | {w for p in locale.complementizers + locale.negation_free for w in p}


@lru_cache(maxsize=8)
def _joins(locale: Locale) -> frozenset[str]:
    """Words after which another question may start ("..., but haven't they ...?")."""
    return locale.connectors | {o[0] for o in locale.followup_openers if len(o) == 1}


def _without_tag(body: list[str], locale: Locale) -> list[str]:
    """The statement less its closing tag ("..., is it?", "..., right?", "..., didn't he?")."""
    for words in _tags(locale):
        if len(body) > len(words) and body[-len(words):] == words:
            return body[:-len(words)]
    if len(body) > 3 and body[-3] in locale.yesno_openers and body[-2] in locale.negation_particles \
            and body[-1] in locale.pronouns:
        return body[:-3]
    return body


def _at(body: list[str], i: int, phrases: tuple[tuple[str, ...], ...]) -> tuple[str, ...] | None:
    """The phrase of `phrases` starting at `body[i]`, if one does."""
    return next((p for p in phrases if tuple(body[i:i + len(p)]) == p), None)


def _negations(body: list[str], locale: Locale, names: Mapping[str, str]) -> list[tuple[int, bool]]:
    """(position, strong) of each word that negates the statement: a negator ("never", "nobody":
    strong) or a particle ("not") where it negates (in English, after an auxiliary, in a question
    opening with one, or before a verb as chat drops the auxiliary: "uk not sending troops"; before a
    name or an article it sets one thing against another: "starmer, not zelensky"), less phrases in
    which it negates nothing ("or not", "not only") and the reader's own ("i don't know")."""
    found = []
    free = {i + k for i in range(len(body)) for p in [_at(body, i, locale.negation_free)] if p for k in range(len(p))}
    reader = locale.first_person | locale.you_words
    for i, word in enumerate(body):
        if i in free:
            continue
        if _at(body, i, locale.negators):
            found.append((i, True))
        elif word in locale.negation_particles and _particle_negates(body, i, locale, names) \
                and not (i >= 2 and body[i - 2] in reader) and not (i == 1 and body[0] in reader):
            found.append((i, False))
    return found


def _particle_negates(body: list[str], i: int, locale: Locale, names: Mapping[str, str]) -> bool:
    """"not" negates anywhere in a language with no auxiliaries listed; in English after one ("is not"),
    in a question opening with one ("is the meeting not on friday?"), or before a verb ("uk not sending")."""
    if not locale.negation_auxiliaries or body[0] in locale.yesno_openers:
        return True
    if not i:
        return False
    if body[i - 1] in locale.negation_auxiliaries:
        return True
    return i + 1 < len(body) and body[i + 1] not in names and body[i + 1] not in locale.articles \
        and not _contrast(body, i, names)


def _contrast(body: list[str], i: int, names: Mapping[str, str]) -> bool:
    """"they met in paris, not in brussels": the thing after "not" is of a kind the statement has
    already named (a place against a place): one set against the other, no negated statement."""
    after = {names[w] for w in body[i + 1:i + 3] if w in names}
    return bool(after & {names[w] for w in body[:i] if w in names})


def contrasted(words: tuple[str, ...], found: list, locale: Locale) -> set[int]:
    """Where the names start that "not" sets against one named before ("zelensky announced it, not
    macron"): claimed not to be, so no claim to check as if said to be."""
    kinds = {m.start: m.kind for m in found}
    starts = set()
    for i, word in enumerate(words):
        if word in locale.negation_particles and i and words[i - 1] not in locale.negation_auxiliaries:
            before = {m.kind for m in found if m.end <= i}
            starts |= {j for j in (i + 1, i + 2) if kinds.get(j) in before}
    return starts


def polarity(words: tuple[str, ...], locale: Locale, names: Mapping[str, str] | None = None) -> Polarity:
    """How a yes/no question's words stand to its claim (`names`: the first word of each person,
    place, date... it names -> its kind)."""
    names = names or {}
    body = _without_tag(question_body(words, locale, _kept(locale)), locale)
    negations = _negations(body, locale, names)
    if not negations:
        return Polarity.PLAIN
    if any(w in locale.question_words for w in body):
        return Polarity.PLAIN  # "who, given that it is not a summit, attends?": a question, no statement
    position, strong = negations[0]
    if any(w in locale.exclusive_words for w in body[position + 1:]):
        return Polarity.PLAIN  # "they never met in person, only online?": the claim is what only was
    if position and body[position - 1] in locale.connectors and any(w in locale.exclusive_words for w in body[:position]):
        return Polarity.PLAIN  # "they only met online and never in person?": the same claim, said again
    joins = _joins(locale)
    start = max((j + 1 for j in range(position) if body[j] in joins and body[j + 1] in locale.yesno_openers), default=0)
    if 0 < position < len(body) - 1 and body[position - 1] in locale.yesno_openers \
            and body[position + 1] in locale.person_pronouns | locale.dummy_subjects:
        start = position - 1  # "that can't be, wasn't it in paris?": a negative question of its own
    body, position = body[start:], position - start  # "..., but haven't they met before?": that question
    embedded = any(_at(body, i, locale.complementizers) for i in range(position))  # "is it true X isn't ..."
    if embedded or body[0] not in locale.yesno_openers:
        return Polarity.NEGATED  # "they haven't met before?"
    if strong and position >= len(body) - 2:
        return Polarity.PLAIN  # "has it met in person, never virtually?": the same claim, said again
    if strong and position <= 2:
        return Polarity.NEGATED  # "has nobody promised troops?", "have they never met in ukraine?"
    if position == 1 or (position == 2 and body[1] in locale.dummy_subjects):
        return Polarity.PLAIN  # "isn't it on friday?", "is it not the case that ...": expects Yes
    return Polarity.UNCLEAR  # "is the meeting not on friday?"


def turned(result: Result, how: Polarity, index: MatchIndex) -> Result:
    """`result` for a question of polarity `how`: verdicts turned round, or dropped when unclear."""
    if how is Polarity.PLAIN or not any(p.verdict for p in result.parts):
        return result
    return replace(result, parts=tuple(_turned(p, how, index) for p in result.parts))


def _turned(part: Part, how: Polarity, index: MatchIndex) -> Part:
    if not part.verdict or part.kind is not Kind.ANSWER or part.fact is None:
        return part
    answer = index.answer(part.fact)
    if how is Polarity.UNCLEAR:
        return replace(part, text=answer, verdict="")
    said = "no" if part.verdict == "yes" else "yes"
    return replace(part, text=index.locale.text(f"{said}_negated", answer=answer), verdict=said)
