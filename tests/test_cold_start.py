"""What a cold `ask` is spared (round 3): the same index, built with less work."""

from __future__ import annotations

import gc

import pytest

from bot.engine.normalize import AliasTable, fold, words
from bot.story.factbook import FactFileError, building, load, parse
from bot.story.index import MatchIndex, answer_text, phrasings
from bot.story.locale import get


def test_building_puts_collection_off_and_gives_the_setting_back():
    assert gc.isenabled()
    with building():
        assert not gc.isenabled()
        with building():  # nested: the inner one does not switch it back on early
            assert not gc.isenabled()
        assert not gc.isenabled()
    assert gc.isenabled()
    gc.disable()
    try:
        with building():
            pass
        assert not gc.isenabled()  # a caller that switched it off keeps it off
    finally:
        gc.enable()


def test_a_broken_fact_file_leaves_collection_on():
    with pytest.raises(FactFileError):
        parse("story: [", "broken.yaml")
    assert gc.isenabled()
    load("facts.yaml", figures=False)
    assert gc.isenabled()


@pytest.mark.parametrize("code", ["en", "uk"])
def test_each_text_is_read_once_and_as_before(book, code):
    """The spoken form of each phrasing is its rewritten, folded text; the stated words are those of the
    story and of each answer, each read on its own."""
    index = MatchIndex(book.book, get(code))
    locale = index.locale
    texts = [p for fact in book.facts for p in phrasings(fact, code, book.book)]
    assert index.spoken == [fold(locale.rewrite(q)) for q in texts]
    stated = [book.book.story_text_for(code)] + [answer_text(f, code, book.book) for f in book.facts]
    assert index.stated_words == frozenset(w for text in stated for w in words(text, locale))
    assert index.stated_words


def test_a_synonym_phrase_counts_as_used_only_when_the_corpus_has_it():
    """A phrase whose words are all in the corpus is still looked for as a phrase; one with a word the
    corpus lacks is not used, so it reads as the group's first used member."""
    locale = get("en")
    corpus = " the leaders will take part in talks \n who will sit down with them "
    used = frozenset(map(locale.stem, set(corpus.split())))
    table = AliasTable({}, locale)
    table.add_synonyms([("attend", "take part", "be present"), ("meet", "sit down", "them talks")], used, corpus,
                       locale)
    assert table.apply(["be", "present"]) == ["take", "part"]  # "present" is no corpus word: re-read
    assert table.apply(["them", "talks"]) == ["sit", "down"]  # both words are there, the phrase is not
    assert table.apply(["take", "part"]) == ["take", "part"]  # the book's own phrase is never re-read
