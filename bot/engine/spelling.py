"""Spelling correction against the words a story's book spells.

Every equally near correction is kept (commonest first, then alphabetical), so an ambiguous
misspelling is read each way and never decided by the hash seed or by chance.
"""

from __future__ import annotations

from collections import Counter

from rapidfuzz import process
from rapidfuzz.distance import OSA

from ..story.locale import Locale

MAX_SPELLINGS = 3  # nearest corrections kept per word


class Speller:
    def __init__(self, surface: Counter, locale: Locale):
        self.count = surface
        self.stopwords = locale.stopwords
        self.question_words = tuple(sorted(locale.question_words))  # a fixed order for ties
        self.targets = sorted(w for w in surface if len(w) >= 3 and w.isalpha() and w not in locale.stopwords)

    def fix(self, word: str) -> tuple[str, ...]:
        """The word itself if known, else its nearest spellings in the book, best first."""
        if word in self.count or word in self.stopwords or not word.isalpha() or len(word) < 3:
            return (word,)
        if len(word) < 5:  # short words turn too easily into another word ("rome" -> "role") ...
            near = process.extract(word, self.question_words, scorer=OSA.distance, score_cutoff=1, limit=None)
            return tuple(m[0] for m in near) or (word,)  # ... except misspelt question words ("whre", "wen")
        edits = 1 if len(word) < 8 else 2
        near = process.extract(word, self.targets, scorer=OSA.distance, score_cutoff=edits, limit=None)
        if not near:
            return (word,)
        best = min(m[1] for m in near)
        nearest = sorted((m[0] for m in near if m[1] == best), key=lambda w: (-self.count[w], w))
        return tuple(nearest[:MAX_SPELLINGS])
