"""Follow-ups: a message that leans on the last answer is read as that answer's subject plus the
new question type, before it is read alone.

"and when?" after the Paris summit asks for the summit's date; "where?" after the meeting's date
asks for its place.  When the subject has no fact for that type, the reply says the story does
not say it about that subject; it never falls back to another subject's answer.
"""

from __future__ import annotations

import datetime as dt
from functools import lru_cache

from ..story.factbook import Fact
from ..story.index import MatchIndex
from . import premise, tense
from .result import Kind, Part, Result
from .shape import STRONG_TYPES, qtype
from .understand import Query, Reading, after_opener
from .understand import query as understand_query


def topic(query: Query, index: MatchIndex) -> list[str]:
    """The query's topic words: no question words ("how long"), and no date or number it claims."""
    shape = _shape_words(index)
    return [t for t in _own_words(query, index) if t not in shape]


def _own_words(query: Query, index: MatchIndex) -> list[str]:
    """The query's words less question words and the dates and numbers it claims."""
    question = index.vocabulary.question
    words = query.readings[0].words
    claimed = {t for m in query.mentions if m.kind in ("date", "count")
               for t in index.content(" ".join(words[m.start:m.end]))}
    return [t for t in query.tokens if t not in question and t not in claimed]


@lru_cache(maxsize=16)
def _shape_words(index: MatchIndex) -> frozenset[str]:
    """Words of the locale's question shapes that are not nouns: "how long", "how many"."""
    locale = index.locale
    found = ({w for key in locale.question_types for w in key if w not in locale.type_nouns} | locale.else_words
             | {w for opener in locale.followup_openers for w in opener})  # "what about?"
    return frozenset(t for w in found for t in index.content(w))


@lru_cache(maxsize=64)
def _asking(index: MatchIndex, kind: str) -> frozenset[str]:
    """The words of the shapes that ask `kind` ("how", "many"): they ask, they name nothing asked about
    ("countries" of "how many countries" is what is counted)."""
    return frozenset(t for key, asked in index.locale.question_types.items() if asked == kind
                     for t in index.content(" ".join(key)))


@lru_cache(maxsize=16)
def type_tokens(index: MatchIndex) -> frozenset[str]:
    """Nouns that ask a type of question ("date", "purpose"): of any subject, so no subject's own word."""
    return frozenset(t for noun in index.locale.type_nouns if " " not in noun for t in index.content(noun))


def leans(query: Query, index: MatchIndex, previous: Fact) -> bool:
    """Should `query` be read against `previous` first?  Only if it says nothing new about another
    subject: no words at all ("and when?"), or words asked about this subject, pointed back to
    ("who leads it?") or few ("who is starmer btw")."""
    content = [t for t in topic(query, index) if t not in type_tokens(index)]  # "and the purpose?" asks a type
    if not content or _latest(query, index, previous) is not None:
        return True  # "and when?", "what was the latest one?"
    if query.new_subject:
        return False  # "what about the paris one": a new question
    own = index.subject_tokens.get(previous.subject, ())
    said = index.vocab[index.position[previous.id]]
    if all(t in said and (t not in index.subject_names or t in own) for t in content):
        return True  # "based on whose proposals?": words of the last answer itself, none another subject's name
    if query.yesno and query.ties and _claims_only(query, index, content):
        return True  # "is it in paris?" after where the meeting is: a claim about "it", not about Paris
    if not query.refers and any(t in index.subject_names and t not in own for t in content):
        return False  # "who leads this coalition thing" after the article: it names its own subject
    asked = index.subject_asked.get(previous.subject, frozenset())
    if any(t not in asked for t in content):
        return False  # another subject's word: a new question
    return query.leans or query.refers or len(content) <= 1


_JUDGED_OF_IT = ("date", "place", "count")  # a country or a person may be the topic ("will the us be there?")


def _claims_only(query: Query, index: MatchIndex, content: list[str]) -> bool:
    """Every topic word of the question is a date, place, number or name it claims."""
    words = query.readings[0].words
    found = premise.claims(query.mentions)
    claimed = {t for c in found for t in index.content(" ".join(words[c.start:c.end]))}
    return bool(claimed) and all(c.kind in _JUDGED_OF_IT for c in found) and all(t in claimed for t in content)


def _judge_of_it(query: Query, index: MatchIndex, previous: Fact, candidates: list[int]) -> int | None:
    """"is it in paris?" after when the meeting is: the subject's fact stating that kind of claim (the
    last answer itself if it does) judges it, whatever else the claim's words name."""
    if not (query.yesno and query.ties and _claims_only(query, index, topic(query, index))):
        return None
    found = premise.claims(query.mentions)
    stating = [i for i in candidates if not index.facts[i].gap and all(premise.states(c, index.facts[i]) for c in found)]
    here = index.position[previous.id]
    return here if here in stating else stating[0] if len(stating) == 1 else None


def named_subject(query: Query, index: MatchIndex, previous: Fact, th) -> str | None:
    """Another subject the question names by its own name ("and russia?", "what about the earlier
    ones?", "and when is the meeting they planned?" after the Zelensky-Starmer call), else None.
    People's names do not count (a pronoun's person is read apart), nor words of the last answer's
    subject's own name, nor words the last answer itself said of something else ("and when did the us and
    ukrainian officials meet" after what the U.S. is doing, which says they "met in Saudi Arabia": not the
    April 4 meeting) unless the last answer is related to a fact of that subject (the Zelensky-Starmer
    call planned the April 4 meeting).  Of several subjects named, the one whose facts fit the question best."""
    own = set(index.subject_tokens.get(previous.subject, ()))
    words = set(topic(query, index)) - own - index.people_tokens - _conditioned(query, index)
    said = index.vocab[index.position[previous.id]]
    linked = {index.facts[index.position[r]].subject for r in previous.related if r in index.position}
    named = [s for s, names in index.subject_tokens.items() if s != previous.subject and words & set(names)
             and (s in linked or not _said_of_it(query, index, words, set(names), said))]
    named += [s for s in _dated_by_name(query, index) if s != previous.subject and s not in named]
    if len(named) < 2:
        return named[0] if named else None
    members = {i: s for s in named for i in index.subjects[s]}
    ranked = [r for r in index.rank(list(query.tokens), th) if r.fact_index in members]
    return members[ranked[0].fact_index] if ranked else None


def _dated_by_name(query: Query, index: MatchIndex) -> list[str]:
    """The subjects a date names as a thing ("no i meant the april 4 one"), not as a claim ("is it on april 4?")."""
    words = query.readings[0].words
    dates = [m for m in query.mentions if m.kind == "date" and words[m.end:m.end + 1]
             and words[m.end] in index.locale.pro_nouns]
    return premise.dated_subjects(dates, index)


def _conditioned(query: Query, index: MatchIndex) -> set[str]:
    """The words of a condition ("... if a ceasefire is reached"): a frame of the question, naming no subject
    it asks about."""
    words = query.readings[0].words
    start = next((i for i, w in enumerate(words) if w in index.locale.conditionals), None)
    return set(index.content(" ".join(words[start + 1:]))) if start else set()


def _said_of_it(query: Query, index: MatchIndex, words: set[str], names: set[str], said: frozenset[str]) -> bool:
    """Are the question's words all the last answer's own, and is it more than a bare name ("and when did the
    us and ukrainian officials meet", "where did they meet"), so that a subject's name among them ("meet")
    is what the last answer said, not another subject ("what about the article?" still is one)?"""
    words = {t for t in words if t not in _auxiliaries(index)}  # "did"
    return words <= said and bool(query.refers or words - names)


@lru_cache(maxsize=16)
def _openers(index: MatchIndex) -> frozenset[str]:
    """The locale's follow-up openers ("what about", "and"), as tokens."""
    return frozenset(t for opener in index.locale.followup_openers for w in opener for t in index.content(w))


@lru_cache(maxsize=16)
def _auxiliaries(index: MatchIndex) -> frozenset[str]:
    """The locale's yes/no verbs ("did", "is"), as tokens: no topic of their own."""
    return frozenset(t for w in index.locale.yesno_openers for t in index.content(w))


def _this_time(query: Query, index: MatchIndex, previous: Fact) -> str | None:
    """"and this time?" after where the coalition met before: "this" plus an occasion (a type noun such
    as "time") points to the present one, so a last subject named as an earlier one ("the coalition's
    *earlier* meetings") gives way to the subject named the same without "earlier" (the April 4
    meeting)."""
    words = after_opener(query, index.locale)
    locale = index.locale
    if topic(query, index) and not all(w in locale.type_nouns for w in topic(query, index)):
        return None
    if not any(w in locale.type_nouns and i and words[i - 1] in locale.pronouns for i, w in enumerate(words)):
        return None
    earlier = {t for w, sign in locale.offset_words.items() if sign < 0 for t in index.content(w)}
    own = index.subject_tokens.get(previous.subject, ())
    at = next((i for i, t in enumerate(own) if t in earlier), None)
    if at is None or at + 1 >= len(own):
        return None
    head = own[at + 1]  # what was earlier: "meetings"
    found = [s for s, names in index.subject_tokens.items()
             if s != previous.subject and head in names and not set(names) & earlier]
    return found[0] if len(found) == 1 else None


def switched(query: Query, index: MatchIndex, previous: Fact, th, trace: list[str]) -> Result | None:
    """"and russia?" after what the U.S. is doing: the same question about the subject it names, read
    as that subject plus the question's own type, or, with none ("and russia?"), the last answer's.
    Only after an opener ("and", "so", "what about") or a thing a date names ("no i meant the april 4 one"):
    a question without one is read on its own."""
    by_date = _dated_by_name(query, index)  # ("and the march 27 one?": a thing named, no claim to judge)
    if not (query.leans or query.new_subject or by_date) or query.other or \
            any(w in index.locale.comparatives for w in query.readings[0].words):
        return None  # "so how is this one different from the earlier ones?" compares; it asks about this one
    subject = named_subject(query, index, previous, th)
    occasion = subject is None and _this_time(query, index, previous)
    subject = subject or occasion or None
    rest = after_opener(query, index.locale)
    if query.refers and not by_date and not qtype(rest, index.locale):
        return None  # "то вони теж в коаліції?": no question word, a claim about the last answer's "they"
    if subject is None or (query.yesno and not by_date and (query.refers or not rest or rest[0] in index.locale.yesno_openers
                                            or set(topic(query, index)) - set(index.subject_tokens[subject]))):
        return None  # "а росія?" is no claim to judge, but "so is it in the coalition too?" is
    members = index.subjects[subject]
    lang = index.locale.code
    kind = "" if occasion else qtype(rest, index.locale)  # "this time" asks no "when"
    if kind:
        typed = [i for i in members if kind in index.declared[i]]
    else:  # "and russia?": the last answer's question, asked about that subject
        kinds = index.declared[index.position[previous.id]] - {"yesno"}
        typed = (not occasion and _tied(index, previous, members)) or [i for i in members if kinds & index.declared[i]] or list(members)
    if not typed:
        if kind in STRONG_TYPES and _answers_alone(query, index, kind, th):
            trace.append(f"names '{subject}', which has no fact answering '{kind}', but its own words fit one: read alone")
            return None  # "..., and where did ukrainian and us officials meet?": the Saudi talks, not the U.S.
        if kind in STRONG_TYPES:
            trace.append(f"names '{subject}', which has no fact answering '{kind}': declined about it")
            return subject_decline(subject, kind, members, index, lang)
        typed = list(members)
    chosen = _main(query, index, subject, typed, th) if not occasion or len(typed) == 1 else None
    if chosen is None:
        trace.append(f"names '{subject}'; several of its facts fit: did you mean")
        return Result(Kind.SUGGEST, suggestions=tuple(index.facts[i] for i in typed[:3]), followup=True, lang=lang)
    fact = index.facts[chosen]
    if set(topic(query, index)) - set(index.subject_tokens[subject]) and _own_words_elsewhere(query, index, chosen, th):
        trace.append(f"names '{subject}', but its own words fit another fact far better: read alone")
        return None  # "..., and who said it would meet in ukraine?": who announced it, not who attends
    view = premise.unreported_view(query.tokens, fact, index)
    if view:  # "and the americans, what do they think of it?": what the U.S. does is no view
        trace.append(f"names '{subject}', but asks {view}, which {fact.id} does not report: declined about it")
        return subject_decline(subject, "", members, index, lang)
    trace.append(f"names another subject: '{subject}' + {kind or 'the last question'} -> {fact.id}")
    return _followed(fact, index)


def _answers_alone(query: Query, index: MatchIndex, kind: str, th) -> bool:
    """The question's own words pick, far ahead of the rest, a fact that answers its type."""
    ranked = index.rank(list(query.tokens), th, kind) if query.tokens else []
    runner_up = ranked[1].score if len(ranked) > 1 else 0.0
    return bool(ranked) and ranked[0].score >= th.answer and ranked[0].score - runner_up >= th.reading_lead \
        and kind in index.declared[ranked[0].fact_index]


def _own_words_elsewhere(query: Query, index: MatchIndex, chosen: int, th) -> bool:
    """The question's own words pick another fact almost word for word, far ahead of the subject's."""
    ranked = index.rank(list(query.tokens), th, query.qtype) if query.tokens else []
    if not ranked or ranked[0].fact_index == chosen or ranked[0].score < th.answer:
        return False
    mine = next((s.score for s in ranked if s.fact_index == chosen), 0.0)
    return ranked[0].score - mine >= (th.same_gap if ranked[0].score >= th.literal else 2 * th.same_gap)


def _tied(index: MatchIndex, previous: Fact, members: list[int]) -> list[int]:
    """"what about the us?" after who leads the coalition: of the named subject's facts, the one asked
    about it *and* the last answer's subject (whether the U.S. is in the coalition), not its own main fact."""
    own = index.subject_tokens.get(previous.subject, ())
    tied = [i for i in members if own and all(t in index.asked[i] for t in own)]
    return tied if len(tied) == 1 else []


def person(query: Query, index: MatchIndex, previous: Fact, trace: list[str], alone) -> Result | None:
    """"what's his job?" after who announced the meeting: "he" is the one person the last answer
    named, so the question is read with that person's name ("what's zelensky's job?").  When that
    reading fits no fact and the last answer's subject is not that person ("where is he from?" after
    the author), the question is about the person, whom the story says nothing more of: not the
    article's place of publication."""
    words = query.readings[0].words
    if not set(words) & index.locale.one_person and not query.other:
        return _they(query, index, previous, trace, alone)
    if not set(words) & index.locale.one_person or query.other:
        return None
    if premise.says(tuple(words), index.locale.pro_verbs):
        return None  # "and on what date did he do so?": what he did, the last answer's, is asked
    people = {" ".join(index.content(p.split()[-1])) for p in previous.asserts.people}
    own = index.subject_tokens.get(previous.subject, ())
    if not people and own and set(own) <= index.people_tokens:
        people = {" ".join(own)}  # the last answer was about a person ("who is zelensky?")
    quoted = not people
    people = people or _quoted(index, previous)  # "Zelensky said: ..." in the answer about the meeting's purpose
    if len(people) != 1:
        return None  # "he" after Zelensky and Starmer's call: which one?
    name = index.content(next(iter(people)))
    if not name:
        return None
    named = _with_the_name(query, words, name, index)
    found = alone(named)
    fact = found.fact if found.kind in (Kind.ANSWER, Kind.DECLINE) and found.parts else None
    if fact is not None and fact.id == previous.id and not query.yesno:  # "what did he mean by a narrow circle?" after all his
        plain = alone(query)  # words: the fact about those words of his, not all of them again
        if plain.kind is Kind.ANSWER and plain.fact is not None and plain.fact.id != previous.id \
                and set(name) <= index.speakers[index.position[plain.fact.id]]:
            found, fact = plain, plain.fact
    if fact is not None and (fact.subject == previous.subject or set(name) <= set(index.subject_tokens.get(
            fact.subject, ())) or any(set(name) <= set(index.content(p)) for p in fact.asserts.people)
            or set(name) <= index.speakers[index.position[fact.id]]  # "what does he mean by ...?": his words
            or (quoted and found.kind is Kind.ANSWER and set(name) <= index.asked[index.position[fact.id]])) \
            and not (quoted and _beaten(query, fact, alone)):
        trace.append(f"'{' '.join(w for w in words if w in index.locale.one_person)}' is {' '.join(name)}: {fact.id}")
        return Result(found.kind, found.parts, score=found.score, followup=True, lang=found.lang)
    if quoted:
        return None  # a name the answer only mentions: no claim that the question is about that person
    if _asked_of_subject(query, index, previous, name):
        trace.append(f"'{' '.join(w for w in words if w in index.locale.one_person)}' is '{previous.subject}', "
                     "whose fact is asked so")
        return None  # "а коли її опублікували?" after the author: "її" is the article (feminine), not the author
    if query.qtype not in ("who", ""):  # "how old is he?" after who zelensky is: not the article's age either
        trace.append(f"asks about {' '.join(name)}, whom the story says no more of: not about '{previous.subject}'")
        return Result(Kind.FALLBACK, followup=True, lang=index.locale.code, nearest=previous)
    return None


def _with_the_name(query: Query, words: tuple[str, ...], name: list[str], index: MatchIndex) -> Query:
    """The question read again with the person's name for "he" ("is he the president?" -> "is zelensky the
    president?": an office said of a named person asks who that person is); when that reading loses the
    name or the question's kind, its own tokens plus the name's."""
    said = [" ".join(name) if w in index.locale.one_person else w for w in words]
    again = understand_query(said, query.yesno, index)
    if again.yesno == query.yesno and set(name) <= set(again.tokens):
        return again
    tokens = list(query.tokens) + [t for t in name if t not in query.tokens]
    return Query(query.text, (Reading(words, tuple(tokens), query.qtype),), yesno=query.yesno, mentions=query.mentions)


def _beaten(query: Query, fact: Fact, alone) -> bool:
    """Read without the mentioned person's name, does the question answer with another fact?  "хто нею
    керує?" after the summary is who leads the coalition ("нею" is the coalition), not who Zelensky is."""
    plain = alone(query)
    return plain.kind is Kind.ANSWER and plain.fact is not None and plain.fact.id != fact.id


def _quoted(index: MatchIndex, previous: Fact) -> set[str]:
    """The one person (by surname) the story names whom the last answer's own text mentions, when it
    asserts no people ("To work out details ... Zelensky said: ...")."""
    said = set(index.content(index.answer(previous)))
    names = {" ".join(index.content(p.split()[-1])) for f in index.facts for p in f.asserts.people}
    found = {n for n in names if n and set(n.split()) <= said}
    return found if len(found) == 1 else set()


def _asked_of_subject(query: Query, index: MatchIndex, previous: Fact, name: list[str]) -> bool:
    """Does a fact of the last answer's subject answer the question's type and is it asked with all the
    question's own words ("when did he publish it?" after the author: the article's publication)?  Then a
    "he"/"her" is that subject (a thing, in a language with grammatical gender), not the person it named."""
    own = [t for t in topic(query, index) if t not in name]
    kind = query.qtype
    return bool(own and kind) and any(kind in index.declared[i] and all(t in index.asked[i] for t in own)
                                      for i in index.subjects.get(previous.subject, ()))


def _they(query: Query, index: MatchIndex, previous: Fact, trace: list[str], alone) -> Result | None:
    """"do they lead the coalition?" after which countries pledged troops: "they" are the countries the last
    answer named (France and the U.K.), and a yes/no question naming another subject is a claim about
    them there, read with their names ("do france and the uk lead the coalition?")."""
    words = query.readings[0].words
    group = index.locale.group_pronouns
    countries = previous.asserts.countries
    if countries and set(words) & group and query.qtype not in ("", "why") and not query.yesno:  # not the reason
        return _they_did(query, index, previous, trace, alone)
    if not ((query.yesno or not query.qtype) and countries and set(words) & group):  # "вони в коаліції?"
        return None
    own = set(index.subject_tokens.get(previous.subject, ()))
    if not any(t in index.subject_names and t not in own for t in topic(query, index)):
        return None  # "did they promise it?": about the last answer itself
    name = [t for c in countries for t in index.content(c) if t not in query.tokens]
    named = Query(query.text, (Reading(words, tuple(list(query.tokens) + name), query.qtype),), yesno=True,
                  mentions=query.mentions)
    found = alone(named)
    if found.kind not in (Kind.ANSWER, Kind.DECLINE) or found.fact is None or found.fact.subject == previous.subject:
        return None
    trace.append(f"'they' are {', '.join(countries)}: {found.fact.id}")
    return Result(found.kind, found.parts, score=found.score, followup=True, lang=found.lang)


def _they_did(query: Query, index: MatchIndex, previous: Fact, trace: list[str], alone) -> Result | None:
    """"what have they promised?" after who leads the coalition: "they" are France and the U.K., so the
    question read with their names ("what have france and the uk promised?"), when that reading answers
    with a fact of another subject that names them both (the troops they pledged), is about them."""
    if not topic(query, index):
        return None  # "and them?"
    countries = previous.asserts.countries
    words = query.readings[0].words
    name = [t for c in countries for t in index.content(c) if t not in query.tokens]
    named = Query(query.text, (Reading(words, tuple(list(query.tokens) + name), query.qtype),), yesno=False,
                  mentions=query.mentions)
    found = alone(named)
    fact = found.fact
    if found.kind is not Kind.ANSWER or fact is None or fact.subject == previous.subject or \
            not set(countries) <= set(fact.asserts.countries):
        return None
    trace.append(f"'they' are {', '.join(countries)}: {fact.id}")
    return Result(found.kind, found.parts, score=found.score, followup=True, lang=found.lang)


def _main(query: Query, index: MatchIndex, subject: str, typed: list[int], th) -> int | None:
    """Of a subject's facts of one type, the one the question's words (with the subject's name) pick
    by a clear lead; else its one fact that is not a gap (which needs words of its own: "which city")."""
    if len(typed) == 1:
        return typed[0]
    tokens = list(dict.fromkeys(list(query.tokens) + list(index.subject_tokens.get(subject, ()))))
    ranked = [s for s in index.rank(tokens, th) if s.fact_index in typed]
    if ranked and (len(ranked) == 1 or ranked[0].score - ranked[1].score >= th.cross_gap):
        return ranked[0].fact_index
    answers = [i for i in typed if not index.facts[i].gap]
    return answers[0] if len(answers) == 1 else None


def _followed(fact: Fact, index: MatchIndex) -> Result:
    """`fact`'s answer, as a reading of the question in context."""
    return Result.of_fact(fact, index.answer(fact), followup=True, lang=index.locale.code)


def _rejudged(query: Query, index: MatchIndex, previous: Fact, fact: Fact, candidates: list[int],
              judged: list, trace: list[str]) -> Fact:
    """A yes/no claim goes to the fact that can judge it: the subject's one fact stating that kind of
    claim ("is it on thursday?" after where the meeting is: its date), or the coming event a saying
    names ("is it on sunday?" after the announcement: the meeting)."""
    if not (query.yesno and judged):
        return fact
    if not any(premise.states(c, fact) for c in judged):
        stating = [i for i in candidates if not index.facts[i].gap
                   and all(premise.states(c, index.facts[i]) for c in judged)]
        if len(stating) == 1:
            trace.append(f"context: {fact.id} states no such claim; {index.facts[stating[0]].id} does")
            fact = index.facts[stating[0]]
    unlisted = _unlisted_member(query, index, fact, candidates, judged)
    if unlisted is not None:
        trace.append(f"context: asks whether a country {fact.id} does not name is one of them: {unlisted.id}")
        return unlisted
    ahead = _event_ahead(query, index, previous, fact, judged)
    if ahead is not None:
        trace.append(f"context: a date asked in no past tense, of {fact.id}'s saying and the coming event it names: "
                     f"{ahead.id}")
        fact = ahead
    return fact


def _unlisted_member(query: Query, index: MatchIndex, fact: Fact, candidates: list[int], judged: list) -> Fact | None:
    """"is poland part of it?" after the coalition's size: the fact naming countries (those who lead it)
    does not name Poland, which says nothing of whether Poland is in it; the subject's one gap fact
    answering who is in it does ("the story names only France and the U.K.")."""
    words = query.readings[0].words
    members = [c for c in judged if c.kind == "country" and premise.takes_part(c, words, index)]
    if not members or not all(premise.check(c, fact, index) is False for c in members):
        return None
    gaps = [index.facts[i] for i in candidates if index.facts[i].gap and {"who", "yesno"} <= index.declared[i]]
    return gaps[0] if len(gaps) == 1 else None


def in_context(query: Query, index: MatchIndex, previous: Fact, th, trace: list[str]) -> Result | None:
    """The answer about `previous`'s subject to `query`'s type, an honest decline, or None."""
    members = index.subjects.get(previous.subject)
    if not members:
        return None
    here = index.position[previous.id]
    latest = _latest(query, index, previous)
    if latest is not None:
        trace.append(f"context: the latest of '{previous.subject}' the story dates: {latest.id}")
        return _followed(latest, index)
    candidates = [i for i in members if not (query.other and i == here)]
    kind = query.qtype if query.qtype in STRONG_TYPES and not query.yesno else ""
    if kind and _whose_thing(query, index):
        kind = ""  # "and whose proposals is it based on?" after who attends: the proposals' fact names the owner
    before = tense.before_it(query, index, previous, kind, trace) or tense.ahead_of_it(query, index, previous, kind, trace)
    if before is not None:
        return before
    typed = [i for i in candidates if not kind or kind in index.declared[i]]
    if not typed:
        return _untyped(query, index, previous, kind, members, th, trace)
    typed = _detail(query, index, previous, kind, typed, members, th, trace)
    if isinstance(typed, Result):
        return typed
    chosen = _pick(query, index, previous, kind, candidates, typed, th)
    if chosen is _NAMED:
        trace.append("context: its words fit another subject the last answer names far better: read alone")
        return None
    if chosen is _UNFIT and not query.refers:
        trace.append(f"context: its own words fit no fact about '{previous.subject}': read alone")
        return None
    if chosen is None or chosen is _UNFIT:  # "what's he doing?" points back, yet fits nothing well: ask
        trace.append(f"context: several facts about '{previous.subject}' fit: did you mean")
        close = tuple(index.facts[i] for i in typed[:3])
        return Result(Kind.SUGGEST, suggestions=close, followup=True, lang=index.locale.code)
    return _chosen(query, index, previous, kind, index.facts[chosen], candidates, members, trace)


def named_member(query: Query, index: MatchIndex, previous: Fact, trace: list[str]) -> Result | None:
    """"and the uk?" after which countries pledged troops: only a country named, of a last answer
    listing countries, asks whether it is among them: Yes, No, or not said."""
    found = [m for m in query.mentions if m.kind == "country"]
    words = query.readings[0].words
    if query.yesno or not found or not previous.asserts.countries or any(
            set(index.content(" ".join(words[m.start:m.end]))) & index.subject_names for m in found):
        return None  # "and russia?" after what the U.S. is doing: the same question about Russia (switched)
    if not _only_mentions(query, index, found):
        return None
    trace.append(f"context: only a name, of a last answer listing them: is it among {previous.id}'s?")
    return Result.of_parts(premise.parts(found, previous, index), followup=True, lang=index.locale.code)


def named_day(query: Query, index: MatchIndex, previous: Fact, trace: list[str]) -> Result | None:
    """"and on march 27?" after what happened on March 31: only a day named asks what happened that day
    (of several that day, one the last answer relates to first)."""
    days = [m for m in query.mentions if m.kind == "date"]
    if len(days) != 1 or not query.leans or query.refers:
        return None  # "is it on thursday?", "so it was in april??": a claim about "it"
    day = days[0]
    if not _only_mentions(query, index, days):
        return None
    dated = related_first([f for f in index.facts if f.asserts.date and not f.gap
                           and day.value.matches(dt.date.fromisoformat(f.asserts.date))], previous)
    if not dated or dated[0].id == previous.id:
        return None
    trace.append(f"context: only a day named: what the story dates then: {dated[0].id}")
    return _followed(dated[0], index)


def related_first(facts: list[Fact], previous: Fact) -> list[Fact]:
    """Of several facts (one day's events), those related to the last answer either way first, else the
    book's order."""
    return sorted(facts, key=lambda f: not (f.id in previous.related or previous.id in f.related))


def named_ruled_out(query: Query, index: MatchIndex, previous: Fact, trace: list[str]) -> Result | None:
    """"heads of state?" after who attends: only what the last answer rules out, named: No."""
    if query.yesno or not previous.asserts.rules_out:
        return None
    topic_words = set(_own_words(query, index))
    ruled = [set(index.content(thing)) for thing in previous.asserts.rules_out]
    if not topic_words or not any(r and topic_words == r for r in ruled):
        return None
    trace.append(f"context: only what {previous.id} rules out, named: No")
    words = tuple(sorted(topic_words))
    return Result.of_parts(premise.parts([], previous, index, words, query.readings[0].words), followup=True,
                           lang=index.locale.code)


def _only_mentions(query: Query, index: MatchIndex, found: list) -> bool:
    """After its opener, does the question say nothing but these mentions and function words ("and the
    uk?", "and on march 27?")?"""
    words = query.readings[0].words
    start = len(words) - len(after_opener(query, index.locale))
    named = {i for m in found for i in range(m.start, m.end)}
    locale = index.locale
    return all(i in named or w in locale.stopwords or w in locale.fillers
               for i, w in enumerate(words) if i >= start)


def _untyped(query: Query, index: MatchIndex, previous: Fact, kind: str, members, th, trace: list[str]) -> Result | None:
    """No fact about the subject answers `kind`: a related fact that does, or the subject's decline."""
    if not kind or query.other:
        return None  # "where else?": beyond this subject
    found = related(query, index, previous, kind, th, trace) or _speaking_of(query, index, previous.subject, kind, trace)
    if found is not None:
        return found
    trace.append(f"context: '{previous.subject}' has no fact answering '{kind}': declined about it")
    return subject_decline(previous.subject, kind, members, index, index.locale.code)


def _whose_thing(query: Query, index: MatchIndex) -> bool:
    """Asks whose a thing is ("whose proposals?"): the fact about that thing answers, of any type."""
    return any(w in index.locale.possessive_question_words for w in query.readings[0].words) and bool(topic(query, index))


def _detail(query: Query, index: MatchIndex, previous: Fact, kind: str, typed: list[int], members, th,
            trace: list[str]) -> list[int] | Result:
    """Words of the last answer asked about ("whose proposals?"), the reason for a detail, "what else":
    a reply, or the facts still to choose from."""
    here, lang = index.position[previous.id], index.locale.code
    detail = [t for t in topic(query, index) if t not in index.subject_tokens.get(previous.subject, ())]
    if detail and here not in typed and all(t in index.vocab[here] for t in detail) and \
            not any(all(t in index.credit[i] for t in detail) for i in typed):
        whose = any(w in index.locale.possessive_question_words for w in query.readings[0].words)
        explains = _explained_by_related(index, previous, "" if whose else kind, detail, whose)
        if explains is not None:
            fact = index.facts[explains]
            trace.append(f"context: {detail} are words of the last answer that its related '{kind}' fact is asked "
                         f"about: {fact.id}")
            return _followed(fact, index)
        trace.append(f"context: {detail} are words of the last answer, which no '{kind}' fact explains: {previous.id}")
        typed = [here]  # "whose proposals?" after the meeting's purpose, "based on the Ukrainian side's proposals"
    if kind == "why" and _why_detail(query, index, previous, members):
        trace.append(f"context: asks the reason for a detail no fact about '{previous.subject}' gives one for")
        return subject_decline(previous.subject, "why", members, index, lang)
    own = [t for t in _own_words(query, index) if t not in index.vocabulary.same.values()]
    if query.other and own:  # "what else has he written?" after the author: more of what was just answered
        best = index.rank(own, th)
        if best and best[0].fact_index == here:
            trace.append(f"context: '{previous.id}' was the story's answer to that; it says nothing else")
            return subject_decline(previous.subject, "other", members, index, lang)
    return typed


def _pick(query: Query, index: MatchIndex, previous: Fact, kind: str, candidates: list[int], typed: list[int],
          th) -> int | None:
    """The subject's fact the question asks: the one judging its claim, the person's, else by its words."""
    here = index.position[previous.id]
    chosen = _judge_of_it(query, index, previous, candidates)
    if chosen is None and kind == "who":
        chosen = _person(query, index, previous, kind)
    judged = _judged(query)
    if chosen is None and query.yesno and query.ties and here in candidates and judged and \
            premise.verdict(judged, previous, index)[0]:
        chosen = here  # "will zelensky be there himself?" after who attends: that fact judges the claim
    return chosen if chosen is not None else _choose(query, index, previous, typed, th)


def _judged(query: Query) -> list:
    """The claims a follow-up makes that its subject's facts judge: dates, people, and what the story never names."""
    return [c for c in premise.claims(query.mentions) if c.kind in ("date", "person") or not c.known]


def _chosen(query: Query, index: MatchIndex, previous: Fact, kind: str, fact: Fact, candidates: list[int], members,
            trace: list[str]) -> Result:
    """The chosen fact's reply, unless it only counts what is asked named, or the claim is about what
    had not yet happened when the story came out."""
    lang = index.locale.code
    fact = _rejudged(query, index, previous, fact, candidates, _judged(query), trace)
    if query.other and not fact.gap and not set(index.vocabulary.same.values()) & index.asked[
            index.position[fact.id]]:  # "has he written anything else?": the story names nothing else
        trace.append(f"context: asks whether there is anything else; {fact.id} is all the story says")
        return subject_decline(fact.subject, "other", list(index.subjects.get(fact.subject, ())), index, lang)
    if kind == "who" and _only_counted(query, index, fact):
        gap = gap_about(index, previous, "who")
        trace.append(f"context: asks them named; '{fact.id}' only counts them: declined")
        if gap is not None:
            return _followed(gap, index)
        return subject_decline(previous.subject, "who", members, index, lang)
    if query.yesno and not fact.gap and tense.unfounded_past(query, fact, index):
        outcome = [i for i in members if index.facts[i].gap and "yesno" in index.declared[i]]
        trace.append(f"context: asks whether something about '{previous.subject}', due after the story, happened")
        if len(outcome) == 1:
            return _followed(index.facts[outcome[0]], index)
        return subject_decline(previous.subject, "other", members, index, lang)
    if not query.yesno and not fact.gap and premise.untold_contents(query.readings[0].words, fact, index):
        trace.append(f"context: asks what a thing {fact.id} only mentions contains: the story does not say")
        return Result(Kind.DECLINE, (premise.silent(fact, index),), followup=True, lang=lang)
    trace.append(f"context: '{previous.subject}' + {kind or 'any type'} -> {fact.id}")
    if query.yesno and not fact.gap:
        return Result.of_parts(premise.parts(premise.claims(query.mentions), fact, index,  # (the words as typed:
                                             asked=query.readings[0].words), followup=True, lang=lang)  # "x or y?")
    return _followed(fact, index)


def _event_ahead(query: Query, index: MatchIndex, previous: Fact, fact: Fact, judged: list) -> Fact | None:
    """"is it on sunday?" after who announced the meeting: the last answer dates its saying (April 1) and
    names the event it announced (the April 4 meeting); a date claim not in the past tense is about that
    coming event, so the one related fact dating it after the story judges the claim."""
    words = after_opener(query, index.locale)
    published = index.published.isoformat()
    if not fact.asserts.date or fact.asserts.date > published or any(c.kind != "date" for c in judged) or \
            (words and words[0] in index.locale.past_openers):
        return None
    said = index.vocab[index.position[previous.id]]
    ahead = [index.facts[index.position[r]] for r in previous.related if r in index.position]
    ahead = [f for f in ahead if not f.gap and f.asserts.date and f.asserts.date > published
             and set(index.subject_tokens.get(f.subject, ("",))) <= said]
    return ahead[0] if len(ahead) == 1 else None


def _latest(query: Query, index: MatchIndex, previous: Fact) -> Fact | None:
    """"what was the latest one?" after where the coalition met before: with no words of its own but
    "latest", the related fact of the latest date up to the story's own (the Paris summit), when the last
    answer itself gives no date."""
    words = query.readings[0].words
    latest = {t for w in index.locale.latest_words for t in index.content(w)}
    if query.yesno or query.qtype == "duration" or not set(words) & index.locale.latest_words or previous.asserts.date or \
            [t for t in topic(query, index) if t not in latest]:
        return None
    published = index.published.isoformat()
    dated = [index.facts[index.position[r]] for r in previous.related if r in index.position]
    dated = sorted((f for f in dated if f.asserts.date and f.asserts.date <= published and not f.gap),
                   key=lambda f: f.asserts.date)
    return dated[-1] if dated else None


def _only_counted(query: Query, index: MatchIndex, fact: Fact) -> bool:
    """"which countries were there?" after the Paris summit: asks them named ("which"), and the fact gives
    only how many (leaders of 31 nations), naming no one."""
    words = after_opener(query, index.locale)
    asks = bool(words) and words[0] in index.locale.naming_words
    return asks and fact.asserts.count is not None and not (fact.asserts.people or fact.asserts.countries)


def gap_about(index: MatchIndex, previous: Fact, kind: str) -> Fact | None:
    """The one gap fact answering `kind` about the last answer's subject or a subject it is related to
    (the coalition's unnamed members, after the Paris summit, which relates to the coalition's size)."""
    subjects = {previous.subject} | {index.facts[index.position[r]].subject for r in previous.related
                                     if r in index.position}
    gaps = [f for f in index.facts if f.gap and f.subject in subjects and kind in index.declared[index.position[f.id]]]
    return gaps[0] if len(gaps) == 1 else None


_UNFIT = -1  # _choose: the question's own words fit none of the subject's facts
_NAMED = -2  # _choose: a pronoun's words fit far better a fact of another subject the last answer names


def related(query: Query, index: MatchIndex, previous: Fact, kind: str, th, trace: list[str]) -> Result | None:
    """"who would enforce it?" after whether there is a ceasefire: the last subject answers no "who",
    and "it" points back, so the one fact the curator listed as related to the last answer that
    answers "who" and knows the question's own words (the troops pledged to enforce it) is meant."""
    members = index.subjects.get(previous.subject, ())
    if not (kind and query.refers) or any(kind in index.declared[i] for i in members):
        return None
    detail = [t for t in topic(query, index) if t not in index.subject_tokens.get(previous.subject, ())]
    inner = _inner_subject(query, index, previous, kind, detail, th)
    if inner is not None:
        trace.append(f"'{previous.subject}' answers no '{kind}'; 'it' may be the subject its name holds: {inner.id}")
        return _followed(inner, index)
    near = [index.position[r] for r in previous.related if r in index.position]
    # the related facts first; then the facts about their subjects ("where do they want to hold it?" after
    # the call that planned the meeting: the meeting's place)
    farther = [i for r in near for i in index.subjects.get(index.facts[r].subject, ()) if i not in near]
    for ring in (near, farther):
        fits = list(dict.fromkeys(i for i in ring if kind in index.declared[i] and not index.facts[i].gap
                                  and all(t in index.vocab[i] for t in detail)))
        if len(fits) == 1:
            fact = index.facts[fits[0]]
            trace.append(f"'{previous.subject}' answers no '{kind}'; the related fact that does: {fact.id}")
            return _followed(fact, index)
        if fits:
            return None
    return None


def _speaking_of(query: Query, index: MatchIndex, subject: str, kind: str, trace: list[str]) -> Result | None:
    """"how many countries?" after who attends the April 4 meeting: no fact about the meeting counts, but
    the one fact that answers "how many" and names the meeting in its answer (the coalition's size: the
    story gives no number for April 4) speaks to it, if it is asked about the question's own words ("how
    many?" alone may count anything)."""
    if kind not in STRONG_TYPES or kind == "why":
        return None  # a fact that names the subject in passing gives no reason for it, nor says what it is
    named = set(index.subject_tokens.get(subject, ()))
    detail = [t for t in _own_words(query, index) if t not in named and t not in _asking(index, kind)]
    fits = [i for i, fact in enumerate(index.facts) if kind in index.declared[i] and not fact.gap
            and fact.subject != subject and named and named <= set(index.content(index.answer(fact)))
            and detail and all(t in index.asked[i] for t in detail)]
    if len(fits) != 1:
        return None
    trace.append(f"'{subject}' answers no '{kind}'; the one fact that does and speaks of it: {index.facts[fits[0]].id}")
    return _followed(index.facts[fits[0]], index)


def _inner_subject(query: Query, index: MatchIndex, previous: Fact, kind: str, detail: list[str], th) -> Fact | None:
    """"how many countries are in it?" after the coalition's earlier meetings: the subject's name holds
    another subject's (the coalition), which "it" may be; of that subject's facts answering the type and
    knowing the words asked, the question's words choose, by a clear lead."""
    mine = set(index.subject_tokens.get(previous.subject, ()))
    inner = [s for s, tokens in index.subject_tokens.items() if s != previous.subject and tokens and set(tokens) < mine]
    fits = {i for s in inner for i in index.subjects[s] if kind in index.declared[i] and not index.facts[i].gap
            and all(t in index.vocab[i] for t in detail)}
    ranked = [s for s in index.rank(list(query.tokens), th, kind) if s.fact_index in fits] if fits and query.tokens else []
    if not ranked or ranked[0].score < th.answer or len(ranked) > 1 and ranked[0].score - ranked[1].score < th.margin:
        return None
    return index.facts[ranked[0].fact_index]


def _explained_by_related(index: MatchIndex, previous: Fact, kind: str, detail: list[str],
                          any_type: bool = False) -> int | None:
    """"who are these 'few countries'?" after a quote that says "a few countries": the words are the last
    answer's own, and no fact of its subject answers that type about them, but the one fact the curator
    related to it that answers the type and is asked about those very words (who attends) explains them."""
    if not kind and not any_type:
        return None  # ("whose proposals?" asks who owns them: the fact about the proposals answers, of any type)
    fits = [index.position[r] for r in previous.related if r in index.position]
    fits = [i for i in fits if (any_type or kind in index.declared[i]) and not index.facts[i].gap
            and all(t in index.asked[i] for t in detail)]
    return fits[0] if len(fits) == 1 else None


def _person(query: Query, index: MatchIndex, previous: Fact, kind: str) -> int | None:
    """'who is he?' (or 'who's that?') after a fact about what Zelensky said: the fact about Zelensky himself."""
    words = set(query.readings[0].words)  # "who is he?", "who's that?", "хто це?"
    if topic(query, index) or not words & (index.locale.one_person | index.locale.determiners):
        return None
    if len(previous.asserts.people) != 1:
        return None  # "who's that guy?" after Zelensky's call with Starmer: which one?
    for person in previous.asserts.people:
        surname = set(index.content(person.split()[-1]))
        for subject, members in index.subjects.items():
            if surname and set(index.subject_tokens[subject]) == surname:
                return next((i for i in members if kind in index.declared[i]), None)
    return None


def _choose(query: Query, index: MatchIndex, previous: Fact, typed: list[int], th) -> int | None:
    here = index.position[previous.id]
    subject = set(index.subject_tokens.get(previous.subject, ()))
    extra = [t for t in _own_words(query, index) if t not in subject]
    if len(typed) == 1:
        if query.tokens and all(t in type_tokens(index) for t in query.tokens) \
                and not any(w in index.locale.city_nouns for w in query.readings[0].words):
            return typed[0]  # "..., and the date?": only a type asked, of this subject (no word of another
            # fact's); a city asks more than a country answers ("which city tho" after the Saudi talks)
        if _of_the_other_subject(query, index, previous, typed[0], th):
            return _NAMED
        other = _elsewhere(query, index, previous, typed[0], th)
        if other is not None and not query.refers:
            return _UNFIT  # "who said so?" after the meeting's place: not who attends it, read alone
        if other is not None and set(index.subject_tokens.get(index.facts[other].subject, ())) <= index.vocab[here]:
            return _NAMED  # "who's running it?" after the summary: "it" is the coalition the summary names
        return typed[0]
    names_it = subject & set(_own_words(query, index))
    if here in typed and not extra and not names_it:
        asked_so = _asked_so(query, index, typed)
        if len(asked_so) == 1 and here not in asked_so:
            return asked_so[0]  # "о котрій?" after the date: only the time's questions are asked so
        return here  # "who took it?" after the photo: the photo's own answer (not "what's in the photo then?")
    # the question's own words pick among the subject's facts; with none, the subject's name does
    ranked = [s for s in index.rank(list(query.tokens), th) if s.fact_index in typed]
    if not extra and not ranked:
        tokens = list(query.tokens) + [t for t in index.subject_tokens.get(previous.subject, ()) if t not in query.tokens]
        ranked = [s for s in index.rank(tokens, th) if s.fact_index in typed]
    if extra and (not ranked or ranked[0].score < th.answer):
        if query.refers and _asked_elsewhere(query, index, previous, extra, ranked, th):
            return _NAMED  # "and who wrote it?" after who leads the coalition: no one wrote the coalition
        return _UNFIT  # its own words fit none of the subject's facts well: not a guess
    lead = th.margin if extra else th.cross_gap  # with no words of its own, only a clear lead is not a guess
    if ranked and (len(ranked) == 1 or ranked[0].score - ranked[1].score >= lead):
        return ranked[0].fact_index
    return here if here in typed else None


def _asked_elsewhere(query: Query, index: MatchIndex, previous: Fact, extra: list[str], mine: list, th) -> bool:
    """Its own words fit none of the last subject's facts of its type, yet a fact of another subject is asked
    with all of them and leads every other reading by far ("and who wrote it?" after who leads the
    coalition: the article's author), so "it" cannot be the last subject."""
    ranked = index.rank(list(query.tokens), th, query.qtype)
    if not ranked or ranked[0].score < th.answer or index.facts[ranked[0].fact_index].subject == previous.subject:
        return False
    top = ranked[0]
    if not all(t in index.asked[top.fact_index] for t in extra):
        return False
    rival = max([mine[0].score if mine else 0.0] + [s.score for s in ranked[1:2]])
    return top.score - rival >= th.reading_lead


def _elsewhere(query: Query, index: MatchIndex, previous: Fact, only: int, th) -> int | None:
    """The subject's one fact of the question's type, and words of the question's own (not the subject's
    name) that another subject's fact fits far better: "who said so?" after where the meeting is is who
    announced it, not who attends it; "who runs the peace talks?" after the Saudi talks is the U.S.
    That other subject's best fact, else None."""
    own = set(index.subject_tokens.get(previous.subject, ())) | _openers(index)  # "what about?"
    extra = [t for t in _own_words(query, index) if t not in own]
    if not extra or all(t in index.asked[only] for t in extra):
        return None  # "а про що говорили?" after the call: its own question's words
    ranked = index.rank(list(query.tokens), th, query.qtype)
    if not ranked or ranked[0].fact_index == only or ranked[0].score < th.answer:
        return None
    if index.facts[ranked[0].fact_index].subject == previous.subject:
        return None
    mine = next((s.score for s in ranked if s.fact_index == only), 0.0)
    return ranked[0].fact_index if ranked[0].score - mine >= th.reading_lead else None


def _of_the_other_subject(query: Query, index: MatchIndex, previous: Fact, only: int, th) -> bool:
    """"who leads it then?" after "is the us part of the coalition?" (the story does not say): an untold
    fact asked about two subjects leaves "it" to either, so the question's words choose, by any lead."""
    if not (previous.gap and query.refers):
        return False
    ranked = index.rank(list(query.tokens), th, query.qtype) if query.tokens else []
    if not ranked or ranked[0].fact_index == only or ranked[0].score < th.answer:
        return False
    other = index.facts[ranked[0].fact_index].subject
    named = set(index.subject_tokens.get(other, ()))
    mine = next((s.score for s in ranked if s.fact_index == only), 0.0)
    return other != previous.subject and bool(named) and named <= index.asked[index.position[previous.id]] \
        and ranked[0].score - mine >= th.margin


def _why_detail(query: Query, index: MatchIndex, previous: Fact, members: list[int]) -> bool:
    """"why them?" after who leads the coalition, "but why in ukraine?" after the meeting's purpose: the
    reason for a detail (what a pronoun points to in the last answer, or a claim the question repeats),
    which only a fact stating that detail could give.  True when none of those answers "why"."""
    found = premise.claims(query.mentions)
    claimed = {t for m in found for t in index.content(" ".join(query.readings[0].words[m.start:m.end]))}
    rest = [t for t in topic(query, index) if t not in claimed]
    if rest or not (found or query.refers):
        return False
    if found:
        stating = [i for i in members if all(premise.check(c, index.facts[i], index) is True for c in found)]
    else:
        stating = [index.position[previous.id]]
    return bool(stating) and not any("why" in index.declared[i] for i in stating)


def _asked_so(query: Query, index: MatchIndex, typed: list[int]) -> list[int]:
    """Of `typed`, the facts one of whose questions opens with the question's own words ("о котрій"
    opens "о котрій годині зустріч?", a question about the time, not the date)."""
    words = " ".join(after_opener(query, index.locale))
    if not words:
        return []
    found = {owner for spoken, owner in zip(index.spoken, index.owners)
             if owner in typed and (spoken == words or spoken.startswith(words + " "))}
    return sorted(found)


def subject_decline(subject: str, kind: str, members: list[int], index: MatchIndex, lang: str) -> Result:
    locale = index.locale
    key = f"subject_{kind}" if f"subject_{kind}" in locale.engine_texts else "subject_other"
    offers = tuple(index.facts[i] for i in members if not index.facts[i].gap)[:3]  # (the first: what "they" are next)
    name = index.book.subject_in(subject, lang)
    text = locale.text(key, subject=name)
    if name.endswith("."):  # "... about the U.S.", not "the U.S.."
        text = text.replace(name + ".", name)
    return Result(Kind.DECLINE, (Part(None, text, Kind.DECLINE),), suggestions=offers, followup=True, lang=lang,
                  about=offers[0] if offers else None)
