"""Reading a YAML fact file so that every problem names its line: syntax errors said plainly,
unsafe tags and alias bombs refused by name, and values YAML cannot read reported, not raised."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

import yaml

_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml is ~10x faster at start-up
MAX_FIELD_CHARS = 1_000  # a title, an outlet, a question...: one line, not a page
MAX_DEPTH = 50  # lists and mappings nested deeper (a fact file needs 4) would crash libyaml's composer
_YAML = "tag:yaml.org,2002:"
_STR = _YAML + "str"
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


class Reader:
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
        if node.tag == _STR and isinstance(node, yaml.ScalarNode):
            return node.value  # what the constructor would return; most of a fact file is text
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


class _TooDeep(Exception):
    """Composing stopped: lists and mappings nest deeper than MAX_DEPTH here."""


class _DepthGuard(_LOADER):
    """The loader, counting how deep the node being composed sits (YAML's composer tells the resolver as
    it goes down and back up), so that composing stops before it nests past MAX_DEPTH + 1 levels:
    libyaml's composer recurses in C and would crash the process on ~25,000."""

    def __init__(self, stream: str):
        super().__init__(stream)
        self.open = 0  # collections the node being composed sits in
        self.deepest = 0  # the most any node sat in

    # called for every node: kept lean, and PyYAML's own (which only serve path resolvers, none of which
    # the safe loader has) are called only if one was added
    def descend_resolver(self, current_node, current_index) -> None:
        if self.open > MAX_DEPTH:
            raise _TooDeep
        if self.open > self.deepest:
            self.deepest = self.open
        self.open += 1
        if self.yaml_path_resolvers:
            super().descend_resolver(current_node, current_index)

    def ascend_resolver(self) -> None:
        self.open -= 1
        if self.yaml_path_resolvers:
            super().ascend_resolver()


def compose(shown: str, raw: str) -> yaml.Node | None:
    """The YAML node tree of `raw` (None for an empty file), composed once by libyaml where installed.

    Lists and mappings nested deeper than MAX_DEPTH are refused with the line where they first do, as
    `_refuse_deep_nesting` finds it; that slower pass over YAML's events runs only when composing shows
    nesting that deep (or fails: a syntax error after such nesting is reported as the nesting)."""
    loader = _DepthGuard(raw)
    try:
        root = loader.get_single_node()
    except (yaml.YAMLError, _TooDeep) as exc:
        _refuse_deep_nesting(shown, raw)  # raises when the nesting comes first, as it would have
        if isinstance(exc, _TooDeep):  # not reached: the events nest as deep as the nodes
            raise FactFileError([Problem(shown, 1, f"lists and mappings nest more than {MAX_DEPTH} levels deep; "
                                                   "a fact file needs four")]) from None
        raise
    finally:
        loader.dispose()
    if loader.deepest >= MAX_DEPTH:  # a node inside MAX_DEPTH collections: is one of them a collection too?
        _refuse_deep_nesting(shown, raw)
    return root


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
