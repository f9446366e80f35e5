"""The curator's loop: questions the bot could not answer, kept in SQLite, and the report.

Only questions are stored, never who asked: no user ids, names or chat ids.
"""

from __future__ import annotations

import argparse
import json
import logging
import sqlite3
import threading
import time
from dataclasses import dataclass
from pathlib import Path

from rapidfuzz import fuzz, process

from .story.factbook import FactBook
from .engine.normalize import fold

log = logging.getLogger("story_bot.misses")
DB_NAME = "story-bot.sqlite3"
MAX_ROWS = 50_000
GROUP_SIMILARITY = 85.0  # rapidfuzz token_set_ratio for two questions to count as one

SCHEMA = """
CREATE TABLE IF NOT EXISTS misses (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    asked_at REAL NOT NULL,
    question TEXT NOT NULL,
    chat_type TEXT NOT NULL,
    outcome TEXT NOT NULL,
    best_fact TEXT,
    score REAL NOT NULL
);
CREATE TABLE IF NOT EXISTS feedback (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    given_at REAL NOT NULL,
    fact TEXT NOT NULL,
    helpful INTEGER NOT NULL
);
"""


class MissStore:
    """Writes misses and feedback; any database fault is logged once and then skipped."""

    def __init__(self, data_dir: Path, max_rows: int = MAX_ROWS):
        self.path = Path(data_dir) / DB_NAME
        self.max_rows = max_rows
        self._lock = threading.Lock()
        self._conn: sqlite3.Connection | None = None
        self._failed = False

    def _connect(self) -> sqlite3.Connection:
        if self._conn is None:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            conn = sqlite3.connect(self.path, timeout=0.2, check_same_thread=False)
            conn.executescript(SCHEMA)
            self._conn = conn
        return self._conn

    def _write(self, sql: str, args: tuple, trim: str | None = None) -> bool:
        with self._lock:
            try:
                conn = self._connect()
                with conn:
                    conn.execute(sql, args)
                    if trim:
                        conn.execute(f"DELETE FROM {trim} WHERE id <= (SELECT MAX(id) FROM {trim}) - ?",
                                     (self.max_rows,))
                self._failed = False
                return True
            except (sqlite3.Error, OSError) as exc:
                if not self._failed:
                    log.warning("cannot write to %s (%s); answering goes on, misses are not stored",
                                self.path, exc)
                self._failed = True
                return False

    def record_miss(self, question: str, chat_type: str, outcome: str, best_fact: str | None,
                    score: float) -> bool:
        log.info("miss %s", json.dumps({"question": question[:500], "chat_type": chat_type, "outcome": outcome,
                                         "best_fact": best_fact, "score": round(score, 1)}, ensure_ascii=False))
        return self._write("INSERT INTO misses (asked_at, question, chat_type, outcome, best_fact, score) "
                           "VALUES (?, ?, ?, ?, ?, ?)",
                           (time.time(), question[:4096], chat_type, outcome, best_fact, float(score)),
                           trim="misses")

    def record_feedback(self, fact: str, helpful: bool) -> bool:
        log.info("feedback %s", json.dumps({"fact": fact, "helpful": helpful}))
        return self._write("INSERT INTO feedback (given_at, fact, helpful) VALUES (?, ?, ?)",
                           (time.time(), fact, int(helpful)), trim="feedback")

    def close(self) -> None:
        with self._lock:
            if self._conn is not None:
                self._conn.close()
                self._conn = None


@dataclass
class MissGroup:
    count: int
    example: str
    best_fact: str | None
    score: float
    last_asked: float
    outcome: str = "fallback"  # of the example: fallback | suggest | gap | unhelpful


@dataclass
class Report:
    groups: list[MissGroup]
    total: int
    feedback: dict[str, tuple[int, int]]  # fact -> (helpful, unhelpful)


def group_misses(rows: list[tuple], representatives: int = 200) -> list[MissGroup]:
    """Near-duplicate questions as one group, most asked first.

    Exact repeats merge through a dict; the rest are compared (in rapidfuzz's C loop) with the
    most asked groups only, so 50,000 rows take seconds, not hours.
    """
    exact: dict[str, MissGroup] = {}
    for question, best_fact, score, asked_at, outcome in rows:  # newest first: the example is the latest wording
        key = fold(question)
        if key in exact:
            exact[key].count += 1
        else:
            exact[key] = MissGroup(1, question, best_fact, score, asked_at, outcome)
    heads: list[str] = []
    groups: list[MissGroup] = []
    for key in sorted(exact, key=lambda k: -exact[k].count):
        found = process.extractOne(key, heads, scorer=fuzz.token_set_ratio, score_cutoff=GROUP_SIMILARITY)
        if found is not None and abs(len(key) - len(found[0])) < 40:
            group = groups[found[2]]
            group.count += exact[key].count
            group.last_asked = max(group.last_asked, exact[key].last_asked)
        else:
            groups.append(exact[key])
            if len(heads) < representatives:
                heads.append(key)
    return sorted(groups, key=lambda g: (-g.count, -g.last_asked))


def read_report(data_dir: Path, since_days: float | None = None, limit: int = 30) -> Report | None:
    """Group similar misses, most asked first; None when there is no database yet."""
    path = Path(data_dir) / DB_NAME
    if not path.exists():
        return None
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=2)
    try:
        cutoff = time.time() - since_days * 86400 if since_days else 0.0
        rows = conn.execute("SELECT question, best_fact, score, asked_at, outcome FROM misses WHERE asked_at >= ? "
                            "ORDER BY id DESC", (cutoff,)).fetchall()
        votes = conn.execute("SELECT fact, SUM(helpful), SUM(1 - helpful) FROM feedback WHERE given_at >= ? "
                             "GROUP BY fact ORDER BY fact", (cutoff,)).fetchall()
    except sqlite3.Error:
        return None
    finally:
        conn.close()
    ordered = group_misses(rows)
    return Report(ordered[:limit], len(rows), {f: (int(u), int(d)) for f, u, d in votes})


def format_report(report: Report | None, book: FactBook, short: bool = False) -> str:
    if report is None or (not report.total and not report.feedback):
        return "No unanswered questions recorded yet (nothing in the database)."
    lines = [f"{report.total} unanswered questions, {len(report.groups)} groups shown, most asked first:"]
    for group in report.groups[: 10 if short else None]:
        fact = book.by_id.get(group.best_fact or "")
        nearest = f"{fact.id} “{fact.title}” ({group.score:.0f})" if fact else "no fact near"
        lines.append(f"{group.count:4d}×  {group.example[:120]}  [{group.outcome}; nearest: {nearest}]")
    if report.feedback:
        lines.append("")
        lines.append("Feedback per fact (👍/👎):")
        for fact, (up, down) in report.feedback.items():
            lines.append(f"  {fact}: {up} 👍 / {down} 👎")
    return "\n".join(lines)


def report_main(args: argparse.Namespace, book: FactBook) -> int:
    from .settings import load_settings

    data_dir = load_settings(require_token=False).data_dir  # the same DATA_DIR rule the bot writes with
    report = read_report(data_dir, args.since, args.limit)
    if args.json:
        if report is None:
            print(json.dumps({"total": 0, "groups": [], "feedback": {}}))
        else:
            print(json.dumps({"total": report.total,
                              "groups": [g.__dict__ for g in report.groups],
                              "feedback": {f: {"up": u, "down": d} for f, (u, d) in report.feedback.items()}},
                             ensure_ascii=False, indent=2))
        return 0
    if report is None:
        print(f"No unanswered questions recorded yet: {data_dir / DB_NAME} does not exist "
              "(set DATA_DIR to where the bot stores it).")
        return 0
    print(format_report(report, book))
    return 0
