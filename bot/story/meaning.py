"""What a fact is about and what it claims, as declared in facts.yaml.

- `subject`: what the fact is about ("the Paris summit"); facts sharing a subject answer its
  follow-ups ("and when?"), and a subject with no fact for a question type is declined honestly.
- `types`: the kinds of question the fact answers (when, where, who, ...).
- `asserts`: the checkable claims (date, place, count, people, countries, model) that let a yes/no
  question be answered "Yes." or "No. The story says ...".  `check` verifies each against the
  fact's own source quote.  `rules_out` lists what the answer excludes ("politicians" of a
  meeting of military teams): a yes/no question asking about one of them gets "No."; `check`
  makes sure the source quote does not say it.  `modes` says how people met (in person, virtual,
  phone), or "untold" where the story does not say: "did they meet in person?" is then declined.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import yaml

QUESTION_TYPES = ("when", "where", "who", "how_many", "why", "what", "how", "duration", "yesno")
ASSERT_KEYS = {"date": False, "place": False, "count": False, "people": False, "countries": False,
               "partial": False, "rules_out": False, "model": False, "modes": False}
MODES = ("in person", "virtual", "phone", "untold")  # how people met; "untold": the story does not say how
MEANING_KEYS = {"subject": False, "types": False, "asserts": False}  # optional keys of a fact


@dataclass(frozen=True)
class Asserts:
    date: str = ""  # ISO date the fact says something happens on
    place: str = ""  # where it happens
    count: int | None = None  # how many
    people: tuple[str, ...] = ()  # who (people)
    countries: tuple[str, ...] = ()  # who (countries)
    partial: bool = False  # people/countries are examples, not the full list: others are not contradicted
    rules_out: tuple[str, ...] = ()  # what the answer excludes: "will heads of state attend?" of "military teams": No
    model: str = ""  # the aircraft model shown or named ("F-16"): "is that an f-35?" gets No
    modes: tuple[str, ...] = ()  # how they met (MODES): "did they meet online?" gets Yes, No or "untold": not said

    def __bool__(self) -> bool:
        return bool(self.date or self.place or self.count is not None or self.people or self.countries
                    or self.rules_out or self.model or self.modes)


def read_meaning(reader, fields: dict[str, yaml.Node], label: str) -> dict[str, object]:
    """The optional subject, types and asserts of one fact, as Fact keyword arguments."""
    out: dict[str, object] = {}
    if "subject" in fields:
        out["subject"] = reader.text(fields["subject"], f"subject of {label}")
    if "types" in fields:
        types = []
        for kind, node in reader.text_list(fields["types"], f"types of {label}"):
            if kind not in QUESTION_TYPES:
                reader.problem(node, f"unknown question type '{kind}' in {label}; use {', '.join(QUESTION_TYPES)}")
            else:
                types.append(kind)
        out["types"] = tuple(types)
    if "asserts" in fields:
        out["asserts"] = _read_asserts(reader, fields["asserts"], label)
    return out


def _read_asserts(reader, node: yaml.Node, label: str) -> Asserts:
    what = f"asserts of {label}"
    fields = reader.mapping(node, ASSERT_KEYS, what)
    values: dict[str, object] = {}
    if "date" in fields:
        values["date"] = reader.text(fields["date"], f"{what}: date")
        try:
            dt.date.fromisoformat(values["date"])
        except ValueError:
            reader.problem(fields["date"], f"{what}: date must be a date like 2025-04-04")
            values["date"] = ""
    if "place" in fields:
        values["place"] = reader.text(fields["place"], f"{what}: place")
    if "model" in fields:
        values["model"] = reader.text(fields["model"], f"{what}: model")
    if "count" in fields:
        count = reader.text(fields["count"], f"{what}: count")
        if count.isdigit():
            values["count"] = int(count)
        else:
            reader.problem(fields["count"], f"{what}: count must be a whole number")
    for key in ("people", "countries", "rules_out"):
        if key in fields:
            values[key] = tuple(text for text, _ in reader.text_list(fields[key], f"{what}: {key}"))
    if "modes" in fields:
        values["modes"] = tuple(text for text, _ in reader.text_list(fields["modes"], f"{what}: modes"))
        for text, item in reader.text_list(fields["modes"], f"{what}: modes"):
            if text not in MODES:
                reader.problem(item, f"{what}: unknown mode '{text}'; use {', '.join(MODES)}")
    if "partial" in fields:
        partial = reader.value(fields["partial"])
        if not isinstance(partial, bool):
            reader.problem(fields["partial"], f"{what}: partial must be true or false")
        values["partial"] = partial is True
    return Asserts(**values)
