"""Nothing acknowledged is lost: the real `python -m bot webhook` (rate limiter on) SIGKILLed in the middle
of a burst and started again. Shared by tests/test_durable.py (a bounded run) and
benchmarks/inbox_kill_restart.py (the full one)."""

from __future__ import annotations

import collections
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from .fake_bot_api import FakeBotAPI
from .processes import BotProcess, bot_env
from .updates import text_message


@dataclass
class Outcome:
    updates: int
    acknowledged: int  # POSTs answered 200: stored, so they must be answered
    posted_in: float
    answered_before_kill: int
    kill_after: float
    missing: int  # acknowledged updates never answered
    twice: int  # chats answered more than once
    restart_to_done: float  # from the second start until every acknowledged update was answered
    second_exit: int

    def line(self) -> str:
        return (f"{self.updates} posted in {self.posted_in:.1f} s, {self.acknowledged} acknowledged; "
                f"{self.answered_before_kill} answered before the SIGKILL at {self.kill_after:.0f} s; after the "
                f"restart the rest in {self.restart_to_done:.1f} s; never answered {self.missing}, "
                f"answered twice {self.twice}")


def trial(updates: int, kill_after: float, tmp: Path, database_url: str = "", timeout: float = 120.0) -> Outcome:
    extra = {"LOG_LEVEL": "WARNING"}
    if database_url:
        extra["DATABASE_URL"] = database_url
    with FakeBotAPI() as api:
        api.server.handle_error = lambda *args: None  # the killed bot's connections reset: expected here
        env = bot_env(api.base_url, tmp / "data", **extra)
        first = BotProcess.webhook(env, tmp / "first.log")
        first.wait_serving()
        secret = api.sent("setWebhook")[0]["secret_token"]
        payloads = [dict(text_message("when is the meeting?", chat_id=10_000 + i, message_id=i), update_id=i)
                    for i in range(1, updates + 1)]
        started = time.monotonic()
        killer = threading.Timer(kill_after, first.kill)
        killer.start()
        with ThreadPoolExecutor(16) as pool:
            statuses = list(pool.map(lambda update: first.post(update, secret), payloads))
        posted_in = time.monotonic() - started
        killer.join()
        before = len(api.sent())
        acknowledged = {u["message"]["chat"]["id"] for u, status in zip(payloads, statuses) if status == 200}

        def answered() -> collections.Counter:
            return collections.Counter(int(m["chat_id"]) for m in api.sent())

        second = BotProcess.webhook(env, tmp / "second.log")
        restarted = time.monotonic()
        api.wait_for(lambda: acknowledged <= set(answered()), timeout)
        restart_to_done = time.monotonic() - restarted
        time.sleep(1.0)  # a late second answer would show now
        code, _, _ = second.terminate()
        counts = answered()
    return Outcome(updates, len(acknowledged), posted_in, before, kill_after, len(acknowledged - set(counts)),
                   sum(1 for n in counts.values() if n > 1), restart_to_done, code)
