"""Storage benchmark: inbox put / claim / done throughput and latency on SQLite and PostgreSQL.

Run:  python benchmarks/bench_storage.py [--updates N] [--pg-url URL]
With no --pg-url (or $BENCH_DATABASE_URL) it starts a throw-away PostgreSQL server with fsync on
(tests/support/postgres.py), so its commits cost what a real server's do. SQLite runs in a
temporary DATA_DIR (WAL, synchronous=NORMAL). Figures are printed, not asserted.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from bot.settings import Settings  # noqa: E402
from bot.storage import open_storage  # noqa: E402
from bot.storage.worker import InboxWorker  # noqa: E402


def payload(update_id: int, chat: int) -> dict:
    return {"update_id": update_id, "message": {"message_id": update_id, "date": 1700000000, "text":
            "when will the coalition meet in kyiv and who is coming?",
            "chat": {"id": chat, "type": "private", "first_name": "Ann"},
            "from": {"id": chat, "is_bot": False, "first_name": "Ann", "language_code": "en"}}}


def ms(samples: list[float], q: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))] * 1000


async def drain(store) -> float:
    """Seconds one worker (32 in flight, a no-op answer) takes to claim and finish every pending update."""
    worker = InboxWorker(store.inbox, lambda item: asyncio.sleep(0), concurrency=32, poll=0.05)
    started = time.perf_counter()
    await worker.start()
    assert await worker.wait_idle(600)
    took = time.perf_counter() - started
    await worker.stop()
    return took


async def bench(settings: Settings, n: int) -> list[str]:
    lines = []
    async with await open_storage(settings, pool_size=8) as store:
        # 1. put, one at a time (one webhook request after another)
        lat = []
        started = time.perf_counter()
        for i in range(1, n + 1):
            t = time.perf_counter()
            await store.inbox.put(i, f"c{i % 200}", payload(i, i % 200))
            lat.append(time.perf_counter() - t)
        took = time.perf_counter() - started
        lines.append(f"put, sequential          {n / took:8.0f}/s   p50 {ms(lat, .5):6.2f} ms  p99 {ms(lat, .99):6.2f} ms")
        # 2. put, 32 concurrent requests
        base = n + 1
        lat = []

        async def put(i):
            t = time.perf_counter()
            await store.inbox.put(i, f"c{i % 200}", payload(i, i % 200))
            lat.append(time.perf_counter() - t)

        started = time.perf_counter()
        for chunk in range(base, base + n, 32):
            await asyncio.gather(*(put(i) for i in range(chunk, min(chunk + 32, base + n))))
        took = time.perf_counter() - started
        lines.append(f"put, 32 concurrent       {n / took:8.0f}/s   p50 {ms(lat, .5):6.2f} ms  p99 {ms(lat, .99):6.2f} ms")
        # 3. redelivery (already stored)
        started = time.perf_counter()
        for i in range(1, 501):
            assert not await store.inbox.put(i, f"c{i % 200}", payload(i, i % 200))
        lines.append(f"put, redelivered         {500 / (time.perf_counter() - started):8.0f}/s")
        # 4. drain 2n pending updates over 200 chats: claim + (no-op answer) + done, one worker, 32 in flight
        total = await store.inbox.pending_count()
        took = await drain(store)
        lines.append(f"claim+done, 200 chats    {total / took:8.0f}/s   ({total} updates, one worker, 32 in flight)")
        # 5. one busy chat: strictly one after another
        m = max(100, n // 10)
        for i in range(10 * n, 10 * n + m):
            await store.inbox.put(i, "busy", payload(i, 1))
        took = await drain(store)
        lines.append(f"claim+done, one chat     {m / took:8.0f}/s   (in order: claim, answer, done, next)")
        # 6. chat context and misses
        lat = []
        for i in range(500):
            t = time.perf_counter()
            await store.chats.get(f"c{i % 50}")
            await store.chats.put(f"c{i % 50}", {"last_fact": "date", "asked": {"date": ["when", 91.0]}})
            lat.append(time.perf_counter() - t)
        lines.append(f"chat context get+put     {500 / sum(lat):8.0f}/s   p50 {ms(lat, .5):6.2f} ms  p99 {ms(lat, .99):6.2f} ms")
        started = time.perf_counter()
        for i in range(500):
            await store.misses.record_miss(f"what about question {i}", "private", "fallback", None, 12.0)
        lines.append(f"record_miss (with cap)   {500 / (time.perf_counter() - started):8.0f}/s")
    return lines


async def two_instances(settings: Settings, n: int) -> str:
    """Two Storage objects (two instances' pools) draining one inbox together."""
    a, b = await open_storage(settings, pool_size=8), await open_storage(settings, pool_size=8)
    try:
        for i in range(10**6, 10**6 + n):
            await a.inbox.put(i, f"c{i % 200}", payload(i, i % 200))
        seen: list[int] = []

        async def handle(item):
            seen.append(item.update_id)

        workers = [InboxWorker(s.inbox, handle, concurrency=32, poll=0.05) for s in (a, b)]
        started = time.perf_counter()
        for w in workers:
            await w.start()
        assert await workers[0].wait_idle(600) and await workers[1].wait_idle(600)
        took = time.perf_counter() - started
        for w in workers:
            await w.stop()
        dupes = len(seen) - len(set(seen))
        return (f"two instances draining   {n / took:8.0f}/s   ({n} updates: {workers[0].answered} + "
                f"{workers[1].answered}, {dupes} answered twice)")
    finally:
        await a.close()
        await b.close()


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--updates", type=int, default=2000)
    parser.add_argument("--pg-url", default=os.environ.get("BENCH_DATABASE_URL", ""))
    args = parser.parse_args()
    print(f"storage benchmark, {args.updates} updates per step, {os.cpu_count()} cores")
    with tempfile.TemporaryDirectory() as tmp:
        settings = Settings(data_dir=Path(tmp))
        print("\nSQLite (WAL, synchronous=NORMAL)")
        for line in asyncio.run(bench(settings, args.updates)):
            print("  " + line)
        print("  " + asyncio.run(two_instances(settings, args.updates)))
    server = None
    url = args.pg_url
    if not url:
        from support.postgres import start_server

        server = start_server(durable=True)
        if server is None:
            print("\nPostgreSQL: no server binaries and no --pg-url; skipped")
            return 0
        url = server.new_database()
    try:
        print("\nPostgreSQL 15 on loopback (fsync on)" if server else "\nPostgreSQL at --pg-url")
        for line in asyncio.run(bench(Settings(database_url=url), args.updates)):
            print("  " + line)
        print("  " + asyncio.run(two_instances(Settings(database_url=url), args.updates)))
    finally:
        if server is not None:
            server.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
