"""Follow-ups asking who said it ("who said so?", "says who?", "звідки відомо?"): who the story
credits the last answer's claim to.

The last answer names its speaker when it quotes one; otherwise the story's sentence it comes from
credits someone, and the fact answering who said that sentence is the answer.  With neither (a claim
the story makes in its own voice) this rule does not answer, and the question is read as usual.
"""

from __future__ import annotations

from functools import lru_cache

from ..story.factbook import Fact
from ..story.index import MatchIndex
from .result import Kind, Part, Result
from .understand import Query, after_opener

_QUOTES = frozenset('"“”«»„')


def asks_source(query: Query, index: MatchIndex) -> bool:
    """The whole question, less its opener ("ok and") and chat noise, is one of the locale's ways to
    ask who said it."""
    locale = index.locale
    return " ".join(w for w in after_opener(query, locale) if w not in locale.fillers) in locale.source_questions


@lru_cache(maxsize=16)
def saying_tokens(index: MatchIndex) -> frozenset[str]:
    """The word "say" as the language's questions are read (from its plain "who said it")."""
    return frozenset(t for t in index.content(index.locale.source_question) if t not in index.vocabulary.question)


def _same_sentence(one: Fact, other: Fact) -> bool:
    return bool(one.source and other.source) and (one.source in other.source or other.source in one.source)


def attributed(query: Query, index: MatchIndex, previous: Fact, trace: list[str]) -> Result | None:
    """The fact telling who said `previous`'s claim, when `query` asks exactly that; else None."""
    if not asks_source(query, index):
        return None
    if _QUOTES & set(index.answer(previous)):
        trace.append(f"asks who said it: {previous.id} quotes its speaker")
        return Result.of_fact(previous, index.answer(previous), followup=True, lang=index.locale.code)
    saying = saying_tokens(index)
    crediting = [f for i, f in enumerate(index.facts)
                 if not f.gap and "who" in index.declared[i] and _same_sentence(f, previous)
                 and all(t in index.asked[i] for t in saying)]
    if not crediting:
        trace.append(f"asks who said it: the story states {previous.id}'s claim itself, crediting no one")
        return _own_voice(index, previous)
    if len(crediting) > 1:
        return None
    fact = crediting[0]
    trace.append(f"asks who said it: {fact.id} tells who said the sentence {previous.id} comes from")
    return Result.of_fact(fact, index.answer(fact), followup=True, lang=index.locale.code)


def _own_voice(index: MatchIndex, previous: Fact) -> Result:
    """"who said so?" of a claim the story makes itself: it says so, and offers what the last answer
    relates to."""
    lang = index.locale.code
    text = index.locale.text("own_voice", subject=index.book.subject_in(previous.subject, lang))
    offers = tuple(f for f in (index.book.by_id.get(r) for r in previous.related) if f is not None and not f.gap)
    return Result(Kind.DECLINE, (Part(None, text, Kind.DECLINE),), suggestions=offers[:3], followup=True, lang=lang)
