"""Telegram handlers: a thin adapter from updates to the responder and back.

Shared services (fact book, miss store, flood gate) live in `bot_data`, set once here.
"""

from __future__ import annotations

import asyncio
import logging
import re
import warnings
from uuid import uuid4

from telegram import (Bot, BotCommand, InlineKeyboardButton, InlineKeyboardMarkup, InlineQueryResultArticle,
                      InputTextMessageContent, LinkPreviewOptions, Message, Update)
from telegram.constants import ChatType, ParseMode
from telegram.error import InvalidToken, NetworkError, RetryAfter, TelegramError
from telegram.warnings import PTBDeprecationWarning
from telegram.ext import (AIORateLimiter, Application, ApplicationBuilder, BaseUpdateProcessor,
                          CallbackQueryHandler, CommandHandler, ContextTypes, InlineQueryHandler, MessageHandler,
                          filters)
from telegram.request import BaseRequest, HTTPXRequest

from . import replies
from .story.factbook import FactBook
from .flood import FloodGate
from .logs import setup_logging
from .misses import MissStore, format_report, read_report
from .engine.responder import respond
from .settings import Settings, StartupError

log = logging.getLogger("story_bot")
ALLOWED_UPDATES = ["message", "edited_message", "callback_query", "inline_query"]
COMMANDS = [("start", "What this bot is, with example questions"), ("help", "How to ask"),
            ("topics", "Everything I can answer"), ("source", "The article this bot knows")]
NO_PREVIEW = LinkPreviewOptions(is_disabled=True)


class PerChatOrder(BaseUpdateProcessor):
    """Many chats at once, but each chat's updates in the order they came (follow-ups need it)."""

    def __init__(self, max_concurrent_updates: int):
        super().__init__(max_concurrent_updates)
        self._locks: dict[int, asyncio.Lock] = {}
        self._users: dict[int, int] = {}

    async def do_process_update(self, update: object, coroutine) -> None:
        chat = update.effective_chat if isinstance(update, Update) else None
        if chat is None:
            await coroutine
            return
        lock = self._locks.setdefault(chat.id, asyncio.Lock())
        self._users[chat.id] = self._users.get(chat.id, 0) + 1
        try:
            async with lock:
                await coroutine
        finally:
            self._users[chat.id] -= 1
            if not self._users[chat.id]:  # forget idle chats: memory stays flat
                del self._users[chat.id], self._locks[chat.id]

    async def initialize(self) -> None:
        pass

    async def shutdown(self) -> None:
        pass


def keyboard(buttons: tuple[replies.Button, ...], feedback_for: str | None = None) -> InlineKeyboardMarkup | None:
    rows = [[InlineKeyboardButton(b.label, callback_data=b.data)] for b in buttons]
    if feedback_for:
        rows.append([InlineKeyboardButton("👍", callback_data=f"fb:1:{feedback_for}"),
                     InlineKeyboardButton("👎", callback_data=f"fb:0:{feedback_for}")])
    return InlineKeyboardMarkup(rows) if rows else None


def _book(holder: ContextTypes.DEFAULT_TYPE | Application) -> FactBook:
    """The fact book, from a handler's context or from the application itself."""
    return holder.bot_data["book"]


async def _retrying(call, attempts: int = 3):
    """Telegram's passing faults (5xx, timeouts, flood waits) get a few more tries before they count."""
    for attempt in range(1, attempts + 1):
        try:
            return await call()
        except (KeyError, TypeError, ValueError) as exc:
            # The API said ok but its reply could not be read: the message went out, so do not send another.
            log.warning("could not read Telegram's reply (%s: %s); not resending", type(exc).__name__, exc)
            return None
        except RetryAfter as exc:
            wait = _wait_seconds(exc)
            if attempt == attempts or wait > 30:
                raise
            await asyncio.sleep(wait)
        except NetworkError as exc:  # TimedOut and 5xx included; BadRequest/Forbidden are not retried
            if attempt == attempts:
                raise
            log.warning("Telegram fault (%s), retrying", exc)
            await asyncio.sleep(0.5 * attempt)
    return None


def _wait_seconds(exc: RetryAfter) -> float:
    """retry_after is an int today and a timedelta in PTB's next major version; accept both."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", PTBDeprecationWarning)
        value = exc.retry_after
    return value.total_seconds() if hasattr(value, "total_seconds") else float(value)


async def _send(message: Message, reply: replies.Reply, *, quote: bool, feedback: bool = False) -> None:
    fact_id = reply.fact.id if (feedback and reply.fact and not reply.fact.gap) else None
    markup = keyboard(reply.buttons, fact_id)  # built outside the retried call: only the API call is retried
    await _retrying(lambda: message.reply_text(reply.html, parse_mode=ParseMode.HTML, do_quote=quote,
                                               reply_markup=markup, link_preview_options=NO_PREVIEW))


def _in_background(context: ContextTypes.DEFAULT_TYPE, write, *args) -> None:
    """Run a database write off the event loop; replies never wait for it, shutdown does."""
    task = asyncio.get_running_loop().run_in_executor(None, write, *args)
    context.bot_data.setdefault("pending", set()).add(task)
    task.add_done_callback(context.bot_data["pending"].discard)


def _record(context: ContextTypes.DEFAULT_TYPE, question: str, chat_type: str, result) -> None:
    """Store a miss: every fallback, did-you-mean and honest decline."""
    store: MissStore | None = context.bot_data.get("store")
    if store is None or result.answered or result.small_talk:
        return
    outcome = "gap" if (result.fact and result.fact.gap and result.kind == "decline") else result.kind
    _in_background(context, store.record_miss, question, chat_type, outcome,
                   (result.fact or result.nearest).id if (result.fact or result.nearest) else None, result.score)


def _remember(context: ContextTypes.DEFAULT_TYPE, fact_id: str, question: str, score: float) -> None:
    """The last fact answered (for follow-ups) and what was asked for it (for a later 👎), in memory only."""
    context.chat_data["last_fact"] = fact_id
    asked = context.chat_data.setdefault("asked", {})
    asked.pop(fact_id, None)
    asked[fact_id] = (question[:500], score)
    while len(asked) > 10:
        del asked[next(iter(asked))]


def _addressed(message: Message, bot_username: str, bot_id: int) -> str | None:
    """In groups: the question if the bot was mentioned or replied to, else None (stay quiet)."""
    text = message.text or message.caption or ""
    mention = f"@{bot_username}".lower()
    if bot_username and mention in text.lower():
        return re.sub(re.escape(mention), " ", text, flags=re.I).strip()
    reply_to = message.reply_to_message
    if reply_to is not None and reply_to.from_user is not None and reply_to.from_user.id == bot_id:
        return text
    return None


async def on_text(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    message = update.effective_message
    chat = update.effective_chat
    if message is None or chat is None:
        return
    private = chat.type == ChatType.PRIVATE
    question = (message.text or message.caption or "") if private else _addressed(
        message, context.bot.username or "", context.bot.id)
    if question is None:
        return
    verdict = context.bot_data["flood"].check(chat.id)
    if verdict == "drop":
        return
    if verdict == "warn":
        await _send(message, replies.plain(replies.SLOW_DOWN), quote=not private)
        return
    book = _book(context)
    if not question.strip():
        await _send(message, replies.start(book), quote=not private)
        return
    result = respond(question, book, previous=context.chat_data.get("last_fact"))
    if result.answered and result.fact:
        _remember(context, result.fact.id, question, result.score)
    await _send(message, replies.for_result(result, book), quote=not private, feedback=private)
    _record(context, question, "private" if private else "group", result)


async def on_not_text(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    if update.effective_message is not None:
        await _send(update.effective_message, replies.plain(replies.NOT_TEXT), quote=False)


async def _command(update: Update, context: ContextTypes.DEFAULT_TYPE, reply: replies.Reply) -> None:
    message = update.effective_message
    if message is not None:
        private = update.effective_chat is not None and update.effective_chat.type == ChatType.PRIVATE
        await _send(message, reply, quote=not private)


async def on_start(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    await _command(update, context, replies.start(_book(context)))


async def on_help(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    await _command(update, context, replies.help_text(_book(context)))


async def on_topics(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    await _command(update, context, replies.topic_page(_book(context), 0))


async def on_source(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    await _command(update, context, replies.source(_book(context)))


async def on_unanswered(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    user = update.effective_user
    if user is None or user.id not in context.bot_data["settings"].admin_ids:
        await on_unknown_command(update, context)
        return
    report = await asyncio.to_thread(read_report, context.bot_data["settings"].data_dir, None, 10)
    text = format_report(report, _book(context), short=True)
    await _send(update.effective_message, replies.plain(text[:4000]), quote=False)


async def on_unknown_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    message = update.effective_message
    chat = update.effective_chat
    if message is None or chat is None:
        return
    if chat.type != ChatType.PRIVATE:
        command = (message.text or "").split()[0] if message.text else ""
        if "@" not in command or command.split("@", 1)[1].lower() != (context.bot.username or "").lower():
            return  # another bot's command
    await _send(message, replies.plain(replies.UNKNOWN_COMMAND), quote=chat.type != ChatType.PRIVATE)


async def on_button(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    query = update.callback_query
    data = query.data or ""
    book = _book(context)
    kind, _, rest = data.partition(":")
    if kind == "fb":
        verdict, _, fact_id = rest.partition(":")
        store: MissStore | None = context.bot_data.get("store")
        if store is not None and fact_id in book.by_id:
            _in_background(context, store.record_feedback, fact_id, verdict == "1")
            if verdict != "1":  # an unhelpful answer is a miss too: keep the question that led to it
                question, score = context.chat_data.get("asked", {}).get(fact_id, (book.by_id[fact_id].title, 0.0))
                _in_background(context, store.record_miss, question, "private", "unhelpful", fact_id, score)
        await query.answer("Thanks for the feedback!")
        return
    reply = replies.for_button(data, book)
    if reply.fact is None and not reply.buttons:
        await query.answer(reply.text)  # an out-of-date button: a toast, no message
        return
    await query.answer()
    if reply.fact is not None and not reply.fact.gap:
        _remember(context, reply.fact.id, reply.fact.title, 100.0)
    if query.message is not None:
        private = query.message.chat.type == ChatType.PRIVATE
        await _send(query.message, reply, quote=False, feedback=private)


async def on_inline(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    query = update.inline_query
    book = _book(context)
    question = query.query.strip()
    if question:
        result = respond(question, book)
        facts = []
        if result.fact is not None and (result.answered or result.fact.gap):
            facts.append(result.fact)
        facts += [f for f in result.suggestions if f not in facts]
        _record(context, question, "inline", result)
    else:
        facts = replies.topics(book, 3)
    articles = []
    for fact in facts[:3]:
        reply = replies.for_fact(fact, book)
        fits = len(fact.title) + 1 + len(reply.text) <= replies.MAX_MESSAGE
        text = f"<b>{replies.escape(fact.title)}</b>\n{reply.html}" if fits else reply.html
        articles.append(InlineQueryResultArticle(
            id=uuid4().hex, title=fact.title[:100], description=fact.answer[:120],
            input_message_content=InputTextMessageContent(text, parse_mode=ParseMode.HTML,
                                                          link_preview_options=NO_PREVIEW)))
    await query.answer(articles, cache_time=60)


async def on_error(update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
    update_id = update.update_id if isinstance(update, Update) else None
    log.error("error while handling update %s", update_id, exc_info=context.error)
    if isinstance(update, Update) and update.effective_message is not None and update.effective_chat is not None:
        try:
            await update.effective_message.reply_text(replies.ERROR)
        except TelegramError:
            log.warning("could not tell the user about the error in update %s", update_id)
    elif isinstance(update, Update) and update.callback_query is not None:
        try:
            await update.callback_query.answer(replies.ERROR)
        except TelegramError:
            pass


async def post_init(application: Application) -> None:
    """Set the bot's command menu; a failure here is logged, not fatal."""
    try:
        await application.bot.set_my_commands([BotCommand(c, d) for c, d in COMMANDS])
    except TelegramError as exc:
        log.warning("could not set the command menu: %s", exc)
    log.info("story-bot ready as @%s with %d facts", application.bot.username, len(_book(application).facts))


async def post_shutdown(application: Application) -> None:
    pending = list(application.bot_data.get("pending", ()))
    if pending:
        await asyncio.gather(*pending, return_exceptions=True)
    store = application.bot_data.get("store")
    if store is not None:
        store.close()


def build_application(settings: Settings, book: FactBook, request: BaseRequest | None = None,
                      updater: bool = True) -> Application:
    """The composition root: one Application with every handler and shared service."""
    builder = ApplicationBuilder().token(settings.token).post_init(post_init).post_shutdown(post_shutdown)
    builder = builder.concurrent_updates(PerChatOrder(64))
    if settings.base_url:
        builder = builder.base_url(f"{settings.base_url}/bot").base_file_url(f"{settings.base_url}/file/bot")
    if settings.rate_limit:
        builder = builder.rate_limiter(AIORateLimiter(max_retries=3))
    if request is not None:
        builder = builder.request(request).get_updates_request(request)
    else:
        builder = builder.connection_pool_size(64).pool_timeout(10.0)
    if not updater:
        builder = builder.updater(None)
    app = builder.build()
    app.bot_data.update(book=book, settings=settings, flood=FloodGate(), store=MissStore(settings.data_dir))
    app.add_handler(CommandHandler("start", on_start))
    app.add_handler(CommandHandler("help", on_help))
    app.add_handler(CommandHandler("topics", on_topics))
    app.add_handler(CommandHandler("source", on_source))
    app.add_handler(CommandHandler("unanswered", on_unanswered))
    app.add_handler(MessageHandler(filters.COMMAND, on_unknown_command))
    app.add_handler(MessageHandler(filters.TEXT | filters.CAPTION, on_text))  # a captioned photo asks too
    app.add_handler(MessageHandler(filters.ChatType.PRIVATE & ~filters.TEXT & ~filters.StatusUpdate.ALL,
                                   on_not_text))
    app.add_handler(CallbackQueryHandler(on_button))
    app.add_handler(InlineQueryHandler(on_inline))
    app.add_error_handler(on_error)
    return app


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


def run_polling(settings: Settings, book: FactBook) -> int:
    setup_logging(settings.log_level, settings.token, settings.webhook_secret)
    username = asyncio.run(check_telegram(settings))
    app = build_application(settings, book)
    log.info("starting long polling as @%s", username)
    app.run_polling(allowed_updates=ALLOWED_UPDATES, drop_pending_updates=False, bootstrap_retries=3)
    log.info("stopped cleanly")
    return 0
