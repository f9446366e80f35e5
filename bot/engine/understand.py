"""Reading a message: its language, small talk, its questions (at most 3), and for each question
its words (each way they can be read), its type, whether it is yes/no, what it claims, and
whether it leans on the previous answer.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import itertools
import re
from dataclasses import dataclass
from functools import lru_cache

from ..limits import TELEGRAM_MESSAGE
from ..story.bundle import StoryBundle
from ..story.index import MatchIndex
from ..story.locale import Locale
from .dates import DateSpec, Mention, digits, mentions, numeric_dates
from .negation import Polarity, contrasted, polarity
from .normalize import fold, rewritten
from .premise import CLAIMS
from .shape import STRONG_TYPES, clause_word, qtype, question_body, question_word
from .spelling import MAX_FIXES, unstretch

MAX_QUESTION = TELEGRAM_MESSAGE  # no message is longer; anything longer is cut
MAX_READINGS = 4  # readings of one question tried when corrections are ambiguous
MAX_PARTS = 3  # questions answered in one message
_SENTENCES = re.compile(r"(?<=[?!;])|(?<=\w:)\s+|(?<=\.)(?<!\b[A-Z]\.[A-Z]\.)\s+(?=\S)|(?<=\b[A-Z]\.[A-Z]\.)\s+(?=[^\sa-z])"
                        r"|\s+[-–—]+\s+")  # " - " too: "I missed it - what happened?"; "is the U.S. in it?" is one
_SMALL_TALK_ORDER = ("", "greeting", "bye", "thanks", "how_are_you", "about")  # the most telling kind wins
_ASKING = ("how_are_you", "about")  # small talk that is itself a question
_CLAUSES = re.compile(r",(?!\d)")  # "who's meeting, where, and when?" (not "10,000")


@dataclass(frozen=True)
class Reading:
    """One way to read a question."""

    words: tuple[str, ...]  # folded and corrected
    tokens: tuple[str, ...]  # the content tokens: stemmed, alias-replaced, function words dropped
    qtype: str  # when | where | who | how_many | why | what | how | duration | "" (none shown)


@dataclass(frozen=True)
class Query:
    """One question of a message."""

    text: str  # its folded words, for explanations and declines
    readings: tuple[Reading, ...]
    yesno: bool = False
    mentions: tuple[Mention, ...] = ()
    leans: bool = False  # opens with "and", "so", "what about"...
    new_subject: bool = False  # "what about X": the same question about something else
    refers: bool = False  # a pronoun points back ("who leads it?")
    ties: bool = False  # ... to the last answer's thing ("it", "there"), not to people ("they" met before too)
    other: bool = False  # "who else": not the last answer again
    set_aside: tuple[Mention, ...] = ()  # "besides saudi arabia, where else ...": names set aside, not claimed
    definition: tuple[str, ...] = ()  # "what is a contingent?": the word(s) it asks the meaning of
    notes: tuple[str, ...] = ()  # each correction, for --explain
    guessed: frozenset[str] = frozenset()  # tokens a sound-alike made ("chaired" heard as "shared"): a guess
    polarity: Polarity = Polarity.PLAIN  # a yes/no question stating its claim's opposite turns its verdict
    task: bool = False  # a task asked of the bot on the reader's thing ("write my essay"): nothing to answer

    @property
    def tokens(self) -> tuple[str, ...]:
        return self.readings[0].tokens

    @property
    def qtype(self) -> str:
        return self.readings[0].qtype


@dataclass(frozen=True)
class Message:
    text: str
    lang: str
    index: MatchIndex
    small_talk: str = ""  # the kind of small talk in it ("greeting", "thanks", ...)
    parts: tuple[Query, ...] = ()
    foreign: str = ""  # written in another language than `lang` ("ru", "de"; "?" for another script)
    unread: bool = False  # ... one the bot does not read at all: nothing was read


def after_opener(query: Query, locale: Locale) -> tuple[str, ...]:
    """The question's words after its follow-up opener ("and", "what about")."""
    return without_opener(query.readings[0].words, locale)


def without_opener(words: tuple[str, ...], locale: Locale) -> tuple[str, ...]:
    """`words` less a follow-up opener they start with, the longest one."""
    for opener in sorted(locale.followup_openers, key=len, reverse=True):
        if words[:len(opener)] == opener:
            return words[len(opener):]
    return words


def read(message: str, bundle: StoryBundle, split: bool = True) -> Message:
    """Fold, clean, split (unless `split` is false) and spell-check a message in its own language."""
    identity = bundle.identify(message[:MAX_QUESTION])
    text, lang = identity.text, identity.lang
    index = bundle.indexes[lang]
    locale = index.locale
    if identity.unread:
        return Message(text, lang, index, foreign=identity.foreign, unread=True)
    chat, sentences = "", []
    text = _without_asides(locale.rewrite_message(text), index)
    for sentence in _sentences(numeric_dates(text, locale, index.story_dates), locale) if split else [text]:
        asked = sentence.rstrip().endswith("?")
        sentence = rewritten(sentence, locale)  # before the commas: it may join clauses ("хто сказав, що ...")
        clauses = [_clean(fold(clause).split(), index) for clause in (_CLAUSES.split(sentence) if split else [sentence])]
        clauses = _with_their_body(clauses, locale)
        for words in [piece for clause in clauses for piece in (_run_on(clause, index) if split else [clause])]:
            kind = _about_bot(words, locale)  # "r u a human or an ai": the whole clause is about the bot
            if kind:
                words = []
            else:
                kind, words = _small_talk(words, _small_talk_phrases(index), locale)
                if not kind and _about_bot(words, locale):
                    kind, words = _about_bot(words, locale), []
                elif _praise(words, locale):  # "that's really helpful!": thanks, not a question
                    kind, words = kind or "thanks", []
                elif _to_the_bot(words, index):
                    kind, words = kind or "about", []
            chat = max(chat, kind, key=_SMALL_TALK_ORDER.index)
            if sentences and " ".join(words) in locale.sure_questions and " ".join(words) not in locale.yesno_tags:
                continue  # "they're meeting in ukraine?? for real": surprise at the question before it
            if sentences and " ".join(words) in locale.story_says_tags:
                sentences[-1] = (sentences[-1][0], True, sentences[-1][2])  # "... whether X. does the article say?":
                continue  # the sentence before is what is asked
            if sentences and " ".join(words) in locale.yesno_tags or sentences and _predicate_only(words, locale):
                sentences[-1][0].extend(words)  # "germany leads it, right?": the tag belongs to the claim;
                # "which date, and which weekday, has been given?": the predicate belongs to the question before
            elif _meaningful(words, locale) or _says_when(words, index):  # "up to now, where ...": a time frame
                sentences.append((words, asked, starts_question(words, locale)))
    parts: list[tuple[list[str], bool]] = []
    kept = _without_the_reader(sentences, index)
    if chat and "?" not in text and not any(_of_the_book(words, index) and not _of_the_reply(words, index)
                                            or _asks(words, locale) and starts for words, _, starts in kept):
        sentences = []  # "Thank you, now I can explain it to my mother.", "Hello! I'm reading the news with my
        # son tonight.": small talk, and nothing of the story asked
    else:
        sentences = kept or sentences  # a message all about the one asking is read whole
    for words, asked in _join_remarks(sentences, index):
        pieces = [d for piece in _split(words, locale) for d in _distributed(piece, index)] if split else [words]
        for number, piece in enumerate(pieces):
            if not _meaningful(piece, locale):
                continue
            if parts and " ".join(piece) in locale.echo_questions:
                continue  # "..., but haven't they met before? what does he mean?": the part before, again
            if parts and number == 0 and _clarifies(piece, locale):  # "where is it happening, which country"
                parts[-1] = (parts[-1][0] + piece, parts[-1][1])
            else:
                parts.append((piece, asked))
    budget = [MAX_FIXES]
    queries = tuple(_query(words, asked, index, budget) for words, asked in parts[:MAX_PARTS])
    return Message(text, lang, index, chat, queries, foreign=identity.foreign)


_ASIDE = re.compile(r"\(([^()]{1,80})\)")


def _without_asides(text: str, index: MatchIndex) -> str:
    """"quick one (sorry, typing on the bus) who announced it": words in brackets that name nothing of
    the story are an aside; brackets that do ("(We) will hold", "the meeting (on April 4)") stay."""
    if "(" not in text:
        return text
    return _ASIDE.sub(lambda m: m[0] if _of_the_book(fold(m[1]).split(), index) else " ", text)


def _doing(word: str, locale: Locale) -> bool:
    """"confirming", "checking": a request verb of the locale in its -ing form ("Confirming: ...?")."""
    return word.endswith("ing") and (word[:-3] in locale.imperatives or word[:-3] + "e" in locale.imperatives)


def _run_on(words: list[str], index: MatchIndex) -> list[list[str]]:
    """A message typed in one breath, read as the sentences it would have been: "whats it for what will they
    do" (two questions), "my mom keeps asking can u tell me who ..." (chatter, then a request), "lol another
    alliance who even leads this" (an exclamation, then the question), "is it the 4th or the 14th i forget"."""
    locale = index.locale
    if not locale.question_embedders:  # a locale that does not say how questions are embedded splits none
        return [words]
    pieces = _run_on_pieces(_corrected(words, locale), index)
    if pieces == [words]:  # neither split nor corrected: read once only
        return pieces
    return [_clean(fold(rewritten(" ".join(piece), locale)).split(), index) for piece in pieces]  # each read as
    # the sentence it would have been ("whats it for")


@lru_cache(maxsize=8)
def _run_on_triggers(locale: Locale) -> frozenset[str]:
    """The words a new sentence of a run-on message can start with (any other word never does)."""
    return frozenset(locale.request_modals | locale.reader_subjects | locale.reason_words
                     | set(locale.question_words) | {t[0] for t in locale.question_types if len(t) == 1})


def _run_on_pieces(words: list[str], index: MatchIndex) -> list[list[str]]:
    """The sentences of a run-on message, left to right (a loop: a long message splits many times)."""
    locale, pieces, start = index.locale, [], 0
    triggers = _run_on_triggers(locale)
    if not any(w in triggers for w in words[2:-1]):
        return [words]
    i = start + 2
    while i < len(words) - 1 and len(pieces) <= MAX_PARTS:  # (no more sentences than questions are answered)
        kind = _run_on_at(words[start:], i - start, index) if words[i] in triggers else ""
        if not kind:
            i += 1
            continue
        prefix = words[start:i]
        while prefix and prefix[-1] in locale.connectors:
            prefix = prefix[:-1]
        if kind == "exclaims" and not _remark_mentions(prefix, index):
            prefix = []  # "wow big news": no date, place, person or number of its own to ask about
        if kind == "reason":
            return [*pieces, prefix]  # "is it in ukraine bc isnt that dangerous": why the reader asks, nothing asked
        if prefix:
            pieces.append(prefix)
        start, i = i, i + 2
    return [*pieces, words[start:]]


def _has_topic(words: list[str], index: MatchIndex) -> bool:
    """Does a question name something besides how it asks ("how do" does not)?"""
    return any(t not in index.vocabulary.question for t in index.content(" ".join(words)))


def _corrected(words: list[str], locale: Locale) -> list[str]:
    """"hey google no wait i mean when is it": what follows the last self-correction is what is asked
    (the longest correction first)."""
    if not any(w in _correction_starts(locale) for w in words):
        return words
    for n in range(max(map(len, locale.self_corrections)), 0, -1):
        for i in range(len(words) - n, -1, -1):
            if tuple(words[i:i + n]) in locale.self_corrections:
                return words[i + n:]  # (nothing after it: "is it in paris lol jk", taken back whole)
    return words


@lru_cache(maxsize=8)
def _correction_starts(locale: Locale) -> frozenset[str]:
    return frozenset(phrase[0] for phrase in locale.self_corrections)


def _run_on_at(words: list[str], i: int, index: MatchIndex) -> str:
    """Does a new sentence start at word `i`: a request to the bot ("can u tell me"), a question word after
    a question ("new") or after an exclamation ("exclaims": "lol another alliance who even leads this"),
    the reader speaking of themself after a question ("... i forget"), or their reason ("reason": "... bc")?"""
    locale, word, before = index.locale, words[i], words[i - 1]
    if question_word(before, locale) or before in locale.you_words:
        return ""
    prefix, rest = words[:i], words[i + 1:]
    if word in locale.request_modals and rest[0] in locale.you_words:  # "... can u tell me"
        return "new" if len(rest) > 2 else ""
    if before in locale.question_embedders:  # "tell me who", "no idea when"
        return ""
    pleaded = prefix[-1] in locale.request_softeners  # ("tldr pls i got a quiz in 10 min": asked, then the reader)
    asks = starts_question(prefix, locale) or prefix[-1] in locale.yesno_tags or pleaded
    if word in locale.reason_words and asks and len(prefix) >= 3 and _has_topic(prefix, index):
        return "reason"
    if word in locale.reader_subjects:  # "... i forget" (not "the photo i saw": a topic of the story)
        return "new" if asks and before not in locale.yesno_openers and len(rest) <= (8 if pleaded else 5) \
            and not any(w in locale.question_words for w in rest) and _has_topic(prefix, index) \
            and not set(index.content(" ".join(rest))) & index.subject_names else ""
    if not question_word(word, locale):
        return ""
    if prefix[0] in locale.interjections and not _asks(prefix, locale):
        return "exclaims"
    if rest[0] in locale.type_nouns and len(rest) > 1:  # "... what day was it published"
        rest = rest[1:]
    return "new" if asks and (rest[0] in locale.yesno_openers or rest[0] in locale.run_on_adverbs) and (
        word not in locale.relative_words or len(rest) > 1 and rest[1] in locale.subject_words) else ""
    # ("the ones who are sending troops": a relative clause; "... who is the author": a question)


def _sentences(text: str, locale: Locale) -> list[str]:
    """The message's sentences; a colon ends one only after a frame ("I need one date for a fact-check: were
    ...?"), not after a question whose choices follow ("who will be in the room: politicians or generals?")."""
    out: list[str] = []
    for piece in _SENTENCES.split(text):
        framed = bool(out) and out[-1].rstrip().endswith(":")
        before = fold(out[-1]).split() if framed else []
        if framed and all(w in locale.imperatives or w in locale.fillers or _doing(w, locale) for w in before):
            out[-1] = piece  # "Kindly confirm: did ...?": the request frames the question after it
        elif framed and _asks(before, locale):
            out[-1] = f"{out[-1]} {piece}"
        else:
            out.append(piece)
    return out


MAX_REMARK = 40  # words of a remark read word by word for the story's own (longer ones stay whole)


def _of_the_book(words: list[str], index: MatchIndex) -> bool:
    """Does the sentence name anything the book speaks of (beyond how questions are put, and days: "thanks,
    that's what I needed for Monday" names the asker's day, not the story's)?"""
    locale = index.locale
    words = [w for w in words if w not in locale.weekdays and w not in locale.months]
    return any(t in index.all_words and t not in index.vocabulary.question for t in index.content(" ".join(words)))


def _about_the_reader(words: list[str], locale: Locale) -> bool:
    """"I have not had time to read the story myself", "I am a retired teacher": a remark about the one
    asking, with no date, number or place in it to claim, frames the question and is no part of it."""
    if words[:1] and (words[0],) in locale.followup_openers and words[1:2] and words[1] in locale.first_person \
            and not qtype(tuple(words), locale):  # ("and i wondered which day ...": a question)
        words = words[1:]  # "(forgive my ignorance,) but i do not follow the news as closely as i used to"
    if words[:1] and words[0] in locale.reason_words:
        words = words[1:]  # "(шо це за коаліція,) бо я стара і нічого не тямлю": why the reader asks
    if not words or words[0] not in locale.first_person:
        return False
    if not set(words) & locale.belief_words:  # "i'm travelling around europe next week": about the reader;
        return True  # "i think it's in paris next week" is a claim
    return not any(w.isdigit() or w in locale.months or w in locale.weekdays
                   or (w in locale.places and not set(words[max(i - 2, 0):i]) & locale.home_words)  # ("i live in brazil")
                   for i, w in enumerate(words))


def _without_the_reader(sentences: list[tuple[list[str], bool, bool]], index) -> list[tuple[list[str], bool, bool]]:
    """The sentences less remarks about the one asking; a thing of the story such a remark names ("I keep
    seeing 'coalition of the willing' in the headlines. What's it for?") is what "it" in the next
    question points to."""
    locale = index.locale
    kept: list[tuple[list[str], bool, bool]] = []
    carried: list[str] = []
    home: list[str] = []
    for words, asked, question in sentences:
        if not question and _about_the_reader(words, locale) and not _dated_of_the_story(words, index):
            carried = [w for i, w in enumerate(words) if w not in locale.first_person
                       and (named := set(index.content(w))) and named <= index.subject_names
                       and not set(words[max(i - 2, 0):i]) & locale.medium_prepositions]  # not "on the news"
            home = [w for w in words if w in locale.places]  # "i live in odesa, is it happening here?": there
            continue
        if home and locale.here_words & set(words):
            words = [x for w in words for x in ([w] if w not in locale.here_words else ["in", *home])]
        if carried and any(w in locale.pronouns for w in words) and not set(index.content(" ".join(words))) & \
                index.subject_names:
            words = words + carried
        kept.append((words, asked, question))
        carried, home = [], []
    return kept


def _dated_of_the_story(words: list[str], index: MatchIndex) -> bool:
    """"our draft has zelensky making the statement on march 31": a person of the story and a date, a
    claim about the story in the reader's words, not a remark about the reader."""
    tokens = set(index.content(" ".join(words)))
    return bool(tokens & index.people_tokens) and any(w.isdigit() or w in index.locale.months for w in words)


def _join_remarks(sentences: list[tuple[list[str], bool, bool]], index: MatchIndex) -> list[tuple[list[str], bool]]:
    """A sentence that asks nothing ("ppl say its the first smth") belongs to the question before it
    (or, first in a message, to the one after it, unless that one is a whole question of its own)."""
    out: list[tuple[list[str], bool]] = []
    pending: list[str] = []
    pending_asked = False
    for words, asked, question in sentences:
        if question:
            if pending and _aside(pending, words, index):
                pending = []  # "Surely this is just a photo-op. Are presidents the ones meeting?": an aside
            out.append((_of_the_story(pending, index) + words, asked or pending_asked))
            pending, pending_asked = [], False
        elif _aside_after(words, out[-1] if out else (pending, pending_asked), index):
            continue  # "Nobody has pledged troops, right? It's all just talk.": the asker's view, after it
        elif out:
            out[-1] = (out[-1][0] + _of_the_story(words, index), out[-1][1] or asked)
        else:
            pending, pending_asked = pending + words, pending_asked or asked
    if pending:
        out.append((pending, pending_asked))
    return out


def _of_the_story(remark: list[str], index: MatchIndex) -> list[str]:
    """A remark that names a thing of the story ("the jet in the photo caught my eye") adds that thing to
    the question it joins; its words the book never uses ("caught") are the asker's, not the question's.
    A remark that denies something ("nobody would risk that") keeps every word: they say what is denied."""
    locale = index.locale
    told = set(index.content(" ".join(remark)))
    if len(remark) > MAX_REMARK or not told & index.subject_names or any(
            w in locale.negation_particles or (w,) in locale.negators for w in remark):
        return remark  # ("my son's club meets on friday. when is it?": the words the book lacks are the topic)
    named = {i for m in _remark_mentions(remark, index) for i in range(m.start, m.end)}
    known = {t for t in told if t in index.all_words or t in index.vocabulary.question}
    kept = [i for i, w in enumerate(remark) if i in named or w in locale.stopwords or not w.isalpha()
            or not (said := index.content(w)) or any(t in known for t in said)
            or known - set(index.content(" ".join(remark[:i] + remark[i + 1:])))]  # ("in charge": lead)
    return [remark[i] for i in kept]


def _aside_after(remark: list[str], before: tuple[list[str], bool], index: MatchIndex) -> bool:
    """A remark after a sentence asked with "?" that is an aside to it (not "..., or several times?")."""
    words, asked = before
    if asked and words and remark[0] in index.locale.opinion_openers:
        return True  # "what's the coalition of the willing? sounds like something from the iraq war"
    return asked and bool(words) and remark[0] not in index.locale.alternative_words | index.locale.connectors \
        and remark[0] not in index.locale.example_words \
        and _aside(remark, words, index, least=3, after=True)


def _aside(remark: list[str], question: list[str], index: MatchIndex, least: int = 5, after: bool = False) -> bool:
    """A remark of five words or more before a question (three after one asked with "?") that names
    nothing of the story (no subject, date, place or number), while the question has words of its own and
    (for a remark before it) points back to nothing ("it", "that"): no part of it.  A question's "this"
    never points to a remark after it ("Is this article from this week? The print is so small.")."""
    locale = index.locale
    if len(remark) < least or (not after and points_back(question, index)) or not _has_topic(question, index):
        return False
    if set(index.content(" ".join(remark))) & index.subject_names or exclusion(remark, locale)[0]:
        return False  # ("beyond the british and the french, which ...": what the question sets aside)
    return all(tuple(remark[m.start:m.end]) in locale.relative_days  # ("prepping a segment for tonight's
               for m in _remark_mentions(remark, index))  # episode": the asker's own day, no date of the story)


def points_back(words: list[str], index: MatchIndex) -> bool:
    """"who leads it?", "those countries": a pronoun as typed points to something said before ("this
    coalition", "these days" name their own)."""
    locale = index.locale
    return any(w in locale.pronouns and not (w in locale.determiners and _names_its_own(words[i + 1:i + 2], index))
               for i, w in enumerate(words))


def _names_its_own(after: list[str], index: MatchIndex) -> bool:
    """After "this"/"these": a thing of the story ("this coalition") or a time ("these days"), not a pointer."""
    return bool(after) and (after[0] in index.locale.time_nouns
                            or bool(set(index.content(after[0])) & index.subject_names))


def _predicate_only(words: list[str], locale: Locale) -> bool:
    """"has been stated for the meeting", "was announced": an auxiliary with no subject after it, the rest of
    a question split at a comma."""
    return len(words) > 2 and words[0] in locale.yesno_openers and (
        words[1] in locale.passive_markers or words[1].endswith(locale.participle_endings) and len(words[1]) > 4)


def _of_the_reply(words: list[str], index: MatchIndex) -> bool:
    """"that covers both of my questions", "this clears up the dates": a remark on the reply, opening with
    "that" as a pronoun (not "that meeting ..."), said beside small talk."""
    locale = index.locale
    return len(words) > 1 and words[0] in locale.reply_pointers \
        and not set(index.content(words[1])) & index.subject_names and not _remark_mentions(words, index)


def _clarifies(words: list[str], locale: Locale) -> bool:
    """A short afterthought ("which country", "exactly") adds to the question before it."""
    topic = [w for w in words if w not in locale.stopwords and w not in locale.fillers
             and w not in locale.connectors and (w,) not in locale.question_types]
    return (len(topic) <= 1 and qtype(tuple(words), locale) not in STRONG_TYPES
            and not any(w in locale.yesno_openers or w in locale.connectors for w in words))


def _about_bot(words: list[str], locale: Locale) -> str:
    """'are you a robot', 'who made u', 'ur awesome': about the bot, not the story."""
    named = _addressee(words, locale)
    if not named and not any(w in locale.you_words for w in words):
        return ""
    praise = [w for w in words if w in locale.praise_words]
    rest = [w for i, w in enumerate(words) if w not in locale.you_words and w not in locale.stopwords
            and w not in locale.fillers and w not in locale.question_words and w not in locale.yesno_openers
            and w not in locale.yesno_tags and i not in named]  # ("do u speak english", "ur a bot right?")
    if praise and all(w in locale.praise_words for w in rest):
        return "thanks"  # "ur awesome"
    asks = any(w in locale.question_words or w in locale.yesno_openers for w in words)
    if named and not rest and (asks or words[-1] in locale.yesno_tags):
        return "about"  # "who am i talking to?", "ur a bot right?" ("dear bot, ...": a salutation)
    if not rest and not asks:
        return ""  # "thank you": nothing asked of the bot (its small talk says what it is)
    if not rest and any(w in locale.you_words for w in words) and not any(w in locale.belief_words for w in words):
        return "about"  # "and who are you?", "а ти хто?": only the bot is asked about ("..., do you think?" is a tag)
    if rest and all(w in locale.bot_words or w in locale.praise_words for w in rest):
        return "about"  # ("can you just tell me what happened": nothing of the bot named, a request)
    return ""


def _addressee(words: list[str], locale: Locale) -> set[int]:
    """The positions of words that stand for the bot without "you" ("who am i talking to", "who runs this
    account")."""
    firsts = _addressee_starts(locale)
    return {i + k for i, w in enumerate(words) if w in firsts for phrase in firsts[w]
            if tuple(words[i:i + len(phrase)]) == phrase for k in range(len(phrase))}


@lru_cache(maxsize=8)
def _addressee_starts(locale: Locale) -> dict[str, tuple[tuple[str, ...], ...]]:
    """The addressee phrases by their first word (most words of a message start none)."""
    starts: dict[str, tuple[tuple[str, ...], ...]] = {}
    for phrase in locale.addressee_phrases:
        starts[phrase[0]] = starts.get(phrase[0], ()) + (phrase,)
    return starts


def _to_the_bot(words: list[str], index: MatchIndex) -> bool:
    """"you reply instantly", "is it ok if my students use you?": said to the bot, with no question word,
    nothing the story speaks of and no date, place or number: about the bot, not the story."""
    locale = index.locale
    if not any(w in locale.you_pronouns for w in words) or any(
            question_word(w, locale) for w in words) or _asks_the_bot(words, index):
        return False  # ("can you recommend a recipe?": a request, which the story cannot answer; "in your
        # judgement, will they ...": the asker wants an opinion, which it cannot give either)
    if set(index.content(" ".join(words))) & index.subject_names:
        return False
    return not _remark_mentions(words, index)


def _remark_mentions(words: list[str], index: MatchIndex) -> list:
    """The dates, places, numbers and names in a remark, as typed (no person guessed, no alias applied)."""
    return [m for m in mentions(words, index.locale, index.published, index.stated_words, lambda w: False,
                                lambda name: name) if m.kind != "mode"]  # ("they liked to meet in person": no claim)


def _praise(words: list[str], locale: Locale) -> bool:
    """'that is really helpful', 'great answer': praise of the reply, with nothing asked."""
    rest = [w for w in words if w not in locale.stopwords and w not in locale.fillers]
    return (any(w in locale.praise_words for w in words) and all(w in locale.praise_words for w in rest)
            and not any(w in locale.question_words or w in locale.yesno_openers for w in words[:1]))


def _clean(words: list[str], index: MatchIndex) -> list[str]:
    """Held-down letters let go ("heyyy"), shorthand spelled out, letter names as letters ("eff 16"),
    numbers as digits."""
    locale = index.locale
    out: list[str] = []
    for word in words:
        if word not in index.speller.known:
            word = unstretch(word, index.speller.known) or word
        out.extend(locale.shorthand.get(word, word).split())
    for i, word in enumerate(out[:-1]):
        if word in locale.letter_names and (out[i + 1].isdigit() or locale.has_number_words(out[i + 1:i + 2])):
            out[i] = locale.letter_names[word]
    return digits(out, locale)


@lru_cache(maxsize=16)
def _phrases(index: MatchIndex) -> dict[str, tuple[str, ...]]:
    return index.aliases.phrases()


@lru_cache(maxsize=16)
def _small_talk_phrases(index: MatchIndex) -> dict[str, frozenset[str]]:
    """The locale's small talk, read the way messages are read."""
    locale = index.locale
    return {kind: frozenset(" ".join(_clean(fold(locale.rewrite(p)).split(), index)) for p in phrases)
            for kind, phrases in locale.small_talk.items()}


def _small_talk(words: list[str], phrases: dict[str, frozenset[str]], locale: Locale) -> tuple[str, list[str]]:
    """(kind, the words left): small talk at the start or end of a sentence is taken off.  A phrase
    that is a question itself ("what's new", "who are you") only if a question follows it: "what's new
    about it" asks about the story."""
    kind = ""
    for at_start in (True, False):
        while words:
            found = _phrase_at(words, phrases, at_start)
            if not found:
                break
            rest = words[found[1]:] if at_start else []
            if found[0] in _ASKING and _meaningful(rest, locale) and not starts_question(rest, locale):
                break
            if not at_start and len(words) > found[1] and words[-found[1] - 1] in locale.time_units:
                break  # "a week later": a time, no goodbye
            kind = kind or found[0]
            words = words[found[1]:] if at_start else words[:len(words) - found[1]]
    return kind, words


def _phrase_at(words: list[str], phrases: dict[str, frozenset[str]], at_start: bool) -> tuple[str, int] | None:
    """Small talk opening (or closing) a clause; greetings only open one, "start"/"help" only alone."""
    for size in range(min(6, len(words)), 0, -1):
        piece = " ".join(words[:size] if at_start else words[-size:])
        for kind, known in phrases.items():
            if piece in known and (at_start or kind in ("thanks", "bye")) and (
                    piece not in ("start", "help") or size == len(words)):
                return kind, size
    return None


def _says_when(words: list[str], index: MatchIndex) -> bool:
    """A clause of function words that the story's vocabulary reads as a word ("up to now", "so far":
    before), kept with the question it frames."""
    return bool(words) and bool(index.vocabulary.content(index.aliases.apply(list(words))))


def _meaningful(words: list[str], locale: Locale) -> bool:
    """A question word, or a word that is neither chat noise nor a function word."""
    return any((w not in locale.fillers and w not in locale.stopwords) or question_word(w, locale)
               or w in locale.sequence_words
               or (w in locale.weekdays and i and words[i - 1] in locale.weekday_cues)  # "is it on sat?" (a filler:
               for i, w in enumerate(words))  # "they sat down")


def starts_question(words: list[str], locale: Locale) -> bool:
    """After "and"/"so": opens with a yes/no verb or a request ("tell me"), or has a question word
    first or second ("on what day ...")."""
    while words and (words[0] in locale.connectors or (words[0],) in locale.followup_openers):
        words = words[1:]
    return bool(words) and (words[0] in locale.yesno_openers or words[0] in locale.imperatives or any(
        question_word(w, locale) for w in words[:2]))


def _names_a_type(words: list[str], locale: Locale) -> bool:
    """After "and": 'the time', 'also the date of the summit' name what is asked, as a question word would
    ('what date and time did it go online' asks one thing)."""
    while words and words[0] in locale.connectors:
        words = words[1:]
    return len(words) > 1 and words[0] in locale.articles and locale.type_nouns.get(words[1]) in ("when", "where")


def _with_their_body(clauses: list[list[str]], locale: Locale) -> list[list[str]]:
    """'Where, and on what date, did they meet?': question phrases set off by commas ask what the clause
    after them (opening with its verb) says, so they are read with it, not alone."""
    out: list[list[str]] = []
    waiting: list[list[str]] = []
    for clause in clauses:
        if clause and _only_asks(clause, locale):
            waiting.append(clause)
            continue
        if waiting and clause and clause[0] in locale.yesno_openers:
            clause = [w for phrase in waiting for w in phrase] + clause
        else:
            out += waiting  # ("when, where, who?": each its own)
        waiting = []
        out.append(clause)
    return out + waiting


def _split(words: list[str], locale: Locale) -> list[list[str]]:
    """'who wrote it and when did it come out' -> two questions; 'when and where is it' -> two."""
    parts: list[list[str]] = []
    start = 0
    for i, word in enumerate(words):
        if i > start and word in locale.connectors and (starts_question(words[i + 1:], locale)
                                                        or _names_a_type(words[i + 1:], locale)) \
                and _asks(words[start:i], locale):
            parts.append(words[start:i])
            start = i + 1
    parts.append(words[start:])
    parts = [piece for part in parts for piece in _trailing_question_word(part, locale)]
    parts = [piece for part in parts for piece in (  # "when where and what time": each bare question word its own
        [[w] for w in part] if 1 < len(part) < 4 and all(w in locale.question_words for w in part) else [part])]
    shared = parts[-1]
    # "when and where is it": every bare question word shares the rest of the last question
    if len(parts) > 1 and all(len(p) == 1 and p[0] in locale.question_words for p in parts[:-1]):
        rest = _after_question_phrase(shared, locale) if any(question_word(w, locale) for w in shared[:4]) \
            else shared[1:]  # ("where, and on what date, did ..."; "where and what time": nothing to share)
        return [[p[0], *rest] for p in parts[:-1]] + [shared]
    # "at what time and on what date did the article go online": a question phrase with no topic of its
    # own shares the last question's
    if len(parts) > 1 and all(p and _only_asks(p, locale) for p in parts[:-1]):
        rest = _after_question_phrase(shared, locale)
        if rest and not _only_asks(rest, locale):
            return [[*p, *rest] for p in parts[:-1]] + [shared]
    return [p for p in parts if p]


@lru_cache(maxsize=16)
def event_tokens(index: MatchIndex) -> dict[str, str]:
    """token -> the dated subject it alone names ("pari" the Paris summit, "saudi" the talks there):
    no person, no word two subjects share ("meet")."""
    owners: dict[str, set[str]] = {}
    for subject, tokens in index.subject_tokens.items():
        for t in tokens:
            owners.setdefault(t, set()).add(subject)
    dated = {s for s, members in index.subjects.items() if any(index.facts[i].asserts.date for i in members)}
    return {t: next(iter(s)) for t, s in owners.items()
            if len(s) == 1 and s <= dated and t not in index.people_tokens and not t.isdigit()}


def _distributed(words: list[str], index: MatchIndex) -> list[list[str]]:
    """"what happened in paris and then in saudi arabia?": one question about two dated events, asked of
    each ("what happened in paris", "what happened in saudi arabia"); other pieces stay whole."""
    locale, names = index.locale, event_tokens(index)
    if not any(w in locale.connectors for w in words[1:]):
        return [words]
    events = [next((names[t] for t in index.content(w) if t in names), "") for w in words]  # each word's event
    for k, word in enumerate(words):
        if not k or word not in locale.connectors:
            continue
        skip = k + 1
        while skip < len(words) and words[skip] in locale.connectors:
            skip += 1  # "and then"
        left, right, named = words[:k], words[skip:], events[skip:]
        if right and not named[0] and locale.conjunct_openers and right[0] not in locale.conjunct_openers:
            continue  # "the story also mentions a gathering in paris ...": a verb after "also", no second event
        opens = max((i for i, w in enumerate(left[:-1]) if w in locale.yesno_openers or question_word(w, locale)),
                    default=0)  # ("i need to confirm a date: were ...": the
        first = [i for i in range(opens, k) if events[i]]  # frame's "confirm" names no event asked)
        second = [i for i, e in enumerate(named) if e]
        if not first or not second or len({events[i] for i in first}) > 1 \
                or len({named[i] for i in second}) > 1 or events[first[0]] == named[second[0]]:
            continue
        frame = left[:first[0]]
        if right[0] in locale.articles or right[0] in locale.place_prepositions or right[0] in locale.topic_prepositions:
            while frame and (frame[-1] in locale.articles or frame[-1] in locale.place_prepositions
                             or frame[-1] in locale.topic_prepositions):
                frame = frame[:-1]
        end = second[-1] + 1
        while end < len(right) and " ".join(right[second[-1]:end + 1]) in locale.places:
            end += 1  # "saudi arabia": the name goes on
        return [left + right[end:], frame + right]
    return [words]


def _asks(words: list[str], locale: Locale) -> bool:
    """A piece that asks something: 'apart from france and britain, which countries' lists names
    before its one question, it is not two questions."""
    return any(question_word(w, locale) or w in locale.type_nouns for w in words) or bool(words) and (words[0] in locale.yesno_openers or words[0] in locale.imperatives)


def _only_asks(words: list[str], locale: Locale) -> bool:
    """'at what time', 'and where': a question word or phrase and short function words, no verb, no topic
    ('who is coming' asks its own question)."""
    return any(question_word(w, locale) for w in words) and all(
        question_word(w, locale) or w in locale.type_nouns or w in locale.place_nouns  # ("which country and which city")
        or w in locale.imperatives or w in locale.request_softeners or w in locale.fillers  # ("kindly give the date")
        or w in locale.request_modals  # ("could you tell me when and where is ...")
        or (len(w) <= 3 and w in locale.stopwords and w not in locale.yesno_openers) for w in words)


def _after_question_phrase(words: list[str], locale: Locale) -> list[str]:
    """'on what date did the article go online' -> 'did the article go online'."""
    for i, w in enumerate(words[:4]):
        if question_word(w, locale):
            j = i + 1
            while j < len(words) and (words[j] in locale.type_nouns or (words[j],) in locale.question_types
                                      or tuple(words[j - 1:j + 1]) in locale.question_types):
                j += 1
            return words[j:]
    return []


def _trailing_question_word(words: list[str], locale: Locale) -> list[list[str]]:
    """'who is meeting where' -> 'who is meeting', 'where': a question word tacked on at the end."""
    if len(words) > 2 and words[-1] in locale.question_words and any(
            question_word(w, locale) for w in words[:-1]):
        return [words[:-1], words[-1:]]
    return [words]


def _request(words: list[str], locale: Locale) -> bool:
    """"can you quote zelensky", "do you know when...": a request, not a yes/no question."""
    body = question_body(words, locale, locale.imperatives)  # ("tell" is also chat)
    return len(body) > 1 and (body[0] in locale.yesno_openers and body[1] in locale.you_words
                              or body[0] in locale.imperatives)  # "give me zelensky's own words?"


@lru_cache(maxsize=8)
def _tags_by_end(locale: Locale) -> dict[str, tuple[str, ...]]:
    """The yes/no tags by their last word (in the locale's order): only those can end a question."""
    ends: dict[str, list[str]] = {}
    for tag in locale.yesno_tags:
        ends.setdefault(tag.split()[-1] if tag.split() else "", []).append(tag)
    return {end: tuple(tags) for end, tags in ends.items()}


def _yesno(words: list[str], asked: bool, locale: Locale) -> bool:
    body = question_body(words, locale)
    if _request(words, locale):
        return False
    if len(body) > 2 and body[0] in locale.yesno_openers and (
            body[1] == "it" or body[1] in locale.negation_particles and body[2] == "it"):
        return True  # "was it zelensky who announced it?", "wasn't it zelensky who ...?"
    if asked and len(body) > 3 and body[0] in locale.dummy_subjects and body[1] in locale.yesno_openers \
            and any(locale.question_words.get(w) == "who" for w in body[3:]):
        return True  # "it was macron who announced it?": the same claim, put as a statement
    tail = " ".join(words[-3:])
    tag = max((t for t in _tags_by_end(locale).get(words[-1] if words else "", ())
               if tail == t or tail.endswith(" " + t)), key=len, default="")
    before = words[-len(tag.split()) - 1:-len(tag.split())] if tag else []
    tagged = bool(tag) and not (before and (question_word(before[0], locale)))
    # ("when was it", "what was it": the question's own words, no tag)
    if tagged and body and not question_word(body[0], locale):
        return True  # "it was starmer who announced it, not zelensky, right?": "who" joins a clause
    clause = clause_word(tuple(body), locale)  # ("did they agree on anything when they met?": no "when" asked)
    if any(w in locale.question_words for i, w in enumerate(body) if i != clause):
        return False
    if body and body[0] in locale.yesno_openers:
        return True
    if asked and len(body) > 1 and body[0] in locale.yesno_quantifiers:
        return True  # "any country actually promised troops?": has any?
    statement = asked and any(w in locale.yesno_openers or (w,) in locale.negators for w in body)  # "so it is in
    # kyiv?", "so they never met before?"
    if tagged and body and (body[0],) in locale.question_types and len(body) <= 4:
        return False  # "what day is it": the question's own "is it", no tag
    return tagged or (statement and not any((w,) in locale.question_types for w in body))


def _claim_words(words: tuple[str, ...], locale: Locale) -> bool:
    """"кожна країна відправить війська?", "війська вже в україні?": a word that claims all, only or
    already makes a statement asked with "?" a yes/no question, as a date or a name does."""
    after_preposition = locale.place_prepositions | locale.beneficiary_prepositions | locale.event_prepositions
    return any(w in locale.exclusive_words or w in locale.completion_words or w in locale.universal_words
               and not (i and words[i - 1] in after_preposition)  # ("troop numbers for each country?": which)
               for i, w in enumerate(words))


def _counting(words: tuple[str, ...], locale: Locale) -> set[int]:
    """Where an ordinal counts the noun after it ("the third in-depth meeting": no topic of its own, the
    verdict judges it); "the second one" points at something said before and stays."""
    return {i for i, w in enumerate(words) if w in locale.ordinal_words
            and i + 1 < len(words) and words[i + 1] not in locale.pronouns}


def _named(words: tuple[str, ...], found: list[Mention], locale: Locale) -> bool:
    """'а росія?', 'стармер?': a name and nothing else asks about it ("what about Russia?"), it claims nothing."""
    named = {i for m in found if m.kind in ("person", "country") for i in range(m.start, m.end)}
    return bool(named) and all(i in named or w in locale.stopwords or w in locale.fillers
                               or (w,) in locale.followup_openers for i, w in enumerate(words))


def _alternatives(words: tuple[str, ...], locale: Locale) -> bool:
    """'будуть президенти чи лише військові?' asks which one, not yes or no ('чи ні' still does); with a
    date, place or name in it, the story can still say No to every alternative."""
    return any(w in locale.alternative_words and words[i + 1:i + 2] and words[i + 1] not in locale.alternative_words
               and (w, words[i + 1]) not in locale.yesno_tags and f"{w} {words[i + 1]}" not in locale.yesno_tags
               for i, w in enumerate(words[1:-1], 1))


def _counted_from_event(words: tuple[str, ...], found: list[Mention], index: MatchIndex) -> list[Mention]:
    """'is it three days after the article came out?': a date counted from the date of the fact the
    rest of the question names (here the publication), as a date claim to check."""
    from .responder import DEFAULT  # the scoring weights (a late import: responder reads messages here)

    locale = index.locale
    for i in range(1, len(words) - 1):
        unit, sign = locale.time_units.get(words[i]), locale.offset_words.get(words[i + 1])
        if not unit or not sign:
            continue
        before = words[i - 1]
        count = int(before) if before.isdigit() else 1 if before in locale.one_words else 0
        tokens = index.content(" ".join(words[i + 2:]))
        dated = [s for s in index.rank(tokens, DEFAULT) if index.facts[s.fact_index].asserts.date] if tokens else []
        if not count or not dated or dated[0].score < DEFAULT.answer:
            continue
        anchor = dt.date.fromisoformat(index.facts[dated[0].fact_index].asserts.date)
        day = anchor + dt.timedelta(days=sign * count * unit)
        start = i - 1
        kept = [m for m in found if m.end <= start]
        return kept + [Mention("date", DateSpec(first=day, last=day), start, len(words))]
    return found


def _definition(words: tuple[str, ...], locale: Locale) -> tuple[str, ...]:
    """The word(s) a dictionary question asks the meaning of: "what is a contingent", "what does cotw
    mean".  An opener ending in a verb like "does" needs a closer ("mean"): "what does the caption say"
    asks about the story."""
    for opener in locale.definition_openers:
        if words[:len(opener)] != opener:
            continue
        rest = words[len(opener):]
        closer = next((c for c in locale.definition_closers if len(rest) > len(c) and rest[-len(c):] == c), ())
        if opener[-1] in locale.yesno_openers and locale.definition_closers and not closer:
            continue
        if 0 < len(rest) - len(closer) and len(rest) <= 3:  # a word or two: a dictionary question
            return rest[:len(rest) - len(closer)]
    return ()


@lru_cache(maxsize=8)
def _exclusions_by_start(locale: Locale) -> dict[str, tuple[tuple[str, ...], ...]]:
    """"besides", "apart from" ... by their first word (in the locale's order)."""
    starts: dict[str, list[tuple[str, ...]]] = {}
    for opener in locale.exclusion_openers:
        if opener:
            starts.setdefault(opener[0], []).append(opener)
    return {word: tuple(openers) for word, openers in starts.items()}


def exclusion(words: list[str], locale: Locale) -> tuple[range, range]:
    """The positions of "besides", "apart from", "other than", and of what they set aside, up to the
    question itself ("besides the uk and france, which countries ..."); empty ranges if nothing is."""
    starts = _exclusions_by_start(locale)
    for i in range(len(words)):
        opener = next((o for o in starts.get(words[i], ()) if tuple(words[i:i + len(o)]) == o), None)
        if opener is None:
            continue
        start = end = i + len(opener)
        while end < len(words) and end - start < 6 and not (
                question_word(words[end], locale)
                or words[end] in locale.yesno_openers or words[end] in locale.else_words or words[end] in locale.example_words):
            end += 1
        return range(i, start), range(start, end)
    return range(0), range(0)


def _aside_unasked(words: list[str], opening: range, aside: range, locale: Locale) -> bool:
    """What "besides"/"apart from" sets aside when it names no mention ("anywhere other than online"): an
    aspect ("apart from the date, ..."), or words of the story that the question asks beyond ("besides troops,
    what else ...") or asked before ("what will they do there, besides posing for photos?"); otherwise those
    words are asked ("other than online")."""
    aspect = [w for w in (words[i] for i in aside) if w not in locale.stopwords]
    if not aspect:
        return False
    before = words[:opening.start]
    return all(w in locale.type_nouns for w in aspect) or any(w in locale.else_words for w in words[aside.stop:]) \
        or any(question_word(w, locale) for w in before) and not any(w in locale.else_words for w in before)


def _pro_verb(words: tuple[str, ...], locale: Locale) -> set[int]:
    """"and on what date did he do so?": "do so" and its auxiliary stand for the last part's verb, no topic."""
    ends = {p[-1] for p in locale.pro_verbs}
    if not any(w in ends for w in words):
        return set()
    at = {i + k for p in locale.pro_verbs for i in range(len(words)) if words[i:i + len(p)] == p for k in range(len(p))}
    if not at:
        return set()
    verbs = {p[0] for p in locale.pro_verbs}
    return at | {i for i, w in enumerate(words) if w in verbs}


def _readers_own(words: tuple[str, ...], found: list[Mention], index: MatchIndex) -> set[int]:
    """Where the words the story does not know stand right after "my"/"our" ("for my presentation",
    "our timeline has ..."): the reader's own things, no topic the story could be silent on."""
    if not any(w in index.locale.reader_possessives for w in words):
        return set()
    named = {i for m in found for i in range(m.start, m.end)}  # "my city, kharkiv": a place is a claim
    own = set()
    for i, word in enumerate(words):
        if word not in index.locale.reader_possessives:
            continue
        mine = set()
        for j in range(i + 1, min(i + 4, len(words))):  # "my younger students"
            tokens = index.content(words[j])
            if j in named or any(t in index.all_words or t in index.vocabulary.question for t in tokens):
                break
            mine.add(j)
        if mine and _task_on(words, i - 1, named, index):
            mine.add(i - 1)  # ("can you write my essay?": a task on the reader's thing, nothing of the story)
        own |= mine
    rest = index.content(" ".join(w for k, w in enumerate(words) if k not in own))
    return own if any(t not in index.vocabulary.question for t in rest) else set()  # "help with my math hw"


def _task_on(words: tuple[str, ...], verb: int, named: set[int], index: MatchIndex) -> bool:
    """"can you write my essay", "please do my homework": the word before "my" is a verb the bot is asked
    to do, by "can you" or as a command opening the message."""
    locale = index.locale
    if verb < 0 or words[verb] in locale.stopwords or verb in named:
        return False
    before = words[:verb]
    return _asks_the_bot(words, index) or all(w in locale.request_softeners for w in before)


def _asks_a_task(words: tuple[str, ...], found: list[Mention], index: MatchIndex) -> bool:
    """A task asked of the bot on the reader's own thing ("could you write my essay on the coalition?"):
    no question of the story, even when the rest names its things."""
    locale = index.locale
    named = {i for m in found for i in range(m.start, m.end)}
    return any(w in locale.reader_possessives and i + 1 < len(words) and i + 1 not in named
               and words[i - 1] in locale.task_verbs and _task_on(words, i - 1, named, index)
               for i, w in enumerate(words) if i)


def _asks_the_bot(words: tuple[str, ...], index: MatchIndex) -> bool:
    """"can you ...", "could you ...": a request made of the bot."""
    locale = index.locale
    return any(w in locale.you_pronouns and i and words[i - 1] in locale.request_modals for i, w in enumerate(words))


def _a_person(name: str, index: MatchIndex) -> bool:
    """One of the story's people by a word ("z") or by a description the aliases give them ("the british
    prime minister": none of its words alone names the person)."""
    words = name.split()
    if len(words) == 1:
        return name not in index.locale.stopwords and bool(set(index.content(name)) & index.people_tokens)
    named = index.aliases.named(tuple(words))
    if not named:
        return False
    said = index.content(named)
    return len(said) == 1 and said[0] in index.people_tokens and not any(said[0] in index.content(w) for w in words)


def _described(found: list[Mention], words: tuple[str, ...], index: MatchIndex) -> list[Mention]:
    """A person named by a description ("the british prime minister") is the person it names ("starmer"),
    unless it describes a person the question names ("is zelensky the ukrainian president?", "is zelensky
    britain's prime minister?": it asks who that person is, with the office as the claim)."""
    linking = index.locale.existential | index.locale.articles
    people = [m for m in found if m.kind == "person"]
    out = []
    for m in found:
        name = index.aliases.named(tuple(str(m.value).split())) if m.kind == "person" else ""
        if not name:
            out.append(m)
            continue
        who = set(index.content(name))
        named_too = any(set(index.content(str(p.value))) == who for p in people if p is not m)
        before = [p for p in people if p.end <= m.start]  # (mentions come left to right)
        said_of_one = bool(before) and all(w in linking for w in words[before[-1].end:m.start])
        if not named_too and not said_of_one:
            out.append(dataclasses.replace(m, value=name))
    return out


def query(words: list[str], asked: bool, index: MatchIndex) -> Query:
    """One question read from its folded words (a follow-up read again with a name for its pronoun)."""
    return _query(words, asked, index, [MAX_FIXES])


def _query(words: list[str], asked: bool, index: MatchIndex, budget: list[int]) -> Query:
    locale = index.locale
    speller = index.speller
    guessed: list[str] = []
    choices, notes = speller.correct(words, budget, _phrases(index), guessed)
    first = next(itertools.product(*choices))
    found = mentions(list(first), locale, index.published, index.stated_words,
                     lambda name: _a_person(name, index),
                     lambda name: " ".join(index.content(name)), index.aliases.name_starts)
    found = _described(found, first, index)
    opening, aside = exclusion(words, locale)  # "besides saudi arabia, where else ...": not asked about
    if not any(m.start in aside and m.kind != "mode" for m in found):  # (a way of meeting is no thing)
        aside = range(opening.start, aside.stop) if _aside_unasked(words, opening, aside, locale) else range(0)
    against = contrasted(first, found, locale)  # "zelensky announced it, not macron": macron is no claim
    unasked = set(aside) | {i for m in found if m.start in against and not m.known for i in range(m.start, m.end)} \
        | _counting(first, locale) | _readers_own(first, found, index) | _pro_verb(first, locale)
    readings = []
    for combo in itertools.islice(itertools.product(*choices), MAX_READINGS):
        clause = clause_word(combo, locale)  # "... when they meet": not a "when" asked
        tokens = index.vocabulary.content(index.aliases.apply([w for i, w in enumerate(combo)
                                                               if i != clause and i not in unasked]))
        readings.append(Reading(combo, tuple(tokens), qtype(combo, locale)))
    opener = next((o for o in sorted(locale.followup_openers, key=len, reverse=True)
                   if first[:len(o)] == o), ())
    pointing = [w for i, w in enumerate(first)
                if w in locale.pronouns and not (w == "there" and i and first[i - 1] in locale.existential)
                and not (w in locale.determiners and set(index.content(" ".join(first[i + 1:i + 2]))) & index.subject_names)]
    yesno = (_yesno(list(first), asked, locale) or (  # "зустріч у пятницю?": a claim asked with "?" alone
        locale.statement_questions and asked and (any(m.kind in CLAIMS for m in found) or _claim_words(first, locale))
        and not _named(first, found, locale)
        and not any(question_word(w, locale) for w in first)
        and not _request(list(first), locale))) and not (
        _alternatives(first, locale) and not any(m.kind in CLAIMS for m in found))  # "у суботу чи в неділю?": Ні
    if yesno:
        found = _counted_from_event(first, found, index)
    set_aside = tuple(m for m in found if m.start in aside)
    names = {first[m.start]: m.kind for m in found}
    found = [m for m in found if m.start not in aside and m.start not in against]
    return Query(" ".join(words), tuple(readings), yesno=yesno, task=_asks_a_task(first, found, index),
                 mentions=tuple(found), leans=bool(opener), new_subject=opener in locale.new_subject_openers,
                 refers=bool(pointing), ties=any(w not in locale.person_pronouns for w in pointing),
                 other=any(w in locale.else_words and i not in aside for i, w in enumerate(first)),
                 set_aside=set_aside, notes=tuple(notes), guessed=frozenset(index.content(" ".join(guessed))),
                 definition=_definition(first, locale),
                 polarity=polarity(first, locale, names) if yesno else Polarity.PLAIN)
