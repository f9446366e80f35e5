"""Production mode for free PaaS tiers: one HTTP server for Telegram's webhook and health checks.

python-telegram-bot's custom-webhook pattern: no Updater; Starlette receives the POST, checks the
secret, stores the update in the durable inbox and only then answers 200 (bot/telegram/inbox.py answers
it from there). uvicorn turns SIGTERM into a clean stop.
"""

from __future__ import annotations

import asyncio
import contextlib
import hmac
import json
import logging
import signal

import uvicorn
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, PlainTextResponse, Response
from starlette.routing import Route
from telegram import Update

from .. import __version__
from ..conversation import Story
from ..settings import Settings
from ..storage import Storage, StorageError
from .app import ALLOWED_UPDATES, CONCURRENT_UPDATES, announce, build_application, open_bot_storage, start_up
from .inbox import InboxRunner
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


def _refuse(request: Request, status: int, why: str) -> PlainTextResponse:
    client = request.client.host if request.client else "?"
    log.warning("refused %s %s from %s: %d %s", request.method, request.url.path, client, status, why)
    return PlainTextResponse(why, status_code=status)


def _update_route(application, runner: InboxRunner, expected: bytes):
    """POST from Telegram: the secret, the size, the shape; then stored in the inbox before the 200."""

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
            update = Update.de_json(data, application.bot)  # read once: the worker answers from this
        except Exception:  # any malformed body is the sender's fault, not ours
            return _refuse(request, 400, "malformed update")
        try:  # stored as received (less a BOM); json.loads also reads UTF-16 and UTF-32: those are re-encoded
            text = body.decode("utf-8-sig")
        except UnicodeDecodeError:
            text = None
        try:  # stored once, whichever instance Telegram (re)delivers it to; 200 only once it is stored
            await runner.store(data, update, text)
        except StorageError as exc:
            log.warning("could not store update %s (%s); answered 503 so Telegram sends it again",
                        data["update_id"], exc)
            return PlainTextResponse("cannot store the update now; send it again", status_code=503)
        return Response(status_code=200)

    return telegram


def create_app(settings: Settings, story: Story, storage: Storage, bot_request=None) -> Starlette:
    book = story.book
    application = build_application(settings, story, request=bot_request, storage=storage)
    runner = InboxRunner(application, storage, concurrency=CONCURRENT_UPDATES)
    status = WebhookStatus(settings)

    telegram = _update_route(application, runner, settings.webhook_secret.encode())

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
            await runner.start()  # updates stored before this start are answered first
            if await status.register(application.bot, ALLOWED_UPDATES):  # refused: the server stops, exit 1
                await status.check(application.bot)  # getWebhookInfo: is it ours?
                await announce(application)  # the same last step as polling's
            yield
            await runner.stop()  # answers what is stored for a few seconds; the rest stays for the next start
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
    app.state.inbox = runner
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
    status = run_server(_serve(settings, story))  # uvloop where installed
    exit_if_refused(status)  # a refused setWebhook: one line, exit 1
    return 0


async def _serve(settings: Settings, story: Story) -> WebhookStatus:
    async with await open_bot_storage(settings) as storage:  # once, on the loop that serves
        app = create_app(settings, story, storage)
        server = _Server(server_config(app, settings.port))
        app.state.webhook_status.on_fatal = server.stop_now
        log.info("listening on port %d", settings.port)
        await server.serve()
        return app.state.webhook_status
