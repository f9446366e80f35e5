"""The real Application, fed Telegram-shaped updates through a recording request."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from bot.flood import FloodGate
from bot.storage import DB_NAME

from tests.support.updates import callback, inline, photo_message, text_message

ROOT = Path(__file__).resolve().parent.parent


def buttons(params: dict) -> list[str]:
    markup = params.get("reply_markup") or {}
    return [b["callback_data"] for row in markup.get("inline_keyboard", []) for b in row]


def test_start_help_topics_source(harness_factory):
    async def body(h):
        for i, command in enumerate(["/start", "/help", "/topics", "/source"], 1):
            await h.send(text_message(command), i)

    api = harness_factory(body)
    start, help_, topics, source = api.sent()
    assert "Coalition of the Willing" in start["text"] and "April 1, 2025" in start["text"]
    assert 3 <= len(buttons(start)) <= 4 and all(b.startswith("fact:") for b in buttons(start))
    assert "/topics" in help_["text"]
    assert "topics:1" in buttons(topics)  # paged
    assert "Volodymyr Ivanyshyn" in source["text"] and "kyivindependent.com" in source["text"]
    assert all(len(b.encode()) <= 64 for p in api.sent() for b in buttons(p))


def test_question_gets_html_answer_with_source_followups_and_feedback(harness_factory):
    async def body(h):
        await h.send(text_message("when is the coalition meetng??"))

    (reply,) = harness_factory(body).sent()
    assert reply["parse_mode"] == "HTML"
    assert "Friday, April 4, 2025" in reply["text"]
    assert "<i>Source:" in reply["text"] and "Kyiv Independent" in reply["text"]
    data = buttons(reply)
    assert "fact:meeting-place" in data and "fb:1:meeting-date" in data and "fb:0:meeting-date" in data


def test_out_of_scope_is_declined_with_topics(harness_factory):
    async def body(h):
        await h.send(text_message("how many nations met in London?"))

    (reply,) = harness_factory(body).sent()
    assert "31" not in reply["text"]
    assert buttons(reply), "a decline offers what the bot can answer"


def test_gap_question_says_the_story_does_not_say(harness_factory):
    async def body(h):
        await h.send(text_message("how many troops will be sent?"))

    (reply,) = harness_factory(body).sent()
    assert "does not say how many troops" in reply["text"]


def test_button_press_answers_callback_and_sends_fact(harness_factory):
    async def body(h):
        await h.send(callback("fact:paris-summit"))
        await h.send(callback("fact:no-such-fact"), 2)

    api = harness_factory(body)
    assert len(api.sent("answerCallbackQuery")) == 2
    (reply,) = api.sent()
    assert "31 nations" in reply["text"]


def test_followup_resolves_against_previous_answer(harness_factory):
    async def body(h):
        await h.send(text_message("when is the meeting"), 1)
        await h.send(text_message("and where?", message_id=2), 2)

    first, second = harness_factory(body).sent()
    assert "In Ukraine" in second["text"]


def test_group_only_answers_when_addressed_and_replies_in_thread(harness_factory):
    async def body(h):
        await h.send(text_message("when is the meeting", chat_id=-100, chat_type="supergroup", message_id=10), 1)
        await h.send(text_message("@story_test_bot when is the meeting", chat_id=-100, chat_type="supergroup",
                                  message_id=11), 2)
        await h.send(text_message("who leads the coalition", chat_id=-100, chat_type="supergroup",
                                  message_id=12, reply_to_bot=True), 3)
        await h.send(text_message("/help@story_test_bot", chat_id=-100, chat_type="supergroup", message_id=13), 4)
        await h.send(text_message("/help@other_bot", chat_id=-100, chat_type="supergroup", message_id=14), 5)

    sent = harness_factory(body).sent()
    assert len(sent) == 3
    assert "April 4, 2025" in sent[0]["text"] and sent[0]["reply_parameters"]["message_id"] == 11
    assert "France" in sent[1]["text"] and sent[1]["reply_parameters"]["message_id"] == 12
    assert "/topics" in sent[2]["text"]


def _group(text: str, message_id: int, user_id: int, reply_to: int | None = None) -> dict:
    return text_message(text, chat_id=-100, chat_type="supergroup", message_id=message_id, reply_to=reply_to,
                        user_id=user_id)


def test_in_a_group_each_thread_of_replies_keeps_its_own_context(harness_factory):
    """Issue 14: a reply to one of the bot's answers is read against that answer's fact; a fresh message
    (a mention) against the chat's main line, which the reply threads do not move."""
    ids = {}

    async def body(h):
        h.app.bot_data.flood = FloodGate(limit=100)  # a busy group: seven messages in a moment

        async def ask(name, payload, update_id):
            await h.send(payload, update_id)
            ids[name] = h.api.messages[-1]["message_id"]  # the bot's answer, which people reply to

        await ask("paris", _group("@story_test_bot what happened in paris?", 10, user_id=1), 1)
        await ask("author", _group("@story_test_bot who wrote the article?", 11, user_id=2), 2)
        await ask("paris-when", _group("and when?", 12, user_id=1, reply_to=ids["paris"]), 3)
        await ask("author-when", _group("and when?", 13, user_id=2, reply_to=ids["author"]), 4)
        await ask("paris-where", _group("where?", 14, user_id=1, reply_to=ids["paris-when"]), 5)
        await ask("fresh", _group("@story_test_bot and when?", 15, user_id=3), 6)
        await ask("old-thread", _group("how many countries were there?", 16, user_id=1, reply_to=ids["paris"]), 7)

    api = harness_factory(body)
    text = {name: next(m["text"] for m in api.messages if m["message_id"] == i) for name, i in ids.items()}
    assert "March 27" in text["paris-when"] and "published" not in text["paris-when"]
    assert "published it on Tuesday, April 1, 2025" in text["author-when"]
    assert "Paris" in text["paris-where"] and "published" not in text["paris-where"]  # not the last answer's
    # the main line is still the author (the last fresh question), not the Paris thread answered since
    assert "published it on Tuesday, April 1, 2025" in text["fresh"]
    assert "31 nations" in text["old-thread"]  # an older answer of a thread is still replied to
    assert all(m["reply_parameters"]["message_id"] in range(10, 17) for m in api.sent())


def test_a_reply_to_a_message_without_a_fact_is_read_alone(harness_factory):
    async def body(h):
        await h.send(_group("@story_test_bot what happened in paris?", 10, user_id=1), 1)
        await h.send(_group("/help@story_test_bot", 11, user_id=1), 2)
        await h.send(_group("and when?", 12, user_id=1, reply_to=h.api.messages[-1]["message_id"]), 3)

    paris, help_, when = harness_factory(body).sent()
    assert "March 27" not in when["text"]  # /help's message is about no fact: not read as the Paris summit's


def test_a_thread_survives_a_restart(harness_factory):
    """The threads live in the chat's stored state: another process (a restart, another instance on the
    same database) reads a reply against the answer it replies to."""
    first = {}

    async def ask(h):
        await h.send(_group("@story_test_bot what happened in paris?", 10, user_id=1), 1)
        first["id"] = h.api.messages[-1]["message_id"]
        await h.send(_group("@story_test_bot who wrote the article?", 11, user_id=2), 2)

    async def reply(h):
        await h.send(_group("and when?", 12, user_id=1, reply_to=first["id"]), 3)

    harness_factory(ask)
    (answer,) = harness_factory(reply).sent()
    assert "March 27" in answer["text"]


def test_a_reply_in_a_private_chat_is_read_against_the_answer_it_replies_to(harness_factory):
    async def body(h):
        await h.send(text_message("what happened in paris?", message_id=1), 1)
        paris = h.api.messages[-1]["message_id"]
        await h.send(text_message("who wrote the article?", message_id=2), 2)
        await h.send(text_message("and when?", message_id=3, reply_to=paris), 3)
        await h.send(text_message("and where?", message_id=4), 4)  # a private chat's main line follows its replies

    paris, author, when, where = harness_factory(body).sent()
    assert "March 27" in when["text"]
    assert "Paris" in where["text"] and "Kyiv Independent published" not in where["text"]


def test_inline_query_returns_best_answer_first(harness_factory):
    async def body(h):
        await h.send(inline("who wrote the article"), 1)
        await h.send(inline(""), 2)

    first, empty = harness_factory(body).sent("answerInlineQuery")
    results = first["results"]
    assert 1 <= len(results) <= 3
    assert results[0]["title"] == "Who wrote the article?"
    assert "Volodymyr Ivanyshyn" in results[0]["input_message_content"]["message_text"]
    assert "Source" in results[0]["input_message_content"]["message_text"]
    assert len(empty["results"]) == 3


def test_photo_and_edited_message(harness_factory):
    async def body(h):
        await h.send(photo_message(), 1)
        captioned = photo_message(chat_id=112)
        captioned["message"]["caption"] = "who wrote the article?"
        await h.send(captioned, 3)
        edited = text_message("who leads the coalition")
        await h.send({"edited_message": dict(edited["message"], edit_date=1)}, 2)

    photo_reply, caption_reply, edited_reply = harness_factory(body).sent()
    assert "text" in photo_reply["text"].lower()
    assert "Ivanyshyn" in caption_reply["text"]
    assert "France" in edited_reply["text"]


def test_hostile_text_gets_one_sensible_reply(harness_factory):
    weird = ["😀" * 2000, "<b>bold</b> <script>alert(1)</script> &amp;", "\u202eمتى الاجتماع\u200f",
             "\x00\x07\x1b[31m", "x" * 4096, "   "]

    async def body(h):
        for i, text in enumerate(weird, 1):
            await h.send(text_message(text, chat_id=1000 + i), i)

    sent = harness_factory(body).sent()
    assert len(sent) == len(weird)
    assert all("<script>" not in s["text"] for s in sent)
    assert all(s["text"] != "Sorry, something went wrong, please try again." for s in sent)


def test_blns_each_string_gets_exactly_one_reply(harness_factory):
    path = ROOT / "tests" / "fixtures" / "blns.json"  # kept in the repo: a fresh clone runs this test too
    strings = [s for s in json.loads(path.read_text(encoding="utf-8")) if s.strip()]

    async def body(h):
        for i, text in enumerate(strings, 1):
            await h.send(text_message(text, chat_id=10_000 + i), i)

    sent = harness_factory(body).sent()
    assert len(sent) == len(strings)
    assert not any("went wrong" in s["text"] for s in sent)


def test_flood_gets_one_slow_down_note(harness_factory):
    async def body(h):
        for i in range(20):
            await h.send(text_message("who leads the coalition", message_id=i + 1), i + 1)

    sent = harness_factory(body).sent()
    slow = [s for s in sent if "very fast" in s["text"]]
    assert len(slow) == 1
    assert len(sent) == 6  # five answers, then the one note


def test_handler_exception_is_reported_and_bot_goes_on(harness_factory, monkeypatch):
    import bot.conversation as core

    real = core.respond

    def flaky(question, *args, **kwargs):
        if "boom" in question:
            raise RuntimeError("simulated bug")
        return real(question, *args, **kwargs)

    monkeypatch.setattr(core, "respond", flaky)

    async def body(h):
        await h.send(text_message("boom"), 1)
        await h.send(text_message("who leads the coalition", chat_id=222), 2)

    error, answer = harness_factory(body).sent()
    assert error["text"] == "Sorry, something went wrong, please try again."
    assert "France" in answer["text"]


def test_unknown_command_in_private(harness_factory):
    async def body(h):
        await h.send(text_message("/frobnicate"))

    (reply,) = harness_factory(body).sent()
    assert "don't know that command" in reply["text"]


def test_greeting_and_thanks_are_small_talk_not_misses(harness_factory, tmp_path):
    async def body(h):
        await h.send(text_message("Hello!"), 1)
        await h.send(text_message("thanks", message_id=2), 2)

    hello, thanks = harness_factory(body).sent()
    assert hello["text"].startswith("Hi!") and buttons(hello)
    assert "welcome" in thanks["text"]
    with sqlite3.connect(tmp_path / "data" / DB_NAME) as conn:  # the storage is open from the start ...
        assert conn.execute("SELECT COUNT(*) FROM misses").fetchone() == (0,)  # ... and small talk is no miss


def test_passing_telegram_faults_are_retried(harness_factory):
    async def body(h):
        h.api.fail("sendMessage", 502, {"ok": False, "error_code": 502, "description": "Bad Gateway"})
        h.api.fail("sendMessage", 429, {"ok": False, "error_code": 429, "description": "Too Many Requests",
                                        "parameters": {"retry_after": 1}})
        await h.send(text_message("who wrote the article"), 1)

    api = harness_factory(body)  # the rate limiter is off here: the bot's own retry must cover both
    tries = api.sent()
    assert len(tries) == 3 and "Ivanyshyn" in tries[-1]["text"]


def test_a_maximal_answer_still_fits_one_telegram_message(story):
    from dataclasses import replace as swap

    from bot import replies

    fact = swap(story.book.by_id["author"], answer="A & B. " * 585)  # 4095 characters, '&' escaped in HTML
    reply = replies.for_fact(story.voice(), fact)
    assert len(reply.text) <= 4096
    assert reply.html.count("&amp;") == 585 and "Source" not in reply.text


def test_an_unreadable_api_reply_does_not_cause_a_second_message(harness_factory):
    async def body(h):
        h.api.fail("sendMessage", 200, {"ok": True, "result": {"message_id": 5}})  # no chat, no date
        await h.send(text_message("who wrote the article"), 1)

    sent = harness_factory(body).sent()
    assert len(sent) == 1 and "Ivanyshyn" in sent[0]["text"]


def test_flood_gate_forgets_quiet_chats():
    from bot import flood

    now = [0.0]
    gate = flood.FloodGate(clock=lambda: now[0])
    for chat in range(flood.MAX_TRACKED):
        assert gate.check(chat) == "ok"
    now[0] = 10.0  # every chat has been quiet longer than the window
    assert gate.check(-1) == "ok"
    assert len(gate._seen) == 1
