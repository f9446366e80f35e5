"""The inbox worker: answers stored updates - chats in parallel, each chat in order - and marks them done.

    worker = InboxWorker(storage.inbox, handle)   # handle(item) answers one update (raises nothing it can help)
    await worker.start()                           # pending updates from before a restart come first
    ...; await storage.inbox.put(...); worker.notify()
    await worker.stop(timeout=20)                  # at SIGTERM: finish what is in flight, give back the rest

Telegram-free: `handle` receives an InboxItem whose payload is the update's JSON object.
After a crash (SIGKILL included), the updates this worker was answering at that moment - at most
`concurrency` - are claimed again when their lease runs out, so each may be answered twice; nothing
stored is lost. An update that keeps failing is given up after `max_attempts` claims.
"""

from __future__ import annotations

import asyncio
import logging
import os
import socket
import time
import uuid
from collections.abc import Awaitable, Callable

from .base import KEEP_DONE, Inbox, InboxItem

log = logging.getLogger("story_bot.inbox")


def new_worker_id() -> str:
    return f"{socket.gethostname()[:40]}:{os.getpid()}:{uuid.uuid4().hex[:6]}"


class InboxWorker:
    def __init__(self, inbox: Inbox, handle: Callable[[InboxItem], Awaitable[None]], *,
                 worker_id: str | None = None, concurrency: int = 32, lease: float = 30.0, poll: float = 1.0,
                 max_attempts: int = 5, prune_every: float = 600.0, keep_done: float = KEEP_DONE):
        self.inbox, self.handle = inbox, handle
        self.worker_id = worker_id or new_worker_id()
        self.concurrency, self.lease, self.poll = concurrency, lease, poll
        self.max_attempts, self.prune_every, self.keep_done = max_attempts, prune_every, keep_done
        self.answered = 0
        self._tasks: set[asyncio.Task] = set()
        self._wake = asyncio.Event()
        self._stopping = False
        self._loop_task: asyncio.Task | None = None

    @property
    def in_flight(self) -> int:
        return len(self._tasks)

    def notify(self) -> None:
        """A new update was stored: claim now rather than at the next poll."""
        self._wake.set()

    async def start(self) -> None:
        self._loop_task = asyncio.create_task(self._run(), name="inbox-worker")

    async def _run(self) -> None:
        while not self._stopping:
            try:
                await self._loop()
            except Exception:  # never let the worker die: log, wait a poll, go on
                log.exception("inbox worker fault; going on")
                await asyncio.sleep(self.poll)

    async def _loop(self) -> None:
        renewed = pruned = time.monotonic()
        while not self._stopping:
            self._wake.clear()
            free = self.concurrency - len(self._tasks)
            items = await self.inbox.claim(self.worker_id, free, self.lease) if free > 0 else []
            for item in items:
                if item.attempts > self.max_attempts:
                    log.error("update %d was claimed %d times without being answered; giving it up",
                              item.update_id, item.attempts - 1)
                    await self.inbox.done(item.update_id)
                    continue
                if item.attempts > 1:
                    log.info("update %d again (claim %d): its earlier worker stopped before answering",
                             item.update_id, item.attempts)
                task = asyncio.create_task(self._one(item))
                self._tasks.add(task)
                task.add_done_callback(self._tasks.discard)
            now = time.monotonic()
            if self._tasks and now - renewed > self.lease / 3:
                await self.inbox.renew(self.worker_id, self.lease)
                renewed = now
            if now - pruned > self.prune_every:
                await self.inbox.prune(self.keep_done)
                pruned = now
            if items and len(self._tasks) < self.concurrency:
                continue  # maybe more waiting
            try:
                await asyncio.wait_for(self._wake.wait(), min(self.poll, self.lease / 3))
            except asyncio.TimeoutError:
                pass

    async def _one(self, item: InboxItem) -> None:
        try:
            await self.handle(item)
        except asyncio.CancelledError:
            raise
        except Exception:  # the handler's own error reporting failed: the update is still done
            log.exception("update %d could not be answered", item.update_id)
        await self.inbox.done(item.update_id)
        self.answered += 1
        self._wake.set()

    async def stop(self, timeout: float = 20.0) -> int:
        """Stop claiming, let updates in flight finish for up to `timeout` s, give back the rest.
        Returns how many were given back (answered later by another worker or after a restart)."""
        self._stopping = True
        self._wake.set()
        if self._loop_task is not None:
            await self._loop_task
        if self._tasks:
            await asyncio.wait(set(self._tasks), timeout=timeout)
        unfinished = [t for t in self._tasks if not t.done()]
        for task in unfinished:
            task.cancel()
        if unfinished:
            await asyncio.gather(*unfinished, return_exceptions=True)
        released = await self.inbox.release(self.worker_id)
        log.info("inbox worker stopped: %d answered, %d given back unanswered", self.answered, released)
        return released

    async def wait_idle(self, timeout: float = 30.0) -> bool:
        """Until nothing is pending in the inbox and nothing is in flight here (tests, benchmarks)."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if not self._tasks and await self.inbox.pending_count() == 0:
                return True
            await asyncio.sleep(0.02)
        return False
