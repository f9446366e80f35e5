"""Sending replies: keyboards from the one button codec, and the retry policy for Telegram's faults."""

from __future__ import annotations

import asyncio
import json
import logging
import os
import warnings

import aiohttp
import httpx

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, LinkPreviewOptions, Message
from telegram.constants import ParseMode
from telegram.error import BadRequest, NetworkError, RetryAfter, TelegramError, TimedOut
from telegram.request import BaseRequest, HTTPXRequest
from telegram.warnings import PTBDeprecationWarning

from ..render import Action, ActionKind, Reply, encode
from .transport import AiohttpRequest, Gate

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


RETRY_AFTER_LIMIT = 30.0  # a longer flood wait is not waited out inside one update
# Timeouts for Bot API calls (seconds). Telegram may take a while to answer a request it has received, and a
# read timeout cannot tell "not received" from "received, answer late": it must be long, and it is never retried.
CONNECT_TIMEOUT = 10.0
WRITE_TIMEOUT = 10.0
READ_TIMEOUT = 30.0
POOL_TIMEOUT = 10.0
GET_UPDATES_READ_TIMEOUT = 10.0  # on top of the long poll's own wait
POOL_SIZE = 16  # connections to the Bot API (Telegram takes ~30 messages/s from a bot anyway)
KEEP_ALIVE: int | None = None  # of those, how many are kept open while idle (None: all; httpx only)
BACKEND = "aiohttp"  # "aiohttp": transport.AiohttpRequest (measured 0.68x CPU per update); "httpx": PTB's HTTPXRequest


class BotRequest(HTTPXRequest):
    """python-telegram-bot's HTTPX transport, with two changes:

    - Requests wait for a free connection at a gate of `pool_size` places, FIFO, before they reach httpx.
      httpcore's own queue rescans every queued request against every connection each time a request
      starts or ends; with 64 updates in flight that scan was the bot's largest CPU cost under load.
    - No ERROR line with a traceback for every reply that is not JSON (a proxy's HTML error page): the
      error it raises says so, and is handled where it lands.

    The bot sends through transport.AiohttpRequest (BACKEND); this one stays for `BACKEND = "httpx"`."""

    def __init__(self, pool_size: int, keep_alive: int | None = None, **kwargs):
        limits = httpx.Limits(max_connections=pool_size, max_keepalive_connections=keep_alive)
        super().__init__(connection_pool_size=pool_size, httpx_kwargs={"limits": limits}, **kwargs)
        self._gate = Gate(pool_size)

    async def do_request(self, *args, **kwargs):
        await self._gate.enter(POOL_TIMEOUT)
        try:
            return await super().do_request(*args, **kwargs)
        finally:
            self._gate.leave()

    def parse_json_payload(self, payload: bytes) -> dict:
        return parse_json_payload(payload)


class AiohttpBotRequest(AiohttpRequest):
    """The bot's transport (bot/telegram/transport.py), reading a reply that is not JSON as quietly."""

    def parse_json_payload(self, payload: bytes) -> dict:
        return parse_json_payload(payload)


def parse_json_payload(payload: bytes) -> dict:
    try:
        return json.loads(payload.decode("utf-8", "replace"))
    except ValueError as exc:
        raise TelegramError("Invalid server response") from exc


def bot_request(pool_size: int, read_timeout: float = READ_TIMEOUT) -> BaseRequest:
    timeouts = {"connect_timeout": CONNECT_TIMEOUT, "read_timeout": read_timeout, "write_timeout": WRITE_TIMEOUT,
                "pool_timeout": POOL_TIMEOUT}
    if BACKEND == "httpx":
        return BotRequest(pool_size, KEEP_ALIVE, **timeouts)
    return AiohttpBotRequest(pool_size, **timeouts)


# Transport errors after which the request surely did not reach Telegram (no connection was made).
NOT_SENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout,
            aiohttp.ClientConnectorError, aiohttp.ConnectionTimeoutError)


def not_received(exc: NetworkError) -> bool:
    """True when Telegram surely did not act on the request, so sending it again cannot double it:
    the connection was never made (refused, connect timeout, no free connection in the pool), or the
    API answered with a server error (5xx: python-telegram-bot's NetworkError for an HTTP status)."""
    if isinstance(exc, BadRequest):
        return False  # a refusal, not a fault
    cause = exc.__cause__
    if isinstance(cause, NOT_SENT):
        return True
    if isinstance(exc, TimedOut):
        return False  # a read or write timeout: the request may have arrived
    # No transport error behind it: Telegram answered with an error status (500, 502, ...), possibly
    # with a body that is not JSON (an HTML page from a proxy).
    return cause is None or (isinstance(cause, TelegramError) and not isinstance(cause, NetworkError))


def reply_unreadable(exc: Exception) -> bool:
    """Telegram answered 'ok' (it did what was asked) but python-telegram-bot could not read the reply:
    a non-JSON 2xx body, or a result its de_json could not turn into objects."""
    if isinstance(exc, TelegramError):
        return str(exc) == "Invalid server response" and isinstance(exc.__cause__, ValueError)
    if not isinstance(exc, (KeyError, TypeError, ValueError)):
        return False
    tb = exc.__traceback__
    while tb is not None:  # raised inside python-telegram-bot's de_json, not in our code
        code = tb.tb_frame.f_code
        if code.co_name in ("de_json", "_de_json", "de_list") and f"{os.sep}telegram{os.sep}" in code.co_filename:
            return True
        tb = tb.tb_next
    return False


async def retrying(call, attempts: int = 3, what: str = "a Telegram call"):
    """Sends again only what surely did not reach Telegram (see not_received) and 429 flood waits up to
    RETRY_AFTER_LIMIT; a request that may have arrived is never sent twice. Returns None when the
    outcome is unknown or the answer unreadable (one WARNING line); raises what is a real failure."""
    for attempt in range(1, attempts + 1):
        try:
            return await call()
        except RetryAfter as exc:
            wait = wait_seconds(exc)
            if attempt == attempts or wait > RETRY_AFTER_LIMIT:
                raise
            log.warning("Telegram asked to wait %.0f s before %s; waiting", wait, what)
            await asyncio.sleep(wait)
        except BadRequest:  # python-telegram-bot's BadRequest is a NetworkError, but a refusal: never retried
            raise
        except NetworkError as exc:  # TimedOut and 5xx included
            if not not_received(exc):
                log.warning("no answer from Telegram to %s (%s); it may have arrived, so it is not sent again",
                            what, _describe(exc))
                return None
            if attempt == attempts:
                raise
            log.warning("Telegram fault on %s (%s), retrying", what, _describe(exc))
            await asyncio.sleep(0.5 * attempt)
        except (TelegramError, KeyError, TypeError, ValueError) as exc:
            if not reply_unreadable(exc):
                raise
            log.warning("Telegram's reply to %s could not be read (%s: %s); it was done, so it is not sent again",
                        what, type(exc).__name__, exc)
            return None
    return None


def _describe(exc: NetworkError) -> str:
    """One short reason: PTB's TimedOut says only 'Timed out'; the transport's error under it says which."""
    cause = exc.__cause__
    if isinstance(cause, (httpx.HTTPError, aiohttp.ClientError, asyncio.TimeoutError)):
        return f"{type(cause).__name__}{': ' + str(cause) if str(cause) else ''}"
    return str(exc)


def wait_seconds(exc: RetryAfter) -> float:
    """retry_after is an int today and a timedelta in PTB's next major version; accept both."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", PTBDeprecationWarning)
        value = exc.retry_after
    return value.total_seconds() if hasattr(value, "total_seconds") else float(value)


async def send(message: Message, reply: Reply, *, quote: bool, feedback: bool = False) -> Message | None:
    """Reply to `message` in its chat (and thread), as Telegram HTML; the message sent, or None when
    Telegram's answer is unknown or unreadable."""
    markup = keyboard(reply, feedback)  # built outside the retried call: only the API call is retried
    return await retrying(lambda: message.reply_text(reply.html, parse_mode=ParseMode.HTML, do_quote=quote,
                                              reply_markup=markup, link_preview_options=NO_PREVIEW),
                   what="sendMessage")
