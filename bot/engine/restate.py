"""Follow-ups about the last answer itself: "are you sure?", "tell me more", "which one?".

Both get the last answer again, honestly framed: the story says so; or, asked for more, that this is
all the story says about it, with what it relates to on buttons.  Read on the whole message, before
small talk ("are you sure?" is not a question about the bot) and before any other reading.
"""

from __future__ import annotations

from functools import lru_cache

from ..story.factbook import Fact
from ..story.index import MatchIndex
from .normalize import words
from .result import Kind, Part, Result
from .understand import without_opener

MAX_PHRASE = 60  # characters: longer than any "are you sure?" or "tell me more"


def _phrase(text: str, index: MatchIndex) -> str:
    """The message's words, folded, less its chat noise and follow-up opener."""
    locale = index.locale
    return " ".join(without_opener(tuple(w for w in words(text, locale) if w not in locale.fillers), locale))


@lru_cache(maxsize=16)
def _phrases(index: MatchIndex) -> tuple[frozenset[str], ...]:
    """The locale's "are you sure?", "tell me more", "which one?" and "why don't you know?" phrases, read
    the way messages are."""
    locale = index.locale
    return tuple(frozenset(_phrase(p, index) for p in phrases) - {""} for phrases in (
        locale.sure_questions, locale.more_questions, locale.which_questions, locale.why_not_questions))


def restated(text: str, index: MatchIndex, previous: Fact | None, trace: list[str]) -> Result | None:
    """The last answer again when the whole message asks whether it is sure, or for more of it; else None."""
    if previous is None or len(text) > MAX_PHRASE:
        return None  # every phrase is short: a long message is never one
    locale = index.locale
    phrase = _phrase(text, index)
    sure, more, which, why_not = _phrases(index)
    key = "restate_why_not" if phrase in why_not else "" if previous.gap else "restate_sure" if phrase in sure \
        else "restate_more" if phrase in more else "restate_which" if phrase in which else ""
    if not phrase or not key:
        return None  # a gap (what the story does not say) is restated only when asked why it is not said
    trace.append(f"asks {key.removeprefix('restate_')} of the last answer: {previous.id} again")
    lang = locale.code
    text = locale.text(key, answer=index.answer(previous), subject=index.book.subject_in(previous.subject, lang))
    offers = tuple(f for f in (index.book.by_id.get(r) for r in previous.related) if f is not None and not f.gap)
    kind = Kind.DECLINE if previous.gap else Kind.ANSWER
    return Result(kind, (Part(previous, text, kind),), suggestions=offers[:3] if key == "restate_more" else (),
                  followup=True, lang=lang)
