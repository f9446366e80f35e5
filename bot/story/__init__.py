"""The story bundle: what facts.yaml says (factbook), the match index built from it, and the locale."""
