"""Production mode for free PaaS tiers: one HTTP server for Telegram's webhook and health checks.

python-telegram-bot's custom-webhook pattern: no Updater; Starlette receives the POST,
checks the secret, and feeds `update_queue`.  uvicorn turns SIGTERM into a clean stop.
"""

from __future__ import annotations

import asyncio
import contextlib
import hmac
import json
import logging
import signal
from collections import OrderedDict

import uvicorn
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, PlainTextResponse, Response
from starlette.routing import Route
from telegram import Update

from .. import __version__
from ..conversation import Story
from ..settings import Settings
from .app import ALLOWED_UPDATES, announce, build_application, start_up
from .server import config as server_config
from .server import run as run_server
from .webhook_status import WebhookStatus, exit_if_refused

log = logging.getLogger("story_bot.webhook")
MAX_BODY = 1024 * 1024
MAX_DRAIN = 16 * 1024 * 1024
SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"


async def _read_limited(request: Request) -> bytes | None:
    """The body, or None once it passes MAX_BODY (without reading the rest into memory)."""
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > MAX_DRAIN:
        return None  # not worth reading: the connection is closed after the 413
    body = bytearray()
    seen = 0
    async for chunk in request.stream():
        seen += len(chunk)
        if seen <= MAX_BODY:
            body.extend(chunk)
        elif seen > MAX_DRAIN:
            return None
    # A moderately oversized body is read and dropped, so the client gets its 413, not a reset.
    return bytes(body) if seen <= MAX_BODY else None


class RecentIds:
    """Telegram redelivers an update whose 200 it missed; answer each update_id once."""

    def __init__(self, size: int = 10_000):
        self._seen: OrderedDict[int, None] = OrderedDict()
        self._size = size

    def first_time(self, update_id: int) -> bool:
        if update_id in self._seen:
            return False
        self._seen[update_id] = None
        if len(self._seen) > self._size:
            self._seen.popitem(last=False)
        return True


def _refuse(request: Request, status: int, why: str) -> PlainTextResponse:
    client = request.client.host if request.client else "?"
    log.warning("refused %s %s from %s: %d %s", request.method, request.url.path, client, status, why)
    return PlainTextResponse(why, status_code=status)


def create_app(settings: Settings, story: Story, bot_request=None) -> Starlette:
    book = story.book
    application = build_application(settings, story, request=bot_request, updater=False)
    expected = settings.webhook_secret.encode()
    recent = RecentIds()
    status = WebhookStatus(settings)

    async def telegram(request: Request) -> Response:
        given = request.headers.get(SECRET_HEADER, "").encode()
        if not hmac.compare_digest(given, expected):
            return _refuse(request, 403, "wrong or missing secret token")
        body = await _read_limited(request)
        if body is None:
            return _refuse(request, 413, "body too large")
        try:
            data = json.loads(body)
            if not isinstance(data, dict) or not isinstance(data.get("update_id"), int):
                raise ValueError("not an update")
            update = Update.de_json(data, application.bot)
        except Exception:  # any malformed body is the sender's fault, not ours
            return _refuse(request, 400, "malformed update")
        if recent.first_time(update.update_id):
            await application.update_queue.put(update)
        return Response(status_code=200)

    async def healthz(_: Request) -> JSONResponse:
        """200 while Telegram delivers to us; 503 with the reason when it cannot (refused, or not ours)."""
        status.recheck(application.bot)
        return JSONResponse({"ok": not status.problem, "facts": len(book.facts), "version": __version__,
                             **status.report()}, status_code=503 if status.problem else 200)

    async def home(_: Request) -> PlainTextResponse:
        return PlainTextResponse(f"story-bot {__version__} is running. It answers questions about "
                                 f"“{book.story.title}” on Telegram.\n")

    @contextlib.asynccontextmanager
    async def lifespan(_: Starlette):
        async with application:
            await application.start()
            if await status.register(application.bot, ALLOWED_UPDATES):  # refused: the server stops, exit 1
                await status.check(application.bot)  # getWebhookInfo: is it ours?
                await announce(application)  # the same last step as polling's post_init
            yield
            await application.stop()
        if not status.fatal:
            log.info("stopped cleanly")

    async def root(request: Request) -> Response:
        return await (telegram(request) if request.method == "POST" else home(request))

    routes = [Route("/healthz", healthz, methods=["GET"]), Route("/", root, methods=["GET", "POST"])]
    if settings.webhook_path != "/":
        routes.insert(0, Route(settings.webhook_path, telegram, methods=["POST"]))
    app = Starlette(routes=routes, lifespan=lifespan)
    app.state.webhook_status = status
    return app


class _Server(uvicorn.Server):
    """uvicorn re-raises SIGTERM after shutting down (exit 143); a PaaS stop is a clean exit 0."""

    @contextlib.contextmanager
    def capture_signals(self):
        loop = asyncio.get_running_loop()
        for sig in (signal.SIGINT, signal.SIGTERM):
            loop.add_signal_handler(sig, self._stop, sig)
        try:
            yield
        finally:
            for sig in (signal.SIGINT, signal.SIGTERM):
                loop.remove_signal_handler(sig)

    def _stop(self, sig: signal.Signals) -> None:
        log.info("received %s, finishing updates in flight", sig.name)
        self.should_exit = True

    def stop_now(self) -> None:
        """Stop once start-up ends, without serving (the lifespan still shuts down cleanly)."""
        self.should_exit = True


def serve(settings: Settings, story: Story) -> int:
    start_up(settings)
    app = create_app(settings, story)
    server = _Server(server_config(app, settings.port))
    app.state.webhook_status.on_fatal = server.stop_now
    log.info("listening on port %d", settings.port)
    run_server(server.serve())
    exit_if_refused(app.state.webhook_status)
    return 0
