"""The answering engine: pure functions of (question, story bundle, context); no I/O, no Telegram."""
