"""Durable state end to end: the real `python -m bot run|webhook` processes on SQLite (DATA_DIR) and on the
session's real PostgreSQL server (DATABASE_URL), against the fake Bot API. Nothing acknowledged is lost,
two instances share one database, a restart keeps follow-ups and the curator's report."""

from __future__ import annotations

import asyncio
import collections
import json
import sqlite3
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx
import pytest

from tests.support.fake_bot_api import FakeBotAPI
from tests.support.harness import TOKEN, free_port
from tests.support.kill_restart import trial
from tests.support.postgres import PASSWORD
from tests.support.processes import BotProcess, bot_env
from tests.support.recording import RecordingRequest
from tests.support.updates import text_message

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(params=["sqlite", "postgresql"])
def backend(request, tmp_path) -> dict[str, str]:
    """Extra environment for the bot: nothing (SQLite in DATA_DIR), or DATABASE_URL of a fresh database."""
    if request.param == "sqlite":
        return {}
    return {"DATABASE_URL": request.getfixturevalue("postgres_server").new_database()}


def update(update_id: int, chat_id: int, text: str) -> dict:
    return dict(text_message(text, chat_id=chat_id, message_id=update_id), update_id=update_id)


def answers(api: FakeBotAPI) -> dict[int, list[str]]:
    by_chat: dict[int, list[str]] = collections.defaultdict(list)
    for message in api.sent():
        by_chat[int(message["chat_id"])].append(message["text"])
    return by_chat


def unanswered(env: dict[str, str]) -> dict:
    out = subprocess.run([sys.executable, "-m", "bot", "unanswered", "--json"], cwd=ROOT, env=env,
                         capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    return json.loads(out.stdout)


# -- start-up -------------------------------------------------------------------------------------------------


def test_unusable_storage_stops_both_modes_with_one_line(tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a directory")
    closed = free_port()  # nothing listens there
    url = f"postgresql://story:{PASSWORD}@127.0.0.1:{closed}/bot"
    with FakeBotAPI() as api:
        cases = {(mode, what): (mode, bot_env(api.base_url, blocker if what == "dir" else tmp_path / "data",
                                              PORT=str(free_port()), **({"DATABASE_URL": url} if what == "db" else {})))
                 for mode in ("run", "webhook") for what in ("dir", "db")}

        def one(case):
            mode, env = case
            return subprocess.run([sys.executable, "-m", "bot", mode], cwd=ROOT, env=env, capture_output=True,
                                  text=True, timeout=60)

        with ThreadPoolExecutor(4) as pool:
            results = dict(zip(cases, pool.map(one, cases.values())))
    for (mode, what), out in results.items():
        everything = out.stdout + out.stderr
        assert "Traceback" not in everything and PASSWORD not in everything and TOKEN not in everything
        last = [line for line in out.stderr.splitlines() if line.strip()][-1]
        assert last.startswith("story-bot: "), (mode, what, out.stderr)
        if what == "dir":
            assert out.returncode == 2 and f"DATA_DIR={blocker}" in last, (mode, out.stderr)
            assert len(out.stderr.strip().splitlines()) == 1, out.stderr
        else:
            assert out.returncode == 1 and f"DATABASE_URL=postgresql://story:***@127.0.0.1:{closed}/bot" in last, \
                (mode, out.stderr)


def test_the_database_password_is_scrubbed_from_every_log_line():
    import logging

    from bot.logs import RedactingFormatter
    from bot.settings import Settings
    from bot.telegram.app import secrets_of

    settings = Settings(token=TOKEN, webhook_secret="w" * 20,
                        database_url="postgresql://bot:p%40ss-w0rd@db.example.org:5432/bot")
    formatter = RedactingFormatter(secrets_of(settings))
    record = logging.LogRecord("psycopg", logging.WARNING, __file__, 1, "connecting to %s: password %s rejected",
                               (settings.database_url, "p@ss-w0rd"), None)
    line = formatter.format(record)
    assert "p@ss-w0rd" not in line and "p%40ss-w0rd" not in line and "db.example.org" in line, line


def test_webhook_refuses_with_503_what_it_cannot_store(story, tmp_path):
    """200 only once stored: a redelivery is stored once; a database that is gone is 503 (Telegram resends)."""
    from bot.settings import Settings
    from bot.storage import DB_NAME, open_storage
    from bot.telegram.webhook import SECRET_HEADER, create_app

    settings = Settings(token=TOKEN, data_dir=tmp_path / "data", webhook_url="https://x.org/telegram",
                        webhook_secret="s" * 20, rate_limit=False)
    headers = {SECRET_HEADER: settings.webhook_secret}

    async def body():
        storage = await open_storage(settings, busy_timeout=0.1)
        api = FakeBotAPI()
        app = create_app(settings, story, storage, bot_request=RecordingRequest(api))
        async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://bot") as client:
            async def status(body: dict) -> int:
                return (await client.post("/telegram", content=json.dumps(body), headers=headers)).status_code

            assert await status(update(1, 5, "who wrote it")) == 200
            assert await status(update(1, 5, "who wrote it")) == 200
            assert await storage.inbox.pending_count() == 1  # stored once (nothing answers here: no lifespan)
            locker = sqlite3.connect(tmp_path / "data" / DB_NAME, isolation_level=None)
            locker.execute("BEGIN EXCLUSIVE")  # another process holds the database
            try:
                assert await status(update(2, 5, "and where?")) == 503
            finally:
                locker.execute("ROLLBACK")
                locker.close()
            assert await status(update(2, 5, "and where?")) == 200  # Telegram's resend
            await storage.close()
            assert await status(update(3, 5, "and when?")) == 503  # closed: the same answer, not a 500
        api.server.server_close()

    asyncio.run(body())


def test_updates_are_answered_from_what_was_posted_by_this_instance_or_another(story, tmp_path):
    """The webhook reads an update once: this instance answers from the Update it read, and stores the body
    as posted, so another instance (here: the next start) reads the same update from the stored text -
    also when it came with a UTF-8 BOM or in UTF-16, which JSON allows."""
    from bot.settings import Settings
    from bot.storage import open_storage
    from bot.telegram.webhook import SECRET_HEADER, create_app

    settings = Settings(token=TOKEN, data_dir=tmp_path / "data", webhook_url="https://x.org/telegram",
                        webhook_secret="s" * 20, rate_limit=False)
    headers = {SECRET_HEADER: settings.webhook_secret}
    bodies = [json.dumps(update(1, 5, "who wrote it")).encode(),
              "\ufeff".encode() + json.dumps(update(2, 6, "who wrote it")).encode(),
              json.dumps(update(3, 7, "who wrote it"), ensure_ascii=False).encode("utf-16")]

    async def post_all(app, offset: int) -> None:
        async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://bot") as client:
            for body in bodies:
                data = json.loads(body)
                data["update_id"] += offset
                data["message"]["chat"]["id"] += offset
                raw = body if not offset else json.dumps(data).encode()
                assert (await client.post("/telegram", content=raw, headers=headers)).status_code == 200

    async def main(api: FakeBotAPI):
        async with await open_storage(settings) as storage:
            stored_only = create_app(settings, story, storage, bot_request=RecordingRequest(api))
            await post_all(stored_only, 0)  # no lifespan: stored, not answered (an instance that then died)
            app = create_app(settings, story, storage, bot_request=RecordingRequest(api))
            async with app.router.lifespan_context(app):  # the next start: answers those from the stored text
                await post_all(app, 100)  # and these from what it read when they came
                assert await app.state.inbox.worker.wait_idle(20)
                assert app.state.inbox._parsed == {}, "nothing kept once answered"

    api = FakeBotAPI()
    asyncio.run(main(api))
    api.server.server_close()
    got = answers(api)
    assert sorted(got) == [5, 6, 7, 105, 106, 107]
    assert all(len(texts) == 1 and "Volodymyr Ivanyshyn" in texts[0] for texts in got.values()), got


# -- two instances on one PostgreSQL database -------------------------------------------------------------------


def test_two_webhook_instances_on_one_database(postgres_server, tmp_path):
    with FakeBotAPI() as api:
        env = bot_env(api.base_url, tmp_path / "data", DATABASE_URL=postgres_server.new_database())
        a = BotProcess.webhook(dict(env, LOG_LEVEL="DEBUG"), tmp_path / "a.log")  # the chattiest logs: no password
        b = None
        try:
            a.wait_serving()
            secret = api.sent("setWebhook")[0]["secret_token"]
            # A alone: a question, and one the story does not answer (A records that miss)
            assert a.post(update(1, 502, "when is the meeting"), secret) == 200
            assert a.post(update(2, 503, "how many tanks did germany send"), secret) == 200
            assert api.wait_for(lambda: len(api.sent()) == 2, 20)
            b = BotProcess.webhook(env, tmp_path / "b.log")
            b.wait_serving()
            # Both running; Telegram redelivers every other update to the other instance
            for i in range(40):
                assert a.post(update(100 + i, 600 + i, "who leads the coalition"), secret) == 200
                if i % 2 == 0:
                    assert b.post(update(100 + i, 600 + i, "who leads the coalition"), secret) == 200
            assert api.wait_for(lambda: len(api.sent()) >= 42, 30)
            code, _, out_a = a.terminate()
            assert code == 0, out_a
            # B alone now: the follow-up to the question A answered, and a miss of B's own
            assert b.post(update(3, 502, "and where?"), secret) == 200
            assert b.post(update(4, 504, "what's bitcoin at"), secret) == 200
            assert api.wait_for(lambda: len(api.sent()) >= 44, 20)
        finally:
            out_b = b.terminate()[2] if b is not None else ""
            if a.proc.poll() is None:
                a.terminate()
        report = unanswered(env)
    by_chat = answers(api)
    assert all(len(by_chat[600 + i]) == 1 for i in range(40)), "each update answered once"
    assert len(api.sent()) == 44
    question, followup = by_chat[502]
    assert "April 4, 2025" in question and followup.startswith("In Ukraine"), followup
    asked = {g["example"] for g in report["groups"]}
    assert {"how many tanks did germany send", "what's bitcoin at"} <= asked, report
    assert "how many tanks" in out_a and "bitcoin" in out_b  # each instance's miss log line: misses from both
    for log in (out_a, out_b):
        assert PASSWORD not in log and TOKEN not in log and "Traceback" not in log


def test_a_reply_thread_in_a_group_is_shared_by_two_instances(postgres_server, tmp_path):
    """Issue 14: instance A answers two people in a group; instance B reads a reply to A's first answer
    against that answer (March 27), not against the group's last answer (the author)."""
    def group(update_id: int, text: str, reply_to: int | None = None) -> dict:
        return dict(text_message(text, chat_id=-700, chat_type="supergroup", message_id=update_id, reply_to=reply_to,
                                 user_id=update_id), update_id=update_id)

    with FakeBotAPI() as api:
        env = bot_env(api.base_url, tmp_path / "data", DATABASE_URL=postgres_server.new_database())
        a = BotProcess.webhook(env, tmp_path / "a.log")
        b = None
        try:
            a.wait_serving()
            secret = api.sent("setWebhook")[0]["secret_token"]
            assert a.post(group(1, "@story_test_bot what happened in paris?"), secret) == 200
            assert api.wait_for(lambda: len(api.messages) == 1, 20)
            assert a.post(group(2, "@story_test_bot who wrote the article?"), secret) == 200
            assert api.wait_for(lambda: len(api.messages) == 2, 20)
            b = BotProcess.webhook(env, tmp_path / "b.log")
            b.wait_serving()
            assert a.terminate()[0] == 0  # B alone answers the reply
            assert b.post(group(3, "and when?", reply_to=api.messages[0]["message_id"]), secret) == 200
            assert api.wait_for(lambda: len(api.messages) == 3, 20)
        finally:
            if b is not None:
                b.terminate()
            if a.proc.poll() is None:
                a.terminate()
    assert "March 27" in api.messages[2]["text"] and "published" not in api.messages[2]["text"]


# -- restarts -----------------------------------------------------------------------------------------------------


def test_a_restart_keeps_followups_and_the_unanswered_report(backend, tmp_path):
    with FakeBotAPI() as api:
        env = bot_env(api.base_url, tmp_path / "data", ADMIN_USER_IDS="42", **backend)
        first = BotProcess.webhook(env, tmp_path / "first.log")
        first.wait_serving()
        secret = api.sent("setWebhook")[0]["secret_token"]
        assert first.post(update(1, 7, "when is the meeting"), secret) == 200
        assert first.post(update(2, 8, "how many tanks did germany send"), secret) == 200
        assert api.wait_for(lambda: len(api.sent()) == 2, 20)
        assert first.terminate()[0] == 0
        second = BotProcess.webhook(env, tmp_path / "second.log")
        try:
            second.wait_serving()
            assert second.post(update(3, 7, "and where?"), secret) == 200
            assert second.post(update(4, 42, "/unanswered"), secret) == 200
            assert api.wait_for(lambda: len(api.sent()) == 4, 30)
        finally:
            code, _, output = second.terminate()
    assert code == 0 and "Traceback" not in output
    by_chat = answers(api)
    assert by_chat[7][1].startswith("In Ukraine"), by_chat[7]
    assert "1×  how many tanks did germany send" in by_chat[42][0], by_chat[42]


def test_sigkill_mid_burst_loses_nothing_acknowledged(backend, tmp_path):
    """A bounded run of benchmarks/inbox_kill_restart.py: rate limiter on, SIGKILL after 3 s, restart."""
    outcome = trial(240, 3.0, tmp_path, backend.get("DATABASE_URL", ""), timeout=90)
    print(outcome.line())
    assert outcome.acknowledged == 240 and outcome.answered_before_kill < 240, outcome.line()
    assert outcome.missing == 0, outcome.line()
    assert outcome.twice <= 5, outcome.line()  # only those being sent at the moment of the kill
    assert outcome.second_exit == 0


def test_polling_sigterm_under_a_long_flood_wait_keeps_the_update(tmp_path):
    """Issue 11 item 4: SIGTERM with a pending retry_after of 60 s stops within 10 s; the update stays
    stored and the next start answers it, once."""
    with FakeBotAPI() as api:
        api.server.handle_error = lambda *args: None  # the last long poll's reader is gone after SIGTERM
        env = bot_env(api.base_url, tmp_path / "data")
        first = BotProcess("run", env, tmp_path / "first.log")
        assert api.wait_for(lambda: api.sent("setMyCommands"), 20), first.output()
        api.fail("sendMessage", 429, {"ok": False, "error_code": 429, "description": "Too Many Requests",
                                      "parameters": {"retry_after": 60}})
        api.push(text_message("who wrote the article?", chat_id=31))
        assert api.wait_for(lambda: api.sent(), 20)  # the refused try: now waiting out the 60 s
        code, took, output = first.terminate(timeout=30)
        print(f"SIGTERM to exit under a pending retry_after of 60 s: {took:.1f} s")
        assert code == 0 and took < 10, (took, output)
        assert "1 update stored and not yet answered stays in" in output, output
        second = BotProcess("run", env, tmp_path / "second.log")
        try:
            assert api.wait_for(lambda: len(api.sent()) == 2, 30), second.output()
        finally:
            code, _, output = second.terminate()
    refused, answer = api.sent()
    assert "Ivanyshyn" in answer["text"] and int(answer["chat_id"]) == 31
    assert code == 0 and "Traceback" not in output
