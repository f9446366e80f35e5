"""The fact file: loading and validation with line numbers.  The fact book holds only what
facts.yaml says; the match data derived from it lives in `bot.story.index`.

A broken fact file must never start a half-working bot, so `load` collects every
problem it can find and raises them together.
"""

from __future__ import annotations

import datetime as dt
import os
import re
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from ..engine.normalize import fold
from .meaning import MEANING_KEYS, Asserts, read_meaning

DEFAULT_PATH = Path(__file__).resolve().parent.parent.parent / "facts.yaml"  # the repo root copy
MAX_ANSWER = 4096
ID_PATTERN = re.compile(r"^[a-z0-9-]{1,32}$")
STORY_KEYS = {"title": True, "outlet": True, "author": True, "published": True, "text": True,
              "url": False, "published_text": False}
FACT_KEYS = {"id": True, "questions": True, "answer": True, "source": True,
             "related": False, "gap": False, **MEANING_KEYS}
TOP_KEYS = {"story": True, "aliases": False, "facts": True}
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml is ~10x faster at start-up


@dataclass(frozen=True)
class Problem:
    """One thing wrong with the fact file, printed as `path:line: message`."""

    path: str
    line: int
    message: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.message}"


class FactFileError(Exception):
    """The fact file cannot be used; `problems` lists every reason."""

    def __init__(self, problems: list[Problem]):
        self.problems = problems
        super().__init__("\n".join(str(p) for p in problems))


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
    """A fact in another language than the story's: its questions and answer there."""

    lang: str
    questions: tuple[str, ...]
    answer: str


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

    def __post_init__(self) -> None:
        self.by_id = {f.id: f for f in self.facts}

    def languages(self) -> tuple[str, ...]:
        """Other languages the facts are translated into, in order of first appearance."""
        return tuple(dict.fromkeys(t.lang for f in self.facts for t in f.translations if t.lang != self.language))

    def aliases_for(self, lang: str) -> dict[str, list[str]]:
        return self.aliases if lang == self.language else {}

    def story_text_for(self, lang: str) -> str:
        return self.story.text if lang == self.language else ""


def _normalise_quote(text: str) -> str:
    """Compare quotes with curly/straight quotes and whitespace folded."""
    table = str.maketrans({"“": '"', "”": '"', "„": '"', "‘": "'", "’": "'", "«": '"', "»": '"'})
    return " ".join(text.translate(table).split())


class _Reader:
    """Walks the composed YAML tree so every problem can name its line."""

    def __init__(self, path: str):
        self.path = path
        self.problems: list[Problem] = []
        self._constructor = yaml.SafeLoader("")

    def problem(self, node: yaml.Node | None, message: str) -> None:
        line = node.start_mark.line + 1 if node is not None else 1
        self.problems.append(Problem(self.path, line, message))

    def value(self, node: yaml.Node):
        return self._constructor.construct_object(node, deep=True)

    def mapping(self, node: yaml.Node, spec: dict[str, bool], what: str) -> dict[str, yaml.Node]:
        if not isinstance(node, yaml.MappingNode):
            self.problem(node, f"{what} must be a mapping of keys to values")
            return {}
        out: dict[str, yaml.Node] = {}
        for key_node, value_node in node.value:
            key = str(key_node.value)
            if key not in spec:
                allowed = ", ".join(spec)
                self.problem(key_node, f"unknown key '{key}' in {what}; allowed keys: {allowed}")
            elif key in out:
                self.problem(key_node, f"key '{key}' appears twice in {what}; keep one")
            else:
                out[key] = value_node
        for key, required in spec.items():
            if required and key not in out:
                self.problem(node, f"{what} is missing the required key '{key}'")
        return out

    def text(self, node: yaml.Node | None, what: str, *, optional: bool = False) -> str:
        if node is None:
            return ""
        value = self.value(node) if isinstance(node, yaml.ScalarNode) else None
        if isinstance(value, dt.date):
            return value.isoformat()
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            return str(value)
        if not isinstance(value, str) or (not value.strip() and not optional):
            self.problem(node, f"{what} must be non-empty text")
            return ""
        return value.strip()

    def text_list(self, node: yaml.Node | None, what: str) -> list[tuple[str, yaml.Node]]:
        if node is None:
            return []
        if not isinstance(node, yaml.SequenceNode):
            self.problem(node, f"{what} must be a list, e.g. [a, b]")
            return []
        out = []
        for item in node.value:
            text = self.text(item, f"each entry of {what}")
            if text:
                out.append((text, item))
        return out


def default_path() -> Path:
    """$FACTS_PATH, else the repo's facts.yaml beside the package, else ./facts.yaml (PaaS checkouts)."""
    configured = os.environ.get("FACTS_PATH", "").strip()
    if configured:
        return Path(configured)
    return DEFAULT_PATH if DEFAULT_PATH.exists() else Path.cwd() / "facts.yaml"


def load(path: str | Path | None = None) -> FactBook:
    """Read and validate a fact file; raise FactFileError listing every problem."""
    path = Path(path) if path else default_path()
    shown = str(path)
    try:
        raw = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise FactFileError([Problem(shown, 1, "file not found; pass --facts PATH or create it")])
    except (OSError, UnicodeDecodeError) as exc:
        raise FactFileError([Problem(shown, 1, f"cannot read the file ({exc}); it must be UTF-8 text")])
    return parse(raw, shown)


def parse(raw: str, shown: str = "facts.yaml") -> FactBook:
    """Validate fact-file text; raise FactFileError listing every problem."""
    reader = _Reader(shown)
    try:
        root = yaml.compose(raw, Loader=_LOADER)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 1 if mark else 1
        what = getattr(exc, "problem", None) or str(exc)
        raise FactFileError([Problem(shown, line, f"YAML syntax error: {what}; check indentation and quotes")])
    if root is None:
        raise FactFileError([Problem(shown, 1, "the file is empty; it needs 'story:' and 'facts:'")])
    top = reader.mapping(root, TOP_KEYS, "the top level")
    story = _read_story(reader, top.get("story"))
    aliases = _read_aliases(reader, top.get("aliases"))
    facts = _read_facts(reader, top.get("facts"), story)
    if reader.problems:
        raise FactFileError(reader.problems)
    return FactBook(story=story, facts=tuple(facts), aliases=aliases, path=shown)


def _read_story(reader: _Reader, node: yaml.Node | None) -> Story:
    if node is None:
        return Story("", "", "", "2000-01-01", "")
    fields = reader.mapping(node, STORY_KEYS, "story")
    values = {k: reader.text(fields.get(k), f"story.{k}", optional=not STORY_KEYS[k]) for k in STORY_KEYS}
    try:
        dt.date.fromisoformat(values["published"])
    except ValueError:
        if "published" in fields:
            reader.problem(fields["published"], "story.published must be a date like 2025-04-01")
        values["published"] = "2000-01-01"
    return Story(**values)


def _read_aliases(reader: _Reader, node: yaml.Node | None) -> dict[str, list[str]]:
    if node is None:
        return {}
    if not isinstance(node, yaml.MappingNode):
        reader.problem(node, "aliases must map a word to a list of spellings, e.g. uk: [u.k., britain]")
        return {}
    out: dict[str, list[str]] = {}
    seen: dict[str, str] = {}
    for key_node, value_node in node.value:
        canonical = reader.text(key_node, "an alias name")
        variants = [text for text, _ in reader.text_list(value_node, f"aliases.{canonical}")]
        for variant in [canonical, *variants]:
            folded = fold(variant)
            if folded in seen and seen[folded] != canonical:
                reader.problem(value_node, f"'{variant}' is an alias of both '{seen[folded]}' and "
                                           f"'{canonical}'; keep it under one")
            seen.setdefault(folded, canonical)
        out[canonical] = variants
    return out


def _read_facts(reader: _Reader, node: yaml.Node | None, story: Story) -> list[Fact]:
    if node is None:
        return []
    if not isinstance(node, yaml.SequenceNode) or not node.value:
        reader.problem(node, "facts must be a non-empty list of facts, each starting with '- id:'")
        return []
    story_text = _normalise_quote(story.text)
    facts: list[Fact] = []
    first_line: dict[str, int] = {}
    question_owner: dict[str, str] = {}
    related_refs: list[tuple[str, str, yaml.Node]] = []
    for item in node.value:
        fields = reader.mapping(item, FACT_KEYS, "a fact")
        fact_id = reader.text(fields.get("id"), "id") if "id" in fields else ""
        label = f"fact '{fact_id}'" if fact_id else "a fact"
        if fact_id and not ID_PATTERN.match(fact_id):
            reader.problem(fields["id"], f"id '{fact_id}' must be 1-32 characters of a-z, 0-9 and '-'")
        if fact_id in first_line:
            reader.problem(fields["id"], f"duplicate id '{fact_id}' (first used on line "
                                         f"{first_line[fact_id]}); give each fact its own id")
        elif fact_id:
            first_line[fact_id] = item.start_mark.line + 1
        questions = reader.text_list(fields.get("questions"), f"questions of {label}")
        if "questions" in fields and not questions:
            reader.problem(fields["questions"], f"{label} needs at least one question")
        for question, qnode in questions:
            key = fold(question)
            if not key:
                reader.problem(qnode, f"question '{question}' has no words left after normalising")
            elif key in question_owner:
                other = question_owner[key]
                where = "twice in this fact" if other == fact_id else f"also under fact '{other}'"
                reader.problem(qnode, f"question '{question}' is listed {where}; keep it in one place")
            else:
                question_owner[key] = fact_id
        answer = reader.text(fields.get("answer"), f"answer of {label}") if "answer" in fields else ""
        if len(answer) > MAX_ANSWER:
            reader.problem(fields["answer"], f"answer of {label} is {len(answer)} characters; "
                                             f"Telegram allows {MAX_ANSWER}, shorten it")
        source = reader.text(fields.get("source"), f"source of {label}") if "source" in fields else ""
        if source and _normalise_quote(source) not in story_text:
            reader.problem(fields["source"], f"source of {label} is not a verbatim quote of story.text; "
                                             "copy the sentence from the story exactly")
        related = reader.text_list(fields.get("related"), f"related of {label}")
        related_refs.extend((fact_id, rid, rnode) for rid, rnode in related)
        gap = False
        if "gap" in fields:
            gap = reader.value(fields["gap"])
            if not isinstance(gap, bool):
                reader.problem(fields["gap"], f"gap of {label} must be true or false")
                gap = False
        facts.append(Fact(id=fact_id, questions=tuple(q for q, _ in questions), answer=answer,
                          source=source, related=tuple(r for r, _ in related), gap=gap,
                          line=item.start_mark.line + 1, **read_meaning(reader, fields, label)))
    for owner, rid, rnode in related_refs:
        if rid not in first_line:
            reader.problem(rnode, f"related id '{rid}' of fact '{owner}' does not exist; "
                                  "use the id of another fact")
        elif rid == owner:
            reader.problem(rnode, f"fact '{owner}' lists itself as related; remove it")
    return facts
