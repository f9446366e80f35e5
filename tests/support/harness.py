"""Drives the real python-telegram-bot Application with update dicts, with no network."""

from __future__ import annotations

import asyncio
import socket

from telegram import Update

from bot.telegram.handlers import BACKGROUND

from .fake_bot_api import FakeBotAPI

TOKEN = "123456:" + "A" * 35


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Harness:
    """Feeds update dicts through the real Application and shows what it sent."""

    def __init__(self, app, api: FakeBotAPI):
        self.app, self.api = app, api

    async def send(self, payload: dict, update_id: int = 1) -> None:
        await self.app.process_update(Update.de_json(dict(payload, update_id=update_id), self.app.bot))
        await settle()


async def settle() -> None:
    """Wait for the background work an update started (store writes), as a running bot would."""
    pending = [t for t in asyncio.all_tasks() if t.get_name() == BACKGROUND and not t.done()]
    if pending:
        await asyncio.wait(pending, timeout=10)
