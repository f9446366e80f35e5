"""Follow-ups through the real bot process: two-turn dialogues, each in its own chat (issue 14)."""

from __future__ import annotations

from pathlib import Path

from tests.support.fake_bot_api import FakeBotAPI
from tests.support.processes import BotProcess, bot_env
from tests.support.updates import text_message

# (first question, follow-up, words the follow-up's answer must hold, words it must not hold)
DIALOGUES = [
    ("what happened in paris?", "and when?", ["March 27"], ["April 4, 2025, President"]),
    ("who wrote the article?", "and when?", ["April 1, 2025", "published"], ["set to meet"]),
    ("who announced the meeting?", "when did he say it?", ["April 1, 2025"], []),
    ("what is the coalition of the willing?", "who leads it?", ["France and the U.K. lead"], []),
    ("when is the meeting?", "where?", ["In Ukraine"], []),
    ("when did zelensky talk to starmer?", "what did they discuss?", ["plans to hold a meeting"], []),
    ("when is the meeting?", "who wrote the article?", ["Ivanyshyn wrote"], []),  # a new question, on its own
]


def _start(api: FakeBotAPI, tmp_path: Path, name: str) -> BotProcess:
    return BotProcess("run", bot_env(api.base_url, tmp_path / "data"), tmp_path / f"{name}.log")


def _stop(bot: BotProcess) -> None:
    bot.terminate()


def _group(text: str, message_id: int, user_id: int, reply_to: int | None = None) -> dict:
    return text_message(text, chat_id=-200, chat_type="supergroup", message_id=message_id, reply_to=reply_to,
                        user_id=user_id)


def test_in_a_group_a_reply_is_read_against_the_answer_it_replies_to_even_after_a_restart(tmp_path):
    """Two people in one group, each in a thread of replies to the bot; then the bot restarts (a new
    process on the same data, as another instance would be) and a reply to a first-run answer is still
    read against that answer."""
    with FakeBotAPI() as api:
        bot = _start(api, tmp_path, "first")
        try:
            assert api.wait_for(lambda: api.sent("setMyCommands"), 30), "bot never started"
            api.push(_group("@story_test_bot what happened in paris?", 10, user_id=1))
            assert api.wait_for(lambda: len(api.messages) >= 1, 30)
            api.push(_group("@story_test_bot who wrote the article?", 11, user_id=2))
            assert api.wait_for(lambda: len(api.messages) >= 2, 30)
            paris, author = (m["message_id"] for m in api.messages[:2])
            api.push(_group("and when?", 12, user_id=2, reply_to=author))
            assert api.wait_for(lambda: len(api.messages) >= 3, 30)
            api.push(_group("and when?", 13, user_id=1, reply_to=paris))
            assert api.wait_for(lambda: len(api.messages) >= 4, 30)
        finally:
            _stop(bot)
        bot = _start(api, tmp_path, "second")
        try:
            api.push(_group("and where?", 14, user_id=1, reply_to=api.messages[3]["message_id"]))
            assert api.wait_for(lambda: len(api.messages) >= 5, 30), "the restarted bot did not answer"
        finally:
            _stop(bot)
    texts = [m["text"] for m in api.messages]
    assert "published it on Tuesday, April 1, 2025" in texts[2]
    assert "March 27" in texts[3] and "published" not in texts[3]
    assert "Paris" in texts[4] and "Kyiv Independent published" not in texts[4]


def test_followups_are_read_against_the_last_answer_in_each_chat(tmp_path):
    with FakeBotAPI() as api:
        bot = _start(api, tmp_path, "bot")
        try:
            assert api.wait_for(lambda: api.sent("setMyCommands"), 30), "bot never started"
            for chat, (first, _, _, _) in enumerate(DIALOGUES, 500):
                api.push(text_message(first, chat_id=chat, message_id=1))
            assert api.wait_for(lambda: len(api.sent()) >= len(DIALOGUES), 30)
            for chat, (_, second, _, _) in enumerate(DIALOGUES, 500):
                api.push(text_message(second, chat_id=chat, message_id=2))
            assert api.wait_for(lambda: len(api.sent()) >= 2 * len(DIALOGUES), 30)
        finally:
            _stop(bot)
    last = {}
    for message in api.sent():
        last[int(message["chat_id"])] = message["text"]
    for chat, (first, second, must, must_not) in enumerate(DIALOGUES, 500):
        reply = last[chat]
        assert all(m in reply for m in must), (first, second, reply[:200])
        assert not any(m in reply for m in must_not), (first, second, reply[:200])
