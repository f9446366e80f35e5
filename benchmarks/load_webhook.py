"""Load test of `python -m bot webhook` on loopback, with a fake Bot API behind it in its own process.

Run:  python benchmarks/load_webhook.py [--burst 1000] [--rate 300] [--seconds 10] [--runs 1]
          [--mode both|burst|sustained] [--bot-root DIR] [--variant NAME] [--json]

Three processes, so none steals the other's GIL: the bot, the fake Bot API
(`python -m tests.support.fake_bot_api`), and this load generator (raw keep-alive HTTP/1.1 over
100 connections, asyncio).

1. burst (rate limiter on, production): a burst of updates is accepted at once and every one is
   answered at Telegram's allowed pace (~30 messages/s), none lost.
2. sustained (rate limiter off, RATE_LIMIT=0): the server's own capacity, updates posted at a
   steady rate for --seconds.
Reports throughput, p50/p99 from POST to the answer reaching the Bot API, the bot's CPU time per
update, HTTP errors, lost and doubled answers.

--bot-root runs the bot from another checkout (e.g. `git worktree add /tmp/base main`) against the
same harness; --variant runs it through benchmarks/variant_bot.py (see there) to switch one knob.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # a script run from anywhere: the repo's bot and tests packages

from tests.support.fake_bot_api import RemoteFakeBotAPI  # noqa: E402
from tests.support.updates import text_message  # noqa: E402

from bot.evaluation import read_cases  # noqa: E402

TOKEN = "123456:" + "B" * 35
TICKS = os.sysconf("SC_CLK_TCK")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))] * 1000 if ordered else float("nan")


def cpu_seconds(pid: int) -> float:
    """user + system CPU time of a process so far, from /proc (Linux)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / TICKS


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


def start_fake_api() -> tuple[subprocess.Popen, RemoteFakeBotAPI]:
    proc = subprocess.Popen([sys.executable, "-m", "tests.support.fake_bot_api"], cwd=ROOT, stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, text=True)
    return proc, RemoteFakeBotAPI(proc.stdout.readline().strip())


def run(mode: str, count: int, rate: float | None, rate_limit: bool, cases, bot_root: Path = ROOT,
        variant: str = "") -> dict:
    port = free_port()
    fake, api = start_fake_api()
    env = dict(os.environ, TELEGRAM_BOT_TOKEN=TOKEN, TELEGRAM_BASE_URL=api.base_url, PORT=str(port),
               WEBHOOK_URL="https://bench.example.org", RATE_LIMIT="1" if rate_limit else "0",
               DATA_DIR=tempfile.mkdtemp(prefix="story-bot-bench-"), LOG_LEVEL="WARNING")
    env.pop("DATABASE_URL", None)  # a fresh inbox per run: update ids repeat between runs
    command = [sys.executable, "-m", "bot", "webhook"]
    if variant:
        command = [sys.executable, str(ROOT / "benchmarks" / "variant_bot.py"), variant, "webhook"]
    proc = subprocess.Popen(command, cwd=bot_root, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                            text=True)
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
        updates = []
        for i in range(count):
            chat = 100_000 + i
            updates.append(dict(text_message(cases[i % len(cases)].question, chat_id=chat), update_id=i + 1))
        cpu_before = cpu_seconds(proc.pid)
        fake_cpu_before, own_cpu_before = cpu_seconds(fake.pid), time.process_time()
        load_before = os.getloadavg()[0]
        start = time.monotonic()
        sent_at, errors = asyncio.run(post_all(port, secret, updates, rate))
        accepted = time.monotonic() - start
        deadline = 30 + (count / 25 if rate_limit else 30)
        api.wait_for(lambda: len(api.sent()) >= count - errors, deadline)
        cpu = cpu_seconds(proc.pid) - cpu_before
        fake_cpu, own_cpu = cpu_seconds(fake.pid) - fake_cpu_before, time.process_time() - own_cpu_before
        load_after = os.getloadavg()[0]
    finally:
        proc.send_signal(signal.SIGTERM)
        code = proc.wait(timeout=60)
        fake.stdin.close()
        fake.wait(timeout=10)
        shutil.rmtree(env["DATA_DIR"], ignore_errors=True)
    answers: dict[int, float] = {}
    sends = 0
    for name, params, at in api.calls:
        if name == "sendMessage":
            sends += 1
            chat = int(json.loads(params["chat_id"]) if isinstance(params["chat_id"], str) else params["chat_id"])
            answers.setdefault(chat, at)
    latencies = [answers[c] - sent_at[c] for c in answers if c in sent_at]
    span = (max(answers.values()) - min(sent_at.values())) if answers else float("nan")
    return {"mode": mode, "count": count, "rate": rate, "rate_limit": rate_limit, "variant": variant or "-",
            "bot_root": str(bot_root), "accepted_s": accepted, "answered": len(answers), "lost": count - len(answers),
            "errors": errors, "doubled": sends - len(answers), "exit": code,
            "throughput": len(answers) / span if answers else 0.0, "p50_ms": pct(latencies, 0.5),
            "p99_ms": pct(latencies, 0.99), "cpu_ms_per_update": cpu * 1000 / max(1, len(answers)),
            "fake_api_cpu_ms_per_update": fake_cpu * 1000 / max(1, len(answers)),
            "poster_cpu_ms_per_update": own_cpu * 1000 / max(1, len(answers)),
            "load_before": load_before, "load_after": load_after}


def show(r: dict) -> None:
    posted = f", posted at {r['rate']:.0f}/s" if r["rate"] else ", posted all at once"
    variant = "" if r["variant"] == "-" else ", variant " + r["variant"]
    where = "" if r["bot_root"] == str(ROOT) else ", bot from " + r["bot_root"]
    print(f"{r['mode']}: {r['count']} updates, rate limiter {'on' if r['rate_limit'] else 'off'}"
          f"{posted}{variant}{where}")
    print(f"  accepted in {r['accepted_s']:.2f} s; answered {r['answered']}/{r['count']}; lost {r['lost']}; "
          f"HTTP errors {r['errors']}; duplicate replies {r['doubled']}; exit code {r['exit']}")
    print(f"  throughput {r['throughput']:.0f} answers/s; POST-to-answer p50 {r['p50_ms']:.0f} ms, "
          f"p99 {r['p99_ms']:.0f} ms; bot CPU {r['cpu_ms_per_update']:.2f} ms/update "
          f"(load average {r['load_before']:.2f} before, {r['load_after']:.2f} after)")
    print(f"  CPU per update of the fake Bot API {r['fake_api_cpu_ms_per_update']:.2f} ms, of this load generator "
          f"{r['poster_cpu_ms_per_update']:.2f} ms (it waits for answers too)", flush=True)


def summary(results: list[dict]) -> None:
    if len(results) < 2:
        return
    med = {k: statistics.median(r[k] for r in results) for k in ("throughput", "p50_ms", "p99_ms",
                                                                  "cpu_ms_per_update")}
    print(f"  median of {len(results)}: {med['throughput']:.0f} answers/s, p50 {med['p50_ms']:.0f} ms, "
          f"p99 {med['p99_ms']:.0f} ms, {med['cpu_ms_per_update']:.2f} ms CPU/update; lost "
          f"{sum(r['lost'] for r in results)}, doubled {sum(r['doubled'] for r in results)}")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--burst", type=int, default=1000)
    parser.add_argument("--rate", type=float, default=300)
    parser.add_argument("--seconds", type=float, default=10)
    parser.add_argument("--runs", type=int, default=1)
    parser.add_argument("--mode", choices=["both", "burst", "sustained"], default="both")
    parser.add_argument("--bot-root", type=Path, default=ROOT)
    parser.add_argument("--variant", default="")
    parser.add_argument("--json", action="store_true", help="one JSON object per run instead of text")
    args = parser.parse_args()
    cases = read_cases(ROOT / "tests" / "eval" / "questions.tsv")
    plans = []
    if args.mode in ("both", "burst"):
        plans.append(("burst", args.burst, None, True))
    if args.mode in ("both", "sustained"):
        plans.append(("sustained", int(args.rate * args.seconds), args.rate, False))
    for mode, count, rate, limit in plans:
        results = []
        for _ in range(args.runs):
            result = run(mode, count, rate, limit, cases, args.bot_root.resolve(), args.variant)
            results.append(result)
            print(json.dumps(result), flush=True) if args.json else show(result)
        if not args.json:
            summary(results)


if __name__ == "__main__":
    main()
