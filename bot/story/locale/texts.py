"""What the bot says, as one typed record per language: a new language fills in the same fields."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Texts:
    """Every user-facing text; `{placeholders}` are filled from the story and the moment."""

    start: str  # {title} {outlet} {date}
    help: str  # {example1} {example2}
    fallback: str  # {title} {outlet} {date}
    did_you_mean: str
    thanks: str
    bye: str
    how_are_you: str
    about: str  # {title} {outlet} {date}
    stale_button: str
    unknown_command: str
    not_text: str
    slow_down: str
    error: str
    feedback_thanks: str
    topics_page: str  # {page} {pages}
    previous_page: str
    next_page: str
    source_label: str  # "Source"
    source_byline: str  # {outlet} {author}
    source_published: str  # {date}
    nothing_to_press: str
    terminal_hint: str  # how to use the terminal chat
    command_start: str  # command-menu descriptions
    command_help: str
    command_topics: str
    command_source: str
    months: tuple[str, ...]  # for absolute dates: "April 1, 2025"
    date_format: str  # {month} {day} {year}
    other_language: str = ""  # to a message in a language the bot does not speak; every language's is shown
    help_languages: str = ""  # a line after /help: which languages one may ask in
    source_language: str = ""  # a line after /source when the article is in another language than the reply
    quote_marks: str = "“”"  # around a quote from the story
