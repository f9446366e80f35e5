"""Replies as people see them: plain text (terminal) or Telegram HTML, and the one button codec.

Every front end shows the same Reply, so a curator testing in the terminal sees what Telegram shows.
"""

from __future__ import annotations

import enum
import re
from dataclasses import dataclass, field
from html import escape as _escape

from .limits import TELEGRAM_MESSAGE

MAX_MESSAGE = TELEGRAM_MESSAGE  # a reply's visible text
MAX_BUTTON = 60  # characters on a button before it is cut
MAX_CALLBACK_DATA = 64  # Telegram's limit on a button's data, in bytes
_FACT_ID = re.compile(r"^[a-z0-9-]{1,32}$")


def escape(text: str) -> str:
    """Telegram HTML needs only <, > and & escaped; quotes stay readable."""
    return _escape(text, quote=False)


class ActionKind(enum.Enum):
    FACT = "fact"  # show a fact's answer
    TOPICS = "topics"  # show a page of topics
    FEEDBACK = "fb"  # 👍 / 👎 on an answer
    UNKNOWN = "unknown"  # stale, forged or garbled data


@dataclass(frozen=True)
class Action:
    """What a button does; `encode`/`decode` turn it into Telegram's callback data and back."""

    kind: ActionKind
    fact_id: str = ""
    page: int = 0
    helpful: bool = False


UNKNOWN = Action(ActionKind.UNKNOWN)


def encode(action: Action) -> str:
    """Callback data, always within Telegram's 64 bytes (fact ids are at most 32 characters)."""
    if action.kind is ActionKind.FACT:
        return f"fact:{action.fact_id}"
    if action.kind is ActionKind.TOPICS:
        return f"topics:{action.page}"
    if action.kind is ActionKind.FEEDBACK:
        return f"fb:{int(action.helpful)}:{action.fact_id}"
    raise ValueError(f"{action.kind} has no callback data")


def decode(data: object) -> Action:
    """Any callback data, even forged or from an old version, becomes an Action: never an exception."""
    if not isinstance(data, str) or len(data.encode("utf-8", "replace")) > MAX_CALLBACK_DATA:
        return UNKNOWN
    kind, _, rest = data.partition(":")
    if kind == "fact" and _FACT_ID.match(rest):
        return Action(ActionKind.FACT, fact_id=rest)
    if kind == "topics" and rest.isascii() and rest.isdigit() and len(rest) <= 4:
        return Action(ActionKind.TOPICS, page=int(rest))
    verdict, _, fact_id = rest.partition(":")
    if kind == "fb" and verdict in ("0", "1") and _FACT_ID.match(fact_id):
        return Action(ActionKind.FEEDBACK, fact_id=fact_id, helpful=verdict == "1")
    return UNKNOWN


@dataclass(frozen=True)
class Button:
    label: str
    action: Action

    @property
    def data(self) -> str:
        return encode(self.action)


def button(label: str, action: Action) -> Button:
    """A button whose label fits on a phone screen."""
    return Button(label if len(label) <= MAX_BUTTON else label[: MAX_BUTTON - 1] + "…", action)


@dataclass(frozen=True)
class Reply:
    """One message: plain text, the same as Telegram HTML, buttons, and the fact it answers (if any)."""

    text: str
    html: str
    buttons: tuple[Button, ...] = field(default_factory=tuple)
    fact_id: str | None = None  # the fact answered, for 👍/👎
    lang: str = "en"


def compose(body: str, note: str = "", buttons: list[Button] | tuple[Button, ...] = (),
            fact_id: str | None = None, lang: str = "en") -> Reply:
    """Body plus an italic note (the source line); the note goes first when Telegram's limit is near."""
    if len(body) + len(note) + 2 > MAX_MESSAGE:
        note = ""
    if len(body) > MAX_MESSAGE:
        body = body[: MAX_MESSAGE - 1] + "…"
    text = f"{body}\n\n{note}" if note else body
    html = f"{escape(body)}\n\n<i>{escape(note)}</i>" if note else escape(body)
    return Reply(text, html, tuple(buttons), fact_id, lang)


def as_terminal(reply: Reply) -> str:
    """The terminal shows buttons as numbers to type."""
    lines = [reply.text]
    lines += [f"  [{number}] {b.label}" for number, b in enumerate(reply.buttons, 1)]
    return "\n".join(lines)


def as_listing(reply: Reply) -> str:
    """One-shot output (`ask`): buttons become a list of questions one can ask next."""
    return "\n".join([reply.text, *(f"  - {b.label}" for b in reply.buttons)])


def pressed(line: str, reply: Reply | None) -> Action | None:
    """In the terminal, typing a button's number presses it."""
    if reply is None or not (line.isascii() and line.isdigit()):
        return None
    number = int(line)
    return reply.buttons[number - 1].action if 1 <= number <= len(reply.buttons) else None
