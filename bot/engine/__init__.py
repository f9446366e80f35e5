"""The answering engine: pure functions from a message and a story bundle to a Result; no I/O."""
