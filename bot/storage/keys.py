"""Which queue an update belongs to: updates with the same key are answered one after another, in order."""

from __future__ import annotations


def chat_key_of(update: dict) -> str:
    """The ordering key of a raw Telegram update (the JSON object, as posted to the webhook or from getUpdates).

    A chat's messages, edits and button presses share the chat's key, so a follow-up is never read
    before the question it follows. Inline queries queue per user. Anything else (no chat, no user)
    gets a key of its own and is answered independently.
    """
    for kind in ("message", "edited_message", "channel_post", "edited_channel_post", "business_message"):
        chat = (update.get(kind) or {}).get("chat") if isinstance(update.get(kind), dict) else None
        if isinstance(chat, dict) and "id" in chat:
            return f"c{chat['id']}"
    query = update.get("callback_query")
    if isinstance(query, dict):
        message = query.get("message")
        if isinstance(message, dict) and isinstance(message.get("chat"), dict) and "id" in message["chat"]:
            return f"c{message['chat']['id']}"
        sender = query.get("from")
        if isinstance(sender, dict) and "id" in sender:
            return f"u{sender['id']}"
    for kind in ("inline_query", "chosen_inline_result"):
        sender = (update.get(kind) or {}).get("from") if isinstance(update.get(kind), dict) else None
        if isinstance(sender, dict) and "id" in sender:
            return f"u{sender['id']}"
    return f"x{update.get('update_id')}"
