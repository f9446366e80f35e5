"""English reading mechanisms (round 2): each test names the mechanism, in questions of our own words."""

from __future__ import annotations

import pytest

from bot.engine.responder import respond


def facts(result):
    return [p.fact.id for p in result.parts if p.fact is not None]


@pytest.mark.parametrize("question", ["how much money does the coalition spend?",
                                      "how many money r they sending lol"])
def test_a_word_that_shapes_a_question_is_never_heard_in_a_content_word(book, question):
    """'money' sounds like 'many', but 'how much money' asks about money, which the story never mentions."""
    assert not respond(question, book).answered
