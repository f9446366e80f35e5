"""The composition root: one Application with every handler and service, and one start-up sequence for
both polling and the webhook: logging (secrets scrubbed), the token probe, the storage opened once, the
inbox worker started (updates stored before a restart first), then the command menu.

Neither mode lets python-telegram-bot queue updates in memory: the webhook (webhook.py) and the polling
loop here store each update in the inbox before acknowledging it, and bot/telegram/inbox.py answers it.
"""

from __future__ import annotations

import asyncio
import logging
import signal
from urllib.parse import unquote

from telegram import Bot, BotCommand
from telegram.error import InvalidToken, RetryAfter, TelegramError
from telegram.ext import (AIORateLimiter, Application, ApplicationBuilder, CallbackQueryHandler, CommandHandler,
                          InlineQueryHandler, MessageHandler, filters)
from telegram.request import BaseRequest, HTTPXRequest

from ..conversation import COMMANDS, Story
from ..logs import setup_logging
from ..settings import Settings, StartupError
from ..storage import Storage, StorageError, describe, open_storage
from ..storage.url import password_of
from . import delivery, handlers
from .delivery import wait_seconds
from .inbox import InboxRunner

log = logging.getLogger("story_bot")
ALLOWED_UPDATES = ["message", "edited_message", "callback_query", "inline_query"]
CONCURRENT_UPDATES = 64
POLL_TIMEOUT = 10  # seconds a getUpdates long poll waits for updates
DB_POOL = 10  # PostgreSQL connections per instance: each update takes ~4 short statements (free plans allow 60+)


class StoryApplication(Application):
    """python-telegram-bot's Application without one per-chat leak: with no persistence configured it
    still notes every chat and user id it sees for a persistence update that never comes (two ids per
    chat, kept forever). The bot keeps no per-chat data in the Application at all (see BotData)."""

    def _mark_for_persistence_update(self, *, update=None, job=None) -> None:
        if self.persistence is not None:
            super()._mark_for_persistence_update(update=update, job=job)


async def announce(application: Application) -> None:
    """The last start-up step of both modes: the command menu, then one 'ready' line."""
    story: Story = application.bot_data.story
    try:
        for lang in story.texts:
            voice = story.voice(lang)
            commands = [BotCommand(c.name, c.description(voice)) for c in COMMANDS]
            await application.bot.set_my_commands(commands, language_code=None if lang == "en" else lang)
    except TelegramError as exc:
        log.warning("could not set the command menu: %s", exc)
    log.info("story-bot ready as @%s with %d facts", application.bot.username, len(story.book.facts))


def _builder(settings: Settings, request: BaseRequest | None) -> ApplicationBuilder:
    builder = (ApplicationBuilder().token(settings.token).context_types(handlers.CONTEXT_TYPES)
               .application_class(StoryApplication).updater(None))
    if settings.base_url:
        builder = builder.base_url(f"{settings.base_url}/bot").base_file_url(f"{settings.base_url}/file/bot")
    if settings.rate_limit:
        builder = builder.rate_limiter(AIORateLimiter(max_retries=3))
    if request is not None:
        return builder.request(request).get_updates_request(request)
    return (builder.request(delivery.bot_request(delivery.POOL_SIZE))
            .get_updates_request(delivery.bot_request(1, delivery.GET_UPDATES_READ_TIMEOUT)))


def build_application(settings: Settings, story: Story, request: BaseRequest | None = None,
                      storage: Storage | None = None) -> Application:
    """Every handler, one per kind of update, and the shared services in typed bot_data.
    `storage` (opened and closed by the caller) keeps chat state and misses; None keeps nothing."""
    app = _builder(settings, request).build()
    app.bot_data.story, app.bot_data.settings, app.bot_data.storage = story, settings, storage
    names = [c.name for c in COMMANDS]
    app.add_handler(CommandHandler(names, handlers.on_command))
    app.add_handler(CommandHandler("unanswered", handlers.on_unanswered))
    app.add_handler(MessageHandler(filters.COMMAND, handlers.on_command))
    app.add_handler(MessageHandler(filters.TEXT | filters.CAPTION, handlers.on_text))  # a captioned photo asks too
    app.add_handler(MessageHandler(filters.ChatType.PRIVATE & ~filters.TEXT & ~filters.StatusUpdate.ALL,
                                   handlers.on_not_text))
    app.add_handler(CallbackQueryHandler(handlers.on_button))
    app.add_handler(InlineQueryHandler(handlers.on_inline))
    app.add_error_handler(handlers.on_error)
    return app


async def open_bot_storage(settings: Settings) -> Storage:
    """The start-up step that opens the storage, once, on the event loop that uses it: an unusable
    DATA_DIR is one line naming it (exit 2), an unreachable DATABASE_URL one line, password masked (exit 1)."""
    storage = await open_storage(settings, pool_size=DB_POOL)
    log.info("keeping state in %s (schema version %s)", describe(settings), storage.db.schema_version)
    return storage


class _ProbeRequest(HTTPXRequest):
    """The token probe's requests, remembering the last HTTP status: python-telegram-bot raises the same
    InvalidToken for a 401 (the token is wrong) and a 404 (from a self-hosted server: the address is)."""

    status = 0

    async def do_request(self, *args, **kwargs) -> tuple[int, bytes]:
        self.status, payload = await super().do_request(*args, **kwargs)
        return self.status, payload


async def check_telegram(settings: Settings, attempts: int = 4) -> str:
    """getMe once before serving: a rejected token, a wrong TELEGRAM_BASE_URL or an unreachable API is one
    clear line, not a traceback."""
    request = _ProbeRequest(connect_timeout=10, read_timeout=10)
    bot = Bot(settings.token, base_url=f"{settings.base_url}/bot" if settings.base_url else None, request=request)
    where = settings.base_url.replace(settings.token, "[redacted]") or "api.telegram.org"
    for attempt in range(1, attempts + 1):
        try:
            async with bot:
                return bot.username
        except InvalidToken:
            if settings.base_url and request.status == 404:  # Telegram itself says 401 to a wrong token
                raise StartupError(f"the Bot API at TELEGRAM_BASE_URL={where} answered 404 Not Found to getMe; "
                                   "check the URL: it is the server's root, like http://127.0.0.1:8081 (a path "
                                   "ending in /bot works too)", 2) from None
            raise StartupError("Telegram rejected TELEGRAM_BOT_TOKEN; copy the token again from @BotFather "
                               "(or /revoke there and use the new one)", 2) from None
        except TelegramError as exc:  # network faults included
            reason = str(exc).replace(settings.token, "[redacted]")
            if attempt == attempts:
                raise StartupError(f"cannot reach the Telegram Bot API at {where} ({reason}); check the network "
                                   "and TELEGRAM_BASE_URL", 1) from None
            log.warning("Telegram Bot API not reachable (%s), retrying", reason)
            await asyncio.sleep(attempt)
    return ""


def secrets_of(settings: Settings) -> list[str]:
    """What no log line may show: the token, the webhook secret, the database password (as given and decoded)."""
    password = password_of(settings.database_url) if settings.database_url else ""
    return [settings.token, settings.webhook_secret, *{p for p in (password, unquote(password)) if len(p) >= 2}]


def start_up(settings: Settings) -> str:
    """The first steps of both modes: logging with secrets scrubbed, then the token probe."""
    setup_logging(settings.log_level, *secrets_of(settings))
    return asyncio.run(check_telegram(settings))


def run_polling(settings: Settings, story: Story) -> int:
    username = start_up(settings)
    asyncio.run(_polling(settings, story, username))
    log.info("stopped cleanly")
    return 0


async def _polling(settings: Settings, story: Story, username: str) -> None:
    """Long polling through the inbox: getUpdates, store each update, and only then move the offset on
    (the next getUpdates acknowledges it); the inbox worker answers. SIGTERM/SIGINT: stop fetching, answer
    what is stored for a few seconds, give the rest back for the next start (InboxRunner.stop)."""
    stop = asyncio.Event()
    fault: BaseException | None = None
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, _on_signal, sig, stop)
    try:
        async with await open_bot_storage(settings) as storage:
            app = build_application(settings, story, storage=storage)
            runner = InboxRunner(app, storage, concurrency=CONCURRENT_UPDATES)
            log.info("starting long polling as @%s", username)
            async with app:
                await app.start()
                await runner.start()
                await _drop_webhook(app)
                await announce(app)
                fetching = asyncio.create_task(_fetch(app, runner), name="story-bot getUpdates")
                stopping = asyncio.create_task(stop.wait())
                await asyncio.wait({fetching, stopping}, return_when=asyncio.FIRST_COMPLETED)
                fault = fetching.exception() if fetching.done() and not fetching.cancelled() else None
                fetching.cancel()
                stopping.cancel()
                await asyncio.gather(fetching, stopping, return_exceptions=True)
                await runner.stop()
                await app.stop()
    finally:
        for sig in (signal.SIGINT, signal.SIGTERM):
            loop.remove_signal_handler(sig)
    if fault is not None:  # a bug in the polling loop: stop (the platform restarts us), and say why
        raise fault


def _on_signal(sig: signal.Signals, stop: asyncio.Event) -> None:
    log.info("received %s, stopping", sig.name)
    stop.set()


async def _drop_webhook(app: Application, attempts: int = 3) -> None:
    """Polling and a webhook exclude each other: remove a webhook left from a webhook deployment
    (its pending updates are kept and fetched here)."""
    for attempt in range(1, attempts + 1):
        try:
            await app.bot.delete_webhook(drop_pending_updates=False)
            return
        except TelegramError as exc:
            if attempt == attempts:
                log.warning("could not remove the webhook (%s); getUpdates may be refused", exc)
                return
            await asyncio.sleep(attempt)


async def _fetch(app: Application, runner: InboxRunner) -> None:
    """getUpdates forever. A passing fault is one WARNING line and a pause; an update that cannot be
    stored is not acknowledged, so Telegram sends it again with the next getUpdates."""
    offset: int | None = None
    pause = 1.0
    while True:
        try:
            updates = await app.bot.get_updates(offset=offset, timeout=POLL_TIMEOUT, allowed_updates=ALLOWED_UPDATES)
        except RetryAfter as exc:
            log.warning("getUpdates: flood control, waiting %.0f s", wait_seconds(exc))
            await asyncio.sleep(wait_seconds(exc))
            continue
        except TelegramError as exc:  # network faults, 5xx, a 409 while another poller or a webhook is active
            log.warning("getUpdates failed (%s); trying again in %.0f s", exc, pause)
            await asyncio.sleep(pause)
            pause = min(pause * 2, 30.0)
            continue
        pause = 1.0
        for update in updates:
            try:
                await runner.store(update.to_dict(), update)
            except StorageError as exc:
                log.warning("could not store update %d (%s); not acknowledged, fetched again", update.update_id, exc)
                await asyncio.sleep(1.0)
                break
            offset = update.update_id + 1
