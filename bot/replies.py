"""What the bot says: one place for the texts, rendered as plain text or Telegram HTML.

The terminal chat and Telegram share these, so a curator testing locally sees exactly
what people will see.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from html import escape as _escape

from .story.factbook import Fact, FactBook
from .engine.result import Result

MAX_BUTTON = 60  # characters on a button before it is cut
MAX_MESSAGE = 4096  # Telegram's limit on a message's visible text


def escape(text: str) -> str:
    """Telegram HTML needs only <, > and & escaped; quotes stay readable."""
    return _escape(text, quote=False)


@dataclass(frozen=True)
class Button:
    label: str
    data: str  # callback data: "fact:<id>" always fits Telegram's 64 bytes


@dataclass(frozen=True)
class Reply:
    text: str  # plain text
    html: str  # the same, as Telegram HTML
    buttons: tuple[Button, ...] = field(default_factory=tuple)
    fact: Fact | None = None


def fact_button(fact: Fact) -> Button:
    label = fact.title if len(fact.title) <= MAX_BUTTON else fact.title[: MAX_BUTTON - 1] + "…"
    return Button(label, f"fact:{fact.id}")


def source_line(fact: Fact | None, book: FactBook) -> str:
    story = book.story
    credit = f"{story.outlet}, {story.published_human}"
    if fact is not None and fact.source and len(fact.source) <= 200:
        quote = fact.source if '"' in fact.source else f"“{fact.source}”"  # a quote with quotes keeps its own
        return f"Source: {quote} ({credit})"
    return f"Source: {credit}"


def topics(book: FactBook, limit: int = 4) -> list[Fact]:
    """The facts to offer when nothing matched: the first answerable ones, in file order."""
    return [f for f in book.facts if not f.gap][:limit]


def _render(body: str, extra: str, buttons: list[Button], fact: Fact | None) -> Reply:
    if len(body) + len(extra) + 2 > MAX_MESSAGE:  # Telegram refuses longer texts: the source line goes first
        extra = ""
    if len(body) > MAX_MESSAGE:
        body = body[: MAX_MESSAGE - 1] + "…"
    text = f"{body}\n\n{extra}" if extra else body
    html = f"{escape(body)}\n\n<i>{escape(extra)}</i>" if extra else escape(body)
    return Reply(text, html, tuple(buttons), fact)


def for_result(result: Result, book: FactBook) -> Reply:
    """Turn a responder result into the message a person sees."""
    if result.small_talk == "greeting":
        return start(book)
    if result.small_talk:
        body = {"thanks": "You're welcome! Ask me anything else about the story.",
                "how_are_you": "I'm fine, thanks! Ask me anything about the story.",
                "about": f"I'm a bot that answers questions about one news story: “{book.story.title}” "
                         f"({book.story.outlet}). I only know what it says.",
                }.get(result.small_talk, "Bye! Come back any time with a question about the story.")
        return _render(body, "", [], None)
    if result.fact is not None and result.text and (result.answered or result.fact.gap):
        return _fact_reply(result.fact, result.text, book)
    if result.kind == "suggest":
        body = "I'm not sure I understood. Did you mean one of these?"
        return _render(body, "", [fact_button(f) for f in result.suggestions], None)
    return fallback(book)


def _fact_reply(fact: Fact, text: str, book: FactBook) -> Reply:
    """A fact's text with its source line and its follow-up questions as buttons."""
    related = [book.by_id[r] for r in fact.related if r in book.by_id]
    return _render(text, source_line(fact, book), [fact_button(f) for f in related[:3]], fact)


def plain(text: str) -> Reply:
    """A one-off line (errors, notes) in the same shape as every other reply."""
    return _render(text, "", [], None)


def fallback(book: FactBook) -> Reply:
    body = (f"The story doesn't say, or I didn't understand the question. I only know what "
            f"“{book.story.title}” ({book.story.outlet}, {book.story.published_human}) reports. "
            "Here is what I can answer:")
    return _render(body, "", [fact_button(f) for f in topics(book)], None)


def for_fact(fact: Fact, book: FactBook) -> Reply:
    """A fact chosen from a button: its answer, with its own follow-ups."""
    result = Result.of_fact(fact)
    return for_result(result, book)


def start(book: FactBook) -> Reply:
    story = book.story
    body = (f"Hi! I answer questions about one news story: “{story.title}” ({story.outlet}, "
            f"{story.published_human}).\n\nAsk me anything about it in your own words, or tap a question.")
    return _render(body, "", [fact_button(f) for f in topics(book)], None)


def help_text(book: FactBook) -> Reply:
    body = ("Ask a question about the story in plain words, e.g. “when is the meeting?” or "
            "“who leads the coalition?”. Typos are fine.\n\n"
            "I answer only from the story. If it doesn't say, I tell you so and show what I can answer.\n\n"
            "/topics – everything I can answer\n/source – the article this is based on\n"
            "In groups, mention me or reply to my message. In any chat, type @ and my name, then a question.")
    return _render(body, "", [], None)


def source(book: FactBook) -> Reply:
    story = book.story
    lines = [story.title, f"{story.outlet}, by {story.author}",
             f"Published {story.published_human}" + (f" ({story.published_text})" if story.published_text else "")]
    if story.url:
        lines.append(story.url)
    return _render("\n".join(lines), "", [], None)


def topic_page(book: FactBook, page: int, per_page: int = 8) -> Reply:
    """Every answerable fact as a button, `per_page` at a time."""
    facts = [f for f in book.facts if not f.gap]
    pages = max(1, -(-len(facts) // per_page))
    page = min(max(page, 0), pages - 1)
    buttons = [fact_button(f) for f in facts[page * per_page:(page + 1) * per_page]]
    if page > 0:
        buttons.append(Button("« Previous", f"topics:{page - 1}"))
    if page + 1 < pages:
        buttons.append(Button("More »", f"topics:{page + 1}"))
    return _render(f"Everything I can answer (page {page + 1} of {pages}):", "", buttons, None)


def for_button(data: str, book: FactBook) -> Reply:
    """What pressing a button shows: a fact's answer or a page of topics."""
    kind, _, rest = data.partition(":")
    if kind == "topics" and rest.isdigit():
        return topic_page(book, int(rest))
    fact = book.by_id.get(rest) if kind == "fact" else None
    return for_fact(fact, book) if fact else plain(STALE_BUTTON)


def for_command(text: str, book: FactBook) -> Reply:
    """The reply to /start, /help, /topics or /source; anything else is an unknown command."""
    command = text.split()[0].split("@")[0].lower()
    builders = {"/start": start, "/help": help_text, "/topics": lambda b: topic_page(b, 0), "/source": source}
    if command in builders:
        return builders[command](book)
    return plain(UNKNOWN_COMMAND)


STALE_BUTTON = "That button is out of date. Please ask again."
UNKNOWN_COMMAND = "Sorry, I don't know that command. Try /help."
NOT_TEXT = "I can only read text messages. Please type your question about the story."
SLOW_DOWN = "You're sending messages very fast. I'll answer again in a few seconds."
ERROR = "Sorry, something went wrong, please try again."
