"""The responder: (message, story bundle) -> Result: answer, honest decline, suggestion or fallback.

Pure and Telegram-free, so it can be tested, evaluated and benchmarked on its own.
A confident wrong answer is the worst outcome, so an answer needs a high score, a
clear lead over the runner-up, and a question whose words the fact actually knows.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..story.bundle import StoryBundle
from ..story.index import MatchIndex
from .normalize import fold
from .result import Kind, Result
from .understand import Reading, read, tokens


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


DEFAULT = Thresholds()


def _fact_result(index: MatchIndex, fact_index: int, score: float, lang: str) -> Result:
    """A confident match: the fact's answer, or for a gap fact its honest decline."""
    return Result.of_fact(index.facts[fact_index], score=score, lang=lang)


def _literal(reading: Reading, th: Thresholds) -> Result:
    """Questions of function words only ("what happened?") can only match a phrasing literally."""
    match = reading.index.literal_match(fold(reading.text[:200]), th.literal)
    if match is None:
        return Result(Kind.FALLBACK, lang=reading.lang)
    return _fact_result(reading.index, match[0], match[1], reading.lang)


def _decide(tokens: list[str], index: MatchIndex, th: Thresholds, lang: str) -> Result:
    ranked = index.rank(tokens, th) if tokens else []
    if not ranked:
        return Result(Kind.FALLBACK, lang=lang)
    top = ranked[0]
    runner_up = ranked[1].score if len(ranked) > 1 else 0.0
    unknown = [w for w in tokens if w not in index.all_words]
    asked = index.asked[top.fact_index]
    unknown += [w for w in tokens if w in index.names and w not in asked]  # "France" asked of a UK fact
    vague = len(set(tokens)) == 1 and index.weight.get(tokens[0], 0.0) < th.vague_weight and top.score < 100
    if top.score >= th.answer and top.score - runner_up >= th.margin and not unknown and not vague:
        return _fact_result(index, top.fact_index, top.score, lang)
    floor = th.answer if unknown else th.suggest  # "capital of France?" gets no far-fetched "did you mean"
    close = tuple(index.facts[s.fact_index] for s in ranked[:3] if s.score >= floor)
    nearest = index.facts[top.fact_index]
    if close:
        return Result(Kind.SUGGEST, suggestions=close, score=top.score, lang=lang, nearest=nearest)
    return Result(Kind.FALLBACK, score=top.score, lang=lang, nearest=nearest)


def _confident(result: Result) -> bool:
    return result.kind in (Kind.ANSWER, Kind.DECLINE) and result.fact is not None


def _decide_readings(reading: Reading, th: Thresholds) -> Result:
    """Decide each reading; readings that confidently name different facts become "did you mean"."""
    results = [_decide(list(tokens), reading.index, th, reading.lang) for tokens in reading.readings]
    sure = [r for r in results if _confident(r)]
    facts = list(dict.fromkeys(r.fact.id for r in sure))
    if len(facts) > 1:
        close = tuple(reading.index.book.by_id[f] for f in facts[:3])
        return Result(Kind.SUGGEST, suggestions=close, score=max(r.score for r in sure), lang=reading.lang)
    return sure[0] if sure else results[0]


def respond(question: str, bundle: StoryBundle, previous: str | None = None,
            thresholds: Thresholds = DEFAULT) -> Result:
    """Answer `question` from `bundle`; `previous` is the fact id last answered in this chat."""
    reading = read(question, bundle)
    if reading.small_talk:
        return Result(Kind.SMALL_TALK, small_talk=reading.small_talk, lang=reading.lang)
    words = reading.tokens
    result = _decide_readings(reading, thresholds) if words else _literal(reading, thresholds)
    index = reading.index
    if result.answered or previous not in index.book.by_id or not 0 < len(words) <= thresholds.followup_words:
        return result
    context = tokens(index.book.by_id[previous].title, index)
    extended = words + [w for w in context if w not in words]
    followup = _decide(extended, index, thresholds, reading.lang)
    if followup.answered and followup.fact and followup.fact.id != previous:
        return Result(followup.kind, followup.parts, score=followup.score, followup=True, lang=reading.lang)
    return result
