"""The retry policy, over real HTTP to the fake Bot API: send again only what surely did not arrive."""

from __future__ import annotations

import asyncio
import logging
import ssl

import pytest
from telegram import Bot
from telegram.error import BadRequest, NetworkError, RetryAfter
from telegram.request import HTTPXRequest

from bot.telegram import delivery
from bot.telegram.delivery import retrying
from tests.support.fake_bot_api import FakeBotAPI
from tests.support.harness import TOKEN, free_port

TRANSPORTS = ["httpx", "aiohttp"]


@pytest.fixture(autouse=True)
def quick_backoff(monkeypatch):
    real_sleep = asyncio.sleep
    monkeypatch.setattr(delivery.asyncio, "sleep", lambda seconds: real_sleep(min(seconds, 0.05)))


@pytest.fixture(params=TRANSPORTS)
def transport(request):
    """Each retry-policy test runs over both transports: python-telegram-bot's HTTPXRequest and the
    bot's own aiohttp one (bot/telegram/transport.py), which must raise what the policy reads alike."""
    return request.param


def make_request(transport: str, read_timeout: float = 2.0, pool_size: int = 4, pool_timeout: float = 1.0):
    if transport == "httpx":
        return HTTPXRequest(connect_timeout=1, read_timeout=read_timeout)
    return delivery.AiohttpBotRequest(pool_size, connect_timeout=1, read_timeout=read_timeout, write_timeout=1,
                                      pool_timeout=pool_timeout)


def send_via(base_url: str, read_timeout: float = 2.0, attempts: int = 3, transport: str = "httpx", texts=("hello",),
             **request_args):
    """Run retried sendMessages (at once) through a real request object; returns (result, exception) of the
    first."""

    async def main():
        request = make_request(transport, read_timeout, **request_args)
        bot = Bot(TOKEN, base_url=f"{base_url}/bot", request=request)
        bot._bot_user = None  # no getMe needed for sendMessage
        await request.initialize()

        async def one(text):
            try:
                return await retrying(lambda: bot.send_message(111, text), attempts, "sendMessage"), None
            except Exception as exc:  # noqa: BLE001 - the test looks at what came out
                return None, exc

        try:
            return (await asyncio.gather(*(one(t) for t in texts)))[0]
        finally:
            await request.shutdown()

    return asyncio.run(main())


def error(status: int, description: str, **parameters) -> tuple[int, dict]:
    body = {"ok": False, "error_code": status, "description": description}
    if parameters:
        body["parameters"] = parameters
    return status, body


def test_a_read_timeout_is_not_sent_again(caplog, transport):
    with FakeBotAPI() as api:
        api.slow("sendMessage", 1.0)
        with caplog.at_level(logging.WARNING, "story_bot"):
            result, exc = send_via(api.base_url, read_timeout=0.3, transport=transport)
        assert len(api.sent()) == 1
    assert result is None and exc is None
    (line,) = [r.getMessage() for r in caplog.records]
    assert ("ReadTimeout" if transport == "httpx" else "SocketTimeoutError") in line and "not sent again" in line


@pytest.mark.parametrize("status", [500, 502, 503])
def test_a_server_error_is_retried(status, transport):
    with FakeBotAPI() as api:
        api.fail("sendMessage", *error(status, "Internal Server Error"))
        result, exc = send_via(api.base_url, transport=transport)
        assert len(api.sent()) == 2
    assert exc is None and result.text == "hello"


def test_a_non_json_server_error_is_retried(transport):
    with FakeBotAPI() as api:
        api.fail("sendMessage", 502, "<html>Bad Gateway</html>")  # type: ignore[arg-type]  # a proxy's page
        result, exc = send_via(api.base_url, transport=transport)
        assert len(api.sent()) == 2 and result is not None


def test_a_lasting_server_error_is_raised_after_three_tries(transport):
    with FakeBotAPI() as api:
        api.refuse("sendMessage", *error(500, "Internal Server Error"))
        result, exc = send_via(api.base_url, transport=transport)
        assert len(api.sent()) == 3
    assert isinstance(exc, NetworkError)


def test_connection_refused_is_retried_then_raised(transport):
    result, exc = send_via(f"http://127.0.0.1:{free_port()}", transport=transport)  # nothing listens there
    assert isinstance(exc, NetworkError) and delivery.not_received(exc)
    assert ("ConnectError" if transport == "httpx" else "ClientConnectorError") in str(exc)


def test_a_short_flood_wait_is_waited_out_and_a_long_one_raised(transport):
    with FakeBotAPI() as api:
        api.fail("sendMessage", *error(429, "Too Many Requests", retry_after=1))
        result, exc = send_via(api.base_url, transport=transport)
        assert exc is None and len(api.sent()) == 2
        api.fail("sendMessage", *error(429, "Too Many Requests", retry_after=60))
        result, exc = send_via(api.base_url, transport=transport)
        assert isinstance(exc, RetryAfter) and len(api.sent()) == 3


def test_a_refusal_is_not_retried(transport):
    with FakeBotAPI() as api:
        api.fail("sendMessage", *error(400, "Bad Request: chat not found"))
        result, exc = send_via(api.base_url, transport=transport)
        assert isinstance(exc, BadRequest) and len(api.sent()) == 1


def test_an_unreadable_ok_reply_is_not_sent_again(transport):
    with FakeBotAPI() as api:
        api.fail("sendMessage", 200, {"ok": True, "result": {"message_id": 5}})  # no chat, no date
        result, exc = send_via(api.base_url, transport=transport)
        assert result is None and exc is None and len(api.sent()) == 1


def test_no_free_connection_is_waited_for_then_sent_once():
    """The aiohttp transport's gate: with one connection busy (a slow reply), a second message waits at the
    gate; past the pool timeout it was not sent, so it is tried again, and each message goes out once."""
    with FakeBotAPI() as api:
        api.slow("sendMessage", 0.3)
        result, exc = send_via(api.base_url, transport="aiohttp", texts=("first", "second"), pool_size=1,
                               pool_timeout=0.2)
        assert exc is None and result.text == "first"
        assert sorted(p["text"] for p in api.sent()) == ["first", "second"]


def test_the_aiohttp_transport_sends_what_httpx_sends():
    """Same parameters on the wire (form-encoded, JSON inside), so Telegram reads both alike."""
    from telegram import InlineKeyboardButton, InlineKeyboardMarkup

    async def main(api, transport):
        request = make_request(transport)
        bot = Bot(TOKEN, base_url=f"{api.base_url}/bot", request=request)
        bot._bot_user = None
        await request.initialize()
        try:
            markup = InlineKeyboardMarkup([[InlineKeyboardButton("Où? «ещё» 👍", callback_data="fact:x")]])
            await bot.send_message(-100123, "<b>héllo</b> & «ціна»", parse_mode="HTML", reply_markup=markup)
        finally:
            await request.shutdown()

    with FakeBotAPI() as api:
        for transport in TRANSPORTS:
            asyncio.run(main(api, transport))
        (via_httpx, via_aiohttp) = api.sent()
    assert via_httpx == via_aiohttp and via_aiohttp["text"] == "<b>héllo</b> & «ціна»"


def test_the_aiohttp_transport_trusts_what_httpx_trusted(monkeypatch):
    """TLS to api.telegram.org is verified against certifi's bundle, as python-telegram-bot's httpx did,
    not only the system's (a slim container image may have none); $SSL_CERT_FILE still wins."""
    import certifi

    from bot.telegram.transport import trusted_tls

    monkeypatch.delenv("SSL_CERT_FILE", raising=False)
    monkeypatch.delenv("SSL_CERT_DIR", raising=False)
    context = trusted_tls()
    assert context.verify_mode == ssl.CERT_REQUIRED and context.check_hostname
    bundle = ssl.create_default_context(cafile=certifi.where())
    assert context.cert_store_stats()["x509_ca"] == bundle.cert_store_stats()["x509_ca"] > 100
    monkeypatch.setenv("SSL_CERT_FILE", certifi.where())
    assert trusted_tls().cert_store_stats() == bundle.cert_store_stats()


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


def test_the_real_application_answers_over_the_aiohttp_transport(story, tmp_path):
    """The composition root's own transport (no request injected) against the fake Bot API over HTTP:
    getMe at start-up, answers with their buttons, each chat's reply once, in its chat."""
    from telegram import Update

    from bot.settings import Settings
    from bot.storage import open_storage
    from bot.telegram.app import build_application
    from bot.telegram.transport import AiohttpRequest
    from tests.support.updates import text_message

    with FakeBotAPI() as api:
        settings = Settings(token=TOKEN, base_url=api.base_url, data_dir=tmp_path / "data", rate_limit=False)

        async def main():
            async with await open_storage(settings) as storage:
                app = build_application(settings, story, storage=storage)
                assert isinstance(app.bot.request, AiohttpRequest)
                async with app:
                    await app.start()
                    updates = [text_message("who wrote the article?", chat_id=5),
                               text_message("/start", chat_id=6), text_message("and when?", chat_id=5, message_id=2)]
                    for i, update in enumerate(updates, 1):
                        await app.process_update(Update.de_json(dict(update, update_id=i), app.bot))
                    await app.stop()

        asyncio.run(main())
        assert api.sent("getMe")
        sent = api.sent()
    assert [int(p["chat_id"]) for p in sent] == [5, 6, 5]
    assert "Volodymyr Ivanyshyn" in sent[0]["text"] and "callback_data" in sent[0]["reply_markup"]
