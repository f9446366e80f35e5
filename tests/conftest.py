"""Shared fixtures: the real fact book, and the real Application over a recording request."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from tests.support.fake_bot_api import FakeBotAPI
from tests.support.harness import TOKEN, Harness
from tests.support.postgres import (postgres_server, pytest_report_header,  # noqa: F401  (real PostgreSQL)
                                     pytest_terminal_summary)
from tests.support.recording import RecordingRequest

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="session", autouse=True)
def _own_startup_cache(tmp_path_factory):
    """Bot processes the tests start keep their start-up cache in the test run's own directory, never
    in the home directory of whoever runs the tests."""
    import os

    saved = os.environ.get("CACHE_DIR")
    os.environ["CACHE_DIR"] = str(tmp_path_factory.mktemp("startup-cache"))
    yield
    if saved is None:
        os.environ.pop("CACHE_DIR", None)
    else:
        os.environ["CACHE_DIR"] = saved


@pytest.fixture(scope="session")
def book():
    from bot.story.bundle import load_bundle

    return load_bundle(ROOT / "facts.yaml")


@pytest.fixture(scope="session")
def story(book):
    from bot.conversation import Story

    return Story(book)


@pytest.fixture
def harness_factory(story, tmp_path):
    """Run a coroutine against a fresh, started Application with its storage (SQLite in tmp_path/data):
    harness_factory(async_fn, **settings); `storage_options` go to open_storage (e.g. busy_timeout)."""
    from bot.settings import Settings
    from bot.storage import open_storage
    from bot.telegram.app import build_application

    def run(body, storage_options=None, **overrides):
        api = FakeBotAPI()
        settings = Settings(token=TOKEN, data_dir=tmp_path / "data", rate_limit=False, **overrides)

        async def main():
            storage = await open_storage(settings, **(storage_options or {}))
            app = build_application(settings, story, request=RecordingRequest(api), storage=storage)
            try:
                async with app:
                    await app.start()
                    try:
                        await body(Harness(app, api))
                    finally:
                        await app.stop()
            finally:
                await storage.close()

        asyncio.run(main())
        api.server.server_close()
        return api

    return run
