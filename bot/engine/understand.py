"""Reading a message: its language, whether it is small talk, and its words, each way they can be read."""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field

from ..story.bundle import StoryBundle
from ..story.index import MatchIndex
from .normalize import fold, words

MAX_QUESTION = 4096  # Telegram's own message limit; anything longer is cut
MAX_READINGS = 4  # readings of one message tried when corrections are ambiguous


@dataclass(frozen=True)
class Reading:
    """How a message was read."""

    text: str  # the message, cut to MAX_QUESTION
    lang: str
    index: MatchIndex
    small_talk: str = ""  # the kind, when the whole message is small talk
    folded: list[str] = field(default_factory=list)  # folded words, before spelling
    corrections: tuple[tuple[str, tuple[str, ...]], ...] = ()  # word -> its corrections
    readings: tuple[tuple[str, ...], ...] = ((),)  # content tokens of each reading, the likeliest first

    @property
    def tokens(self) -> list[str]:
        return list(self.readings[0])


def small_talk(text: str, index: MatchIndex) -> str:
    chat = fold(text[:100])
    for kind, phrases in index.locale.small_talk.items():
        if chat in phrases:
            return kind
    return ""


def read(question: str, bundle: StoryBundle) -> Reading:
    """Fold, spell-check and tokenise a message in its own language."""
    text = question[:MAX_QUESTION]
    lang = bundle.language_of(text)
    index = bundle.indexes[lang]
    kind = small_talk(text, index)
    if kind:
        return Reading(text, lang, index, small_talk=kind)
    folded = words(text, index.locale)
    choices = [index.speller.fix(w) for w in folded]
    corrections = tuple((w, c) for w, c in zip(folded, choices) if c != (w,))
    combos = itertools.islice(itertools.product(*choices), MAX_READINGS)
    found = tuple(tuple(index.vocabulary.content(index.aliases.apply(list(c)))) for c in combos)
    return Reading(text, lang, index, folded=folded, corrections=corrections, readings=found or ((),))


def tokens(text: str, index: MatchIndex) -> list[str]:
    """A text's content tokens without spelling correction (a fact's own title, say)."""
    return index.content(text)
