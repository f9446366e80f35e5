"""The story bundle: what the bot knows (the fact book), how it matches (the index), how it speaks (locales)."""
