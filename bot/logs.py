"""Logging: one line per event, and never a secret, whatever the library logs."""

from __future__ import annotations

import logging

FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


class RedactingFormatter(logging.Formatter):
    """Bot API URLs carry the token: scrub it and the webhook secret from every line, tracebacks too."""

    def __init__(self, secrets: list[str]):
        super().__init__(FORMAT)
        self.secrets = [s for s in secrets if s]

    def format(self, record: logging.LogRecord) -> str:
        text = super().format(record)
        for secret in self.secrets:
            text = text.replace(secret, "[redacted]")
        return text


def setup_logging(level: str, *secrets: str) -> None:
    logging.basicConfig(format=FORMAT, level=level)
    logging.getLogger("httpx").setLevel(logging.WARNING)  # it logs every request URL, token included
    logging.getLogger("httpcore").setLevel(logging.WARNING)
    formatter = RedactingFormatter(list(secrets))
    for handler in logging.getLogger().handlers:
        handler.setFormatter(formatter)
