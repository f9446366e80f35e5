"""The conversation core, and that every front end is a thin adapter over it."""

from __future__ import annotations

import html
import re
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

from bot.conversation import MAX_THREADS, ChatState, Event, EventKind, Outcome, Story, handle, sent
from bot.engine.result import Kind
from bot.render import Action, ActionKind, encode
from bot.story.locale.en.texts import TEXTS
from tests.support.updates import callback, text_message

ROOT = Path(__file__).resolve().parent.parent
# One script of events, as a person would cause them: questions, a follow-up, a button, commands.
SCRIPT = [
    (EventKind.COMMAND, "/start"),
    (EventKind.TEXT, "when is the coalition meeting?"),
    (EventKind.TEXT, "and where?"),
    (EventKind.BUTTON, encode(Action(ActionKind.FACT, fact_id="paris-summit"))),
    (EventKind.TEXT, "what is the capital of france"),
    (EventKind.COMMAND, "/help"),
    (EventKind.COMMAND, "/source"),
    (EventKind.TEXT, "how many troops will be sent?"),
    (EventKind.TEXT, "thanks!"),
]


def _core_texts(story) -> list[str]:
    state, out = ChatState(), []
    for kind, text in SCRIPT:
        turn = handle(Event(kind, text, at=1000.0), state, story)
        state = turn.state
        out += [r.text for r in turn.replies]
    return out


def test_terminal_and_telegram_say_the_same_to_the_same_script(story, harness_factory):
    lines = []
    for kind, text in SCRIPT:  # the terminal presses a button by its number: find it on the last reply
        lines.append(text if kind is not EventKind.BUTTON else "BUTTON")
    core = _core_texts(story)

    async def body(h):
        for i, (kind, text) in enumerate(SCRIPT, 1):
            await h.send(callback(text) if kind is EventKind.BUTTON else text_message(text, message_id=i), i)

    sent = harness_factory(body).sent()
    telegram = [html.unescape(re.sub(r"</?i>", "", s["text"])) for s in sent]
    assert telegram == core

    # the terminal: the button in the script is the 1st button of the reply before it ("and where?")
    before = handle(Event(EventKind.TEXT, "when is the coalition meeting?", at=1.0), ChatState(), story)
    after_where = handle(Event(EventKind.TEXT, "and where?", at=2.0), before.state, story).replies[-1]
    number = 1 + [b.data for b in after_where.buttons].index(SCRIPT[3][1]) if any(
        b.data == SCRIPT[3][1] for b in after_where.buttons) else None
    stdin = "\n".join(str(number) if t == "BUTTON" else t for t in lines) + "\n"
    out = subprocess.run([sys.executable, "-m", "bot", "chat"], input=stdin, capture_output=True, text=True,
                         cwd=ROOT, timeout=60).stdout
    if number is None:  # the fact is not offered there: the terminal cannot press it; compare the rest
        core = [c for i, c in enumerate(core) if i != 3]
    for text in core:
        assert text in out


def test_a_locale_is_data_a_second_language_changes_what_the_bot_says(book):
    pirate = replace(TEXTS, start="Ahoy! Ask me about “{title}”.", unknown_command="Arr, no such order.",
                     command_help="How to ask, matey")
    story = Story(book, {"en": TEXTS, "xx": pirate})
    start = handle(Event(EventKind.COMMAND, "/start", user_lang="xx"), ChatState(), story).replies[0]
    assert start.text.startswith("Ahoy! Ask me about “'Coalition of the Willing'")
    odd = handle(Event(EventKind.COMMAND, "/frobnicate", user_lang="xx"), ChatState(), story).replies[0]
    assert odd.text == "Arr, no such order."
    english = handle(Event(EventKind.COMMAND, "/start", user_lang="de"), ChatState(), story).replies[0]
    assert english.text.startswith("Hi!")  # an unknown language falls back to English


def test_context_is_fresh_for_30_minutes_then_forgotten(story):
    first = handle(Event(EventKind.TEXT, "when is the coalition meeting?", at=0.0), ChatState(), story)
    assert first.state.last_fact == "meeting-date"
    soon = handle(Event(EventKind.TEXT, "and where?", at=60.0), first.state, story)
    assert soon.result.fact.id == "meeting-place"
    late = handle(Event(EventKind.TEXT, "and where?", at=60.0 * 60 * 2), first.state, story)
    assert not (late.result.answered and late.result.fact.id == "meeting-place" and late.result.followup)


def test_a_follow_up_after_an_honest_decline_is_read_about_the_same_subject(story):
    declined = handle(Event(EventKind.TEXT, "which ukrainian city will host the coalition meeting?", at=0.0),
                      ChatState(), story)
    assert not declined.result.answered
    follow = handle(Event(EventKind.TEXT, "and when is it?", at=30.0), declined.state, story)
    assert follow.result.answered and follow.result.fact.id == "meeting-date"


def test_a_follow_up_after_a_decline_about_another_subject_is_read_about_that_subject(story):
    """"Nothing about the U.S.'s view" is about the U.S.: "they" next are the Americans, not Russia."""
    russia = handle(Event(EventKind.TEXT, "How does Russia feel about the coalition?", at=0.0), ChatState(), story)
    view = handle(Event(EventKind.TEXT, "and the Americans, what do they think of it?", at=10.0), russia.state, story)
    assert not view.result.answered and view.replies[0].text == "The story doesn't say that about the U.S."
    follow = handle(Event(EventKind.TEXT, "well, what are they doing then?", at=20.0), view.state, story)
    assert follow.result.answered and follow.result.fact.id == "us-role"


def test_thumbs_down_records_the_question_that_led_to_the_answer(story):
    asked = handle(Event(EventKind.TEXT, "who wrote this piece?", at=1.0), ChatState(), story)
    down = handle(Event(EventKind.BUTTON, encode(Action(ActionKind.FEEDBACK, fact_id="author"))), asked.state,
                  story)
    assert down.feedback.fact_id == "author" and down.feedback.helpful is False
    (miss,) = down.misses
    assert miss.outcome is Outcome.UNHELPFUL and miss.question == "who wrote this piece?"
    assert down.toast == TEXTS.feedback_thanks and not down.replies


def test_forged_button_gets_a_toast_not_a_message(story):
    turn = handle(Event(EventKind.BUTTON, "fact:no-such-fact"), ChatState(), story)
    assert turn.toast == TEXTS.stale_button and not turn.replies


def test_misses_are_recorded_for_fallbacks_and_declines_never_for_answers(story):
    def outcome(question):
        return [m.outcome for m in handle(Event(EventKind.TEXT, question), ChatState(), story).misses]

    assert outcome("who wrote the article?") == []
    assert outcome("hello") == []
    assert outcome("how many troops will be sent?") == [Outcome.GAP]
    assert outcome("what is the capital of france") in ([Outcome.FALLBACK], [Outcome.SUGGEST])


def test_state_round_trips_and_a_broken_stored_state_is_a_fresh_one(story):
    turn = handle(Event(EventKind.TEXT, "who leads the coalition", at=5.0), ChatState(), story)
    assert ChatState.from_dict(turn.state.to_dict()) == turn.state
    threaded = sent(turn, 77, 5.0)
    assert threaded.threads == {77: ("coalition-leaders", 5.0)}
    assert ChatState.from_dict(threaded.to_dict()) == threaded
    for broken in (None, [], {"asked": "x"}, {"last_at": "soon"}, {"asked": {"a": [1]}}, {"threads": {"x": ["a", 1]}}):
        assert ChatState.from_dict(broken) == ChatState()


def test_a_reply_is_read_in_its_thread_and_in_a_group_leaves_the_main_line_alone(story):
    paris = handle(Event(EventKind.TEXT, "what happened in paris?", at=1.0, group=True), ChatState(), story)
    state = sent(paris, 10, 1.0)
    author = handle(Event(EventKind.TEXT, "who wrote the article?", at=2.0, group=True), state, story)
    state = sent(author, 11, 2.0)
    when = handle(Event(EventKind.TEXT, "and when?", at=3.0, reply_to=10, group=True), state, story)
    assert when.result.fact.id == "paris-summit" and when.state.last_fact == "author"
    state = sent(when, 12, 3.0)
    assert handle(Event(EventKind.TEXT, "and when?", at=4.0, group=True), state, story).result.fact.id == "published"
    # a reply to a message the chat no longer remembers is read alone
    alone = handle(Event(EventKind.TEXT, "and when?", at=4.0, reply_to=9, group=True), state, story)
    assert alone.result.fact is None or alone.result.fact.id == "meeting-date"
    # a decline in a thread keeps the thread's subject for a reply to it
    photo = sent(handle(Event(EventKind.TEXT, "what does the photo show?", at=5.0, group=True), state, story), 13, 5.0)
    declined = handle(Event(EventKind.TEXT, "and how many?", at=6.0, reply_to=13, group=True), photo, story)
    assert declined.result.kind is Kind.DECLINE and sent(declined, 14, 6.0).threads[14][0] == "photo"
    # only the latest MAX_THREADS messages are kept
    for number in range(100, 100 + MAX_THREADS + 5):
        state = sent(replace(when, state=state), number, float(number))
    assert len(state.threads) == MAX_THREADS and 100 not in state.threads and 124 in state.threads


def test_terminal_quit_words_and_a_number_with_nothing_to_press():
    out = subprocess.run([sys.executable, "-m", "bot", "chat"], input="hello\n9\nquit\nwho wrote it\n",
                         capture_output=True, text=True, cwd=ROOT, timeout=60)
    assert out.returncode == 0
    assert TEXTS.nothing_to_press in out.stdout
    assert "Ivanyshyn" not in out.stdout  # 'quit' left before the last line


def test_ask_lists_what_it_can_answer_instead_of_saying_tap():
    out = subprocess.run([sys.executable, "-m", "bot", "ask", "what is the capital of france"],
                         capture_output=True, text=True, cwd=ROOT, timeout=60).stdout
    assert "Here is what I can answer:" in out and "\n  - " in out
