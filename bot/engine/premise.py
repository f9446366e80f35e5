"""Yes/no questions: does the story confirm, contradict, or not say what the question claims?

A fact's `asserts` (date, place, count, people, countries) are compared with the claims the
question names.  "No" needs a claim the fact contradicts (and that its answer does not mention); a date or number
the fact does not state, or a name missing from a partial list, means the story does not say;
"Yes" needs the claims confirmed, or, with no claim at all, a fact declared to answer yes/no.
A place, country or person the fact says nothing about ("troops to Ukraine?") is not a claim on it.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping, Sequence
from functools import lru_cache

from ..story.factbook import Fact
from ..story.index import QUOTE, MatchIndex
from .dates import DateSpec, Mention, designation
from .normalize import fold
from .result import Kind, Part
from .shape import question_body

SLOT_TYPES = {"date": "when", "place": "where", "count": "how_many", "country": "who", "person": "who",
              "time": "when", "model": "what", "mode": "how"}  # a time of day ("in the morning"): no fact states one, the time gap says so
CLAIMS = frozenset(SLOT_TYPES)


def claims(mentions: tuple[Mention, ...]) -> list[Mention]:
    return [m for m in mentions if m.kind in CLAIMS]


def same(a: str, b: str, index: MatchIndex) -> bool:
    """Do two names share all the words of the shorter one (folded, stemmed)?"""
    ta, tb = set(index.content(a)), set(index.content(b))
    return bool(ta) and (ta <= tb or tb <= ta)


SILENT = "silent"


def _place(claim: str, asserted: str, index: MatchIndex) -> bool | str | None:
    if not asserted:
        return None
    if same(claim, asserted, index):
        return True
    places = index.locale.places
    if places.get(fold(asserted)) and same(places[fold(asserted)], claim, index):
        return True  # "in France?" of a fact set in Paris
    if places.get(claim) and same(places[claim], asserted, index):
        return SILENT  # "in Kyiv?" of a fact that says only "in Ukraine": the story does not say the city
    return False


def _members(claim: str, asserted: tuple[str, ...], partial: bool, index: MatchIndex) -> bool | str | None:
    if not asserted:
        return None
    if any(set(index.content(claim)) == set(index.content(name)) for name in asserted):
        return True  # the whole name, folded: "united kingdom" is the U.K.
    if any(same(claim.split()[-1], name.split()[-1], index) for name in asserted):  # by surname / last word
        return True
    return SILENT if partial else False


def check(claim: Mention, fact: Fact, index: MatchIndex) -> bool | str | None:
    """True: the fact confirms the claim; False: contradicts it; SILENT: the story does not say;
    None: the claim is not about what the fact states."""
    said = fact.asserts
    if claim.kind == "time":
        return SILENT  # facts state days, never hours
    if claim.kind == "date":
        return claim.value.matches(dt.date.fromisoformat(said.date)) if said.date else SILENT
    if claim.kind == "count":
        if said.count is None and (said.countries or said.people):
            listed = len(said.countries or said.people)  # "the 2 lead countries?": France and the U.K.; of a
            if said.partial:  # partial list ("including France and the U.K."), fewer than it names is wrong
                return False if claim.value < listed else SILENT
            return claim.value == listed
        return claim.value == said.count if said.count is not None else SILENT
    if claim.kind == "model":
        return claim.value == designation(said.model, index.locale) if said.model else None
    if claim.kind == "mode":
        return (SILENT if "untold" in said.modes else claim.value in said.modes) if said.modes else None
    if claim.kind == "place":
        return _place(str(claim.value), said.place, index)
    if claim.kind == "country":
        found = _members(str(claim.value), said.countries, said.partial, index)
        return _place(str(claim.value), said.place, index) if found is None and said.place else found
    return _members(str(claim.value), said.people, said.partial, index)


def _quoted(claim: Mention, fact: Fact, index: MatchIndex, asked: tuple[str, ...]) -> bool:
    """"according to zelensky, is it the first in-depth meeting?" of an answer quoting him: he said so
    ("will zelensky attend?" names no one's words: he is no speaker there)."""
    return claim.kind == "person" and bool(set(asked) & index.locale.speech_words) and \
        bool(set(index.content(str(claim.value))) & index.speakers[index.position[fact.id]])


def related_on(claim: Mention, fact: Fact, index: MatchIndex) -> bool:
    """Some fact related to `fact` dates an event within the claimed span."""
    related = (index.facts[index.position[r]] for r in fact.related if r in index.position)
    return any(not f.gap and f.asserts.date and claim.value.matches(dt.date.fromisoformat(f.asserts.date))
               for f in related)


def _checked(claim: Mention, fact: Fact, index: MatchIndex) -> bool | str | None:
    """`check`, or, when the fact states nothing of the claim's kind, the fact of its subject that does:
    "so friday is the first time they meet in ukraine?" of why the meeting matters is dated by the
    meeting's date."""
    ok = check(claim, fact, index)
    if not states(claim, fact) and claim.kind == "date" and claim.value.open and related_on(claim, fact, index):
        return True  # "have they met before this week?" of the earlier meetings: the Paris summit was
    if states(claim, fact) or claim.kind not in ("date", "place", "count") or not fact.subject:
        return ok
    for sibling in answering(fact.subject, index):
        if sibling is not fact and states(claim, sibling):
            judged = check(claim, sibling, index)
            if judged is True or judged is False:
                return judged
    return ok


def _for_both(claim: Mention, asked: tuple[str, ...], fact: Fact, index: MatchIndex) -> bool:
    """"guarantees to ukraine?" of an answer saying "guarantees for Ukraine": the place is one that gains
    in both, no venue (which "in ukraine" would claim)."""
    name = tuple(index.content(str(claim.value)))

    def gains(words: tuple[str, ...]) -> bool:
        return any(w in index.locale.beneficiary_prepositions and tuple(index.content(" ".join(words[i + 1:i + 1 + len(name)]))) == name
                   for i, w in enumerate(words))
    return bool(name) and gains(asked) and gains(answer_words(fact, index))


def every_unsaid(asked: tuple[str, ...], fact: Fact, index: MatchIndex) -> bool:
    """The question claims all or every one of something ("every country", "all 31") and the fact's
    answer says no such thing."""
    universal = {w for i, w in enumerate(asked) if w in index.locale.universal_words and not _the_whole_subject(asked, i, fact, index)}
    if says(asked, index.locale.ever_words):  # "had they met at all?": ever, not every one
        universal -= {w for phrase in index.locale.ever_words for w in phrase}
    return bool(universal) and not universal & set(answer_words(fact, index))


def _the_whole_subject(asked: tuple[str, ...], i: int, fact: Fact, index: MatchIndex) -> bool:
    """"steering this whole coalition (thing)": the whole of the fact's subject is that subject, no claim
    about every one of its members (as "every coalition country" is)."""
    name = set(index.subject_tokens.get(fact.subject, ()))
    following = asked[i + 1:i + 3]
    return bool(name) and len(following) > 0 and set(index.content(following[0])) == name \
        and not (len(following) > 1 and index.content(following[1]))


def limits(fact: Fact, index: MatchIndex) -> bool:
    """The fact's answer says only some ("several", "a narrow circle")."""
    return bool(set(answer_words(fact, index)) & index.locale.limiting_words)


@lru_cache(maxsize=256)
def answering(subject: str, index: MatchIndex) -> tuple[Fact, ...]:
    """The facts of a subject that answer (no gap), in file order: those that may judge a claim about it."""
    return tuple(index.facts[i] for i in index.subjects.get(subject, ()) if not index.facts[i].gap)


def dated_subjects(claims: list[Mention], index: MatchIndex) -> list[str]:
    """The subjects of the facts dated as the claims say ("friday's meeting": the April 4 meeting)."""
    return [f.subject for c in claims if c.kind == "date" for f in index.facts
            if f.subject and not f.gap and f.asserts.date and check(c, f, index) is True]


def states(claim: Mention, fact: Fact) -> bool:
    """Does the fact state anything of the claim's kind (a date for a date, people for a person)?"""
    said = fact.asserts
    return bool({"date": said.date, "count": said.count is not None, "place": said.place or said.countries,
                 "country": said.countries or said.place, "person": said.people, "model": said.model,
                 "mode": said.modes}.get(claim.kind))


def _mentioned(claim: Mention, fact: Fact, index: MatchIndex) -> bool:
    """Does the fact's answer itself name the claimed value?  Then it cannot be a plain "No"."""
    answer = f" {fold(index.answer(fact))} "
    if isinstance(claim.value, DateSpec):
        return False
    if claim.kind == "count":  # "27 countries" is not named by "March 27"
        said = answer.split()
        return any(w == str(claim.value) and not (i and said[i - 1] in index.locale.months) for i, w in enumerate(said))
    return f" {claim.value} " in answer


def _outside(claim: Mention, asked: tuple[str, ...], index: MatchIndex) -> bool:
    """"happening outside ukraine?", "поза україною?": a place claimed not to be the venue."""
    if claim.kind not in ("place", "country"):
        return False
    outside = index.locale.outside_words  # ("outside of the uk": past the function words)
    before = [w for w in asked[max(claim.start - 3, 0):claim.start] if w in outside or w not in index.locale.stopwords]
    return bool(before) and before[-1] in outside


def _from_an_unlisted_country(claim: Mention, fact: Fact, index: MatchIndex) -> bool:
    """"is zelensky leading the coalition?" of "France and the U.K. lead it": a person of a country (as the
    story calls them, "Ukrainian President ...") that a fact's full list of countries leaves out."""
    said = fact.asserts
    if claim.kind != "person" or not said.countries or said.partial or said.people:
        return False
    homes = {c for t in index.content(str(claim.value)) for c in _home_countries(index).get(t, ())}
    listed = {t for name in said.countries for t in index.content(name)}
    return bool(homes) and not homes & listed


@lru_cache(maxsize=16)
def _home_countries(index: MatchIndex) -> dict[str, frozenset[str]]:
    """person token -> the countries the story names with their office ("U.K. Prime Minister Keir Starmer":
    uk; "Президент України Володимир Зеленський": ukraine)."""
    homes: dict[str, set[str]] = {}
    for fact in index.facts:
        words = answer_words(fact, index)
        for i, w in enumerate(words):
            if not titles((w,), index.locale.titles):
                continue
            countries = _office_countries(list(words[max(i - 3, 0):i + 3]), index)  # ("президент україни ...")
            for person in _addressed(words[i:i + 4], index) if countries else ():
                homes.setdefault(person[1], set()).update(countries)
    return {p: frozenset(c) for p, c in homes.items()}


def _acts_not_venue(claim: Mention, asked: tuple[str, ...], fact: Fact, index: MatchIndex) -> bool:
    """"did the usa join the coalition?" of the Paris summit: a country said to act or take part is no claim
    on the venue of a fact that lists no countries."""
    return claim.kind == "country" and bool(asked) and not fact.asserts.countries and bool(fact.asserts.place) \
        and acts(claim, asked, index)


def _outside_venue(claim: Mention, fact: Fact, index: MatchIndex) -> bool | str | None:
    """A place claimed not to be the venue, judged by the venue of the fact or of its subject's fact that
    states one (meeting in Ukraine: "outside ukraine?" No, "outside france?" Yes); None without a venue."""
    for judge in (fact, *answering(fact.subject, index)) if fact.subject else (fact,):
        ok = _place(str(claim.value), judge.asserts.place, index)
        if ok is not None:
            return (not ok) if isinstance(ok, bool) else ok
    return None


def _one_alternative_holds(results: list, asked: tuple[str, ...], index: MatchIndex) -> bool:
    """"friday or saturday?": two claims of one kind offered as alternatives, and the story confirms one."""
    if not set(asked[1:-1]) & index.locale.alternative_words:  # ("чи" opening a question only asks it)
        return False
    tags = index.locale.yesno_tags
    at = [k for k, w in enumerate(asked[1:-1], 1) if w in index.locale.alternative_words
          and f"{w} {asked[k + 1]}" not in tags]
    if not at:
        return False  # "did z talk to starmer or smth?": a closing tag, no alternative
    offered = {c.kind for c, _ in results for d, _ in results
               if c.kind == d.kind and any(c.end <= k < d.start for k in at)}  # ("were zelensky and starmer on a
    if offered:  # phone call or a video call?": the modes are offered, not the people)
        return any(ok is True and c.kind in offered for c, ok in results)
    kinds = [c.kind for c, _ in results]  # ("talks with ukraine and russia jointly or separately?": which way;
    return not any(ok == SILENT for _, ok in results) and \
        any(ok is True and kinds.count(c.kind) > 1 for c, ok in results)  # "...face to face or just phone?": untold)


def _one_of_more(results: list, fact: Fact) -> bool:
    """"is britain the sole leader?": the claim is true, but the fact states more of its kind (France too)."""
    stated = {"country": fact.asserts.countries, "person": fact.asserts.people}
    for kind, said in stated.items():
        claimed = [ok for c, ok in results if c.kind == kind]
        if claimed and all(ok is True for ok in claimed) and len(said) > len(claimed):  # (a partial list names
            # more already: "is france the only country that pledged troops?" of France and the U.K., among others)
            return True
    return False


def _more_than_named(results: list, asked: tuple[str, ...], fact: Fact, index: MatchIndex) -> bool:
    """"only the uk pledged troops?" of "several countries, including France and the U.K.", "will only
    france and britain attend?" of "several countries" that it does not name: the story says there are
    more than the names claimed (those the "only" stands by)."""
    members = [ok for c, ok in results if c.kind in ("country", "person") and _said_alone(c, asked, index)]
    said = fact.asserts
    if not members or said.count is not None:
        return False
    if said.partial and (said.countries or said.people):
        return all(ok is True or ok == SILENT for ok in members)
    return not (said.countries or said.people) and bool(set(answer_words(fact, index)) & index.locale.plural_words)


def _said_alone(claim: Mention, words: Sequence[str], index: MatchIndex) -> bool:
    """"only (the) uk", "тільки франція і британія", "france alone": an exclusive word stands by the
    list of names the claim is in."""
    start, end = _list_start(claim.start, words, index), _list_end(claim.end, words, index)
    before = [w for w in words[max(start - 2, 0):start] if w not in index.locale.articles][-1:]
    return bool(set(before) & index.locale.exclusive_words) or bool(set(words[end:end + 1]) & index.locale.exclusive_words)


def _one_of_two(words: tuple[str, ...], fact: Fact, index: MatchIndex) -> bool:
    """"has it only ever met online?": the answer names that as one of two ("in other European countries or
    virtually"), and the question not the other."""
    if any(w in index.locale.alternative_words for w in words[1:-1]):
        return False  # "only outside ukraine or over video calls?": two offered, as the story says two
    said = fold(index.answer(fact)).split()
    asked = set(index.content(" ".join(words))) - set(index.subject_tokens.get(fact.subject, ())) \
        - set(index.vocabulary.question)  # names ("in europe") too
    for i, w in enumerate(said):
        if w in index.locale.alternative_words:
            before = _named_in_any(asked, index.content(" ".join(said[max(i - 3, 0):i])))
            after = _named_in_any(asked, index.content(" ".join(said[i + 1:i + 4])))
            if before != after:
                return True  # one side named; "only in europe or online?" names both, as the story does
    return False


def acts(claim: Mention, words: Sequence[str], index: MatchIndex) -> bool:
    """Is the claim who does the thing asked: "(run) by the usa", "the us and germany (lead it)", or one who
    takes part (`takes_part`)?"""
    before = [w for w in words[max(claim.start - 2, 0):claim.start] if w not in index.locale.articles]
    return bool(before) and before[-1] in index.locale.agent_prepositions \
        or bool(set(_verbs_of_list(claim, words, index)) & index.locale.acting) or takes_part(claim, words, index)


def takes_part(claim: Mention, words: Sequence[str], index: MatchIndex) -> bool:
    """"the us (in it)", "the americans (attend / be in the room)", "france and britain (attend)": one
    claimed to take part, alone or in a list of names."""
    end = _list_end(claim.end, words, index)
    return tuple(words[end:end + 2]) in index.locale.membership_phrases \
        or bool(set(_verbs_of_list(claim, words, index)) & index.locale.attending)


def _verbs_of_list(claim: Mention, words: Sequence[str], index: MatchIndex) -> tuple[str, ...]:
    """The first token after the list of names the claim is in, and the last one before it ("приїде
    (тільки) франція?": the verb first)."""
    end, start = _list_end(claim.end, words, index), _list_start(claim.start, words, index)
    then = index.content(" ".join(words[end:end + 4]))[:1]
    before = [w for w in words[max(start - 2, 0):start] if w not in index.locale.exclusive_words]
    return tuple(then) + tuple(index.content(before[-1])[-1:] if before else ())


def _list_start(start: int, words: Sequence[str], index: MatchIndex) -> int:
    """Back to the first of the names joined to the one starting at `start` ("франція і британія")."""
    countries, locale = country_tokens(index), index.locale
    while start >= 2 and words[start - 1] in locale.list_joiners and set(index.content(words[start - 2])) & countries:
        start -= 2
    return start


def _list_end(end: int, words: Sequence[str], index: MatchIndex) -> int:
    """Past the names joined to the one ending at `end` ("france and (the) britain"): what is said of
    the list is said of each."""
    countries, locale = country_tokens(index), index.locale
    while end + 1 < len(words) and words[end] in locale.list_joiners:
        at = end + 1 + (words[end + 1] in locale.articles and end + 2 < len(words))
        if not set(index.content(words[at])) & countries:
            break
        end = at + 1
    return end


def _named_in(country: str, named: set[str], index: MatchIndex) -> bool:
    """Each word of a country the answer names, itself or by its adjective ("europe": "European")."""
    return all(_names(t, named) for t in index.content(country))


def _names(token: str, named) -> bool:
    """By its adjective only from four letters on: "europ" names "european", "uk" does not name "ukrain"."""
    return token in named or len(token) >= 4 and any(n.startswith(token) for n in named)


def _named_in_any(asked: set[str], said: list[str]) -> bool:
    """One of the words asked among `said`, itself or by its adjective."""
    return any(_names(t, said) for t in asked)


def verdict(found: list[Mention], fact: Fact, index: MatchIndex, topic: tuple[str, ...] = (),
            asked: tuple[str, ...] = ()) -> tuple[str, Mention | None]:
    """("yes" | "no" | "silent" | "", the deciding claim).  `topic`: the question's words; with no
    claim to check, "Yes" is not said when one of them names another subject the fact does not
    explain ("is the f-16 photo from this meeting?"), nor to a claim about all or every one of
    something (`asked`: the question's words as typed) that the fact's answer does not make ("is it
    a big meeting with every country invited?": the story says a narrow circle)."""
    if _outcome_of_a_coming_day(found, asked, index) or (
            _asks_outcome(asked, index) and fact.subject in coming_subjects(index)):
        return "silent", None  # "did the april 4 meeting produce a deployment plan?", "did they agree on
        # anything when they met in ukraine?": what came of a meeting still to come, after the story
    if limits(fact, index):  # "all 31 countries" of a narrow circle: how many "all" are, no count of those who come
        found = [c for c in found if not (c.kind == "count" and 0 < c.start <= len(asked)
                                          and asked[c.start - 1] in index.locale.universal_words)]
    results = [(claim, True if _quoted(claim, fact, index, asked) else _checked(claim, fact, index)) for claim in found]
    results = [(c, _outside_venue(c, fact, index) if _outside(c, asked, index) else ok) for c, ok in results]
    results = [(c, None if _acts_not_venue(c, asked, fact, index) else ok) for c, ok in results]
    results = [(c, False if ok is None and _from_an_unlisted_country(c, fact, index) else ok) for c, ok in results]
    named = set(index.content(index.answer(fact)))
    results = [(c, True if ok is None and (c.kind == "country" and _named_in(str(c.value), named, index)
                                           and not (asked and takes_part(c, asked, index))  # ("will france attend?": the
                                           # answer names France as a leader, not as taking part)
                                           or c.kind == "place" and _for_both(c, asked, fact, index)) else ok)
               for c, ok in results]  # "is that the first f-16 ukraine received?": the answer names ukraine
    if any(c.kind == "person" and ok is None for c, ok in results):  # "will zelensky attend in person?": how
        results = [(c, None if c.kind == "mode" else ok) for c, ok in results]  # he comes, not how they meet
    if any(ok is None and c.kind != "mode" for c, ok in results):  # "met in person in ukraine before?": the
        results = [(c, ok) for c, ok in results if not (c.kind == "mode" and ok is True)]  # place decides
    if _said_not_announced(topic, index):  # "has trump commented on it?": someone the story never mentions
        results = [(c, SILENT if ok is False and c.kind == "person" and not c.known else ok) for c, ok in results]
    strangers = [c for c, ok in results if c.kind == "person" and not c.known]
    if len(strangers) > 1 and len(strangers) == sum(c.kind == "person" for c, _ in results):
        return "silent", strangers[0]  # "did trump talk to putin?": about people the story never mentions
    unjudged = next((c for c, ok in results if c.kind == "person" and not c.known and ok is None), None)
    if unjudged is not None and any(ok is not None for c, ok in results if c is not unjudged):
        return "silent", unjudged  # "is meloni going to the meeting on friday?": the day is judged; of her the
        # story says nothing, so neither "Yes" nor "No"
    if _one_alternative_holds(results, asked, index):
        return "", None  # "is it on friday or saturday?": which one, and the answer says which
    also = bool(set(asked) & index.locale.additive_words)
    other = bool(set(asked) & set(index.locale.else_words))
    for claim, ok in results:
        if ok is False and (also and claim.kind in ("person", "country") or other and claim.kind == "model"):
            return "silent", claim  # "did zelensky also speak with macron?", "any other jets, like mirages?":
            # one more the story does not rule out
        if ok is False and (not _mentioned(claim, fact, index) or _outside(claim, asked, index)):
            if claim.kind in ("place", "date") and _ahead_of_a_past_fact(asked, fact, index):
                return "silent", None  # "the talks will be held in lviv?" of talks already held in Saudi Arabia
            return "no", claim
    if _opposite(asked, fact, index) or later_than_first(asked, fact, index) or _done_not_pledged(asked, fact, index):
        return "no", None  # "in the same meetings?" of "in separate meetings"; "the third in-depth meeting?"
    position = index.position[fact.id]
    foreign = [t for t in topic if t in index.subject_names and t not in index.credit[position]]
    if foreign and _of_another_day(asked, foreign, fact, index):
        return "no", None  # "is the f-16 photo from this meeting?": the photo is from August 2024
    if set(asked) & index.locale.exclusive_words and (_one_of_more(results, fact) or _one_of_two(asked, fact, index)
                                                      or _more_than_named(results, asked, fact, index)):
        return "no", None  # "is britain the sole leader?", "has it only ever met online?": the story says more
    asks_who = "who" in (fact.types or index.types[index.position[fact.id]])  # what the curator says it is about
    silent = next((claim for claim, ok in results if ok == SILENT or (ok is None and not (
        claim.known and claim.kind == "place") and (
        _gap_for(claim, fact, index) or (asks_who and claim.kind in ("person", "country"))))), None)
    if silent is not None:
        return "silent", silent
    if ruled_out_as_said(asked, fact) and not any(ok is False for _, ok in results):
        return "no", None  # "will the presidents meet on friday?": the day is right, presidents are ruled out
    office = _office(asked, fact, index)
    if office is not None:
        return office, None
    if any(ok is True for _, ok in results):
        if foreign and _from_an_event(asked, foreign, index):
            return "", None  # "is the photo from the paris summit?": the photo's date says, not the summit's place
        if any(ok is None and c.kind in ("place", "date", "count") and not c.known for c, ok in results):
            return "", None  # "did they discuss holding the meeting in london?": the people are right, the
            # place is not the fact's to judge: its answer, no "Yes."
        if _ahead_of_a_past_fact(asked, fact, index):
            return "silent", None  # "will starmer travel to ukraine for it?" of the call he had on March 31
        if _counted(asked, index):
            return "silent", None  # "is friday's the second in-depth meeting?" of the date: no count of it
        if _done_of_a_coming_fact(asked, fact, index):
            return "", None  # "have they met in ukraine?" of the meeting set for April 4
        if every_unsaid(asked, fact, index):  # "is every coalition country coming on friday?": the day is
            return ("no" if limits(fact, index) else ""), None  # right, "every" is not said ("a narrow circle": No)
        if first_ever(asked, fact, index):
            return "no", None  # "is april 4 the first time they meet at all?": the day is right; a first of one
            # kind only, after earlier meetings
        if first_unsaid(asked, fact, index):
            return "", None  # "was the paris summit the first meeting of the coalition?": Paris is right; its
            # answer calls nothing the first
        if _role_unsaid(results, asked, fact, index):
            return "", None  # "is starmer the leader of the coalition?": he is named; no one calls him its leader
        return "yes", None
    if _before_the_first(asked, topic, fact, index) or ruled_out(topic, fact, index) or first_ever(asked, fact, index):
        return "no", None
    universal = set(asked) & index.locale.universal_words
    folded = set(fold(index.answer(fact)).split())  # the answer folded, not rewritten as `answer_words` is
    if universal and universal & folded:
        universal = set()
    if universal and folded & index.locale.limiting_words and not found:
        return "no", None  # "with every country invited?" of "a narrow circle of countries": No
    if not results and not foreign and not universal and \
            "yesno" in index.types[position]:
        if asks_ahead(asked, index) and _asks_outcome(asked, index):
            return "silent", None  # "will the meeting produce a deployment plan?": what comes of it, unknown
            # (of the coming meeting's own facts, at the top: "were the ukrainian proposals accepted?")
        if _ahead_of_a_past_fact(asked, fact, index):
            return "silent", None  # "will it be virtual this time?" of how the earlier meetings were held
        if _counted(asked, index):
            return "silent", None
        if _done_of_a_coming_fact(asked, fact, index):
            return "", None
        if _only_possible(asked, fact, index):
            return "silent", None  # "is there a ceasefire in place?" of troops for "a potential ceasefire"
        if first_unsaid(asked, fact, index):
            return "", None
        return "yes", None  # no claim: the curator declared the fact answers yes/no questions with Yes
    # a place or number the fact does not state ("has it met in ukraine before?"): its answer, no verdict
    return "", None  # a claim the fact says nothing about: its answer, without Yes or No


def _only_possible(asked: tuple[str, ...], fact: Fact, index: MatchIndex) -> bool:
    """Asked whether a thing exists or is in place, of an answer that names it only as possible ("a
    potential ceasefire"): the story does not say it is there."""
    locale = index.locale
    if not says(asked, locale.existence_phrases):
        return False
    answer = answer_words(fact, index)
    wanted = {t for w in asked for t in index.content(w)}
    maybe = {t for i, w in enumerate(answer[1:], 1) if answer[i - 1] in locale.possibility_words
             for t in index.content(w)} & wanted
    plain = {t for i, w in enumerate(answer) if not i or answer[i - 1] not in locale.possibility_words
             for t in index.content(w)}
    return bool(maybe - plain)


def titles(words, offices: Mapping[str, str]) -> set[str]:
    """The offices the words name (a locale's `titles`: word or stem -> office)."""
    stems = _stems(offices)
    return {office for w in words for t, office in stems.get(w[:1], ())
            if w == t or (len(t) >= 5 and w.startswith(t))}


_STEMS: dict[int, tuple[Mapping[str, str], dict[str, list[tuple[str, str]]]]] = {}


def _stems(offices: Mapping[str, str]) -> dict[str, list[tuple[str, str]]]:
    """A locale's titles by first letter (a word can only name an office that starts as it does); once per
    mapping (kept beside it, so its id is never another's)."""
    kept = _STEMS.get(id(offices))
    if kept is None or kept[0] is not offices:
        found: dict[str, list[tuple[str, str]]] = {}
        for t, office in offices.items():
            found.setdefault(t[:1], []).append((t, office))
        kept = _STEMS[id(offices)] = (offices, found)
    return kept[1]


@lru_cache(maxsize=16)
def country_tokens(index: MatchIndex) -> frozenset[str]:
    """The tokens of every country the locale knows ("russian" reads as "russia")."""
    return frozenset(t for place, country in index.locale.places.items() if not country for t in index.content(place))


def _office_countries(words: list[str], index: MatchIndex) -> set[str]:
    """The countries named within two words before an office ("france's pm", "u.k. prime minister"), or
    right after it, past a function word ("the prime minister of france", "прем'єр-міністр Франції")."""
    offices, stop = index.locale.titles, index.vocabulary.stop
    found = set()
    for i, w in enumerate(words):
        if titles((w,), offices):
            after = words[i + 1:i + 3]
            after = after[1:] if after and after[0] in stop else after
            found |= {t for t in index.content(" ".join(words[max(i - 3, 0):i] + ["."] + after))
                      if t in country_tokens(index)}
    return found


def _addressed(words, index: MatchIndex) -> set[tuple[str, str]]:
    """(office, person token) for each office said right before a person's name ("president zelensky",
    "prime minister keir starmer": up to two words between)."""
    offices = index.locale.titles
    pairs = set()
    for i, w in enumerate(words):
        for office in titles((w,), offices):
            for after in words[i + 1:i + 4]:
                people = set(index.content(after)) & index.people_tokens
                pairs |= {(office, p) for p in people}
                if people:
                    break
    return pairs


@lru_cache(maxsize=16)
def _addressed_in_story(index: MatchIndex) -> frozenset[tuple[str, str]]:
    """How the story's answers call each person ("President Volodymyr Zelensky")."""
    return frozenset(pair for f in index.facts for pair in _addressed(answer_words(f, index), index))


def _not_addressed(words: tuple[str, ...], index: MatchIndex) -> tuple[str, ...]:
    """The words less an office said before a person's name as the story calls them ("did starmer speak
    with president zelensky?"): how the person is called, no claim ("president starmer" still is)."""
    offices, known = index.locale.titles, _addressed_in_story(index)
    return tuple(w for i, w in enumerate(words)
                 if not (titles((w,), offices) and (pairs := _addressed(words[i:i + 4], index)) and pairs <= known))


def _office(asked: tuple[str, ...], fact: Fact, index: MatchIndex) -> str | None:
    """"is zelensky the prime minister?": an office the question names is a claim too.  The answer
    naming another office, or the office of another country ("is starmer france's pm?"), says No;
    naming none, no verdict (""); naming it, the other rules decide."""
    if not titles(asked, index.locale.titles):
        return None
    wanted = titles(_not_addressed(asked, index), index.locale.titles)
    if not wanted:
        return None
    said = list(answer_words(fact, index))
    stated = titles(said, index.locale.titles)
    if wanted & stated:
        whose, theirs = _office_countries(list(asked), index), _office_countries(said, index)
        if whose and theirs and not whose & theirs:
            return "no"
        return "" if wanted - stated else None  # "president or prime minister?": which, no Yes or No
    return "no" if stated else ""


def _said_not_announced(topic: tuple[str, ...], index: MatchIndex) -> bool:
    """The question asks whether someone said or commented on something, not who announced it: many may
    have, so one the story never mentions is not contradicted by the one it names."""
    words = set(topic)
    return bool(words & set(index.content("say"))) and not words & set(index.content("announce"))


def ruled_out_as_said(asked: tuple[str, ...], fact: Fact) -> bool:
    """The question names, word for word, one the fact rules out ("presidents", "heads of state"; not
    "the president", who is Zelensky)."""
    return any(says(asked, (tuple(fold(thing).split()),)) for thing in fact.asserts.rules_out)


def ruled_out(topic: tuple[str, ...], fact: Fact, index: MatchIndex) -> bool:
    """"will heads of state attend?" of a fact whose answer rules them out (a meeting of military teams)."""
    words = set(topic)
    return any(set(index.content(thing)) <= words for thing in fact.asserts.rules_out if index.content(thing))


def _ahead_of_a_past_fact(asked: tuple[str, ...], fact: Fact, index: MatchIndex) -> bool:
    """A question about what will happen, of a fact about a day already past when the story came out, or
    about a subject named as past ("the earlier meetings"): the people in it are right, but what they
    will do the fact cannot say ("will it be virtual this time?" of "it has met ... virtually")."""
    past = bool(fact.asserts.date) and fact.asserts.date < index.published.isoformat() or bool(
        set(index.subject_tokens.get(fact.subject, ())) & before_tokens(index))
    return past and asks_ahead(asked, index)


@lru_cache(maxsize=16)
def coming_subjects(index: MatchIndex) -> frozenset[str]:
    """The subjects the story dates, every date after its own (the April 4 meeting): once per book, as
    the rules ask of every fact in a loop."""
    dates: dict[str, list[dt.date]] = {}
    for f in index.facts:
        if f.subject and f.asserts.date:
            dates.setdefault(f.subject, []).append(dt.date.fromisoformat(f.asserts.date))
    return frozenset(s for s, days in dates.items() if all(d > index.published for d in days))


def _done_of_a_coming_fact(asked: tuple[str, ...], fact: Fact, index: MatchIndex) -> bool:
    """"have they met in ukraine?", "did they meet in ukraine?" of the meeting still to come, or a question
    naming that meeting whole: whether it happened, which the story, written before, cannot confirm (its
    answer, without "Yes")."""
    body = question_body(asked, index.locale)
    if not body or body[0] not in index.locale.perfect_openers or set(body) & index.locale.speech_words:
        return False  # ("did zelensky call it the first ...?": the saying is done)
    if fact.subject in coming_subjects(index):
        return True
    if not set(asked) & index.locale.completion_words:  # "already" ("did zelensky announce the april 4
        return False  # meeting?" asks of the announcement)
    named = set(index.content(" ".join(asked)))  # "has the april 4 meeting already happened?" of the earlier
    subjects = (index.subject_tokens.get(s) for s in coming_subjects(index))  # meetings, whose answer names it
    return any(tokens and set(tokens) <= named for tokens in subjects)


@lru_cache(maxsize=16)
def outcome_tokens(index: MatchIndex) -> frozenset[str]:
    """The word "outcome" as questions are read ("agreed", "decided", "result", "achieve" read so too)."""
    return frozenset(t for w in index.locale.outcome_words for t in index.content(w))


@lru_cache(maxsize=16)
def view_tokens(index: MatchIndex) -> frozenset[str]:
    """A view asked ("feel", and "think of", "make of" read so)."""
    return frozenset(t for w in index.locale.view_words for t in index.content(w))


def unreported_view(tokens, fact: Fact, index: MatchIndex) -> list[str]:
    """"what do the americans think of it?": a view asked of a fact that reports none (what the U.S. does)
    is no question that fact answers; a gap fact asked about views declines it honestly."""
    if fact.gap:
        return []
    credit = index.credit[index.position[fact.id]]
    return [t for t in tokens if t in view_tokens(index) and t not in credit]


def _asks_outcome(asked: tuple[str, ...], index: MatchIndex) -> bool:
    """The question names an outcome ("produce", "agreed", "result"), as typed or as read."""
    return bool(set(asked) & set(index.locale.outcome_words) or set(index.content(" ".join(asked))) & outcome_tokens(index))


@lru_cache(maxsize=16)
def coming_dates(index: MatchIndex) -> tuple[dt.date, ...]:
    """The dates of the events still to come when the story came out (once per book: `verdict` runs often)."""
    return tuple(dt.date.fromisoformat(f.asserts.date) for f in index.facts
                 if f.asserts.date and f.subject in coming_subjects(index))


def _outcome_of_a_coming_day(found: list[Mention], asked: tuple[str, ...], index: MatchIndex) -> bool:
    """An outcome (produce, agree, decide...) asked of a day the story dates an event still to come."""
    return any(c.kind == "date" and isinstance(c.value, DateSpec) and not c.value.open
               and any(c.value.matches(d) for d in coming_dates(index)) for c in found) and _asks_outcome(asked, index)


def asks_ahead(words: tuple[str, ...], index: MatchIndex) -> bool:
    """"will", "going to": the question is about what is still to come ("who's he again" is not)."""
    return says(words, tuple(p for p in index.locale.future_words if p != ("again",)))


def _of_another_day(asked: tuple[str, ...], foreign: list[str], fact: Fact, index: MatchIndex) -> bool:
    """"is the photo from / taken at this meeting?": a dated fact said to be from an event of another
    subject, every one of whose dates differs from its own."""
    said = fact.asserts.date
    after = {t for i, w in enumerate(asked) if w in index.locale.event_prepositions
             for t in index.content(" ".join(asked[i + 1:i + 4]))}  # "from this meeting", not "did he speak at"
    foreign = [t for t in foreign if t in after]
    if not said or not foreign:
        return False
    subjects = [s for s, tokens in index.subject_tokens.items() if set(foreign) & set(tokens) and s != fact.subject]
    dates = {index.facts[i].asserts.date for s in subjects for i in index.subjects.get(s, ()) if index.facts[i].asserts.date}
    return bool(dates) and said not in dates


def event_at(words: tuple[str, ...], index: MatchIndex) -> int | None:
    """Where the last "from", "at", "during" stands: what comes before it is said to come from what follows
    ("is the photo at the top from the paris summit?": the photo at the top, from the summit)."""
    return next((i for i in range(len(words) - 1, -1, -1) if words[i] in index.locale.event_prepositions), None)


def _from_an_event(asked: tuple[str, ...], foreign: list[str], index: MatchIndex) -> bool:
    """"is the photo from the paris summit?": another subject said to come from this fact's event."""
    at = event_at(asked, index)
    return at is not None and bool(set(index.content(" ".join(asked[:at]))) & set(foreign))


def _done_not_pledged(asked: tuple[str, ...], fact: Fact, index: MatchIndex) -> bool:
    """"britain has already sent its troops, has it?" of an answer saying they pledged to send them: what
    is claimed done the story says is only promised (a claim of the promise itself is not: "have they
    already pledged troops?")."""
    locale = index.locale
    if not set(asked) & locale.completion_words or set(asked) & locale.intention_words:
        return False
    return bool(set(_unnamed_words(fact, index)) & locale.intention_words)


@lru_cache(maxsize=16)
def _name_phrases(index: MatchIndex) -> tuple[tuple[str, ...], ...]:
    """The story's names of several words, longest first (once per index)."""
    return tuple(sorted(index.aliases.phrases().values(), key=len, reverse=True))


def _unnamed_words(fact: Fact, index: MatchIndex) -> list[str]:
    """The answer's words outside the story's names: "willing" of "the coalition of the willing" promises
    nothing."""
    words = list(answer_words(fact, index))
    for name in _name_phrases(index):
        n = len(name)
        for i in range(len(words) - n + 1):
            if tuple(words[i:i + n]) == name:
                words[i:i + n] = [""] * n
    return words


def _opposite(asked: tuple[str, ...], fact: Fact, index: MatchIndex) -> bool:
    """"are ukraine and russia at the same table?" of an answer saying "in separate meetings": No; but
    not of two parties that are not those kept apart ("did kyiv and washington sit down together?": the
    separate meetings are Ukraine's and Russia's, named just before "separate")."""
    words = fold(index.answer(fact)).split()
    said = set(words)
    places = _place_tokens(index)
    for w in asked:
        opposite = set(index.locale.opposites.get(w, ()))
        if w in said or not said & opposite:
            continue  # (most questions stop here: the parties are read only when an opposite is said)
        parties = {t for a in asked for t in index.content(a) if t in places}
        near = {t for i, x in enumerate(words) if x in opposite for y in words[max(i - 5, 0):i]
                for t in index.content(y) if t in places}
        if len(parties) < 2 or not near or near <= parties:  # the parties kept apart are among those asked
            return True
    return False


@lru_cache(maxsize=16)
def _place_tokens(index: MatchIndex) -> frozenset[str]:
    """The tokens of every place and country the locale knows."""
    return frozenset(t for place in index.locale.places for t in index.content(place))


def first_ever(asked: tuple[str, ...], fact: Fact, index: MatchIndex) -> bool:
    """"is this the first time they have met at all?" of an answer saying it is a first of some kind, and
    that they had met before: No."""
    locale = index.locale
    if not set(asked) & locale.first_words:
        return False
    words = answer_words(fact, index)
    kinds = {t for i, w in enumerate(words) if w in locale.first_words for t in index.content(" ".join(words[i + 1:i + 5]))}
    kinds -= set(index.subject_tokens.get(fact.subject, ())) | set(index.vocabulary.question) | index.subject_names
    # (what kind of first: "in-depth", "in Ukraine"; not whose, "перша зустріч коаліції")
    asked_tokens = set(index.content(" ".join(asked)))
    if not kinds or kinds & asked_tokens:  # "their first meeting in ukraine ever?": that first, Yes
        return False
    return bool(set(index.content(index.answer(fact))) & before_tokens(index))


def _role_unsaid(results: list, asked: tuple[str, ...], fact: Fact, index: MatchIndex) -> bool:
    """A role that is no office ("leader", "head", "envoy") claimed of a person the answer names, and the
    answer never using that word: no Yes (offices are judged by `_office`)."""
    be = index.locale.existential  # ("is starmer the leader", "starmer is the leader"; not "talk to a british leader")
    if not any(c.kind == "person" and ok is True and (set(asked[max(c.start - 1, 0):c.start]) | set(asked[c.end:c.end + 1])) & be
               for c, ok in results):
        return False
    wanted = {w for w in asked if w in index.locale.roles and not titles((w,), index.locale.titles)}
    return bool(wanted) and not wanted & set(answer_words(fact, index))


def first_unsaid(asked: tuple[str, ...], fact: Fact, index: MatchIndex) -> bool:
    """A first claimed ("was it the first meeting?") of an answer that calls nothing the first: no Yes."""
    first, months = index.locale.first_words, index.locale.months
    claimed = any(w in first and not any(m in months for m in asked[max(i - 1, 0):i + 3])  # not "april 1st",
                  for i, w in enumerate(asked))  # "the first of april": a date
    return claimed and not set(answer_words(fact, index)) & first


def _counted(asked: tuple[str, ...], index: MatchIndex) -> set[str]:
    """The words after an ordinal past the first ("the third in-depth meeting"): what it counts."""
    return {t for i, w in enumerate(asked) if w in index.locale.ordinal_words
            for t in index.content(" ".join(asked[i + 1:]))}


def later_than_first(asked: tuple[str, ...], fact: Fact, index: MatchIndex) -> bool:
    """"is this the third in-depth meeting?", "ukraine's second f-16?" of an answer calling that thing
    the first: No."""
    counted = _counted(asked, index)
    if not counted:
        return False
    words = answer_words(fact, index)
    return any(w in index.locale.first_words and counted & set(index.content(" ".join(words[i + 1:i + 6])))
               for i, w in enumerate(words))


def answer_words(fact: Fact, index: MatchIndex) -> tuple[str, ...]:
    """The fact's answer, rewritten and folded as questions are (cached: several rules read it)."""
    return _answer_words(index, index.position[fact.id])


@lru_cache(maxsize=512)
def _answer_words(index: MatchIndex, position: int) -> tuple[str, ...]:
    return tuple(fold(index.locale.rewrite(index.answer(index.facts[position]))).split())


def says(words: tuple[str, ...], phrases: tuple[tuple[str, ...], ...]) -> bool:
    """Does one of the phrases stand, word for word, in the words?"""
    present = set(words)  # (a phrase whose first word is absent is not looked for)
    return any(words[i:i + len(p)] == p for p in phrases if not p or p[0] in present for i in range(len(words)))


@lru_cache(maxsize=16)
def before_tokens(index: MatchIndex) -> frozenset[str]:
    """The words "before", "already", "previously" as questions are read."""
    return frozenset(t for w in index.locale.previous_words for t in index.content(w))


def _before_the_first(asked: tuple[str, ...], topic: tuple[str, ...], fact: Fact, index: MatchIndex) -> bool:
    """"had they had in-depth meetings before?" of a fact whose answer calls this "the first in-depth
    meeting": the story says No.  The question asks whether something happened before (and does not
    itself say "first"), and the words after "first" in the answer are words of the question."""
    locale = index.locale
    if not locale.first_words or set(asked) & (locale.first_words | locale.comparatives) or not (
            set(asked) & locale.previous_words or says_before(asked, index)):
        return False  # ("more serious than before" compares; it does not ask whether)
    said = answer_words(fact, index)
    topic_words = (set(topic) | _countries_of_places(asked, index)) - set(index.vocabulary.question)
    topic_words -= set(index.subject_tokens.get(fact.subject, ()))  # "перша зустріч в Україні": the first what
    return any(word in locale.first_words and set(index.content(" ".join(said[i + 1:i + 4]))) & topic_words
               for i, word in enumerate(said))  # ("in Ukraine"), not the meetings it is about


def says_before(asked: tuple[str, ...], index: MatchIndex) -> bool:
    """"so far", "up to now", "all along": said in other words than "before" (the aliases read them so)."""
    return bool(set(index.content(" ".join(asked))) & before_tokens(index))


def _countries_of_places(asked: tuple[str, ...], index: MatchIndex) -> set[str]:
    """The tokens of the countries the asked places lie in: "met in kyiv before?" of "the first in Ukraine"."""
    places = index.locale.places
    return {t for size in (1, 2) for i in range(len(asked) - size + 1)
            if places.get(name := " ".join(asked[i:i + size])) for t in index.content(places[name])}


def parts(found: list[Mention], fact: Fact, index: MatchIndex, topic: tuple[str, ...] = (),
          asked: tuple[str, ...] = ()) -> tuple[Part, ...]:
    """The reply part for a yes/no question matched to `fact`."""
    said, claim = verdict(found, fact, index, topic, asked)
    locale = index.locale
    if said in ("yes", "no"):
        return (Part(fact, locale.text(said, answer=index.answer(fact)), Kind.ANSWER, verdict=said),)
    if said == "silent":
        gap = _gap_for(claim, fact, index) if claim is not None else None
        if gap is not None:
            return (Part(gap, index.answer(gap), Kind.DECLINE),)
        return (silent(fact, index),)
    return (Part(fact, index.answer(fact), Kind.ANSWER),)


def silent(fact: Fact, index: MatchIndex) -> Part:
    """"The story doesn't say. What it does say: ..." with `fact`'s answer."""
    return Part(fact, index.locale.text("silent", answer=index.answer(fact)), Kind.DECLINE)


def _gap_for(claim: Mention, fact: Fact, index: MatchIndex) -> Fact | None:
    """The gap fact about the same subject that declines this kind of claim ("which city?"); for a country
    or person, first the one asked about them and this subject ("is america in the coalition?": whether
    the U.S. is, not the unlisted members)."""
    kind = SLOT_TYPES[claim.kind]
    if claim.kind in ("country", "person"):
        named = set(index.content(str(claim.value))) | set(index.subject_tokens.get(fact.subject, ()))
        asked = [f for i, f in enumerate(index.facts) if f.gap and named <= index.asked[i]]
        if len(asked) == 1:
            return asked[0]
    for i in index.subjects.get(fact.subject, ()):
        other = index.facts[i]
        if other.gap and kind in index.types[i]:
            return other
    return None


def verify(fact: Fact, index: MatchIndex) -> list[str]:
    """What `fact` asserts that its own source quote does not say (for `check`)."""
    from .dates import digits, mentions

    said = fact.asserts
    if not said:
        return []
    locale = index.locale
    words = digits(fold(locale.rewrite(fact.source)).split(), locale)
    tokens = set(index.content(fact.source))
    problems = []
    if said.date:
        date = dt.date.fromisoformat(said.date)
        found = [m.value for m in mentions(words, locale, index.published, frozenset()) if m.kind == "date"]
        if not any(spec.month and spec.day and spec.matches(date) for spec in found):
            problems.append(f"date {said.date}")
    if said.count is not None and str(said.count) not in words:
        problems.append(f"count {said.count}")
    if said.model and said.model.lower() not in fact.source.lower():
        problems.append(f"model {said.model}")
    names = ([said.place] if said.place else []) + list(said.countries) + [p.split()[-1] for p in said.people]
    problems += [name for name in names if not set(index.content(name)) <= tokens]
    problems += [f"rules out '{thing}', which it says" for thing in said.rules_out if set(index.content(thing)) <= tokens]
    return problems + _unsaid_modes(said.modes, f" {fold(fact.source)} ", index.locale)


def _unsaid_modes(modes: tuple[str, ...], source: str, locale) -> list[str]:
    """A mode the source quote has no cue for ("met in", "virtually"), or "untold" of a quote that has one."""
    said = {mode for mode, cues in locale.mode_cues.items() if any(f" {fold(cue)}" in source for cue in cues)}
    if "untold" in modes:
        return [f"modes untold, but it says {', '.join(sorted(said))}"] if said else []
    return [f"mode {mode}" for mode in modes if mode not in said]


@lru_cache(maxsize=64)
def _frames(patterns: tuple[str, ...]) -> tuple[re.Pattern, ...]:
    """A locale's frame patterns, compiled once."""
    return tuple(re.compile(p) for p in patterns)


def untold_contents(words: tuple[str, ...], fact: Fact, index: MatchIndex) -> bool:
    """"what is actually in those proposals?": the contents of a thing the fact's answer mentions only in
    a quote, which names it without saying what it holds (never the fact's own subject, nor a thing the
    quote details: "the proposals include ...")."""
    text = " ".join(question_body(words, index.locale))
    match = next((m for m in (p.match(text) for p in _frames(index.locale.contents_frames)) if m), None)
    if match is None:
        return False
    noun = index.content(match["noun"])
    answer = index.answer(fact)
    if not noun or noun[0] in index.subject_tokens.get(fact.subject, ()) or noun[0] in index.content(QUOTE.sub(" ", answer)):
        return False
    quoted = [w for q in QUOTE.findall(answer) for w in fold(index.locale.rewrite(q)).split()]
    spots = [i for i, w in enumerate(quoted) if index.content(w)[:1] == noun[:1]]
    return bool(spots) and not any(set(quoted[i + 1:i + 3]) & index.locale.detail_words for i in spots)
