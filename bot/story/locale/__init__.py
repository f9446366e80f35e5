"""Locales: every language-specific word list and text, so logic modules stay language-free."""
