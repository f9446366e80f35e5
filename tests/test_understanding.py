"""Engine v2: chat noise, numbers, voice typing, question types, yes/no, several questions,
follow-ups, --explain, the bounds on spelling work, and check's claim verification."""

from __future__ import annotations

import ast
import random
import string
import subprocess
import sys
import time
from pathlib import Path

import pytest

from bot.engine.responder import respond
from bot.engine.result import Kind
from bot.engine.understand import read
from bot.evaluation import evaluate, read_cases

ROOT = Path(__file__).resolve().parent.parent
EVAL = ROOT / "tests" / "eval"


def facts(result):
    return [p.fact.id if p.fact else None for p in result.parts]


# Each set was written from the article only and measured before its mechanism was built (see the
# commit that added it). Floors are today's figures rounded down; confident wrong is capped.
SETS = {  # name: (right at least, declined at least, confident wrong at most)
    "en_noise.tsv": (0.97, 1.0, 0.0),
    "en_numbers.tsv": (0.90, 1.0, 0.03),
    "en_voice.tsv": (0.80, 1.0, 0.03),
    "en_yesno.tsv": (0.80, 0.92, 0.05),
    "en_multi.tsv": (0.94, 1.0, 0.03),
    "en_types.tsv": (0.87, 1.0, 0.06),
    "en_requests.tsv": (0.94, 1.0, 0.0),  # twelfth round: was 21/34 right, 2 confident wrong
}


@pytest.mark.parametrize("name", sorted(SETS))
def test_each_kind_of_message_holds_its_figures(book, name):
    right, declined, wrong = SETS[name]
    report = evaluate(book, read_cases(EVAL / name))
    assert report.accuracy >= right, (name, report.misses, report.wrong)
    assert report.decline_rate >= declined, (name, report.misses, report.wrong)
    assert report.wrong_rate <= wrong, (name, report.wrong)


def test_follow_ups_are_read_against_the_last_answer(book):
    """Issue 14: >= 95% of follow-ups right, none answered about another subject with confidence.
    Reached: 94 of 98 (95.9%), none about another subject (was 90, 1)."""
    report = evaluate(book, read_cases(EVAL / "dialogues_en.tsv"))
    assert report.followups >= 90
    assert report.followup_accuracy >= 0.95, report.misses + report.wrong
    assert report.off_subject == 0, report.wrong


# Follow-up sets other than the (dialogues_en, dialogues_uk): fresh was written after engine v2
# and then worked on; more is the dev set of follow-up kinds written before that work. Today's figures.
FOLLOW_UP_SETS = {  # name: (follow-ups right at least, about another subject at most, confident wrong at most)
    "dialogues_fresh.tsv": (0.95, 2, 2),
    "dialogues_more.tsv": (0.89, 0, 2),
}
# dialogues_more's second wrong came with the English engine merge: "what is he standing in front of?"
# after the photo gets the photo's answer (which says "in front of the first ... F-16"), labelled f16.


@pytest.mark.parametrize("name", sorted(FOLLOW_UP_SETS))
def test_other_dialogue_sets_hold_their_follow_up_figures(book, name):
    right, off_subject, wrong = FOLLOW_UP_SETS[name]
    report = evaluate(book, read_cases(EVAL / name))
    assert report.followup_accuracy >= right, (name, report.misses, report.wrong)
    assert report.off_subject <= off_subject and report.confident_wrong <= wrong, (name, report.wrong)


@pytest.mark.parametrize("question, previous, expected", [
    ("and when?", "paris-summit", "paris-summit"),
    ("and when", "author", "published"),
    ("where?", "meeting-date", "meeting-place"),
    ("who leads it?", "what-is-coalition", "coalition-leaders"),
    ("when did he say it?", "announced-by", "announced-by"),
    ("what time tho", "meeting-place", "meeting-time"),
    # issue 14's follow-up kinds (the mechanism in bot/engine/context.py)
    ("and russia?", "us-role", "russia-position"),  # another subject, named: the last question about it
    ("what about the article?", "meeting-date", "published"),
    ("so how did they meet before?", "first-in-depth", "previous-meetings"),
    ("what's his job?", "announced-by", "who-is-zelensky"),  # "he": the person the last answer named
    ("what's he doing?", "photo", "photo"),
    ("whose proposals?", "meeting-purpose", "meeting-purpose"),  # words of the last answer itself
    ("And whose proposals is it going to be based on?", "meeting-participants", "meeting-purpose"),  # not "who"
    ("what's in the photo then?", "f16", "photo"),  # names its subject: not the last answer by default
    ("did they achieve it?", "meeting-purpose", "meeting-outcome"),  # no bare "Yes" about the future
    ("о котрій", "meeting-date", "meeting-time"),  # asked the way only the time's questions ask
    ("а росія?", "us-role", "russia-position"),
])
def test_a_follow_up_keeps_the_subject_and_takes_the_new_question(book, question, previous, expected):
    result = respond(question, book, previous=previous)
    assert facts(result) == [expected] and result.followup


@pytest.mark.parametrize("question, previous", [
    ("where is he from?", "author"),  # the author, of whom the story says nothing more: not where it was published
    ("why them", "coalition-leaders"),  # the reason France and the U.K. lead: not the coalition's purpose
    ("but why in ukraine?", "meeting-purpose"),
    ("and this time?", "previous-meetings"),  # the present meeting: did you mean, not the earlier ones again
    ("which ones?", "coalition-size"),  # the story does not list them
])
def test_a_follow_up_the_story_cannot_answer_is_not_answered_from_the_last_subject(book, question, previous):
    result = respond(question, book, previous=previous)
    assert not result.answered, facts(result)


def test_a_subject_with_no_fact_of_that_type_is_declined_about_that_subject(book):
    result = respond("and how many?", book, previous="photo")
    assert result.kind is Kind.DECLINE and "the photo" in result.text
    assert all(p.fact is None for p in result.parts)


@pytest.mark.parametrize("question", ["how many countires", "From how many countries?", "а скільки країн?"])
def test_a_count_of_a_subject_with_no_count_is_the_fact_that_speaks_of_it(book, question):
    """After who attends the April 4 meeting, "how many countries?" is the coalition's size, whose answer
    says the story gives no number for April 4: more than "no number for the meeting"."""
    result = respond(question, book, previous="meeting-participants")
    assert facts(result) == ["coalition-size"] and result.followup


@pytest.mark.parametrize("question, previous", [
    ("how many?", "meeting-participants"),  # counting what? not necessarily countries
    ("and why never in ukraine until now?", "previous-meetings"),  # a fact naming them gives no reason
])
def test_a_fact_that_only_speaks_of_the_subject_answers_no_bare_or_why_question(book, question, previous):
    assert not respond(question, book, previous=previous).answered


@pytest.mark.parametrize("question, previous", [
    ("what do the Americans think of it?", None),  # what the U.S. does is no view of it
    ("and the Americans, what do they think of it?", "russia-position"),
    ("what's washington's take on the coalition?", None),
])
def test_a_view_asked_of_a_fact_that_reports_none_is_not_answered_by_it(book, question, previous):
    result = respond(question, book, previous=previous)
    assert not result.answered, facts(result)


def test_a_decline_about_a_subject_ending_in_a_period_has_one_period(book):
    result = respond("and the Americans, what do they think of it?", book, previous="russia-position")
    assert result.kind is Kind.DECLINE and result.text == "The story doesn't say that about the U.S."
    assert respond("and how many?", book, previous="us-role").text == "The story doesn't give a number for the U.S."


@pytest.mark.parametrize("question, previous, verdict", [
    ("Was that the first in-depth meeting Zelensky mentioned?", "paris-summit", "no"),  # that = the summit
    ("was it the first meeting in ukraine?", "paris-summit", "no"),
    ("чи це була перша поглиблена зустріч?", "paris-summit", "no"),
    ("is it the first in-depth meeting?", "announced-by", "yes"),  # the announcement is of the April 4 meeting
    ("is it the first in-depth meeting?", "meeting-date", "yes"),
])
def test_a_mark_of_one_event_claimed_of_another_by_a_pronoun_is_no(book, question, previous, verdict):
    result = respond(question, book, previous=previous)
    assert facts(result) == ["first-in-depth"] and result.parts[0].verdict == verdict


@pytest.mark.parametrize("question", ["is the us part of the coalition", "is America in the coalition?"])
def test_a_country_claimed_as_a_member_gets_the_untold_fact_about_it_and_is_what_it_means_next(book, question):
    """Not the coalition's unlisted members: then "what is it doing then?" would be about the coalition."""
    first = respond(question, book)
    assert first.kind is Kind.DECLINE and facts(first) == ["us-in-coalition"]
    assert facts(respond("what is it doing then?", book, previous=first.fact.id)) == ["us-role"]
    assert facts(respond("who leads it then?", book, previous=first.fact.id)) == ["coalition-leaders"]  # "it": either


def test_it_may_be_the_subject_the_last_subject_s_name_holds(book):
    """After the coalition's earlier meetings, "in it" is the coalition: its size, not the Paris summit's."""
    result = respond("How many countries are in it?", book, previous="previous-meetings")
    assert facts(result) == ["coalition-size"] and result.followup


@pytest.mark.parametrize("question, previous, expected", [
    ("where did they last meet with ukraine?", "us-role", "saudi-talks"),  # they: the U.S. officials
    ("where did they last meet?", "us-role", "saudi-talks"),
    ("and when are they meeting?", "what-is-coalition", "meeting-date"),  # they: the coalition, which it names
])
def test_they_are_the_people_of_the_last_answer(book, question, previous, expected):
    assert facts(respond(question, book, previous=previous)) == [expected]


@pytest.mark.parametrize("question, verdict", [
    ("Am I right that Paris and London are the ones steering this whole coalition thing?", "yes"),
    ("are france and uk steering this whole coalition?", "yes"),  # the whole coalition is the coalition
    ("do all coalition countries lead it?", "no"),  # every one of its members: a narrow claim denied
])
def test_the_whole_of_a_subject_is_no_claim_about_every_member(book, question, verdict):
    result = respond(question, book)
    assert facts(result) == ["coalition-leaders"] and result.parts[0].verdict == verdict


@pytest.mark.parametrize("question, fact, verdict", [
    ("did 35 heads of state meet at the paris summit?", "paris-summit", "no"),  # 35 is no misheard word
    ("A wire report says US and Ukrainian officials met in Saudi Arabia on March 27. Does this article back that "
     "date?", "saudi-talks", "no"),  # "back that date" closes the claim as "back that" does
    ("US and Ukrainian officials met in Saudi Arabia on March 25. Does this article confirm that date?", "saudi-talks",
     "yes"),
])
def test_a_claim_checked_with_its_number_and_closing_check(book, question, fact, verdict):
    result = respond(question, book)
    assert facts(result) == [fact] and result.parts[0].verdict == verdict


def test_what_a_question_sets_aside_after_asking_is_not_what_it_asks(book):
    """"..., besides posing for photos?": the photo is set aside, not the answer."""
    result = respond("So what are they actually going to do there, besides posing for photos?", book)
    assert "photo" not in facts(result) and "photo" not in [f.id for f in result.suggestions]


def test_a_do_you_think_tag_is_no_question_about_the_bot(book):
    assert respond("Will any of this bring the price of heating oil down, do you think?", book).kind is not Kind.SMALL_TALK


def test_a_full_new_question_is_read_on_its_own(book):
    assert facts(respond("who wrote the article?", book, previous="meeting-date")) == ["author"]


@pytest.mark.parametrize("question, fact, verdict", [
    ("is the meeting on sunday?", "meeting-date", "no"),
    ("is the meeting on friday?", "meeting-date", "yes"),
    ("the summit was in rome right?", "paris-summit", "no"),
    ("did 40 countries go to paris?", "paris-summit", "no"),
    ("did thirty-one nations meet in paris", "paris-summit", "yes"),
    ("is poland leading the coalition?", "coalition-leaders", "no"),
    ("zelensky spoke to starmer on the 30th right?", "starmer-call", "no"),
])
def test_yes_no_questions_check_the_claim_against_the_story(book, question, fact, verdict):
    result = respond(question, book)
    assert result.answered and facts(result) == [fact] and result.parts[0].verdict == verdict
    assert result.text.startswith("Yes." if verdict == "yes" else "No. The story says")


@pytest.mark.parametrize("question", ["is the meeting in kyiv?", "so it's in kyiv?"])
def test_a_claim_the_story_is_silent_on_is_declined(book, question):
    result = respond(question, book)
    assert result.kind is Kind.DECLINE and facts(result) == ["meeting-city"]


@pytest.mark.parametrize("question, expected", [
    ("when and where is it?", ["meeting-date", "meeting-place"]),
    ("who is coming and what will they discuss", ["meeting-participants", "meeting-purpose"]),
    ("who wrote the piece and on what day did it come out", ["author", "published"]),
    ("who's meeting, where, and when?", ["meeting-participants", "meeting-place", "meeting-date"]),
])
def test_several_questions_get_one_reply_answering_each(book, question, expected):
    result = respond(question, book)
    assert result.answered and facts(result) == expected


@pytest.mark.parametrize("question, kind", [
    ("hey, how's it going", "how_are_you"), ("who made you??", "about"), ("r u a human or an ai", "about"),
    ("hiii", "greeting"), ("ur awesome tbh 😎", "thanks"), ("gn bot 😴", "bye"),
    ("and who are you?", "about"), ("А ти хто такий?", "about"),  # an opener before it: still the bot asked
])
def test_small_talk_alone_gets_small_talk_never_a_fact(book, question, kind):
    result = respond(question, book)
    assert result.kind is Kind.SMALL_TALK and result.small_talk == kind and not result.parts


@pytest.mark.parametrize("question", [
    "who am i talking to rn", "Good morning. Who is on the other side of this chat?", "Who runs this account?",
    "Hi! Quick one before I start: am I chatting with a machine?", "is this thing on", "is anybody reading these messages?",
    "з ким я розмовляю?", "хто веде цей канал?",
])
def test_asking_about_the_bot_without_saying_you_is_small_talk(book, question):
    """"who am i talking to" named no "you", and was answered with whom the U.S. talks to."""
    result = respond(question, book)
    assert result.kind is Kind.SMALL_TALK and result.small_talk == "about" and not result.parts


@pytest.mark.parametrize("question, fact", [
    ("Who was Zelensky talking to on March 31?", "starmer-call"), ("who is the US talking to about peace?", "us-role"),
    ("who runs this coalition?", "coalition-leaders"), ("So when is this thing happening?", "meeting-date"),
    ("Dear bot, I would like to know for what purpose the military teams are coming together.", "meeting-purpose"),
    ("з ким розмовляв Зеленський 31 березня?", "starmer-call"),
])
def test_the_same_words_about_the_story_still_ask_the_story(book, question, fact):
    assert facts(respond(question, book)) == [fact]


@pytest.mark.parametrize("question, fact", [
    ("hey there! quick one: wen r they meetin in ukrain?", "meeting-date"),
    ("sorry to bother you but who leads the coalition lol", "coalition-leaders"),
    ("what happened on 27/3", "paris-summit"),
    ("what happened on the twenty seventh of march", "paris-summit"),
    ("who did zelensky speak to on 2025-03-31", "starmer-call"),
    ("what did kier star mur discuss with zelensky", "starmer-call"),
    ("when is the meeting of the coal ition of the villain", "meeting-date"),
    ("where did the coalition meat before", "previous-meetings"),
])
def test_chat_numbers_and_voice_typing_are_understood(book, question, fact):
    assert facts(respond(question, book)) == [fact]


def test_a_when_question_never_gets_a_fact_that_does_not_answer_when(book):
    """'whose' is the exception: it asks an owner, which a fact of any type may name ("whose proposals?")."""
    index = book.index
    for path in sorted(EVAL.glob("*.tsv")):
        for case in read_cases(path):
            trace: list[str] = []
            result = respond(case.question, book, trace=trace)
            alone = [line.split(": ", 1)[1] for line in trace if line.startswith("the whole message not read")]
            message = read(ast.literal_eval(alone[0]) if alone else case.question, book)  # the part answered
            whose = set(message.parts[0].readings[0].words) & index.locale.possessive_question_words \
                if message.parts else set()
            if len(message.parts) == 1 and not message.parts[0].yesno and result.answered and not whose:
                kind = message.parts[0].qtype
                if kind in ("when", "where", "who", "how_many"):
                    assert kind in index.types[index.position[result.fact.id]], (path.name, case.question)


def test_off_topic_questions_sharing_a_word_are_not_answered(book):
    for question in ("how do i cook pasta lol", "what is the price of gold", "wen is the next iphone coming out",
                     "where is saudi arabia", "when will the peacekeepers arrive", "how are you doing today bot?"):
        assert not respond(question, book).answered, question


@pytest.mark.parametrize("question", ["what is a contingent", "what is the weather in kyiv"])
def test_off_topic_gets_the_off_topic_fallback_not_a_near_fact(book, question):
    assert respond(question, book).kind is Kind.FALLBACK  # issue 13 item 11


def test_a_dictionary_question_about_a_subject_of_the_story_is_answered(book):
    assert facts(respond("what does cotw mean", book)) == ["what-is-coalition"]


def garbage(seed: int) -> str:
    rng = random.Random(seed)
    return " ".join("".join(rng.choice(string.ascii_lowercase) for _ in range(rng.randint(3, 9)))
                    for _ in range(700))[:4096]


def test_spelling_work_is_bounded_per_message(book):
    respond(garbage(0), book)
    start = time.perf_counter()
    for seed in range(1, 4):
        respond(garbage(seed), book)
    assert (time.perf_counter() - start) / 3 < 0.25  # the benchmark measures ~20 ms; this only catches a stall


def test_explain_shows_how_a_question_was_read():
    out = subprocess.run([sys.executable, "-m", "bot", "ask", "--explain", "is the coal ition meeting on friday, right?"],
                         cwd=ROOT, capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    text = out.stdout
    for needed in ("question 1:", "correction:", "type:", "yes/no", "reading:", "rule:", "result:"):
        assert needed in text, (needed, text)


def test_check_refuses_a_claim_its_source_does_not_make(tmp_path):
    good = (ROOT / "facts.yaml").read_text(encoding="utf-8")
    bad = tmp_path / "facts.yaml"
    bad.write_text(good.replace("asserts: {date: 2025-04-04}", "asserts: {date: 2025-04-05}", 1), encoding="utf-8")
    out = subprocess.run([sys.executable, "-m", "bot", "check", str(bad)], cwd=ROOT, capture_output=True, text=True)
    assert out.returncode == 2
    assert "fact 'meeting-date' asserts date 2025-04-05, but its source does not say it" in out.stderr
    ok = subprocess.run([sys.executable, "-m", "bot", "check"], cwd=ROOT, capture_output=True, text=True)
    assert ok.returncode == 0


@pytest.mark.parametrize("good, bad, problem", [
    ("asserts: {rules_out: [politicians,", "asserts: {rules_out: [military teams, politicians,",
     "rules out 'military teams', which it says"),
    ("place: Paris, count: 31, modes: [in person]", "place: Paris, count: 31, modes: [virtual]",
     "fact 'paris-summit' asserts mode virtual, but its source does not say it"),
])
def test_check_refuses_ruling_out_what_the_source_says_or_a_way_of_meeting_it_does_not(tmp_path, good, bad, problem):
    text = (ROOT / "facts.yaml").read_text(encoding="utf-8")
    assert good in text
    path = tmp_path / "facts.yaml"
    path.write_text(text.replace(good, bad, 1), encoding="utf-8")
    out = subprocess.run([sys.executable, "-m", "bot", "check", str(path)], cwd=ROOT, capture_output=True, text=True)
    assert out.returncode == 2 and problem in out.stderr


@pytest.mark.parametrize("question, kind, fact, verdict", [
    ("did zelensky and starmer meet in person?", Kind.DECLINE, "starmer-call", ""),  # was "Yes."
    ("Was the March 31 Zelensky-Starmer talk a phone call or a video call?", Kind.DECLINE, "starmer-call", ""),
    ("зеленський і стармер зустрічалися особисто?", Kind.DECLINE, "starmer-call", ""),
    ("The March 27 summit was held by videoconference, wasn't it?", Kind.ANSWER, "paris-summit", "no"),
    ("were the saudi arabia talks done over video link?", Kind.ANSWER, "saudi-talks", "no"),
    ("is it gonna be in person or on zoom again lol", Kind.ANSWER, "meeting-place", ""),  # was the earlier meetings
    ("Is the meeting online or in person somewhere?", Kind.ANSWER, "meeting-place", ""),
    ("coalition meet before only online??", Kind.ANSWER, "previous-meetings", "no"),
    ("коаліція вже зустрічалась онлайн?", Kind.ANSWER, "previous-meetings", "yes"),  # not the coming meeting's "No"
    ("Has the coalition met in person in Ukraine before, or only elsewhere?", Kind.ANSWER, "previous-meetings", "no"),
    ("will zelensky attend the meeting in person?", Kind.DECLINE, "meeting-participants", ""),  # how he comes: untold
    ("did starmer n zelensky meet face to face on march 31 or just fone", Kind.DECLINE, "starmer-call", ""),
    ("Is April 4 the first time the coalition meets physically at all?", Kind.ANSWER, "first-in-depth", "no"),  # was
    # "Yes." (the day is right, and the coming meeting is in person): a first of one kind, after earlier meetings
    ("Has this group ever met face to face before, or has it all been done online?", Kind.ANSWER, "previous-meetings",
     ""),  # ('face to face' is 'in person': no unknown word)
])
def test_how_people_meet_is_judged_by_the_event_asked_about(book, question, kind, fact, verdict):
    result = respond(question, book)
    assert (result.kind, facts(result), result.parts[0].verdict) == (kind, [fact], verdict)


def test_either_way_of_meeting_after_an_answer_gets_no_yes(book):
    """"in person or online?" after where the coalition met: which one, so no "Yes." before it."""
    result = respond("in person or online?", book, previous="previous-meetings")
    assert facts(result) == ["previous-meetings"] and result.parts[0].verdict == ""


@pytest.mark.parametrize("question, verdict", [("will heads of state take part in it?", "no"),
                                               ("are politicians going to the meeting?", "no"),
                                               ("чи приїдуть політики на зустріч?", "no"),
                                               ("will military teams be there?", "yes")])
def test_what_an_answer_rules_out_gets_no(book, question, verdict):
    result = respond(question, book)
    assert result.parts[0].fact.id == "meeting-participants" and result.parts[0].verdict == verdict


# -- engine v2, second pass: follow-ups by declared type and subject, close calls, claims ------------------

@pytest.mark.parametrize("question, previous, expected", [
    ("who took it?", "f16", "photo"),  # f16 does not declare 'who': the photo, same subject, does
    ("and what does russia think of the coalition?", "us-role", "russia-position"),  # reads better alone
    ("so where did they meet before?", "first-in-depth", "previous-meetings"),  # "they" is not "it"
    ("what is the coalition, where will it meet, and why", None, None),
])
def test_follow_ups_use_declared_types_and_read_new_questions_alone(book, question, previous, expected):
    result = respond(question, book, previous=previous)
    if expected is None:
        assert facts(result)[-1] == "meeting-purpose"  # a bare "why" after the meeting: its purpose
    else:
        assert facts(result) == [expected]


@pytest.mark.parametrize("question, previous", [
    ("where", "photo"),  # the photo's "where is it from?" is its credit, not a place
    ("what else has he writen?", "author"),
    ("will zelensky be there himself 👀", "meeting-participants"),
])
def test_a_follow_up_the_subject_cannot_answer_is_declined_not_answered_elsewhere(book, question, previous):
    result = respond(question, book, previous=previous)
    assert not result.answered, facts(result)


@pytest.mark.parametrize("question", [
    "hwo will they meet",  # how or who
])
def test_two_close_readings_ask_did_you_mean(book, question):
    result = respond(question, book)
    assert result.kind is Kind.SUGGEST and len(result.suggestions) >= 2


@pytest.mark.parametrize("question, expected", [
    ("what does the caption say", ["photo"]),  # "what does X say" is not a dictionary question
    ("which country will the meeting be held in", ["meeting-place"]),
    ("is the meeting in you crane", ["meeting-place"]),
])
def test_question_shapes_read_right(book, question, expected):
    assert facts(respond(question, book)) == expected


@pytest.mark.parametrize("question", ["what is a coalition government", "when did zelensky become president"])
def test_near_misses_about_the_story_s_words_are_not_answered(book, question):
    assert not respond(question, book).answered


@pytest.mark.parametrize("question, fact, verdict", [
    ("so the mtg is three days after the article came out?", "meeting-date", "yes"),
    ("is the meeting 8 days after the paris summit?", "meeting-date", "yes"),
    ("is the meeting a week after the paris summit?", "meeting-date", "no"),
    ("was the starmer call the day before zelensky announced it", "starmer-call", "yes"),
    ("is the april 4 meeting in ukraine", "meeting-place", "yes"),
    ("was the march 28 summit in paris?", "paris-summit", "no"),
])
def test_dates_counted_from_the_story_s_events_are_checked(book, question, fact, verdict):
    result = respond(question, book)
    assert facts(result) == [fact] and result.parts[0].verdict == verdict


@pytest.mark.parametrize("question", ["is the f-16 photo from this meeting?", "has the coalition already met in ukraine before?"])
def test_no_yes_for_what_the_fact_does_not_state(book, question):
    result = respond(question, book)
    assert all(p.verdict != "yes" for p in result.parts)


@pytest.mark.parametrize("question, fact, verdict", [
    ("Is Zelensky the prime minister of Ukraine?", "who-is-zelensky", "no"),
    ("isnt zelensky the prime minister", "who-is-zelensky", "no"),
    ("is zelensky the president?", "who-is-zelensky", "yes"),
    ("is starmer the prime minister?", "starmer-call", "yes"),
    ("is starmer the president?", "starmer-call", "no"),
    ("зеленський прем'єр-міністр?", "who-is-zelensky", "no"),
    ("стармер прем'єр?", "starmer-call", "yes"),
    ("чи є зеленський президентом?", "who-is-zelensky", "yes"),
])
def test_an_office_named_in_a_yes_no_question_is_checked(book, question, fact, verdict):
    """An office is a claim too: the answer naming another office for the person says No."""
    result = respond(question, book)
    assert result.answered and [p.fact.id for p in result.parts] == [fact] and result.parts[0].verdict == verdict


def test_a_preposition_before_a_misheard_name_is_not_heard_as_part_of_it(book):
    """"in sowdy arabia": no "inside"; "star mer" and "and ounced" still join."""
    from bot.engine.understand import read

    assert "inside" not in read("when did they meet in sowdy arabia", book).parts[0].readings[0].words
    assert "starmer" in read("what did star mer say", book).parts[0].readings[0].words


def test_a_remark_about_the_reader_frames_the_question_and_a_claim_stays(book):
    """"I have not had time to read it, ..." is about the one asking; "i heard it's on friday." claims a day."""
    result = respond("I haven't had time to read the story myself, so could you tell me in a few sentences what it is about?", book)
    assert result.parts[0].fact.id == "summary"
    claim = respond("i heard it's on friday. is that right?", book)
    assert claim.parts[0].fact.id == "meeting-date" and claim.parts[0].verdict == "yes"


def test_check_refuses_a_model_its_source_does_not_name(tmp_path):
    good = (ROOT / "facts.yaml").read_text(encoding="utf-8")
    bad = tmp_path / "facts.yaml"
    bad.write_text(good.replace("asserts: {date: 2024-08-04, model: F-16}", "asserts: {date: 2024-08-04, model: F-35}", 1),
                   encoding="utf-8")
    out = subprocess.run([sys.executable, "-m", "bot", "check", str(bad)], cwd=ROOT, capture_output=True, text=True)
    assert out.returncode == 2
    assert "model F-35, but its source does not say it" in out.stderr
