"""The HTTP server under the webhook: uvicorn, with deadlines for slow clients and quiet disconnects.

- Request headers must arrive within HEADER_SECONDS of the request's first byte (or of the connection
  opening), and the body within BODY_SECONDS of the headers; a client that dawdles is cut off with one
  INFO line. Telegram sends a whole update at once; only a broken or hostile client is slower.
- A client that goes away before sending its whole request is one INFO line, not a traceback.
- uvicorn's own log lines go through the root logger, so through the one scrubbing formatter (bot/logs.py).
"""

from __future__ import annotations

import asyncio
import logging

import h11
import uvicorn
from starlette.requests import ClientDisconnect
from uvicorn.protocols.http.h11_impl import H11Protocol
from uvicorn.protocols.http.httptools_impl import HttpToolsProtocol

log = logging.getLogger("story_bot.webhook")
EVENT_LOOP = "uvloop"  # "asyncio" for the standard loop
HTTP_PARSER = "httptools"  # "h11" for uvicorn's pure-Python parser
HEADER_SECONDS = 5.0
BODY_SECONDS = 5.0
DROPPED = "story_bot.dropped"  # set in the request's scope when the server cut a slow request off


def _client(scope_or_addr) -> str:
    addr = scope_or_addr.get("client") if isinstance(scope_or_addr, dict) else scope_or_addr
    return addr[0] if addr else "?"


class _Deadlines:
    """A deadline on each request's headers and body, for uvicorn's HTTP protocols.

    uvicorn has neither: a client could hold a connection for as long as it liked by sending a byte now
    and then. The timer runs while the client owes us part of a request; once the request is complete,
    the time the bot takes to answer is not limited here."""

    def _start_deadlines(self) -> None:
        self._deadline: asyncio.TimerHandle | None = None
        self._owed = ""
        self._got_bytes = False

    def _arm(self, owed: str, seconds: float) -> None:
        if self._deadline is None or owed != self._owed:
            self._cancel()
            self._owed = owed
            self._deadline = self.loop.call_later(seconds, self._expired, seconds)

    def _cancel(self) -> None:
        if self._deadline is not None:
            self._deadline.cancel()
            self._deadline = None
        self._owed = ""

    def _expired(self, seconds: float) -> None:
        self._deadline = None
        if self.transport.is_closing():
            return
        why = f"the {self._owed} did not arrive within {seconds:.0f} s"
        waiting = self.cycle is not None and not self.cycle.response_complete
        if waiting and self.scope is not None:
            self.scope[DROPPED] = why  # the app sees a disconnect; Guard logs this reason as its one line
        elif self._got_bytes:
            log.info("dropped a connection from %s: %s", _client(self.client), why)
        self.transport.close()


class FastDeadlineProtocol(_Deadlines, HttpToolsProtocol):
    """uvicorn's httptools protocol (HTTP parsed in C) with the deadlines: measured 0.95x CPU per update
    of the pure-Python h11 one at 300 updates/s (README)."""

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        super().connection_made(transport)
        self._start_deadlines()
        self._between = False  # True once a response is complete and the next request has not begun
        self._arm("request headers", HEADER_SECONDS)

    def data_received(self, data: bytes) -> None:
        self._got_bytes = True
        if self._between:  # the first bytes of the next request on a kept-alive connection
            self._between = False
            self._arm("request headers", HEADER_SECONDS)
        super().data_received(data)

    def on_headers_complete(self) -> None:
        super().on_headers_complete()
        self._arm("request body", BODY_SECONDS)

    def on_message_complete(self) -> None:
        super().on_message_complete()
        self._cancel()

    def on_response_complete(self) -> None:
        pipelined = bool(self.pipeline)  # a request already received starts now
        super().on_response_complete()
        if not self.transport.is_closing() and not pipelined:
            self._between = True  # uvicorn's keep-alive timer runs until the next request's first bytes

    def connection_lost(self, exc: Exception | None) -> None:
        self._cancel()
        super().connection_lost(exc)


class DeadlineProtocol(_Deadlines, H11Protocol):
    """uvicorn's h11 protocol (pure Python) with the deadlines (HTTP_PARSER = "h11")."""

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        super().connection_made(transport)
        self._start_deadlines()
        self._watch()

    def data_received(self, data: bytes) -> None:
        self._got_bytes = True
        super().data_received(data)
        self._watch()

    def on_response_complete(self) -> None:
        super().on_response_complete()
        self._watch()

    def connection_lost(self, exc: Exception | None) -> None:
        self._cancel()
        super().connection_lost(exc)

    def _watch(self) -> None:
        """Arm, keep or cancel the deadline for what the client still owes."""
        if self.transport.is_closing():
            return self._cancel()
        state = self.conn.their_state
        if state is h11.IDLE:
            if self.timeout_keep_alive_task is not None:
                return self._cancel()  # idle between requests: uvicorn's keep-alive timer is on
            # A new connection, or the first bytes of the next request (they cancel the keep-alive timer).
            return self._arm("request headers", HEADER_SECONDS)
        if state is h11.SEND_BODY:
            return self._arm("request body", BODY_SECONDS)
        return self._cancel()


class Guard:
    """Outermost ASGI layer: a request whose client went away (or was cut off) is one INFO line."""

    def __init__(self, app):
        self.app = app

    def __getattr__(self, name):  # app.state etc. stay reachable
        return getattr(self.app, name)

    async def __call__(self, scope, receive, send) -> None:
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        try:
            await self.app(scope, receive, send)
        except ClientDisconnect:
            why = scope.get(DROPPED) or "the client went away before sending the whole request"
            log.info("dropped %s %s from %s: %s", scope.get("method"), scope.get("path"), _client(scope), why)


def config(app, port: int, **overrides) -> uvicorn.Config:
    """uvicorn for a free PaaS: every log line through our formatter, no access log, slow clients cut off."""
    http = FastDeadlineProtocol if HTTP_PARSER == "httptools" else DeadlineProtocol
    settings = dict(host="0.0.0.0", port=port, log_config=None, log_level="warning", access_log=False,
                    http=http, timeout_graceful_shutdown=20)
    settings.update(overrides)
    return uvicorn.Config(Guard(app), **settings)


def run(main) -> None:
    """Run the server on uvloop where it is installed (Linux, macOS): measured 3-5% less CPU per update
    and a shorter p99 at 200 updates/s (README, benchmarks/ab_webhook.py); else on asyncio's loop."""
    if EVENT_LOOP == "uvloop":
        try:
            import uvloop
        except ImportError:  # Windows, or an install without it
            uvloop = None
        if uvloop is not None and hasattr(uvloop, "run"):
            return uvloop.run(main)
    return asyncio.run(main)
