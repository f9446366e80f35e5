"""Text normalisation shared by the match index (at load) and the engine (per message).

Both sides must fold text the same way, or a phrasing can never match itself.  `fold` is
language-neutral; a locale's `rewrite` and `stem` add the language's own rules.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable, Mapping
from functools import lru_cache

from ..story.locale import Locale

_INVISIBLE = re.compile(r"[\u00ad\u180e\u200b-\u200f\u202a-\u202e\u2060-\u206f\ufe00-\ufe0f\ufeff]")
_NON_WORD = re.compile(r"[^\w]+")


@lru_cache(maxsize=4096)  # the fact file folds each phrasing several times; bounded for user text
def fold(text: str) -> str:
    """Unicode-fold to plain lowercase words separated by single spaces."""
    ascii_only = text.isascii()  # the common case skips the Unicode passes
    if not ascii_only:
        text = _INVISIBLE.sub("", unicodedata.normalize("NFKC", text))
    text = text.casefold()
    if not ascii_only:
        text = _strip_marks(unicodedata.normalize("NFKD", text))
    text = _NON_WORD.sub(" ", text.replace("_", " "))
    return " ".join(text.split())


_LETTER_MARKS = frozenset("\u0306\u0308")  # breve and diaeresis: й, ї, ё are letters of their own in Cyrillic
# Text with no combining mark but those (Latin and Cyrillic letters, whose only marks in this range are
# U+0483-U+0489), each right after a Cyrillic letter: nothing to strip.  Most Ukrainian text is such.
_KEPT_MARKS_ONLY = re.compile(r"[\u0000-\u02ff\u0400-\u0482\u048a-\u04ff\u0306\u0308]*")
_LOOSE_MARK = re.compile(r"(?<![\u0400-\u04ff])[\u0306\u0308]")


def _strip_marks(text: str) -> str:
    """Accents and stress marks off ("artícle" -> "article", "зу́стріч" -> "зустріч"), but a Cyrillic
    letter keeps a mark that makes it another letter ("й" is not "и", "ї" is not "і")."""
    if _KEPT_MARKS_ONLY.fullmatch(text) and not _LOOSE_MARK.search(text):  # the loop below, without the loop
        return unicodedata.normalize("NFC", text) if "\u0306" in text or "\u0308" in text else text
    if not any(unicodedata.combining(ch) for ch in text):
        return text
    out: list[str] = []
    for ch in text:
        if unicodedata.combining(ch):
            if ch in _LETTER_MARKS and out and "\u0400" <= out[-1] <= "\u04ff":
                out.append(ch)
            continue
        out.append(ch)
    return unicodedata.normalize("NFC", "".join(out))


def words(text: str, locale: Locale) -> list[str]:
    """The folded words of `text`, after the locale's own rewriting rules."""
    return _words(text, locale).split()


@lru_cache(maxsize=4096)
def _words(text: str, locale: Locale) -> str:
    return fold(rewritten(text, locale))


@lru_cache(maxsize=4096)
def rewritten(text: str, locale: Locale) -> str:
    """`locale.rewrite(text)`, once per text: a message is rewritten to tell its language and again to read it."""
    return locale.rewrite(text)


class AliasTable:
    """Replaces curated spellings and synonyms by one canonical form, longest first.

    Phrases match word for word as written ("which country" is not "which countries");
    single words match by stem, so plurals and tenses need no listing.
    """

    def __init__(self, aliases: Mapping[str, Iterable[str]], locale: Locale):
        self.stem: Callable[[str], str] = locale.stem
        self._phrases: dict[tuple[str, ...], tuple[str, ...]] = {}
        self._words: dict[str, tuple[str, ...]] = {}
        self._exact: dict[str, tuple[str, ...]] = {}  # a listed spelling wins over its stem ("києві" -> kyiv)
        self._spelled: set[str] = set()
        self._names: dict[tuple[str, ...], str] = {}
        self._name_starts: frozenset[str] | None = None
        for canonical, variants in aliases.items():
            target = tuple(self.stem(w) for w in words(canonical, locale))
            for variant in [canonical, *variants]:
                key = tuple(words(variant, locale))
                self._spelled.update(key)
                if len(key) > 1:
                    self._phrases[key] = target
                    self._names[key] = " ".join(words(canonical, locale))
                elif key:
                    self._words[self.stem(key[0])] = target
                    self._exact[key[0]] = target
        self._longest = max((len(k) for k in self._phrases), default=0)
        self._starts = {k[0] for k in self._phrases}  # most words start no phrase: skip the search

    def add_synonyms(self, groups: Iterable[tuple[str, ...]], used: frozenset[str], corpus: str, locale: Locale,
                     stop: frozenset[str] = frozenset()) -> None:
        """A language's general synonyms ("accomplish" = "achieve"), for the words the book does not
        use: each such member reads as the first member the book does use (after the book's own
        aliases, so "aim" reads as the book's "purpose" when the book lists it so).  A word the book
        uses, or spells as an alias, is never re-read; `stop` (function words) never is either.
        `used`: the stems of the book's words; `corpus`: its folded texts, for phrases.  The synonyms
        are not added to the spellings the book knows (`surface`): "government" is no word of the book."""
        present = frozenset(corpus.split())  # a phrase with a word the corpus lacks is not in it: no scan
        for group in groups:
            keys = [tuple(words(member, locale)) for member in group]
            known = [key for key in keys if self._uses(key, used, corpus, present)]
            if not known:
                continue
            target = tuple(self.apply(list(known[0])))
            for key in keys:
                if not key or self._uses(key, used, corpus, present) or (len(key) == 1 and (key[0] in stop or self.stem(key[0]) in stop)):
                    continue
                if len(key) > 1:
                    self._phrases.setdefault(key, target)
                else:
                    self._words.setdefault(self.stem(key[0]), target)
                    self._exact.setdefault(key[0], target)
        self._longest = max((len(k) for k in self._phrases), default=0)
        self._starts = {k[0] for k in self._phrases}

    def _uses(self, key: tuple[str, ...], used: frozenset[str], corpus: str, present: frozenset[str]) -> bool:
        """Does the book use this word (by stem) or phrase, in its text or as one of its aliases?
        `present`: the corpus's words, so most phrases need no scan of the whole corpus (4 ms a book)."""
        if len(key) > 1:
            return key in self._phrases or (all(w in present for w in key) and f" {' '.join(key)} " in corpus)
        return bool(key) and (key[0] in self._exact or self.stem(key[0]) in self._words
                              or self.stem(key[0]) in used)

    def phrases(self) -> dict[str, tuple[str, ...]]:
        """Every spelling of several words ("coalition of the willing"), joined -> its words."""
        return {" ".join(k): k for k in self._phrases if len(" ".join(k)) >= 8}

    @property
    def name_starts(self) -> frozenset[str]:
        """The first words of the spellings `named` knows."""
        starts = getattr(self, "_name_starts", None)  # (an older start-up cache's table has none)
        if starts is None:
            starts = self._name_starts = frozenset(k[0] for k in self._names)
        return starts

    def named(self, key: tuple[str, ...]) -> str:
        """The canonical name a spelling of several words stands for ("british prime minister" ->
        "starmer"), or "" when no alias of the book's spells it so."""
        return self._names.get(key, "")

    def surface(self) -> set[str]:
        """Every word spelled in the table, for spelling correction."""
        return set(self._spelled)

    def apply(self, folded: list[str]) -> list[str]:
        """Folded words in, stemmed and alias-replaced words out."""
        out: list[str] = []
        i = 0
        while i < len(folded):
            sizes = range(min(self._longest, len(folded) - i), 1, -1) if folded[i] in self._starts else ()
            for size in sizes:
                target = self._phrases.get(tuple(folded[i : i + size]))
                if target is not None:
                    out.extend(target)
                    i += size
                    break
            else:
                exact = self._exact.get(folded[i])
                if exact is None:
                    word = self.stem(folded[i])
                    exact = self._words.get(word)
                    if exact is None:
                        exact = (word,)
                    elif tuple(out[-len(exact):]) == exact:  # "коаліція охочіх": one name, typed in two words
                        exact = ()
                out.extend(exact)
                i += 1
        return out


class Vocabulary:
    """A locale's function words, with their stems, to tell meaningful words apart."""

    def __init__(self, locale: Locale):
        noise = locale.stopwords | locale.fillers
        # "else", "besides", "other": one word, so "which countries besides france" meets "who else"
        others = sorted(locale.else_words)
        self.same = {form: others[0] for w in others for form in (w, locale.stem(w))} if others else {}
        self.stop = (noise | {locale.stem(w) for w in noise}) - set(self.same)
        self.question = {locale.stem(w): kind for w, kind in locale.question_words.items()}
        self.question.update(locale.question_words)
        self.stop -= set(self.question)  # a function word's base form is never a question word ("какой" -> "як")

    def content(self, tokens: Iterable[str]) -> list[str]:
        """The words that carry meaning."""
        same = self.same
        return [same.get(w, w) for w in tokens if w not in self.stop]
