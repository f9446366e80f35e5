"""The webhook's side of start-up and health: register it with Telegram, then keep checking it is ours.

A refused setWebhook is retried a few times, then the process stops with one line (exit 1), so a
platform shows a failed deploy instead of a green one that receives nothing. /healthz answers 503,
with the reason, while Telegram delivers this bot's updates somewhere else.
"""

from __future__ import annotations

import asyncio
import datetime as dtm
import logging
import time
from collections.abc import Callable

from telegram import Bot
from telegram.error import RetryAfter, TelegramError

from ..settings import Settings, StartupError
from .delivery import wait_seconds

log = logging.getLogger("story_bot.webhook")
ATTEMPTS = 3  # setWebhook tries before giving up
RECHECK_SECONDS = 60.0  # /healthz asks getWebhookInfo again at most this often


class WebhookStatus:
    """What /healthz reports about the webhook; `fatal` is set when the process must stop."""

    def __init__(self, settings: Settings):
        self.settings = settings
        self.url = settings.webhook_url
        self.problem = ""  # why updates do not reach this service; empty while they should
        self.fatal = ""  # a refused setWebhook: the reason the process exits 1 with
        self.telegram_error = ""  # Telegram's last error delivering to us, since this process started
        self.pending = 0
        self.started = dtm.datetime.now(dtm.timezone.utc)
        self._checked = 0.0
        self._check: asyncio.Task | None = None
        self.on_fatal: Callable[[], None] | None = None  # set by the server: stop serving once startup ends

    async def register(self, bot: Bot, allowed_updates: list[str], attempts: int = ATTEMPTS,
                       pause: float = 1.0) -> bool:
        """setWebhook, retried; False (with `fatal` set and one ERROR line) if Telegram keeps refusing."""
        reason = ""
        for attempt in range(1, attempts + 1):
            try:
                await bot.set_webhook(self.url, secret_token=self.settings.webhook_secret,
                                      allowed_updates=allowed_updates, drop_pending_updates=False)
                log.info("webhook set to %s", self.url)
                return True
            except RetryAfter as exc:
                reason, wait = str(exc), wait_seconds(exc)
            except TelegramError as exc:  # refusals (bad URL, unresolvable host) and network faults alike
                reason, wait = str(exc), pause * attempt
            if attempt < attempts:
                log.warning("Telegram refused the webhook %s (%s); trying again in %.0f s", self.url, reason, wait)
                await asyncio.sleep(wait)
        self.fatal = self.problem = (f"Telegram refused the webhook {self.url} ({reason}); check WEBHOOK_URL: it must "
                                     "be this service's public https:// address")
        if self.on_fatal is not None:
            self.on_fatal()  # the server stops and the command line prints the reason: one line, exit 1
        else:
            log.error("%s", self.fatal)
        return False

    async def check(self, bot: Bot) -> None:
        """getWebhookInfo: is Telegram delivering to us? A fault reaching Telegram changes nothing."""
        self._checked = time.monotonic()
        try:
            info = await bot.get_webhook_info()
        except TelegramError as exc:
            log.warning("could not ask Telegram where it delivers updates (%s)", exc)
            return
        self.pending = info.pending_update_count
        if info.url != self.url:
            problem = (f"Telegram delivers this bot's updates to {info.url or 'nobody (no webhook; polling?)'}, "
                       f"not to {self.url}: another instance or a polling run took over")
            if problem != self.problem:
                log.error("%s", problem)
            self.problem = problem
        elif self.problem and not self.fatal:
            log.info("Telegram delivers to %s again", self.url)
            self.problem = ""
        error_at = info.last_error_date
        if info.last_error_message and error_at is not None and error_at >= self.started:
            if info.last_error_message != self.telegram_error:
                log.warning("Telegram could not deliver an update to %s: %s", self.url, info.last_error_message)
            self.telegram_error = info.last_error_message

    def recheck(self, bot: Bot) -> None:
        """From /healthz: check again in the background, at most every RECHECK_SECONDS."""
        if self.fatal or time.monotonic() - self._checked < RECHECK_SECONDS:
            return
        if self._check is None or self._check.done():
            self._checked = time.monotonic()
            self._check = asyncio.get_running_loop().create_task(self.check(bot), name="getWebhookInfo")

    def report(self) -> dict:
        body: dict = {"webhook": self.url, "pending_updates": self.pending}
        if self.problem:
            body["problem"] = self.problem
        if self.telegram_error:
            body["telegram_last_error"] = self.telegram_error
        return body


def exit_if_refused(status: WebhookStatus) -> None:
    """After the server stopped: a refused webhook is exit 1 with its one line."""
    if status.fatal:
        raise StartupError(status.fatal, 1)
