"""A language typed in Latin letters ("koly bude zustrich", "hto napysav stattiu"), read back in its own.

People romanise as they like: "хто" is "khto" by the national standard, "hto" or "xto" in chat, "що" is
"shcho", "scho" or "sho".  So no one spelling is reversed: each word the bot knows and each Latin word
typed are brought to one coarse shape (kh and h alike, y and i alike, ts and c alike ...) and a typed
word takes the known word of its shape.  A word of no known shape is spelled back letter group by letter
group, for the lemmatiser and the spelling fixer to read as they read any typed word.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from functools import cached_property

_LATIN_WORD = re.compile(r"[A-Za-zčšžČŠŽ][A-Za-zčšžČŠŽ'`’]*")


def _alternation(table: Iterable[tuple[str, str]]) -> tuple[re.Pattern, dict[str, str]]:
    pairs = dict(table)
    return re.compile("|".join(map(re.escape, sorted(pairs, key=len, reverse=True)))), pairs


@dataclass(frozen=True, eq=False)
class Romanization:
    """One language's letters in Latin: how each is usually spelled, how typed spellings fold to a shape,
    and the letter each Latin group most often stands for."""

    letters: Mapping[str, str]  # own letter -> its usual Latin spelling ("х" -> "kh", "ь" -> "")
    shapes: tuple[tuple[str, str], ...]  # typed Latin group -> a shape shared by its variants ("kh" -> "h")
    spellings: tuple[tuple[str, str], ...]  # Latin group -> the letters it most often stands for ("shch" -> "щ")
    folds: tuple[tuple[str, str], ...] = ()  # regex -> replacement, last, on the shape ("ii+" -> "i")
    loose: tuple[tuple[str, str], ...] = ()  # further folds, tried when a word's own shape is unknown ("y" -> "i")
    foreign: str = ""  # letters of a language it reads too ("ы" of Russian): such a word is taken last
    is_word: Callable[[str], bool] = lambda word: True  # in the language's dictionary: taken before a typo

    @cached_property
    def _shape_groups(self) -> tuple[re.Pattern, dict[str, str]]:
        return _alternation(self.shapes)

    @cached_property
    def _spelling_groups(self) -> tuple[re.Pattern, dict[str, str]]:
        return _alternation(self.spellings)

    @cached_property
    def _folds(self) -> tuple[tuple[re.Pattern, str], ...]:
        return tuple((re.compile(pattern), replacement) for pattern, replacement in self.folds)

    @cached_property
    def _loose(self) -> tuple[tuple[re.Pattern, str], ...]:
        return tuple((re.compile(pattern), replacement) for pattern, replacement in self.loose)

    def shape(self, word: str, loose: bool = False) -> str:
        """The shape of a word in either script: equal for "хто", "khto", "hto" and "xto"; loose, also
        for spellings told apart otherwise ("ty" and "ti": "ти" and "ті")."""
        latin = "".join(self.letters.get(ch, ch) for ch in word.lower())
        pattern, groups = self._shape_groups
        shaped = pattern.sub(lambda m: groups[m.group(0)], latin)
        for fold, replacement in self._folds + (self._loose if loose else ()):
            shaped = fold.sub(replacement, shaped)
        return shaped

    def keys(self, word: str) -> tuple[str, str]:
        """The word's shape and its loose shape (marked "~"), as `shapes_of` files a known word under them."""
        return self.shape(word), "~" + self.shape(word, loose=True)

    def find(self, word: str, known_shapes: Mapping[str, str]) -> str | None:
        """The known word of this typed word's shape, or else of its loose shape."""
        return next((known_shapes[key] for key in self.keys(word) if key in known_shapes), None)

    def spell(self, word: str) -> str:
        """A Latin word in the language's letters, group by group ("zustrich" -> "зустріч")."""
        pattern, groups = self._spelling_groups
        return pattern.sub(lambda m: groups[m.group(0)], word.lower())

    def shapes_of(self, known: Iterable[str]) -> dict[str, str]:
        """Shape -> the known word of that shape (loose shapes marked "~"); of several, a word of the
        language's own dictionary, then the shortest, then the first in order, so every process reads a
        word alike."""
        def rank(word: str) -> tuple:
            return (any(ch in self.foreign for ch in word), not self.is_word(word), len(word), word)

        out: dict[str, str] = {}
        for word in sorted((w for w in set(known) if w.isalpha() and not w.isascii()), key=rank):
            for key in self.keys(word):
                out.setdefault(key, word)
        return out

    def read_back(self, text: str, known_shapes: Mapping[str, str]) -> str | None:
        """`text` with each Latin word in the language's letters: the known word of its shape, or spelled;
        None when it has Latin letters the language's romanisation never uses ("é", "ý": another language)."""
        if any(ch.isalpha() and not ch.isascii() and ch not in self.letters and ch not in self._spelling_groups[1]
               for ch in text):
            return None
        def word(match: re.Match) -> str:
            typed = re.sub(r"['`’]", "", match.group(0))
            return self.find(typed, known_shapes) or self.spell(typed)
        return _LATIN_WORD.sub(word, text)
