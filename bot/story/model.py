"""What a fact file says, as data: the story, its facts and their translations (no match data:
that is `bot.story.index`)."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from pathlib import Path

from ..limits import TELEGRAM_MESSAGE
from .meaning import MEANING_KEYS, Asserts
from .yaml_reader import Problem

DEFAULT_PATH = Path(__file__).resolve().parent.parent.parent / "facts.yaml"  # the repo root copy
MAX_ANSWER = TELEGRAM_MESSAGE  # an answer is sent as one message
ID_PATTERN = re.compile(r"^[a-z0-9-]{1,32}$")
STORY_KEYS = {"title": True, "outlet": True, "author": True, "published": True, "text": True,
              "url": False, "published_text": False}
FACT_KEYS = {"id": True, "questions": True, "answer": True, "source": True,
             "related": False, "gap": False, **MEANING_KEYS}
TOP_KEYS = {"story": True, "aliases": False, "languages": False, "facts": True}
TRANSLATION_KEYS = {"questions": True, "answer": True}  # plus questions_XX: a kindred language's phrasings
LOCAL_STORY_KEYS = {"title": False, "author": False, "published_text": False, "aliases": False, "subjects": False}
LANGUAGE_CODE = re.compile(r"^[a-z]{2}$")
_KIN_KEY = re.compile(r"^questions_([a-z]{2})$")
MAX_FILE_BYTES = 2_000_000  # a fact file is one story and its facts; far bigger is the wrong file
MAX_STORY_CHARS = 100_000  # one news story; the longest features run to ~60,000 characters


@dataclass(frozen=True)
class Story:
    title: str
    outlet: str
    author: str
    published: str  # ISO date
    text: str
    url: str = ""
    published_text: str = ""

    @property
    def published_human(self) -> str:
        """'April 1, 2025': absolute and unambiguous for every reader."""
        day = dt.date.fromisoformat(self.published)
        return f"{day:%B} {day.day}, {day.year}"


@dataclass(frozen=True)
class Translation:
    """A fact in another language than the story's: its questions and answer there.

    `kin` holds phrasings in kindred languages ("ru" under "uk"): read by this language's index
    and answered in this language."""

    lang: str
    questions: tuple[str, ...]
    answer: str
    kin: tuple[tuple[str, tuple[str, ...]], ...] = ()
    line: int = 0  # where the block starts in the fact file
    answer_line: int = 0

    @property
    def phrasings(self) -> tuple[str, ...]:
        """Every phrasing this language's index reads: its own first, then the kindred ones."""
        return self.questions + tuple(q for _, questions in self.kin for q in questions)


@dataclass(frozen=True)
class LocalStory:
    """The story block in another language: the title and author as readers there know them, the
    names they spell (aliases), and how the facts' subjects are named there."""

    lang: str
    title: str = ""
    author: str = ""
    published_text: str = ""
    aliases: dict = field(default_factory=dict)  # canonical word -> spellings in this language
    subjects: dict = field(default_factory=dict)  # subject (as facts.yaml names it) -> its name here


@dataclass(frozen=True)
class Fact:
    id: str
    questions: tuple[str, ...]
    answer: str
    source: str
    related: tuple[str, ...] = ()
    gap: bool = False
    line: int = 0
    translations: tuple[Translation, ...] = ()
    subject: str = ""  # what the fact is about ("the Paris summit"), shared by the facts about it
    types: tuple[str, ...] = ()  # the kinds of question it answers; empty: derived from its questions
    asserts: Asserts = Asserts()  # checkable claims, for yes/no questions

    @property
    def title(self) -> str:
        """The canonical question, shown on buttons and in lists."""
        return self.questions[0]

    def translation(self, lang: str) -> Translation | None:
        return next((t for t in self.translations if t.lang == lang), None)


@dataclass
class FactBook:
    """What the fact file says, validated; nothing derived."""

    story: Story
    facts: tuple[Fact, ...]
    aliases: dict[str, list[str]] = field(default_factory=dict)  # canonical word -> spellings (story language)
    path: str = ""
    language: str = "en"  # the language the story, questions and answers are written in
    by_id: dict[str, Fact] = field(default_factory=dict)
    local: dict[str, LocalStory] = field(default_factory=dict)  # other languages' story blocks, by code
    warnings: tuple[Problem, ...] = ()  # what `check` shows without refusing the file

    def __post_init__(self) -> None:
        self.by_id = {f.id: f for f in self.facts}

    def languages(self) -> tuple[str, ...]:
        """Other languages the facts are translated into, in order of first appearance."""
        found = [t.lang for f in self.facts for t in f.translations] + list(self.local)
        return tuple(code for code in dict.fromkeys(found) if code != self.language)

    def aliases_for(self, lang: str) -> dict[str, list[str]]:
        if lang == self.language:
            return self.aliases
        local = self.local.get(lang)
        if not local:
            return {}
        merged = {canonical: list(spellings) for canonical, spellings in self.aliases.items()}  # Latin names too
        for canonical, spellings in local.aliases.items():
            merged[canonical] = merged.get(canonical, []) + list(spellings)
        return merged

    def story_text_for(self, lang: str) -> str:
        """The story's text in `lang`; in a translated language (the article is not), the local title
        and the facts' answers there stand in for it."""
        if lang == self.language:
            return self.story.text
        local = self.local.get(lang)
        answers = [t.answer for f in self.facts for t in f.translations if t.lang == lang]
        return "\n\n".join(([local.title] if local and local.title else []) + answers)

    def subject_in(self, subject: str, lang: str) -> str:
        """How `subject` is named in `lang` (its own name when the file gives none)."""
        local = self.local.get(lang)
        return (local.subjects.get(subject) if local else None) or subject

    def title_in(self, fact: Fact, lang: str) -> str:
        """The fact's canonical question in `lang`, else in the story's language."""
        local = fact.translation(lang) if lang != self.language else None
        return local.questions[0] if local and local.questions else fact.title

    def answer_in(self, fact: Fact, lang: str) -> str:
        local = fact.translation(lang) if lang != self.language else None
        return local.answer if local and local.answer else fact.answer


def _normalise_quote(text: str) -> str:
    """Compare quotes with curly/straight quotes and whitespace folded."""
    table = str.maketrans({"“": '"', "”": '"', "„": '"', "‘": "'", "’": "'", "«": '"', "»": '"'})
    return " ".join(text.translate(table).split())
