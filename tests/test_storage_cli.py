"""`python -m bot unanswered` and `python -m bot db status` on both backends, and every bad input as one line."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from bot.cli import main
from bot.settings import Settings
from bot.storage import DB_NAME, open_sync
from tests.support.postgres import PASSWORD

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def env(monkeypatch, tmp_path):
    """A clean environment for the command line: DATA_DIR in tmp_path, no DATABASE_URL."""
    monkeypatch.delenv("DATABASE_URL", raising=False)
    monkeypatch.setenv("DATA_DIR", str(tmp_path / "data"))
    return monkeypatch


def command(capsys, *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out = capsys.readouterr()
    return code, out.out, out.err


def record(settings: Settings, *questions: str) -> None:
    with open_sync(settings) as store:
        for question in questions:
            assert store.misses.record_miss(question, "private", "fallback", None, 10.0)


def test_bad_database_files_are_one_true_line_exit_2(env, capsys, tmp_path):
    data = tmp_path / "data"
    data.mkdir()
    db = data / DB_NAME
    cases = {
        "random bytes": (lambda: db.write_bytes(os.urandom(8192)), "is not an SQLite database"),
        "another schema": (lambda: sqlite3.connect(db).execute("CREATE TABLE users (id INTEGER, name TEXT)")
                           .connection.commit(), "is not a story-bot database (its tables: users)"),
        "an empty file": (lambda: db.write_bytes(b""), "is an empty file, not a story-bot database"),
        "a directory": (lambda: db.mkdir(), "is a directory, not a database file"),
    }
    for name, (make, says) in cases.items():
        if db.is_dir():
            db.rmdir()
        elif db.exists():
            db.unlink()
        make()
        code, out, err = command(capsys, "unanswered")
        assert code == 2 and out == "", name
        assert err.count("\n") == 1 and says in err and f"DATA_DIR={data}" in err, (name, err)
        assert command(capsys, "db", "status")[0] == 2, name


def test_a_file_as_data_dir(env, capsys, tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    env.setenv("DATA_DIR", str(blocker))
    code, _, err = command(capsys, "unanswered")
    assert code == 2 and err == f"story-bot: DATA_DIR={blocker}: is a file, not a directory\n"


@pytest.mark.parametrize("option, says", [
    (["--limit", "-1"], "--limit -1: give the number of groups to show, 1 or more"),
    (["--limit", "0"], "--limit 0: give the number of groups to show, 1 or more"),
    (["--since", "-5"], "--since -5: give a number of days greater than 0"),
    (["--since", "nan"], "--since nan: give a number of days greater than 0"),
    (["--since", "inf"], "--since inf: give a number of days greater than 0"),
])
def test_bad_options_are_one_line_exit_2(env, capsys, option, says):
    code, out, err = command(capsys, "unanswered", *option)
    assert code == 2 and out == "" and err.startswith(f"story-bot: {says}") and err.count("\n") == 1


def test_nothing_recorded_yet_is_exit_0(env, capsys, tmp_path):
    code, out, _ = command(capsys, "unanswered")
    assert code == 0 and f"No unanswered questions recorded yet: {tmp_path / 'data' / DB_NAME} does not exist" in out
    code, out, _ = command(capsys, "unanswered", "--json")
    assert code == 0 and json.loads(out) == {"total": 0, "groups": [], "feedback": {}}
    code, out, _ = command(capsys, "db", "status")
    assert code == 0 and "schema version:  none yet" in out
    assert not (tmp_path / "data").exists(), "reading creates nothing"


def test_unreadable_data_dir_is_one_line_exit_2(tmp_path):
    """A real process without the power to read someone else's directory (root loses it via setpriv)."""
    locked = tmp_path / "locked"
    locked.mkdir()
    record(Settings(data_dir=locked), "who is elon musk")
    os.chmod(tmp_path, 0o755)
    prefix: list[str] = []
    if os.geteuid() == 0:
        if not Path("/usr/bin/setpriv").exists():
            pytest.skip("root without setpriv cannot be denied a directory")
        caps = "-dac_override,-dac_read_search"
        prefix = ["setpriv", f"--inh-caps={caps}", f"--bounding-set={caps}"]
        for path in (locked, *locked.iterdir()):
            os.chown(path, 65534, 65534)
    env = {k: v for k, v in os.environ.items() if k != "DATABASE_URL"}
    for mode, says in ((0o700, "cannot read the directory (permission denied)"),
                       (0o755, f"cannot read {locked / DB_NAME} (permission denied)")):
        os.chmod(locked, mode)
        os.chmod(locked / DB_NAME, 0o600)
        out = subprocess.run([*prefix, sys.executable, "-m", "bot", "unanswered"], cwd=ROOT, capture_output=True,
                             text=True, env=dict(env, DATA_DIR=str(locked)))
        assert out.returncode == 2 and out.stdout == "", out
        assert out.stderr == f"story-bot: DATA_DIR={locked}: {says}\n"


def test_unanswered_and_db_status_on_postgres(postgres_server, env, capsys):
    url = postgres_server.new_database()
    env.setenv("DATABASE_URL", url)
    code, out, _ = command(capsys, "unanswered")
    assert code == 0 and "No unanswered questions recorded yet: no story-bot tables" in out
    assert PASSWORD not in out
    one, two = Settings(database_url=url), Settings(database_url=url)
    record(one, "who is elon musk")
    record(two, "Who is Elon Musk?", "what is bitcoin")
    with open_sync(one) as store:
        store.inbox.put(1, "c1", {"update_id": 1})
        store.inbox.put(2, "c2", {"update_id": 2})
        store.chats.put("c1", {"last_fact": "author"})
    code, out, _ = command(capsys, "unanswered", "--json", "--since", "1")
    report = json.loads(out)
    assert code == 0 and report["total"] == 3 and report["groups"][0]["count"] == 2
    code, out, err = command(capsys, "db", "status")
    masked = url.replace(PASSWORD, "***")
    assert code == 0 and PASSWORD not in out + err
    assert out.splitlines() == [
        f"backend:         PostgreSQL at DATABASE_URL={masked}",
        "schema version:  2 (current)",
        "pending updates: 2 (stored, not yet answered)",
        "rows:            inbox 2, chat_context 1, misses 3, feedback 0",
    ]
    code, out, _ = command(capsys, "db", "status", "--json")
    assert json.loads(out)["pending"] == 2 and json.loads(out)["backend"] == "postgresql"


def test_db_status_on_sqlite_and_unreachable_postgres_as_real_commands(tmp_path):
    data = tmp_path / "data"
    record(Settings(data_dir=data), "q1", "q2")
    env = {k: v for k, v in os.environ.items() if k != "DATABASE_URL"}
    out = subprocess.run([sys.executable, "-m", "bot", "db", "status"], cwd=ROOT, capture_output=True, text=True,
                         env=dict(env, DATA_DIR=str(data)))
    assert out.returncode == 0 and out.stdout.splitlines() == [
        f"backend:         SQLite at {data / DB_NAME}",
        "schema version:  2 (current)",
        "pending updates: 0 (stored, not yet answered)",
        "rows:            inbox 0, chat_context 0, misses 2, feedback 0",
    ]
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    url = f"postgresql://bot:{PASSWORD}@127.0.0.1:{port}/bot"
    for args in (["db", "status"], ["unanswered"]):
        out = subprocess.run([sys.executable, "-m", "bot", *args], cwd=ROOT, capture_output=True, text=True,
                             env=dict(env, DATABASE_URL=url))
        assert out.returncode == 1 and out.stdout == ""
        assert out.stderr.startswith(f"story-bot: cannot connect to the database at DATABASE_URL="
                                     f"postgresql://bot:***@127.0.0.1:{port}/bot (")
        assert out.stderr.count("\n") == 1 and PASSWORD not in out.stderr and "Traceback" not in out.stderr
