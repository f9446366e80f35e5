"""The fact file's other languages: the `languages:` block and each fact's translation, checked
against the story's own language (the same numbers and dates, weekdays that fit their dates), and
the alias tables every language has."""

from __future__ import annotations

import datetime as dt
from functools import lru_cache
from pathlib import Path

import yaml

from ..engine.normalize import fold
from .model import (_KIN_KEY, LANGUAGE_CODE, LOCAL_STORY_KEYS, MAX_ANSWER, TRANSLATION_KEYS, Fact, LocalStory,
                    Story, Translation)
from .yaml_reader import MAX_FIELD_CHARS, Problem, Reader, _short


def claim_question(reader: Reader, qnode: yaml.Node, question: str, key: str, owner: dict[str, str],
                   fact_id: str, tag: str = "") -> bool:
    """A question belongs to one fact: False (and a problem) when it has no words or is listed already."""
    if not key:
        reader.problem(qnode, f"question '{_short(question)}' has no words left after normalising")
        return False
    if key in owner:
        other = owner[key]
        where = "twice in this fact" if other == fact_id else f"also under fact '{_short(other)}'"
        reader.problem(qnode, f"question '{_short(question)}'{tag} is listed {where}; keep it in one place")
        return False
    owner[key] = fact_id
    return True


@lru_cache(maxsize=64)  # asked for each fact's language blocks: one look at the disk per code
def _has_locale(code: str) -> bool:
    return (Path(__file__).resolve().parent / "locale" / code / "words.py").exists()


def _language_keys(reader: Reader, node: yaml.Node, known: dict[str, bool]) -> dict[str, bool]:
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


def _read_languages(reader: Reader, node: yaml.Node | None) -> dict[str, LocalStory]:
    """`languages: {uk: {title, author, published_text, aliases, subjects}}`."""
    if node is None or id(node) in reader.refused:
        return {}
    out: dict[str, LocalStory] = {}
    for code, block in reader.mapping(node, _language_keys(reader, node, {}), "languages").items():
        fields = reader.mapping(block, LOCAL_STORY_KEYS, f"languages.{code}")
        values = {k: reader.text(fields.get(k), f"languages.{code}.{k}", optional=True)
                  for k in ("title", "author", "published_text") if k in fields}
        aliases = read_aliases(reader, fields.get("aliases"))
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


def _read_translation(reader: Reader, node: yaml.Node, code: str, label: str, fact_id: str,
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
            if claim_question(reader, qnode, question, folded and f"{code}:{folded}", owner, fact_id, f" ({code})"):
                kept.append(question)
            elif folded:
                kept.append(question)  # listed twice: reported, and still read so later checks see it
        lists[key] = kept
    answer = reader.text(fields.get("answer"), f"answer in {what}") if "answer" in fields else ""
    if len(answer) > MAX_ANSWER:
        reader.problem(fields["answer"], f"answer in {what} is {len(answer)} characters; Telegram allows "
                                         f"{MAX_ANSWER}, shorten it")
    kin = tuple((_KIN_KEY.match(k).group(1), tuple(lists[k])) for k in kin_keys)
    answer_line = fields["answer"].start_mark.line + 1 if "answer" in fields else 0
    return Translation(code, tuple(lists["questions"]), answer, kin, node.start_mark.line + 1, answer_line)


def _check_languages(reader: Reader, facts: list[Fact], local: dict[str, LocalStory], story: Story,
                     answer_lines: dict[str, int], figures: bool = True) -> list[Problem]:
    """Every answerable fact speaks every language of the file, with the same numbers and dates as its
    own answer; a weekday beside a date is that date's.  Returns the warnings (errors go to `reader`).

    `figures=False` leaves out the numbers, dates and weekdays, the costly part (every answer read in
    every language): for a one-off `ask`, which reads the file as written."""
    from . import crosscheck
    from .locale import get

    warnings: list[Problem] = []
    own = get("en")  # the story's language
    year = dt.date.fromisoformat(story.published).year
    codes = list(dict.fromkeys([t.lang for f in facts for t in f.translations] + list(local)))
    for fact in facts if figures else ():
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
            if not figures:
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


def read_aliases(reader: Reader, node: yaml.Node | None) -> dict[str, list[str]]:
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
