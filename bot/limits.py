"""Telegram's limit on one message's text, in one place: answers in the fact file, questions the
engine reads, replies it renders and questions the curator's store keeps are all held to it."""

TELEGRAM_MESSAGE = 4096
