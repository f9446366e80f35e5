"""Spelling repair against the words a story's book spells.

- Split and merged words are repaired first ("star mer" -> "starmer", "whenis" -> "when is"),
  only when exactly one repair makes known words.
- Each unknown word then gets every equally near spelling (commonest first, then alphabetical),
  so an ambiguous misspelling is read each way and never decided by the hash seed or by chance.
The work per message is bounded: corrections are cached, only words of a plausible length
are compared, and at most MAX_FIXES unknown words per message are looked at.
"""

from __future__ import annotations

import re
from collections import Counter

from rapidfuzz import process
from rapidfuzz.distance import OSA

from ..story.locale import Locale

MAX_SPELLINGS = 3  # nearest corrections kept per word
MAX_FIXES = 8  # unknown words corrected per message; the rest stay as typed
MAX_WORD = 24  # longer "words" are not words
CACHE = 20_000


_STRETCH = re.compile(r"(\w)\1{2,}")


def unstretch(word: str, known: frozenset[str]) -> str | None:
    """'heyyy' -> 'hey', 'helloooo' -> 'hello': letters held down for emphasis."""
    if not _STRETCH.search(word):
        return None
    for repeat in (r"\1", r"\1\1"):
        plain = _STRETCH.sub(repeat, word)
        if plain in known:
            return plain
    return None


class Speller:
    def __init__(self, surface: Counter, locale: Locale):
        self.count = surface
        self.question_words = tuple(sorted(locale.question_words))  # a fixed order for ties
        language = (set(locale.stopwords) | set(locale.fillers) | set(locale.shorthand) | set(locale.question_words)
                    | set(locale.months) | set(locale.weekdays) | set(locale.letter_names) | set(locale.people)
                    | {w for phrase in locale.relative_days for w in phrase}
                    | {w for place in locale.places for w in place.split()})
        self.known = frozenset(language | set(surface))
        self.function_words = frozenset(language)
        targets = sorted(w for w in surface if len(w) >= 3 and w.isalpha() and w not in locale.stopwords)
        self.by_length: dict[int, list[str]] = {}
        for word in targets:
            self.by_length.setdefault(len(word), []).append(word)
        self._cache: dict[str, tuple[str, ...]] = {}

    def fix(self, word: str) -> tuple[str, ...]:
        """The word itself if known, else its nearest spellings in the book, best first."""
        if word in self.known or not word.isalpha() or not 3 <= len(word) <= MAX_WORD:
            return (word,)
        plain = unstretch(word, self.known)
        if plain:
            return (plain,)  # "heyyy", "helloooo", "whennn"
        found = self._cache.get(word)
        if found is None:
            found = self._nearest(word)
            if len(self._cache) >= CACHE:
                self._cache.clear()
            self._cache[word] = found
        return found

    def _nearest(self, word: str) -> tuple[str, ...]:
        if len(word) < 5:  # short words turn too easily into another word ("rome" -> "role") ...
            near = process.extract(word, self.question_words, scorer=OSA.distance, score_cutoff=1, limit=None)
            return tuple(m[0] for m in near) or (word,)  # ... except misspelt question words ("whre", "wen")
        edits = 1 if len(word) < 8 else 2
        pool = [w for n in range(len(word) - edits, len(word) + edits + 1) for w in self.by_length.get(n, ())]
        near = process.extract(word, pool, scorer=OSA.distance, score_cutoff=edits, limit=None)
        if not near:
            return (word,)
        # a typo rarely changes the first letter ("iphone" is not "phone"), but may swap the first two
        near = [m for m in near if m[0][0] == word[0] or m[0][:2] == word[1::-1]]
        if not near:
            return (word,)
        best = min(m[1] for m in near)
        nearest = sorted((m[0] for m in near if m[1] == best), key=lambda w: (-self.count[w], w))
        return tuple(nearest[:MAX_SPELLINGS])

    def repair(self, words: list[str]) -> tuple[list[str], list[str]]:
        """Split and merged words made whole: (words, what was repaired)."""
        out: list[str] = []
        notes: list[str] = []
        i = 0
        while i < len(words):
            word = words[i]
            following = words[i + 1] if i + 1 < len(words) else ""
            joined = word + following
            if following and (word not in self.known or following not in self.known) and joined in self.count \
                    and joined.isalpha():
                out.append(joined)
                notes.append(f"'{word} {following}' -> '{joined}' (merged)")
                i += 2
                continue
            split = self._split(word) if self.fix(word) == (word,) else None
            if split:
                out.extend(split)
                notes.append(f"'{word}' -> '{' '.join(split)}' (split)")
            else:
                out.append(word)
            i += 1
        return out, notes

    def _split(self, word: str) -> list[str] | None:
        if word in self.known or not word.isalpha() or not 5 <= len(word) <= MAX_WORD:
            return None
        ways = [[word[:k], word[k:]] for k in range(2, len(word) - 1)
                if word[:k] in self.known and word[k:] in self.known
                and (word[:k] in self.count or word[k:] in self.count)]
        return ways[0] if len(ways) == 1 else None
