"""The fact file: loading and validation with line numbers.  The fact book holds only what
facts.yaml says; the match data derived from it lives in `bot.story.index`.

A broken fact file must never start a half-working bot, so `load` collects every
problem it can find and raises them together.
"""

from __future__ import annotations

import datetime as dt
import gc
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from ..engine.normalize import fold
from .meaning import read_meaning

from .languages import _check_languages, claim_question, _language_keys, _read_languages, _read_translation, read_aliases
from .model import (DEFAULT_PATH, FACT_KEYS, ID_PATTERN, MAX_ANSWER, MAX_FILE_BYTES, MAX_STORY_CHARS,  # noqa: F401
                    STORY_KEYS, TOP_KEYS, Fact, FactBook, LocalStory, Story, Translation)  # re-exported
from .model import _KIN_KEY, _normalise_quote  # noqa: F401
from .yaml_reader import (_LOADER, _REFUSED, MAX_FIELD_CHARS, FactFileError, Problem, Reader,  # noqa: F401
                          _refuse_deep_nesting, _short, _syntax_problem, compose)

@contextmanager
def building():
    """No cyclic garbage collection while a fact book or its index is built: building only adds live
    objects (tens of thousands), and each automatic collection on the way walks them all again for
    nothing (3 ms of a 0.15 s cold `ask`).  Collection is put off, not skipped: the previous setting
    comes back afterwards, also when building fails."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


def load(path: str | Path = DEFAULT_PATH, *, figures: bool = True) -> FactBook:
    """Read and validate a fact file; raise FactFileError listing every problem.

    `figures=False` skips checking that each translation states the same numbers and dates as the
    story's own answer (and weekdays that fit their dates): `check` and every server or chat start make
    that check; a one-off `ask` reads the file as written and starts faster."""
    path = Path(path)
    return from_bytes(read_bytes(path), str(path), figures=figures)


def read_bytes(path: Path) -> bytes:
    """The fact file's bytes, at most MAX_FILE_BYTES of them; FactFileError if it cannot be read."""
    shown = str(path)
    try:
        with path.open("rb") as handle:
            data = handle.read(MAX_FILE_BYTES + 1)  # never more: a huge file is refused unread
    except FileNotFoundError:
        raise FactFileError([Problem(shown, 1, "file not found; pass --facts PATH or create it")])
    except OSError as exc:
        raise FactFileError([Problem(shown, 1, f"cannot read the file ({exc}); it must be UTF-8 text")])
    if len(data) > MAX_FILE_BYTES:
        raise FactFileError([_too_big(shown, max(path.stat().st_size, len(data)), "bytes")])
    return data


def from_bytes(data: bytes, shown: str, *, figures: bool = True) -> FactBook:
    """Validate a fact file's bytes (see `load`)."""
    try:
        raw = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise FactFileError([Problem(shown, 1, f"cannot read the file ({exc}); it must be UTF-8 text")])
    with building():
        return parse(raw, shown, figures=figures)


def _too_big(shown: str, size: int, unit: str) -> Problem:
    more = "more than " if unit == "bytes" and size == MAX_FILE_BYTES + 1 else ""
    return Problem(shown, 1, f"the file is {more}{size:,} {unit}; a fact file may be at most {MAX_FILE_BYTES:,} "
                             "bytes (2 MB): one story and its facts. Is this the right file?")


def parse(raw: str, shown: str = "facts.yaml", *, figures: bool = True) -> FactBook:
    """Validate fact-file text; raise FactFileError listing every problem (see `load` for `figures`)."""
    if len(raw) > MAX_FILE_BYTES:  # checked before YAML reads a byte of it
        raise FactFileError([_too_big(shown, len(raw), "characters")])
    reader = Reader(shown, raw)
    try:
        root = compose(shown, raw)
    except yaml.YAMLError as exc:
        raise FactFileError([_syntax_problem(shown, raw, exc)])
    if root is None:
        raise FactFileError([Problem(shown, 1, "the file is empty; it needs 'story:' and 'facts:'")])
    reader.refuse_unsafe(root, raw)
    top = reader.mapping(root, TOP_KEYS, "the top level")
    story = _read_story(reader, top.get("story"))
    aliases = read_aliases(reader, top.get("aliases"))
    local = _read_languages(reader, top.get("languages"))
    answer_lines: dict[str, int] = {}
    facts = _read_facts(reader, top.get("facts"), story, answer_lines)
    warnings = _check_languages(reader, facts, local, story, answer_lines, figures) if not reader.problems else []
    if reader.problems:
        raise FactFileError(list(dict.fromkeys(reader.problems)))  # a value reached twice is reported once
    return FactBook(story=story, facts=tuple(facts), aliases=aliases, path=shown, local=local,
                    warnings=tuple(warnings))


def _read_story(reader: Reader, node: yaml.Node | None) -> Story:
    if node is None:
        return Story("", "", "", "2000-01-01", "")
    fields = reader.mapping(node, STORY_KEYS, "story")
    values = {k: reader.text(fields.get(k), f"story.{k}", optional=not STORY_KEYS[k]) for k in STORY_KEYS}
    if len(values["text"]) > MAX_STORY_CHARS:
        reader.problem(fields["text"], f"story.text is {len(values['text']):,} characters; a story may have at most "
                                       f"{MAX_STORY_CHARS:,}: paste one article's text, not more")
        values["text"] = ""  # sources are then not checked against it
    for key in STORY_KEYS:
        if key != "text" and len(values[key]) > MAX_FIELD_CHARS:
            reader.problem(fields[key], f"story.{key} is {len(values[key]):,} characters; at most {MAX_FIELD_CHARS:,}")
            values[key] = ""
    try:
        dt.date.fromisoformat(values["published"])
    except ValueError:
        if values["published"]:  # an unreadable date was reported already
            reader.problem(fields["published"], "story.published must be a date like 2025-04-01")
        values["published"] = "2000-01-01"
    return Story(**values)


def _read_facts(reader: Reader, node: yaml.Node | None, story: Story,
                answer_lines: dict[str, int] | None = None) -> list[Fact]:
    if node is None:
        return []
    if not isinstance(node, yaml.SequenceNode) or not node.value:
        reader.problem(node, "facts must be a non-empty list of facts, each starting with '- id:'")
        return []
    seen = _Seen(_normalise_quote(story.text), {} if answer_lines is None else answer_lines)
    facts = [_read_fact(reader, item, seen) for item in node.value]
    if seen.ids_sound:  # a duplicate, missing or malformed id may be the one a related id means: saying it
        _check_related(reader, seen)  # "does not exist" would then mislead
    return facts


@dataclass
class _Seen:
    """What reading the facts so far has found, for checks across facts."""

    story_text: str
    answer_lines: dict[str, int]
    first_line: dict[str, int] = field(default_factory=dict)  # fact id -> its line
    question_owner: dict[str, str] = field(default_factory=dict)  # folded question -> fact id
    related_refs: list[tuple[str, str, yaml.Node]] = field(default_factory=list)
    ids_sound: bool = True  # every fact has a valid id of its own


def _read_fact(reader: Reader, item: yaml.Node, seen: _Seen) -> Fact:
    codes = _language_keys(reader, item, FACT_KEYS)
    fields = reader.mapping(item, {**FACT_KEYS, **codes}, "a fact")
    fact_id = reader.text(fields.get("id"), "id") if "id" in fields else ""
    label = f"fact '{_short(fact_id)}'" if fact_id else "a fact"
    _check_id(reader, fields, item, fact_id, seen)
    questions = reader.text_list(fields.get("questions"), f"questions of {label}")
    if "questions" in fields and not questions:
        reader.problem(fields["questions"], f"{label} needs at least one question")
    _check_questions(reader, questions, label, fact_id, seen.question_owner)
    answer = reader.text(fields.get("answer"), f"answer of {label}") if "answer" in fields else ""
    if len(answer) > MAX_ANSWER:
        reader.problem(fields["answer"], f"answer of {label} is {len(answer)} characters; "
                                         f"Telegram allows {MAX_ANSWER}, shorten it")
    source = reader.text(fields.get("source"), f"source of {label}") if "source" in fields else ""
    if source and seen.story_text and _normalise_quote(source) not in seen.story_text:
        reader.problem(fields["source"], f"source of {label} is not a verbatim quote of story.text; "
                                         "copy the sentence from the story exactly")
    related = reader.text_list(fields.get("related"), f"related of {label}")
    seen.related_refs.extend((fact_id, rid, rnode) for rid, rnode in related)
    translations = tuple(_read_translation(reader, fields[code], code, label, fact_id, seen.question_owner)
                         for code in codes if code in fields)
    if "answer" in fields:
        seen.answer_lines[fact_id] = fields["answer"].start_mark.line + 1
    return Fact(id=fact_id, questions=tuple(q for q, _ in questions), answer=answer, source=source,
                related=tuple(r for r, _ in related), gap=_read_gap(reader, fields, label),
                line=item.start_mark.line + 1, translations=translations, **read_meaning(reader, fields, label))


def _check_id(reader: Reader, fields: dict, item: yaml.Node, fact_id: str, seen: _Seen) -> None:
    seen.ids_sound = seen.ids_sound and bool(fact_id and ID_PATTERN.match(fact_id))
    if fact_id and not ID_PATTERN.match(fact_id):
        reader.problem(fields["id"], f"id '{_short(fact_id)}' must be 1-32 characters of a-z, 0-9 and '-'")
    if fact_id in seen.first_line:
        seen.ids_sound = False
        reader.problem(fields["id"], f"duplicate id '{_short(fact_id)}' (first used on line "
                                     f"{seen.first_line[fact_id]}); give each fact its own id "
                                     "(related ids are checked once every id is unique)")
    elif fact_id:
        seen.first_line[fact_id] = item.start_mark.line + 1


def _check_questions(reader: Reader, questions: list[tuple[str, yaml.Node]], label: str, fact_id: str,
                     owner: dict[str, str]) -> None:
    """Each question once in the whole file, with words left after folding, one line long."""
    for question, qnode in questions:
        key = fold(question)
        if len(question) > MAX_FIELD_CHARS:
            reader.problem(qnode, f"a question of {label} is {len(question):,} characters; at most "
                                  f"{MAX_FIELD_CHARS:,}, one question per entry")
        else:
            claim_question(reader, qnode, question, key, owner, fact_id)


def _read_gap(reader: Reader, fields: dict, label: str) -> bool:
    if "gap" not in fields:
        return False
    gap_node = fields["gap"]
    gap = reader.value(gap_node, f"gap of {label}") if isinstance(gap_node, yaml.ScalarNode) else None
    if gap is _REFUSED:
        return False
    if not isinstance(gap, bool):
        reader.problem(gap_node, f"gap of {label} must be true or false")
        return False
    return gap


def _check_related(reader: Reader, seen: _Seen) -> None:
    for owner, rid, rnode in seen.related_refs:
        if rid not in seen.first_line:
            reader.problem(rnode, f"related id '{_short(rid)}' of fact '{_short(owner)}' does not exist; "
                                  "use the id of another fact")
        elif rid == owner:
            reader.problem(rnode, f"fact '{_short(owner)}' lists itself as related; remove it")
