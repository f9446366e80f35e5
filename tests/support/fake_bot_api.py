"""A small fake Telegram Bot API server on 127.0.0.1, for offline tests and benchmarks.

Speaks enough of the real HTTP API for python-telegram-bot: getMe, getUpdates (long poll),
sendMessage, answerCallbackQuery, answerInlineQuery, setMyCommands, set/deleteWebhook.
Records every call; can inject faults (e.g. a 429 with retry_after) per method.
"""

from __future__ import annotations

import json
import threading
import time
from collections import deque
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qsl

BOT_USER = {"id": 4242, "is_bot": True, "first_name": "Story", "username": "story_test_bot",
            "can_join_groups": True, "can_read_all_group_messages": False, "supports_inline_queries": True}


def _decode(value: str):
    try:
        return json.loads(value)
    except (ValueError, TypeError):
        return value


class FakeBotAPI:
    def __init__(self) -> None:
        self.calls: list[tuple[str, dict, float]] = []
        self.updates: deque = deque()
        self.faults: dict[str, list[tuple[int, dict]]] = {}
        self.tokens_seen: set[str] = set()
        self._next_update = 1
        self._next_message = 1000
        self._cond = threading.Condition()
        ThreadingHTTPServer.request_queue_size = 512  # the bot opens many connections at once
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self.server.daemon_threads = True
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}"

    def __enter__(self) -> "FakeBotAPI":
        self.thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.server.shutdown()
        self.server.server_close()

    # -- feeding updates -------------------------------------------------------------------
    def push(self, update: dict) -> int:
        with self._cond:
            update = dict(update, update_id=self._next_update)
            self._next_update += 1
            self.updates.append(update)
            self._cond.notify_all()
            return update["update_id"]

    def fail(self, method: str, status: int, body: dict) -> None:
        self.faults.setdefault(method, []).append((status, body))

    # -- reading what the bot did ----------------------------------------------------------
    def sent(self, method: str = "sendMessage") -> list[dict]:
        with self._cond:
            return [params for name, params, _ in self.calls if name == method]

    def wait_for(self, predicate, timeout: float = 10.0) -> bool:
        deadline = time.monotonic() + timeout
        with self._cond:
            while not predicate():
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    return False
                self._cond.wait(min(remaining, 0.05))
        return True

    # -- the API ---------------------------------------------------------------------------
    def record(self, method: str, params: dict):
        """Note a call; return the fault injected for it, if any."""
        with self._cond:
            self.calls.append((method, params, time.monotonic()))
            fault = self.faults.get(method)
            injected = fault.pop(0) if fault else None
            self._cond.notify_all()
        return injected

    def answer(self, method: str, params: dict):
        if method == "getMe":
            return BOT_USER
        if method == "getUpdates":
            offset = int(params.get("offset") or 0)
            timeout = min(float(params.get("timeout") or 0), 0.5)
            deadline = time.monotonic() + timeout
            with self._cond:
                while self.updates and self.updates[0]["update_id"] < offset:
                    self.updates.popleft()
                while not self.updates and time.monotonic() < deadline:
                    self._cond.wait(0.02)
                return list(self.updates)[:100]
        if method in ("sendMessage", "editMessageText"):
            with self._cond:
                self._next_message += 1
                message_id = self._next_message
            chat_id = _decode(params.get("chat_id"))
            return {"message_id": message_id, "date": int(time.time()), "text": params.get("text", ""),
                    "chat": {"id": chat_id, "type": "private" if int(chat_id) > 0 else "group"},
                    "from": BOT_USER}
        if method == "getWebhookInfo":
            return {"url": "", "has_custom_certificate": False, "pending_update_count": 0}
        return True

    def _handler(self):
        api = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args) -> None:  # keep test output quiet
                pass

            def do_POST(self) -> None:
                length = int(self.headers.get("content-length") or 0)
                data = self.rfile.read(length) if length else b""
                if len(data) < length:  # the client died mid-request (a SIGKILL): the real API would not act
                    self.close_connection = True
                    return
                raw = data.decode("utf-8", "replace")
                parts = self.path.strip("/").split("/")
                if len(parts) != 2 or not parts[0].startswith("bot"):
                    return self._reply(404, {"ok": False, "error_code": 404, "description": "Not Found"})
                api.tokens_seen.add(parts[0][3:])
                method = parts[1]
                ctype = self.headers.get("content-type", "")
                if "json" in ctype:
                    params = json.loads(raw or "{}")
                else:
                    params = {k: v for k, v in parse_qsl(raw, keep_blank_values=True)}
                injected = api.record(method, params)
                if injected:
                    return self._reply(*injected)
                self._reply(200, {"ok": True, "result": api.answer(method, params)})

            do_GET = do_POST

            def _reply(self, status: int, body: dict) -> None:
                data = json.dumps(body).encode()
                self.send_response(status)
                self.send_header("content-type", "application/json")
                self.send_header("content-length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

        return Handler
