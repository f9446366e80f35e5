"""The type of a question (when, where, who, how_many, why, what, how, duration) from its words."""

from __future__ import annotations

from ..story.locale import Locale

STRONG_TYPES = frozenset({"when", "where", "who", "how_many", "why", "duration"})  # a wrong fact type is wrong


def question_word(word: str, locale: Locale) -> bool:
    """A word that asks by itself: "who", "when", and "what", "which" (a question type of one word)."""
    return word in locale.question_words or (word,) in locale.question_types


def qtype(words: tuple[str, ...], locale: Locale) -> str:
    """The type the first question word (or a telling noun, as in "meeting date?") shows; "" if none.
    "which country will it be held in": a place noun and a preposition left at the end ask where."""
    if len(words) > 2 and words[-1] in locale.place_prepositions and any(w in locale.place_nouns for w in words[:3]):
        return "where"
    found = ""
    present = set(words)
    for key, kind in locale.type_overrides.items():  # "хто такий X?" asks what X is
        if key[0] in present and any(tuple(words[i:i + len(key)]) == key for i in range(len(words))):
            return kind
    for i in range(len(words)):
        for size in (3, 2, 1):
            kind = _overlapped(words, i, size, locale) or locale.question_types.get(_naming(words, i, size, locale))
            if kind:
                clause = size == 1 and opens_clause(words, i, locale)
                # (after a question word, or in "did they agree on anything when they met?": no "when" asked)
                if kind in STRONG_TYPES and not (clause and (found or clause_word(words, locale) >= 0)):
                    return kind
                found = found or kind
                break
        noun = locale.type_nouns.get(words[i])
        if noun:
            return noun
    return found


def _overlapped(words: tuple[str, ...], i: int, size: int, locale: Locale) -> str:
    """"for what date": a pair whose last word opens a pair of its own ("what date") asks what that one
    asks; "what is it for" and "for what?" still ask why."""
    if size != 2 or (tuple(words[i:i + 2]) not in locale.question_types):
        return ""
    return locale.question_types.get(tuple(words[i + 1:i + 3]), "") if i + 2 < len(words) else ""


def _naming(words: tuple[str, ...], i: int, size: int, locale: Locale) -> tuple[str, ...]:
    """The `size` words at `i`, less a filler right after "which"/"what": "which foreign leader" asks who
    as "which leader" does."""
    if size > 1 and words[i] in locale.naming_words and i + 1 < len(words) and words[i + 1] in locale.fillers:
        return (words[i],) + tuple(words[i + 2:i + size + 1])
    return tuple(words[i:i + size])


def opens_clause(words: tuple[str, ...], i: int, locale: Locale) -> bool:
    """"what will they work on when they meet": after a question word, "when" or "where" followed by a
    subject opens a clause saying when the thing asked about happens; it does not ask when ("what do we
    know about where they meet" still asks where)."""
    return 0 < i < len(words) - 1 and (words[i + 1] in locale.pronouns or words[i + 1] in locale.articles) \
        and words[i - 1] not in locale.topic_prepositions


def _yesno_opening(words: tuple[str, ...], locale: Locale) -> str:
    """"yesno" for a question opening as a yes/no one ("did they ..."), not a request ("can you tell me ...")."""
    if len(words) > 1 and words[0] in locale.yesno_openers and words[1] not in locale.you_words:
        return "yesno"
    return ""


def clause_word(words: tuple[str, ...], locale: Locale) -> int:
    """Where a clause-opening "when"/"where" stands in a question that asks something else (a question word
    before it, or a yes/no opening: "did they agree on anything when they met?"); -1 if none."""
    asking = _yesno_opening(words, locale)
    for i, word in enumerate(words):
        kind = locale.question_types.get((word,))
        if kind in STRONG_TYPES and asking and opens_clause(words, i, locale) \
                and not (asking == "yesno" and words[i - 1] in locale.speech_words | locale.belief_words):
            return i  # ("did zelensky say when they meet?" asks when)
        if kind in STRONG_TYPES or locale.type_nouns.get(word):
            return -1
        asking = asking or bool(kind)
    return -1


def question_body(words, locale: Locale, keep: frozenset[str] = frozenset()) -> list[str]:
    """The question's words less chat noise (but `keep`) and the one-word follow-up openers it starts
    with ("so", "and"): where "is it ..." or "not" stands in it."""
    body = [w for w in words if w not in locale.fillers or w in keep]
    while body and (body[0],) in locale.followup_openers:
        body = body[1:]
    return body
