"""The conversation core: an event (text, button press, command) plus the chat's state in,
the replies to send, the new state and what to record for the curator out.

Telegram-free and I/O-free, so the terminal chat, Telegram and any future front end are thin
adapters over one `handle` and give the same replies to the same messages.
"""

from __future__ import annotations

import enum
from collections.abc import Callable
from dataclasses import dataclass, field, replace

from . import replies
from .engine.responder import respond
from .engine.result import Kind, Result
from .render import Action, ActionKind, Reply, decode
from .replies import Voice
from .story.bundle import StoryBundle
from .story.factbook import FactBook
from .story.locale.texts import Texts

CONTEXT_SECONDS = 30 * 60  # a follow-up leans on the last answer for this long
MAX_ASKED = 10  # questions kept per chat for a later 👎
MAX_THREADS = 20  # the bot's latest messages per chat whose fact a reply to them is read against
MAX_QUESTION = 500  # characters of a question kept for the curator


class EventKind(enum.Enum):
    TEXT = "text"
    BUTTON = "button"
    COMMAND = "command"
    NOT_TEXT = "not_text"  # a photo, sticker, voice...


class Outcome(enum.Enum):
    """Why a question is worth the curator's attention."""

    FALLBACK = "fallback"
    SUGGEST = "suggest"
    GAP = "gap"
    UNHELPFUL = "unhelpful"


@dataclass(frozen=True)
class Event:
    kind: EventKind
    text: str = ""  # the question, the command (with or without "/"), or the button's data
    at: float = 0.0  # seconds (any clock that only goes forward)
    user_lang: str = ""  # the sender's interface language, when the front end knows it
    reply_to: int | None = None  # the id of the bot's own message this one replies to, if any
    group: bool = False  # said in a group: several conversations share the chat


@dataclass
class ChatState:
    """What one chat remembers: the last fact answered (for follow-ups), the fact each of the bot's
    latest messages was about (for replies to them) and recent questions (for 👎).

    Two kinds of context:
    - the chat's main line (`last_fact`): what a message that replies to nothing leans on, for
      CONTEXT_SECONDS after the last answer;
    - threads (`threads`): the bot's message id -> the fact the conversation was about when it was
      sent. A message replying to one of them is read against that fact however old it is (the reply
      says which answer it means), as long as the chat's state is kept; a reply to a message the bot no
      longer remembers (or that was about nothing) is read alone.
    In a group, answers in a thread of replies do not move the main line, so two people talking to the
    bot in one group do not read each other's answers; in a private chat every answer does."""

    last_fact: str | None = None
    last_at: float = 0.0
    asked: dict[str, tuple[str, float]] = field(default_factory=dict)  # fact id -> (question, score)
    lang: str = ""  # the language of the chat's last question; until one, texts follow the user's setting
    threads: dict[int, tuple[str, float]] = field(default_factory=dict)  # message id -> (fact id, sent at)

    def previous(self, now: float) -> str | None:
        """The fact a follow-up on the main line may lean on, if it is still fresh."""
        return self.last_fact if self.last_fact and now - self.last_at <= CONTEXT_SECONDS else None

    def context(self, event: Event) -> str | None:
        """The fact `event` is read against: its thread's, if it replies to the bot, else the main line's."""
        if event.reply_to is not None:
            found = self.threads.get(event.reply_to)
            return found[0] if found else None
        return self.previous(event.at)

    def to_dict(self) -> dict:
        return {"last_fact": self.last_fact, "last_at": self.last_at,
                "asked": {k: list(v) for k, v in self.asked.items()}, "lang": self.lang,
                "threads": {str(k): list(v) for k, v in self.threads.items()}}

    @classmethod
    def from_dict(cls, data: dict | None) -> ChatState:
        """Tolerant: a stored state from an older version or a broken row gives a fresh state."""
        if not isinstance(data, dict):
            return cls()
        try:
            asked = {str(k): (str(v[0]), float(v[1])) for k, v in (data.get("asked") or {}).items()}
            lang = data.get("lang") or ""
            threads = {int(k): (str(v[0]), float(v[1])) for k, v in (data.get("threads") or {}).items()}
            return cls(data.get("last_fact") or None, float(data.get("last_at") or 0.0), asked,
                       lang if isinstance(lang, str) and lang.isalpha() and len(lang) <= 8 else "", threads)
        except (TypeError, ValueError, IndexError, AttributeError):
            return cls()


@dataclass(frozen=True)
class Miss:
    """A question for the curator's `unanswered` report: never who asked it."""

    question: str
    outcome: Outcome
    fact_id: str | None
    score: float


@dataclass(frozen=True)
class Feedback:
    fact_id: str
    helpful: bool


@dataclass(frozen=True)
class Turn:
    """Everything one event leads to."""

    replies: tuple[Reply, ...] = ()
    state: ChatState = field(default_factory=ChatState)
    misses: tuple[Miss, ...] = ()
    feedback: Feedback | None = None
    toast: str | None = None  # a button press's short pop-up, instead of a message
    result: Result | None = None  # the engine's decision, for front ends that show more (inline mode)
    context: str | None = None  # the fact the conversation is about after this turn: see `sent`


@dataclass(frozen=True)
class Command:
    """A command, declared once: its name, its menu description and the reply it gives."""

    name: str
    description: Callable[[Voice], str]
    reply: Callable[[Voice], Reply]


COMMANDS = (
    Command("start", lambda v: v.texts.command_start, replies.start),
    Command("help", lambda v: v.texts.command_help, replies.help_text),
    Command("topics", lambda v: v.texts.command_topics, lambda v: replies.topic_page(v, 0)),
    Command("source", lambda v: v.texts.command_source, replies.source),
)
_BY_NAME = {c.name: c for c in COMMANDS}


@dataclass(frozen=True)
class Story:
    """What the core answers from: the story bundle, and the texts of each language it speaks."""

    bundle: StoryBundle
    texts: dict[str, Texts] = field(default_factory=dict)  # by language code; default: the bundle's locales

    def __post_init__(self) -> None:
        if not self.texts:
            found = {loc.code: loc.texts for loc in self.bundle.locales if isinstance(loc.texts, Texts)}
            object.__setattr__(self, "texts", found)

    @property
    def book(self) -> FactBook:
        return self.bundle.book

    @property
    def default_lang(self) -> str:
        return next(iter(self.texts))

    def voice(self, lang: str = "") -> Voice:
        """The texts of `lang` ("uk", or Telegram's "uk-UA"), or of the story's own language when the bot
        does not speak `lang`."""
        code = (lang or "").split("-")[0].lower()
        code = code if code in self.texts else self.default_lang
        return Voice(self.book, self.texts[code], code)

    def voice_for(self, state: ChatState, user_lang: str = "") -> Voice:
        """The chat's language: its last question's, else the user's own setting."""
        return self.voice(state.lang or user_lang)

    def voices(self, first: Voice) -> list[Voice]:
        """Every language the bot speaks, `first` first."""
        return [first] + [self.voice(code) for code in self.texts if code != first.lang]


def command_name(text: str) -> str:
    """'/Help@my_bot extra' -> 'help'."""
    return text.strip().split(maxsplit=1)[0].lstrip("/").split("@", 1)[0].lower() if text.strip() else ""


def handle(event: Event, state: ChatState, story: Story) -> Turn:
    """The one place that decides what the bot says to an event."""
    voice = story.voice_for(state, event.user_lang)
    if event.kind is EventKind.COMMAND:
        command = _BY_NAME.get(command_name(event.text))
        reply = command.reply(voice) if command else replies.plain(voice, voice.texts.unknown_command)
        return Turn((reply,), state)
    if event.kind is EventKind.NOT_TEXT:
        return Turn((replies.plain(voice, voice.texts.not_text),), state)
    if event.kind is EventKind.BUTTON:
        return press(decode(event.text), state, story, voice, event.at)
    return ask(event, state, story, voice)


def ask(event: Event, state: ChatState, story: Story, voice: Voice) -> Turn:
    """A question: the answer (or honest decline), remembered for follow-ups and 👎.  It is read against
    its thread's fact when it replies to one of the bot's messages, else against the chat's last answer."""
    question, now = event.text, event.at
    if not question.strip():
        return Turn((replies.start(voice),), state)
    previous = state.context(event)
    result = respond(question, story.bundle, previous=previous)
    written = result.lang in story.texts and story.bundle.identify(question).letters  # in a script the bot reads
    if result.kind is Kind.OTHER_LANGUAGE:  # neither of the bot's languages: say which it speaks, in each
        first = story.voice(result.lang) if written else voice
        return Turn((replies.other_language(story.voices(first)),), state, _misses(question, result), result=result,
                    context=previous)
    if written:
        voice = story.voice(result.lang)  # a question in English gets English, in Ukrainian Ukrainian
        if state.lang != result.lang and (result.kind is not Kind.SMALL_TALK or result.lang != story.default_lang):
            # ("ok" in a Ukrainian chat gets an English "you're welcome", and the chat stays Ukrainian)
            state = replace(state, lang=result.lang)  # ... and the chat's other texts follow it from now on
    if result.leans_on is not None and result.kind in (Kind.ANSWER, Kind.DECLINE):
        # an honest "the story doesn't say which city" is about the meeting too: "and when?" follows it
        main_line = not (event.group and event.reply_to is not None)  # a group's reply threads keep to themselves
        state = remember(state, result.leans_on.id, question, result.score, now, main_line)
        previous = result.leans_on.id
    return Turn((replies.for_result(voice, result),), state, _misses(question, result), result=result,
                context=previous)


def press(action: Action, state: ChatState, story: Story, voice: Voice, now: float) -> Turn:
    """A button: a fact, a page of topics, or 👍/👎; stale or forged data gets a toast."""
    book = story.book
    if action.kind is ActionKind.TOPICS:
        return Turn((replies.topic_page(voice, action.page),), state, toast="")
    fact = book.by_id.get(action.fact_id)
    if fact is None:
        return Turn((), state, toast=voice.texts.stale_button)
    if action.kind is ActionKind.FEEDBACK:
        misses = ()
        if not action.helpful:  # an unhelpful answer is a miss too: keep the question that led to it
            question, score = state.asked.get(fact.id, (fact.title, 0.0))
            misses = (Miss(question, Outcome.UNHELPFUL, fact.id, score),)
        return Turn((), state, misses, Feedback(fact.id, action.helpful), toast=voice.texts.feedback_thanks)
    if fact.gap:
        return Turn((replies.for_fact(voice, fact),), state, toast="", context=state.previous(now))
    state = remember(state, fact.id, fact.title, 100.0, now)
    return Turn((replies.for_fact(voice, fact),), state, toast="", context=fact.id)


def remember(state: ChatState, fact_id: str, question: str, score: float, now: float,
             main_line: bool = True) -> ChatState:
    """What was asked for the fact (a bounded, most-recent-last record), and, on the main line, the
    chat's last fact answered."""
    asked = {k: v for k, v in state.asked.items() if k != fact_id}
    asked[fact_id] = (question[:MAX_QUESTION], score)
    while len(asked) > MAX_ASKED:
        del asked[next(iter(asked))]
    if not main_line:
        return replace(state, asked=asked)
    return replace(state, last_fact=fact_id, last_at=now, asked=asked)


def sent(turn: Turn, message_id: int | None, now: float) -> ChatState:
    """The state after the turn's reply went out as the bot's message `message_id`: a reply to that
    message is read against the fact the conversation was about (`turn.context`).  The latest
    MAX_THREADS messages are kept."""
    if message_id is None or turn.context is None:
        return turn.state
    threads = {k: v for k, v in turn.state.threads.items() if k != message_id}
    threads[message_id] = (turn.context, now)
    while len(threads) > MAX_THREADS:
        del threads[next(iter(threads))]
    return replace(turn.state, threads=threads)


def _misses(question: str, result: Result) -> tuple[Miss, ...]:
    """Every fallback, did-you-mean and honest decline is worth the curator's attention."""
    outcome = {Kind.FALLBACK: Outcome.FALLBACK, Kind.SUGGEST: Outcome.SUGGEST, Kind.DECLINE: Outcome.GAP,
               Kind.OTHER_LANGUAGE: Outcome.FALLBACK}.get(result.kind)
    if outcome is None:
        return ()
    fact = result.nearest or (result.suggestions[0] if result.suggestions else None)
    return (Miss(question[:MAX_QUESTION], outcome, fact.id if fact else None, result.score),)
