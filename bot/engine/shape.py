"""The type of a question (when, where, who, how_many, why, what, how, duration) from its words."""

from __future__ import annotations

from ..story.locale import Locale

STRONG_TYPES = frozenset({"when", "where", "who", "how_many", "why", "duration"})  # a wrong fact type is wrong


def qtype(words: tuple[str, ...], locale: Locale) -> str:
    """The type the first question word (or a telling noun, as in "meeting date?") shows; "" if none.
    "which country will it be held in": a place noun and a preposition left at the end ask where."""
    if len(words) > 2 and words[-1] in locale.place_prepositions and any(w in locale.place_nouns for w in words[:3]):
        return "where"
    found = ""
    for key, kind in locale.type_overrides.items():  # "хто такий X?" asks what X is
        if any(tuple(words[i:i + len(key)]) == key for i in range(len(words))):
            return kind
    for i in range(len(words)):
        for size in (3, 2, 1):
            kind = locale.question_types.get(tuple(words[i:i + size]))
            if kind:
                if kind in STRONG_TYPES:
                    return kind
                found = found or kind
                break
        noun = locale.type_nouns.get(words[i])
        if noun:
            return noun
    return found
