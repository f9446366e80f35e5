"""Nothing stored is lost: a bot answering from the inbox is SIGKILLed mid-burst and started again.

Run:  python benchmarks/inbox_kill_restart.py [--updates 600] [--kill-after 3] [--postgres]
Stores a burst of updates (one per chat, as a webhook would before answering 200), starts a bot process
that answers them from the inbox through the real python-telegram-bot Application (rate limiter on)
against the fake Bot API, SIGKILLs it, starts it again, and counts: every chat answered, how many twice.

The child wires the inbox the way the webhook and polling modes are meant to (bot/storage/worker.py),
over the composition root `bot.telegram.app.build_application`.
"""

from __future__ import annotations

import argparse
import asyncio
import collections
import os
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from bot.settings import Settings  # noqa: E402
from bot.storage import open_storage  # noqa: E402

TOKEN = "123456:" + "A" * 35


async def child(base_url: str, data_dir: str, database_url: str) -> None:
    from telegram import Update

    from bot.conversation import Story
    from bot.story.bundle import load_bundle as load
    from bot.storage.worker import InboxWorker
    from bot.telegram.app import build_application

    settings = Settings(token=TOKEN, base_url=base_url, data_dir=Path(data_dir), database_url=database_url)
    app = build_application(settings, Story(load(ROOT / "facts.yaml")), updater=False)
    storage = await open_storage(settings)
    async with app:
        async def handle(item):
            await app.process_update(Update.de_json(item.payload, app.bot))

        worker = InboxWorker(storage.inbox, handle, concurrency=32, lease=5, poll=0.2)
        await worker.start()
        while True:
            await asyncio.sleep(0.2)
            print("pending", await storage.inbox.pending_count(), flush=True)


def trial(updates: int, kill_after: float, database_url: str = "") -> str:
    from tests.support.fake_bot_api import FakeBotAPI
    from tests.support.updates import text_message

    with tempfile.TemporaryDirectory(prefix="story-bot-kill-") as tmp:
        return _trial(updates, kill_after, database_url, Path(tmp))


def _trial(updates: int, kill_after: float, database_url: str, data: Path) -> str:
    from tests.support.fake_bot_api import FakeBotAPI
    from tests.support.updates import text_message

    settings = Settings(data_dir=data, database_url=database_url)

    async def store_burst():
        async with await open_storage(settings) as storage:
            for i in range(1, updates + 1):
                payload = dict(text_message("when is the meeting?", chat_id=10_000 + i, message_id=i), update_id=i)
                assert await storage.inbox.put(i, f"c{10_000 + i}", payload)

    asyncio.run(store_burst())
    with FakeBotAPI() as api:
        args = [sys.executable, __file__, "--child", api.base_url, str(data), database_url]
        proc = subprocess.Popen(args, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
        time.sleep(kill_after)
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        before = len(api.sent())
        started = time.monotonic()
        proc = subprocess.Popen(args, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
        for line in proc.stdout:
            if line.split() == ["pending", "0"]:
                break
        took = time.monotonic() - started
        time.sleep(0.5)
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        per_chat = collections.Counter(m["chat_id"] for m in api.sent())
    twice = sum(1 for count in per_chat.values() if count > 1)
    return (f"{updates} stored; {before} answered before the SIGKILL at {kill_after:.0f} s; after the restart "
            f"the rest in {took:.1f} s; chats answered {len(per_chat)}/{updates}, answered twice {twice}")


def main() -> int:
    if sys.argv[1:2] == ["--child"]:
        asyncio.run(child(*sys.argv[2:5]))
        return 0
    parser = argparse.ArgumentParser()
    parser.add_argument("--updates", type=int, default=600)
    parser.add_argument("--kill-after", type=float, default=3.0)
    parser.add_argument("--postgres", action="store_true", help="also on a throw-away PostgreSQL server")
    args = parser.parse_args()
    print("SQLite:     " + trial(args.updates, args.kill_after))
    if args.postgres:
        from support.postgres import start_server

        server = start_server(durable=True)
        if server is None:
            print("PostgreSQL: no server binaries; skipped")
            return 0
        try:
            print("PostgreSQL: " + trial(args.updates, args.kill_after, server.new_database()))
        finally:
            server.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
