"""The composition root: one Application with every handler and service, and one start-up sequence
(probe the token, then build, then announce the command menu) for both polling and the webhook."""

from __future__ import annotations

import asyncio
import logging

from telegram import Bot, BotCommand
from telegram.error import InvalidToken, TelegramError
from telegram.ext import (AIORateLimiter, Application, ApplicationBuilder, CallbackQueryHandler, CommandHandler,
                          InlineQueryHandler, MessageHandler, filters)
from telegram.request import BaseRequest, HTTPXRequest

from ..conversation import COMMANDS, Story
from ..logs import setup_logging
from ..misses import MissStore
from ..settings import Settings, StartupError
from . import delivery, handlers
from .ordering import PerChatOrder

log = logging.getLogger("story_bot")
ALLOWED_UPDATES = ["message", "edited_message", "callback_query", "inline_query"]
CONCURRENT_UPDATES = 64


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
               .concurrent_updates(PerChatOrder(CONCURRENT_UPDATES)))
    if settings.base_url:
        builder = builder.base_url(f"{settings.base_url}/bot").base_file_url(f"{settings.base_url}/file/bot")
    if settings.rate_limit:
        builder = builder.rate_limiter(AIORateLimiter(max_retries=3))
    if request is not None:
        return builder.request(request).get_updates_request(request)
    return (builder.request(delivery.bot_request(delivery.POOL_SIZE))
            .get_updates_request(delivery.bot_request(1, delivery.GET_UPDATES_READ_TIMEOUT)))


def build_application(settings: Settings, story: Story, request: BaseRequest | None = None,
                      updater: bool = True) -> Application:
    """Every handler, one per kind of update, and the shared services in typed bot_data."""
    builder = _builder(settings, request).post_init(announce)
    if not updater:
        builder = builder.updater(None)
    app = builder.build()
    app.bot_data.story, app.bot_data.settings = story, settings
    app.bot_data.store = MissStore(settings.data_dir)
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
    app.post_shutdown = _close_store
    return app


async def _close_store(application: Application) -> None:
    store = application.bot_data.store
    if store is not None:
        store.close()


async def check_telegram(settings: Settings, attempts: int = 4) -> str:
    """getMe once before serving: a rejected token or an unreachable API is one clear line, not a traceback."""
    request = HTTPXRequest(connect_timeout=10, read_timeout=10)
    bot = Bot(settings.token, base_url=f"{settings.base_url}/bot" if settings.base_url else None, request=request)
    where = settings.base_url or "api.telegram.org"
    for attempt in range(1, attempts + 1):
        try:
            async with bot:
                return bot.username
        except InvalidToken:
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


def start_up(settings: Settings) -> str:
    """The first steps of both modes: logging with secrets scrubbed, then the token probe."""
    setup_logging(settings.log_level, settings.token, settings.webhook_secret)
    return asyncio.run(check_telegram(settings))


def run_polling(settings: Settings, story: Story) -> int:
    username = start_up(settings)
    app = build_application(settings, story)
    log.info("starting long polling as @%s", username)
    app.run_polling(allowed_updates=ALLOWED_UPDATES, drop_pending_updates=False, bootstrap_retries=3)
    log.info("stopped cleanly")
    return 0
