"""The retry policy, over real HTTP to the fake Bot API: send again only what surely did not arrive."""

from __future__ import annotations

import asyncio
import logging

import pytest
from telegram import Bot
from telegram.error import BadRequest, NetworkError, RetryAfter
from telegram.request import HTTPXRequest

from bot.telegram import delivery
from bot.telegram.delivery import retrying
from tests.support.fake_bot_api import FakeBotAPI
from tests.support.harness import TOKEN, free_port


@pytest.fixture(autouse=True)
def quick_backoff(monkeypatch):
    real_sleep = asyncio.sleep
    monkeypatch.setattr(delivery.asyncio, "sleep", lambda seconds: real_sleep(min(seconds, 0.05)))


def send_via(base_url: str, read_timeout: float = 2.0, attempts: int = 3):
    """Run one retried sendMessage through a real HTTPXRequest; returns (result, exception)."""

    async def main():
        request = HTTPXRequest(connect_timeout=1, read_timeout=read_timeout)
        bot = Bot(TOKEN, base_url=f"{base_url}/bot", request=request)
        bot._bot_user = None  # no getMe needed for sendMessage
        await request.initialize()
        try:
            return await retrying(lambda: bot.send_message(111, "hello"), attempts, "sendMessage"), None
        except Exception as exc:  # noqa: BLE001 - the test looks at what came out
            return None, exc
        finally:
            await request.shutdown()

    return asyncio.run(main())


def error(status: int, description: str, **parameters) -> tuple[int, dict]:
    body = {"ok": False, "error_code": status, "description": description}
    if parameters:
        body["parameters"] = parameters
    return status, body


def test_a_read_timeout_is_not_sent_again(caplog):
    with FakeBotAPI() as api:
        api.slow("sendMessage", 1.0)
        with caplog.at_level(logging.WARNING, "story_bot"):
            result, exc = send_via(api.base_url, read_timeout=0.3)
        assert len(api.sent()) == 1
    assert result is None and exc is None
    (line,) = [r.getMessage() for r in caplog.records]
    assert "ReadTimeout" in line and "not sent again" in line


@pytest.mark.parametrize("status", [500, 502, 503])
def test_a_server_error_is_retried(status):
    with FakeBotAPI() as api:
        api.fail("sendMessage", *error(status, "Internal Server Error"))
        result, exc = send_via(api.base_url)
        assert len(api.sent()) == 2
    assert exc is None and result.text == "hello"


def test_a_non_json_server_error_is_retried():
    with FakeBotAPI() as api:
        api.fail("sendMessage", 502, "<html>Bad Gateway</html>")  # type: ignore[arg-type]  # a proxy's page
        result, exc = send_via(api.base_url)
        assert len(api.sent()) == 2 and result is not None


def test_a_lasting_server_error_is_raised_after_three_tries():
    with FakeBotAPI() as api:
        api.refuse("sendMessage", *error(500, "Internal Server Error"))
        result, exc = send_via(api.base_url)
        assert len(api.sent()) == 3
    assert isinstance(exc, NetworkError)


def test_connection_refused_is_retried_then_raised():
    result, exc = send_via(f"http://127.0.0.1:{free_port()}")  # nothing listens there
    assert isinstance(exc, NetworkError) and "ConnectError" in str(exc)


def test_a_short_flood_wait_is_waited_out_and_a_long_one_raised():
    with FakeBotAPI() as api:
        api.fail("sendMessage", *error(429, "Too Many Requests", retry_after=1))
        result, exc = send_via(api.base_url)
        assert exc is None and len(api.sent()) == 2
        api.fail("sendMessage", *error(429, "Too Many Requests", retry_after=60))
        result, exc = send_via(api.base_url)
        assert isinstance(exc, RetryAfter) and len(api.sent()) == 3


def test_a_refusal_is_not_retried():
    with FakeBotAPI() as api:
        api.fail("sendMessage", *error(400, "Bad Request: chat not found"))
        result, exc = send_via(api.base_url)
        assert isinstance(exc, BadRequest) and len(api.sent()) == 1


def test_an_unreadable_ok_reply_is_not_sent_again():
    with FakeBotAPI() as api:
        api.fail("sendMessage", 200, {"ok": True, "result": {"message_id": 5}})  # no chat, no date
        result, exc = send_via(api.base_url)
        assert result is None and exc is None and len(api.sent()) == 1


def test_our_own_bugs_are_not_hidden():
    async def buggy():
        raise TypeError("a bug in our code, not an unreadable reply")

    with pytest.raises(TypeError):
        asyncio.run(retrying(buggy))

    async def bad_value():
        return {}["missing"]

    with pytest.raises(KeyError):
        asyncio.run(retrying(bad_value))


def inline_callback(data: str, user_id: int = 111) -> dict:
    """A button under an inline-mode answer: Telegram sends inline_message_id and no message."""
    from tests.support.updates import user

    return {"callback_query": {"id": "cb-inline", "from": user(user_id), "chat_instance": "ci", "data": data,
                               "inline_message_id": "AgAAAInlineMessage"}}


def test_a_button_under_an_inline_answer_edits_that_message(harness_factory, caplog):
    async def body(h):
        await h.send(inline_callback("fact:meeting-place"))

    with caplog.at_level(logging.INFO):
        api = harness_factory(body)
    assert len(api.sent("answerCallbackQuery")) == 1, "the spinner stops exactly once"
    (edit,) = api.sent("editMessageText")
    assert edit["inline_message_id"] == "AgAAAInlineMessage" and "chat_id" not in edit
    assert edit["parse_mode"] == "HTML" and "Ukraine" in edit["text"]
    assert api.sent() == [], "there is no chat to send a message to"
    assert not [r for r in caplog.records if r.levelno >= logging.WARNING], caplog.text


def test_webhook_status_notices_when_the_webhook_is_taken_and_given_back(monkeypatch):
    from types import SimpleNamespace

    from bot.settings import Settings
    from bot.telegram import webhook_status
    from bot.telegram.webhook_status import WebhookStatus

    class FakeBot:
        url = "https://bot.example.org/telegram"

        async def get_webhook_info(self):
            return SimpleNamespace(url=self.url, pending_update_count=3, last_error_date=None,
                                   last_error_message=None)

    monkeypatch.setattr(webhook_status, "RECHECK_SECONDS", 0.0)
    status = WebhookStatus(Settings(webhook_url="https://bot.example.org/telegram"))
    bot = FakeBot()

    async def main():
        await status.check(bot)
        assert status.problem == "" and status.report()["pending_updates"] == 3
        bot.url = ""  # someone ran the bot with long polling: deleteWebhook
        status.recheck(bot)
        await status._check
        assert "nobody" in status.problem and "https://bot.example.org/telegram" in status.problem
        bot.url = "https://bot.example.org/telegram"
        status.recheck(bot)
        await status._check
        assert status.problem == ""

    asyncio.run(main())
