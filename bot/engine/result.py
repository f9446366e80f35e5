"""What the engine returns: a Result of 1..3 Parts, each a fact's answer or an honest decline."""

from __future__ import annotations

import enum
from dataclasses import dataclass

from ..story.factbook import Fact


class Kind(str, enum.Enum):
    """What kind of reply a message gets.  A str enum: `Kind.ANSWER == "answer"`, and it prints as its value."""

    ANSWER = "answer"  # confident answer(s) from the story
    DECLINE = "decline"  # the story does not say (a gap fact's honest text, or a yes/no the story is silent on)
    SUGGEST = "suggest"  # "did you mean": suggestions hold the candidate facts
    FALLBACK = "fallback"  # nothing matched; off-topic
    SMALL_TALK = "small_talk"  # greeting / thanks / bye / about-the-bot; `small_talk` says which
    OTHER_LANGUAGE = "other_language"  # neither English nor Ukrainian

    def __str__(self) -> str:
        return self.value


@dataclass(frozen=True)
class Part:
    """One answered (or declined) part of a message; a message has 1..3 parts."""

    fact: Fact | None
    text: str  # the reply text for this part, in the result's language (incl. "Yes. ..."/"No. ...")
    kind: Kind  # ANSWER or DECLINE
    verdict: str = ""  # "yes" / "no" when the part answers a yes/no question


@dataclass(frozen=True)
class Result:
    kind: Kind
    parts: tuple[Part, ...] = ()
    suggestions: tuple[Fact, ...] = ()
    score: float = 0.0
    small_talk: str = ""  # "greeting" | "thanks" | "bye" | "about" ...
    followup: bool = False  # read against the previous fact
    lang: str = "en"  # language of the question
    nearest: Fact | None = None  # the best-scoring fact even when not confident, for the curator's report
    about: Fact | None = None  # a decline about a subject ("nothing about the U.S.'s view"): its fact, for what
    # a follow-up leans on ("well, what are they doing then?"); shown nowhere

    @property
    def leans_on(self) -> Fact | None:
        """The fact the next question is read against: the last part's, else the subject declined about."""
        return self.fact or self.about

    @property
    def answered(self) -> bool:
        return self.kind is Kind.ANSWER

    @property
    def fact(self) -> Fact | None:
        """The last part's fact (the one a follow-up leans on)."""
        return self.parts[-1].fact if self.parts else None

    @property
    def text(self) -> str:
        return "\n\n".join(p.text for p in self.parts)

    @classmethod
    def of_parts(cls, parts: tuple[Part, ...], score: float = 100.0, lang: str = "en",
                 followup: bool = False) -> Result:
        """ANSWER when any part answers, else DECLINE."""
        kind = Kind.ANSWER if any(p.kind is Kind.ANSWER for p in parts) else Kind.DECLINE
        return cls(kind, parts, score=score, lang=lang, followup=followup)

    @classmethod
    def of_fact(cls, fact: Fact, text: str | None = None, score: float = 100.0, lang: str = "en",
                followup: bool = False) -> Result:
        """A fact's own reply: its answer, or, for a gap, its honest decline."""
        kind = Kind.DECLINE if fact.gap else Kind.ANSWER
        part = Part(fact, fact.answer if text is None else text, kind)
        return cls(kind, (part,), score=score, lang=lang, followup=followup)
