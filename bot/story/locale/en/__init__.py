"""English (en)."""
