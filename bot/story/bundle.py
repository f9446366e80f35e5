"""The story bundle: the fact book (content), one match index per language, and the locales.

Front ends hold a bundle and pass it to `bot.engine.respond`.  For their convenience it also
reads like its fact book (`story`, `facts`, `by_id`, `path`).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cached_property, lru_cache
from pathlib import Path

from . import locale as locales
from . import cache as startup_cache
from .factbook import DEFAULT_PATH, Fact, FactBook, Story, from_bytes, load, read_bytes
from .index import MatchIndex
from .locale import Locale


_LETTER = re.compile(r"[^\W\d_]")
_WORD = re.compile(r"\S+")


@lru_cache(maxsize=64)
def _folded(words: frozenset[str]) -> frozenset[str]:
    from ..engine.normalize import fold

    return frozenset(fold(w) for w in words)


@lru_cache(maxsize=16)
def _word_owners(own: frozenset[str], others: tuple[tuple[str, tuple[str, frozenset[str]]], ...]) -> dict[str, tuple[str, ...]]:
    """Folded word -> the languages it belongs to ("" for the locale's own), so a message's words are
    looked up once, not once per language."""
    owners: dict[str, list[str]] = {}
    for code, listed in [("", own)] + [(code, their_words) for code, (_, their_words) in others]:
        for word in _folded(listed):
            owners.setdefault(word, []).append(code)
    return {word: tuple(codes) for word, codes in owners.items()}


@dataclass(frozen=True)
class Identity:
    """Which language a message is in, as far as the bot reads it."""

    lang: str  # the locale (and index) to read it with
    text: str  # the text to read: the message, or its letters retyped from a wrong keyboard layout
    foreign: str = ""  # the message is in another language: its code ("ru", "de"), or "?" for another script
    letters: bool = False  # it has letters of `lang` (a greeting, a question), not only digits and emoji
    retyped: bool = False  # typed on the Latin layout, read as `lang`
    unread: bool = False  # in a language the bot neither speaks nor reads: the "I understand only ..." line


class LazyIndexes(Mapping):
    """One match index per language, each built on first use: an English question never pays for
    another language's lemmatiser (the bot warms them all at start-up, see `StoryBundle.warm`)."""

    def __init__(self, book: FactBook, chosen: list[Locale], built: dict[str, MatchIndex] | None = None):
        self._book, self._locales = book, {loc.code: loc for loc in chosen}
        self._built: dict[str, MatchIndex] = {code: index for code, index in (built or {}).items()
                                              if code in self._locales}

    def __getitem__(self, code: str) -> MatchIndex:
        if code not in self._built:
            self._built[code] = MatchIndex(self._book, self._locales[code])  # KeyError: not a language of ours
        return self._built[code]

    def __iter__(self):
        return iter(self._locales)

    def __len__(self) -> int:
        return len(self._locales)


@dataclass(frozen=True, eq=False)
class StoryBundle:
    book: FactBook
    locales: tuple[Locale, ...]  # the first is the story's own language, the default
    indexes: Mapping[str, MatchIndex]  # language code -> the index built from that language's phrasings

    @property
    def index(self) -> MatchIndex:
        """The default language's index."""
        return self.indexes[self.locales[0].code]

    @property
    def locale(self) -> Locale:
        return self.locales[0]

    def language_of(self, text: str) -> str:
        """The code of the bundle's language `text` is read in."""
        return self.identify(text).lang

    def identify(self, text: str) -> Identity:
        """`_identify`, remembered for the last few hundred messages: a question is identified when it is read
        and again when the reply picks its voice."""
        found = self._identities.get(text)
        if found is None:
            if len(self._identities) >= 256:
                self._identities.clear()
            found = self._identities[text] = self._identify(text)
        return found

    @cached_property
    def _identities(self) -> dict[str, Identity]:
        return {}

    def _identify(self, text: str) -> Identity:
        """The language of a message, from its script and its words: the locale whose letters it uses most
        (a Latin spelling of a name another locale lists counts for that one: "coalition of the willing це
        що"); letters typed on the wrong keyboard layout ("rjkb pecnhsx"); and another language of the same
        script ("когда встреча?", "Wann trifft sich ...") or another script altogether."""
        sample = text[:400]
        counts = {loc.code: 0 for loc in self.locales}
        unknown = 0  # letters of no locale's script
        present = {loc.code for loc in self.locales if loc.letters.search(sample)}
        for word in self._words_to_weigh(sample, present, counts):
            owners = [loc for loc in self.locales if loc.letters.search(word)]
            if not owners:
                unknown += len(_LETTER.findall(word))
                continue
            owner = max(owners, key=lambda loc: len(loc.letters.findall(word)))
            if any(o.code != owner.code and o.code in present and word.lower() in self._spelled[o.code]
                   for o in self.locales):
                continue  # "coalition" in a Ukrainian message is one of the names Ukrainians spell so
            counts[owner.code] += len(owner.letters.findall(word))
        best = max(self.locales, key=lambda loc: counts[loc.code])  # the first (default) on a tie
        most = counts[best.code]
        if not most:
            return Identity(self.locales[0].code, text, foreign="?" if unknown else "", unread=bool(unknown))
        if unknown > most:
            return Identity(best.code, text, foreign="?", letters=True, unread=True)  # mostly another script
        retyped = self._retyped(text, best)
        if retyped is not None:
            return retyped
        foreign = self._foreign(sample, best)
        return Identity(best.code, text, foreign=foreign, letters=True, unread=bool(foreign) and foreign not in best.reads)

    def _words_to_weigh(self, sample: str, present: set[str], counts: dict[str, int]) -> list[str]:
        """The words whose letters must be weighed one by one: none when every letter of the sample is one
        locale's (most messages), whose count is then taken at once."""
        if len(present) == 1:
            only = next(loc for loc in self.locales if loc.code in present)
            letters = len(only.letters.findall(sample))
            if letters == len(_LETTER.findall(sample)):
                counts[only.code] = letters
                return []
        return _WORD.findall(sample)

    def warm(self) -> None:
        """Build every language's index now: a server pays at start-up, not on its first question."""
        for code in self.indexes:
            self._spelled[code]  # noqa: B018 - builds the index and its spellings
            if self.indexes[code].locale.romanization is not None:
                self._spelled.shapes(code)

    @cached_property
    def _spelled(self) -> _Spellings:
        """Each language's alias spellings, word by word (lowercase), read on first use."""
        return _Spellings(self)

    def _retyped(self, text: str, read_as: Locale) -> Identity | None:
        """A message meaning another language's letters, typed on the Latin layout ("rjkb pecnhsx") or
        spelled in Latin letters ("koly bude zustrich")."""
        others = [loc for loc in self.locales if loc is not read_as and not loc.letters.search(text)
                  and (loc.layout[0] or loc.romanization is not None)]
        mine = self._known_share(text, read_as) if others else 1.0
        for loc in others:
            found = self._from_layout(text, loc, mine) or self._from_latin_letters(text, loc, mine)
            if found is not None:
                return found
        return None

    def _from_layout(self, text: str, loc: Locale, mine: float) -> Identity | None:
        """Typed on the Latin keys of `loc`'s layout: read so when most words are known so, fewer as typed."""
        keys, letters = loc.layout
        if not keys or mine >= 0.5:
            return None
        converted = text.lower().translate(str.maketrans(keys, letters))
        theirs = self._known_share(converted, loc)
        return Identity(loc.code, converted, letters=True, retyped=True) if theirs >= 0.5 and theirs > mine else None

    def _from_latin_letters(self, text: str, loc: Locale, mine: float) -> Identity | None:
        """`loc` spelled in Latin letters: its spelling-back must explain clearly more words than the typed
        ones do (Latin words fit some shape easily), and most of the rest must be words of the language.
        Judged on the message's start, as its script is; and only when a fifth of its words have the shape
        of the language's own function words ("koly", "hto", "chy"), which needs no index: an English
        question of unknown words does not build the Ukrainian one (a cold `ask`: 0.3 s, not 1.2 s)."""
        if loc.romanization is None or mine > 0.8 or _function_word_share(text[:400], loc) < 0.2:
            return None
        shapes = self._spelled.shapes(loc.code)
        spelled = loc.romanization.read_back(text[:400], shapes)
        if not spelled or self._known_share(spelled, loc) < max(0.6, mine + 0.2) \
                or self._known_share(spelled, loc, loc.romanization.is_word) < 0.75:
            return None
        whole = spelled if len(text) <= 400 else loc.romanization.read_back(text, shapes)  # (most are read whole)
        return Identity(loc.code, whole, letters=True, retyped=True)

    def _known_share(self, text: str, loc: Locale, or_else=lambda word: False) -> float:
        """The share of `text`'s words the language's index knows (or `or_else` accepts)."""
        from ..engine.normalize import words

        index = self.indexes[loc.code]
        found = [w for w in words(text, loc) if not w.isdigit()]
        known = sum(1 for w in found if w in index.speller.known or loc.stem(w) in index.all_words or or_else(w))
        return known / len(found) if found else 0.0

    @staticmethod
    def _foreign(sample: str, loc: Locale) -> str:
        """Another language of `loc`'s script whose own letters and words outnumber `loc`'s own."""
        if not loc.others:
            return ""
        from ..engine.normalize import words

        owners = _word_owners(loc.own[1], tuple(loc.others.items()))
        hits = Counter(code for w in words(sample, loc) for code in owners.get(w, ()))  # one pass, all languages
        lowered = sample.lower()

        def score(code: str, own_letters: str) -> int:
            return hits[code] + sum(map(lowered.count, set(own_letters)))

        best, most = "", score("", loc.own[0])
        for code, (their_letters, _) in loc.others.items():
            theirs = score(code, their_letters)
            if theirs > most:
                best, most = code, theirs
        return best

    # the fact book's content, so a bundle can go wherever a book went
    @property
    def story(self) -> Story:
        return self.book.story

    @property
    def facts(self) -> tuple[Fact, ...]:
        return self.book.facts

    @property
    def by_id(self) -> dict[str, Fact]:
        return self.book.by_id

    @property
    def path(self) -> str:
        return self.book.path


def build_bundle(book: FactBook, languages: tuple[str, ...] | None = None,
                 extra: tuple[Locale, ...] = (), built: dict[str, MatchIndex] | None = None) -> StoryBundle:
    """Index `book` in each language: by default its own plus every language it has translations in
    (`built`: indexes already made, from the start-up cache)."""
    codes = languages or (book.language, *book.languages())
    chosen = [locales.get(code) for code in dict.fromkeys(codes)] + list(extra)
    return StoryBundle(book, tuple(chosen), LazyIndexes(book, chosen, built))


def load_bundle(path: str | Path = DEFAULT_PATH, languages: tuple[str, ...] | None = None, *,
                figures: bool = True, cache: Path | None = None) -> StoryBundle:
    """Read, validate and index a fact file; raises FactFileError listing every problem (`figures`:
    see `factbook.load`).  With a `cache` directory, an unchanged fact file read before by the same
    code is loaded from there (`bot.story.cache`)."""
    if cache is None:
        return build_bundle(load(path, figures=figures), languages)
    path = Path(path)
    data = read_bytes(path)
    name = startup_cache.key(data, f"{path}|{figures}|{languages}")
    found = startup_cache.read(cache, name)
    if isinstance(found, tuple) and len(found) == 2 and isinstance(found[0], FactBook) and isinstance(found[1], dict):
        return build_bundle(found[0], languages, built=found[1])
    bundle = build_bundle(from_bytes(data, str(path), figures=figures), languages)
    startup_cache.write(cache, name, (bundle.book, {bundle.locale.code: bundle.index}))  # the default index built now
    return bundle


def _function_word_share(text: str, loc: Locale) -> float:
    """The share of `text`'s Latin words shaped like one of `loc`'s function or question words."""
    typed = _LATIN_WORDS.findall(text.lower())
    shapes = _function_shapes(loc)
    return sum(loc.romanization.find(w, shapes) is not None for w in typed) / len(typed) if typed else 0.0


_LATIN_WORDS = re.compile(r"[a-zčšž']+")


@lru_cache(maxsize=8)
def _function_shapes(loc: Locale) -> dict[str, str]:
    """The shapes of the locale's function and question words (no index needed)."""
    words = {w for w in (*loc.stopwords, *loc.question_words, *loc.yesno_openers,
                         *(w for key in loc.question_types for w in key)) if w.isalpha()}
    return {key: w for w in sorted(words) for key in loc.romanization.keys(w)}


class _Spellings(dict):
    """language code -> that language's alias spellings, computed on first lookup."""

    def __init__(self, bundle: StoryBundle):
        super().__init__()
        self._bundle = bundle
        self._shapes: dict[str, dict[str, str]] = {}  # language code -> `shapes`

    def __missing__(self, code: str) -> frozenset[str]:
        spelled = frozenset(w.lower() for w in self._bundle.indexes[code].aliases.surface())
        self[code] = spelled
        return spelled

    def shapes(self, code: str) -> dict[str, str]:
        """The Latin shape of each word the language's index knows -> that word (`romanized`), made once."""
        if code not in self._shapes:
            index = self._bundle.indexes[code]
            self._shapes[code] = index.locale.romanization.shapes_of(index.speller.known)
        return self._shapes[code]
