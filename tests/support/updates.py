"""Update factories: dicts shaped as Telegram sends them."""

from __future__ import annotations

import time

from .fake_bot_api import BOT_USER


def user(user_id: int = 111, language_code: str = "en") -> dict:
    return {"id": user_id, "is_bot": False, "first_name": "Ann", "language_code": language_code}


def text_message(text: str, chat_id: int = 111, chat_type: str = "private", message_id: int = 1,
                 reply_to_bot: bool = False, entities: list | None = None, reply_to: int | None = None,
                 user_id: int | None = None) -> dict:
    """A text message; `reply_to` (or `reply_to_bot`: the message before this one) is the id of the bot's
    message it replies to; `user_id` the sender (default: the chat's own number)."""
    chat = {"id": chat_id, "type": chat_type}
    if chat_type != "private":
        chat["title"] = "Group"
    message = {"message_id": message_id, "date": int(time.time()), "chat": chat,
               "from": user(user_id if user_id is not None else abs(chat_id)), "text": text}
    if text.startswith("/"):
        command = text.split()[0]
        message["entities"] = [{"type": "bot_command", "offset": 0, "length": len(command)}]
    if entities:
        message["entities"] = entities
    if reply_to_bot or reply_to is not None:
        message["reply_to_message"] = {"message_id": message_id - 1 if reply_to is None else reply_to,
                                       "date": int(time.time()), "chat": chat, "from": BOT_USER,
                                       "text": "earlier answer"}
    return {"message": message}


def photo_message(chat_id: int = 111) -> dict:
    return {"message": {"message_id": 5, "date": int(time.time()), "chat": {"id": chat_id, "type": "private"},
                        "from": user(chat_id),
                        "photo": [{"file_id": "AgAD", "file_unique_id": "u1", "width": 90, "height": 90}]}}


def callback(data: str, chat_id: int = 111) -> dict:
    return {"callback_query": {"id": "cb1", "from": user(chat_id), "chat_instance": "ci", "data": data,
                               "message": {"message_id": 77, "date": int(time.time()),
                                           "chat": {"id": chat_id, "type": "private"}, "from": BOT_USER,
                                           "text": "earlier"}}}


def inline(query: str, user_id: int = 111) -> dict:
    return {"inline_query": {"id": "iq1", "from": user(user_id), "query": query, "offset": ""}}
