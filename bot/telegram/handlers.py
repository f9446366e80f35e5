"""One handler per kind of update: turn it into an Event, let the core decide, deliver the replies."""

from __future__ import annotations

import logging
import re
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from uuid import uuid4

from telegram import InlineQueryResultArticle, InputTextMessageContent, Message, Update
from telegram.constants import ChatType, ParseMode
from telegram.error import TelegramError
from telegram.ext import CallbackContext, ContextTypes, ExtBot

from .. import replies
from ..conversation import ChatState, Event, EventKind, Story, Turn, handle, sent
from ..flood import FloodGate
from ..render import MAX_MESSAGE, escape
from ..settings import Settings
from ..storage import Storage, StorageError
from ..storage.base import log_feedback, log_miss
from ..storage.report import format_report, read_report_in_process
from .delivery import NO_PREVIEW, keyboard, retrying, send

log = logging.getLogger("story_bot")
INLINE_RESULTS = 3
BACKGROUND = "story-bot background write"  # the name of every store write, so shutdown and tests can find them


@dataclass
class BotData:
    """Services shared by every handler, set once by the composition root.

    Nothing is kept per chat in memory: a chat's state lives in `storage.chats` (bounded in time and
    count there), so memory stays flat however many chats write, and any instance can answer a follow-up."""

    story: Story | None = None
    settings: Settings | None = None
    flood: FloodGate = field(default_factory=FloodGate)  # per instance: counts the messages this process sees
    storage: Storage | None = None


Context = CallbackContext[ExtBot, dict, dict, BotData]
CONTEXT_TYPES = ContextTypes(bot_data=BotData)


def _private(update: Update) -> bool:
    return update.effective_chat is not None and update.effective_chat.type == ChatType.PRIVATE


def _lang(update: Update) -> str:
    user = update.effective_user
    return (user.language_code or "") if user is not None else ""


async def _voice(update: Update, context: Context) -> replies.Voice:
    """The chat's language (its last question's), else the user's Telegram language."""
    return context.bot_data.story.voice_for(await _load_state(context, update), _lang(update))


async def _load_state(context: Context, update: Update) -> ChatState:
    """The chat's state from the storage; a fresh one where there is no chat (inline) or no storage."""
    storage, key = context.bot_data.storage, state_key(update)
    if storage is None or key is None:
        return ChatState()
    return ChatState.from_dict(await storage.chats.get(key))


def _addressed(message: Message, bot_username: str, bot_id: int) -> str | None:
    """In groups: the question if the bot was mentioned or replied to, else None (stay quiet)."""
    text = message.text or message.caption or ""
    mention = f"@{bot_username}".lower()
    if bot_username and mention in text.lower():
        return re.sub(re.escape(mention), " ", text, flags=re.I).strip()
    return text if _replied_to(message, bot_id) is not None else None


def _replied_to(message: Message, bot_id: int) -> int | None:
    """The id of the bot's own message `message` replies to (its thread), else None."""
    reply_to = message.reply_to_message
    if reply_to is not None and reply_to.from_user is not None and reply_to.from_user.id == bot_id:
        return reply_to.message_id
    return None


def state_key(update: Update) -> str | None:
    """Whose conversation this is: the chat, as the inbox orders it (bot.storage.chat_key_of); a group's
    threads of replies to the bot live inside the chat's state (ChatState.threads).  None where there is
    no chat (inline mode), which keeps no state."""
    chat = update.effective_chat
    return f"c{chat.id}" if chat is not None else None


Deliver = Callable[[Turn], Awaitable["Message | None"]]


async def _run(context: Context, update: Update, event: Event, chat_kind: str = "private",
               deliver: Deliver | None = None) -> Turn:
    """The core decides, with the chat's state read from the storage; `deliver` sends the replies and
    returns the bot's message the answer went out as, so a reply to that message is read in its thread.
    The new state is saved after that and before the update is marked done (the chat's next update,
    whichever instance answers it, is read after this one is done); the curator's records are written
    in the background."""
    storage, key = context.bot_data.storage, state_key(update)
    state = await _load_state(context, update)
    turn = handle(event, state, context.bot_data.story)
    _record(context, turn, chat_kind)
    new = turn.state
    try:
        if deliver is not None:
            out = await deliver(turn)
            new = sent(turn, out.message_id if isinstance(out, Message) else None, event.at)
    finally:  # a reply that could not be sent still leaves the chat's new state
        if storage is not None and key is not None and new != state:
            await storage.chats.put(key, new.to_dict())
    return turn


def _record(context: Context, turn: Turn, chat_kind: str) -> None:
    """Misses and feedback go to the storage in the background; replies never wait for them.

    Only the kind of chat is kept, never who asked or where."""
    storage = context.bot_data.storage
    for miss in turn.misses:
        args = (miss.question, chat_kind, miss.outcome.value, miss.fact_id, miss.score)
        if storage is None:
            log_miss(*args)
        else:
            context.application.create_task(storage.misses.record_miss(*args), name=BACKGROUND)
    if turn.feedback is not None:
        args = (turn.feedback.fact_id, turn.feedback.helpful)
        if storage is None:
            log_feedback(*args)
        else:
            context.application.create_task(storage.misses.record_feedback(*args), name=BACKGROUND)


async def on_text(update: Update, context: Context) -> None:
    message, chat = update.effective_message, update.effective_chat
    if message is None or chat is None:
        return
    private = chat.type == ChatType.PRIVATE
    question = (message.text or message.caption or "") if private else _addressed(
        message, context.bot.username or "", context.bot.id)
    if question is None:
        return
    verdict = context.bot_data.flood.check(chat.id)
    if verdict == "drop":
        return
    if verdict == "warn":  # the chat's state is read here only for its language (_run reads it to answer)
        voice = await _voice(update, context)
        await send(message, replies.plain(voice, voice.texts.slow_down), quote=not private)
        return
    async def deliver(turn: Turn) -> Message | None:
        out = None
        for reply in turn.replies:
            out = await send(message, reply, quote=not private, feedback=private)
        return out

    event = Event(EventKind.TEXT, question, time.time(), _lang(update),
                  reply_to=_replied_to(message, context.bot.id), group=not private)
    await _run(context, update, event, "private" if private else "group", deliver)


async def on_not_text(update: Update, context: Context) -> None:
    if update.effective_message is not None:
        turn = await _run(context, update, Event(EventKind.NOT_TEXT, "", time.time(), _lang(update)))
        for reply in turn.replies:
            await send(update.effective_message, reply, quote=False)


async def on_command(update: Update, context: Context) -> None:
    """Every command the core knows, and unknown ones; other bots' commands in groups are ignored."""
    message, chat = update.effective_message, update.effective_chat
    if message is None or chat is None or not message.text:
        return
    private = chat.type == ChatType.PRIVATE
    target = message.text.split()[0].partition("@")[2].lower()
    if target and target != (context.bot.username or "").lower():
        return  # another bot's command
    turn = await _run(context, update, Event(EventKind.COMMAND, message.text, time.time(), _lang(update)))
    for reply in turn.replies:
        await send(message, reply, quote=not private)


async def on_unanswered(update: Update, context: Context) -> None:
    """The curator's report, for ADMIN_USER_IDS only; to everyone else it is an unknown command."""
    user = update.effective_user
    settings = context.bot_data.settings
    if user is None or settings is None or user.id not in settings.admin_ids:
        await on_command(update, context)
        return
    try:  # read and grouped in a process of its own: answering goes on meanwhile
        report = await read_report_in_process(settings, None, 10)
        text = format_report(report, context.bot_data.story.book, short=True)
    except StorageError as exc:
        log.warning("could not read the unanswered questions: %s", exc)
        text = f"Could not read the unanswered questions ({exc}); try again later."
    voice = await _voice(update, context)
    await send(update.effective_message, replies.plain(voice, text[:MAX_MESSAGE]), quote=False)


async def on_button(update: Update, context: Context) -> None:
    query = update.callback_query

    async def deliver(turn: Turn) -> Message | None:
        await query.answer(turn.toast or None)  # the spinner stops exactly once
        message = query.message if isinstance(query.message, Message) else None
        out = None
        for reply in turn.replies:
            if message is not None:
                out = await send(message, reply, quote=False, feedback=_private(update))
            elif query.inline_message_id:  # a button under an inline-mode answer: edit that message
                await retrying(lambda: query.edit_message_text(reply.html, parse_mode=ParseMode.HTML,
                                                               reply_markup=keyboard(reply),
                                                               link_preview_options=NO_PREVIEW))
        return out

    await _run(context, update, Event(EventKind.BUTTON, query.data or "", time.time(), _lang(update)),
               deliver=deliver)


async def on_inline(update: Update, context: Context) -> None:
    """Up to three answers, best first; an empty query lists the main topics."""
    query = update.inline_query
    story = context.bot_data.story
    question = query.query.strip()
    facts = replies.topics(story.book, INLINE_RESULTS)
    voice = story.voice(_lang(update))
    if question:
        turn = await _run(context, update, Event(EventKind.TEXT, question, time.time(), _lang(update)), "inline")
        result = turn.result
        voice = story.voice(result.lang)
        facts = [p.fact for p in result.parts if p.fact is not None]
        facts += [f for f in result.suggestions if f not in facts]
    articles = [_article(voice, fact) for fact in facts[:INLINE_RESULTS]]
    await query.answer(articles, cache_time=60)


def _article(voice: replies.Voice, fact) -> InlineQueryResultArticle:
    reply = replies.for_fact(voice, fact)
    title = voice.title(fact)
    fits = len(title) + 1 + len(reply.text) <= MAX_MESSAGE
    text = f"<b>{escape(title)}</b>\n{reply.html}" if fits else reply.html
    return InlineQueryResultArticle(
        id=uuid4().hex, title=title[:100], description=voice.answer(fact)[:120],
        input_message_content=InputTextMessageContent(text, parse_mode=ParseMode.HTML,
                                                      link_preview_options=NO_PREVIEW))


async def on_error(update: object, context: Context) -> None:
    """A bug is logged with its traceback; the person gets one apologetic line, never the traceback."""
    update_id = update.update_id if isinstance(update, Update) else None
    log.error("error while handling update %s", update_id, exc_info=context.error)
    if not isinstance(update, Update):
        return
    try:  # the fault may be the storage's: then speak the user's Telegram language
        voice = await _voice(update, context)
    except Exception:  # noqa: BLE001 - the apology must go out whatever failed
        voice = context.bot_data.story.voice(_lang(update))
    try:
        if update.effective_message is not None and update.effective_chat is not None:
            await update.effective_message.reply_text(voice.texts.error)
        elif update.callback_query is not None:
            await update.callback_query.answer(voice.texts.error)
    except TelegramError:
        log.warning("could not tell the user about the error in update %s", update_id)


__all__ = ["BotData", "CONTEXT_TYPES", "on_button", "on_command", "on_error", "on_inline",
           "on_not_text", "on_text", "on_unanswered"]
