"""The old names of the curator's loop, kept working while the bot moves to bot/storage.

`MissStore` writes misses and feedback to SQLite in DATA_DIR through bot.storage (opened on first
use; any fault is logged once and then skipped); `read_report(data_dir)` reads them back.
The report itself (grouping, formatting, `python -m bot unanswered`) is bot/storage/report.py.
"""

from __future__ import annotations

import logging
import threading
from pathlib import Path
from types import SimpleNamespace

from .storage import DB_NAME, NotCreated, StorageError, StorageStartupError, open_sync
from .storage.base import MAX_MISS_ROWS as MAX_ROWS
from .storage.base import log_feedback, log_miss
from .storage.report import GROUP_SIMILARITY, MissGroup, Report, format_report, group_misses
from .storage.report import read_report as _read_report

__all__ = ["DB_NAME", "GROUP_SIMILARITY", "MAX_ROWS", "MissGroup", "MissStore", "Report", "format_report",
           "group_misses", "read_report"]
log = logging.getLogger("story_bot.misses")


class MissStore:
    """Writes misses and feedback; any database fault is logged once and then skipped."""

    def __init__(self, data_dir: Path, max_rows: int = MAX_ROWS):
        self.path = Path(data_dir) / DB_NAME
        self._settings = SimpleNamespace(data_dir=Path(data_dir), database_url="")
        self.max_rows = max_rows
        self._lock = threading.Lock()
        self._store = None
        self._failed = False

    def _open(self):
        with self._lock:
            if self._store is None:
                try:
                    self._store = open_sync(self._settings, busy_timeout=0.2, max_miss_rows=self.max_rows)
                    self._failed = False
                except StorageStartupError as exc:
                    if not self._failed:
                        log.warning("cannot write to %s (%s); answering goes on, misses are not stored",
                                    self.path, exc)
                    self._failed = True
            return self._store

    def record_miss(self, question: str, chat_type: str, outcome: str, best_fact: str | None,
                    score: float) -> bool:
        store = self._open()
        if store is None:
            log_miss(question, chat_type, outcome, best_fact, score)
            return False
        return store.misses.record_miss(question, chat_type, outcome, best_fact, score)

    def record_feedback(self, fact: str, helpful: bool) -> bool:
        store = self._open()
        if store is None:
            log_feedback(fact, helpful)
            return False
        return store.misses.record_feedback(fact, helpful)

    def close(self) -> None:
        with self._lock:
            if self._store is not None:
                self._store.close()
                self._store = None


def read_report(data_dir: Path, since_days: float | None = None, limit: int = 30) -> Report | None:
    """Group similar misses in DATA_DIR's database, most asked first; None when there is none to read."""
    try:
        with open_sync(SimpleNamespace(data_dir=Path(data_dir), database_url=""), create=False) as store:
            return _read_report(store, since_days, limit)
    except NotCreated:
        return None
    except (StorageStartupError, StorageError) as exc:
        log.warning("cannot read %s: %s", Path(data_dir) / DB_NAME, exc)
        return None
