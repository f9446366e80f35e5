"""A real, throw-away PostgreSQL server for the tests: initdb + pg_ctl in a temporary directory.

The server listens on a free loopback port with password authentication (so the tests see a real
password in DATABASE_URL), runs as the `postgres` user when the tests run as root (the server
refuses root), and is stopped and deleted at the end of the session. Each test gets its own
fresh database from `PostgresServer.new_database()`.

With no PostgreSQL binaries on this machine, `find_bin_dir()` is None: the session prints one line
and only the PostgreSQL tests are skipped.
"""

from __future__ import annotations

import glob
import itertools
import os
import shutil
import socket
import subprocess
import tempfile
import time
from pathlib import Path

PASSWORD = "s3cret-pg-pass"
USER = "story"


def find_bin_dir() -> Path | None:
    """Where initdb and pg_ctl live: $POSTGRES_BIN ("none": pretend there are none), on PATH, else the
    newest /usr/lib/postgresql/*/bin."""
    chosen = os.environ.get("POSTGRES_BIN", "")
    if chosen:
        return None if chosen == "none" or not (Path(chosen) / "initdb").exists() else Path(chosen)
    found = shutil.which("initdb")
    if found and shutil.which("pg_ctl"):
        return Path(os.path.realpath(found)).parent
    candidates = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"),
                        key=lambda p: int(p.split("/")[4]) if p.split("/")[4].isdigit() else 0)
    return Path(candidates[-1]).parent if candidates else None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class PostgresServer:
    def __init__(self, bin_dir: Path, durable: bool = False):
        self.bin_dir = bin_dir
        self.durable = durable  # False: fsync off, fast for tests; True: as a real server commits
        self.port = _free_port()
        self.root = Path(tempfile.mkdtemp(prefix="story-bot-pg-"))
        self.data = self.root / "data"
        self.as_user: list[str] = []
        self._names = itertools.count(1)
        if os.geteuid() == 0:  # the server refuses to run as root: run it as postgres
            import pwd

            pw = pwd.getpwnam("postgres")
            os.chown(self.root, pw.pw_uid, pw.pw_gid)
            self.as_user = ["runuser", "-u", "postgres", "--"]

    def _run(self, *args: str) -> None:
        out = subprocess.run([*self.as_user, *args], capture_output=True, text=True, timeout=120)
        if out.returncode != 0:
            raise RuntimeError(f"{args[0]} failed ({out.returncode}): {out.stdout[-800:]} {out.stderr[-800:]}")

    def start(self) -> "PostgresServer":
        pwfile = self.root / "pw"
        pwfile.write_text(PASSWORD + "\n")
        if self.as_user:
            shutil.chown(pwfile, "postgres", "postgres")
        self._run(str(self.bin_dir / "initdb"), "-D", str(self.data), "-U", USER, "--pwfile", str(pwfile),
                  "--auth-local=trust", "--auth-host=scram-sha-256", "-E", "UTF8", "--locale=C", "--no-sync")
        self.resume()
        return self

    def resume(self) -> None:
        """Start the server (again) on the same port and data."""
        options = (f"-c listen_addresses=127.0.0.1 -p {self.port} -k {self.root} -c max_connections=60 "
                   "-c shared_buffers=32MB")
        if not self.durable:
            options += " -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
        self._run(str(self.bin_dir / "pg_ctl"), "-D", str(self.data), "-o", options, "-l",
                  str(self.root / "server.log"), "-w", "-t", "60", "start")

    def halt(self, mode: str = "immediate") -> None:
        """Stop the server, keeping its data: "immediate" is a crash (with fsync off, the last commits
        may be lost), "fast" a clean shutdown that drops every client."""
        self._run(str(self.bin_dir / "pg_ctl"), "-D", str(self.data), "-m", mode, "-w", "stop")

    def stop(self) -> None:
        try:
            self.halt()
        except (RuntimeError, subprocess.TimeoutExpired):
            pass
        finally:
            shutil.rmtree(self.root, ignore_errors=True)

    def url(self, database: str = "postgres", password: str = PASSWORD) -> str:
        return f"postgresql://{USER}:{password}@127.0.0.1:{self.port}/{database}"

    def new_database(self) -> str:
        """A fresh, empty database; returns its URL."""
        import psycopg

        name = f"t{os.getpid()}_{next(self._names)}"
        with psycopg.connect(self.url(), autocommit=True) as conn:
            conn.execute(f"CREATE DATABASE {name} TEMPLATE template0 STRATEGY FILE_COPY")
        return self.url(name)


def start_server(durable: bool = False) -> PostgresServer | None:
    bin_dir = find_bin_dir()
    if bin_dir is None:
        return None
    started = time.monotonic()
    server = PostgresServer(bin_dir, durable).start()
    server.startup_seconds = time.monotonic() - started
    return server


# -- pytest wiring (imported by tests/conftest.py) -----------------------------------------------------------

import pytest  # noqa: E402


def pytest_report_header(config) -> str:
    bin_dir = find_bin_dir()
    if bin_dir is None:
        return ("postgresql: no initdb/pg_ctl found (PATH, /usr/lib/postgresql/*/bin): "
                "the PostgreSQL storage tests are skipped")
    return f"postgresql: a throw-away server from {bin_dir} for the storage tests"


def pytest_terminal_summary(terminalreporter) -> None:
    if find_bin_dir() is None:  # said even with -q, where the header is not shown
        terminalreporter.write_line(pytest_report_header(None))


@pytest.fixture(scope="session")
def postgres_server():
    """One real PostgreSQL server for the whole session; skips (one line) only where none is installed."""
    server = start_server()
    if server is None:
        pytest.skip("no PostgreSQL binaries (initdb, pg_ctl) on this machine")
    try:
        yield server
    finally:
        server.stop()
