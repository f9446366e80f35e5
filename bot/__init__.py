"""story-bot: answers questions about one news story, on Telegram and in the terminal."""

__version__ = "0.1.0"
