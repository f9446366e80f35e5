"""The storage API without `await`, for the command line and other plain threads.

    with open_sync(settings, create=False) as store:
        rows = store.misses.rows()

The async storage lives on a private event loop in a thread of its own; each call waits for its
result, so it works from any thread (one with a running event loop too, though it then blocks it).
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


class _LoopThread:
    def __init__(self):
        self.loop = asyncio.new_event_loop()
        self.thread = threading.Thread(target=self.loop.run_forever, name="story-bot-storage", daemon=True)
        self.thread.start()

    def run(self, coroutine):
        if self.loop.is_closed() or not self.thread.is_alive():
            coroutine.close()
            raise RuntimeError("storage is closed")
        return asyncio.run_coroutine_threadsafe(coroutine, self.loop).result()

    def stop(self) -> None:
        if self.thread.is_alive():
            self.loop.call_soon_threadsafe(self.loop.stop)
            self.thread.join()
        if not self.loop.is_closed():
            self.loop.close()


class SyncStorage(_Sync):
    def __init__(self, storage: Storage, runner: _LoopThread):
        super().__init__(storage, runner.run)
        self._thread = runner
        self._lock = threading.Lock()
        self.storage = storage
        self.inbox = _Sync(storage.inbox, runner.run)
        self.misses = _Sync(storage.misses, runner.run)
        self.chats = _Sync(storage.chats, runner.run)

    @classmethod
    def open(cls, settings, **options) -> "SyncStorage":
        from . import open_storage

        runner = _LoopThread()
        try:
            storage = runner.run(open_storage(settings, **options))
        except BaseException:
            runner.stop()
            raise
        return cls(storage, runner)

    def close(self) -> None:
        with self._lock:
            try:
                if self._thread.thread.is_alive():
                    self._thread.run(self.storage.close())
            finally:
                self._thread.stop()

    def __enter__(self) -> "SyncStorage":
        return self

    def __exit__(self, *exc) -> None:
        self.close()
