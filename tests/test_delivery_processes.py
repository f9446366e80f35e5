"""Delivery under a slow or refusing Bot API: the real `python -m bot run|webhook` processes over HTTP."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time

from tests.support.fake_bot_api import FakeBotAPI
from tests.support.harness import TOKEN, free_port
from tests.support.updates import text_message
from tests.test_processes import ROOT, _post, start, stop

ERROR_TEXT = "something went wrong"
QUESTIONS = ["who wrote the article?", "when is the coalition meeting?", "where will they meet?",
             "who leads the coalition?", "what is the capital of france"]


def webhook(api, tmp_path, **env):
    port = free_port()
    proc, log = start(["webhook"], {"TELEGRAM_BOT_TOKEN": TOKEN, "TELEGRAM_BASE_URL": api.base_url,
                                    "PORT": str(port), "WEBHOOK_URL": "https://bot.example.org", **env}, tmp_path)
    return proc, log, f"http://127.0.0.1:{port}"


def wait_healthz(base: str, timeout: float = 20) -> tuple[int, dict]:
    deadline = time.monotonic() + timeout
    while True:
        try:
            status, body = _post(base + "/healthz", b"", method="GET")
            return status, json.loads(body)
        except OSError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.1)


def post_update(base: str, secret: str, update: dict, update_id: int) -> int:
    return _post(base + "/telegram", json.dumps(dict(update, update_id=update_id)).encode(), secret=secret)[0]


def one_reply_per_question(api, chats) -> None:
    sent = api.sent()
    assert sorted(int(m["chat_id"]) for m in sent) == sorted(chats), [m["chat_id"] for m in sent]
    assert not any(ERROR_TEXT in m["text"] for m in sent)


def test_webhook_slow_api_gives_one_reply_per_question_even_when_stopped(tmp_path):
    """sendMessage takes 8 s (longer than python-telegram-bot's default 5 s read timeout): each question is
    answered exactly once, with no apology after it, though SIGTERM arrives while every reply is on its way."""
    with FakeBotAPI() as api:
        api.slow("sendMessage", 8)
        proc, log, base = webhook(api, tmp_path)
        try:
            assert wait_healthz(base)[0] == 200
            secret = api.sent("setWebhook")[0]["secret_token"]
            for i, question in enumerate(QUESTIONS):
                assert post_update(base, secret, text_message(question, chat_id=600 + i), i + 1) == 200
            assert api.wait_for(lambda: len(api.sent()) == len(QUESTIONS), 10)
        finally:
            output = stop(proc, log)  # SIGTERM while all five replies wait for the slow API
        time.sleep(0.5)
    one_reply_per_question(api, range(600, 600 + len(QUESTIONS)))
    assert "Traceback" not in output and "ERROR" not in output


def test_polling_slow_api_gives_one_reply_per_question(tmp_path):
    with FakeBotAPI() as api:
        api.slow("sendMessage", 8)
        proc, log = start(["run"], {"TELEGRAM_BOT_TOKEN": TOKEN, "TELEGRAM_BASE_URL": api.base_url}, tmp_path)
        try:
            assert api.wait_for(lambda: api.sent("setMyCommands"), 20), "bot never started"
            for i, question in enumerate(QUESTIONS):
                api.push(text_message(question, chat_id=700 + i))
            assert api.wait_for(lambda: len(api.sent()) == len(QUESTIONS), 20)
            time.sleep(9)  # a resend (the old read-timeout retry) would arrive now
        finally:
            output = stop(proc, log)
    one_reply_per_question(api, range(700, 700 + len(QUESTIONS)))
    assert "Traceback" not in output and "ERROR" not in output


def test_refused_set_webhook_exits_1_with_one_line(tmp_path):
    with FakeBotAPI() as api:
        api.refuse("setWebhook", 400, {"ok": False, "error_code": 400,
                                       "description": "Bad Request: bad webhook: An HTTPS URL must be provided "
                                                      "for webhook"})
        env = {k: v for k, v in os.environ.items() if not k.startswith(("TELEGRAM", "WEBHOOK", "RENDER"))}
        env.update(TELEGRAM_BOT_TOKEN=TOKEN, TELEGRAM_BASE_URL=api.base_url, PORT=str(free_port()),
                   WEBHOOK_URL="https://bot.example.org", DATA_DIR=str(tmp_path / "data"))
        began = time.monotonic()
        out = subprocess.run([sys.executable, "-m", "bot", "webhook"], cwd=ROOT, env=env, capture_output=True,
                             text=True, timeout=60)
        took = time.monotonic() - began
    assert out.returncode == 1, out.stderr
    last = out.stderr.strip().splitlines()[-1]
    assert last.startswith("story-bot: Telegram refused the webhook https://bot.example.org/telegram")
    assert "an https url must be provided" in last.lower() and "WEBHOOK_URL" in last
    assert len(api.sent("setWebhook")) == 3, "a few tries before giving up"
    assert not api.sent("setMyCommands")
    assert "Traceback" not in out.stderr and TOKEN not in out.stderr and took < 30
    assert sum(ERROR_TEXT in line or "ERROR" in line for line in out.stderr.splitlines()) == 0


def test_set_webhook_refused_once_is_retried(tmp_path):
    with FakeBotAPI() as api:
        api.fail("setWebhook", 502, {"ok": False, "error_code": 502, "description": "Bad Gateway"})
        proc, log, base = webhook(api, tmp_path)
        try:
            status, body = wait_healthz(base)
            assert status == 200 and body["ok"] and body["webhook"] == "https://bot.example.org/telegram"
        finally:
            output = stop(proc, log)
    assert len(api.sent("setWebhook")) == 2
    assert "trying again" in output


def test_webhook_start_up_sets_the_menu_and_says_ready(tmp_path):
    """Both modes run one start-up sequence: getMe, setWebhook, getWebhookInfo, setMyCommands, 'ready'."""
    with FakeBotAPI() as api:
        proc, log, base = webhook(api, tmp_path)
        try:
            assert wait_healthz(base)[0] == 200
            assert api.wait_for(lambda: api.sent("setMyCommands"), 10)
        finally:
            output = stop(proc, log)
    commands = json.loads(api.sent("setMyCommands")[0]["commands"])
    assert [c["command"] for c in commands] == ["start", "help", "topics", "source"]
    order = [name for name, _, _ in api.calls if name in ("getMe", "setWebhook", "getWebhookInfo", "setMyCommands")]
    firsts = list(dict.fromkeys(order))  # one menu per language: setMyCommands may come more than once
    assert firsts == ["getMe", "setWebhook", "getWebhookInfo", "setMyCommands"], order
    assert "story-bot ready as @story_test_bot" in output


def test_healthz_says_503_when_telegram_delivers_elsewhere(tmp_path):
    with FakeBotAPI() as api:
        api.webhook_taken_by = "https://someone-else.example.org/telegram"
        proc, log, base = webhook(api, tmp_path)
        try:
            status, body = wait_healthz(base)
        finally:
            output = stop(proc, log)
    assert status == 503 and body["ok"] is False
    assert "someone-else.example.org" in body["problem"] and "bot.example.org" in body["problem"]
    assert "someone-else.example.org" in output  # and the log says it once
    assert "Traceback" not in output


def test_webhook_url_over_http_is_one_line_exit_2(tmp_path):
    env = dict(os.environ, TELEGRAM_BOT_TOKEN=TOKEN, WEBHOOK_URL="http://bot.example.org", PORT=str(free_port()))
    out = subprocess.run([sys.executable, "-m", "bot", "webhook"], cwd=ROOT, env=env, capture_output=True,
                         text=True, timeout=60)
    assert out.returncode == 2
    assert out.stderr.strip().count("\n") == 0 and "https://" in out.stderr and "WEBHOOK_URL" in out.stderr
