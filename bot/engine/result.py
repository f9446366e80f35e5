"""What the engine decided about one message, in a shape every front end can render."""

from __future__ import annotations

import enum
from dataclasses import dataclass

from ..factbook import Fact


class Kind(enum.Enum):
    ANSWER = "answer"  # confident answer(s) from the story
    DECLINE = "decline"  # the story does not say: a gap fact's honest text
    SUGGEST = "suggest"  # "did you mean": `suggestions` holds the candidates
    FALLBACK = "fallback"  # nothing matched; off-topic
    SMALL_TALK = "small_talk"  # greeting / thanks / bye: `small_talk` says which
    OTHER_LANGUAGE = "other_language"  # a language the bot does not speak


@dataclass(frozen=True)
class Part:
    """One answered (or declined) part of a message; a message has one to three."""

    fact: Fact | None
    text: str
    kind: Kind


@dataclass(frozen=True)
class Result:
    kind: Kind
    parts: tuple[Part, ...] = ()
    suggestions: tuple[Fact, ...] = ()
    score: float = 0.0
    small_talk: str = ""
    followup: bool = False  # read against the previous answer
    lang: str = "en"
    nearest: Fact | None = None  # the best-scoring fact even when not answered, for the curator

    @property
    def answered(self) -> bool:
        return self.kind is Kind.ANSWER

    @property
    def fact(self) -> Fact | None:
        """The last part's fact: what a follow-up leans on."""
        return self.parts[-1].fact if self.parts else None

    @property
    def text(self) -> str:
        return "\n\n".join(p.text for p in self.parts)
