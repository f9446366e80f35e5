"""The storage API without `await`, for the command line: each call runs on a private event loop.

    with open_sync(settings, create=False) as store:
        rows = store.misses.rows()

Calls from several threads are serialised. Not for use inside a running event loop.
"""

from __future__ import annotations

import asyncio
import inspect
import threading

from .base import Storage


class _Sync:
    """Wraps an object: its coroutine methods become plain calls run by `runner`."""

    def __init__(self, target, runner):
        self._target, self._runner = target, runner

    def __getattr__(self, name):
        value = getattr(self._target, name)
        if inspect.iscoroutinefunction(value):
            return lambda *args, **kwargs: self._runner(value(*args, **kwargs))
        return value


class SyncStorage(_Sync):
    def __init__(self, storage: Storage, loop: asyncio.AbstractEventLoop):
        self._lock = threading.Lock()
        self._loop = loop
        super().__init__(storage, self._run)
        self.storage = storage
        self.inbox = _Sync(storage.inbox, self._run)
        self.misses = _Sync(storage.misses, self._run)
        self.chats = _Sync(storage.chats, self._run)

    def _run(self, coroutine):
        with self._lock:
            if self._loop.is_closed():
                coroutine.close()
                raise RuntimeError("storage is closed")
            return self._loop.run_until_complete(coroutine)

    @classmethod
    def open(cls, settings, **options) -> "SyncStorage":
        from . import open_storage

        loop = asyncio.new_event_loop()
        try:
            storage = loop.run_until_complete(open_storage(settings, **options))
        except BaseException:
            loop.close()
            raise
        return cls(storage, loop)

    def close(self) -> None:
        with self._lock:
            if self._loop.is_closed():
                return
            try:
                self._loop.run_until_complete(self.storage.close())
                self._loop.run_until_complete(self._loop.shutdown_asyncgens())
            finally:
                self._loop.close()

    def __enter__(self) -> "SyncStorage":
        return self

    def __exit__(self, *exc) -> None:
        self.close()
