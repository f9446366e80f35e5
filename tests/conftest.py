"""Shared fixtures: the real fact book, and the real Application over a recording request."""

from __future__ import annotations

import asyncio
import json
import socket
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(Path(__file__).resolve().parent))

from fake_bot_api import FakeBotAPI  # noqa: E402

TOKEN = "123456:" + "A" * 35


@pytest.fixture(scope="session")
def book():
    from bot.story.bundle import load_bundle

    return load_bundle(ROOT / "facts.yaml")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class RecordingRequest:
    """A python-telegram-bot BaseRequest that answers from the fake API's logic, with no network."""

    def __new__(cls, api: FakeBotAPI):
        from telegram.request import BaseRequest

        class _Recording(BaseRequest):
            async def initialize(self) -> None:
                pass

            async def shutdown(self) -> None:
                pass

            @property
            def read_timeout(self):
                return 1

            async def do_request(self, url, method, request_data=None, **kwargs):
                name = url.rsplit("/", 1)[-1]
                params = {k: (json.loads(v) if isinstance(v, str) and v[:1] in "[{" else v)
                          for k, v in (request_data.json_parameters if request_data else {}).items()}
                with api._cond:
                    api.calls.append((name, params, 0.0))
                    fault = api.faults.get(name)
                    injected = fault.pop(0) if fault else None
                if injected:
                    return injected[0], json.dumps(injected[1]).encode()
                return 200, json.dumps({"ok": True, "result": api._answer(name, params)}).encode()

        return _Recording()


class Harness:
    """Feeds update dicts through the real Application and shows what it sent."""

    def __init__(self, app, api: FakeBotAPI):
        self.app, self.api = app, api

    async def send(self, payload: dict, update_id: int = 1) -> None:
        from telegram import Update

        await self.app.process_update(Update.de_json(dict(payload, update_id=update_id), self.app.bot))
        pending = list(self.app.bot_data.get("pending", ()))
        if pending:
            await asyncio.gather(*pending)


@pytest.fixture
def harness_factory(book, tmp_path):
    """Run a coroutine against a fresh Application: harness_factory(async_fn, **settings)."""
    from bot.settings import Settings
    from bot.telegram_app import build_application

    def run(body, **overrides):
        api = FakeBotAPI()
        settings = Settings(token=TOKEN, data_dir=tmp_path / "data", rate_limit=False, **overrides)
        app = build_application(settings, book, request=RecordingRequest(api))

        async def main():
            async with app:
                await body(Harness(app, api))

        asyncio.run(main())
        api.server.server_close()
        return api

    return run
