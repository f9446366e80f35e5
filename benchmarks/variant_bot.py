"""Run `python -m bot ARGS` with one knob switched, to measure what each speed-up is worth.

Usage (load_webhook.py does this for --variant NAME):  python benchmarks/variant_bot.py NAME[+NAME...] webhook

Runs the bot package of the current directory. Variants:
  -            as shipped
  no-sniffio   `import sniffio` fails (as on an install where anyio no longer pulls it in)
  no-uvloop    the webhook server runs on asyncio's own event loop instead of uvloop
  orjson       orjson instead of json for update bodies and Bot API replies
  pool=N       N connections to the Bot API
  keepalive=N  at most N idle connections kept open
  conc=N       N updates handled at once
  no-gate      requests queue in httpcore's pool instead of at BotRequest's gate (httpx backend)
  backend=NAME the Bot API transport: aiohttp (transport.AiohttpRequest) or httpx (python-telegram-bot's)
  h11          the webhook server parses HTTP with uvicorn's h11 (pure Python) instead of httptools
  profile      cProfile the whole run; the stats go to $PROFILE_OUT (default /tmp/story-bot.prof)
"""

from __future__ import annotations

import importlib.abc
import os
import sys


class _NoSniffio(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        if name == "sniffio" or name.startswith("sniffio."):
            raise ModuleNotFoundError("No module named 'sniffio' (blocked by variant_bot.py)", name=name)
        return None


def apply(variant: str) -> None:
    if variant == "no-sniffio":
        sys.modules.pop("sniffio", None)
        sys.meta_path.insert(0, _NoSniffio())
    elif variant == "no-uvloop":
        from bot.telegram import server

        server.EVENT_LOOP = "asyncio"
    elif variant == "orjson":
        import json

        import orjson

        from bot.telegram import delivery, webhook

        def parse(self, payload: bytes):
            try:
                return orjson.loads(payload)
            except ValueError:
                return json.loads(payload.decode("utf-8", "replace"))

        delivery.BotRequest.parse_json_payload = parse  # Bot API replies
        webhook.json = type("orjson_shim", (), {"loads": staticmethod(orjson.loads)})  # update bodies
    elif variant.startswith("pool="):
        from bot.telegram import delivery

        delivery.POOL_SIZE = int(variant.split("=", 1)[1])
    elif variant == "no-gate":
        from bot.telegram import delivery

        delivery.BotRequest.do_request = delivery.HTTPXRequest.do_request
    elif variant == "h11":
        from bot.telegram import server

        server.HTTP_PARSER = "h11"
    elif variant.startswith("backend="):
        from bot.telegram import delivery

        delivery.BACKEND = variant.split("=", 1)[1]
    elif variant.startswith("keepalive="):
        from bot.telegram import delivery

        delivery.KEEP_ALIVE = int(variant.split("=", 1)[1])
    elif variant.startswith("conc="):
        from bot.telegram import app

        app.CONCURRENT_UPDATES = int(variant.split("=", 1)[1])
    elif variant not in ("-", "", "profile"):
        raise SystemExit(f"unknown variant {variant!r}")


def main() -> int:
    sys.path.insert(0, os.getcwd())  # the bot package of the checkout being measured
    variants, argv = sys.argv[1].split("+"), sys.argv[2:]
    for variant in variants:
        apply(variant)
    from bot.cli import main as bot_main

    if "profile" not in variants:
        return bot_main(argv)
    import cProfile

    profile = cProfile.Profile()
    profile.enable()
    try:
        return bot_main(argv)
    finally:
        profile.disable()
        profile.dump_stats(os.environ.get("PROFILE_OUT", "/tmp/story-bot.prof"))


if __name__ == "__main__":
    raise SystemExit(main())
