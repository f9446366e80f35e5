"""English reading mechanisms (round 3), in questions of our own words (no eval question)."""

from __future__ import annotations

import pytest

from bot.engine.responder import respond
from bot.story.locale.en.words import rewrite


def facts(result):
    return [p.fact.id for p in result.parts if p.fact is not None]


@pytest.mark.parametrize("text, reading", [
    ("who's attending this time?", "who is attending again?"),
    ("where do they gather this time around", "where do they gather again"),
    ("so, this time, where", "so, this time, where"),  # not at the end of a clause: left as typed
    ("what time is it", "what time is it"),
])
def test_this_time_at_the_end_means_the_coming_occasion(text, reading):
    assert rewrite(text) == reading


@pytest.mark.parametrize("question, fact", [
    ("where r they gathering this time", "meeting-place"),
    ("which place do they meet at this time?", "meeting-place"),
])
def test_this_time_asks_about_the_coming_meeting_not_the_earlier_ones(book, question, fact):
    assert facts(respond(question, book)) == [fact]


def test_a_place_asked_of_this_time_is_checked_against_the_coming_meeting(book):
    result = respond("they meet in london this time?", book)
    assert facts(result) == ["meeting-place"] and result.parts[0].verdict == "no"


@pytest.mark.parametrize("text, reading", [
    ("what are the troops supposed to accomplish?", "what are the purpose of the troops?"),
    ("tell me what the summit was intended to achieve", "tell me what was the purpose of the summit"),
    ("what did they do", "what did they do"),
])
def test_what_a_thing_is_meant_to_do_asks_its_purpose(text, reading):
    assert rewrite(text) == reading


def test_what_the_coalition_is_meant_to_do_is_what_it_is_for(book):
    assert facts(respond("can u tell me what that group of nations is designed to do", book)) == ["what-is-coalition"]


@pytest.mark.parametrize("question", ["at what hour on april 4?", "what time on the 4th of april", "what time fri"])
def test_a_when_question_naming_its_own_day_asks_the_time_on_it(book, question):
    """The day it names is the frame: the story gives the day, not the hour, so the bot says so."""
    result = respond(question, book)
    assert facts(result) == ["meeting-time"] and not result.answered


def test_a_when_question_about_a_thing_on_a_day_still_gets_the_day(book):
    assert facts(respond("when is the coalition meeting in ukraine, on friday?", book)) == ["meeting-date"]
