"""The real `python -m bot` processes, over real HTTP on 127.0.0.1, against the fake Bot API."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path


from tests.support.harness import TOKEN, free_port
from tests.support.fake_bot_api import FakeBotAPI
from tests.support.updates import inline, photo_message, text_message

ROOT = Path(__file__).resolve().parent.parent


def start(args, env_extra, tmp_path):
    env = {k: v for k, v in os.environ.items() if not k.startswith(("TELEGRAM", "WEBHOOK", "RENDER", "KOYEB"))}
    env.update(PYTHONUNBUFFERED="1", DATA_DIR=str(tmp_path / "data"), **env_extra)
    log = open(tmp_path / "bot.log", "w+")
    proc = subprocess.Popen([sys.executable, "-m", "bot", *args], cwd=ROOT, env=env, stdout=log,
                            stderr=subprocess.STDOUT)
    return proc, log


def stop(proc, log) -> str:
    proc.send_signal(signal.SIGTERM)
    code = proc.wait(timeout=20)
    log.seek(0)
    output = log.read()
    assert code == 0, output
    return output


def test_missing_token_is_one_clear_line_exit_2(tmp_path):
    proc = subprocess.run([sys.executable, "-m", "bot", "run"], cwd=ROOT, capture_output=True, text=True,
                          env={k: v for k, v in os.environ.items() if k != "TELEGRAM_BOT_TOKEN"})
    assert proc.returncode == 2
    assert "TELEGRAM_BOT_TOKEN" in proc.stderr and "@BotFather" in proc.stderr
    assert "Traceback" not in proc.stderr


def test_polling_process_end_to_end(tmp_path):
    with FakeBotAPI() as api:
        proc, log = start(["run"], {"TELEGRAM_BOT_TOKEN": TOKEN, "TELEGRAM_BASE_URL": api.base_url,
                                    "LOG_LEVEL": "DEBUG"}, tmp_path)  # the chattiest logs must not leak it
        try:
            assert api.wait_for(lambda: api.sent("setMyCommands"), 20), "bot never started"
            api.push(text_message("/start"))
            api.push(text_message("who wrote the article?", message_id=2))
            api.push(photo_message())
            api.push(text_message("what is the capital of france", chat_id=333))
            api.push(inline("where will they meet"))
            assert api.wait_for(lambda: len(api.sent()) >= 4 and api.sent("answerInlineQuery"), 20)
            # A 429 from Telegram is waited out and retried, not lost.
            api.fail("sendMessage", 429, {"ok": False, "error_code": 429, "description": "Too Many Requests",
                                          "parameters": {"retry_after": 1}})
            api.push(text_message("who leads the coalition", chat_id=444))
            assert api.wait_for(lambda: any("France" in m["text"] for m in api.sent()), 20)
        finally:
            output = stop(proc, log)
    texts = [m["text"] for m in api.sent()]
    assert any("Volodymyr Ivanyshyn" in t for t in texts)
    assert any("text" in t and "question" in t for t in texts)  # the photo reply
    assert TOKEN not in output and TOKEN.split(":")[1] not in output
    assert "Traceback" not in output
    assert [c["command"] for c in json.loads(api.sent("setMyCommands")[0]["commands"])] == \
        ["start", "help", "topics", "source"]


def test_one_chat_is_answered_in_order_even_when_a_reply_is_delayed(tmp_path):
    with FakeBotAPI() as api:
        proc, log = start(["run"], {"TELEGRAM_BOT_TOKEN": TOKEN, "TELEGRAM_BASE_URL": api.base_url}, tmp_path)
        try:
            assert api.wait_for(lambda: api.sent("setMyCommands"), 20)
            api.fail("sendMessage", 429, {"ok": False, "error_code": 429, "description": "Too Many Requests",
                                          "parameters": {"retry_after": 1}})
            api.push(text_message("when is the meeting", chat_id=77, message_id=1))
            api.push(text_message("and where?", chat_id=77, message_id=2))
            assert api.wait_for(lambda: len(api.sent()) >= 3, 20)  # the refused try, then two replies
        finally:
            stop(proc, log)
    first, second = [m["text"] for m in api.sent()[1:]]
    assert "Friday, April 4, 2025" in first
    assert second.startswith("In Ukraine"), "the follow-up must see the first answer"


def test_polling_many_chats_at_once_each_get_one_reply(tmp_path):
    with FakeBotAPI() as api:
        proc, log = start(["run"], {"TELEGRAM_BOT_TOKEN": TOKEN, "TELEGRAM_BASE_URL": api.base_url}, tmp_path)
        try:
            assert api.wait_for(lambda: api.sent("setMyCommands"), 20)
            for chat in range(80):
                api.push(text_message("when is the coalition meeting?", chat_id=5000 + chat))
            assert api.wait_for(lambda: len(api.sent()) >= 80, 60)
            time.sleep(0.5)
        finally:
            stop(proc, log)
    chats = [int(m["chat_id"]) for m in api.sent()]
    assert sorted(chats) == list(range(5000, 5080))
    assert all("April 4, 2025" in m["text"] for m in api.sent())


def _post(url, body: bytes, secret: str | None = None, method="POST"):
    request = urllib.request.Request(url, data=body if method == "POST" else None, method=method,
                                     headers={"content-type": "application/json"})
    if secret is not None:
        request.add_header("X-Telegram-Bot-Api-Secret-Token", secret)
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status, response.read()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read()


def test_webhook_process_end_to_end(tmp_path):
    port = free_port()
    with FakeBotAPI() as api:
        proc, log = start(["webhook"], {"TELEGRAM_BOT_TOKEN": TOKEN, "TELEGRAM_BASE_URL": api.base_url,
                                        "PORT": str(port), "WEBHOOK_URL": "https://bot.example.org"}, tmp_path)
        base = f"http://127.0.0.1:{port}"
        try:
            assert api.wait_for(lambda: api.sent("setWebhook"), 20), "webhook never set"
            hook = api.sent("setWebhook")[0]
            secret = hook["secret_token"]
            assert hook["url"] == "https://bot.example.org/telegram" and len(secret) >= 16
            assert secret not in TOKEN
            for _ in range(50):
                try:
                    status, body = _post(base + "/healthz", b"", method="GET")
                    break
                except OSError:
                    time.sleep(0.1)
            assert status == 200 and json.loads(body)["ok"] is True
            update = json.dumps(dict(text_message("who wrote it"), update_id=1)).encode()
            assert _post(base + "/telegram", update)[0] == 403
            assert _post(base + "/telegram", update, secret="wrong-secret-123456")[0] == 403
            assert _post(base + "/telegram", b"{not json", secret=secret)[0] == 400
            assert _post(base + "/telegram", b"[1, 2]", secret=secret)[0] == 400
            assert _post(base + "/telegram", b"x" * (3 * 1024 * 1024), secret=secret)[0] == 413
            assert _post(base + "/nope", b"", method="GET")[0] == 404
            assert _post(base + "/telegram", b"", method="GET")[0] == 405
            time.sleep(0.3)
            assert api.sent() == [], "a refused update must not be answered"
            assert _post(base + "/telegram", update, secret=secret)[0] == 200
            assert _post(base + "/telegram", update, secret=secret)[0] == 200  # Telegram redelivering it
            assert api.wait_for(lambda: len(api.sent()) == 1, 10)
            at_root = json.dumps(dict(text_message("who leads the coalition", chat_id=8888), update_id=2)).encode()
            assert _post(base + "/", at_root)[0] == 403
            assert _post(base + "/", at_root, secret=secret)[0] == 200  # a harness posting to "/" works too
            assert api.wait_for(lambda: len(api.sent()) == 2, 10)

            def one(i):
                body = json.dumps(dict(text_message("who leads the coalition", chat_id=9000 + i),
                                       update_id=100 + i)).encode()
                return _post(base + "/telegram", body, secret=secret)[0]

            with ThreadPoolExecutor(32) as pool:
                statuses = list(pool.map(one, range(190)))
            assert statuses == [200] * 190
            assert api.wait_for(lambda: len(api.sent()) >= 192, 60)
            assert _post(base + "/healthz", b"", method="GET")[0] == 200
        finally:
            output = stop(proc, log)
    chats = sorted(int(m["chat_id"]) for m in api.sent()[2:])
    assert chats == list(range(9000, 9190))
    assert TOKEN not in output and secret not in output and "Traceback" not in output


def test_unanswered_lists_what_the_running_bot_could_not_answer(tmp_path):
    with FakeBotAPI() as api:
        proc, log = start(["run"], {"TELEGRAM_BOT_TOKEN": TOKEN, "TELEGRAM_BASE_URL": api.base_url}, tmp_path)
        try:
            assert api.wait_for(lambda: api.sent("setMyCommands"), 20)
            api.push(text_message("how many tanks did germany send", chat_id=1))
            api.push(text_message("how many tanks did germany send?", chat_id=2))
            api.push(text_message("who wrote the article", chat_id=3))
            assert api.wait_for(lambda: len(api.sent()) >= 3, 20)
        finally:
            stop(proc, log)
    report = subprocess.run([sys.executable, "-m", "bot", "unanswered"], cwd=ROOT, capture_output=True,
                            text=True, env=dict(os.environ, DATA_DIR=str(tmp_path / "data")))
    assert report.returncode == 0
    assert "2×  how many tanks did germany send" in report.stdout
    assert "who wrote" not in report.stdout


def test_webhook_sigterm_finishes_updates_in_flight(tmp_path):
    port = free_port()
    with FakeBotAPI() as api:
        proc, log = start(["webhook"], {"TELEGRAM_BOT_TOKEN": TOKEN, "TELEGRAM_BASE_URL": api.base_url,
                                        "PORT": str(port), "WEBHOOK_URL": "https://bot.example.org"}, tmp_path)
        try:
            assert api.wait_for(lambda: api.sent("setWebhook"), 20)
            secret = api.sent("setWebhook")[0]["secret_token"]
            for _ in range(50):
                try:
                    _post(f"http://127.0.0.1:{port}/healthz", b"", method="GET")
                    break
                except OSError:
                    time.sleep(0.1)
            for i in range(60):
                body = json.dumps(dict(text_message("who wrote it", chat_id=700 + i), update_id=i + 1)).encode()
                assert _post(f"http://127.0.0.1:{port}/telegram", body, secret=secret)[0] == 200
        finally:
            stop(proc, log)  # SIGTERM right after the last accepted update
    assert sorted(int(m["chat_id"]) for m in api.sent()) == list(range(700, 760))


def test_rejected_token_is_one_line_without_the_token(tmp_path):
    with FakeBotAPI() as api:
        api.fail("getMe", 401, {"ok": False, "error_code": 401, "description": "Unauthorized"})
        env = dict(os.environ, TELEGRAM_BOT_TOKEN=TOKEN, TELEGRAM_BASE_URL=api.base_url)
        for command in (["run"], ["webhook"]):
            api.fail("getMe", 401, {"ok": False, "error_code": 401, "description": "Unauthorized"})
            out = subprocess.run([sys.executable, "-m", "bot", *command], cwd=ROOT, capture_output=True, text=True,
                                 env=dict(env, WEBHOOK_URL="https://x.org", PORT=str(free_port())), timeout=60)
            assert out.returncode == 2, out.stderr
            assert "TELEGRAM_BOT_TOKEN" in out.stderr and "@BotFather" in out.stderr
            assert TOKEN not in out.stderr + out.stdout and "Traceback" not in out.stderr


def test_a_wrong_base_url_path_is_named_not_blamed_on_the_token(tmp_path):
    """A self-hosted Bot API answering 404 because TELEGRAM_BASE_URL has a wrong path: one line naming the URL
    and the 404, exit 2; not "Telegram rejected TELEGRAM_BOT_TOKEN", and never the token."""
    with FakeBotAPI() as api:
        env = dict(os.environ, TELEGRAM_BOT_TOKEN=TOKEN, TELEGRAM_BASE_URL=api.base_url + "/wrong/path")
        for command in (["run"], ["webhook"]):
            out = subprocess.run([sys.executable, "-m", "bot", *command], cwd=ROOT, capture_output=True, text=True,
                                 env=dict(env, WEBHOOK_URL="https://x.org", PORT=str(free_port())), timeout=60)
            lines = [line for line in out.stderr.splitlines() if line.strip()]
            assert out.returncode == 2 and len(lines) == 1, out.stderr
            assert f"TELEGRAM_BASE_URL={api.base_url}/wrong/path" in lines[0] and "404" in lines[0], lines[0]
            assert "rejected" not in lines[0] and "@BotFather" not in lines[0]
            assert TOKEN not in out.stderr + out.stdout and TOKEN.split(":")[1] not in out.stderr + out.stdout
        assert not api.sent()
