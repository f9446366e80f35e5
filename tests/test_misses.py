"""The curator loop through the handlers: misses and feedback written to the storage (the real SQLite
file here; both backends in test_storage.py), the report, the admin command."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

from bot.settings import Settings
from bot.storage import DB_NAME, open_sync
from bot.storage.report import read_report
from tests.support.updates import callback, inline, text_message

ROOT = Path(__file__).resolve().parent.parent


def record(data_dir: Path, *questions: str, chat_type: str = "private") -> None:
    with open_sync(Settings(data_dir=data_dir)) as store:
        for question in questions:
            assert store.misses.record_miss(question, chat_type, "fallback", None, 10.0)


def report_of(data_dir: Path):
    with open_sync(Settings(data_dir=data_dir), create=False) as store:
        return read_report(store)


def rows(data_dir: Path, table: str = "misses") -> list[dict]:
    conn = sqlite3.connect(data_dir / DB_NAME)
    conn.row_factory = sqlite3.Row
    try:
        return [dict(r) for r in conn.execute(f"SELECT * FROM {table} ORDER BY id")]
    finally:
        conn.close()


def test_misses_recorded_through_handlers_without_ids(harness_factory, tmp_path):
    async def body(h):
        await h.send(text_message("how many tanks did germany send", chat_id=987654), 1)
        await h.send(text_message("who wrote the article", chat_id=987655), 2)
        await h.send(text_message("@story_test_bot what's bitcoin at", chat_id=-100777, chat_type="group"), 3)
        await h.send(inline("weather in paris tomorrow", user_id=55555), 4)

    harness_factory(body)
    recorded = rows(tmp_path / "data")
    assert [r["chat_type"] for r in recorded] == ["private", "group", "inline"]
    assert recorded[0]["question"] == "how many tanks did germany send"
    assert all(r["outcome"] in ("fallback", "suggest", "gap") for r in recorded)
    assert not any("wrote" in r["question"] for r in recorded), "good answers are not misses"
    columns = set(recorded[0])
    assert columns == {"id", "asked_at", "question", "chat_type", "outcome", "best_fact", "score"}
    dump = "\n".join(str(v) for r in recorded for v in r.values())
    for secret_id in ("987654", "100777", "55555", "Ann"):
        assert secret_id not in dump


def test_feedback_buttons_record_and_toast(harness_factory, tmp_path):
    async def body(h):
        await h.send(text_message("who wrote this thing"), 1)
        await h.send(callback("fb:1:author"), 2)
        await h.send(callback("fb:0:author"), 3)
        await h.send(callback("fb:0:author"), 4)

    api = harness_factory(body)
    assert [a.get("text") for a in api.sent("answerCallbackQuery")] == ["Thanks for the feedback!"] * 3
    assert len(api.sent()) == 1, "feedback is a toast, not a new message"
    report = report_of(tmp_path / "data")
    assert report.feedback == {"author": (1, 2)}
    unhelpful = [r for r in rows(tmp_path / "data") if r["outcome"] == "unhelpful"]
    assert [(r["question"], r["best_fact"]) for r in unhelpful] == [("who wrote this thing", "author")] * 2


def test_locked_database_does_not_break_answering(harness_factory, tmp_path, caplog):
    data = tmp_path / "data"
    record(data, "seed")
    locker = sqlite3.connect(data / DB_NAME, isolation_level=None)
    locker.execute("BEGIN EXCLUSIVE")  # another process holds the database
    try:
        async def body(h):
            await h.send(text_message("what is bitcoin", chat_id=1), 1)
            await h.send(text_message("what is dogecoin", chat_id=2), 2)
            await h.send(text_message("who wrote the article", chat_id=3), 3)

        with caplog.at_level("WARNING"):  # the bot waits 0.2 s for the lock (as MissStore did), not 5 s
            api = harness_factory(body, storage_options={"busy_timeout": 0.2})
    finally:
        locker.execute("ROLLBACK")
        locker.close()
    assert sum("cannot write" in r.getMessage() for r in caplog.records) == 1
    assert len(api.sent()) == 3
    assert [r["question"] for r in rows(data)] == ["seed"]


def test_admin_only_unanswered_command(harness_factory, tmp_path):
    async def body(h):
        await h.send(text_message("how many tanks did germany send", chat_id=1), 1)
        await h.send(text_message("/unanswered", chat_id=42), 2)
        await h.send(text_message("/unanswered", chat_id=7), 3)

    api = harness_factory(body, admin_ids=frozenset({42}))
    miss_reply, admin, stranger = api.sent()
    assert "1×  how many tanks did germany send" in admin["text"]
    assert "don't know that command" in stranger["text"]


def test_unanswered_command_line(tmp_path):
    env = dict(os.environ, DATA_DIR=str(tmp_path / "empty"))
    out = subprocess.run([sys.executable, "-m", "bot", "unanswered"], cwd=ROOT, capture_output=True, text=True,
                         env=env)
    assert out.returncode == 0 and "No unanswered questions recorded yet" in out.stdout
    with open_sync(Settings(data_dir=tmp_path / "d")) as store:
        store.misses.record_miss("who is elon musk", "private", "fallback", None, 12.0)
        store.misses.record_miss("who is elon musk?", "inline", "suggest", "author", 50.0)
    env["DATA_DIR"] = str(tmp_path / "d")
    out = subprocess.run([sys.executable, "-m", "bot", "unanswered", "--json", "--limit", "5", "--since", "1"],
                         cwd=ROOT, capture_output=True, text=True, env=env)
    data = json.loads(out.stdout)
    assert data["total"] == 2 and data["groups"][0]["count"] == 2
