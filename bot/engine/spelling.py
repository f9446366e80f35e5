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

from rapidfuzz import fuzz, process
from rapidfuzz.distance import OSA

from ..story.locale import Locale

MAX_SPELLINGS = 3  # nearest corrections kept per word
MAX_FIXES = 8  # unknown words corrected per message; the rest stay as typed
MAX_PHRASE_TRIES = 60  # windows of a message compared with the story's phrases ("coalition of the villain")
MAX_WORD = 24  # longer "words" are not words
CACHE = 20_000


def _single(options: tuple[str, ...]) -> str | None:
    return options[0] if len(options) == 1 else None


def _metaphone(word: str) -> str:
    import jellyfish  # imported on the first unknown word: most messages have none

    return jellyfish.metaphone(word)


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


PHRASE_CUTOFF = 85  # fuzz.ratio a window needs to be read as a phrase of the story


class _PhraseTable:
    """A book's phrases by length: fuzz.ratio >= 85 needs 2·min(a, b) >= 0.85·(a + b) characters, so a
    window is compared only with phrases of a length that can reach it (in the book's order, for ties)."""

    def __init__(self, phrases: dict[str, tuple[str, ...]]):
        self.sizes = sorted({len(p) for p in phrases.values()}, reverse=True)
        self.keys = list(phrases)
        self._near: dict[int, list[str]] = {}

    def near(self, length: int) -> list[str]:
        found = self._near.get(length)
        if found is None:
            share = PHRASE_CUTOFF / 100
            low, high = share * length / (2 - share) - 1, (2 - share) * length / share + 1  # (a margin for rounding)
            found = self._near[length] = [k for k in self.keys if low <= len(k) <= high]
        return found


_TABLES: dict[int, tuple[dict, _PhraseTable]] = {}


def _phrase_table(phrases: dict[str, tuple[str, ...]]) -> _PhraseTable:
    """The table of a phrases dict (the same dict object is passed for every question of a book)."""
    held = _TABLES.get(id(phrases))
    if held is None or held[0] is not phrases:
        if len(_TABLES) > 16:
            _TABLES.clear()
        held = _TABLES[id(phrases)] = (phrases, _PhraseTable(phrases))
    return held[1]


class Speller:
    def __init__(self, surface: Counter, locale: Locale, canonical=lambda word: word):
        self.count = surface
        self.canonical = canonical  # word -> what the book folds it into (its aliases)
        self.question_words = tuple(sorted(locale.question_words))  # a fixed order for ties
        language = (set(locale.stopwords) | set(locale.fillers) | set(locale.shorthand) | set(locale.question_words)
                    | set(locale.months) | set(locale.seasons) | set(locale.weekdays) | set(locale.letter_names) | set(locale.people) | set(locale.demonyms)
                    | {w for phrase in locale.relative_days for w in phrase}
                    | {w for place in locale.places for w in place.split()}
                    | {w for group in locale.synonyms for member in group for w in member.split()})
        self.known = frozenset(language | set(surface))
        # another form of a known word ("disclosed" beside "disclose") is no misspelling of a third one
        self.stem = locale.stem
        self.known_stems = frozenset(locale.stem(w) for w in self.known if len(w) > 3)
        self.function_words = frozenset(language)
        self.prepositions = frozenset(locale.place_prepositions)  # "in sowdy arabia": no "inside"
        targets = sorted(w for w in surface if len(w) >= 3 and w.isalpha() and w not in locale.stopwords
                         and w not in locale.fillers)
        self.target_list = targets
        self.targets = frozenset(targets)
        self.endings = locale.endings
        # words that shape a question ("how *many*", "what *number*") are never heard in a content word:
        # "how much money" is not "how much many"
        self.shape_words = frozenset(w for key in locale.question_types for w in key)
        self.letter_names = dict(locale.letter_names)
        self.spoken_letters = dict(self.letter_names, you="u")
        # function words, for a misspelt one ("happend", "whihc") when no word of the book is near
        self.function_buckets: dict[tuple[int, str], list[str]] = {}
        for word in sorted(w for w in set(locale.stopwords) | set(locale.fillers) if len(w) >= 5 and w.isalpha()):
            self.function_buckets.setdefault((len(word), word[0]), []).append(word)
        self._keys: dict[str, list[str]] | None = None  # Metaphone key -> book words, built on first use
        self.buckets: dict[tuple[int, str], list[str]] = {}  # (length, first letter) -> words
        for word in targets:
            self.buckets.setdefault((len(word), word[0]), []).append(word)
        self._cache: dict[str, tuple[str, ...]] = {}
        self.base_known = None  # optional: a word whose base form the book uses is no misspelling (MatchIndex sets it)

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
        near = self._near(word, self.buckets, edits)
        if not near:  # a misspelt function word ("happend") is that word, and carries no topic: one reading
            near = self._near(word, self.function_buckets, 1) if len(word) >= 6 else []
            return (min(m[0] for m in near),) if near else (word,)
        best = min(m[1] for m in near)
        nearest = sorted((m[0] for m in near if m[1] == best), key=lambda w: (-self.count[w], w))
        return tuple(nearest[:MAX_SPELLINGS])

    def _near(self, word: str, buckets: dict[tuple[int, str], list[str]], edits: int) -> list:
        # a typo rarely changes the first letter ("iphone" is not "phone"), but may swap the first two;
        # so only words of a plausible length starting with one of those letters are compared
        pool = [w for n in range(len(word) - edits, len(word) + edits + 1) for first in dict.fromkeys(word[:2])
                for w in buckets.get((n, first), ())]
        near = process.extract(word, pool, scorer=OSA.distance, score_cutoff=edits, limit=None)
        return [m for m in near if (m[0][0] == word[0] or m[0][:2] == word[1::-1])
                and not (word.startswith(m[0]) and word[len(m[0]):] in self.endings)]  # "party" is not "part"

    def correct(self, words: list[str], budget: list[int], phrases: dict[str, tuple[str, ...]],
                guessed: list[str] | None = None) -> tuple[list[tuple[str, ...]], list[str]]:
        """Each word's spellings (one, or several equally near), and a note per repair.

        Voice typing and typos, in order: letter names ("you kay" -> "uk"), a known phrase heard
        wrong ("coalition of the villain"), a word split or merged ("star mur", "whenis"), a misspelling
        ("coalitoin"), a sound-alike ("meat", "pear is").  Only unknown words are looked at, at most
        `budget[0]` of them.  The words a sound-alike made of a word are added to `guessed`.
        """
        notes: list[str] = []
        words = self._letters(words, notes)
        words = self._phrases(words, notes, phrases)
        out: list[tuple[str, ...]] = []
        plain = True  # the last entry of `out` is the previous word, as typed
        i = 0
        while i < len(words):
            word = words[i]
            if word in self.known or not word.isalpha() or len(word) > MAX_WORD or budget[0] <= 0 or (
                    len(word) > 4 and self.stem(word) in self.known_stems) or (
                    self.base_known is not None and self.base_known(word)):
                out.append((word,))
                plain = True
                i += 1
                continue
            budget[0] -= 1
            joined = self._join(words, i, out if plain else [])
            plain = False
            if joined:
                first, last, whole = joined
                notes.append(f"'{' '.join(words[first:last])}' -> '{whole}' (heard as one word)")
                del out[len(out) - (i - first):]
                out.append((whole,))
                i = last
                continue
            options = self.fix(word)
            if options == (word,):
                options = self._sounds_like(word) or options
                how = "sounds like"
                if guessed is not None and options != (word,):
                    guessed.extend(options)
            else:
                how = "spelling"
            if options == (word,):
                split = self._split(word)
                if split:
                    notes.append(f"'{word}' -> '{' '.join(split)}' (split)")
                    out.extend((part,) for part in split)
                    i += 1
                    continue
            else:
                notes.append(f"'{word}' -> {' or '.join(repr(o) for o in options)} ({how})")
            out.append(options)
            i += 1
        return out, notes

    def _letters(self, words: list[str], notes: list[str]) -> list[str]:
        """'you kay' -> 'uk', 'you ess' -> 'us': letters spelled out by voice typing."""
        names = self.spoken_letters
        out: list[str] = []
        i = 0
        while i < len(words):
            run = i
            while run < len(words) and words[run] in names and run - i < 3:
                run += 1
            joined = "".join(names[w] for w in words[i:run])
            if run - i >= 2 and joined in self.count:
                notes.append(f"'{' '.join(words[i:run])}' -> '{joined}' (spelled out)")
                out.append(joined)
                i = run
            else:
                out.append(words[i])
                i += 1
        return out

    def _phrases(self, words: list[str], notes: list[str], phrases: dict[str, tuple[str, ...]]) -> list[str]:
        """A phrase of the book heard slightly wrong: 'coalition of the villain', 'kiev independant'."""
        unknown = [self._misheard(w) for w in words]
        if not phrases or not any(unknown):
            return words
        tries = MAX_PHRASE_TRIES  # a 4,096-character message of made-up words would try every window
        table = _phrase_table(phrases)
        for size in table.sizes:
            i = 0
            while i + size <= len(words):
                window = words[i:i + size]
                if tries > 0 and any(unknown[i:i + size]):
                    tries -= 1
                    heard = " ".join(window)
                    match = process.extractOne(heard, table.near(len(heard)), scorer=fuzz.ratio, score_cutoff=PHRASE_CUTOFF)
                    if match and {window[0], window[-1]} - set(phrases[match[0]]) & self.function_words:
                        match = None  # "prime ministers or": the "or" at its edge is no part of "prime minister"
                    if match:
                        notes.append(f"'{' '.join(window)}' -> '{match[0]}' (a phrase of the story)")
                        words = words[:i] + list(phrases[match[0]]) + words[i + size:]
                        unknown = [self._misheard(w) for w in words]
                i += 1
        return words

    def _misheard(self, word: str) -> bool:
        """A word the book does not know, which a phrase repair may take for a slip: no number ("35 heads of
        state" is not "head of state")."""
        return word not in self.known and not word.isdigit()

    def _join(self, words: list[str], i: int, out: list[tuple[str, ...]]) -> tuple[int, int, str] | None:
        """(first, last, word): `words[i]` with its neighbours is one book word, exactly, one edit
        away or sounding the same.  A spelled-out letter before it counts as the letter ("you crane")."""
        windows = [(i, i + 2), (i, i + 3), (i - 1, i + 1), (i - 1, i + 2)]
        candidates = [(a, b, "".join(words[a:b])) for a, b in windows  # a preposition before a name is no
                      if a >= 0 and b <= len(words) and (a == i or (out and len(out[-1]) == 1  # part of it
                                                                    and words[a] not in self.prepositions))]
        if i and words[i - 1] in self.spoken_letters and out and len(out[-1]) == 1:
            candidates.append((i - 1, i + 1, self.spoken_letters[words[i - 1]] + words[i]))
        candidates = [(a, b, w) for a, b, w in candidates if w.isalpha() and len(w) >= 4]
        for test in (lambda w: w if w in self.targets else None,
                     lambda w: self._single(self.fix(w)) if len(w) >= 5 else None,
                     lambda w: self._single(self._sounds_like(w))):
            for first, last, whole in candidates:
                found = test(whole)
                if found and found != whole or (found and whole in self.targets):
                    return first, last, found
        return None

    def _single(self, options: tuple[str, ...]) -> str | None:
        """The one repair among `options`: spellings the book folds into one word count as one
        ("ukraine", "ukrain")."""
        if len(options) > 1 and len({self.canonical(o) for o in options}) == 1:
            return options[0]
        return _single(options)

    def _sounds_like(self, word: str) -> tuple[str, ...]:
        """Book words that sound the same (Metaphone), for voice typing: 'meat' -> 'meet'."""
        if len(word) < 4:
            return ()
        key = _metaphone(word)
        if len(key) < 2:
            return ()
        found = [w for w in self._phonetic().get(key, ())
                 if abs(len(w) - len(word)) <= 3 and fuzz.ratio(w, word) >= 60  # "cook" is not "quick"
                 and not (word.startswith(w) and word[len(w):] in self.endings)]
        return tuple(sorted(found, key=lambda w: (-self.count[w], w))[:MAX_SPELLINGS])

    def _phonetic(self) -> dict[str, list[str]]:
        if self._keys is None:
            self._keys = {}
            for word in self.target_list:
                if len(word) >= 4 and word not in self.shape_words:
                    self._keys.setdefault(_metaphone(word), []).append(word)
        return self._keys

    def _split(self, word: str) -> list[str] | None:
        if word in self.known or not word.isalpha() or not 5 <= len(word) <= MAX_WORD:
            return None
        ways = [[word[:k], word[k:]] for k in range(2, len(word) - 1)
                if word[:k] in self.known and word[k:] in self.known
                and (word[:k] in self.count or word[k:] in self.count)
                and not (word[:k] in self.function_words and word[k:] in self.function_words
                         and word[:k] not in self.question_words and word[k:] not in self.question_words)]
        # ("become" is not "be come": a split into function words only would lose the word)
        return ways[0] if len(ways) == 1 else None
