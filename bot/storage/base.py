"""The storage interface: one Storage with three stores (inbox, misses, chats) over a Database.

The stores hold the rules (what is stored, how it is claimed, bounded and pruned) and write plain
SQL with `?` placeholders; a Database (bot/storage/sqlite.py, bot/storage/postgres.py) runs it.
Every method is `async`; bot/storage/sync.py wraps them for the command line.

Faults after start-up never stop answering: writes of misses, feedback and chat context are logged
(once per outage) and skipped; `claim` returns nothing and the worker tries again; `inbox.put` is
retried and then raises StorageError, because its caller must know the update is not stored.
"""

from __future__ import annotations

import asyncio
import json
import logging
import time
from abc import ABC, abstractmethod
from dataclasses import dataclass
from functools import cached_property
from typing import Any

from ..limits import TELEGRAM_MESSAGE
from .errors import StorageError
from .schema import CURRENT_VERSION

log = logging.getLogger("story_bot.storage")
miss_log = logging.getLogger("story_bot.misses")

MAX_MISS_ROWS = 50_000
CONTEXT_TTL = 24 * 3600.0
MAX_CHATS = 10_000
KEEP_DONE = 24 * 3600.0  # Telegram keeps an update for 24 h: a redelivery within that is still recognised


class Database(ABC):
    """Runs SQL for the stores. Driver errors come out as StorageError (`transient` when a retry may help)."""

    dialect: str
    where: str  # for messages: the file, or DATABASE_URL with the password masked
    schema_version: int | None

    @abstractmethod
    async def execute(self, sql: str, args: tuple = ()) -> int:
        """One statement in its own transaction; the number of rows it changed."""

    @abstractmethod
    async def fetch(self, sql: str, args: tuple = ()) -> list[tuple]:
        """Rows of one query."""

    @abstractmethod
    async def batch(self, steps: list[tuple[str, tuple]]) -> list[int]:
        """Several statements in one transaction; each one's changed-row count."""

    @abstractmethod
    async def claim(self, worker: str, limit: int, lease_until: float, now: float) -> list[tuple]:
        """Atomically lease up to `limit` pending inbox rows, each the oldest not-done row of its chat
        and not leased by anyone else; returns (update_id, chat_key, payload, attempts, received_at)."""

    @abstractmethod
    async def tables(self) -> list[str]:
        """The story-bot tables present."""

    @abstractmethod
    async def close(self) -> None: ...


class _Health:
    """Logs a fault once per outage, and the recovery once. Reads and writes count apart, so while a
    lock held elsewhere stops writes, the reads that still work do not end the outage (and start it again
    at the next write, logging it per message): the recovery is logged when both work again."""

    def __init__(self, where: str):
        self.where = where
        self._down: set[str] = set()

    @property
    def down(self) -> bool:
        return bool(self._down)

    @staticmethod
    def _kind(what: str) -> str:
        return "read" if what.startswith("read") else "write"

    def failed(self, what: str, exc: Exception) -> None:
        if not self._down:
            log.warning("cannot %s in %s (%s); answering goes on", what, self.where, exc)
        self._down.add(self._kind(what))

    def ok(self, what: str = "") -> None:
        if self._down:
            self._down.discard(self._kind(what))
            if not self._down:
                log.info("%s works again", self.where)


async def _retrying(call, attempts: int, health: _Health, what: str):
    """`call()` with a few more tries on faults a retry may cure (a lock, a dropped connection)."""
    for attempt in range(1, attempts + 1):
        try:
            result = await call()
            health.ok(what)
            return result
        except StorageError as exc:
            if attempt == attempts or not getattr(exc, "transient", False):
                health.failed(what, exc)
                raise
            await asyncio.sleep(0.05 * 4 ** (attempt - 1))
    raise AssertionError("unreachable")


@dataclass(frozen=True)
class InboxItem:
    update_id: int
    chat_key: str
    stored: str | dict  # the update's JSON text as stored (read into `payload` only when asked for)
    attempts: int  # how many times it has been claimed, this claim included (>1: a crash or lost lease)
    received_at: float

    @cached_property
    def payload(self) -> dict:
        """The update's JSON object. Not read at claim time: a worker that already holds the update
        parsed (the webhook that stored it) never needs it."""
        if isinstance(self.stored, dict):
            return self.stored
        return json.loads(self.stored) if self.stored else {}


class Inbox:
    """Updates stored before they are acknowledged, answered in order per chat, then marked done.

    Row life: put (pending) -> claim (leased to one worker until lease_until) -> done.
    A lease that runs out (the worker died) makes the row claimable again. A chat's next update is
    claimable only when every earlier update of that chat is done, so replies keep their order
    whichever instance answers.
    """

    def __init__(self, db: Database, health: _Health):
        self._db, self._health = db, health

    async def put(self, update_id: int, chat_key: str, payload: dict | str) -> bool:
        """Store an update once: True if new, False if this update_id is already stored (a redelivery).
        `payload` is the update's JSON object, or its JSON text as received (stored as it is).
        Raises StorageError when it cannot be stored (then do not acknowledge it)."""
        data = payload if isinstance(payload, str) else json.dumps(payload, ensure_ascii=False, separators=(",", ":"))
        changed = await _retrying(lambda: self._db.execute(
            "INSERT INTO inbox (update_id, chat_key, payload, received_at) VALUES (?, ?, ?, ?) "
            "ON CONFLICT (update_id) DO NOTHING", (int(update_id), str(chat_key), data, time.time())),
            3, self._health, "store an update")
        return changed == 1

    async def claim(self, worker: str, limit: int = 32, lease: float = 30.0) -> list[InboxItem]:
        """Lease up to `limit` updates to `worker`: at most one per chat (its oldest not done), oldest first,
        none leased by another live worker. [] when there is nothing to do or the database fails (logged)."""
        now = time.time()
        try:
            rows = await _retrying(lambda: self._db.claim(worker, max(1, int(limit)), now + lease, now),
                                   2, self._health, "claim updates")
        except StorageError:
            return []
        return sorted((InboxItem(int(u), c, p or "", int(a), float(r)) for u, c, p, a, r in rows),
                      key=lambda item: item.update_id)

    async def done(self, update_id: int) -> bool:
        """Mark an update answered. Its payload and chat are dropped; the id stays (KEEP_DONE) so a
        redelivery is recognised."""
        try:
            return await _retrying(lambda: self._db.execute(
                "UPDATE inbox SET done_at = ?, lease_until = NULL, payload = NULL, chat_key = '' WHERE update_id = ?",
                (time.time(), int(update_id))), 3, self._health, "mark an update done") == 1
        except StorageError:
            return False

    async def renew(self, worker: str, lease: float = 30.0) -> int:
        """Extend the leases `worker` holds on updates not yet done (a long answer keeps its claim)."""
        try:
            return await _retrying(lambda: self._db.execute(
                "UPDATE inbox SET lease_until = ? WHERE claimed_by = ? AND done_at IS NULL",
                (time.time() + lease, worker)), 2, self._health, "renew leases")
        except StorageError:
            return 0

    async def release(self, worker: str) -> int:
        """Give back `worker`'s unfinished claims at shutdown, so another worker takes them at once."""
        try:
            return await _retrying(lambda: self._db.execute(
                "UPDATE inbox SET lease_until = NULL, claimed_by = NULL WHERE claimed_by = ? AND done_at IS NULL",
                (worker,)), 2, self._health, "release claims")
        except StorageError:
            return 0

    async def pending_count(self) -> int:
        """Updates stored and not yet done (claimed ones included). Raises StorageError."""
        rows = await self._db.fetch("SELECT COUNT(*) FROM inbox WHERE done_at IS NULL")
        return int(rows[0][0])

    async def prune(self, keep_done: float = KEEP_DONE) -> int:
        """Delete done rows older than `keep_done` seconds; the number deleted (0 on a fault, logged)."""
        try:
            return await _retrying(lambda: self._db.execute(
                "DELETE FROM inbox WHERE done_at IS NOT NULL AND done_at < ?", (time.time() - keep_done,)),
                2, self._health, "prune the inbox")
        except StorageError:
            return 0


def log_miss(question: str, chat_type: str, outcome: str, best_fact: str | None, score: float) -> None:
    """Every miss is also one JSON log line: searchable in a platform's logs even without a database."""
    miss_log.info("miss %s", json.dumps({"question": question[:500], "chat_type": chat_type, "outcome": outcome,
                                         "best_fact": best_fact, "score": round(score, 1)}, ensure_ascii=False))


def log_feedback(fact: str, helpful: bool) -> None:
    miss_log.info("feedback %s", json.dumps({"fact": fact, "helpful": helpful}))


class Misses:
    """Questions the bot could not answer, and 👍/👎 per fact: never who asked. Newest `max_rows` kept."""

    def __init__(self, db: Database, health: _Health, max_rows: int = MAX_MISS_ROWS):
        self._db, self._health, self.max_rows = db, health, max_rows

    async def _insert(self, table: str, sql: str, args: tuple, what: str) -> bool:
        trim = f"DELETE FROM {table} WHERE id <= (SELECT MAX(id) FROM {table}) - ?"
        try:
            await _retrying(lambda: self._db.batch([(sql, args), (trim, (self.max_rows,))]), 2, self._health, what)
            return True
        except StorageError:
            return False

    async def record_miss(self, question: str, chat_type: str, outcome: str, best_fact: str | None,
                          score: float) -> bool:
        """outcome: fallback | suggest | gap | unhelpful. False when not stored (logged once per outage)."""
        log_miss(question, chat_type, outcome, best_fact, score)
        return await self._insert(
            "misses", "INSERT INTO misses (asked_at, question, chat_type, outcome, best_fact, score) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            (time.time(), question[:TELEGRAM_MESSAGE], chat_type, outcome, best_fact, float(score)),
            "write a miss")

    async def record_feedback(self, fact: str, helpful: bool) -> bool:
        log_feedback(fact, helpful)
        return await self._insert("feedback", "INSERT INTO feedback (given_at, fact, helpful) VALUES (?, ?, ?)",
                                  (time.time(), fact, int(bool(helpful))), "write feedback")

    async def rows(self, since: float = 0.0) -> list[tuple[str, str | None, float, float, str]]:
        """(question, best_fact, score, asked_at, outcome) asked at or after `since` (epoch s), newest first."""
        return [tuple(r) for r in await self._db.fetch(
            "SELECT question, best_fact, score, asked_at, outcome FROM misses WHERE asked_at >= ? ORDER BY id DESC",
            (float(since),))]

    async def votes(self, since: float = 0.0) -> dict[str, tuple[int, int]]:
        """fact -> (helpful, unhelpful) given at or after `since`."""
        rows = await self._db.fetch("SELECT fact, SUM(helpful), SUM(1 - helpful) FROM feedback WHERE given_at >= ? "
                                    "GROUP BY fact ORDER BY fact", (float(since),))
        return {fact: (int(up), int(down)) for fact, up, down in rows}


class ChatContexts:
    """Per-chat conversation state (a JSON object) for follow-ups, whichever instance answers.
    Bounded: a state older than `ttl` seconds is gone, and at most `max_chats` chats are kept."""

    def __init__(self, db: Database, health: _Health, ttl: float = CONTEXT_TTL, max_chats: int = MAX_CHATS,
                 prune_every: int = 500):
        self._db, self._health = db, health
        self.ttl, self.max_chats, self._prune_every = ttl, max_chats, prune_every
        self._puts = 0

    async def get(self, chat_key: str) -> dict | None:
        """The chat's state, or None (none stored, older than ttl, or the database failed - logged)."""
        try:
            rows = await _retrying(lambda: self._db.fetch(
                "SELECT state FROM chat_context WHERE chat_key = ? AND updated_at >= ?",
                (str(chat_key), time.time() - self.ttl)), 2, self._health, "read chat context")
        except StorageError:
            return None
        return json.loads(rows[0][0]) if rows else None

    async def put(self, chat_key: str, state: dict[str, Any]) -> bool:
        """Replace the chat's state (stamped now). False when not stored (logged once per outage)."""
        data = json.dumps(state, ensure_ascii=False, separators=(",", ":"))
        try:
            await _retrying(lambda: self._db.execute(
                "INSERT INTO chat_context (chat_key, state, updated_at) VALUES (?, ?, ?) "
                "ON CONFLICT (chat_key) DO UPDATE SET state = excluded.state, updated_at = excluded.updated_at",
                (str(chat_key), data, time.time())), 2, self._health, "write chat context")
        except StorageError:
            return False
        self._puts += 1
        if self._puts % self._prune_every == 0:
            await self.prune()
        return True

    async def delete(self, chat_key: str) -> None:
        try:
            await self._db.execute("DELETE FROM chat_context WHERE chat_key = ?", (str(chat_key),))
        except StorageError as exc:
            self._health.failed("delete chat context", exc)

    async def prune(self) -> int:
        """Drop states older than ttl, then the oldest beyond max_chats; the number dropped."""
        try:
            counts = await _retrying(lambda: self._db.batch([
                ("DELETE FROM chat_context WHERE updated_at < ?", (time.time() - self.ttl,)),
                ("DELETE FROM chat_context WHERE updated_at <= (SELECT updated_at FROM chat_context "
                 "ORDER BY updated_at DESC LIMIT 1 OFFSET ?)", (self.max_chats,)),
            ]), 2, self._health, "prune chat context")
        except StorageError:
            return 0
        return sum(counts)


class Storage:
    """What the bot keeps: `inbox`, `misses`, `chats`. Open with bot.storage.open_storage()."""

    def __init__(self, db: Database, *, max_miss_rows: int = MAX_MISS_ROWS, context_ttl: float = CONTEXT_TTL,
                 max_chats: int = MAX_CHATS):
        self.db = db
        self.health = _Health(db.where)
        self.inbox = Inbox(db, self.health)
        self.misses = Misses(db, self.health, max_miss_rows)
        self.chats = ChatContexts(db, self.health, context_ttl, max_chats)

    @property
    def backend(self) -> str:
        return self.db.dialect

    @property
    def where(self) -> str:
        return self.db.where

    async def status(self) -> dict:
        """backend, where (password masked), schema version, pending inbox rows, rows per table."""
        present = await self.db.tables()
        counts = {}
        for table in ("inbox", "chat_context", "misses", "feedback"):
            if table in present:
                counts[table] = int((await self.db.fetch(f"SELECT COUNT(*) FROM {table}"))[0][0])
        pending = None
        if "inbox" in present:
            pending = await self.inbox.pending_count()
        return {"backend": self.backend, "where": self.where, "schema_version": self.db.schema_version,
                "current_version": CURRENT_VERSION, "pending": pending, "rows": counts}

    async def close(self) -> None:
        await self.db.close()

    async def __aenter__(self) -> "Storage":
        return self

    async def __aexit__(self, *exc) -> None:
        await self.close()
