"""The Telegram front end: a thin adapter from updates to the conversation core and back."""
