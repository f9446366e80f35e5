"""Sending replies: keyboards from the one button codec, and the retry policy for Telegram's faults."""

from __future__ import annotations

import asyncio
import logging
import warnings

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, LinkPreviewOptions, Message
from telegram.constants import ParseMode
from telegram.error import NetworkError, RetryAfter
from telegram.warnings import PTBDeprecationWarning

from ..render import Action, ActionKind, Reply, encode

log = logging.getLogger("story_bot")
NO_PREVIEW = LinkPreviewOptions(is_disabled=True)


def keyboard(reply: Reply, feedback: bool = False) -> InlineKeyboardMarkup | None:
    """The reply's buttons, one per row, and 👍/👎 under an answer when asked for."""
    rows = [[InlineKeyboardButton(b.label, callback_data=b.data)] for b in reply.buttons]
    if feedback and reply.fact_id:
        rows.append([
            InlineKeyboardButton("👍", callback_data=encode(Action(ActionKind.FEEDBACK, reply.fact_id, helpful=True))),
            InlineKeyboardButton("👎", callback_data=encode(Action(ActionKind.FEEDBACK, reply.fact_id))),
        ])
    return InlineKeyboardMarkup(rows) if rows else None


async def retrying(call, attempts: int = 3):
    """Telegram's passing faults (5xx, timeouts, flood waits) get a few more tries before they count."""
    for attempt in range(1, attempts + 1):
        try:
            return await call()
        except (KeyError, TypeError, ValueError) as exc:
            # The API said ok but its reply could not be read: the message went out, so do not send another.
            log.warning("could not read Telegram's reply (%s: %s); not resending", type(exc).__name__, exc)
            return None
        except RetryAfter as exc:
            wait = wait_seconds(exc)
            if attempt == attempts or wait > 30:
                raise
            await asyncio.sleep(wait)
        except NetworkError as exc:  # TimedOut and 5xx included; BadRequest/Forbidden are not retried
            if attempt == attempts:
                raise
            log.warning("Telegram fault (%s), retrying", exc)
            await asyncio.sleep(0.5 * attempt)
    return None


def wait_seconds(exc: RetryAfter) -> float:
    """retry_after is an int today and a timedelta in PTB's next major version; accept both."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", PTBDeprecationWarning)
        value = exc.retry_after
    return value.total_seconds() if hasattr(value, "total_seconds") else float(value)


async def send(message: Message, reply: Reply, *, quote: bool, feedback: bool = False) -> None:
    """Reply to `message` in its chat (and thread), as Telegram HTML."""
    markup = keyboard(reply, feedback)  # built outside the retried call: only the API call is retried
    await retrying(lambda: message.reply_text(reply.html, parse_mode=ParseMode.HTML, do_quote=quote,
                                              reply_markup=markup, link_preview_options=NO_PREVIEW))
