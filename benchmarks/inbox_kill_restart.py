"""Nothing acknowledged is lost: `python -m bot webhook` SIGKILLed mid-burst and started again.

Run:  python benchmarks/inbox_kill_restart.py [--updates 600] [--kill-after 3] [--runs 1] [--postgres]
Posts a burst of updates (one per chat) to the real webhook process (rate limiter on, ~30 answers/s)
with the fake Bot API behind it; each 200 means the update is stored. SIGKILLs the process `--kill-after`
seconds after the first POST, starts it again on the same DATA_DIR (or DATABASE_URL), and counts: every
acknowledged update answered, how many chats answered twice. tests/test_durable.py runs a smaller one.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.support.kill_restart import trial  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--updates", type=int, default=600)
    parser.add_argument("--kill-after", type=float, default=3.0)
    parser.add_argument("--runs", type=int, default=1)
    parser.add_argument("--postgres", action="store_true", help="also on a throw-away PostgreSQL server (fsync on)")
    args = parser.parse_args()
    server = None
    if args.postgres:
        from tests.support.postgres import start_server

        server = start_server(durable=True)
        if server is None:
            print("PostgreSQL: no server binaries; skipped")
    try:
        for run in range(args.runs):
            with tempfile.TemporaryDirectory(prefix="story-bot-kill-") as tmp:
                print("SQLite:     " + trial(args.updates, args.kill_after, Path(tmp)).line(), flush=True)
            if server is not None:
                with tempfile.TemporaryDirectory(prefix="story-bot-kill-") as tmp:
                    outcome = trial(args.updates, args.kill_after, Path(tmp), server.new_database())
                    print("PostgreSQL: " + outcome.line(), flush=True)
    finally:
        if server is not None:
            server.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
