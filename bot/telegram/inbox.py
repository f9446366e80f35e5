"""Both modes answer from the durable inbox: an update is stored before Telegram is told it arrived,
then a worker answers it from there (chats in parallel, each chat in order) and marks it done.

    runner = InboxRunner(application, storage)
    await runner.start()              # updates stored before this start (a restart, a crash) come first
    new = await runner.store(data, update)  # webhook and polling, before acknowledging; StorageError if not stored
    await runner.stop()               # SIGTERM: answer what is stored for a few seconds, keep the rest

The update's JSON object is what is stored and what the worker turns back into an Update, so an
update stored by one instance may be answered by another (they share DATABASE_URL). An update this
process stored is answered from the Update it read when it received it (kept in memory until
answered, at most KEEP_PARSED of them): it is not read again from JSON.
"""

from __future__ import annotations

import logging
import time

from telegram import Update
from telegram.ext import Application

from ..storage import InboxItem, Storage, StorageError, chat_key_of
from ..storage.worker import InboxWorker

log = logging.getLogger("story_bot.inbox")

# A claim outlives its worker by at most this long: after a SIGKILL the next start (or the other
# instance) answers the killed run's claimed updates once it runs out. The worker renews its claims
# every third of it while it runs, so a long answer (a flood wait) keeps its claim.
LEASE = 10.0
CONCURRENCY = 64  # updates answered at once (different chats); one chat is always one at a time
DRAIN = 5.0  # at SIGTERM: seconds to go on answering what is stored ...
GRACE = 1.5  # ... then to let answers in flight finish before they are given back (platforms kill at 10-30 s)
KEEP_PARSED = 1024  # Updates kept parsed for the worker; past that (a burst) the oldest are read again from JSON


class InboxRunner:
    def __init__(self, application: Application, storage: Storage, *, concurrency: int = CONCURRENCY,
                 lease: float = LEASE, poll: float = 1.0):
        self.application, self.storage = application, storage
        self.worker = InboxWorker(storage.inbox, self._answer, concurrency=concurrency, lease=lease, poll=poll)
        self._parsed: dict[int, Update] = {}  # update_id -> the Update read when it was stored here

    async def _answer(self, item: InboxItem) -> None:
        update = self._parsed.pop(item.update_id, None) or Update.de_json(item.payload, self.application.bot)
        # process_update hands a handler's exception to the error handler (one apologetic line to the chat)
        await self.application.process_update(update)

    async def store(self, data: dict, update: Update | None = None, text: str | None = None) -> bool:
        """Store one update: its JSON object `data`, and the Update read from it if the caller has one
        (the worker then answers from it), and the JSON `text` it came as (stored as it is) if the caller
        has that. True if new, False if already stored (a redelivery). Raises StorageError when it could
        not be stored: then it must not be acknowledged."""
        update_id = int(data["update_id"])
        if update is not None:  # kept before the put: the worker may claim it before put() returns here
            if len(self._parsed) >= KEEP_PARSED:
                del self._parsed[next(iter(self._parsed))]
            self._parsed[update_id] = update
        try:
            new = await self.storage.inbox.put(update_id, chat_key_of(data), data if text is None else text)
        except BaseException:
            self._parsed.pop(update_id, None)
            raise
        if new:
            self.worker.notify()
        elif update is not None and self._parsed.get(update_id) is update:
            self._parsed.pop(update_id)  # a redelivery: the stored one is (or was) answered from its own copy
        return new

    async def start(self) -> None:
        try:
            pending = await self.storage.inbox.pending_count()
        except StorageError:
            pending = 0
        if pending:
            log.info("%d updates stored before this start and not yet answered are answered first", pending)
        await self.worker.start()

    async def stop(self, drain: float = DRAIN, grace: float = GRACE) -> int:
        """Go on answering what is stored for up to `drain` s, then stop the worker (answers still in
        flight get `grace` s) and give the rest back. Returns how many stay stored for the next start."""
        started = time.monotonic()
        try:
            await self.worker.wait_idle(drain)
        except StorageError:
            pass
        await self.worker.stop(timeout=grace)
        try:
            remaining = await self.storage.inbox.pending_count()
        except StorageError:
            remaining = -1
        if remaining:
            shown = "some updates" if remaining < 0 else f"{remaining} update{'s' if remaining != 1 else ''}"
            log.warning("%s stored and not yet answered %s in %s; answered at the next start (or by another "
                        "instance)", shown, "stays" if remaining == 1 else "stay", self.storage.where)
        log.info("inbox stopped in %.1f s", time.monotonic() - started)
        return remaining
