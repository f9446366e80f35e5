"""The curator's report: unanswered questions grouped by similarity, most asked first, plus 👍/👎 per fact.

Reads from whichever backend the settings name (`python -m bot unanswered`, `/unanswered`).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import math
import multiprocessing
import os
import sys
import time
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from pathlib import Path

from rapidfuzz import fuzz, process

from ..engine.normalize import fold
from .errors import NotCreated, StorageError, StorageStartupError

GROUP_SIMILARITY = 85.0  # rapidfuzz token_set_ratio for two questions to count as one
EXIT_USAGE = 2


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


def _cutoff(since_days: float | None) -> float:
    return time.time() - since_days * 86400 if since_days else 0.0


def build_report(rows: list[tuple], votes: dict[str, tuple[int, int]], limit: int = 30) -> Report:
    return Report(group_misses(rows)[:limit], len(rows), votes)


def read_report(store, since_days: float | None = None, limit: int = 30) -> Report:
    """The report from an open SyncStorage (bot.storage.open_sync). Raises StorageError."""
    cutoff = _cutoff(since_days)
    return build_report(store.misses.rows(cutoff), store.misses.votes(cutoff), limit)


async def read_report_async(storage, since_days: float | None = None, limit: int = 30) -> Report:
    """The report from an open Storage, grouped in a thread (it holds the GIL: see read_report_in_process)."""
    cutoff = _cutoff(since_days)
    rows = await storage.misses.rows(cutoff)
    votes = await storage.misses.votes(cutoff)
    return await asyncio.to_thread(build_report, rows, votes, limit)


def _report_in_child(data_dir: str, database_url: str, since_days: float | None, limit: int) -> Report | None:
    """Runs in the report's own process: opens the database read-only, reads and groups. Errors come back
    as StorageError with their one line (a StartupError does not survive pickling)."""
    from types import SimpleNamespace

    from . import open_sync

    try:  # answering comes first: the report takes the CPU the bot leaves
        os.nice(10)
    except OSError:
        pass
    try:
        store = open_sync(SimpleNamespace(data_dir=Path(data_dir), database_url=database_url), create=False,
                          connect_attempts=1)
    except NotCreated:
        return None
    except (StorageStartupError, StorageError) as exc:
        raise StorageError(str(exc)) from None
    with store:
        try:
            return read_report(store, since_days, limit)
        except StorageError as exc:
            raise StorageError(str(exc)) from None


async def read_report_in_process(settings, since_days: float | None = None, limit: int = 30) -> Report | None:
    """The report for the bot's /unanswered, read and grouped in a process of its own.

    Grouping 50,000 rows is seconds of CPU under the GIL; in a thread it halved the bot's answering
    while it ran. The child reads the database itself (so the rows never cross the event loop) and
    exits when done. None when nothing was recorded yet; raises StorageError."""
    pool = ProcessPoolExecutor(max_workers=1, mp_context=multiprocessing.get_context("spawn"))
    try:
        return await asyncio.get_running_loop().run_in_executor(
            pool, _report_in_child, str(settings.data_dir), getattr(settings, "database_url", "") or "",
            since_days, limit)
    except BrokenProcessPool as exc:
        raise StorageError(f"the report process stopped ({exc})") from None
    finally:
        pool.shutdown(wait=False, cancel_futures=True)


def format_report(report: Report | None, book, short: bool = False) -> str:
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


def check_options(limit: int, since: float | None) -> str | None:
    """What is wrong with --limit / --since, as one line, or None."""
    if limit < 1:
        return f"--limit {limit}: give the number of groups to show, 1 or more"
    if since is not None and (not math.isfinite(since) or since <= 0):
        return f"--since {since:g}: give a number of days greater than 0 (e.g. --since 7)"
    return None


def _as_json(report: Report | None) -> str:
    if report is None:
        return json.dumps({"total": 0, "groups": [], "feedback": {}})
    return json.dumps({"total": report.total, "groups": [g.__dict__ for g in report.groups],
                       "feedback": {f: {"up": u, "down": d} for f, (u, d) in report.feedback.items()}},
                      ensure_ascii=False, indent=2)


def report_main(args: argparse.Namespace, book, settings) -> int:
    """`python -m bot unanswered [--since DAYS] [--limit N] [--json]`, from the backend the settings name.
    Nothing recorded yet: exit 0. A bad option, DATA_DIR or database file: one line, exit 2; a database
    server that cannot be reached: one line, exit 1 (StorageStartupError, printed by the CLI)."""
    from . import open_sync

    problem = check_options(args.limit, args.since)
    if problem:
        print(f"story-bot: {problem}", file=sys.stderr)
        return EXIT_USAGE
    try:
        store = open_sync(settings, create=False, connect_attempts=1)
    except NotCreated as exc:
        if args.json:
            print(_as_json(None))
        else:
            hint = "set DATABASE_URL" if getattr(settings, "database_url", "") else "set DATA_DIR"
            print(f"No unanswered questions recorded yet: {exc} ({hint} to where the bot stores it).")
        return 0
    with store:
        try:
            report = read_report(store, args.since, args.limit)
        except StorageError as exc:
            raise StorageStartupError(f"cannot read unanswered questions from {store.where} ({exc})", 1) from None
    print(_as_json(report) if args.json else format_report(report, book))
    return 0
