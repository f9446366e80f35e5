"""What the bot keeps, on SQLite ($DATA_DIR/story-bot.sqlite3) or PostgreSQL (DATABASE_URL).

    storage = await open_storage(settings)          # checks, creates, migrates; StorageStartupError if it cannot
    await storage.inbox.put(update_id, chat_key, payload)   # webhook / polling: before acknowledging
    items = await storage.inbox.claim(worker_id)    # the worker: oldest first, one per chat
    await storage.inbox.done(item.update_id)
    await storage.chats.get(chat_key) / put(chat_key, state)
    await storage.misses.record_miss(...) / record_feedback(...)
    await storage.close()

`open_sync(settings)` gives the same API without `await`, for the command line.
"""

from __future__ import annotations

from pathlib import Path

from .base import (CONTEXT_TTL, KEEP_DONE, MAX_CHATS, MAX_MISS_ROWS, ChatContexts, Inbox, InboxItem, Misses,
                   Storage)
from .errors import NotCreated, StorageError, StorageStartupError
from .keys import chat_key_of
from .schema import CURRENT_VERSION
from .sqlite import DB_NAME
from .url import is_postgres_url, mask_url

__all__ = ["CONTEXT_TTL", "CURRENT_VERSION", "DB_NAME", "KEEP_DONE", "MAX_CHATS", "MAX_MISS_ROWS", "ChatContexts", "Inbox", "InboxItem", "Misses", "NotCreated", "Storage",
           "StorageError", "StorageStartupError", "chat_key_of", "describe", "is_postgres_url", "mask_url",
           "open_storage", "open_sync"]


def describe(settings) -> str:
    """Which database the settings name, safe to print: 'PostgreSQL at DATABASE_URL=…***…' or 'SQLite at …'."""
    url = getattr(settings, "database_url", "") or ""
    if url:
        return f"PostgreSQL at DATABASE_URL={mask_url(url)}"
    return f"SQLite at {Path(settings.data_dir) / DB_NAME}"


async def open_storage(settings, *, create: bool = True, pool_size: int = 5, busy_timeout: float = 5.0,
                       connect_attempts: int = 3, op_timeout: float = 5.0, max_miss_rows: int = MAX_MISS_ROWS,
                       context_ttl: float = CONTEXT_TTL, max_chats: int = MAX_CHATS) -> Storage:
    """Open the database `settings` name (`database_url` if set, else SQLite in `data_dir`).

    create=True (the bot): check DATA_DIR or reach the server, create the schema or migrate it.
    create=False (reports): open what exists, change nothing; NotCreated when there is nothing yet.
    op_timeout: how long a PostgreSQL operation waits for a connection once the server is gone.
    Raises StorageStartupError (one line naming DATA_DIR or DATABASE_URL, password masked; `.code`
    is the exit code). Call it on the event loop that will use it (the PostgreSQL pool lives there).
    """
    url = getattr(settings, "database_url", "") or ""
    if url:
        if not is_postgres_url(url):
            raise StorageStartupError(f"DATABASE_URL={mask_url(url)} is not a PostgreSQL URL; it must start with "
                                      "postgresql:// or postgres://", 2)
        from .postgres import PostgresDatabase

        db = await PostgresDatabase.open(url, create=create, pool_size=pool_size, attempts=connect_attempts,
                                         op_timeout=op_timeout)
    else:
        from .sqlite import SqliteDatabase

        db = await SqliteDatabase.open(Path(settings.data_dir), create=create, busy_timeout=busy_timeout)
    return Storage(db, max_miss_rows=max_miss_rows, context_ttl=context_ttl, max_chats=max_chats)


def open_sync(settings, **options):
    """open_storage() for code without an event loop (the command line): every method without `await`."""
    from .sync import SyncStorage

    return SyncStorage.open(settings, **options)
