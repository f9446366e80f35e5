"""Locales: everything language-specific, as data.

A language is a package `bot/story/locale/<code>/` with a `words.py` defining the word lists
and rules named by `Locale`'s fields (see `en/words.py`), and optionally a `texts.py` with
`TEXTS`, every sentence the bot says.  Adding a language adds that package and nothing else.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Callable, Mapping
from dataclasses import MISSING, dataclass, field, fields
from functools import lru_cache


def _same(word: str) -> str:
    return word


_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")


def one_sentence_read_as(text: str, matches: Callable[[str], bool], replacement: str) -> str:
    """The message with its first sentence that `matches` read as `replacement`; of the others only those
    that ask something ("?") stay (the reasons around a request ask nothing). Shared by the locales'
    message rules ("give me the story in two sentences, I need it for a cold open": the summary)."""
    sentences = _SENTENCE_END.split(text.strip())
    for i, sentence in enumerate(sentences):
        if matches(sentence):
            return " ".join([replacement] + [s for j, s in enumerate(sentences) if j != i and "?" in s])
    return text


class LazyPattern:
    """A regular expression compiled on first use: a locale has many rewrite rules, and most are never
    needed at start-up (compiling them all cost about a tenth of `ask`'s cold start)."""

    __slots__ = ("_args", "_compiled")

    def __init__(self, pattern: str, flags: int = 0):
        self._args = (pattern, flags)
        self._compiled: re.Pattern | None = None

    def __getattr__(self, name: str):
        compiled = self._compiled
        if compiled is None:
            compiled = self._compiled = re.compile(*self._args)
        return getattr(compiled, name)


@dataclass(frozen=True, eq=False)  # compared and hashed by identity: one object per language
class Locale:
    code: str
    name: str = ""
    letters: re.Pattern = re.compile(r"[^\W\d_]")  # a letter of this language, for telling languages apart
    # other languages in the same script: their own letters and words against this one's ("ru" for uk)
    own: tuple[str, frozenset[str]] = ("", frozenset())  # letters and words only this language uses
    others: Mapping[str, tuple[str, frozenset[str]]] = field(default_factory=dict)  # code -> (letters, words)
    reads: frozenset[str] = frozenset()  # of `others`, those this locale's phrasings cover (answered in it)
    layout: tuple[str, str] = ("", "")  # (Latin keys, this language's letters on them): wrong-layout typing
    romanization: object = None  # a `bot.story.romanized.Romanization`: the language typed in Latin letters
    stopwords: frozenset[str] = frozenset()  # function words: they carry no topic
    question_words: Mapping[str, str] = field(default_factory=dict)  # word -> question type
    small_talk: Mapping[str, frozenset[str]] = field(default_factory=dict)  # kind -> whole messages
    not_names: frozenset[str] = frozenset()  # titles, months, weekdays: capitalised, yet not names
    rewrite: Callable[[str], str] = _same  # language rules applied to the raw text before folding
    rewrite_message: Callable[[str], str] = _same  # rules across a message's sentences, before it is split
    stem: Callable[[str], str] = _same  # word -> stem (or lemma)
    many_forms: bool = False  # words take so many forms that one whose base the book uses is no misspelling
    # chat noise
    fillers: frozenset[str] = frozenset()  # words people add around a question ("thx", "lol", "quick")
    shorthand: Mapping[str, str] = field(default_factory=dict)  # texting shorthand -> its words ("u" -> "you")
    synonyms: tuple[tuple[str, ...], ...] = ()  # general synonyms; a book's unused ones read as its word
    possessive: str = ""  # the word a possessive leaves after a name ("macron's" -> "macron s")
    roles: frozenset[str] = frozenset()  # "president", "minister": "is X the president?" asks who X is
    people_nouns: frozenset[str] = frozenset()  # "officials", "negotiators": with a country, its people
    guess_cues: frozenset[str] = frozenset()  # "i thought it was macron", "or the us": a name guessed, no topic
    guess_phrases: frozenset[tuple[str, ...]] = frozenset()  # "... it was macron": the two words before a guess
    anyone_words: frozenset[str] = frozenset()  # "people", "anyone" (from a country): its people, no place
    origin_prepositions: frozenset[str] = frozenset()  # "from": "people from hungary" are Hungary's
    name_nouns: frozenset[str] = frozenset()  # "name": "the name of the russian negotiator" asks a person by name
    titles: Mapping[str, str] = field(default_factory=dict)  # word -> the office it names ("premier" -> prime);
    # keys of 5+ letters are stems that match their inflections ("президентом")
    locatives: frozenset[str] = frozenset()  # "behind", "beside": a person after one places a thing
    first_words: frozenset[str] = frozenset()  # "first": an answer saying so denies "did it happen before?"
    ordinal_words: Mapping[str, int] = field(default_factory=dict)  # "third" -> 3: "the third meeting?" of "the first": No
    event_prepositions: frozenset[str] = frozenset()  # "from", "at": "is the photo from this meeting?" dates it
    origin_words: frozenset[str] = frozenset()  # "where is it from?", "звідки": asks a thing's source, not a place
    opposites: Mapping[str, tuple[str, ...]] = field(default_factory=dict)  # "same" -> "separate": a claim the answer's word denies
    ever_words: tuple[tuple[str, ...], ...] = ()  # "at all", "ever": "the first time they met at all?"
    comparatives: frozenset[str] = frozenset()  # "than": "more serious than before" compares
    previous_words: frozenset[str] = frozenset()  # "before", "already": asks whether it happened before
    universal_words: frozenset[str] = frozenset()
    limiting_words: frozenset[str] = frozenset()  # "several", "narrow": an answer saying so denies "all"  # "every", "all": a claim about all that needs saying so
    endings: frozenset[str] = frozenset()  # a book word plus one of these is another word ("party"), not a typo
    # question shape
    question_types: Mapping[tuple[str, ...], str] = field(default_factory=dict)  # words -> when/where/who...
    type_nouns: Mapping[str, str] = field(default_factory=dict)  # "date" -> when, in "meeting date?"
    host_words: frozenset[str] = frozenset()  # "who is hosting?": a country hosts; a city named does not say who
    venue_nouns: frozenset[str] = frozenset()  # "is saudi arabia the venue?": a country named so is where
    conjunct_openers: frozenset[str] = frozenset()  # "... and (then) in saudi arabia": what may open a second event asked
    venue_links: frozenset[str] = frozenset()  # "the venue is france", "hosted by x": the word before the country
    topic_prepositions: frozenset[str] = frozenset()  # "what about where they meet": the clause is the topic
    type_overrides: Mapping[tuple[str, ...], str] = field(default_factory=dict)  # decide wherever they stand
    yesno_openers: frozenset[str] = frozenset()  # a yes/no question opens with one ("is", "did")
    present_openers: frozenset[str] = frozenset()  # "is the meeting in paris?": about now or what is to come
    past_openers: frozenset[str] = frozenset()  # of those, the past tense ("did"): "did they achieve it?"
    perfect_openers: frozenset[str] = frozenset()  # "have", "did": asks whether a thing has happened
    future_words: tuple[tuple[str, ...], ...] = ()  # "will", "going to", "again": asks about what is still to come
    yesno_quantifiers: frozenset[str] = frozenset()  # "any country promised troops?": asks whether any did
    yesno_tags: tuple[str, ...] = ()  # ... or a statement ends with one ("right", "correct")
    statement_questions: bool = False  # a statement with "?" naming a date, place, number or person asks yes/no
    alternative_words: frozenset[str] = frozenset()  # "X чи Y?" asks which, not yes/no (the opener aside)
    # negated statements ("the meeting isn't on friday, is it?"): their verdict turns round
    negators: tuple[tuple[str, ...], ...] = ()  # "never", "nobody", "no one": negate wherever they stand
    negation_particles: frozenset[str] = frozenset()  # "not", "no": negate ...
    negation_auxiliaries: frozenset[str] = frozenset()  # ... after one of these ("is not"); empty: anywhere
    negation_free: tuple[tuple[str, ...], ...] = ()  # "or not", "not only": phrases that negate nothing
    complementizers: tuple[tuple[str, ...], ...] = ()  # "true", "say": "is it true X isn't ..." states X isn't
    dummy_subjects: frozenset[str] = frozenset()  # "it", "there": "is it not the case ..." expects Yes
    # follow-ups and several questions in one message
    followup_openers: tuple[tuple[str, ...], ...] = ()  # "and", "so", "what about": leans on the last answer
    new_subject_openers: tuple[tuple[str, ...], ...] = ()  # "what about X": same question, new subject
    sequence_words: Mapping[str, int] = field(default_factory=dict)  # "before" -> -1, "next" -> 1: "and before that?"
    sure_questions: frozenset[str] = frozenset()  # "are you sure?": the last answer again, as the story's
    more_questions: frozenset[str] = frozenset()  # "tell me more": the last answer, all the story says
    echo_questions: frozenset[str] = frozenset()  # "what does he mean?" after a question in the same message
    which_questions: frozenset[str] = frozenset()
    why_not_questions: frozenset[str] = frozenset()  # "why don't you know?": the last answer (a gap says why)  # "which one?": the last answer names it
    source_questions: frozenset[str] = frozenset()  # "who said so", "says who": asks who said the last answer
    source_question: str = ""  # the plain way to ask it ("who said it"): its words find the fact that tells
    definition_openers: tuple[tuple[str, ...], ...] = ()  # "what is a X": asks what a word means
    definition_closers: tuple[tuple[str, ...], ...] = ()  # "what does X mean": an opener ending in a verb needs one
    pronouns: frozenset[str] = frozenset()  # words pointing back to the last answer ("it", "he", "there")
    event_pronouns: frozenset[str] = frozenset()  # "was that / it the first ...?": the last answer's event, claimed of
    determiners: frozenset[str] = frozenset()  # "this coalition": before a subject's name it names, not points
    person_pronouns: frozenset[str] = frozenset()  # of those, the ones for people ("they"): not tied to one subject
    possessive_question_words: frozenset[str] = frozenset()  # "whose": asks who owns a thing the answer names
    one_person: frozenset[str] = frozenset()  # of those, the ones for one person ("he", "his"): the one the answer named
    else_words: frozenset[str] = frozenset()  # "who else": not the last answer again
    conditionals: frozenset[str] = frozenset()  # "if": what follows is a condition, not what is asked about
    exclusion_openers: tuple[tuple[str, ...], ...] = ()  # "besides X, who else": X is set aside, not asked
    naming_words: frozenset[str] = frozenset()  # "which (countries)": asks them named, not counted
    listing_words: frozenset[str] = frozenset()  # "list the 31 nations": asks them named, one by one
    latest_words: frozenset[str] = frozenset()  # "the latest one": of several occasions, the most recent
    group_pronouns: frozenset[str] = frozenset()  # "they": the countries the last answer named
    existential: frozenset[str] = frozenset()  # "is there": "there" after these does not point back
    connectors: frozenset[str] = frozenset()  # before a question word they start another question ("and")
    imperatives: frozenset[str] = frozenset()  # "tell me about ...": a request without a question mark
    bot_words: frozenset[str] = frozenset()  # with "you": a message about the bot ("are you a robot")
    praise_words: frozenset[str] = frozenset()  # with "you": thanks ("you're awesome")
    you_words: frozenset[str] = frozenset()
    chat_breaks: frozenset[str] = frozenset()  # "wats the coalition lol sounds like a band": a thought ends there
    addressee_phrases: tuple[tuple[str, ...], ...] = ()  # "this chat", "(who am i) talking to": the bot, unnamed
    pro_nouns: frozenset[str] = frozenset()  # "(the april 4) one": a noun standing for the thing a date names
    you_pronouns: frozenset[str] = frozenset()  # "you" itself, not "your": a remark said to the bot
    request_modals: frozenset[str] = frozenset()  # "can (you)": a request, not a remark to the bot
    passive_markers: frozenset[str] = frozenset()  # "(has) been (stated)": an auxiliary with no subject
    participle_endings: tuple[str, ...] = ()  # "(has) promised": a participle, no subject after the auxiliary
    alternative_asks: tuple[tuple[str, ...], ...] = ()  # "was it (X or Y)": which one of those offered
    story_says_tags: frozenset[str] = frozenset()  # "(X.) does the article say?": asks the sentence before it
    reply_pointers: frozenset[str] = frozenset()  # "that (covers it)": the reply itself, in a remark beside thanks
    request_softeners: frozenset[str] = frozenset()  # "please", "just": what may open a command to the bot
    correction_words: frozenset[str] = frozenset()  # "when was it actually?": the date said before is to correct
    question_embedders: frozenset[str] = frozenset()  # "tell me (who)", "know (when)": a question inside a sentence
    self_corrections: frozenset[tuple[str, ...]] = frozenset()  # "no wait", "i mean": what follows is what is asked
    interjections: frozenset[str] = frozenset()  # "lol", "wow", "ugh": chatter that opens a run-on message
    relative_words: frozenset[str] = frozenset()  # "who", "which": may open a relative clause, not a question
    run_on_adverbs: frozenset[str] = frozenset()  # "what even is it": a word between a question word and its verb
    agent_prepositions: frozenset[str] = frozenset()  # "(run) by (the usa)": who does it, a claim to check
    order_prepositions: tuple[tuple[str, ...], ...] = ()  # "before (announcing it)": an event that says when
    acting: frozenset[str] = frozenset()  # "(the usa) lead(s)": the token of a deed a country is claimed to do
    attending: frozenset[str] = frozenset()  # "(will the us) attend": the token of taking part, a claim on who
    existence_phrases: tuple[tuple[str, ...], ...] = ()  # "is there", "in place": asks whether a thing exists
    possibility_words: frozenset[str] = frozenset()  # "(a) potential (ceasefire)": named as possible, not there
    membership_phrases: frozenset[tuple[str, ...]] = frozenset()  # "(is the us) in it": one of those in it, a claim
    time_nouns: frozenset[str] = frozenset()  # "these (days)", "this (time)": a time, not a pointer back
    opinion_openers: frozenset[str] = frozenset()  # "(?) sounds like ...": the asker's view after a question
    reason_words: frozenset[str] = frozenset()  # "(is it in ukraine) bc (isnt that dangerous)": why the reader asks
    reader_subjects: frozenset[str] = frozenset()  # "(is it the 4th) i forget": the reader, after a question
    subject_words: frozenset[str] = frozenset()  # "(who is) the ...", "(who are) they": a subject after the verb
    task_verbs: frozenset[str] = frozenset()  # "write (my essay)", "do (my homework)": work asked of the bot
    first_person: frozenset[str] = frozenset()  # "i", "we": a remark opening so is about the one asking
    belief_words: frozenset[str] = frozenset()  # "i think", "i heard": a remark so made is a claim, not about the reader
    reader_possessives: frozenset[str] = frozenset()  # "my students", "our timeline": the reader's own, no topic
    example_words: frozenset[str] = frozenset()  # "besides the f-16, like mirages": what follows is asked, not set aside
    pro_verbs: tuple[tuple[str, ...], ...] = ()  # "when did he do so?": the last answer's action, not the person
    medium_prepositions: frozenset[str] = frozenset()  # "on the news": where the reader heard of it, no topic
    home_words: frozenset[str] = frozenset()  # "i live in brazil": a place after one is the reader's, no claim
    here_words: frozenset[str] = frozenset()  # "is it happening here?" after "i live in odesa": in Odesa
    # numbers, dates, places and people
    numbers: Callable[[str], str] = _same  # spelled-out numbers -> digits
    has_number_words: Callable[[list[str]], bool] = lambda words: False  # worth calling `numbers`?
    months: Mapping[str, int] = field(default_factory=dict)
    seasons: Mapping[str, int] = field(default_factory=dict)  # "spring" -> 3: its first month (three months long)
    weekdays: Mapping[str, int] = field(default_factory=dict)  # Monday = 0
    # "sat", "sun": a weekday only after one of `weekday_cues` ("on sat") or before a day number, else a word
    word_weekdays: frozenset[str] = frozenset()
    weekday_cues: frozenset[str] = frozenset()
    month_cues: frozenset[str] = frozenset()
    aircraft: Mapping[str, str] = field(default_factory=dict)  # a model's name -> its designation ("gripen": "jas39")
    aircraft_prefixes: frozenset[str] = frozenset()  # "f", "mig": with a number, a model ("f 35", "mig29")
    meeting_modes: Mapping[str, str] = field(default_factory=dict)  # "face to face" -> "in person": how people met
    mode_cues: Mapping[str, tuple[str, ...]] = field(default_factory=dict)  # "in person": ("met in", ...), for `check`
    times_of_day: frozenset[str] = frozenset()  # "morning": after one of `time_cues` ("in the morning"), a time claim
    time_cues: frozenset[str] = frozenset()  # "in may": a short month name after one is the month
    relative_days: Mapping[tuple[str, ...], tuple] = field(default_factory=dict)  # "tomorrow" -> (1, 1)
    time_units: Mapping[str, int] = field(default_factory=dict)  # "days" -> 1, "week" -> 7 (in days)
    offset_words: Mapping[str, int] = field(default_factory=dict)  # "after" -> 1, "before" -> -1
    small_numbers: Mapping[str, int] = field(default_factory=dict)  # "two" -> 2, where `numbers` leaves them
    sole_count_cues: frozenset[str] = frozenset()  # "just (one)", "лише (одна)": a small number claimed as a count
    one_words: frozenset[str] = frozenset()  # "the day before": one unit
    articles: frozenset[str] = frozenset()  # "the starmer call": a name after one, before a noun, says which
    letter_names: Mapping[str, str] = field(default_factory=dict)  # "eff" -> "f" (voice typing)
    places: Mapping[str, str] = field(default_factory=dict)  # place -> the country it is in ("" for a country)
    people: frozenset[str] = frozenset()  # well-known people a yes/no premise may name
    demonyms: frozenset[str] = frozenset()  # "french": before an office, a country's office holder is a person
    place_prepositions: frozenset[str] = frozenset()  # "in France" is a place; "where in Ukraine" is not geography
    beneficiary_prepositions: frozenset[str] = frozenset()  # "guarantees for ukraine": a place that gains, not a venue
    contents_frames: tuple[str, ...] = ()  # "what is in those proposals?": asks what a thing says (group `noun`)
    detail_words: frozenset[str] = frozenset()  # "proposals include ...": an answer that details the thing
    outcome_words: tuple[str, ...] = ()  # "outcome": asked of a past event whose fact reports none, no answer
    view_words: tuple[str, ...] = ()  # "feel", "think of": a view asked of a fact that reports none, no answer
    exclusive_words: frozenset[str] = frozenset()  # "only", "sole": a claim that nothing else is so
    plural_words: frozenset[str] = frozenset()  # "several": more than two, so no "only these two" holds
    happening_words: frozenset[str] = frozenset()  # "(already) happened / taken place": an event is over
    outside_words: frozenset[str] = frozenset()  # "outside (of) ukraine": the place claimed is not the venue
    list_joiners: frozenset[str] = frozenset()  # "france and britain": names joined into one list
    completion_words: frozenset[str] = frozenset()  # "already": a claim that something is done
    intention_words: frozenset[str] = frozenset()  # "pledged", "ready to": an answer that it is only promised
    additive_words: frozenset[str] = frozenset()  # "also", "too": one more besides those the story names
    speech_words: frozenset[str] = frozenset()  # "according to X", "X said": X is asked as the one who said it
    quote_phrases: tuple[str, ...] = ()  # "word for word", "quote": someone's own words are asked, not a topic
    person_cues: tuple[tuple[str, ...], ...] = ()  # "written by olena goncharova": an unknown word after one names a person
    city_nouns: frozenset[str] = frozenset()  # "which city": a fact naming only a country does not answer it
    place_nouns: frozenset[str] = frozenset()  # "which country ... in?" asks where
    engine_texts: Mapping[str, str] = field(default_factory=dict)  # what the engine itself says (Yes./No. ...)
    texts: object = None  # a `Texts` record (locale/texts.py): every sentence the front ends say

    def text(self, key: str, **values: object) -> str:
        """A sentence from `texts` (or the engine's own), filled in; the key itself if the locale lacks it."""
        template = self.engine_texts.get(key) or getattr(self.texts, key, None) or key
        return template.format(**values) if values else template

    def __reduce__(self):
        """Pickled by its code: unpickled, it is the one locale object of that language (`get`)."""
        return get, (self.code,)


@lru_cache(maxsize=None)
def get(code: str) -> Locale:
    """The locale for `code` ("en"), read from its words (and texts, if present) modules."""
    words = importlib.import_module(f"{__name__}.{code}.words")
    values: dict[str, object] = {}
    for spec in fields(Locale):
        if spec.name in ("code", "texts"):
            continue
        if hasattr(words, spec.name):
            values[spec.name] = getattr(words, spec.name)
        elif spec.default is MISSING and spec.default_factory is MISSING:
            raise LookupError(f"locale '{code}' does not define '{spec.name}'")
    try:
        texts = importlib.import_module(f"{__name__}.{code}.texts").TEXTS
    except ModuleNotFoundError as exc:  # no texts module yet; an import error inside one still shows
        if exc.name != f"{__name__}.{code}.texts":
            raise
        texts = None
    return Locale(code=code, texts=texts, **values)
