"""The server backend: PostgreSQL at DATABASE_URL, through psycopg 3 and its async connection pool.

Several instances may share one database: claiming is one UPDATE over rows locked with
FOR UPDATE SKIP LOCKED, so each update is leased to exactly one worker; migrations run under an
advisory lock, so two instances starting together migrate once.
"""

from __future__ import annotations

import asyncio
import logging

import psycopg
from psycopg_pool import AsyncConnectionPool, PoolTimeout

from .base import Database
from .errors import NotCreated, StorageError, StorageStartupError
from .schema import COLUMNS, CURRENT_VERSION, VERSION_TABLE, clashing, mismatched, statements
from .url import mask_url, scrub

log = logging.getLogger("story_bot.storage")
MIGRATION_LOCK = 0x5701_2B07  # pg_advisory_xact_lock key: "story bot"


class PostgresDatabase(Database):
    dialect = "postgresql"

    def __init__(self, url: str, op_timeout: float):
        self.url = url
        self.where = f"DATABASE_URL={mask_url(url)}"
        self.schema_version: int | None = None
        self.op_timeout = op_timeout
        self._pool: AsyncConnectionPool | None = None

    def _reason(self, exc: BaseException) -> str:
        text = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        return scrub(text, self.url)

    def _error(self, exc: BaseException) -> StorageError:
        error = StorageError(self._reason(exc))
        error.transient = isinstance(exc, (psycopg.OperationalError, PoolTimeout, OSError)) or (
            isinstance(exc, psycopg.errors.SerializationFailure))
        return error

    # -- opening -------------------------------------------------------------------------------------------

    @classmethod
    async def open(cls, url: str, *, create: bool = True, pool_size: int = 5, connect_timeout: float = 10.0,
                   attempts: int = 3, op_timeout: float = 5.0) -> "PostgresDatabase":
        db = cls(url, op_timeout)
        conn = await db._first_connection(connect_timeout, attempts)
        try:
            async with conn:
                await db._migrate(conn) if create else await db._inspect(conn)
        except psycopg.Error as exc:
            raise StorageStartupError(f"cannot set up the database at {db.where} ({db._reason(exc)})", 1) from None
        db._pool = AsyncConnectionPool(url, min_size=1, max_size=max(1, pool_size), open=False, name="story-bot",
                                       timeout=op_timeout,
                                       # give up a reconnection series soon: the next operation starts a new
                                       # one at once, so the bot is back within seconds of the server
                                       reconnect_timeout=10.0,
                                       # prepare_threshold=None: works behind PgBouncer in transaction mode
                                       # (Supabase's and Neon's poolers) too.
                                       # TCP keepalives: a server that vanished without a word is noticed
                                       kwargs={"prepare_threshold": None, "connect_timeout": int(connect_timeout),
                                               "keepalives": 1, "keepalives_idle": 30, "keepalives_interval": 10,
                                               "keepalives_count": 3})
        try:
            await db._pool.open(wait=True, timeout=connect_timeout)
        except PoolTimeout:
            await db._pool.close()
            raise StorageStartupError(f"cannot reach the database at {db.where} (no connection within "
                                      f"{connect_timeout:.0f} s); check DATABASE_URL", 1) from None
        return db

    async def _first_connection(self, timeout: float, attempts: int) -> psycopg.AsyncConnection:
        """Free databases (Neon, Supabase) wake up on the first connection: a few tries before giving up."""
        for attempt in range(1, attempts + 1):
            try:
                return await psycopg.AsyncConnection.connect(self.url, connect_timeout=int(timeout),
                                                             prepare_threshold=None)
            except psycopg.Error as exc:
                reason = self._reason(exc).removeprefix("connection failed: ")
                final = "FATAL:" in reason and not any(w in reason for w in ("starting up", "too many"))
                if attempt == attempts or final:  # a wrong password or database name will not heal
                    raise StorageStartupError(f"cannot connect to the database at {self.where} ({reason}); "
                                              "check DATABASE_URL", 1) from None
                log.warning("database at %s not reachable (%s), retrying", self.where, reason)
                await asyncio.sleep(attempt)
        raise AssertionError("unreachable")

    @staticmethod
    async def _tables_of(conn: psycopg.AsyncConnection) -> dict[str, set[str]]:
        cur = await conn.execute(
            "SELECT table_name, column_name FROM information_schema.columns "
            "WHERE table_schema = current_schema() AND table_name = ANY(%s)", (list(COLUMNS) + [VERSION_TABLE],))
        tables: dict[str, set[str]] = {}
        for table, column in await cur.fetchall():
            tables.setdefault(table, set()).add(column)
        return tables

    @staticmethod
    async def _version_of(conn: psycopg.AsyncConnection, tables: dict[str, set[str]]) -> int:
        if VERSION_TABLE in tables:
            row = await (await conn.execute(f"SELECT MAX(version) FROM {VERSION_TABLE}")).fetchone()
            return int(row[0] or 0)
        return 1 if "misses" in tables else 0

    def _check(self, tables: dict[str, set[str]], version: int) -> None:
        if version > CURRENT_VERSION:
            raise StorageStartupError(f"the database at {self.where} has schema version {version}, newer than "
                                      f"this story-bot's ({CURRENT_VERSION}); upgrade story-bot", 2)
        problems = mismatched(tables, version)
        if problems:
            raise StorageStartupError(f"the database at {self.where} has tables story-bot cannot use: "
                                      f"{'; '.join(problems)}; use another database or drop them", 2)

    async def _migrate(self, conn: psycopg.AsyncConnection) -> None:
        async with conn.transaction():
            await conn.execute("SELECT pg_advisory_xact_lock(%s)", (MIGRATION_LOCK,))
            tables = await self._tables_of(conn)
            version = await self._version_of(conn, tables)
            if version > CURRENT_VERSION:
                self._check(tables, version)
            if clashing(tables):
                raise StorageStartupError(f"the database at {self.where} has tables story-bot cannot use: "
                                          f"{'; '.join(clashing(tables))}; use another database or drop them", 2)
            for step in range(version + 1, CURRENT_VERSION + 1):
                for sql in statements(self.dialect, step):
                    await conn.execute(sql)
            if version < CURRENT_VERSION:
                await conn.execute(f"CREATE TABLE IF NOT EXISTS {VERSION_TABLE} (version INTEGER NOT NULL)")
                await conn.execute(f"DELETE FROM {VERSION_TABLE}")
                await conn.execute(f"INSERT INTO {VERSION_TABLE} (version) VALUES (%s)", (CURRENT_VERSION,))
                log.info("database at %s migrated from schema version %d to %d", self.where, version,
                         CURRENT_VERSION)
            self._check(await self._tables_of(conn), CURRENT_VERSION)
        self.schema_version = CURRENT_VERSION

    async def _inspect(self, conn: psycopg.AsyncConnection) -> None:
        tables = await self._tables_of(conn)
        if not tables:
            raise NotCreated(f"no story-bot tables in the database at {self.where} yet")
        self.schema_version = await self._version_of(conn, tables)
        self._check(tables, self.schema_version)

    # -- running SQL -----------------------------------------------------------------------------------------

    @staticmethod
    def _sql(sql: str) -> str:
        return sql.replace("?", "%s")

    def _pool_or_fail(self) -> AsyncConnectionPool:
        if self._pool is None:
            raise StorageError("the database is closed")
        return self._pool

    async def execute(self, sql: str, args: tuple = ()) -> int:
        try:
            async with self._pool_or_fail().connection() as conn:
                return (await conn.execute(self._sql(sql), args)).rowcount
        except (psycopg.Error, PoolTimeout, OSError) as exc:
            raise self._error(exc) from None

    async def fetch(self, sql: str, args: tuple = ()) -> list[tuple]:
        try:
            async with self._pool_or_fail().connection() as conn:
                return await (await conn.execute(self._sql(sql), args)).fetchall()
        except (psycopg.Error, PoolTimeout, OSError) as exc:
            raise self._error(exc) from None

    async def batch(self, steps: list[tuple[str, tuple]]) -> list[int]:
        try:
            async with self._pool_or_fail().connection() as conn:
                return [(await conn.execute(self._sql(sql), args)).rowcount for sql, args in steps]
        except (psycopg.Error, PoolTimeout, OSError) as exc:
            raise self._error(exc) from None

    async def claim(self, worker: str, limit: int, lease_until: float, now: float) -> list[tuple]:
        # The inner SELECT picks each chat's oldest not-done row that nobody holds a live lease on and
        # locks it, skipping rows another claimer has locked this instant; READ COMMITTED re-checks the
        # lease condition on a row committed meanwhile, so a row is never leased twice.
        sql = ("UPDATE inbox SET claimed_by = %s, lease_until = %s, attempts = attempts + 1 "
               "WHERE update_id IN (SELECT i.update_id FROM inbox i "
               "WHERE i.done_at IS NULL AND (i.lease_until IS NULL OR i.lease_until < %s) "
               "AND NOT EXISTS (SELECT 1 FROM inbox j WHERE j.chat_key = i.chat_key AND j.done_at IS NULL "
               "AND j.update_id < i.update_id) ORDER BY i.update_id LIMIT %s FOR UPDATE OF i SKIP LOCKED) "
               "RETURNING update_id, chat_key, payload, attempts, received_at")
        try:
            async with self._pool_or_fail().connection() as conn:
                return await (await conn.execute(sql, (worker, lease_until, now, limit))).fetchall()
        except (psycopg.Error, PoolTimeout, OSError) as exc:
            raise self._error(exc) from None

    async def tables(self) -> list[str]:
        try:
            async with self._pool_or_fail().connection() as conn:
                return sorted(await self._tables_of(conn))
        except (psycopg.Error, PoolTimeout, OSError) as exc:
            raise self._error(exc) from None

    async def close(self) -> None:
        if self._pool is not None:
            await self._pool.close()
            self._pool = None
