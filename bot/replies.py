"""The replies the bot can give, built from the fact book and one language's texts.

The conversation core picks which reply; `render` decides how it looks on each front end.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from .engine.result import Kind, Result
from .story.factbook import Fact, FactBook
from .render import Action, ActionKind, Button, Reply, button, compose
from .story.locale.texts import Texts

MAX_QUOTE = 200  # a longer source quote is shown as the outlet and date only


@dataclass(frozen=True)
class Voice:
    """The story plus the language it is spoken in: everything a reply is built from."""

    book: FactBook
    texts: Texts
    lang: str = "en"

    def date(self, iso: str) -> str:
        day = dt.date.fromisoformat(iso)
        return self.texts.date_format.format(month=self.texts.months[day.month - 1], day=day.day, year=day.year)

    @property
    def local(self):
        """The story block in this voice's language (title, author...), or None in the story's own."""
        return self.book.local.get(self.lang) if self.lang != self.book.language else None

    @property
    def story_fields(self) -> dict[str, str]:
        story = self.book.story
        title = (self.local.title if self.local and self.local.title else "") or story.title
        return {"title": title, "outlet": story.outlet, "date": self.date(story.published)}

    def title(self, fact: Fact) -> str:
        """The canonical question, shown on buttons and in lists, in this voice's language."""
        return self.book.title_in(fact, self.lang)

    def answer(self, fact: Fact) -> str:
        """The fact's answer (or a gap's honest decline) in this voice's language."""
        return self.book.answer_in(fact, self.lang)

    def reply(self, body: str, note: str = "", buttons=(), fact_id: str | None = None) -> Reply:
        return compose(body, note, buttons, fact_id, self.lang)


def fact_button(voice: Voice, fact: Fact) -> Button:
    return button(voice.title(fact), Action(ActionKind.FACT, fact_id=fact.id))


def topics(book: FactBook, limit: int = 4) -> list[Fact]:
    """The facts to offer when nothing matched: the first answerable ones, in file order."""
    return [f for f in book.facts if not f.gap][:limit]


def source_line(voice: Voice, fact: Fact | None) -> str:
    credit = f"{voice.book.story.outlet}, {voice.date(voice.book.story.published)}"
    label = voice.texts.source_label
    if fact is not None and fact.source and len(fact.source) <= MAX_QUOTE:  # the story's own words, verbatim
        marks = voice.texts.quote_marks
        quote = fact.source if '"' in fact.source else f"{marks[0]}{fact.source}{marks[-1]}"  # keeps its own
        return f"{label}: {quote} ({credit})"
    return f"{label}: {credit}"


def for_fact(voice: Voice, fact: Fact, text: str | None = None) -> Reply:
    """A fact's text with its source line and its follow-up questions as buttons."""
    related = [voice.book.by_id[r] for r in fact.related if r in voice.book.by_id]
    return voice.reply(text if text is not None else voice.answer(fact), source_line(voice, fact),
                       [fact_button(voice, f) for f in related[:3]], None if fact.gap else fact.id)


def for_parts(voice: Voice, result: Result) -> Reply:
    """Several answered parts: each with its own source line, follow-ups of the last one."""
    if len(result.parts) == 1:
        part = result.parts[0]
        return for_fact(voice, part.fact, part.text) if part.fact else voice.reply(part.text)
    blocks = [f"{p.text}\n({source_line(voice, p.fact)})" if p.fact else p.text for p in result.parts]
    last = result.parts[-1].fact
    related = [voice.book.by_id[r] for r in (last.related if last else ()) if r in voice.book.by_id]
    answered = [p.fact.id for p in result.parts if p.fact and p.kind is Kind.ANSWER]
    return voice.reply("\n\n".join(blocks), "", [fact_button(voice, f) for f in related[:3]],
                       answered[-1] if answered else None)


def for_result(voice: Voice, result: Result) -> Reply:
    """Turn an engine result into the message a person sees."""
    if result.kind is Kind.SMALL_TALK:
        texts = voice.texts
        line = {"thanks": texts.thanks, "bye": texts.bye, "how_are_you": texts.how_are_you}.get(result.small_talk)
        if line:
            return voice.reply(line)
        if result.small_talk == "about":
            return voice.reply(texts.about.format(**voice.story_fields), "",
                               [fact_button(voice, f) for f in topics(voice.book)])
        return start(voice)
    if result.kind in (Kind.ANSWER, Kind.DECLINE) and result.parts:
        return for_parts(voice, result)
    if result.kind is Kind.SUGGEST:
        return voice.reply(voice.texts.did_you_mean, "", [fact_button(voice, f) for f in result.suggestions])
    return fallback(voice)


def other_language(voices: list[Voice]) -> Reply:
    """To a message in a language the bot does not speak: one line saying which it does, in each of them."""
    return voices[0].reply(" / ".join(dict.fromkeys(v.texts.other_language for v in voices if v.texts.other_language)))


def plain(voice: Voice, text: str) -> Reply:
    """A one-off line (errors, notes) in the same shape as every other reply."""
    return voice.reply(text)


def fallback(voice: Voice) -> Reply:
    return voice.reply(voice.texts.fallback.format(**voice.story_fields), "",
                       [fact_button(voice, f) for f in topics(voice.book)])


def start(voice: Voice) -> Reply:
    return voice.reply(voice.texts.start.format(**voice.story_fields), "",
                       [fact_button(voice, f) for f in topics(voice.book)])


def help_text(voice: Voice) -> Reply:
    examples = [voice.title(f) for f in topics(voice.book, 2)] + ["", ""]
    text = voice.texts.help.format(example1=examples[0], example2=examples[1])
    if voice.texts.help_languages and len(voice.book.languages()) > 0:
        text += "\n\n" + voice.texts.help_languages
    return voice.reply(text)


def source(voice: Voice) -> Reply:
    story, local = voice.book.story, voice.local
    if local is not None:  # the article's title and time as readers in this language know them
        published = local.published_text or voice.date(story.published)
        title, author = local.title or story.title, local.author or story.author
    else:
        published = voice.date(story.published) + (f" ({story.published_text})" if story.published_text else "")
        title, author = story.title, story.author
    lines = [title, voice.texts.source_byline.format(outlet=story.outlet, author=author),
             voice.texts.source_published.format(date=published)]
    if local is not None and voice.texts.source_language:
        lines.append(voice.texts.source_language)
    if story.url:
        lines.append(story.url)
    return voice.reply("\n".join(lines))


def topic_page(voice: Voice, page: int, per_page: int = 8) -> Reply:
    """Every answerable fact as a button, `per_page` at a time."""
    facts = [f for f in voice.book.facts if not f.gap]
    pages = max(1, -(-len(facts) // per_page))
    page = min(max(page, 0), pages - 1)
    buttons = [fact_button(voice, f) for f in facts[page * per_page:(page + 1) * per_page]]
    if page > 0:
        buttons.append(button(voice.texts.previous_page, Action(ActionKind.TOPICS, page=page - 1)))
    if page + 1 < pages:
        buttons.append(button(voice.texts.next_page, Action(ActionKind.TOPICS, page=page + 1)))
    return voice.reply(voice.texts.topics_page.format(page=page + 1, pages=pages), "", buttons)
