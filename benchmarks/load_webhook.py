"""Load test of `python -m bot webhook` on loopback, with a fake Bot API behind it.

Run:  python benchmarks/load_webhook.py [--burst 1000] [--rate 200] [--seconds 10]

1. Rate limiter on (production): a burst of updates is accepted at once and every one is
   answered at Telegram's allowed pace (~30 messages/s), none lost.
2. Rate limiter off (RATE_LIMIT=0): the server's own capacity, updates posted at a steady rate.
Reports throughput, p50/p99 from POST to the answer reaching the Bot API, errors, lost updates.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # a script run from anywhere: the repo's bot and tests packages

from tests.support.fake_bot_api import FakeBotAPI  # noqa: E402
from tests.support.updates import text_message  # noqa: E402

from bot.evaluation import read_cases  # noqa: E402

TOKEN = "123456:" + "B" * 35


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))] * 1000 if ordered else float("nan")


async def _post_raw(reader, writer, port: int, secret: str, body: bytes) -> int:
    """One keep-alive HTTP/1.1 POST over a raw stream: the load generator must not be the bottleneck."""
    writer.write(f"POST /telegram HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nContent-Type: application/json\r\n"
                 f"X-Telegram-Bot-Api-Secret-Token: {secret}\r\nContent-Length: {len(body)}\r\n\r\n".encode() + body)
    await writer.drain()
    status = int((await reader.readline()).split()[1])
    length = 0
    while (line := await reader.readline()) not in (b"\r\n", b""):
        name, _, value = line.decode().partition(":")
        if name.lower() == "content-length":
            length = int(value)
    if length:
        await reader.readexactly(length)
    return status


async def post_all(port: int, secret: str, updates: list[dict], rate: float | None,
                   connections: int = 100) -> tuple[dict, int]:
    """POST every update (at `rate` per second, or as fast as possible); returns chat -> send time, errors."""
    sent_at: dict[int, float] = {}
    errors = 0
    queue: asyncio.Queue = asyncio.Queue()
    start = time.monotonic()
    for i, update in enumerate(updates):
        queue.put_nowait((start + i / rate if rate else 0.0, update))

    async def worker() -> None:
        nonlocal errors
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        try:
            while not queue.empty():
                due, update = queue.get_nowait()
                delay = due - time.monotonic()
                if delay > 0:
                    await asyncio.sleep(delay)
                sent_at[update["message"]["chat"]["id"]] = time.monotonic()
                try:
                    if await _post_raw(reader, writer, port, secret, json.dumps(update).encode()) != 200:
                        errors += 1
                except (OSError, ValueError, asyncio.IncompleteReadError):
                    errors += 1
                    writer.close()
                    reader, writer = await asyncio.open_connection("127.0.0.1", port)
        finally:
            writer.close()

    await asyncio.gather(*(worker() for _ in range(connections)))
    return sent_at, errors


def run(mode: str, count: int, rate: float | None, rate_limit: bool, cases) -> None:
    port = free_port()
    with FakeBotAPI() as api:
        env = dict(os.environ, TELEGRAM_BOT_TOKEN=TOKEN, TELEGRAM_BASE_URL=api.base_url, PORT=str(port),
                   WEBHOOK_URL="https://bench.example.org", RATE_LIMIT="1" if rate_limit else "0",
                   DATA_DIR=tempfile.mkdtemp(prefix="story-bot-bench-"), LOG_LEVEL="WARNING")
        env.pop("DATABASE_URL", None)  # a fresh inbox per run: update ids repeat between runs
        proc = subprocess.Popen([sys.executable, "-m", "bot", "webhook"], cwd=ROOT, env=env,
                                stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        try:
            if not api.wait_for(lambda: api.sent("setWebhook"), 30):
                raise SystemExit("webhook server did not start")
            secret = api.sent("setWebhook")[0]["secret_token"]
            for _ in range(100):
                try:
                    httpx.get(f"http://127.0.0.1:{port}/healthz", timeout=1)
                    break
                except httpx.HTTPError:
                    time.sleep(0.05)
            updates, expected = [], {}
            for i in range(count):
                case = cases[i % len(cases)]
                chat = 100_000 + i
                updates.append(dict(text_message(case.question, chat_id=chat), update_id=i + 1))
                expected[chat] = case.expected
            start = time.monotonic()
            sent_at, errors = asyncio.run(post_all(port, secret, updates, rate))
            accepted = time.monotonic() - start
            deadline = 30 + (count / 25 if rate_limit else 30)
            api.wait_for(lambda: len(api.sent()) >= count - errors, deadline)
        finally:
            proc.send_signal(signal.SIGTERM)
            code = proc.wait(timeout=60)
            shutil.rmtree(env["DATA_DIR"], ignore_errors=True)
    answers: dict[int, float] = {}
    texts: dict[int, str] = {}
    for name, params, at in api.calls:
        if name == "sendMessage":
            chat = int(json.loads(params["chat_id"]) if isinstance(params["chat_id"], str) else params["chat_id"])
            answers.setdefault(chat, at)
            texts.setdefault(chat, params.get("text", ""))
    latencies = [answers[c] - sent_at[c] for c in answers if c in sent_at]
    duplicates = sum(1 for name, _, _ in api.calls if name == "sendMessage") - len(answers)
    span = (max(answers.values()) - min(sent_at.values())) if answers else float("nan")
    print(f"{mode}: {count} updates, rate limiter {'on' if rate_limit else 'off'}"
          f"{f', posted at {rate:.0f}/s' if rate else ', posted all at once'}")
    print(f"  accepted in {accepted:.2f} s; answered {len(answers)}/{count}; lost {count - len(answers)}; "
          f"HTTP errors {errors}; duplicate replies {duplicates}; exit code {code}")
    print(f"  throughput {len(answers) / span:.0f} answers/s; POST-to-answer p50 {pct(latencies, 0.5):.0f} ms, "
          f"p99 {pct(latencies, 0.99):.0f} ms")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--burst", type=int, default=1000)
    parser.add_argument("--rate", type=float, default=200)
    parser.add_argument("--seconds", type=float, default=10)
    args = parser.parse_args()
    cases = read_cases(ROOT / "tests" / "eval" / "questions.tsv")
    run("burst", args.burst, None, True, cases)
    run("sustained", int(args.rate * args.seconds), args.rate, False, cases)


if __name__ == "__main__":
    main()
