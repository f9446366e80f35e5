"""A python-telegram-bot BaseRequest that answers from the fake API's logic, with no network at all."""

from __future__ import annotations

import json

from telegram.request import BaseRequest

from .fake_bot_api import FakeBotAPI


class RecordingRequest(BaseRequest):
    """Records every Bot API call the real Application makes; injected faults are returned as given."""

    def __init__(self, api: FakeBotAPI):
        self.api = api

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
        fault = self.api.record(name, params)
        if fault:
            return fault[0], json.dumps(fault[1]).encode()
        return 200, json.dumps({"ok": True, "result": self.api.answer(name, params)}).encode()
