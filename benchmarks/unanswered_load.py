"""Does /unanswered slow answering down? (issue 11 item 6)

Run:  python benchmarks/unanswered_load.py [--rows 50000] [--rate 150] [--seconds 25] [--report-at 3]
Fills the misses table with `--rows` distinct questions (the worst case for grouping), starts
`python -m bot webhook` (rate limiter off, SQLite in a temporary DATA_DIR) with the fake Bot API behind
it, posts updates at `--rate` per second, and `--report-at` seconds in sends /unanswered from an admin.
Prints answers per second and POST-to-answer latency before, while and after the report is built
(it runs in a process of its own: bot/storage/report.py read_report_in_process).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import random
import sqlite3
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from load_webhook import pct, post_all  # noqa: E402

from bot.settings import Settings  # noqa: E402
from bot.storage import DB_NAME, open_sync  # noqa: E402
from tests.support.fake_bot_api import FakeBotAPI  # noqa: E402
from tests.support.processes import BotProcess, bot_env, post  # noqa: E402
from tests.support.updates import text_message  # noqa: E402

ADMIN = 42
WORDS = ("tanks troops germany france budget sanctions oil gas ceasefire drones missiles grain ports bank "
         "election parliament court border refugees winter energy").split()


def fill(data_dir: Path, rows: int) -> None:
    with open_sync(Settings(data_dir=data_dir)):
        pass  # creates the schema
    rng = random.Random(7)
    now = time.time()
    conn = sqlite3.connect(data_dir / DB_NAME)
    conn.executemany("INSERT INTO misses (asked_at, question, chat_type, outcome, best_fact, score) "
                     "VALUES (?, ?, 'private', 'fallback', NULL, 10.0)",
                     ((now - i, f"question {i}: " + " ".join(rng.choices(WORDS, k=6))) for i in range(rows)))
    conn.commit()
    conn.close()


def window(api: FakeBotAPI, sent_at: dict, start: float, end: float) -> str:
    answered = [(at, int(json.loads(p["chat_id"]) if isinstance(p["chat_id"], str) else p["chat_id"]))
                for name, p, at in api.calls if name == "sendMessage" and start <= at < end]
    answered = [(at, chat) for at, chat in answered if chat != ADMIN]
    latencies = [at - sent_at[chat] for at, chat in answered if chat in sent_at]
    span = max(end - start, 1e-9)
    return (f"{len(answered) / span:5.0f} answers/s, p50 {pct(latencies, 0.5):5.0f} ms, "
            f"p99 {pct(latencies, 0.99):5.0f} ms over {span:.1f} s")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=50_000)
    parser.add_argument("--rate", type=float, default=150)
    parser.add_argument("--seconds", type=float, default=25, help="long enough to outlast the report")
    parser.add_argument("--report-at", type=float, default=3.0)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="story-bot-unanswered-") as tmp, FakeBotAPI() as api:
        data = Path(tmp) / "data"
        fill(data, args.rows)
        env = bot_env(api.base_url, data, RATE_LIMIT="0", LOG_LEVEL="WARNING", ADMIN_USER_IDS=str(ADMIN))
        bot = BotProcess.webhook(env, Path(tmp) / "bot.log")
        try:
            bot.wait_serving()
            secret = api.sent("setWebhook")[0]["secret_token"]
            count = int(args.rate * args.seconds)
            updates = [dict(text_message("who leads the coalition", chat_id=200_000 + i), update_id=i + 1)
                       for i in range(count)]
            asked: dict[str, float] = {}

            def ask_report() -> None:
                time.sleep(args.report_at)
                asked["at"] = time.monotonic()
                body = json.dumps(dict(text_message("/unanswered", chat_id=ADMIN), update_id=10 ** 7)).encode()
                post(bot.url, body, secret)

            threading.Thread(target=ask_report, daemon=True).start()
            started = time.monotonic()
            sent_at, errors = asyncio.run(post_all(bot.port, secret, updates, args.rate, connections=50))
            api.wait_for(lambda: len(api.sent()) >= count + 1, 120)
        finally:
            code, _, output = bot.terminate(timeout=60)
    report = [at for name, p, at in api.calls if name == "sendMessage" and str(p["chat_id"]) == str(ADMIN)]
    if "at" not in asked or not report:
        print("the report was not answered; the bot's log:\n" + output[-2000:])
        return 1
    begin, done = asked["at"], report[0]
    last = started + args.seconds  # the end of the posting: windows past it would count nothing new
    print(f"{args.rows:,} distinct misses; {count} updates posted at {args.rate:.0f}/s, HTTP errors {errors}; "
          f"exit code {code}")
    print(f"  /unanswered answered {done - begin:.1f} s after it was sent")
    print(f"  before the report: {window(api, sent_at, started + 0.5, begin)}")
    print(f"  while it ran:      {window(api, sent_at, begin, min(done, last))}"
          + ("" if done <= last else " (the report outlasted the posting)"))
    if last > done + 1:
        print(f"  after it:          {window(api, sent_at, done, last)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
