"""The embedded backend: one SQLite file, $DATA_DIR/story-bot.sqlite3, in WAL mode.

All SQL runs on one dedicated thread, so the event loop never waits on the file. Several processes
may share the file: claiming takes SQLite's write lock (BEGIN IMMEDIATE), so each update is claimed once.

Statements asked for while the thread is busy wait in a queue, and the thread runs what has queued up
together: one transaction for up to GROUP of them (each in a savepoint of its own, so one that fails
undoes only itself), one commit, one hand-back to the event loop. Under load that is a fraction of the
commits and thread switches of one statement at a time; a caller still learns its outcome only after
the commit (an update is acknowledged only once it is stored).
"""

from __future__ import annotations

import asyncio
import os
import sqlite3
import tempfile
import threading
from collections import deque
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from urllib.parse import quote

from .base import Database
from .errors import NotCreated, StorageError, StorageStartupError
from .schema import COLUMNS, CURRENT_VERSION, VERSION_TABLE, clashing, mismatched, statements

DB_NAME = "story-bot.sqlite3"
OURS = set(COLUMNS) | {VERSION_TABLE}
GROUP = 64  # statements (jobs) run in one transaction at most


def _error(exc: sqlite3.Error) -> StorageError:
    error = StorageError(str(exc))
    error.transient = "locked" in str(exc) or "busy" in str(exc)
    return error


def _attempt(fn, args) -> tuple[bool, object]:
    try:
        return True, fn(*args)
    except Exception as exc:  # noqa: BLE001 - handed to the caller, raised there
        return False, exc


def _settle(settled: list) -> None:
    """On the event loop: hand each job's outcome to whoever waits for it (unless it stopped waiting)."""
    for future, ok, value in settled:
        if not future.done():
            if ok:
                future.set_result(value)
            else:
                future.set_exception(value)


class SqliteDatabase(Database):
    dialect = "sqlite"

    def __init__(self, data_dir: Path, busy_timeout: float = 5.0):
        self.data_dir = Path(data_dir)
        self.path = self.data_dir / DB_NAME
        self.where = str(self.path)
        self.busy_timeout = busy_timeout
        self.schema_version: int | None = None
        self.readonly = False
        self._conn: sqlite3.Connection | None = None
        self._executor = ThreadPoolExecutor(1, thread_name_prefix="story-bot-sqlite")
        self._jobs: deque = deque()  # (fn, args, future, loop) waiting for the SQLite thread
        self._jobs_lock = threading.Lock()
        self._draining = False  # a _drain is queued or running on the SQLite thread

    # -- opening -------------------------------------------------------------------------------------------

    @classmethod
    async def open(cls, data_dir: Path, *, create: bool = True, busy_timeout: float = 5.0) -> "SqliteDatabase":
        db = cls(data_dir, busy_timeout)
        try:
            await db._call(db._open_rw if create else db._open_ro)
        except BaseException:
            await db.close()
            raise
        return db

    def _fail(self, what: str, code: int = 2) -> StorageStartupError:
        return StorageStartupError(f"DATA_DIR={self.data_dir}: {what}", code)

    def _open_rw(self) -> None:
        """Check DATA_DIR, create or migrate the database; every problem is one line naming DATA_DIR."""
        d = self.data_dir
        if d.exists() and not d.is_dir():
            raise self._fail("is a file, not a directory; set DATA_DIR to a directory the bot can write")
        try:
            d.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise self._fail(f"cannot be created ({exc.strerror or exc}); set DATA_DIR to a writable directory")
        try:  # a real write: catches a read-only mount or a directory without write permission, even for root
            fd, probe = tempfile.mkstemp(prefix=".write-test-", dir=d)
            os.close(fd)
            os.unlink(probe)
        except OSError as exc:
            raise self._fail(f"is not writable ({exc.strerror or exc}); set DATA_DIR to a writable directory")
        if self.path.is_dir():
            raise self._fail(f"{DB_NAME} is a directory, not a database file; move it away")
        try:
            conn = sqlite3.connect(self.path, timeout=self.busy_timeout, isolation_level=None,
                                   check_same_thread=False)
        except sqlite3.Error as exc:
            raise self._fail(f"cannot open {DB_NAME} ({exc})")
        self._conn = conn
        try:
            conn.execute("PRAGMA journal_mode=WAL")
            conn.execute("PRAGMA synchronous=NORMAL")
            self._migrate(conn)
        except sqlite3.DatabaseError as exc:
            if "not a database" in str(exc) or "malformed" in str(exc):
                raise self._fail(f"{DB_NAME} is not an SQLite database ({exc}); move it away or set DATA_DIR "
                                 "to another directory")
            raise self._fail(f"cannot use {DB_NAME} ({exc})")

    def _open_ro(self) -> None:
        """Open an existing database read-only (reports); NotCreated when there is none yet."""
        d = self.data_dir
        try:
            if not d.exists():
                raise NotCreated(f"{self.path} does not exist")
            if not d.is_dir():
                raise self._fail("is a file, not a directory")
            os.listdir(d)  # an unreadable directory says so, not "no database"
            if not self.path.exists():
                raise NotCreated(f"{self.path} does not exist")
            if self.path.is_dir():
                raise self._fail(f"{DB_NAME} is a directory, not a database file")
            size = self.path.stat().st_size
            with open(self.path, "rb"):
                pass
        except PermissionError as exc:
            what = "the directory" if exc.filename in (str(d), d) else exc.filename or self.path
            raise self._fail(f"cannot read {what} (permission denied)")
        if size == 0:
            raise self._fail(f"{DB_NAME} is an empty file, not a story-bot database")
        try:
            conn = sqlite3.connect(f"file:{quote(str(self.path.resolve()))}?mode=ro", uri=True,
                                   timeout=self.busy_timeout, isolation_level=None, check_same_thread=False)
            self._conn = conn
            self.readonly = True
            tables = self._tables(conn)
        except sqlite3.DatabaseError as exc:
            if "not a database" in str(exc) or "malformed" in str(exc):
                raise self._fail(f"{DB_NAME} is not an SQLite database ({exc})")
            raise self._fail(f"cannot read {DB_NAME} ({exc})")
        self.schema_version = self._version(conn, tables)
        self._check(tables, self.schema_version)

    @staticmethod
    def _tables(conn: sqlite3.Connection) -> dict[str, set[str]]:
        names = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' "
                                            "AND name NOT LIKE 'sqlite_%'")]
        return {n: {r[1] for r in conn.execute(f'PRAGMA table_info("{n}")')} for n in names}

    @staticmethod
    def _version(conn: sqlite3.Connection, tables: dict[str, set[str]]) -> int:
        if VERSION_TABLE in tables:
            row = conn.execute(f"SELECT MAX(version) FROM {VERSION_TABLE}").fetchone()
            return int(row[0] or 0)
        return 1 if "misses" in tables else 0  # the former bot/misses.py's tables, made before there was a version

    def _check(self, tables: dict[str, set[str]], version: int) -> None:
        if tables and not (set(tables) & OURS):
            listed = ", ".join(sorted(tables)[:5])
            raise self._fail(f"{DB_NAME} is not a story-bot database (its tables: {listed}); move it away or "
                             "set DATA_DIR to another directory")
        if not tables:
            raise self._fail(f"{DB_NAME} has no story-bot tables yet (the bot creates them at start-up)")
        if version > CURRENT_VERSION:
            raise self._fail(f"{DB_NAME} has schema version {version}, newer than this story-bot's "
                             f"({CURRENT_VERSION}); upgrade story-bot")
        problems = mismatched(tables, version)
        if problems:
            raise self._fail(f"{DB_NAME} is not a story-bot database (tables: {'; '.join(problems)})")

    def _migrate(self, conn: sqlite3.Connection) -> None:
        tables = self._tables(conn)
        if self._version(conn, tables) == CURRENT_VERSION and not mismatched(tables, CURRENT_VERSION):
            self.schema_version = CURRENT_VERSION  # nothing to do: no write lock taken
            return
        conn.execute("BEGIN IMMEDIATE")  # one process migrates; another waits, then finds it done
        try:
            tables = self._tables(conn)
            version = self._version(conn, tables)
            if tables and not (set(tables) & OURS):
                self._check(tables, version)
            if version > CURRENT_VERSION:
                self._check(tables, version)
            if clashing(tables):
                raise self._fail(f"{DB_NAME} is not a story-bot database (tables: {'; '.join(clashing(tables))})")
            for step in range(version + 1, CURRENT_VERSION + 1):
                for sql in statements(self.dialect, step):
                    conn.execute(sql)
            if version < CURRENT_VERSION:
                conn.execute(f"CREATE TABLE IF NOT EXISTS {VERSION_TABLE} (version INTEGER NOT NULL)")
                conn.execute(f"DELETE FROM {VERSION_TABLE}")
                conn.execute(f"INSERT INTO {VERSION_TABLE} (version) VALUES (?)", (CURRENT_VERSION,))
            self._check(self._tables(conn), CURRENT_VERSION)
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        self.schema_version = CURRENT_VERSION

    # -- running SQL -----------------------------------------------------------------------------------------

    async def _call(self, fn, *args):
        try:
            future = asyncio.get_running_loop().run_in_executor(self._executor, fn, *args)
        except RuntimeError:  # the executor is shut down: closed, like a closed PostgreSQL pool
            raise StorageError("the database is closed") from None
        return await future

    def _conn_or_fail(self) -> sqlite3.Connection:
        if self._conn is None:
            raise StorageError("the database is closed")
        return self._conn

    def _execute(self, sql: str, args: tuple) -> int:
        try:
            return self._conn_or_fail().execute(sql, args).rowcount
        except sqlite3.Error as exc:
            raise _error(exc) from None

    def _fetch(self, sql: str, args: tuple) -> list[tuple]:
        try:
            return self._conn_or_fail().execute(sql, args).fetchall()
        except sqlite3.Error as exc:
            raise _error(exc) from None

    def _in_write_lock(self, work):
        """Run `work(conn)` in one transaction holding SQLite's write lock: no other process writes
        (or claims) meanwhile; any failure rolls it back. Inside a group's transaction (which holds the
        lock) it is that transaction, and the job's savepoint rolls back a failure."""
        conn = self._conn_or_fail()
        if conn.in_transaction:
            try:
                return work(conn)
            except sqlite3.Error as exc:
                raise _error(exc) from None
        try:
            conn.execute("BEGIN IMMEDIATE")
            try:
                result = work(conn)
                conn.execute("COMMIT")
                return result
            except BaseException:
                conn.execute("ROLLBACK")
                raise
        except sqlite3.Error as exc:
            raise _error(exc) from None

    def _batch(self, steps: list[tuple[str, tuple]]) -> list[int]:
        return self._in_write_lock(lambda conn: [conn.execute(sql, args).rowcount for sql, args in steps])

    def _claim(self, worker: str, limit: int, lease_until: float, now: float) -> list[tuple]:
        def claim(conn: sqlite3.Connection) -> list[tuple]:
            rows = conn.execute(
                "SELECT update_id, chat_key, payload, attempts + 1, received_at FROM inbox i "
                "WHERE done_at IS NULL AND (lease_until IS NULL OR lease_until < ?) "
                "AND NOT EXISTS (SELECT 1 FROM inbox j WHERE j.chat_key = i.chat_key AND j.done_at IS NULL "
                "AND j.update_id < i.update_id) ORDER BY update_id LIMIT ?", (now, limit)).fetchall()
            if rows:
                conn.executemany("UPDATE inbox SET claimed_by = ?, lease_until = ?, attempts = attempts + 1 "
                                 "WHERE update_id = ?", [(worker, lease_until, r[0]) for r in rows])
            return rows

        return self._in_write_lock(claim)

    async def execute(self, sql: str, args: tuple = ()) -> int:
        return await self._job(self._execute, sql, args)

    async def fetch(self, sql: str, args: tuple = ()) -> list[tuple]:
        return await self._job(self._fetch, sql, args)

    async def batch(self, steps: list[tuple[str, tuple]]) -> list[int]:
        return await self._job(self._batch, steps)

    async def claim(self, worker: str, limit: int, lease_until: float, now: float) -> list[tuple]:
        return await self._job(self._claim, worker, limit, lease_until, now)

    # -- statements run together ----------------------------------------------------------------------------

    async def _job(self, fn, *args):
        """Queue `fn(*args)` for the SQLite thread; its result once the transaction it ran in is committed."""
        loop = asyncio.get_running_loop()
        future = loop.create_future()
        with self._jobs_lock:
            self._jobs.append((fn, args, future, loop))
            start, self._draining = not self._draining, True
        if start:
            try:
                self._executor.submit(self._drain)
            except RuntimeError:  # the executor is shut down: closed, like a closed PostgreSQL pool
                self._fail_queued(StorageError("the database is closed"))
        return await future

    def _fail_queued(self, error: StorageError) -> None:
        with self._jobs_lock:
            jobs, self._draining = list(self._jobs), False
            self._jobs.clear()
        for _, _, future, loop in jobs:
            loop.call_soon_threadsafe(_settle, [(future, False, error)])

    def _drain(self) -> None:
        """On the SQLite thread: run what has queued, GROUP at a time, until the queue is empty."""
        while True:
            with self._jobs_lock:
                if not self._jobs:
                    self._draining = False
                    return
                jobs = [self._jobs.popleft() for _ in range(min(GROUP, len(self._jobs)))]
            try:
                outcomes = self._run_group([(fn, args) for fn, args, _, _ in jobs])
            except BaseException as exc:  # not one job's failure (those are outcomes): nothing may wait for ever
                error = StorageError(f"the SQLite thread failed ({type(exc).__name__})")
                for _, _, future, loop in jobs:
                    loop.call_soon_threadsafe(_settle, [(future, False, error)])
                self._fail_queued(error)
                raise
            by_loop: dict = {}
            for (_, _, future, loop), (ok, value) in zip(jobs, outcomes):
                by_loop.setdefault(loop, []).append((future, ok, value))
            for loop, settled in by_loop.items():
                try:
                    loop.call_soon_threadsafe(_settle, settled)
                except RuntimeError:  # that event loop is closed: nobody waits for these any more
                    pass

    def _run_group(self, jobs: list) -> list[tuple[bool, object]]:
        """Each job's (ok, result or exception): in one transaction, each job in a savepoint; one alone, or
        where the transaction cannot be had (read-only, the write lock busy), each in its own as before."""
        conn = self._conn
        if conn is None or len(jobs) == 1 or self.readonly or conn.in_transaction:
            return [_attempt(fn, args) for fn, args in jobs]
        try:
            conn.execute("BEGIN IMMEDIATE")
        except sqlite3.Error:
            return [_attempt(fn, args) for fn, args in jobs]
        outcomes = []
        try:
            for fn, args in jobs:
                conn.execute("SAVEPOINT job")
                ok, value = _attempt(fn, args)
                if not ok:
                    conn.execute("ROLLBACK TO job")
                conn.execute("RELEASE job")
                outcomes.append((ok, value))
            conn.execute("COMMIT")
        except sqlite3.Error:  # the transaction itself failed: nothing of it stands; run them one by one
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            return [_attempt(fn, args) for fn, args in jobs]
        return outcomes

    async def tables(self) -> list[str]:
        return sorted(await self._call(lambda: list(self._tables(self._conn_or_fail()))))

    def _close(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None

    async def close(self) -> None:
        try:
            await self._call(self._close)
        finally:
            self._executor.shutdown(wait=False)
