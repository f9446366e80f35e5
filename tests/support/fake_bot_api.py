"""A small fake Telegram Bot API server on 127.0.0.1, for offline tests and benchmarks.

Speaks enough of the real HTTP API for python-telegram-bot: getMe, getUpdates (long poll),
sendMessage, editMessageText, answerCallbackQuery, answerInlineQuery, setMyCommands,
set/deleteWebhook, getWebhookInfo. Records every call; can inject faults (e.g. a 429 with
retry_after) per method, once or always, and make a method slow.

`python -m tests.support.fake_bot_api` runs it as its own process (benchmarks: the fake must not
share a GIL with the load generator); GET /_fake/calls?since=N lists the calls it recorded.
"""

from __future__ import annotations

import argparse
import json
import sys
import threading
import time
import urllib.request
from collections import deque
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qsl, urlsplit

BOT_USER = {"id": 4242, "is_bot": True, "first_name": "Story", "username": "story_test_bot",
            "can_join_groups": True, "can_read_all_group_messages": False, "supports_inline_queries": True}


class _Server(ThreadingHTTPServer):
    """A client that hung up while we answered (a bot stopping mid long poll) is not an error here."""

    request_queue_size = 512  # the bot opens many connections at once
    daemon_threads = True

    def handle_error(self, request, client_address) -> None:
        if not isinstance(sys.exc_info()[1], (BrokenPipeError, ConnectionResetError)):
            super().handle_error(request, client_address)


def _decode(value: str):
    try:
        return json.loads(value)
    except (ValueError, TypeError):
        return value


class FakeBotAPI:
    def __init__(self) -> None:
        self.calls: list[tuple[str, dict, float]] = []
        self.messages: list[dict] = []  # every message sent (sendMessage's results), oldest first
        self.updates: deque = deque()
        self.faults: dict[str, list[tuple[int, dict]]] = {}
        self.refusals: dict[str, tuple[int, dict]] = {}  # method -> the fault it always answers
        self.delays: dict[str, float] = {}  # method -> seconds before it answers (after it was recorded)
        self.webhook_url = ""  # what setWebhook set, as getWebhookInfo reports it
        self.webhook_taken_by = ""  # when set, getWebhookInfo reports this URL (another instance took over)
        self.tokens_seen: set[str] = set()
        self._next_update = 1
        self._next_message = 1000
        self._cond = threading.Condition()
        self.server = _Server(("127.0.0.1", 0), self._handler())
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
        """The next call of `method` gets this answer (queue several for several calls)."""
        self.faults.setdefault(method, []).append((status, body))

    def refuse(self, method: str, status: int, body: dict) -> None:
        """Every call of `method` gets this answer, until `refuse(method, 0, {})` lifts it."""
        if status:
            self.refusals[method] = (status, body)
        else:
            self.refusals.pop(method, None)

    def slow(self, method: str, seconds: float) -> None:
        """`method` answers after `seconds` (the call is recorded when it arrives)."""
        self.delays[method] = seconds

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
            injected = fault.pop(0) if fault else self.refusals.get(method)
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
        if method == "editMessageText" and params.get("inline_message_id"):
            return True  # Telegram answers True when the edited message is an inline-mode one
        if method in ("sendMessage", "editMessageText"):
            with self._cond:
                self._next_message += 1
                message_id = self._next_message
            chat_id = _decode(params.get("chat_id"))
            result = {"message_id": message_id, "date": int(time.time()), "text": params.get("text", ""),
                      "chat": {"id": chat_id, "type": "private" if int(chat_id) > 0 else "group"},
                      "from": BOT_USER}
            if method == "sendMessage":
                with self._cond:
                    self.messages.append(result)
            return result
        if method == "setWebhook":
            self.webhook_url = str(params.get("url", ""))
        if method == "deleteWebhook":
            self.webhook_url = ""
        if method == "getWebhookInfo":
            return {"url": self.webhook_taken_by or self.webhook_url, "has_custom_certificate": False,
                    "pending_update_count": 0}
        return True

    def _handler(self):
        api = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args) -> None:  # keep test output quiet
                pass

            def do_POST(self) -> None:
                if self.path.startswith("/_fake/"):
                    return self._control()
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
                delay = api.delays.get(method)
                if delay:
                    time.sleep(delay)
                if injected:
                    return self._reply(*injected)
                self._reply(200, {"ok": True, "result": api.answer(method, params)})

            do_GET = do_POST

            def _control(self) -> None:
                """GET /_fake/calls?since=N: the calls recorded from the N-th on (for a fake in its own process)."""
                query = dict(parse_qsl(urlsplit(self.path).query))
                since = int(query.get("since") or 0)
                with api._cond:
                    calls = api.calls[since:]
                self._reply(200, {"calls": calls})

            def _reply(self, status: int, body: dict | str) -> None:
                """A dict is sent as JSON; a str as it is (an HTML error page from a proxy)."""
                data = body.encode() if isinstance(body, str) else json.dumps(body).encode()
                self.send_response(status)
                self.send_header("content-type", "text/html" if isinstance(body, str) else "application/json")
                self.send_header("content-length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

        return Handler


class RemoteFakeBotAPI:
    """The calls recorded by a fake Bot API running in another process (see main)."""

    def __init__(self, base_url: str):
        self.base_url = base_url
        self.calls: list[tuple[str, dict, float]] = []

    def refresh(self) -> list[tuple[str, dict, float]]:
        with urllib.request.urlopen(f"{self.base_url}/_fake/calls?since={len(self.calls)}", timeout=30) as r:
            self.calls.extend(tuple(c) for c in json.loads(r.read())["calls"])
        return self.calls

    def sent(self, method: str = "sendMessage") -> list[dict]:
        return [params for name, params, _ in self.refresh() if name == method]

    def wait_for(self, predicate, timeout: float = 10.0) -> bool:
        deadline = time.monotonic() + timeout
        while not predicate():
            if time.monotonic() > deadline:
                return False
            time.sleep(0.2)
        return True


def main(argv: list[str] | None = None) -> int:
    """Serve until stdin closes (or the process is killed); prints the base URL on its first line."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--slow", action="append", default=[], metavar="METHOD=SECONDS")
    args = parser.parse_args(argv)
    with FakeBotAPI() as api:
        for rule in args.slow:
            method, _, seconds = rule.partition("=")
            api.slow(method, float(seconds))
        print(api.base_url, flush=True)
        try:
            sys.stdin.read()  # the parent holds our stdin open while it needs us
        except KeyboardInterrupt:
            pass
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
