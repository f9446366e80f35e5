"""Per-chat flood control: a chat sending faster than people type gets one note, not replies."""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field

MAX_TRACKED = 10_000  # past this many chats, quiet ones are forgotten: memory stays flat


@dataclass
class FloodGate:
    limit: int = 5  # messages allowed ...
    window: float = 3.0  # ... in this many seconds
    clock: Callable[[], float] = time.monotonic
    _seen: dict[int, deque] = field(default_factory=dict)
    _warned: set[int] = field(default_factory=set)

    def check(self, chat_id: int) -> str:
        """'ok' to answer, 'warn' to send the one slow-down note, 'drop' to stay quiet."""
        now = self.clock()
        if chat_id not in self._seen and len(self._seen) >= MAX_TRACKED:
            self._forget_quiet(now)
        times = self._seen.setdefault(chat_id, deque())
        while times and now - times[0] > self.window:
            times.popleft()
        times.append(now)
        if len(times) <= self.limit:
            self._warned.discard(chat_id)
            return "ok"
        if chat_id in self._warned:
            return "drop"
        self._warned.add(chat_id)
        return "warn"

    def _forget_quiet(self, now: float) -> None:
        quiet = [chat for chat, times in self._seen.items() if now - times[-1] > self.window]
        for chat in quiet:
            del self._seen[chat]
            self._warned.discard(chat)
