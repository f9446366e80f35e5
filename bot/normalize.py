"""Text normalisation shared by the fact book (at load) and the responder (per question).

Both sides must fold text the same way, or a phrasing can never match itself.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from functools import lru_cache
from collections.abc import Iterable, Mapping

import Stemmer

# Function words carry no topic.  Question words (when, where, who, why, how, many)
# are deliberately absent: they separate "when is the meeting" from "where is the meeting".
STOPWORDS = frozenset(
    """
    a an the and or but if of to in on at by for from with into over as than then so
    is are was were be been being am have has had having will would shall
    should can could may might must it its this that these those there here they them their theirs
    i me my mine we our ours you your yours he him his she her hers
    what which whats
    please pls plz tell know want like just really actually exactly exact basically
    any some also too very much more most still yet ever even again
    hi hello hey thanks thank ok okay yes no not
    going gonna take takes taking place held hold holding happen happens happened happening
    get gets got give given gave go goes went come comes coming came make makes made took
    s t d ll re ve m
    supposed expected itself themselves himself currently right now kind sort something anything
    thing things stuff lot bit guys guy dude bot mate someone somebody anyone anybody person
    whether because while although though all both each every such only same
    heard hear hearing read reading saw see seen think thought guess wonder wondering
    soon anyway maybe perhaps probably certainly sure already
    info information according mentioned mention mentions latest recently upcoming next scheduled schedule
    set specifically particular regarding concerning curious explain explained describe described
    behind front top bottom above below near beside around
    wat wut wot watz u ur r ya yall pleas plis cuz coz bc wanna gotta dunno kinda sorta lemme gimme idk btw
    up down out off away back few
    kindly question questions ask asking possibly quite pretty rather precisely simply well yeah oh hmm um uh
    myself everything somewhere anywhere somehow whatever whichever whoever therefore hence
    """.split()
)

_CONTRACTIONS = (
    (re.compile(r"n['’]t\b"), " not"),
    (re.compile(r"['’](s|re|ll|ve|d|m)\b"), ""),
)
_INVISIBLE = re.compile(r"[\u00ad\u180e\u200b-\u200f\u202a-\u202e\u2060-\u206f\ufe00-\ufe0f\ufeff]")
_NON_WORD = re.compile(r"[^\w]+")
_ORDINAL = re.compile(r"\b(\d+)(st|nd|rd|th)\b")
_US_CAPS = re.compile(r"\bU\.?S\.?(A\.?)?(?=\W|$)")  # "US" is a country, "us" a pronoun


@lru_cache(maxsize=2048)  # the fact file folds each phrasing several times; bounded for user text
def fold(text: str) -> str:
    """Unicode-fold to plain lowercase words separated by single spaces."""
    ascii_only = text.isascii()  # the common case skips the Unicode passes
    if not ascii_only:
        text = _INVISIBLE.sub("", unicodedata.normalize("NFKC", text))
    text = _US_CAPS.sub(" usa ", text).casefold()
    if not ascii_only:
        text = unicodedata.normalize("NFKD", text)
        text = "".join(ch for ch in text if not unicodedata.combining(ch))
    for pattern, repl in _CONTRACTIONS:
        text = pattern.sub(repl, text)
    text = _NON_WORD.sub(" ", text.replace("_", " "))
    text = _ORDINAL.sub(r"\1", text)
    return " ".join(text.split())


QUESTION_WORDS = frozenset("when where who whom whose why how".split())
_STEMMER = Stemmer.Stemmer("english")


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """Snowball stem, so "discussed"/"discuss" and "countries"/"country" meet."""
    return _STEMMER.stemWord(word) if len(word) > 3 and word.isalpha() else word


class AliasTable:
    """Replaces curated spellings and synonyms by one canonical form, longest first.

    Phrases match word for word as written ("which country" is not "which countries");
    single words match by stem, so plurals and tenses need no listing.
    """

    def __init__(self, aliases: Mapping[str, Iterable[str]]):
        self._phrases: dict[tuple[str, ...], tuple[str, ...]] = {}
        self._words: dict[str, tuple[str, ...]] = {}
        self._spelled: set[str] = set()
        for canonical, variants in aliases.items():
            target = tuple(stem(w) for w in fold(canonical).split())
            for variant in [canonical, *variants]:
                key = tuple(fold(variant).split())
                self._spelled.update(key)
                if len(key) > 1:
                    self._phrases[key] = target
                elif key:
                    self._words[stem(key[0])] = target
        self._longest = max((len(k) for k in self._phrases), default=0)
        self._starts = {k[0] for k in self._phrases}  # most words start no phrase: skip the search

    def surface(self) -> set[str]:
        """Every word spelled in the table, for spelling correction."""
        return set(self._spelled)

    def apply(self, words: list[str]) -> list[str]:
        """Folded words in, stemmed and alias-replaced words out."""
        out: list[str] = []
        i = 0
        while i < len(words):
            sizes = range(min(self._longest, len(words) - i), 1, -1) if words[i] in self._starts else ()
            for size in sizes:
                target = self._phrases.get(tuple(words[i : i + size]))
                if target is not None:
                    out.extend(target)
                    i += size
                    break
            else:
                word = stem(words[i])
                out.extend(self._words.get(word, (word,)))
                i += 1
        return out


def tokens(text: str, aliases: AliasTable) -> list[str]:
    """All words of `text`, folded, stemmed and alias-replaced."""
    return aliases.apply(fold(text).split())


def readings(text: str, aliases: AliasTable, spell, limit: int) -> list[list[str]]:
    """The ways to read `text` when `spell` offers several corrections of a word, at most `limit`.

    `spell(word)` returns the word's candidate spellings, best first.  The first reading takes
    every word's first candidate; the others vary the ambiguous words in a fixed order.
    """
    choices = [spell(w) for w in fold(text).split()]
    combos = itertools.islice(itertools.product(*choices), limit)
    return [aliases.apply(list(words)) for words in combos]


def content(words: Iterable[str]) -> list[str]:
    """The words that carry meaning."""
    return [w for w in words if w not in _STOP_STEMS]


_STOP_STEMS = STOPWORDS | {stem(w) for w in STOPWORDS}
