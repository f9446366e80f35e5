"""The story bundle: the fact book (content), one match index per language, and the locales.

Front ends hold a bundle and pass it to `bot.engine.respond`.  For their convenience it also
reads like its fact book (`story`, `facts`, `by_id`, `path`).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from . import locale as locales
from .factbook import DEFAULT_PATH, Fact, FactBook, Story, load
from .index import MatchIndex
from .locale import Locale


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
        """The code of the bundle's language whose letters `text` uses most; the default on a tie."""
        best, most = self.locales[0].code, 0
        for loc in self.locales:
            count = len(loc.letters.findall(text[:400]))
            if count > most:
                best, most = loc.code, count
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
                 extra: tuple[Locale, ...] = ()) -> StoryBundle:
    """Index `book` in each language: by default its own plus every language it has translations in."""
    codes = languages or (book.language, *book.languages())
    chosen = [locales.get(code) for code in dict.fromkeys(codes)] + list(extra)
    return StoryBundle(book, tuple(chosen), {loc.code: MatchIndex(book, loc) for loc in chosen})


def load_bundle(path: str | Path = DEFAULT_PATH, languages: tuple[str, ...] | None = None) -> StoryBundle:
    """Read, validate and index a fact file; raises FactFileError listing every problem."""
    return build_bundle(load(path), languages)
