"""Memory over many chats (issue 11 item 7): does the process grow with every chat it has ever seen?

Run:  python benchmarks/memory_chats.py [--chats 100000] [--every 20000]
Feeds one answered question from each of N different private chats through the real python-telegram-bot
Application and handlers (replies recorded, no network; chat state and misses in a temporary SQLite
storage when this version of the bot has one), and prints the process's resident memory (VmRSS, after
a garbage collection) every `--every` chats. Flat after the first few thousand chats is the goal.

The same file runs against an older checkout (no storage, chat state in python-telegram-bot's chat_data):
copy it into that tree and run it there, for the before/after figures in the README.
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import inspect
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from telegram import Update  # noqa: E402

from tests.support.fake_bot_api import FakeBotAPI  # noqa: E402
from tests.support.recording import RecordingRequest  # noqa: E402
from tests.support.updates import text_message  # noqa: E402

TOKEN = "123456:" + "C" * 35
QUESTIONS = ["when is the meeting", "who leads the coalition", "where will they meet", "who wrote the article"]


def rss_mb() -> float:
    gc.collect()
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


async def main(chats: int, every: int) -> None:
    from bot.conversation import Story
    from bot.settings import Settings
    from bot.telegram.app import build_application

    try:
        from bot.story.bundle import load_bundle
    except ImportError:  # an older checkout
        from bot.factbook import load_book as load_bundle
    api = FakeBotAPI()
    with tempfile.TemporaryDirectory(prefix="story-bot-mem-") as tmp:
        settings = Settings(token=TOKEN, data_dir=Path(tmp), rate_limit=False)
        story = Story(load_bundle(ROOT / "facts.yaml"))
        storage = None
        if "storage" in inspect.signature(build_application).parameters:
            from bot.storage import open_storage

            storage = await open_storage(settings)
            app = build_application(settings, story, request=RecordingRequest(api), storage=storage)
        else:
            app = build_application(settings, story, request=RecordingRequest(api))
        print(f"state kept in: {'the storage (SQLite)' if storage else 'python-telegram-bot chat_data'}")
        async with app:
            await app.start()
            started = time.monotonic()
            for i in range(1, chats + 1):
                payload = dict(text_message(QUESTIONS[i % len(QUESTIONS)], chat_id=1_000_000 + i), update_id=i)
                await app.process_update(Update.de_json(payload, app.bot))
                if i % 200 == 0:
                    api.calls.clear()  # the fake API's own records of calls and messages are not the bot's memory
                    getattr(api, "messages", []).clear()
                if i == 1000 or i % every == 0:
                    print(f"{i:>7,} chats: RSS {rss_mb():6.1f} MB  ({time.monotonic() - started:.0f} s)", flush=True)
            await app.stop()
        if storage is not None:
            await storage.close()
    api.server.server_close()


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--chats", type=int, default=100_000)
    parser.add_argument("--every", type=int, default=20_000)
    args = parser.parse_args()
    asyncio.run(main(args.chats, args.every))
