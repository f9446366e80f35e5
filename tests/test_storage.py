"""bot/storage on both backends: the real SQLite file and a real PostgreSQL 15 server (no mocks).

Every test taking `settings` runs twice: once on SQLite in a temporary DATA_DIR, once on a fresh
database of the session's PostgreSQL server (tests/support/postgres.py).
"""

from __future__ import annotations

import asyncio
import json
import os
import random
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import psycopg
import pytest

from bot.settings import Settings
from bot.storage import (CURRENT_VERSION, DB_NAME, StorageError, StorageStartupError, chat_key_of, open_storage,
                         open_sync)
from bot.storage.report import read_report
from bot.storage.worker import InboxWorker
from tests.support.postgres import PASSWORD, start_server

ROOT = Path(__file__).resolve().parent.parent
OLD_SCHEMA = """
CREATE TABLE misses (id INTEGER PRIMARY KEY AUTOINCREMENT, asked_at REAL NOT NULL, question TEXT NOT NULL,
    chat_type TEXT NOT NULL, outcome TEXT NOT NULL, best_fact TEXT, score REAL NOT NULL);
CREATE TABLE feedback (id INTEGER PRIMARY KEY AUTOINCREMENT, given_at REAL NOT NULL, fact TEXT NOT NULL,
    helpful INTEGER NOT NULL);
"""


@pytest.fixture(params=["sqlite", "postgresql"])
def settings(request, tmp_path) -> Settings:
    if request.param == "sqlite":
        return Settings(data_dir=tmp_path / "data")
    server = request.getfixturevalue("postgres_server")
    return Settings(data_dir=tmp_path / "unused", database_url=server.new_database())


def run(coroutine):
    return asyncio.run(coroutine)


def update(update_id: int, chat: int, text: str = "hi") -> dict:
    return {"update_id": update_id, "message": {"message_id": update_id, "date": 0, "text": text,
                                                "chat": {"id": chat, "type": "private"}}}


async def fill(store, count: int, chats: int, start: int = 1) -> list[int]:
    ids = list(range(start, start + count))
    for update_id in ids:
        chat = update_id % chats
        assert await store.inbox.put(update_id, f"c{chat}", update(update_id, chat))
    return ids


# -- the inbox -------------------------------------------------------------------------------------------------


def test_redelivered_update_is_stored_once(settings):
    async def body():
        one, two = await open_storage(settings), await open_storage(settings)  # two instances
        try:
            assert await one.inbox.put(7, "c1", update(7, 1)) is True
            assert await one.inbox.put(7, "c1", update(7, 1)) is False
            both = await asyncio.gather(*(s.inbox.put(8, "c1", update(8, 1)) for s in (one, two, one, two)))
            assert sorted(both) == [False, False, False, True]
            assert await two.inbox.pending_count() == 2
            (item,) = await two.inbox.claim("w")
            assert item.update_id == 7 and item.payload == update(7, 1) and item.attempts == 1
            await two.inbox.done(7)
            assert await one.inbox.put(7, "c1", update(7, 1)) is False, "a done update is still recognised"
            assert await one.inbox.pending_count() == 1
        finally:
            await one.close()
            await two.close()

    run(body())


def test_claim_is_in_order_one_per_chat_and_leases_expire(settings):
    async def body():
        async with await open_storage(settings) as store:
            for update_id, chat in [(1, "a"), (2, "a"), (3, "b"), (4, "a"), (5, "c")]:
                await store.inbox.put(update_id, chat, {"n": update_id})
            first = await store.inbox.claim("w1", lease=0.3)
            assert [i.update_id for i in first] == [1, 3, 5], "each chat's oldest, oldest first"
            assert await store.inbox.claim("w2") == [], "nothing else until those are done"
            await store.inbox.done(1)
            assert [i.update_id for i in await store.inbox.claim("w2", lease=30)] == [2]
            await asyncio.sleep(0.4)  # w1 died: its leases run out
            again = await store.inbox.claim("w3", lease=30)
            assert [(i.update_id, i.attempts) for i in again] == [(3, 2), (5, 2)]
            assert await store.inbox.claim("w4") == []
            assert await store.inbox.release("w3") == 2  # a clean stop gives them back at once
            assert [i.update_id for i in await store.inbox.claim("w4", limit=1)] == [3]
            assert await store.inbox.renew("w4", 60) == 1
            assert await store.inbox.pending_count() == 4

    run(body())


def test_two_instances_claim_each_update_once_in_order_per_chat(settings):
    async def body():
        one, two = await open_storage(settings), await open_storage(settings)
        ids = await fill(one, 300, chats=17)
        log: list[tuple[int, str, str]] = []
        busy: set[str] = set()

        async def worker(store, name):
            idle = 0
            while idle < 30:
                items = await store.inbox.claim(name, limit=6, lease=30)
                if not items:
                    idle += 1
                    await asyncio.sleep(0.002)
                    continue
                idle = 0
                for item in items:
                    assert item.chat_key not in busy, "two updates of one chat at once"
                    busy.add(item.chat_key)
                    log.append((item.update_id, item.chat_key, name))
                for item in items:
                    await asyncio.sleep(0)
                    busy.discard(item.chat_key)
                    assert await store.inbox.done(item.update_id)

        try:
            await asyncio.gather(worker(one, "one"), worker(two, "two"))
        finally:
            await one.close()
            await two.close()
        assert sorted(u for u, _, _ in log) == ids, "every update claimed exactly once"
        assert {name for _, _, name in log} == {"one", "two"}, "both instances took part"
        for chat in {c for _, c, _ in log}:
            order = [u for u, c, _ in log if c == chat]
            assert order == sorted(order)

    run(body())


CLAIMER = r"""
import asyncio, json, os, sys, time
from pathlib import Path
from types import SimpleNamespace
from bot.storage import open_storage

async def main():
    store = await open_storage(SimpleNamespace(data_dir=Path(sys.argv[1]), database_url=sys.argv[2]))
    go = Path(sys.argv[4])
    Path(sys.argv[4] + "." + sys.argv[3]).touch()  # ready: the test starts both claimers at once
    while not go.exists():
        await asyncio.sleep(0.005)
    got, idle = [], 0
    while idle < 40:
        items = await store.inbox.claim(sys.argv[3], 4, 30)
        if not items:
            idle += 1
            await asyncio.sleep(0.005)
            continue
        idle = 0
        for item in items:
            got.append([item.update_id, item.chat_key, time.time()])
            await asyncio.sleep(0.002)  # answering takes a while: one process cannot drain it all alone
            await store.inbox.done(item.update_id)
    await store.close()
    print(json.dumps(got))

asyncio.run(main())
"""


def test_two_processes_share_one_inbox(settings, tmp_path):
    async def setup():
        async with await open_storage(settings) as store:
            return await fill(store, 240, chats=12)

    ids = run(setup())
    go = tmp_path / "go"
    procs = [subprocess.Popen([sys.executable, "-c", CLAIMER, str(settings.data_dir), settings.database_url, name,
                               str(go)], cwd=ROOT, stdout=subprocess.PIPE, text=True) for name in ("p1", "p2")]
    deadline = time.monotonic() + 60  # a loaded machine may take seconds to start a process
    while not all(Path(f"{go}.{name}").exists() for name in ("p1", "p2")) and time.monotonic() < deadline:
        time.sleep(0.05)
    go.touch()
    results = [json.loads(p.communicate(timeout=60)[0]) for p in procs]
    assert all(p.returncode == 0 for p in procs)
    claimed = [u for result in results for u, _, _ in result]
    assert sorted(claimed) == ids, "each update claimed by exactly one process"
    assert all(results), "both processes claimed some"
    merged = sorted((t, u, c) for result in results for u, c, t in result)
    for chat in {c for _, _, c in merged}:
        order = [u for _, u, c in merged if c == chat]
        assert order == sorted(order), f"chat {chat} out of order across processes"


def test_pending_updates_survive_reopening_and_are_answered_first(settings):
    async def before():
        store = await open_storage(settings)
        await fill(store, 6, chats=3)
        (await store.inbox.claim("crashed", lease=0.2))  # claimed, never done: the process was killed
        await store.close()

    async def after():
        async with await open_storage(settings) as store:
            assert await store.inbox.pending_count() == 6
            assert (await store.status())["pending"] == 6
            handled: list[int] = []

            async def handle(item):
                handled.append(item.update_id)

            worker = InboxWorker(store.inbox, handle, concurrency=4, lease=5, poll=0.05)
            await worker.start()
            await asyncio.sleep(0.3)  # the crashed leases run out meanwhile
            await store.inbox.put(100, "c9", update(100, 9))
            worker.notify()
            assert await worker.wait_idle(10)
            assert await worker.stop() == 0
            assert handled[-1] == 100 and sorted(handled[:6]) == [1, 2, 3, 4, 5, 6]
            assert await store.inbox.pending_count() == 0

    run(before())
    run(after())


def test_worker_answers_each_chat_in_order_and_gives_back_unfinished(settings):
    async def body():
        async with await open_storage(settings) as store:
            ids = await fill(store, 60, chats=4)
            handled: list[int] = []
            busy: set[str] = set()

            async def handle(item):
                assert item.chat_key not in busy
                busy.add(item.chat_key)
                await asyncio.sleep(random.random() / 200)
                busy.discard(item.chat_key)
                handled.append(item.update_id)

            worker = InboxWorker(store.inbox, handle, concurrency=8, lease=5, poll=0.05)
            await worker.start()
            assert await worker.wait_idle(20)
            await worker.stop()
            assert sorted(handled) == ids
            for chat in range(4):
                order = [u for u in handled if u % 4 == chat]
                assert order == sorted(order)

            await fill(store, 3, chats=3, start=200)
            stuck = asyncio.Event()

            async def slow(item):
                stuck.set()
                await asyncio.sleep(30)

            worker = InboxWorker(store.inbox, slow, concurrency=8, lease=30, poll=0.05)
            await worker.start()
            await asyncio.wait_for(stuck.wait(), 5)
            assert await worker.stop(timeout=0.1) == 3, "unfinished updates are given back at a clean stop"
            assert [i.update_id for i in await store.inbox.claim("next")] == [200, 201, 202]

    run(body())


def test_done_rows_keep_no_payload_and_are_pruned(settings):
    async def body():
        async with await open_storage(settings) as store:
            await fill(store, 3, chats=1)
            (item,) = await store.inbox.claim("w")
            await store.inbox.done(item.update_id)
            assert await store.inbox.prune(keep_done=3600) == 0
            await asyncio.sleep(0.05)
            assert await store.inbox.prune(keep_done=0.01) == 1
            assert (await store.status())["rows"]["inbox"] == 2

    run(body())
    query = "SELECT payload, chat_key FROM inbox WHERE done_at IS NOT NULL"
    if settings.database_url:
        with psycopg.connect(settings.database_url) as conn:
            kept = conn.execute(query).fetchall()
    else:
        conn = sqlite3.connect(settings.data_dir / DB_NAME)
        kept = conn.execute(query).fetchall()
        conn.close()
    assert kept == [], "the done row was pruned"


def test_an_answered_update_keeps_only_its_id(settings):
    async def body():
        async with await open_storage(settings) as store:
            await store.inbox.put(5, "c42", update(5, 42, "my secret question"))
            await store.inbox.claim("w")
            await store.inbox.done(5)

    run(body())
    query = "SELECT update_id, payload, chat_key, claimed_by FROM inbox"
    if settings.database_url:
        with psycopg.connect(settings.database_url) as conn:
            rows = conn.execute(query).fetchall()
    else:
        conn = sqlite3.connect(settings.data_dir / DB_NAME)
        rows = conn.execute(query).fetchall()
        conn.close()
    assert [tuple(r) for r in rows] == [(5, None, "", "w")]


def test_chat_key_of_raw_updates():
    assert chat_key_of(update(1, 42)) == "c42"
    assert chat_key_of({"update_id": 2, "edited_message": {"chat": {"id": -100}}}) == "c-100"
    assert chat_key_of({"update_id": 3, "callback_query": {"from": {"id": 5}, "message": {"chat": {"id": 42}}}}) == "c42"
    assert chat_key_of({"update_id": 4, "callback_query": {"from": {"id": 5}, "inline_message_id": "x"}}) == "u5"
    assert chat_key_of({"update_id": 5, "inline_query": {"from": {"id": 9}, "query": "q"}}) == "u9"
    assert chat_key_of({"update_id": 6, "poll": {}}) == "x6"


# -- chat context ----------------------------------------------------------------------------------------------


def test_chat_context_survives_reopening_and_is_bounded(settings):
    async def write():
        async with await open_storage(settings) as store:
            assert await store.chats.get("c1") is None
            await store.chats.put("c1", {"last_fact": "author", "asked": {"author": ["who wrote it", 91.5]}})
            await store.chats.put("c1", {"last_fact": "date"})
            await store.chats.put("c2", {"last_fact": "venue", "text": "Київ ✓"})

    async def read():
        async with await open_storage(settings) as store:
            assert await store.chats.get("c1") == {"last_fact": "date"}
            assert await store.chats.get("c2") == {"last_fact": "venue", "text": "Київ ✓"}
        async with await open_storage(settings, context_ttl=0.2, max_chats=5) as store:
            await asyncio.sleep(0.25)
            assert await store.chats.get("c1") is None, "older than the time limit"
            for n in range(12):
                await store.chats.put(f"n{n}", {"n": n})
                await asyncio.sleep(0.002)
            assert await store.chats.prune() >= 9
            assert (await store.status())["rows"]["chat_context"] == 5
            assert await store.chats.get("n11") == {"n": 11} and await store.chats.get("n6") is None

    run(write())
    run(read())


# -- misses and the report -------------------------------------------------------------------------------------


def test_misses_from_two_instances_are_in_one_report(settings):
    async def body():
        one, two = await open_storage(settings), await open_storage(settings)
        try:
            assert await one.misses.record_miss("who is elon musk", "private", "fallback", None, 12.0)
            assert await two.misses.record_miss("Who is Elon Musk?", "group", "fallback", None, 14.0)
            assert await two.misses.record_miss("how many tanks did germany send", "inline", "suggest", "troops", 55.0)
            assert await one.misses.record_feedback("author", True)
            assert await two.misses.record_feedback("author", False)
        finally:
            await one.close()
            await two.close()

    run(body())
    with open_sync(settings, create=False) as store:
        report = read_report(store)
        assert report.total == 3
        assert [(g.count, g.example) for g in report.groups][0] == (2, "Who is Elon Musk?")
        assert report.feedback == {"author": (1, 1)}
        assert read_report(store, since_days=1e-9).total == 0


def test_near_duplicate_misses_are_grouped_most_asked_first(settings):
    questions = ["how many tanks did germany send", "How many tanks did Germany send?", "how many tanks germany sent",
                 "what is the weather", "what's the weather?", "who is elon musk", "who is elon musk",
                 "who is elon musk!", "who is elon musk"]
    with open_sync(settings) as store:
        for question in questions:
            assert store.misses.record_miss(question, "private", "fallback", None, 10.0)
        counts = [(g.count, g.example) for g in read_report(store).groups]
    assert counts[0][0] == 4 and "musk" in counts[0][1]
    assert counts[1][0] == 3 and "tanks" in counts[1][1]
    assert counts[2][0] == 2 and "weather" in counts[2][1]


def test_misses_keep_the_newest_rows(settings):
    async def body():
        async with await open_storage(settings, max_miss_rows=20) as store:
            for i in range(45):
                await store.misses.record_miss(f"question number {i}", "private", "fallback", None, 0.0)
            rows = await store.misses.rows()
            assert len(rows) == 20 and rows[0][0] == "question number 44" and rows[-1][0] == "question number 25"

    run(body())


# -- schema and start-up -------------------------------------------------------------------------------------


def test_a_database_from_before_versions_is_migrated_with_its_rows(settings):
    if settings.database_url:
        with psycopg.connect(settings.database_url, autocommit=True) as conn:
            conn.execute(OLD_SCHEMA.replace("INTEGER PRIMARY KEY AUTOINCREMENT", "SERIAL PRIMARY KEY"))
            conn.execute("INSERT INTO misses (asked_at, question, chat_type, outcome, score) "
                         "VALUES (1, 'old question', 'private', 'fallback', 3)")
    else:
        settings.data_dir.mkdir()
        conn = sqlite3.connect(settings.data_dir / DB_NAME)
        conn.executescript(OLD_SCHEMA)
        conn.execute("INSERT INTO misses (asked_at, question, chat_type, outcome, score) "
                     "VALUES (1, 'old question', 'private', 'fallback', 3)")
        conn.commit()
        conn.close()
    with open_sync(settings, create=False) as store:
        assert store.status()["schema_version"] == 1
    with open_sync(settings) as store:
        status = store.status()
        assert status["schema_version"] == CURRENT_VERSION
        assert status["rows"] == {"inbox": 0, "chat_context": 0, "misses": 1, "feedback": 0}
        assert store.misses.record_miss("new question", "private", "fallback", None, 1.0)
        assert [r[0] for r in store.misses.rows()] == ["new question", "old question"]


def test_a_newer_schema_or_foreign_tables_are_refused(settings):
    with open_sync(settings) as store:
        store.misses.record_miss("q", "private", "fallback", None, 1.0)
    if settings.database_url:
        with psycopg.connect(settings.database_url, autocommit=True) as conn:
            conn.execute("UPDATE story_bot_schema SET version = 99")
    else:
        conn = sqlite3.connect(settings.data_dir / DB_NAME)
        conn.execute("UPDATE story_bot_schema SET version = 99")
        conn.commit()
        conn.close()
    for create in (True, False):
        with pytest.raises(StorageStartupError) as caught:
            open_sync(settings, create=create)
        assert caught.value.code == 2 and "schema version 99" in str(caught.value)
        assert "upgrade story-bot" in str(caught.value)


def test_postgres_tables_of_another_app_are_named(postgres_server):
    url = postgres_server.new_database()
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute("CREATE TABLE inbox (id INTEGER, body TEXT)")
        conn.execute("CREATE TABLE customers (id INTEGER)")  # other tables are fine
    with pytest.raises(StorageStartupError) as caught:
        open_sync(Settings(database_url=url))
    message = str(caught.value)
    assert caught.value.code == 2 and "inbox (no column" in message and PASSWORD not in message
    assert "DATABASE_URL=postgresql://story:***@127.0.0.1" in message


def test_unreachable_postgres_is_one_line_naming_database_url(postgres_server):
    cases = [
        (f"postgresql://story:{PASSWORD}@127.0.0.1:{free_tcp_port()}/postgres", "refused"),
        (postgres_server.url(password="wrong-" + PASSWORD), "password authentication failed"),
        (postgres_server.url("no_such_db"), "does not exist"),
    ]
    for url, reason in cases:
        started = time.monotonic()
        with pytest.raises(StorageStartupError) as caught:
            open_sync(Settings(database_url=url), connect_attempts=2)
        message = str(caught.value)
        assert caught.value.code == 1 and "\n" not in message
        assert message.startswith("cannot connect to the database at DATABASE_URL=postgresql://story:***@")
        assert reason in message and PASSWORD not in message
        if reason != "refused":
            assert time.monotonic() - started < 1, "a wrong password is not retried"


def free_tcp_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_postgres_faults_after_start_are_logged_and_skipped_then_recover(caplog):
    server = start_server()
    if server is None:
        pytest.skip("no PostgreSQL binaries")
    try:
        url = server.url()

        async def body():
            async with await open_storage(Settings(database_url=url), op_timeout=0.2) as store:
                assert await store.inbox.put(1, "c1", update(1, 1))
                with psycopg.connect(url, autocommit=True) as admin:  # the server drops our connections
                    admin.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                                  "WHERE pid <> pg_backend_pid() AND datname = 'postgres'")
                assert await store.misses.record_miss("after a drop", "private", "fallback", None, 1.0)
                assert [i.update_id for i in await store.inbox.claim("w")] == [1]

                server.halt("fast")  # the server is gone: answering must go on
                with caplog.at_level("WARNING"):
                    results = await asyncio.gather(
                        store.misses.record_miss("q", "private", "fallback", None, 1.0),
                        store.misses.record_feedback("author", True), store.chats.get("c1"),
                        store.chats.put("c1", {"a": 1}), store.inbox.claim("w"), store.inbox.done(1),
                        store.inbox.put(2, "c1", update(2, 1)), return_exceptions=True)
                assert results[:6] == [False, False, None, False, [], False]
                assert isinstance(results[6], StorageError), "a put that failed is not acknowledged"
                warnings = [r.getMessage() for r in caplog.records
                            if r.name == "story_bot.storage" and r.levelname == "WARNING"]
                assert len(warnings) == 1 and "answering goes on" in warnings[0], warnings
                assert all(PASSWORD not in r.getMessage() for r in caplog.records)

                server.resume()
                started = time.monotonic()
                while not await store.chats.put("c1", {"back": True}):
                    assert time.monotonic() < started + 20, "never reconnected"
                    await asyncio.sleep(0.2)
                print(f"back {time.monotonic() - started:.1f} s after the server")
                assert await store.chats.get("c1") == {"back": True}
                assert await store.inbox.put(2, "c1", update(2, 1))

        run(body())
    finally:
        server.stop()


def test_database_url_must_be_postgres_and_stays_secret():
    from bot.settings import SettingsError, load_settings

    settings = load_settings({"DATABASE_URL": "postgres://u:topsecret@db.example:5432/bot"}, require_token=False)
    assert settings.database_url.startswith("postgres://") and "topsecret" not in repr(settings)
    with pytest.raises(SettingsError) as caught:
        load_settings({"DATABASE_URL": "mysql://u:topsecret@h/db"}, require_token=False)
    assert "DATABASE_URL" in str(caught.value) and "topsecret" not in str(caught.value)
    assert load_settings({"DATABASE_URL": "  "}, require_token=False).database_url == ""


# -- DATA_DIR --------------------------------------------------------------------------------------------------


def test_unusable_data_dir_is_one_line_naming_it(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    bytes_dir = tmp_path / "bytes"
    bytes_dir.mkdir()
    (bytes_dir / DB_NAME).write_bytes(os.urandom(4096))
    dir_dir = tmp_path / "dir"
    (dir_dir / DB_NAME).mkdir(parents=True)
    foreign = tmp_path / "foreign"
    foreign.mkdir()
    sqlite3.connect(foreign / DB_NAME).execute("CREATE TABLE users (id INTEGER)").connection.commit()
    cases = [(blocker, "is a file, not a directory"), (blocker / "sub", "cannot be created"),
             (bytes_dir, "is not an SQLite database"), (dir_dir, "is a directory, not a database file"),
             (foreign, "is not a story-bot database (its tables: users)")]
    for data_dir, what in cases:
        with pytest.raises(StorageStartupError) as caught:
            open_sync(Settings(data_dir=data_dir))
        assert caught.value.code == 2 and str(caught.value).startswith(f"DATA_DIR={data_dir}")
        assert what in str(caught.value) and "\n" not in str(caught.value)


def _without_root_powers() -> list[str]:
    """Run a command as root minus the capability to ignore file permissions (what a non-root user has)."""
    if os.geteuid() != 0:
        return []
    if not Path("/usr/bin/setpriv").exists():
        pytest.skip("root without setpriv cannot be denied a directory")
    caps = "-dac_override,-dac_read_search"
    return ["setpriv", f"--inh-caps={caps}", f"--bounding-set={caps}"]


def test_unwritable_data_dir_is_refused_at_open(tmp_path):
    locked = tmp_path / "locked"
    locked.mkdir()
    os.chmod(tmp_path, 0o755)
    if os.geteuid() == 0:
        os.chown(locked, 65534, 65534)  # nobody's, mode 755: readable, not writable
    else:
        os.chmod(locked, 0o555)
    script = ("import sys; from pathlib import Path; from bot.settings import Settings; from bot.storage import "
              "open_sync, StorageStartupError\ntry: open_sync(Settings(data_dir=Path(sys.argv[1])))\n"
              "except StorageStartupError as e: print(e); sys.exit(e.code)")
    out = subprocess.run([*_without_root_powers(), sys.executable, "-c", script, str(locked)], cwd=ROOT,
                         capture_output=True, text=True)
    assert out.returncode == 2, out
    assert out.stdout.strip() == f"DATA_DIR={locked}: is not writable (Permission denied); set DATA_DIR to a " \
                                 "writable directory"


# -- SQLite: statements queued while the thread is busy run together ----------------------------------------------


def test_sqlite_runs_queued_statements_in_one_transaction_and_a_failure_undoes_only_itself(tmp_path):
    """While the SQLite thread is busy, what the event loop asks for queues up and then runs as one group:
    one commit, each statement in a savepoint. A failing statement gets its own error; the others stand,
    and every caller learns its outcome only after the commit."""
    import threading

    settings = Settings(data_dir=tmp_path / "data")

    async def main():
        async with await open_storage(settings) as store:
            db = store.db
            busy, release = threading.Event(), threading.Event()
            statements: list[str] = []
            db._conn.set_trace_callback(statements.append)
            blocker = asyncio.ensure_future(db._call(lambda: (busy.set(), release.wait(10))))
            await asyncio.get_running_loop().run_in_executor(None, busy.wait, 10)
            calls = [store.inbox.put(i, f"c{i % 3}", update(i, i % 3)) for i in range(1, 31)]
            calls.append(db.execute("INSERT INTO no_such_table VALUES (1)"))
            calls += [store.chats.put("c1", {"facts": ["x"]}), store.chats.get("c1"),
                      store.inbox.put(5, "c2", update(5, 2))]
            tasks = [asyncio.ensure_future(c) for c in calls]
            await asyncio.sleep(0.05)
            assert len(db._jobs) == len(calls), "queued behind the busy thread"
            release.set()
            results = await asyncio.gather(*tasks, return_exceptions=True)
            await blocker
            assert results[:30] == [True] * 30
            assert isinstance(results[30], StorageError) and "no_such_table" in str(results[30])
            assert results[31] is True and results[32] == {"facts": ["x"]}, "a read sees the group's writes"
            assert results[33] is False, "a redelivery inside the same group is still recognised"
            transactions = [s for s in statements if s in ("BEGIN IMMEDIATE", "COMMIT", "ROLLBACK")]
            assert transactions == ["BEGIN IMMEDIATE", "COMMIT"], transactions
            assert statements.count("ROLLBACK TO job") == 1
            assert await store.inbox.pending_count() == 30

    run(main())


def test_sqlite_jobs_fail_cleanly_once_closed(tmp_path):
    async def main():
        store = await open_storage(Settings(data_dir=tmp_path / "data"))
        await store.close()
        with pytest.raises(StorageError, match="closed"):
            await store.db.execute("SELECT 1")

    run(main())
