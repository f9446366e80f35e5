"""Storage errors: one at start-up the person running the bot can act on, one for later faults."""

from __future__ import annotations

from ..settings import StartupError


class StorageStartupError(StartupError):
    """The database cannot be used as configured. One line naming DATA_DIR or DATABASE_URL
    (password masked); `code` is the exit code: 2 for something the user must fix (a bad DATA_DIR,
    a file that is not a story-bot database), 1 for a server that cannot be reached."""


class StorageError(Exception):
    """A database fault after start-up (the caller logs and goes on)."""


class NotCreated(StorageStartupError):
    """Opened without `create` and there is no database yet (not an error for a report)."""

    def __init__(self, message: str):
        super().__init__(message, 0)
