"""The fact file: loading and validation with line numbers.  The fact book holds only what
facts.yaml says; the match data derived from it lives in `bot.story.index`.

A broken fact file must never start a half-working bot, so `load` collects every
problem it can find and raises them together.
"""

from __future__ import annotations

import datetime as dt
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
TOP_KEYS = {"story": True, "aliases": False, "languages": False, "facts": True}
TRANSLATION_KEYS = {"questions": True, "answer": True}  # plus questions_XX: a kindred language's phrasings
LOCAL_STORY_KEYS = {"title": False, "author": False, "published_text": False, "aliases": False, "subjects": False}
LANGUAGE_CODE = re.compile(r"^[a-z]{2}$")
_KIN_KEY = re.compile(r"^questions_([a-z]{2})$")
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml is ~10x faster at start-up
MAX_FILE_BYTES = 2_000_000  # a fact file is one story and its facts; far bigger is the wrong file
MAX_STORY_CHARS = 100_000  # one news story; the longest features run to ~60,000 characters
MAX_FIELD_CHARS = 1_000  # a title, an outlet, a question...: one line, not a page
MAX_DEPTH = 50  # lists and mappings nested deeper (a fact file needs 4) would crash libyaml's composer
_YAML = "tag:yaml.org,2002:"
_PLAIN_TAGS = frozenset(_YAML + t for t in ("str", "int", "float", "bool", "null", "timestamp", "seq", "map"))
_REFUSED = object()  # a value already reported as unusable: skip it without follow-on errors


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


class _Reader:
    """Walks the composed YAML tree so every problem can name its line."""

    def __init__(self, path: str, raw: str = ""):
        self.path = path
        self.raw = raw
        self.problems: list[Problem] = []
        self.refused: set[int] = set()  # ids of nodes already reported
        self._constructor = yaml.SafeLoader("")

    def problem(self, node: yaml.Node | None, message: str) -> None:
        line = node.start_mark.line + 1 if node is not None else 1
        self.problems.append(Problem(self.path, line, message))

    def refuse_unsafe(self, root: yaml.Node, raw: str) -> None:
        """Refuse tags other than plain YAML's, and aliases of whole lists or mappings (billion laughs).

        Walks each distinct node once, so a nest of aliases costs no more than the file's size.
        """
        seen: set[int] = set()
        stack = [root]
        while stack:
            node = stack.pop()
            if id(node) in seen:
                if isinstance(node, yaml.CollectionNode):  # reached twice: an alias (or a loop) of a collection
                    raise FactFileError([_alias_problem(self.path, raw, node)])
                continue
            seen.add(id(node))
            if node.tag not in _PLAIN_TAGS:
                self.refused.add(id(node))
                self.problem(node, _tag_message(node.tag))
                continue
            if isinstance(node, yaml.MappingNode):
                stack.extend(n for pair in reversed(node.value) for n in reversed(pair))
            elif isinstance(node, yaml.SequenceNode):
                stack.extend(reversed(node.value))

    def value(self, node: yaml.Node, what: str = ""):
        """The node's Python value, or _REFUSED (reported once) when YAML cannot construct it."""
        if id(node) in self.refused:
            return _REFUSED
        try:
            return self._constructor.construct_object(node, deep=True)
        except Exception as exc:  # noqa: BLE001 - PyYAML raises ValueError, KeyError, ... for bad scalars
            self.refused.add(id(node))
            explicit = self.raw[node.start_mark.index: node.start_mark.index + 1] == "!"
            self.problem(node, _constructor_message(node, exc, what, explicit))
            return _REFUSED

    def mapping(self, node: yaml.Node, spec: dict[str, bool], what: str) -> dict[str, yaml.Node]:
        if id(node) in self.refused:
            return {}
        if not isinstance(node, yaml.MappingNode):
            self.problem(node, f"{what} must be a mapping of keys to values")
            return {}
        out: dict[str, yaml.Node] = {}
        unreadable: set[str] = set()  # keys already reported: not "missing" as well
        for key_node, value_node in node.value:
            if id(key_node) in self.refused:
                unreadable.add(str(key_node.value))
                continue
            if not isinstance(key_node, yaml.ScalarNode):
                kind = "list" if isinstance(key_node, yaml.SequenceNode) else "mapping"
                self.problem(key_node, f"a key in {what} is a {kind}; keys are plain names like "
                                       f"{next(iter(spec))}: (a '?' or '[' starts a complex key)")
                continue
            key = str(key_node.value)
            if key not in spec:
                allowed = ", ".join(spec)
                self.problem(key_node, f"unknown key '{_short(key)}' in {what}; allowed keys: {allowed}")
            elif key in out:
                self.problem(key_node, f"key '{key}' appears twice in {what}; keep one")
            else:
                out[key] = value_node
        for key, required in spec.items():
            if required and key not in out and key not in unreadable:
                self.problem(node, f"{what} is missing the required key '{key}'")
        return out

    def text(self, node: yaml.Node | None, what: str, *, optional: bool = False) -> str:
        if node is None:
            return ""
        value = self.value(node, what) if isinstance(node, yaml.ScalarNode) else None
        if value is _REFUSED or id(node) in self.refused:  # reported already (a bad tag on a list, too)
            return ""
        if isinstance(value, dt.date):
            return value.isoformat()
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            return str(value)
        if not isinstance(value, str) or (not value.strip() and not optional):
            self.problem(node, f"{what} must be non-empty text")
            return ""
        return value.strip()

    def text_list(self, node: yaml.Node | None, what: str) -> list[tuple[str, yaml.Node]]:
        if node is None or id(node) in self.refused:
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


def _short(text: str, limit: int = 60) -> str:
    text = re.sub("[\x00-\x1f\x7f\x85\u2028\u2029]", " ", text)  # one line, whatever the YAML held
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _tag_name(tag: str) -> str:
    return _short("!!" + tag[len(_YAML):] if tag.startswith(_YAML) else tag)


def _tag_message(tag: str) -> str:
    name = _tag_name(tag)
    if "python" in tag.lower():
        return (f"the YAML tag '{name}' is refused: it names Python code, and a fact file is only text, "
                "lists and mappings (nothing in it is ever run); remove the tag")
    return f"the YAML tag '{name}' is not supported: a fact file is only text, lists and mappings; remove the tag"


def _constructor_message(node: yaml.Node, exc: Exception, what: str, explicit: bool = True) -> str:
    """Why YAML could not read a scalar, e.g. 2025-04-31 (not a date) or `!!bool maybe`."""
    where = f"{what}: " if what else ""
    shown = _short(str(node.value))
    kind = node.tag[len(_YAML):] if node.tag.startswith(_YAML) else node.tag
    if not explicit and kind != "timestamp":  # e.g. a 5,000-digit number: YAML read it as one, untagged
        reason = f" ({_short(str(exc), 80)})" if str(exc) else ""
        return f"{where}'{shown}' cannot be read as a number{reason}; quote it to keep it as text"
    if kind == "timestamp":
        reason = f" ({exc})" if isinstance(exc, ValueError) and str(exc) else ""
        return (f"{where}'{shown}' is not a real date or time{reason}; write a date like 2025-04-01, "
                "or quote it to keep it as text")
    if kind == "bool":
        return f"{where}'{shown}' is tagged !!bool but is not true or false"
    if kind == "int":
        return f"{where}'{shown}' is tagged !!int but is not a whole number"
    if kind == "float":
        return f"{where}'{shown}' is tagged !!float but is not a number"
    return f"{where}'{shown}' cannot be read as {_tag_name(node.tag)}; remove the tag or fix the value"


def _alias_problem(shown: str, raw: str, node: yaml.Node) -> Problem:
    """Name the first alias of a whole list or mapping: nested, they expand a small file without limit."""
    line, name = node.start_mark.line + 1, ""
    anchors: set[str] = set()
    try:
        for event in yaml.parse(raw, Loader=_LOADER):
            if isinstance(event, (yaml.SequenceStartEvent, yaml.MappingStartEvent)) and event.anchor:
                anchors.add(event.anchor)
            elif isinstance(event, yaml.AliasEvent) and event.anchor in anchors:
                line, name = event.start_mark.line + 1, f"'*{_short(event.anchor)}' "
                break
    except yaml.YAMLError:
        pass
    return Problem(shown, line, f"the alias {name}reuses a whole list or mapping, which a fact file does not allow "
                                "(nested, such aliases make a small file expand without limit); write the entries out")


def _refuse_deep_nesting(shown: str, raw: str) -> None:
    """libyaml composes recursively and crashes the process on ~100,000 nested lists: count levels first."""
    depth = 0
    for event in yaml.parse(raw, Loader=_LOADER):  # the parser itself keeps a stack, not recursion
        if isinstance(event, yaml.CollectionStartEvent):
            depth += 1
            if depth > MAX_DEPTH:
                raise FactFileError([Problem(shown, event.start_mark.line + 1, f"lists and mappings nest more than "
                                             f"{MAX_DEPTH} levels deep here; a fact file needs four")])
        elif isinstance(event, yaml.CollectionEndEvent):
            depth -= 1


def _lines(raw: str) -> list[str]:
    return re.split("\r\n|[\n\r\x85\u2028\u2029]", raw)  # YAML's line breaks, so numbers match its marks


def _syntax_problem(shown: str, raw: str, exc: yaml.YAMLError) -> Problem:
    """One line for a YAML syntax error, naming the real cause when it is a tab, an open quote or an alias."""
    if isinstance(exc, yaml.reader.ReaderError):  # a control character, at a byte offset in libyaml's count
        before = raw[: exc.position] if _LOADER is yaml.SafeLoader else \
            raw.encode("utf-8", "surrogatepass")[: exc.position].decode("utf-8", "replace")
        code = f"U+{exc.character:04X}" if isinstance(exc.character, int) else repr(exc.character)
        return Problem(shown, len(_lines(before)), f"YAML syntax error: the character {code} is not allowed in "
                                                   f"YAML text ({exc.reason}); remove it")
    mark = getattr(exc, "problem_mark", None)
    line = mark.line + 1 if mark else 1
    what = getattr(exc, "problem", None) or str(exc).splitlines()[0]
    context, opened = getattr(exc, "context", None) or "", getattr(exc, "context_mark", None)
    lines = _lines(raw)
    text = lines[line - 1] if 0 < line <= len(lines) else ""
    if "quoted scalar" in context and opened is not None:
        return Problem(shown, opened.line + 1, "YAML syntax error: the quote opened on this line is never closed; "
                                               "close it on the same line")
    runaway = _runaway_quote(raw, line)
    if runaway:
        start, end = runaway
        return Problem(shown, start, f"YAML syntax error: the quote opened on this line is not closed on it, so "
                                     f"everything up to line {end} was read as one text ({what} there); "
                                     "close the quote on this line")
    if "duplicate anchor" in context and mark is not None and opened is not None:
        name = _short(re.match(r"&?([^\s,\[\]{}]*)", text[mark.column:]).group(1))
        return Problem(shown, line, f"YAML syntax error: the anchor '&{name}' is defined twice (first on line "
                                    f"{opened.line + 1}); rename one")
    if "single document" in context:
        return Problem(shown, line, "YAML syntax error: a second document starts here ('---'); a fact file is one "
                                    "document, so remove the '---' line or split the file")
    if "undefined alias" in what and mark is not None:
        name = _short(re.match(r"\*?([^\s,\[\]{}]*)", text[mark.column:]).group(1))
        return Problem(shown, line, f"YAML syntax error: the alias '*{name}' names no anchor '&{name}' above it; "
                                    "write the value out")
    if "tab character" in what or "\t" in text[: len(text) - len(text.lstrip())] or (
            mark is not None and text[mark.column: mark.column + 1] == "\t"):
        column = text.index("\t") + 1 if "\t" in text else (mark.column + 1 if mark else 1)
        return Problem(shown, line, f"YAML syntax error: a tab character at column {column}; YAML indents "
                                    "with spaces only, so replace the tab with spaces")
    return Problem(shown, line, f"YAML syntax error: {what}; check indentation and quotes")


def _runaway_quote(raw: str, error_line: int) -> tuple[int, int] | None:
    """A quoted text spanning lines and ending just before the error: a quote someone forgot to close."""
    found = None
    try:
        for token in yaml.scan(raw, Loader=_LOADER):
            if isinstance(token, yaml.ScalarToken) and token.style in ("\"", "'"):
                start, end = token.start_mark.line + 1, token.end_mark.line + 1
                if start != end and end <= error_line <= end + 3:
                    found = (start, end)
    except yaml.YAMLError:
        pass
    return found


def load(path: str | Path = DEFAULT_PATH) -> FactBook:
    """Read and validate a fact file; raise FactFileError listing every problem."""
    path = Path(path)
    shown = str(path)
    try:
        with path.open("rb") as handle:
            data = handle.read(MAX_FILE_BYTES + 1)  # never more: a huge file is refused unread
        if len(data) > MAX_FILE_BYTES:
            raise FactFileError([_too_big(shown, max(path.stat().st_size, len(data)), "bytes")])
        raw = data.decode("utf-8")
    except FileNotFoundError:
        raise FactFileError([Problem(shown, 1, "file not found; pass --facts PATH or create it")])
    except (OSError, UnicodeDecodeError) as exc:
        raise FactFileError([Problem(shown, 1, f"cannot read the file ({exc}); it must be UTF-8 text")])
    return parse(raw, shown)


def _too_big(shown: str, size: int, unit: str) -> Problem:
    more = "more than " if unit == "bytes" and size == MAX_FILE_BYTES + 1 else ""
    return Problem(shown, 1, f"the file is {more}{size:,} {unit}; a fact file may be at most {MAX_FILE_BYTES:,} "
                             "bytes (2 MB): one story and its facts. Is this the right file?")


def parse(raw: str, shown: str = "facts.yaml") -> FactBook:
    """Validate fact-file text; raise FactFileError listing every problem."""
    if len(raw) > MAX_FILE_BYTES:  # checked before YAML reads a byte of it
        raise FactFileError([_too_big(shown, len(raw), "characters")])
    reader = _Reader(shown, raw)
    try:
        _refuse_deep_nesting(shown, raw)
        root = yaml.compose(raw, Loader=_LOADER)
    except yaml.YAMLError as exc:
        raise FactFileError([_syntax_problem(shown, raw, exc)])
    if root is None:
        raise FactFileError([Problem(shown, 1, "the file is empty; it needs 'story:' and 'facts:'")])
    reader.refuse_unsafe(root, raw)
    top = reader.mapping(root, TOP_KEYS, "the top level")
    story = _read_story(reader, top.get("story"))
    aliases = _read_aliases(reader, top.get("aliases"))
    local = _read_languages(reader, top.get("languages"))
    answer_lines: dict[str, int] = {}
    facts = _read_facts(reader, top.get("facts"), story, answer_lines)
    warnings = _check_languages(reader, facts, local, story, answer_lines) if not reader.problems else []
    if reader.problems:
        raise FactFileError(list(dict.fromkeys(reader.problems)))  # a value reached twice is reported once
    return FactBook(story=story, facts=tuple(facts), aliases=aliases, path=shown, local=local,
                    warnings=tuple(warnings))


def _has_locale(code: str) -> bool:
    return (Path(__file__).resolve().parent / "locale" / code / "words.py").exists()


def _language_keys(reader: _Reader, node: yaml.Node, known: dict[str, bool]) -> dict[str, bool]:
    """The language blocks (`uk:`) of a mapping, as optional keys; a code the bot has no locale for
    is reported here."""
    out: dict[str, bool] = {}
    if not isinstance(node, yaml.MappingNode) or id(node) in reader.refused:
        return out
    for key_node, _ in node.value:
        key = key_node.value if isinstance(key_node, yaml.ScalarNode) else None
        if isinstance(key, str) and key not in known and LANGUAGE_CODE.match(key):
            if not _has_locale(key):
                reader.problem(key_node, f"'{key}' looks like a language block, but the bot has no locale '{key}' "
                                         f"(bot/story/locale/{key}/words.py); languages are blocks like uk:")
            out[key] = False
    return out


def _read_languages(reader: _Reader, node: yaml.Node | None) -> dict[str, LocalStory]:
    """`languages: {uk: {title, author, published_text, aliases, subjects}}`."""
    if node is None or id(node) in reader.refused:
        return {}
    out: dict[str, LocalStory] = {}
    for code, block in reader.mapping(node, _language_keys(reader, node, {}), "languages").items():
        fields = reader.mapping(block, LOCAL_STORY_KEYS, f"languages.{code}")
        values = {k: reader.text(fields.get(k), f"languages.{code}.{k}", optional=True)
                  for k in ("title", "author", "published_text") if k in fields}
        aliases = _read_aliases(reader, fields.get("aliases"))
        subjects: dict[str, str] = {}
        sub = fields.get("subjects")
        if isinstance(sub, yaml.MappingNode):
            for key_node, value_node in sub.value:
                name = reader.text(key_node, f"a subject in languages.{code}.subjects")
                subjects[name] = reader.text(value_node, f"languages.{code}.subjects.{_short(name)}")
        elif sub is not None:
            reader.problem(sub, f"languages.{code}.subjects must map a subject to its name, e.g. the photo: фото")
        out[code] = LocalStory(code, aliases=aliases, subjects=subjects, **values)
    return out


def _read_translation(reader: _Reader, node: yaml.Node, code: str, label: str, fact_id: str,
                      owner: dict[str, str]) -> Translation:
    kin_keys = {}
    if isinstance(node, yaml.MappingNode):
        kin_keys = {n.value: False for n, _ in node.value
                    if isinstance(n, yaml.ScalarNode) and isinstance(n.value, str) and _KIN_KEY.match(n.value)}
    what = f"the {code} block of {label}"
    fields = reader.mapping(node, {**TRANSLATION_KEYS, **kin_keys}, what)
    lists: dict[str, list[str]] = {}
    for key in ["questions", *kin_keys]:
        entries = reader.text_list(fields.get(key), f"{key} in {what}")
        if key in fields and not entries:
            reader.problem(fields[key], f"{what} needs at least one entry in {key}")
        kept = []
        for question, qnode in entries:
            folded = fold(question)
            if len(question) > MAX_FIELD_CHARS:
                reader.problem(qnode, f"a question in {what} is {len(question):,} characters; at most "
                                      f"{MAX_FIELD_CHARS:,}, one question per entry")
                continue
            if not folded:
                reader.problem(qnode, f"question '{_short(question)}' has no words left after normalising")
                continue
            key_of = f"{code}:{folded}"
            if key_of in owner:
                other = owner[key_of]
                where = "twice in this fact" if other == fact_id else f"also under fact '{_short(other)}'"
                reader.problem(qnode, f"question '{_short(question)}' ({code}) is listed {where}; keep it in one place")
            else:
                owner[key_of] = fact_id
            kept.append(question)
        lists[key] = kept
    answer = reader.text(fields.get("answer"), f"answer in {what}") if "answer" in fields else ""
    if len(answer) > MAX_ANSWER:
        reader.problem(fields["answer"], f"answer in {what} is {len(answer)} characters; Telegram allows "
                                         f"{MAX_ANSWER}, shorten it")
    kin = tuple((_KIN_KEY.match(k).group(1), tuple(lists[k])) for k in kin_keys)
    answer_line = fields["answer"].start_mark.line + 1 if "answer" in fields else 0
    return Translation(code, tuple(lists["questions"]), answer, kin, node.start_mark.line + 1, answer_line)


def _check_languages(reader: _Reader, facts: list[Fact], local: dict[str, LocalStory], story: Story,
                     answer_lines: dict[str, int]) -> list[Problem]:
    """Every answerable fact speaks every language of the file, with the same numbers and dates as its
    own answer; a weekday beside a date is that date's.  Returns the warnings (errors go to `reader`)."""
    from . import crosscheck
    from .locale import get

    warnings: list[Problem] = []
    own = get("en")  # the story's language
    year = dt.date.fromisoformat(story.published).year
    codes = list(dict.fromkeys([t.lang for f in facts for t in f.translations] + list(local)))
    for fact in facts:
        line = answer_lines.get(fact.id, fact.line)
        for note in crosscheck.weekday_mismatches(fact.answer, own, year):
            reader.problems.append(Problem(reader.path, line, f"answer of fact '{fact.id}': {note}"))
    for code in codes:
        locale = get(code)
        name = locale.name or code
        for fact in facts:
            t = fact.translation(code)
            if t is None or not t.questions or not t.answer:
                missing = "block" if t is None else "questions" if not t.questions else "answer"
                message = (f"fact '{fact.id}' has no {name} ({code}) {missing}; every fact needs {code}: "
                           f"questions and answer once the file speaks {name}")
                if fact.gap:  # the generic decline stands in for a gap fact's own
                    warnings.append(Problem(reader.path, fact.line, message + " (a gap fact: a warning)"))
                else:
                    reader.problems.append(Problem(reader.path, t.line if t else fact.line, message))
                if t is None or not t.answer:
                    continue
            theirs, ours = crosscheck.figures(t.answer, locale), crosscheck.figures(fact.answer, own)
            if theirs != ours:
                diff = "; ".join(part for part in (
                    f"only in {code}: {', '.join(sorted(theirs - ours))}" if theirs - ours else "",
                    f"missing in {code}: {', '.join(sorted(ours - theirs))}" if ours - theirs else "") if part)
                reader.problems.append(Problem(reader.path, t.answer_line or t.line, f"the {name} answer of fact "
                                               f"'{fact.id}' states other numbers or dates than its answer ({diff})"))
            for note in crosscheck.weekday_mismatches(t.answer, locale, year):
                reader.problems.append(Problem(reader.path, t.answer_line or t.line,
                                               f"the {name} answer of fact '{fact.id}': {note}"))
    return warnings


def _read_story(reader: _Reader, node: yaml.Node | None) -> Story:
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


def _read_aliases(reader: _Reader, node: yaml.Node | None) -> dict[str, list[str]]:
    if node is None or id(node) in reader.refused:
        return {}
    if not isinstance(node, yaml.MappingNode):
        reader.problem(node, "aliases must map a word to a list of spellings, e.g. uk: [u.k., britain]")
        return {}
    out: dict[str, list[str]] = {}
    seen: dict[str, str] = {}
    for key_node, value_node in node.value:
        canonical = reader.text(key_node, "an alias name")
        if not canonical:
            continue
        variants = [text for text, _ in reader.text_list(value_node, f"aliases.{_short(canonical)}")]
        for variant in [canonical, *variants]:
            if len(variant) > MAX_FIELD_CHARS:
                reader.problem(value_node, f"an alias in aliases.{_short(canonical)} is {len(variant):,} characters; "
                                           f"at most {MAX_FIELD_CHARS:,}")
                continue
            folded = fold(variant)
            if folded in seen and seen[folded] != canonical:
                reader.problem(value_node, f"'{_short(variant)}' is an alias of both '{_short(seen[folded])}' and "
                                           f"'{_short(canonical)}'; keep it under one")
            seen.setdefault(folded, canonical)
        out[canonical] = variants
    return out


def _read_facts(reader: _Reader, node: yaml.Node | None, story: Story,
                answer_lines: dict[str, int] | None = None) -> list[Fact]:
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
    ids_sound = True  # every fact has a valid id of its own: only then can a related id be said not to exist
    answer_lines = {} if answer_lines is None else answer_lines
    for item in node.value:
        codes = _language_keys(reader, item, FACT_KEYS)
        fields = reader.mapping(item, {**FACT_KEYS, **codes}, "a fact")
        fact_id = reader.text(fields.get("id"), "id") if "id" in fields else ""
        label = f"fact '{_short(fact_id)}'" if fact_id else "a fact"
        ids_sound = ids_sound and bool(fact_id and ID_PATTERN.match(fact_id))
        if fact_id and not ID_PATTERN.match(fact_id):
            reader.problem(fields["id"], f"id '{_short(fact_id)}' must be 1-32 characters of a-z, 0-9 and '-'")
        if fact_id in first_line:
            ids_sound = False
            reader.problem(fields["id"], f"duplicate id '{_short(fact_id)}' (first used on line "
                                         f"{first_line[fact_id]}); give each fact its own id "
                                         "(related ids are checked once every id is unique)")
        elif fact_id:
            first_line[fact_id] = item.start_mark.line + 1
        questions = reader.text_list(fields.get("questions"), f"questions of {label}")
        if "questions" in fields and not questions:
            reader.problem(fields["questions"], f"{label} needs at least one question")
        for question, qnode in questions:
            key = fold(question)
            if len(question) > MAX_FIELD_CHARS:
                reader.problem(qnode, f"a question of {label} is {len(question):,} characters; at most "
                                      f"{MAX_FIELD_CHARS:,}, one question per entry")
            elif not key:
                reader.problem(qnode, f"question '{_short(question)}' has no words left after normalising")
            elif key in question_owner:
                other = question_owner[key]
                where = "twice in this fact" if other == fact_id else f"also under fact '{_short(other)}'"
                reader.problem(qnode, f"question '{_short(question)}' is listed {where}; keep it in one place")
            else:
                question_owner[key] = fact_id
        answer = reader.text(fields.get("answer"), f"answer of {label}") if "answer" in fields else ""
        if len(answer) > MAX_ANSWER:
            reader.problem(fields["answer"], f"answer of {label} is {len(answer)} characters; "
                                             f"Telegram allows {MAX_ANSWER}, shorten it")
        source = reader.text(fields.get("source"), f"source of {label}") if "source" in fields else ""
        if source and story_text and _normalise_quote(source) not in story_text:
            reader.problem(fields["source"], f"source of {label} is not a verbatim quote of story.text; "
                                             "copy the sentence from the story exactly")
        related = reader.text_list(fields.get("related"), f"related of {label}")
        related_refs.extend((fact_id, rid, rnode) for rid, rnode in related)
        gap = False
        if "gap" in fields:
            gap_node = fields["gap"]
            gap = reader.value(gap_node, f"gap of {label}") if isinstance(gap_node, yaml.ScalarNode) else None
            if gap is _REFUSED:
                gap = False
            elif not isinstance(gap, bool):
                reader.problem(fields["gap"], f"gap of {label} must be true or false")
                gap = False
        translations = tuple(_read_translation(reader, fields[code], code, label, fact_id, question_owner)
                             for code in codes if code in fields)
        if "answer" in fields:
            answer_lines[fact_id] = fields["answer"].start_mark.line + 1
        facts.append(Fact(id=fact_id, questions=tuple(q for q, _ in questions), answer=answer,
                          source=source, related=tuple(r for r, _ in related), gap=gap,
                          line=item.start_mark.line + 1, translations=translations,
                          **read_meaning(reader, fields, label)))
    if not ids_sound:  # a duplicate, missing or malformed id may be the one a related id means: saying it
        return facts   # "does not exist" would mislead
    for owner, rid, rnode in related_refs:
        if rid not in first_line:
            reader.problem(rnode, f"related id '{_short(rid)}' of fact '{_short(owner)}' does not exist; "
                                  "use the id of another fact")
        elif rid == owner:
            reader.problem(rnode, f"fact '{_short(owner)}' lists itself as related; remove it")
    return facts
