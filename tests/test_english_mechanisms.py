"""English reading mechanisms: each test names the mechanism, in questions of our own words (no eval question)."""

from __future__ import annotations

import pytest

from bot.engine.responder import respond
from bot.engine.result import Kind
from bot.story.locale.en.words import rewrite, rewrite_message


def facts(result):
    return [p.fact.id for p in result.parts if p.fact is not None]


@pytest.mark.parametrize("question", ["how much money does the coalition spend?",
                                      "how many money r they sending lol"])
def test_a_word_that_shapes_a_question_is_never_heard_in_a_content_word(book, question):
    """'money' sounds like 'many', but 'how much money' asks about money, which the story never mentions."""
    assert not respond(question, book).answered


@pytest.mark.parametrize("text, reading", [
    ("was that their 1st in-depth talk?", "was that their first in-depth talk?"),
    ("is this the 2nd summit", "is this the second summit"),
    ("meeting on the 4th?", "meeting on the 4?"),
    ("the 4th of april", "the 4 of april"),
    ("on the 4th april", "on the 4 april"),
])
def test_an_ordinal_before_a_noun_counts_things_not_a_date(text, reading):
    assert rewrite(text) == reading


def test_a_first_meeting_in_digits_is_not_read_as_a_date(book):
    result = respond("so was this their 1st in-depth meeting??", book)
    assert facts(result) == ["first-in-depth"] and result.parts[0].verdict == "yes"


@pytest.mark.parametrize("text, reading", [
    ("did they meet before, or is this new?", "did they meet before?"),
    ("was there a meeting earlier or is it the first time", "was there a meeting earlier"),
    ("what is the so-called coalition", "what is the   coalition"),
])
def test_an_alternative_that_only_negates_the_question_and_so_called_carry_no_topic(text, reading):
    assert rewrite(text) == reading


def test_so_called_is_a_label_not_a_call(book):
    assert facts(respond("what's this so called coalition of the willing??", book)) == ["what-is-coalition"]


@pytest.mark.parametrize("question", ["will the coalition meet in paris again?",
                                      "is the next meeting gonna be in paris",
                                      "so it's going to be in paris again?"])
def test_a_place_only_a_past_event_names_is_a_claim_about_what_is_to_come(book, question):
    """The Paris summit was before the story; a question about what will be in Paris asks about the
    coming meeting, which the story places in Ukraine: No, never 'Yes' from the summit."""
    result = respond(question, book)
    assert facts(result) == ["meeting-place"] and result.parts[0].verdict == "no"


def test_a_past_question_about_the_place_of_a_past_event_is_still_that_event(book):
    result = respond("did the coalition meet in paris in march?", book)
    assert facts(result) == ["paris-summit"] and result.parts[0].verdict == "yes"


@pytest.mark.parametrize("question, fact", [
    ("Which states committed forces to police an eventual cessation of hostilities?", "troops-pledge"),
    ("Which diplomats are due at the coalition session?", "meeting-participants"),
    ("Please give the calendar date of the coalition's session.", "meeting-date"),
    ("Why do people regard this gathering as a milestone?", "first-in-depth"),
])
def test_formal_words_the_book_lacks_read_as_its_own(book, question, fact):
    """General English synonyms and discourse words (locale): 'cessation of hostilities' is the ceasefire,
    'diplomats' are representatives, 'milestone' is significance, 'calendar' adds nothing to 'date'."""
    assert facts(respond(question, book)) == [fact]


def test_an_address_is_not_something_said_but_addressing_the_troops_is(book):
    assert not respond("what is the postal address of the newspaper", book).answered
    assert facts(respond("Is the picture of Zelensky addressing the military?", book)) == ["photo"]


@pytest.mark.parametrize("text, reading", [
    ("was the effort led by paris and london?", "was the effort led by france and uk?"),
    ("did officials of kyiv and washington talk", "did ukraine government and usa talk"),
    ("has kyiv agreed", "has ukraine agreed"),
    ("did the government in london send troops", "did uk government send troops"),
    ("is it in paris and london?", "is it in paris and london?"),
    ("how many met at the paris summit", "how many met at the paris summit"),
    ("what is the kyiv independent", "what is the kyiv independent"),
    ("what happened in the french capital", "what happened in  paris "),
])
def test_a_capital_stands_for_its_government_but_stays_a_place_after_in(text, reading):
    assert rewrite(text) == reading


def test_capitals_as_governments_are_checked_as_countries(book):
    result = respond("so paris and london are steering the coalition?", book)
    assert facts(result) == ["coalition-leaders"] and result.parts[0].verdict == "yes"


def test_a_claimed_date_settles_a_close_call_it_matches_on_one_side_only(book):
    """The meeting (April 4) and the call where it was planned (March 31) both explain 'planned':
    the date the question claims is the meeting's."""
    result = respond("so the coalition's planned session is on april 4th, right?", book)
    assert facts(result) == ["meeting-date"] and result.parts[0].verdict == "yes"


@pytest.mark.parametrize("question, fact", [
    ("Who was the source of the news about the coalition session?", "announced-by"),
    ("Where will this bloc hold its next gathering?", "meeting-place"),
])
def test_formal_names_for_the_coalition_and_for_announcing(book, question, fact):
    assert facts(respond(question, book)) == [fact]


@pytest.mark.parametrize("text, reading", [
    ("what did they talk about on the last day of march", "what did they talk about on march 31"),
    ("who sent troops in order to keep the peace", "who sent troops to keep the peace"),
    ("who is attending the summit the president described?", "who is attending the summit?"),
    ("what did the president describe?", "what did the president describe?"),
])
def test_formal_phrases_read_plainly(text, reading):
    assert rewrite(text) == reading


@pytest.mark.parametrize("question, fact", [
    ("Whom did Zelensky phone on the final day of March?", "starmer-call"),
    ("Which outlet supplied the image at the top?", "photo"),
])
def test_last_day_of_a_month_and_a_photo_s_supplier(book, question, fact):
    assert facts(respond(question, book)) == [fact]


def test_a_yes_no_naming_two_people_is_about_the_fact_stating_both(book):
    result = respond("so zelensky did chat with starmer about it?", book)
    assert facts(result) == ["starmer-call"]


@pytest.mark.parametrize("question, fact", [
    ("who will b at the meeting", "meeting-participants"),
    ("when did z call starmer", "starmer-call"),
])
def test_one_letter_chat_shorthand(book, question, fact):
    assert facts(respond(question, book)) == [fact]


def test_a_question_phrase_with_no_topic_shares_the_next_question_s():
    from bot.engine.understand import _split
    from bot.story.locale import get

    en = get("en")
    assert _split("in what year and on which day was the photo taken".split(), en) == [
        "in what year was the photo taken".split(), "on which day was the photo taken".split()]
    assert _split("who is coming and what will they discuss".split(), en) == [
        "who is coming".split(), "what will they discuss".split()]


def test_a_question_about_before_is_not_answered_by_what_is_still_to_come(book):
    """'already ... prior': the coming meeting's place (Ukraine) is not what happened before."""
    result = respond("Did the coalition already gather in Ukraine at some earlier point?", book)
    assert facts(result) == ["previous-meetings"] and result.parts[0].verdict == "no"


def test_the_forthcoming_talks_are_the_meeting(book):
    assert facts(respond("When are the upcoming talks of the coalition?", book)) == ["meeting-date"]


@pytest.mark.parametrize("text, reading", [
    ("who's attending this time?", "who is attending again?"),
    ("where do they gather this time around", "where do they gather again"),
    ("so, this time, where", "so, this time, where"),  # not at the end of a clause: left as typed
    ("what time is it", "what time is it"),
])
def test_this_time_at_the_end_means_the_coming_occasion(text, reading):
    assert rewrite(text) == reading


@pytest.mark.parametrize("question, fact", [
    ("where r they gathering this time", "meeting-place"),
    ("which place do they meet at this time?", "meeting-place"),
])
def test_this_time_asks_about_the_coming_meeting_not_the_earlier_ones(book, question, fact):
    assert facts(respond(question, book)) == [fact]


def test_a_place_asked_of_this_time_is_checked_against_the_coming_meeting(book):
    result = respond("they meet in london this time?", book)
    assert facts(result) == ["meeting-place"] and result.parts[0].verdict == "no"


@pytest.mark.parametrize("text, reading", [
    ("what are the troops supposed to accomplish?", "what are the purpose of the troops?"),
    ("tell me what the summit was intended to achieve", "tell me what was the purpose of the summit"),
    ("what did they do", "what did they do"),
])
def test_what_a_thing_is_meant_to_do_asks_its_purpose(text, reading):
    assert rewrite(text) == reading


def test_what_the_coalition_is_meant_to_do_is_what_it_is_for(book):
    assert facts(respond("can u tell me what that group of nations is designed to do", book)) == ["what-is-coalition"]


@pytest.mark.parametrize("question", ["at what hour on april 4?", "what time on the 4th of april", "what time fri"])
def test_a_when_question_naming_its_own_day_asks_the_time_on_it(book, question):
    """The day it names is the frame: the story gives the day, not the hour, so the bot says so."""
    result = respond(question, book)
    assert facts(result) == ["meeting-time"] and not result.answered


def test_a_when_question_about_a_thing_on_a_day_still_gets_the_day(book):
    assert facts(respond("when is the coalition meeting in ukraine, on friday?", book)) == ["meeting-date"]


def test_names_listed_before_one_question_are_not_a_question_of_their_own(book):
    """'apart from italy and spain, which ...': the "and" joins two names; it does not start a second question."""
    result = respond("besides the uk and france, which countries belong to the coalition?", book)
    assert len(result.parts) == 1 and facts(result) == ["other-members"] and not result.answered


@pytest.mark.parametrize("text, reading", [
    ("whats the summit for", "what is the purpose of the summit"),
    ("and what's that call for?", "and what is the purpose of that call"),
    ("what is the meeting set for", "when is the meeting set"),
    ("what's it scheduled for?", "when is it scheduled"),
    ("what is zelensky asking for", "what is zelensky asking for"),  # a verb before "for": what he asks
])
def test_what_a_thing_is_for_asks_its_purpose_and_what_it_is_set_for_asks_when(text, reading):
    assert rewrite(text) == reading


def test_what_a_thing_is_for_gets_its_purpose(book):
    assert facts(respond("what's this meeting for??", book)) == ["meeting-purpose"]


@pytest.mark.parametrize("words, kind", [
    ("what will they do when they get there", "what"),  # "when they get there" says when, it does not ask
    ("what will be decided where the teams meet", "what"),
    ("what do we know about where they meet", "where"),  # the clause is what is asked about
    ("when will they meet", "when"),
    ("what about when", "when"),
])
def test_a_when_clause_after_a_question_word_does_not_ask_when(words, kind):
    from bot.engine.shape import qtype
    from bot.story.locale import get
    assert qtype(tuple(words.split()), get("en")) == kind


@pytest.mark.parametrize("previous, question, expected", [
    ("meeting-place", "who said that?", "announced-by"),  # the story credits the sentence to Zelensky
    ("meeting-date", "ok and says who", "announced-by"),
    ("meeting-purpose", "according to whom?", "meeting-purpose"),  # the answer quotes its speaker itself
])
def test_who_said_so_is_who_the_story_credits_the_last_answer_to(book, previous, question, expected):
    result = respond(question, book, previous=previous)
    assert facts(result) == [expected] and result.answered


def test_who_said_so_of_what_the_story_states_itself_says_so_and_credits_no_one(book):
    result = respond("who said so", book, previous="coalition-leaders")
    assert not result.answered and "without crediting it to anyone" in result.text
    assert "announced" not in result.text


def test_who_is_hosting_asks_where_the_meeting_is(book):
    assert facts(respond("who's hosting it?", book, previous="meeting-date")) == ["meeting-place"]


def test_a_yes_no_question_about_before_is_not_about_what_is_still_to_come(book):
    """A tie between where the coalition met before and where it will meet: "previously" settles it."""
    result = respond("did the coalition previously meet inside ukraine at all?", book)
    assert facts(result) == ["previous-meetings"] and result.parts[0].verdict == "no"


@pytest.mark.parametrize("previous", ["meeting-date", "meeting-place"])
def test_a_place_claimed_of_it_is_judged_by_its_subject_not_read_as_the_place_asked_about(book, previous):
    """"so is it in paris?" after the coming meeting: a claim about the meeting (No: Ukraine), not a
    question about the Paris summit."""
    result = respond("so is it gonna be in paris?", book, previous=previous)
    assert facts(result) == ["meeting-place"] and result.parts[0].verdict == "no"


def test_a_place_claimed_of_the_summit_is_still_judged_by_the_summit(book):
    result = respond("was it in paris?", book, previous="paris-summit")
    assert facts(result) == ["paris-summit"] and result.parts[0].verdict == "yes"


def test_where_they_met_before_a_coming_event_is_the_related_past_fact(book):
    assert facts(respond("and where did they get together before that", book, previous="meeting-place")) \
        == ["previous-meetings"]


def test_a_bare_what_for_asks_the_last_subjects_reason(book):
    """After the troops pledge, "what for?" asks why the troops, not the meeting's purpose."""
    assert facts(respond("what for??", book, previous="troops-pledge")) == ["troops-pledge"]


@pytest.mark.parametrize("previous, question, expected", [
    ("saudi-talks", "and after that?", "paris-summit"),  # March 25, then March 27
    ("paris-summit", "ok what happened next", "starmer-call"),  # then March 31
    ("starmer-call", "what came before that?", "paris-summit"),
    ("announced-by", "and before that", "starmer-call"),  # April 1, then March 31
    ("paris-summit", "and before that?", "previous-meetings"),  # the earlier meetings the summit relates to
    ("meeting-place", "and before that", "previous-meetings"),  # before the coming meeting: the earlier ones
])
def test_a_bare_time_shift_is_the_nearest_event_on_the_storys_timeline(book, previous, question, expected):
    """Before a meeting (coming, or the Paris summit): the coalition's earlier meetings; else the calendar."""
    assert facts(respond(question, book, previous=previous)) == [expected]


def test_after_the_last_event_the_story_says_it_cannot_know_yet(book):
    result = respond("and what happened after that?", book, previous="meeting-date")
    assert facts(result) == ["meeting-outcome"] and not result.answered


def test_the_earlier_ones_name_things_and_are_no_time_shift(book):
    assert facts(respond("what about the earlier ones?", book, previous="meeting-place")) == ["previous-meetings"]


def test_a_claimed_country_is_confirmed_by_its_subjects_fact_not_declined_by_the_which_city_gap(book):
    result = respond("the meeting is in ukraine, correct?", book)
    assert facts(result) == ["meeting-place"] and result.parts[0].verdict == "yes"


def test_how_many_lead_it_counts_the_leaders_the_story_names(book):
    assert facts(respond("how many nations are leading the coalition?", book)) == ["coalition-leaders"]


@pytest.mark.parametrize("question", ["apart from saudi arabia, where else did us and ukrainian officials talk?",
                                      "besides france and the uk which countries have promised troops"])
def test_an_answer_naming_only_what_the_question_sets_aside_is_the_story_not_saying(book, question):
    """The story names nothing besides them: not their answer as if it were the other ones."""
    result = respond(question, book)
    assert not result.answered and result.text.startswith("The story doesn't say.")


def test_setting_aside_a_story_word_that_is_no_name_still_asks_about_it(book):
    """"other than online": the earlier meetings, not a thing set aside."""
    assert facts(respond("did the coalition meet anywhere other than online before?", book)) == ["previous-meetings"]


def test_setting_aside_an_aspect_asks_about_another_aspect(book):
    result = respond("apart from the day, do we know the hour of the meeting?", book)
    assert facts(result) == ["meeting-time"] and not result.answered


@pytest.mark.parametrize("text, reading", [
    ("who will be at the meeting on friday", "who will attend the meeting on friday"),
    ("who's going to the summit?", "who will attend the summit?"),
    ("who is coming", "who will attend"),
    ("who is going to host it", "who is going to host it"),  # a verb after "going to": not attending
])
def test_who_will_be_at_or_is_going_to_a_meeting_asks_who_attends(text, reading):
    assert rewrite(text) == reading


def test_who_will_be_there_on_the_day_gets_the_participants_not_who_named_the_day(book):
    assert facts(respond("so who's gonna be at the friday meeting?", book)) == ["meeting-participants"]


def test_a_host_is_a_country_a_city_named_does_not_say_who_hosted(book):
    assert facts(respond("who is the host?", book, previous="meeting-date")) == ["meeting-place"]
    result = respond("and who was hosting?", book, previous="paris-summit")
    assert not result.answered and "who" in result.text


@pytest.mark.parametrize("previous", ["meeting-date", "meeting-purpose"])
def test_whether_they_met_before_a_coming_meeting_is_judged_by_what_happened_before(book, previous):
    result = respond("and have they got together before?", book, previous=previous)
    assert facts(result) == ["previous-meetings"] and result.parts[0].verdict == "yes"


def test_how_this_one_differs_from_the_earlier_ones_is_about_this_one(book):
    assert facts(respond("so how's this one different from the earlier ones", book, previous="meeting-date")) \
        == ["first-in-depth"]


@pytest.mark.parametrize("question", ["unrelated but who wrote this article", "diff q: who wrote the article?",
                                      "side note, who wrote the article"])
def test_a_preamble_announcing_another_question_carries_no_topic(book, question):
    assert facts(respond(question, book)) == ["author"]


@pytest.mark.parametrize("text, reading", [
    ("Is it accurate to say that the meeting is on Friday?", "is it true that the meeting is on Friday?"),
    ("Am I right in thinking that it is in Ukraine?", "is it true that it is in Ukraine?"),
    ("Will they send their own troops?", "Will they send their troops?"),
    ("So the talks are in Ukraine rather than abroad?", "So the talks are in Ukraine?"),
    ("Could you please provide a short summary?", "give me a short summary?"),
    ("Did about two dozen countries meet?", "Did about 24 countries meet?"),
    ("Could you indicate when the article came out?", "when the article came out?"),
    ("what's the april 4 meeting for", "what is the purpose of the april 4 meeting"),
])
def test_formal_framing_is_read_as_the_plain_question(text, reading):
    assert rewrite(text) == reading


@pytest.mark.parametrize("question, fact", [
    ("Would it be fair to say that the meeting will be held within Ukraine itself?", "meeting-place"),
    ("Is it the case that France and the United Kingdom head the alliance?", "coalition-leaders"),
])
def test_a_formally_framed_claim_gets_its_verdict(book, question, fact):
    result = respond(question, book)
    assert facts(result) == [fact] and result.parts[0].verdict == "yes"


def test_a_country_names_the_summit_held_in_its_capital(book):
    assert facts(respond("How many leaders came to the summit held in France?", book)) == ["paris-summit"]


def test_a_second_question_asking_only_which_day_is_about_the_first_ones_subject(book):
    result = respond("how many nations met at the paris summit, and on which day of the week was it?", book)
    assert facts(result) == ["paris-summit"]


@pytest.mark.parametrize("question, verdict", [("and the uk?", "yes"), ("what about germany?", "")])
def test_only_a_country_named_after_a_list_of_countries_asks_whether_it_is_among_them(book, question, verdict):
    """After which countries pledged troops (France and the U.K., among several): the U.K. is; of
    Germany the story does not say."""
    result = respond(question, book, previous="troops-pledge")
    assert facts(result) == ["troops-pledge"] and result.parts[0].verdict == verdict
    assert result.answered == (verdict == "yes")


def test_a_subject_named_after_an_answer_is_still_the_same_question_about_it(book):
    result = respond("and russia?", book, previous="us-role")
    assert facts(result) == ["russia-position"]


def test_the_day_before_that_is_a_shift_on_the_timeline(book):
    assert facts(respond("and what happened the day before that?", book, previous="published")) == ["starmer-call"]


def test_where_after_a_call_that_planned_a_meeting_is_the_meetings_place(book):
    assert facts(respond("and where do they want to hold it", book, previous="starmer-call")) == ["meeting-place"]


def test_what_came_of_it_asks_the_outcome(book):
    result = respond("so what came of it?", book, previous="meeting-purpose")
    assert facts(result) == ["meeting-outcome"] and not result.answered


@pytest.mark.parametrize("question, fact", [("where does the us fit in", "us-role"),
                                            ("wait, did they ever meet in ukraine before?", "previous-meetings")])
def test_chat_framing_where_does_x_fit_in_and_wait(book, question, fact):
    assert facts(respond(question, book)) == [fact]


def test_a_date_claimed_of_a_fact_stating_none_is_judged_by_its_subjects_date(book):
    """Why the meeting matters states no date; the meeting's date (Friday) confirms the claim."""
    result = respond("so friday's the first time they meet in ukraine?", book)
    assert facts(result) == ["first-in-depth"] and result.parts[0].verdict == "yes"
    assert respond("so sunday is the first time they meet in ukraine?", book).parts[0].verdict == "no"


def test_to_do_what_asks_why_of_the_last_subject(book):
    assert facts(respond("to do what?", book, previous="saudi-talks")) == ["saudi-talks"]


def test_has_that_happened_before_after_the_place_asks_about_a_meeting_there(book):
    """After "where is the meeting?" (Ukraine): had the coalition met in Ukraine before? No, its first there."""
    result = respond("has that happened before?", book, previous="meeting-place")
    assert facts(result) == ["previous-meetings"] and result.parts[0].verdict == "no"


def test_when_is_that_happening_after_a_past_call_asks_about_the_meeting_it_planned(book):
    assert facts(respond("so when's that happening?", book, previous="starmer-call")) == ["meeting-date"]
    assert facts(respond("and when did they talk?", book, previous="starmer-call")) == ["starmer-call"]
    assert facts(respond("who's starmer again", book, previous="starmer-call")) == ["starmer-call"]


@pytest.mark.parametrize("previous, question, opening", [
    ("meeting-date", "are you sure?", "Yes, that is what the story says:"),
    ("paris-summit", "ok tell me more", "That is all the story says about the Paris summit:"),
    ("f16", "anything else about that?", "That is all the story says about the photo:"),
])
def test_are_you_sure_and_tell_me_more_restate_the_last_answer_honestly(book, previous, question, opening):
    result = respond(question, book, previous=previous)
    assert facts(result) == [previous] and result.text.startswith(opening)


def test_are_you_sure_with_nothing_before_it_is_about_the_bot(book):
    assert respond("are you sure?", book).kind == "small_talk"


@pytest.mark.parametrize("text, reading", [
    ("That can't be right, wasn't it in Paris?", "was not it in Paris?"),
    ("As far as I remember, the summit was on a Friday", "the summit was on a Friday"),
    ("Quick fact check: who wrote it?", "who wrote it?"),
    ("What office does Zelensky hold?", "what is the role of Zelensky?"),
    ("Are you sure the meeting is on Monday?", "is it true that the meeting is on Monday?"),
])
def test_pushback_memory_and_formal_framing_leave_the_claim(text, reading):
    assert rewrite(text) == reading


def test_a_time_frame_clause_of_function_words_stays_with_its_question(book):
    """"up to now, where ...": before, so the earlier meetings, not the coming one's place."""
    assert facts(respond("Up to now, where has the coalition been holding its meetings?", book)) == ["previous-meetings"]


@pytest.mark.parametrize("question, fact", [("any country actually promised troops?", "troops-pledge"),
                                            ("so its gonna be the 1st in-depth one?", "first-in-depth")])
def test_chat_yes_no_without_an_opener_gets_its_verdict(book, question, fact):
    result = respond(question, book)
    assert facts(result) == [fact] and result.parts[0].verdict == "yes"


@pytest.mark.parametrize("text, reading", [("any idea when the meeting is?", "when the meeting is?"),
                                           ("do you know who wrote it", "who wrote it"),
                                           ("whats its role", "whats its role"),  # a possessive stays
                                           ("its in kyiv right", "it is in kyiv right")])
def test_chat_preambles_and_its_without_the_apostrophe(text, reading):
    assert rewrite(text) == reading


def test_which_one_restates_the_answer_that_names_it(book):
    assert facts(respond("which one?", book, previous="starmer-call")) == ["starmer-call"]


def test_only_a_day_named_after_an_opener_asks_what_happened_that_day(book):
    assert facts(respond("and on march 27?", book, previous="starmer-call")) == ["paris-summit"]
    result = respond("so it was in april??", book, previous="paris-summit")  # a claim about "it" stays one
    assert facts(result) == ["paris-summit"] and result.parts[0].verdict == "no"


def test_a_british_leader_is_the_uk_prime_minister(book):
    result = respond("did zelensky speak with a british leader about the meeting?", book)
    assert facts(result) == ["starmer-call"] and result.parts[0].verdict == "yes"


@pytest.mark.parametrize("text, reading", [
    ("Will the meeting be in Kyiv or Lviv, do you know?", "Will the meeting be in Kyiv or Lviv"),
    ("Is Russia taking part in the peace process the article mentions?", "Is Russia taking part in the peace process?"),
])
def test_a_closing_do_you_know_or_the_article_mentions_adds_nothing(text, reading):
    assert rewrite(text) == reading


def test_way_is_no_misspelt_why_and_turned_up_is_attending(book):
    from bot.engine.understand import read

    assert "why" not in read("is the us involved in any way in the peace talks?", book).parts[0].readings[0].words
    assert facts(respond("How many leaders turned up at the Paris gathering?", book)) == ["paris-summit"]


@pytest.mark.parametrize("question, fact", [("what makes this mtg diff from the earlier ones", "first-in-depth"),
                                            ("diff q: who wrote the article?", "author"),
                                            ("which countrys r in charge of it", "coalition-leaders")])
def test_diff_is_different_unless_it_announces_another_question(book, question, fact):
    assert facts(respond(question, book)) == [fact]


def test_how_long_will_it_last_asks_the_duration_not_the_latest_one(book):
    result = respond("how long will it last?", book, previous="zelensky-quote")
    assert facts(result) == ["meeting-time"] and not result.answered


def test_a_city_question_is_not_answered_by_a_fact_naming_only_a_country(book):
    result = respond("In which Ukrainian city will the delegations meet?", book)
    assert facts(result) == ["meeting-city"] and not result.answered


def test_rather_than_elsewhere_in_a_region_leaves_the_place_claimed(book):
    result = respond("Am I right that the meeting is in Ukraine rather than elsewhere in Europe?", book)
    assert facts(result) == ["meeting-place"] and result.parts[0].verdict == "yes"


@pytest.mark.parametrize("question, verdict", [("is the meeting in paris?", "no"), ("was the summit in paris?", "yes")])
def test_in_the_present_the_meeting_is_the_coming_one(book, question, verdict):
    assert respond(question, book).parts[0].verdict == verdict


def test_whether_someone_the_story_never_mentions_commented_is_not_said(book):
    result = respond("Has Macron publicly commented on the coalition's plan to meet in Ukraine?", book)
    assert not result.answered and result.text.startswith("The story doesn't say.")
    assert respond("did macron announce the meeting?", book).parts[0].verdict == "no"


@pytest.mark.parametrize("text, reading", [
    ("According to the report, who wrote it?", "who wrote it?"),
    ("For a reader new to all this, who is Zelensky?", "who is Zelensky?"),
    ("Would you be able to give me a summary?", "give me a summary?"),
])
def test_report_and_reader_framing_leaves_the_question(text, reading):
    assert rewrite(text) == reading


def test_a_month_abbreviated_is_the_month(book):
    assert facts(respond("wat happened mar 27", book)) == ["paris-summit"]


@pytest.mark.parametrize("text, reading", [
    ("Was the call on the thirty-first of March?", "Was the call on the 31 March?"),
    ("Prior to this announcement, where had they met?", "before where had they met?"),
    ("What is it meant to achieve, as the president put it?", "what is the purpose of it?"),
])
def test_ordinal_days_time_frames_and_as_he_put_it(text, reading):
    assert rewrite(text) == reading


def test_a_day_written_as_an_ordinal_word_is_a_date_claim(book):
    result = respond("Did Zelensky's call with Starmer take place on the second of April?", book)
    assert facts(result) == ["starmer-call"] and result.parts[0].verdict == "no"


def test_a_condition_names_no_subject_the_question_is_about(book):
    result = respond("Which countries lead the coalition, and what have they pledged to do if a ceasefire is reached?", book)
    assert facts(result) == ["coalition-leaders", "troops-pledge"]


def test_what_else_has_he_written_is_the_story_saying_nothing_else(book):
    result = respond("what else has he written?", book, previous="published")
    assert not result.answered and facts(result) == []
    assert facts(respond("where else have they met?", book, previous="paris-summit")) == ["previous-meetings"]


@pytest.mark.parametrize("question, fact, verdict", [
    ("was the paris summit after the starmer call?", "paris-summit", "no"),
    ("did the saudi talks happen before the paris summit?", "saudi-talks", "yes"),
    ("did zelensky announce it before the paris summit?", "announced-by", "no"),
])
def test_the_order_of_two_dated_events_is_judged_by_their_dates(book, question, fact, verdict):
    result = respond(question, book)
    assert facts(result) == [fact] and result.parts[0].verdict == verdict


def test_why_dont_you_know_restates_the_gap(book):
    result = respond("why don't you know?", book, previous="meeting-outcome")
    assert facts(result) == ["meeting-outcome"] and not result.answered


@pytest.mark.parametrize("previous, question, fact", [
    ("meeting-city", "do you at least know the date?", "meeting-date"),
    ("what-is-coalition", "and the meeting on friday, what's it for?", "meeting-purpose"),
    ("russia-position", "what's the us doing meanwhile?", "us-role"),
    ("published", "at what time of day?", "published"),
])
def test_more_follow_up_framing(book, previous, question, fact):
    assert facts(respond(question, book, previous=previous)) == [fact]


def test_only_what_the_last_answer_rules_out_named_gets_no(book):
    result = respond("heads of state?", book, previous="meeting-participants")
    assert facts(result) == ["meeting-participants"] and result.parts[0].verdict == "no"


def test_a_second_question_in_the_first_ones_own_words_keeps_its_fact(book):
    """"..., and what was the subject?" after the call: what they discussed, the call's own words; "і хто
    автор статті" after the photo names another subject (the article) and is read on its own."""
    result = respond("Which leader did Zelensky speak with on March 31, and what was the subject?", book)
    assert facts(result) == ["starmer-call"]
    assert [p.fact.id for p in respond("що на фото? і хто автор статті", book).parts] == ["photo", "author"]


@pytest.mark.parametrize("text, reading", [
    ("I would appreciate a brief explanation of what the coalition is.", "what the coalition is."),
    ("Did any country pledge troops, and if so, which ones does the report mention?",
     "Did any country pledge troops,   which ones?"),
])
def test_explanation_requests_if_so_and_does_the_report_mention(text, reading):
    assert rewrite(text) == reading


def test_a_relative_day_is_a_date_claim_not_the_order_of_two_subjects(book):
    result = respond("Did Zelensky hold talks with Keir Starmer on the Monday before this article appeared?", book)
    assert facts(result) == ["starmer-call"] and result.parts[0].verdict == "yes"


def test_whose_asks_the_owner_named_by_the_related_fact_of_any_type(book):
    """After Zelensky's words, "whose proposals?" is the meeting's purpose (based on the Ukrainian side's
    proposals), the related fact asked about them, though it answers no "who"."""
    assert facts(respond("whose proposals will it be based on?", book, previous="zelensky-quote")) == ["meeting-purpose"]


@pytest.mark.parametrize("question, fact, verdict", [("germany leads it rite?", "coalition-leaders", "no"),
                                                     ("31 countries in paris rite?", "paris-summit", "yes")])
def test_rite_is_the_tag_right(book, question, fact, verdict):
    result = respond(question, book)
    assert facts(result) == [fact] and result.parts[0].verdict == verdict


def test_a_requested_length_adds_no_topic(book):
    assert facts(respond("yo can u sum up the article in like 2 lines", book)) == ["summary"]


@pytest.mark.parametrize("previous, question, expected", [
    ("paris-summit", "and two days earlier?", "saudi-talks"),  # March 27 - 2 = March 25
    ("starmer-call", "and the next day?", "announced-by"),  # March 31 + 1 = April 1
    ("announced-by", "and three days after that?", "meeting-date"),  # April 1 + 3 = April 4
])
def test_a_counted_time_shift_is_the_event_on_that_very_day(book, previous, question, expected):
    assert facts(respond(question, book, previous=previous)) == [expected]


def test_a_counted_shift_to_a_day_the_story_dates_nothing_says_so(book):
    result = respond("and two days later?", book, previous="paris-summit")
    assert not result.answered and "that day" in result.text


def test_a_week_later_is_no_goodbye(book):
    assert facts(respond("and a week later?", book, previous="saudi-talks")) == ["announced-by"]


def test_a_country_before_an_office_is_part_of_the_office(book):
    result = respond("is starmer the uk prime minister?", book)
    assert facts(result) == ["starmer-call"] and result.parts[0].verdict == "yes"


@pytest.mark.parametrize("question, fact", [
    ("have they met before or is this the 1st time", "previous-meetings"),
    ("I would be grateful if you could explain what part Keir Starmer played in arranging the meeting.", "starmer-call"),
])
def test_more_framing_an_alternative_and_a_grateful_request(book, question, fact):
    assert facts(respond(question, book)) == [fact]


@pytest.mark.parametrize("question, fact", [
    ("according to zelensky, what is the goal of the meeting?", "meeting-purpose"),
    ("what does zelensky want the meeting to achieve", "meeting-purpose"),
    ("how does zelensky describe who will take part in the meeting?", "meeting-participants"),
])
def test_the_speaker_an_answer_quotes_may_be_named(book, question, fact):
    """The answer quotes Zelensky, so naming him asks this answer; a name it only mentions does not."""
    assert facts(respond(question, book)) == [fact]


@pytest.mark.parametrize("question", ["how old is zelensky?", "who is the prime minister of france?"])
def test_a_name_an_answer_only_mentions_earns_it_nothing(book, question):
    assert not respond(question, book).answered


def test_going_to_is_the_future_so_a_past_event_s_place_is_a_claim_about_the_coming_one(book):
    """'going to hold it in paris': Paris names only the summit, which is past; the claim is about the meeting."""
    result = respond("are they going to hold the next meeting in paris?", book)
    assert facts(result) == ["meeting-place"] and result.parts[0].verdict == "no"


@pytest.mark.parametrize("question", ["so the coalition meets in ukraine?! for real", "the meeting is in ukraine? really?"])
def test_surprise_after_a_question_is_no_question_of_its_own(book, question):
    result = respond(question, book)
    assert facts(result) == ["meeting-place"] and result.parts[0].verdict == "yes"


@pytest.mark.parametrize("question, fact", [
    ("who heads the coalition, as far as the story says?", "coalition-leaders"),
    ("when is the meeting as far as you know", "meeting-date"),
    ("as far as the report goes, who wrote it?", "author"),
    ("for a newcomer to all this: who is zelensky?", "who-is-zelensky"),
    ("I'd be grateful if you could let me know who wrote the article.", "author"),
    ("what is the meeting meant to achieve, as zelensky puts it?", "meeting-purpose"),
])
def test_more_framing_around_a_question(book, question, fact):
    assert facts(respond(question, book)) == [fact]


@pytest.mark.parametrize("question", ["was this article written by john smithson?",
                                      "i've been told the story was written by a reporter named anna kowalczyk, is that correct?",
                                      "I heard the piece was penned by Maria Lopez. Is that true?"])
def test_a_name_the_story_never_uses_after_written_by_is_a_person_claim(book, question):
    """The author is someone else: No, with the author the story names."""
    result = respond(question, book)
    assert facts(result) == ["author"] and result.parts[0].verdict == "no" and "Ivanyshyn" in result.text


def test_an_ordinary_word_after_by_is_no_name(book):
    result = respond("have they met before, maybe by video call?", book)
    assert facts(result) == ["previous-meetings"] and result.parts[0].verdict == "yes"


@pytest.mark.parametrize("question, fact", [
    ("what does the term 'coalition of the willing' stand for?", "what-is-coalition"),
    ("what is meant by the phrase narrow circle of countries", "meeting-participants"),
    ("why is an f-16 in the picture?", "f16"),
])
def test_what_a_term_refers_to_and_why_the_jet_is_pictured(book, question, fact):
    assert facts(respond(question, book)) == [fact]


@pytest.mark.parametrize("question, fact, verdict", [
    ("had the coalition met at all before april?", "previous-meetings", "yes"),
    ("is the meeting before april 2?", "meeting-date", "no"),
    ("is the meeting after april 2?", "meeting-date", "yes"),
    ("is the meeting before the 10th of april?", "meeting-date", "yes"),
    ("was the paris summit before april?", "paris-summit", "yes"),
    ("was the summit a day before march 28?", "paris-summit", "yes"),
    ("was the summit a week before march 28?", "paris-summit", "no"),
])
def test_a_date_after_before_or_after_claims_that_side_of_it(book, question, fact, verdict):
    """'before april' is every day before April 1; 'a day before march 28' is March 27."""
    result = respond(question, book)
    assert facts(result) == [fact] and result.parts[0].verdict == verdict


@pytest.mark.parametrize("question", ["what was the result of the talks in saudi arabia",
                                      "what did they decide at the saudi talks?"])
def test_a_gap_explaining_the_word_the_top_fact_lacks_makes_it_a_guess(book, question):
    """The story reports no outcome of the Saudi talks: 'did you mean', never the talks' answer as if it were one."""
    result = respond(question, book)
    assert not result.answered and "saudi-talks" in [f.id for f in result.suggestions]


@pytest.mark.parametrize("question, fact", [
    ("sum it up real quick pls", "summary"),
    ("who leads the coalition, real quick", "coalition-leaders"),
])
def test_real_quick_is_chat_and_sum_it_up_is_a_summary(book, question, fact):
    """'real' alone may mean in-depth ('a real meeting'); 'real quick' only hurries the bot."""
    assert facts(respond(question, book)) == [fact]


def test_the_fact_quoting_everything_is_no_rival_to_the_part_asked(book):
    """Zelensky's full quote includes the 'first in-depth meeting' words: asked how he set this meeting
    apart from the consultations before, the first-in-depth fact answers, not 'did you mean'."""
    assert facts(respond("how did zelensky describe the meeting compared with the consultations before", book)) \
        == ["first-in-depth"]


@pytest.mark.parametrize("question, fact", [
    ("on whose proposals is the meeting based?", "meeting-purpose"),
    ("what day does the meeting fall on?", "meeting-date"),
])
def test_whose_asks_an_owner_of_any_type_and_fall_on_is_a_date(book, question, fact):
    assert facts(respond(question, book)) == [fact]


@pytest.mark.parametrize("question", ["so what did starmer say then?", "what exactly did keir starmer say about it"])
def test_words_of_someone_the_story_never_quotes_are_not_said(book, question):
    """The story quotes only Zelensky: asked Starmer's words, it says so and gives what it does say."""
    result = respond(question, book)
    assert not result.answered and result.text.startswith("The story doesn't say.") and "Starmer" in result.text


@pytest.mark.parametrize("question, fact", [("what did zelensky say about the meeting?", "zelensky-quote"),
                                            ("what was said between zelensky and starmer", "starmer-call")])
def test_words_of_the_quoted_speaker_or_a_talk_between_two_are_answered(book, question, fact):
    assert facts(respond(question, book)) == [fact]


def test_a_sound_alike_guess_the_answer_never_uses_explains_nothing(book):
    """'chaired' is not a word of the book; heard as 'shared', it still says nothing the summit's fact answers."""
    result = respond("which minister chaired the summit in paris", book)
    assert not result.answered


def test_a_part_leaning_on_an_unanswered_part_is_no_guess_of_its_own(book):
    """'..., and on which day?' after a part the bot could not answer is not 'when is the meeting?'."""
    result = respond("what did the ambassadors of norway sign, and on which day?", book)
    assert "meeting-date" not in facts(result)


@pytest.mark.parametrize("question, fact", [
    ("what are they gonna do at the meeting on friday lol", "meeting-purpose"),
    ("who sed the coalition would meet in ukraine", "announced-by"),
])
def test_a_day_after_the_event_it_names_says_which_event_not_when(book, question, fact):
    assert facts(respond(question, book)) == [fact]


@pytest.mark.parametrize("question", ["what is zelensky, a prime minister or a president?",
                                      "zelensky: president or prime minister?"])
def test_a_person_and_offices_to_choose_from_ask_who_the_person_is_without_yes_or_no(book, question):
    result = respond(question, book)
    assert facts(result) == ["who-is-zelensky"] and result.parts[0].verdict == ""


def test_did_he_say_anything_is_judged_by_the_quote_of_his_words(book):
    """The quote fact asserts its speaker (its source now ends '..., Zelensky said'), so it judges the claim."""
    result = respond("did zelensky actually say anything himself?", book)
    assert facts(result) == ["zelensky-quote"] and result.parts[0].verdict == "yes"


def test_a_request_with_a_name_and_a_question_mark_is_no_yes_no_question(book):
    result = respond("give me zelensky's exact words?", book)
    assert facts(result) == ["zelensky-quote"] and result.parts[0].verdict == ""


@pytest.mark.parametrize("question, fact", [
    ("who wrote the article? i need to cite it because my teacher wants sources", "author"),
    ("when is the meeting, so that i can watch the news", "meeting-date"),
    ("does anyone know who leads the coalition", "coalition-leaders"),
    ("what did mr zelensky say about the meeting?", "zelensky-quote"),
])
def test_the_reader_s_own_reasons_and_honorifics_are_framing(book, question, fact):
    assert facts(respond(question, book)) == [fact]


@pytest.mark.parametrize("question", ["will it be generals or presidents at the meeting?",
                                      "are the people at the meeting soldiers or politicians?"])
def test_a_choice_between_two_asks_which_not_yes_or_no(book, question):
    """With no date, place or name to check, 'A or B?' gets the answer, not 'Yes.' or 'No.'."""
    result = respond(question, book)
    assert facts(result) == ["meeting-participants"] and result.parts[0].verdict == ""


def test_or_what_still_asks_yes_or_no(book):
    result = respond("is it their first in-depth meeting or what", book)
    assert facts(result) == ["first-in-depth"] and result.parts[0].verdict == "yes"


def test_a_rival_asking_about_someone_not_named_is_no_rival(book):
    """'will the us send troops?' (a gap) explains the same words, but the question names no one."""
    result = respond("so is anybody really sending soldiers?", book)
    assert facts(result) == ["troops-pledge"] and result.parts[0].verdict == "yes"


@pytest.mark.parametrize("question", ["hey is the meetup gonna be in ukraine or someplace else",
                                      "r they meeting in ukraine or someplace else"])
def test_or_somewhere_else_only_asks_whether_it_is_there(book, question):
    result = respond(question, book)
    assert facts(result) == ["meeting-place"] and result.parts[0].verdict == "yes"


@pytest.mark.parametrize("question", ["where's the us in all this?", "where does america stand in this story"])
def test_where_someone_is_in_the_story_asks_their_role(book, question):
    assert facts(respond(question, book)) == ["us-role"]


@pytest.mark.parametrize("question, fact", [("what's the deal with the paris summit", "paris-summit"),
                                            ("whats up with the saudi talks lol", "saudi-talks")])
def test_whats_the_deal_with_x_is_tell_me_about_x(book, question, fact):
    assert facts(respond(question, book)) == [fact]


@pytest.mark.parametrize("question, fact", [("so who put the story together?", "author"),
                                            ("sorry, what is going on here?", "summary")])
def test_putting_an_article_together_is_writing_it_and_whats_going_on_is_the_gist(book, question, fact):
    assert facts(respond(question, book)) == [fact]


def test_a_cleft_claim_with_a_tag_is_a_yes_no_question(book):
    """'it was X who ..., right?': 'who' joins a clause; the claim about X is checked."""
    result = respond("it was macron who announced the meeting, right?", book)
    assert facts(result) == ["announced-by"] and result.parts[0].verdict == "no"


@pytest.mark.parametrize("question, fact", [
    ("does the article say who wrote it?", "author"),
    ("in one line: who wrote it?", "author"),
    ("what level of representatives will attend?", "meeting-participants"),
])
def test_does_the_article_say_in_one_line_and_what_level_of(book, question, fact):
    assert facts(respond(question, book)) == [fact]


def test_the_coalition_s_purpose_is_the_coalition_s_fact_not_the_meeting_s(book):
    """The meeting's purpose no longer restates why the coalition exists: that is the coalition's fact."""
    assert facts(respond("what does the coalition aim to provide to ukraine", book)) == ["what-is-coalition"]


def test_besides_a_topic_what_else_does_not_answer_with_that_topic(book):
    result = respond("besides troops, what else have the coalition members pledged?", book)
    assert "troops-pledge" not in facts(result)


@pytest.mark.parametrize("question, fact", [
    ("is france the only country leading the coalition?", "coalition-leaders"),
    ("have they only ever met virtually?", "previous-meetings"),
])
def test_only_one_of_what_the_story_names_is_no(book, question, fact):
    """The claim is true of one, but the story names more (France and the U.K.; countries or virtually)."""
    result = respond(question, book)
    assert facts(result) == [fact] and result.parts[0].verdict == "no"


def test_only_of_a_single_thing_the_story_says_is_still_yes(book):
    result = respond("is the meeting only for military teams?", book)
    assert facts(result) == ["meeting-participants"] and result.parts[0].verdict == "yes"


@pytest.mark.parametrize("question, fact, verdict", [
    ("is the meeting in ukraine rather than in paris?", "meeting-place", "yes"),
    ("was the paris summit on march 27 rather than march 28?", "paris-summit", "yes"),
])
def test_what_comes_after_rather_than_is_no_claim(book, question, fact, verdict):
    result = respond(question, book)
    assert facts(result) == [fact] and result.parts[0].verdict == verdict


def test_a_place_the_fact_cannot_judge_withholds_yes_though_the_people_are_right(book):
    """Zelensky and Starmer did talk; that they talked of a meeting in Berlin the call's fact cannot say."""
    result = respond("did zelensky and starmer talk about a meeting in berlin?", book)
    assert facts(result) == ["starmer-call"] and result.parts[0].verdict != "yes"


def test_being_at_the_meeting_is_attending_it(book):
    result = respond("will every coalition country be at the meeting?", book)
    assert facts(result) == ["meeting-participants"] and result.parts[0].verdict == "no"


@pytest.mark.parametrize("question, fact", [
    ("I keep seeing the saudi talks on tv. what were they about?", "saudi-talks"),
    ("we talked about the coalition in class today. what's it for?", "what-is-coalition"),
])
def test_it_after_a_remark_about_the_reader_is_the_thing_the_remark_named(book, question, fact):
    assert facts(respond(question, book)) == [fact]


def test_is_it_called_names_it_and_is_no_phone_call(book):
    result = respond("who wrote the article, and why is it called the first in-depth one?", book)
    assert facts(result) == ["author", "first-in-depth"]


def test_is_it_new_or_have_they_met_before_asks_whether_they_met_before(book):
    result = respond("is the coalition new or have they met before?", book)
    assert facts(result) == ["previous-meetings"]


@pytest.mark.parametrize("question, fact", [
    ("which city hosted the last coalition summit?", "paris-summit"),
    ("what do the saudi talks have to do with this story?", "saudi-talks"),
    ("is there a direct quote from the president in the article?", "zelensky-quote"),
])
def test_which_city_hosted_to_do_with_and_direct_quotes(book, question, fact):
    assert facts(respond(question, book)) == [fact]


def test_whats_it_for_after_and_is_the_purpose(book):
    assert facts(respond("who's coming and what's it for", book)) == ["meeting-participants", "meeting-purpose"]


@pytest.mark.parametrize("question, fact", [("will it be presidents or generals at the table lol", "meeting-participants"),
                                            ("is this their first deep-dive meeting?", "first-in-depth")])
def test_generals_are_military_people_and_a_deep_dive_is_in_depth(book, question, fact):
    assert facts(respond(question, book)) == [fact]



@pytest.mark.parametrize("question, fact", [("what did he mean by narrow circle of countries?", "meeting-participants"),
                                            ("so what does he want it to be based on", "meeting-purpose")])
def test_he_after_all_of_zelenskys_words_asks_about_the_part_he_means(book, question, fact):
    """After the quote of all his words, 'he' is Zelensky and the question is about some of them."""
    assert facts(respond(question, book, previous="zelensky-quote")) == [fact]


@pytest.mark.parametrize("question, verdict", [("was the photo taken in the summer of 2024?", "yes"),
                                               ("was the picture taken in spring 2025?", "no")])
def test_a_season_and_a_year_is_three_months(book, question, verdict):
    result = respond(question, book)
    assert facts(result) == ["photo"] and result.parts[0].verdict == verdict


@pytest.mark.parametrize("question", ["what did the leaders decide in paris on march 27?",
                                      "what was the result of the saudi arabia meeting between us and ukrainian officials"])
def test_the_outcome_of_a_past_event_the_story_only_dates_is_not_answered(book, question):
    assert not respond(question, book).answered


@pytest.mark.parametrize("question, fact", [("why was the coalition put together in the first place?", "what-is-coalition")])
def test_put_together_is_formed_and_in_the_first_place_is_framing(book, question, fact):
    assert facts(respond(question, book)) == [fact]


def test_that_helped_is_thanks(book):
    assert respond("ok thanks, that really helped!", book).kind.name == "SMALL_TALK"


def test_the_photo_used_with_the_story_is_the_photo(book):
    assert facts(respond("who supplied the picture that was used with this story?", book)) == ["photo"]


@pytest.mark.parametrize("question, fact, verdict", [
    ("did 27 nations meet in paris?", "paris-summit", "no"),
    ("is friday's meeting the coalition's first in-depth one?", "first-in-depth", "yes"),
])
def test_a_count_is_not_named_by_a_date_and_a_possessive_day_names_the_meeting(book, question, fact, verdict):
    """'March 27' does not name 27 countries; 'friday's meeting' says which meeting, not a day claimed."""
    result = respond(question, book)
    assert facts(result) == [fact] and result.parts[0].verdict == verdict


@pytest.mark.parametrize("question, fact", [("how did the paris summit go in the end?", "-"),
                                            ("what representatives are expected at the meeting?", "meeting-participants")])
def test_how_it_went_in_the_end_is_its_outcome_and_expected_at_is_attending(book, question, fact):
    result = respond(question, book)
    assert (facts(result) == [fact]) if fact != "-" else not result.answered


@pytest.mark.parametrize("question, fact", [
    ("sorry if this is a silly question, but who wrote the article?", "author"),
    ("I only skimmed it - who leads the coalition?", "coalition-leaders"),
])
def test_an_apology_and_a_dash_after_a_remark(book, question, fact):
    assert facts(respond(question, book)) == [fact]


@pytest.mark.parametrize("question", ["zelensky is the pm, right?", "zelensky is ukraine's prime minister?"])
def test_a_person_then_an_office_as_a_statement_is_checked_as_the_office(book, question):
    result = respond(question, book)
    assert facts(result) == ["who-is-zelensky"] and result.parts[0].verdict == "no"


def test_chat_words_and_emoji_after_what_for_still_ask_the_purpose(book):
    assert facts(respond("so whats the meeting for then 🤔", book)) == ["meeting-purpose"]


@pytest.mark.parametrize("question, fact, verdict", [
    ("my brother says the meeting is in berlin. is he right?", "meeting-place", "no"),
    ("I'm pretty sure the article was written by Zelensky. Am I right?", "author", "no"),
    ("just to double-check for my notes: is the meeting on april 4?", "meeting-date", "yes"),
])
def test_hearsay_certainty_and_checking_frame_a_claim_and_a_closing_tag_asks_it(book, question, fact, verdict):
    result = respond(question, book)
    assert facts(result) == [fact] and result.parts[0].verdict == verdict


@pytest.mark.parametrize("question, fact", [
    ("what did zelensky mean when he spoke about a narrow circle of countries?", "meeting-participants"),
    ("what did the president mean when he said there were consultations?", "first-in-depth"),
    ("what does the story say about the saudi talks?", "saudi-talks"),
    ("what's the main point of the article?", "summary"),
])
def test_what_he_meant_by_words_of_his_and_what_the_article_says_about_x(book, question, fact):
    """His words about one thing are the fact about that thing, not the whole quote again."""
    assert facts(respond(question, book)) == [fact]


def test_got_together_is_meeting_and_a_phrase_repair_keeps_an_or_at_its_edge(book):
    assert facts(respond("where has the coalition got together so far?", book)) == ["previous-meetings"]
    from bot.engine.understand import read
    words = read("will it be prime ministers or their deputies?", book).parts[0].readings[0].words
    assert "or" in words


def test_what_the_story_is_based_on_frames_the_question(book):
    assert facts(respond("whose announcement is the article based on?", book)) == ["announced-by"]


@pytest.mark.parametrize("question", ["in what part of ukraine will they meet?", "which region of ukraine is hosting the meeting"])
def test_which_part_of_a_country_asks_where_in_it(book, question):
    """The story names no city or region: the 'which city' gap answers."""
    result = respond(question, book)
    assert not result.answered and [p.fact.id for p in result.parts if p.fact] == ["meeting-city"]


@pytest.mark.parametrize("question, weekdays", [
    ("so the negotiators sat down together in saudi arabia?", []),
    ("is the meeting on sat?", [5]),
    ("meeting sat or sun??", [5, 6]),
])
def test_a_weekday_abbreviation_that_is_also_a_word_needs_a_date_cue(book, question, weekdays):
    """'they sat down' claims no Saturday; 'on sat' does."""
    from bot.engine.understand import read
    mentions = read(question, book).parts[0].mentions
    assert [m.value.weekday for m in mentions if m.kind == "date" and m.value.weekday >= 0] == weekdays


@pytest.mark.parametrize("question, fact, verdict", [
    ("my aunt heard on the news that the coalition meets in Madrid. true?", "meeting-place", "no"),
    ("someone at work claimed 50 countries came to the paris summit, is that right?", "paris-summit", "no"),
    ("heard on a podcast that france and britain lead the coalition. correct?", "coalition-leaders", "yes"),
    ("my teacher mentioned that it is the coalition's first in-depth meeting, is that so?", "first-in-depth", "yes"),
])
def test_hearsay_from_anyone_anywhere_frames_the_claim(book, question, fact, verdict):
    """Who said it and where ("my aunt ... on the news") is not what is asked."""
    result = respond(question, book)
    assert facts(result) == [fact] and (result.parts[0].verdict or "") == verdict


@pytest.mark.parametrize("question, fact, verdict", [
    ("did he say the meeting is on a sunday?", "meeting-date", "no"),
    ("did zelensky really describe friday's gathering as the first in-depth meeting?", "first-in-depth", "yes"),
    ("which proposals is zelensky talking about?", "meeting-purpose", ""),
    ("what did the president say the teams would work on?", "meeting-purpose", ""),
])
def test_what_someone_said_is_asked_of_what_they_said_it_about(book, question, fact, verdict):
    """'did he say X?' claims X, and the answer quoting him confirms it; 'what proposals is he talking about'
    asks about the proposals, not for his whole quote again."""
    result = respond(question, book)
    assert facts(result) == [fact] and (result.parts[0].verdict or "") == verdict


@pytest.mark.parametrize("question", ["will zelensky attend in person?", "did starmer say the meeting is on friday?"])
def test_a_speaker_confirms_only_what_the_question_says_he_said(book, question):
    """Zelensky attending is not something he is quoted on; Starmer is quoted on nothing."""
    result = respond(question, book)
    assert not any(p.verdict == "yes" for p in result.parts)


@pytest.mark.parametrize("question", ["did the russians sign anything in riyadh too, and when were the americans there?",
                                      "is the kremlin in favour of the coalition, and when did it say so?"])
def test_a_part_pointing_back_to_an_unanswered_part_is_no_guess_of_its_own(book, question):
    """'there' and 'it' point to what the part before asked about, which the story does not answer."""
    assert not respond(question, book).answered


def test_a_question_about_the_person_just_named_is_not_about_the_article(book):
    """'how old is he?' after who Zelensky is: the story gives no age, and the article's age is no answer."""
    result = respond("who is zelensky and how old is he?", book)
    assert facts(result) == ["who-is-zelensky"] and "published" not in [p.fact.id for p in result.parts if p.fact]
    assert not respond("how old is he?", book, previous="who-is-zelensky").answered


@pytest.mark.parametrize("question, fact", [
    ("sorry for my bad english, when is meeting?", "meeting-date"),
    ("As a history buff, I want to know where the coalition met before.", "previous-meetings"),
    ("I'm a teacher and need a quick summary for my class.", "summary"),
    ("im a nurse so i dont follow politics, who leads the coalition", "coalition-leaders"),
])
def test_the_reader_about_themselves_is_no_part_of_the_question(book, question, fact):
    """An apology for one's English, "as a history buff", "I'm a teacher and need ...", "for my class" and
    "so i dont follow politics" say who asks and why; the question after a comma is still asked."""
    assert facts(respond(question, book)) == [fact]


@pytest.mark.parametrize("question, fact, verdict", [
    ("my sister says the meeting is on the 9th of april. is that what the story says?", "meeting-date", "no"),
    ("france and the uk lead it. can you confirm that for me?", "coalition-leaders", "yes"),
    ("the paris summit had 40 countries, or did i get that wrong?", "paris-summit", "no"),
])
def test_a_closing_check_on_a_claim_is_a_yes_no_tag(book, question, fact, verdict):
    """'Is that what the story says?', 'can you confirm?', 'or did I get that wrong?' ask about the claim
    before them; their own words ('confirm', 'story', 'say') are not the topic."""
    result = respond(question, book)
    assert facts(result) == [fact] and result.parts[0].verdict == verdict


@pytest.mark.parametrize("question", ["when was this coalition formed?", "in what year did the coalition start?",
                                      "who founded the coalition of the willing?", "whose idea was this group?"])
def test_when_or_by_whom_a_group_was_founded_is_not_when_it_meets(book, question):
    """The story never says when or by whom the coalition was set up: not the meeting's date, not the call."""
    assert not respond(question, book).answered


def test_starting_a_meeting_is_not_founding_a_group(book):
    assert rewrite("when did the meeting start") == "when did the meeting start"


def test_last_as_a_verb_is_how_long_not_the_one_before(book):
    """'will it last more than a day' asks its length (the story gives none), not about the last summit."""
    result = respond("will the meeting last more than a day?", book)
    assert not result.answered and [p.fact.id for p in result.parts if p.fact] == ["meeting-time"]
    assert facts(respond("where did the coalition meet last time?", book)) == ["previous-meetings"]


@pytest.mark.parametrize("question, expected", [
    ("two quick questions: who wrote it, and when did it come out?", ["author", "published"]),
    ("where does the US fit into all of this?", ["us-role"]),
    ("the uk said theyd send troops?", ["troops-pledge"]),
])
def test_a_count_of_questions_fit_into_and_theyd(book, question, expected):
    assert facts(respond(question, book)) == expected


def test_the_is_it_of_a_wh_question_is_no_yes_no_tag(book):
    """'what day is it' asks the day: no "Yes." before the date."""
    result = respond("what day is it, and where is it?", book)
    assert facts(result) == ["meeting-date", "meeting-place"] and result.parts[0].verdict == ""


def test_a_question_about_two_people_the_story_never_mentions_is_not_answered_no(book):
    """'did orban call erdogan?' is about people the story never mentions: it does not say, rather than
    "No, Zelensky and Starmer spoke"; one stranger named as the announcer is still a No."""
    result = respond("did orban phone erdogan this week?", book)
    assert not result.answered and not any(p.verdict == "no" for p in result.parts)
    result = respond("was the meeting announced by orban?", book)
    assert facts(result) == ["announced-by"] and result.parts[0].verdict == "no"


@pytest.mark.parametrize("question, fact, verdict", [
    ("so is the meeting on thursday or friday?", "meeting-date", ""),
    ("is the meeting on saturday or sunday?", "meeting-date", "no"),
])
def test_alternatives_one_of_which_holds_get_the_answer_not_no(book, question, fact, verdict):
    """'thursday or friday?' asks which: the answer says Friday, with no "No." for Thursday; when the story
    says neither, it is still No."""
    result = respond(question, book)
    assert facts(result) == [fact] and result.parts[0].verdict == verdict


def test_this_group_is_the_coalition(book):
    """'who runs that group?' asks who leads the coalition, not what a group of countries it is."""
    assert facts(respond("so who runs that group then?", book)) == ["coalition-leaders"]


@pytest.mark.parametrize("question", ["which russian diplomats did the americans talk to?", "who is the russian president?"])
def test_people_of_a_country_the_answer_names_only_as_a_country_are_not_answered(book, question):
    """The U.S. role names Russia as a party to the talks, and only Ukrainian and U.S. officials: it does not
    say who Russia's diplomats or president are."""
    assert not respond(question, book).answered


def test_people_of_a_country_the_answer_names_together_are_answered(book):
    assert facts(respond("who is ukraine's president?", book)) == ["who-is-zelensky"]


def test_which_officials_of_a_country_the_answer_names_only_as_officials_get_what_it_says(book):
    """"Ukrainian and U.S. officials met": which ones, the story does not say, but says that much."""
    result = respond("which ukrainian officials met the americans in saudi arabia?", book)
    assert not result.answered and facts(result) == ["saudi-talks"]
    assert result.parts[0].text.startswith("The story doesn't say.")


def test_a_country_the_answer_names_confirms_a_claim_it_asserts_nothing_of(book):
    """'the first f-16 ukraine received?': the caption names Ukraine as the one that received it: Yes."""
    result = respond("was the plane in the photo the first f-16 that ukraine got?", book)
    assert facts(result) == ["f16"] and result.parts[0].verdict == "yes"


def test_tell_me_about_a_country_with_a_question_mark_is_a_request(book):
    """'tell me about ukraine's f-16s?' asks for what the story says, not whether."""
    result = respond("tell me about ukraine's f-16s?", book)
    assert facts(result) == ["f16"] and result.parts[0].verdict == ""


@pytest.mark.parametrize("question, fact", [
    ("Seems odd to me, but who leads the coalition?", "coalition-leaders"),
    ("For my class: what is the coalition of the willing?", "what-is-coalition"),
    ("hey, complete beginner here, what is this coalition thing people keep talking about?", "what-is-coalition"),
    ("Who leads the coalition, for someone who is new to all this?", "coalition-leaders"),
    ("I live in Chile and have never heard of this. What does the coalition do?", "what-is-coalition"),
])
def test_remarks_about_the_reader_and_their_reasons_frame_the_question(book, question, fact):
    assert facts(respond(question, book)) == [fact]


@pytest.mark.parametrize("question, fact, verdict", [("I live in Kharkiv, will the meeting be here?", "meeting-city", None),
                                                     ("I'm from Madrid. Is the meeting here?", "meeting-place", "no")])
def test_here_after_where_the_reader_lives_is_that_place(book, question, fact, verdict):
    result = respond(question, book)
    assert [p.fact.id for p in result.parts if p.fact] == [fact]
    assert (result.parts[0].verdict == verdict) if verdict else not result.answered


def test_did_he_rly_call_it_without_a_question_mark_still_asks_yes_or_no(book):
    result = respond("did zelensky rly call it the first in depth meeting", book)
    assert facts(result) == ["first-in-depth"] and result.parts[0].verdict == "yes"


def test_or_is_this_the_first_time_they_do_it_is_the_question_s_own_opposite(book):
    result = respond("did the coalition meet before, or is this the first time they are meeting?", book)
    assert facts(result) == ["previous-meetings"] and result.parts[0].verdict == "yes"


def test_before_announcing_it_says_when_not_what_is_asked(book):
    assert facts(respond("who did zelensky talk to just before announcing the meeting?", book)) == ["starmer-call"]


@pytest.mark.parametrize("question, fact, verdict", [
    ("so the meeting is in may, right?", "meeting-date", "no"),
    ("a woman in my office says this is the first time the coalition has met at all. true?", "previous-meetings", "no"),  # judged by the earlier meetings
    ("is it the first in-depth meeting ever?", "first-in-depth", "yes"),
    ("does the us hold its talks with ukraine and russia jointly?", "us-role", "no"),
])
def test_in_may_first_at_all_and_same_against_separate(book, question, fact, verdict):
    """'in may' is the month; 'the first time at all' of an answer calling it a first of one kind and saying
    they met before is No; 'the same table' of 'separate meetings' is No."""
    result = respond(question, book)
    assert facts(result) == [fact] and result.parts[0].verdict == verdict


def test_what_will_happen_is_not_confirmed_by_a_fact_already_past(book):
    """'will starmer visit ukraine for it?': the call he had on March 31 names him, but cannot say Yes."""
    result = respond("will starmer come to ukraine for the meeting?", book)
    assert not any(p.verdict == "yes" for p in result.parts)


def test_how_many_days_after_one_event_is_another_asks_when_it_is(book):
    assert facts(respond("how many days after the starmer call is the meeting scheduled?", book)) == ["meeting-date"]


def test_or_someone_else_entirely_asks_nothing_more(book):
    result = respond("will it be presidents at the meeting, or somebody else entirely?", book)
    assert facts(result) == ["meeting-participants"]


def test_a_dated_thing_said_to_be_from_an_event_of_another_day_is_no(book):
    """'was the picture taken at the coalition meeting?': the photo is from August 4, 2024, the meeting April 4, 2025."""
    result = respond("was the picture taken at the coalition meeting?", book)
    assert facts(result) == ["photo"] and result.parts[0].verdict == "no"
    assert respond("was the starmer call about the meeting?", book).parts[0].verdict == "yes"


def test_he_said_its_the_first_something_asks_about_the_thing(book):
    assert facts(respond("zelensky said its the first wat meeting??", book)) == ["first-in-depth"]


@pytest.mark.parametrize("question, fact, verdict", [
    ("will the meeting be in the evening?", "meeting-time", None),
    ("is britain the only country that promised soldiers?", "troops-pledge", "no"),
])
def test_a_time_of_day_is_a_claim_the_time_gap_declines_and_only_over_a_partial_list(book, question, fact, verdict):
    result = respond(question, book)
    assert [p.fact.id for p in result.parts if p.fact] == [fact]
    assert (result.parts[0].verdict == verdict) if verdict else not result.answered


@pytest.mark.parametrize("question", ["should ukraine trust the coalition, in your opinion?",
                                      "when does the coalition meet again after april 4?"])
def test_the_bot_s_opinion_and_a_span_the_answer_is_outside_are_not_answered(book, question):
    assert not respond(question, book).answered


@pytest.mark.parametrize("question, fact", [
    ("i'm flying to europe next week and wondered, where is the coalition meeting?", "meeting-place"),
    ("my mum keeps going on about the coalition of the willing on the news, what is it?", "what-is-coalition"),
])
def test_a_remark_about_the_reader_with_a_place_or_date_and_where_they_heard_of_it(book, question, fact):
    """The reader's own trip names no claim; 'on the news' is where they heard of it, not the article."""
    assert facts(respond(question, book)) == [fact]


def test_a_country_named_by_its_adjective_confirms_and_x_s_own_is_x_s(book):
    """'based on ukraine's own proposals?' of an answer saying 'proposals of the Ukrainian side': Yes."""
    result = respond("so the meeting will be based on ukraine's own proposals?", book)
    assert facts(result) == ["meeting-purpose"] and result.parts[0].verdict == "yes"


def test_who_is_actually_coming_asks_who_attends(book):
    assert facts(respond("what is the coalition, and who's really coming on friday?", book)) == ["what-is-coalition",
                                                                                               "meeting-participants"]


def test_mentioned_in_the_headline_is_where_the_reader_saw_it(book):
    assert facts(respond("where is the meeting that is mentioned in the headline?", book)) == ["meeting-place"]


def test_sounds_made_up_is_pushback_not_a_topic(book):
    assert facts(respond("31 countries at the paris summit? that sounds made up, where is that from", book)) == ["paris-summit"]


def test_or_is_it_just_spin_asks_nothing_more(book):
    assert rewrite("did he really say it would be the first in-depth meeting, or is it just media spin?") == \
        "is it true that it would be the first in-depth meeting?"


def test_a_date_naming_another_event_is_not_answered_by_this_one(book):
    """'how many countries will attend the april 4 meeting?': the 31 of the Paris summit were on March 27."""
    result = respond("how many nations will be at the april 4 meeting?", book)
    assert "paris-summit" not in [p.fact.id for p in result.parts if p.fact]
    assert facts(respond("who announced the april 4 meeting?", book)) == ["announced-by"]


def test_a_part_naming_a_subject_whose_own_words_pick_another_fact_is_read_alone(book):
    """'..., and who said they would meet in ukraine?': who announced it, not who attends the meeting."""
    assert facts(respond("what's the coalition of the willing, and who said it would meet in ukraine?", book)) == [
        "what-is-coalition", "announced-by"]
    assert facts(respond("what about the us?", book, previous="coalition-leaders")) == ["us-in-coalition"] or \
        not respond("what about the us?", book, previous="coalition-leaders").answered


@pytest.mark.parametrize("question, fact", [("the starmer call was on april 2 right?", "starmer-call"),
                                            ("did zelensky write the article himself?", "author")])
def test_a_reading_far_ahead_of_the_other_settles_a_named_person_claim(book, question, fact):
    result = respond(question, book)
    assert facts(result) == [fact] and result.parts[0].verdict == "no"


def test_wtf_opening_a_question_is_what_not_a_yes_no_is(book):
    """'wtf is the meeting about' asks what it is about: no "Yes." before the purpose."""
    result = respond("wtf is the meeting about", book)
    assert facts(result) == ["meeting-purpose"] and result.parts[0].verdict == ""


@pytest.mark.parametrize("question, fact", [
    ("did the coalition meet before, or is this their first time?", "previous-meetings"),
    ("As someone who never reads the news, could you tell me what the coalition is?", "what-is-coalition"),
])
def test_their_first_time_and_as_someone_who(book, question, fact):
    assert facts(respond(question, book)) == [fact]


def test_what_do_you_think_asks_the_bot_s_judgement(book):
    assert not respond("what do you think, will the troops really be sent?", book).answered


def test_a_place_claimed_of_what_will_happen_is_not_judged_by_what_already_did(book):
    """'the talks will be held in Lviv?' of talks held in Saudi Arabia on March 25: the story doesn't say, not No."""
    result = respond("my friend says the talks will be held in odesa, true?", book)
    assert not result.answered and not any(p.verdict == "no" for p in result.parts)


@pytest.mark.parametrize("question, fact, verdict", [
    ("the coalition won't be meeting in ukraine, will it?", "meeting-place", "no"),  # its claim holds: wrong
    ("so france isn't one of the leaders?", "coalition-leaders", "no"),
    ("is it true that starmer never spoke to zelensky?", "starmer-call", "no"),
    ("nobody pledged any soldiers, correct?", "troops-pledge", "no"),
    ("the coalition hasn't met in ukraine before, right?", "previous-meetings", "yes"),  # its claim fails: right
    ("france not leading it then?", "coalition-leaders", "no"),  # chat drops the auxiliary
])
def test_a_negated_statement_turns_the_verdict_round_in_words_that_cannot_be_misread(book, question, fact, verdict):
    """A bare "Yes" to "it won't be in ukraine, will it?" reads as "yes, it won't": the statement is
    judged, and said as "That's right." / "That's not right."."""
    result = respond(question, book)
    assert facts(result) == [fact] and result.parts[0].verdict == verdict
    assert result.parts[0].text.startswith("That's right." if verdict == "yes" else "That's not right.")


@pytest.mark.parametrize("question, fact, verdict", [
    ("wasn't the summit in paris?", "paris-summit", "yes"),  # a negative question expecting Yes
    ("didn't zelensky announce it?", "announced-by", "yes"),
    ("the talks were in saudi arabia, weren't they?", "saudi-talks", "yes"),  # a negative tag only
    ("it was macron who called zelensky, not starmer, right?", "starmer-call", "no"),  # "not X": contrast
    ("they met in paris, not in brussels, didn't they?", "paris-summit", "yes"),
])
def test_a_negative_question_or_tag_asks_its_claim_as_said(book, question, fact, verdict):
    result = respond(question, book)
    assert facts(result) == [fact] and result.parts[0].verdict == verdict
    assert result.parts[0].text.startswith("Yes." if verdict == "yes" else "No.")


def test_a_negative_question_that_reads_both_ways_gets_the_answer_without_yes_or_no(book):
    """"did starmer not talk to zelensky?" may ask whether he did or whether he didn't."""
    result = respond("did starmer not talk to zelensky on monday?", book)
    assert facts(result) == ["starmer-call"] and result.parts[0].verdict == ""
    assert not result.parts[0].text.startswith(("Yes", "No", "That"))


@pytest.mark.parametrize("text, reading", [("they won't", "they will not"), ("we can't", "we can not"),
                                           ("it ain't so", "it is not so"), ("they havent", "they havent")])
def test_won_t_and_can_t_open_up_to_will_not_and_can_not(text, reading):
    assert rewrite(text) == reading  # ("havent" is chat shorthand, opened up later, word by word)


def test_a_person_said_to_hold_a_country_s_office_without_an_article_is_who_they_are(book):
    result = respond("starmer is uk president??", book)
    assert result.parts[0].verdict == "no"


@pytest.mark.parametrize("question", ["what did the talks in saudi arabia accomplish?",
                                      "so how the paris summit turned out?"])
def test_what_a_past_event_achieved_or_how_it_went_is_an_outcome_the_story_does_not_report(book, question):
    assert not respond(question, book).answered


def test_what_the_coming_meeting_should_achieve_is_still_its_purpose(book):
    assert facts(respond("what is the friday meeting meant to achieve?", book)) == ["meeting-purpose"]


@pytest.mark.parametrize("question, fact", [
    ("Kindly set out the remit of the coalition.", "what-is-coalition"),  # remit, mandate: its purpose
    ("What was the disclosure made by Zelensky on 1 April?", "announced-by"),
    ("Could you furnish a summary of the piece?", "summary"),  # formal words that carry no topic
])
def test_formal_register_words_read_as_the_story_s_own(book, question, fact):
    assert facts(respond(question, book)) == [fact]


@pytest.mark.parametrize("question", ["have they met in ukraine?", "did they meet on friday april 4?"])
def test_whether_the_coming_meeting_has_happened_is_not_confirmed_by_the_story_written_before(book, question):
    result = respond(question, book)
    assert result.parts[0].verdict != "yes" and not result.parts[0].text.startswith("Yes")


def test_what_someone_said_of_the_coming_meeting_is_confirmed(book):
    assert respond("did zelensky call friday's meeting the first in-depth one?", book).parts[0].verdict == "yes"


def test_who_commands_the_troops_is_not_who_leads_the_coalition(book):
    """"command" is no alias of "lead": the story says who leads the coalition, never who would command
    the force it sends."""
    assert not respond("who's going to command the peacekeepers?", book).answered


@pytest.mark.parametrize("question, expected", [
    ("who announced it + how many nations met in paris", ["announced-by", "paris-summit"]),  # "+" joins two
    ("eli5 pls", ["summary"]),  # "explain like i'm 5": the story in short
    ("eli5 coalition of the willing pls", ["what-is-coalition"]),  # ... of a thing: what it is
    ("eli5 why they meet in ukraine", ["meeting-purpose"]),  # ... before a question: that question
    ("hv they met by video call before", ["previous-meetings"]),
])
def test_chat_joins_and_shorthand(book, question, expected):
    assert facts(respond(question, book)) == expected


def test_or_something_closes_a_yes_no_question_and_a_story_alias_is_a_known_person(book):
    """"z" is the story's alias of Zelensky, and "or something" offers no alternative."""
    result = respond("did z speak with starmer or something?", book)
    assert facts(result) == ["starmer-call"] and result.parts[0].verdict == "yes"


def test_a_well_known_first_name_and_surname_are_one_person(book):
    """Two strangers would be "the story doesn't say"; Olaf Scholz is one, and the call was Starmer's."""
    result = respond("was it olaf scholz who talked to zelensky on march 31?", book)
    assert facts(result) == ["starmer-call"] and result.parts[0].verdict == "no"


def test_does_the_story_give_a_number_after_a_question_asks_nothing_more(book):
    result = respond("when did the paris summit take place, does the article give a date?", book)
    assert facts(result) == ["paris-summit"] and len(result.parts) == 1


@pytest.mark.parametrize("question, fact", [
    ("so this will be their fourth in-depth meeting?", "first-in-depth"),  # the story: the first
    ("is the plane behind zelensky the third f-16 ukraine received?", "f16"),
])
def test_a_later_ordinal_of_what_the_story_calls_the_first_is_no(book, question, fact):
    result = respond(question, book)
    assert facts(result) == [fact] and result.parts[0].verdict == "no"


def test_a_question_about_a_second_one_of_a_first_is_not_answered_by_the_first(book):
    assert not respond("when did the second f-16 arrive in ukraine?", book).answered


def test_an_ordinal_before_a_noun_stays_a_word_but_a_day_stays_a_number():
    from bot.engine.dates import digits
    from bot.story.locale import get
    assert digits("the 3rd meeting".split(), get("en")) == ["the", "third", "meeting"]
    assert digits("on the 3rd".split(), get("en")) == ["on", "the", "3"]


def test_which_officials_asks_for_names_the_story_does_not_give(book):
    """The Saudi talks are between "Ukrainian and U.S. officials": which ones, the story never names."""
    assert not respond("which american diplomats were at the talks in saudi arabia?", book).answered


@pytest.mark.parametrize("question", ["will friday's meeting produce an agreement?",
                                      "will the talks in ukraine achieve a deal?"])
def test_whether_the_coming_meeting_will_produce_something_is_not_known_to_the_story(book, question):
    result = respond(question, book)
    assert not result.answered or result.parts[0].verdict != "yes"


def test_an_outcome_asked_of_the_coming_meeting_s_day_is_after_the_story(book):
    result = respond("did they agree on anything on april 4?", book)
    assert not result.answered or result.parts[0].verdict == ""


def test_what_does_he_mean_after_a_question_asks_nothing_new(book):
    result = respond("why is friday's meeting called the first in-depth one? what does he mean?", book)
    assert facts(result) == ["first-in-depth"]


def test_another_subject_said_to_come_from_an_event_is_judged_by_its_own_fact(book):
    """"is the picture from the summit in paris?" (was "Yes." from the summit): the photo is from
    August 2024, so No, from the photo's own fact."""
    result = respond("is the picture from the summit in paris?", book)
    assert facts(result) == ["photo"] and result.parts[0].verdict == "no"


@pytest.mark.parametrize("text, reading", [
    ("how would you define the coalition?", "what is the coalition?"),
    ("what is the body known as the coalition of the willing?", "what is the  the coalition of the willing?"),
    ("generally speaking, who leads it?", "  who leads it?"),
])
def test_formal_frames_around_a_question_carry_no_topic(text, reading):
    assert rewrite(text) == reading


@pytest.mark.parametrize("question, fact", [("has some1 pledged soldiers?", "troops-pledge"),
                                            ("in two paragraphs, what's the story about?", "summary")])
def test_number_shorthand_and_a_length_in_paragraphs(book, question, fact):
    assert facts(respond(question, book)) == [fact]


def test_how_many_went_counts_people_it_does_not_ask_how_it_went():
    assert rewrite("how many leaders went?") == "how many leaders went?"
    assert rewrite("so how the summit went?") == "so what was the outcome of the summit?"


@pytest.mark.parametrize("question, verdict", [
    ("so starmer is france's prime minister, correct?", "no"),  # the office of another country
    ("zelensky is polands president?", "no"),  # a possessive typed without its apostrophe
    ("is starmer the british prime minister?", "yes"),
    ("is starmer the prime minister of france?", "no"),  # the country after the office, "of"
    ("is starmer the prime minister of the uk?", "yes"),
    ("стармер це ж премʼєр франції?", "no"),  # Ukrainian: the country in the genitive after the office
    ("Стармер прем'єр-міністр Британії?", "yes"),
])
def test_an_office_claimed_for_another_country_is_no(book, question, verdict):
    assert respond(question, book).parts[0].verdict == verdict


@pytest.mark.parametrize("question, fact, verdict", [
    ("was the paris summit the first meeting of the coalition?", "paris-summit", ""),  # was "Yes."
    ("is the april 4 meeting the first in ukraine?", "first-in-depth", "yes"),  # its answer says so
    ("was this written on april 1st?", "published", "yes"),  # a date's "1st" claims no first
])
def test_a_first_claimed_of_an_answer_that_calls_nothing_first_gets_no_yes(book, question, fact, verdict):
    part = respond(question, book).parts[0]
    assert (part.fact.id, part.verdict) == (fact, verdict)


def test_whether_the_coming_meeting_already_happened_gets_no_yes(book):
    """"has the april 4 meeting already happened?" was "Yes." with the earlier meetings, whose answer names
    that day: the story, written before it, cannot say it happened."""
    result = respond("has the april 4 meeting already happened?", book)
    assert result.parts[0].verdict != "yes"
    assert respond("has the coalition met before?", book).parts[0].verdict == "yes"  # it has, elsewhere


def test_also_someone_else_is_one_more_the_story_does_not_rule_out(book):
    """"did starmer also call macron?": the story names the call with Zelensky, which denies no other."""
    result = respond("did zelensky also talk to olaf scholz on march 31?", book)
    assert not result.answered and result.parts[0].fact.id == "starmer-call"


def test_an_ordinal_with_a_date_is_judged_by_the_fact_that_counts(book):
    result = respond("so friday will be their fourth in-depth meeting?", book)
    assert facts(result) == ["first-in-depth"] and result.parts[0].verdict == "no"


@pytest.mark.parametrize("text, reading", [
    ("Firstly, who leads it?", "who leads it?"),  # an enumerator: the order of questions, no topic
    ("Further to my enquiry, when is it?", "when is it?"),
    ("france has declined to send troops", "france has not send troops"),  # refusing is not doing
])
def test_enumerators_requests_and_refusals(text, reading):
    assert rewrite(text) == reading


def test_a_refusal_claimed_of_a_pledging_country_is_not_right(book):
    result = respond("britain declined to send soldiers, right?", book)
    assert facts(result) == ["troops-pledge"] and result.parts[0].verdict == "no"


@pytest.mark.parametrize("question", ["which foreign leader has zelensky been talking with?",
                                      "which western leader did the ukrainian president phone on monday?"])
def test_a_filler_after_which_still_asks_who(book, question):
    """"which foreign leader" asks who, as "which leader" does; the adjective names no topic."""
    assert facts(respond(question, book)) == ["starmer-call"]


@pytest.mark.parametrize("text, reading", [
    ("could somebody explain what the coalition does?", "what the coalition does?"),
    ("can anyone tell me who leads it", "who leads it"),
])
def test_asking_anyone_frames_the_question_as_asking_you(text, reading):
    """A request to anybody is the question it frames, not a yes/no question ("could someone...?" "Yes.")."""
    assert rewrite(text) == reading


def test_the_coalition_definition_can_be_confirmed(book):
    result = respond("so the coalition is a group of countries, yes?", book)
    assert facts(result) == ["what-is-coalition"] and result.parts[0].verdict == "yes"


@pytest.mark.parametrize("question", ["will it be ministers or generals around the table?",
                                      "r they sending politicians or soldiers to this thing",
                                      "can all the allies come, or only a few of them?"])
def test_a_choice_between_kinds_of_attendee_asks_who_attends(book, question):
    """Politicians or soldiers, everyone or a few: the story answers with the military teams of a
    narrow circle of countries, not with a yes or a no."""
    result = respond(question, book)
    assert facts(result) == ["meeting-participants"] and not result.parts[0].verdict


@pytest.mark.parametrize("question", ["does washington get kyiv and moscow round the same table?",
                                      "do the us talks bring ukraine and russia into one room?",
                                      "have russia and ukraine been sitting together in the us talks?"])
def test_one_room_or_table_is_together_the_opposite_of_separate_meetings(book, question):
    result = respond(question, book)
    assert facts(result) == ["us-role"] and result.parts[0].verdict == "no"


@pytest.mark.parametrize("question", ["was this picture taken at the paris summit?",
                                      "was the photo shot at the saudi talks?"])
def test_a_dated_thing_said_to_be_taken_at_another_event_is_judged_by_its_date(book, question):
    """The photo is of August 2024: not taken at an event of March 2025, whose name is no unknown word."""
    result = respond(question, book)
    assert facts(result) == ["photo"] and result.parts[0].verdict == "no"


@pytest.mark.parametrize("question", ["was the paris summit a success?", "did the saudi talks fail?"])
def test_success_or_failure_of_a_past_event_is_an_outcome_the_story_does_not_report(book, question):
    """The story says the summit and the talks took place, not how they went: never "Yes"."""
    assert not respond(question, book).answered


@pytest.mark.parametrize("question, fact", [
    ("what did zelensky and care starmer talk about?", "starmer-call"),  # Keir, heard as "care"
    ("who's the journo who wrote it", "author"),
    ("what's the make-up of the delegations on friday?", "meeting-participants"),
])
def test_more_words_of_the_book_and_of_chat(book, question, fact):
    assert facts(respond(question, book)) == [fact]


def test_a_second_part_naming_a_subject_is_read_alone_when_its_words_pick_a_fact(book):
    """"and where did ... american officials meet?": the U.S. has no fact saying where, but the Saudi
    talks answer the part read on its own, far ahead of any other."""
    result = respond("who announced the meeting, and where did the ukrainian and american officials meet?", book)
    assert facts(result) == ["announced-by", "saudi-talks"]


@pytest.mark.parametrize("question, verdict, answered", [
    ("will they meet inside ukraine or someplace else?", "yes", True),
    ("is the meeting overseas, or in ukraine?", "yes", True),
    ("will they gather in odesa or somewhere else?", "", False),  # the city the story does not name
])
def test_or_anywhere_else_leaves_the_place_offered_to_judge(book, question, verdict, answered):
    result = respond(question, book)
    assert result.answered is answered
    if answered:
        assert facts(result) == ["meeting-place"] and result.parts[0].verdict == verdict


@pytest.mark.parametrize("question", ["the first in-depth one, really?", "their first in-depth meeting?? fr",
                                      "a first in-depth meeting for real"])
def test_really_closing_a_statement_asks_to_confirm_it(book, question):
    assert respond(question, book).parts[0].verdict == "yes"


def test_the_first_meeting_ever_is_judged_by_the_fact_about_the_earlier_ones(book):
    """"the first time they ever meet at all?": No, and the fact saying where they met before shows why."""
    result = respond("so this is the first time the coalition has ever got together at all?", book)
    assert facts(result) == ["previous-meetings"] and result.parts[0].verdict == "no"


@pytest.mark.parametrize("text, reading", [
    ("what will they do once a ceasefire is signed?", "what will they do in a ceasefire?"),
    ("who pledged troops if the truce gets agreed", "who pledged troops in a truce"),
])
def test_the_condition_of_a_pledge_asks_no_outcome(text, reading):
    assert rewrite(text) == reading


@pytest.mark.parametrize("question", ["what exactly is in the ukrainian side's proposals?",
                                      "what do those proposals contain?",
                                      "what were the proposals drawn up by kyiv?"])
def test_the_contents_of_a_thing_a_quote_only_names_are_not_in_the_story(book, question):
    """Zelensky names "the prepared proposals" without saying what they hold: "the story doesn't say",
    with what it does say, never the purpose as if it were their content."""
    assert not respond(question, book).answered


def test_the_contents_asked_as_a_follow_up_are_not_in_the_story_either(book):
    result = respond("and what's in those proposals?", book, previous="meeting-purpose")
    assert not result.answered and result.parts[0].fact.id == "meeting-purpose"


def test_a_count_asked_of_another_day_goes_to_the_next_fact_not_dated_outside_it(book):
    """The Paris summit's 31 nations are not the April 4 meeting's; the coalition's size, which says the
    story gives no count for that meeting, answers."""
    assert facts(respond("how many nations will attend the meeting on april 4?", book)) == ["coalition-size"]


def test_a_place_that_gains_in_question_and_answer_is_confirmed_not_read_as_a_venue(book):
    """"guarantees to ukraine?" of "guarantees for Ukraine": Yes; "in ukraine" would claim a venue."""
    result = respond("so it's countries giving security guarantees to ukraine, yes?", book)
    assert facts(result) == ["what-is-coalition"] and result.parts[0].verdict == "yes"
    assert respond("has the coalition met in ukraine before?", book).parts[0].verdict == "no"


@pytest.mark.parametrize("text, reading", [
    ("could you kindly confirm the venue of the session?", "what is the venue of the session?"),
    ("just to verify for my article, it is on friday?", "just to verify, it is on friday?"),
])
def test_confirm_the_thing_asks_it_and_for_my_article_is_about_the_reader(text, reading):
    assert rewrite(text) == reading


@pytest.mark.parametrize("question, expected", [
    ("what went on in paris and in saudi arabia?", ["paris-summit", "saudi-talks"]),
    ("when did the saudi talks and the paris summit happen?", ["saudi-talks", "paris-summit"]),
    ("did zelensky and starmer talk on monday?", ["starmer-call"]),  # two people, one call: one question
])
def test_one_question_about_two_events_is_asked_of_each(book, question, expected):
    assert facts(respond(question, book)) == expected


def test_where_inside_a_country_is_not_given_by_a_fact_that_never_says_where(book):
    """The photo's caption gives no place: "which part of ukraine?" gets "the story doesn't say"."""
    result = respond("in what part of ukraine was that picture taken?", book)
    assert not result.answered and result.parts[0].fact.id == "photo"


@pytest.mark.parametrize("text, reading", [
    ("oops typo, i meant where do they meet", "oops typo, where do they meet"),
    ("what's the date and venue of the meeting?", "when and where is the meeting?"),
    ("gimme the place n the time for it", "gimme where and when is it"),
])
def test_i_meant_gives_the_question_and_date_and_place_ask_when_and_where(text, reading):
    assert rewrite(text) == reading


@pytest.mark.parametrize("text, reading", [
    ("Please give me a short account of the Paris summit.", "what is the Paris summit."),
    ("could you provide an overview of the saudi talks?", "what is the saudi talks?"),
])
def test_a_description_of_a_thing_asks_what_it_is(text, reading):
    assert rewrite(text) == reading


@pytest.mark.parametrize("question", ["so what's going to happen at friday's meeting?",
                                      "what are they going to do at the session?"])
def test_what_will_happen_or_be_done_at_the_meeting_asks_what_it_will_work_on(book, question):
    assert facts(respond(question, book)) == ["meeting-purpose"]


def test_every_one_claimed_with_a_right_date_is_judged_by_the_fact_that_says_fewer(book):
    """The date is right, "every member" is not: "a narrow circle" says No, the date alone says nothing."""
    result = respond("is every country of the coalition coming on friday?", book)
    assert facts(result) == ["meeting-participants"] and result.parts[0].verdict == "no"
    assert respond("is the meeting on friday?", book).parts[0].verdict == "yes"


def test_first_of_any_kind_is_first_ever(book):
    result = respond("so it's their first meeting of any sort, right?", book)
    assert facts(result) == ["previous-meetings"] and result.parts[0].verdict == "no"


def test_how_a_past_event_ended_is_an_outcome_the_story_does_not_report(book):
    assert not respond("did the talks in saudi arabia end with a deal?", book).answered


def test_together_is_the_opposite_of_separate_only_for_the_parties_kept_apart(book):
    """The U.S. talks keep Ukraine and Russia apart; Ukrainian and U.S. officials did meet."""
    met = respond("did ukrainian and american officials get together in saudi arabia?", book)
    assert facts(met) == ["saudi-talks"] and met.parts[0].verdict == "yes"
    apart = respond("are ukraine and russia together in the us talks?", book)
    assert facts(apart) == ["us-role"] and apart.parts[0].verdict == "no"


@pytest.mark.parametrize("question, fact, verdict", [
    ("hold on, so the coalition never got together before?", "previous-meetings", "no"),
    ("thot it was on saturday?", "meeting-date", "no"),
])
def test_a_negated_or_believed_statement_with_a_question_mark_is_checked(book, question, fact, verdict):
    result = respond(question, book)
    assert facts(result) == [fact] and result.parts[0].verdict == verdict


def test_chat_question_words_reach_the_phrase_rules():
    assert rewrite("wats the summit for") == "what is the purpose of the summit"


def test_i_want_to_know_n_things_frames_the_questions():
    assert rewrite("I want to know two things: who leads it and when they meet") == "who leads it and when they meet"


@pytest.mark.parametrize("question", ["are presidents meeting in ukraine on friday?",
                                      "so it's heads of state getting together on april 4, yeah?"])
def test_people_the_participants_rule_out_are_no_even_with_the_right_day(book, question):
    """The day is right; prime ministers and heads of state are not who meets (military teams)."""
    result = respond(question, book)
    assert facts(result) == ["meeting-participants"] and result.parts[0].verdict == "no"


def test_the_president_alone_is_zelensky_not_presidents_ruled_out(book):
    result = respond("did the president say the meeting would be on friday?", book)
    assert facts(result) == ["meeting-date"] and result.parts[0].verdict == "yes"


@pytest.mark.parametrize("question, fact", [
    ("for our podcast script: who is leading the coalition?", "coalition-leaders"),
    ("my grandchildren keep asking me when the meeting in ukraine is", "meeting-date"),
])
def test_the_readers_own_things_are_no_words_the_story_lacks(book, question, fact):
    """"our podcast script", "my grandchildren": the asker's, not a topic the story is silent on."""
    assert facts(respond(question, book)) == [fact]


def test_a_place_after_my_is_still_read(book):
    from bot.engine.understand import read

    assert "kharkiv" in read("did the coalition meet in my town, kharkiv?", book).parts[0].readings[0].tokens


@pytest.mark.parametrize("word", ["however", "elsewhere", "whenever"])
def test_words_ending_in_a_question_word_are_not_split(book, word):
    assert respond(f"{word}, who is leading the coalition?", book).fact.id == "coalition-leaders"


def test_only_one_of_two_is_no_but_naming_both_is_what_the_story_says(book):
    one = respond("have they only ever met by video link so far?", book)
    assert facts(one) == ["previous-meetings"] and one.parts[0].verdict == "no"
    both = respond("have they only met in other parts of europe or by video link till now?", book)
    assert facts(both) == ["previous-meetings"] and both.parts[0].verdict != "no"


@pytest.mark.parametrize("question, fact, verdict", [
    ("My cousin swears the coalition will gather in Warsaw. Is that what the story reports?", "meeting-place", "no"),
    ("The paper I read claims Britain and France head the coalition. Does the piece agree?", "coalition-leaders", "yes"),
    ("my uncle says the meeting is on saturday. is he right about that?", "meeting-date", "no"),
])
def test_a_sentence_asking_whether_the_claim_before_it_holds_makes_it_a_yes_no_question(book, question, fact, verdict):
    result = respond(question, book)
    assert facts(result) == [fact] and result.parts[0].verdict == verdict


@pytest.mark.parametrize("text, reading", [
    ("I'm about to write in my report that the meeting is on friday.", "is it true that the meeting is on friday."),
    ("i was going to call the paris summit a failure", "i was going to call the paris summit a failure"),
    ("I was planning to describe the coalition as a military alliance.",
     "is it true that the coalition is a military alliance."),
    ("Would it be fair to tell my readers that the meeting is in Kyiv?", "is it true that the meeting is in Kyiv?"),
])
def test_what_the_reader_means_to_pass_on_is_a_claim_to_check(text, reading):
    assert rewrite(text) == reading


@pytest.mark.parametrize("text, reading", [
    ("My editor asked me when the coalition meets.", "when the coalition meets."),
    ("some of my pupils wanted to know who leads it", "who leads it"),
    ("a neighbour asked whether the meeting is in kyiv", "is it true that the meeting is in kyiv"),
    ("she asked the president to come", "she asked the president to come"),
])
def test_someone_elses_reported_question_is_the_question(text, reading):
    assert rewrite(text) == reading


def test_asking_what_to_tell_the_one_who_asked_is_the_question_before_it_again(book):
    result = respond("My aunt asked me who is leading the coalition. What do I tell her?", book)
    assert facts(result) == ["coalition-leaders"]


def test_in_case_of_frames_a_condition(book):
    result = respond("is the coalition a group of countries giving ukraine security guarantees in case of a ceasefire?", book)
    assert facts(result) == ["what-is-coalition"]


@pytest.mark.parametrize("question, fact", [
    ("I'm putting together a quiz for my club and I'm not sure who announced the meeting.", "announced-by"),
    ("we run a small newsletter and we are unsure when the paris summit took place", "paris-summit"),
])
def test_a_remark_of_the_reader_joined_to_an_uncertain_question_leaves_the_question(book, question, fact):
    assert facts(respond(question, book)) == [fact]


@pytest.mark.parametrize("question, fact, verdict", [
    ("is every single coalition country coming to ukraine on friday?", "meeting-participants", "no"),
    ("what was zelensky celebrating in that photo?", "photo", ""),
    ("when did this come out question mark", "published", ""),
])
def test_every_single_celebrating_and_a_spelled_question_mark(book, question, fact, verdict):
    result = respond(question, book)
    assert facts(result) == [fact] and result.parts[0].verdict == verdict


def test_a_date_naming_the_meeting_lets_its_facts_rule_out_people_another_word_picked_a_fact_for(book):
    """"summit" picks the Paris summit; "the april 4 meeting" says which meeting, whose participants
    fact rules out heads of government."""
    result = respond("is the april 4 session a summit of heads of state?", book)
    assert facts(result) == ["meeting-participants"] and result.parts[0].verdict == "no"


def test_are_we_talking_about_adds_no_topic(book):
    assert facts(respond("How large is the coalition? How many members are we talking about?", book)) == ["coalition-size"]


@pytest.mark.parametrize("question, fact, verdict", [
    ("wasn't it keir starmer who announced the meeting?", "announced-by", "no"),
    ("is zelensky calling this the first in-depth meeting?", "first-in-depth", "yes"),
    ("was the president saying that the meeting is on saturday?", "meeting-date", "no"),
])
def test_negative_clefts_and_what_someone_is_saying_are_claims_to_check(book, question, fact, verdict):
    result = respond(question, book)
    assert facts(result) == [fact] and result.parts[0].verdict == verdict


@pytest.mark.parametrize("question, verdict", [
    ("was that photo of zelensky taken this year?", "no"),
    ("is the photo from last year?", "yes"),
])
def test_this_year_and_last_year_are_dates_counted_from_the_story(book, question, verdict):
    result = respond(question, book)
    assert facts(result) == ["photo"] and result.parts[0].verdict == verdict


def test_an_outcome_asked_in_the_past_of_a_meeting_still_to_come_is_unknown(book):
    result = respond("were the ukrainian proposals approved?", book)
    assert result.kind.name == "DECLINE"


@pytest.mark.parametrize("text, reading", [
    ("For record-keeping purposes, who wrote the article?", "who wrote the article?"),
    ("who first revealed the plan?", "who revealed the plan?"),
    ("is it the first meeting?", "is it the first meeting?"),
])
def test_a_purpose_frame_and_first_as_an_adverb_add_no_topic(text, reading):
    assert rewrite(text) == reading


def test_do_so_stands_for_the_last_parts_verb(book):
    result = respond("which leader made the meeting public, and what day did he do so?", book)
    assert facts(result) == ["announced-by"]


@pytest.mark.parametrize("text, reading", [
    ("Q4.", ""),
    ("Question 7: who leads the coalition?", "who leads the coalition?"),
    ("3) When is the meeting?", "When is the meeting?"),
    ("Cite evidence from the article.", ""),
    ("Define the term 'peacekeeping force' as used in the article.", "what is 'peacekeeping force'."),
    ("What are the origins of the term coalition of the willing?", "What are the etymology of coalition of the willing?"),
    ("give me the quote", "give me the quote"),
])
def test_a_worksheets_numbers_and_instructions_frame_its_questions(text, reading):
    assert rewrite(text) == reading


def test_what_does_the_article_say_after_a_question_asks_it_again(book):
    result = respond("My neighbour asked who is leading the coalition. What does the story say about that?", book)
    assert facts(result) == ["coalition-leaders"]


@pytest.mark.parametrize("text, reading", [
    ("Rumour going around on social media: the UK is sending 10,000 troops.", "the UK is sending 10,000 troops."),
    ("Checking a date: the Paris summit was on March 27. Does that hold up?", "the Paris summit was on March 27. right?"),
    ("Freelance correspondent in Vilnius here.", ""),
    ("Reporting from Lagos for a weekly, what happened in paris?", "what happened in paris?"),
    ("is the reporter ukrainian?", "is the reporter ukrainian?"),
])
def test_claim_labels_and_the_readers_own_role_frame_the_question(text, reading):
    assert rewrite(text) == reading


@pytest.mark.parametrize("question, verdict", [
    ("did zelensky announce the april 4 meeting?", "yes"),
    ("was the april 4 meeting announced by keir starmer?", "no"),
])
def test_a_date_naming_another_event_says_which_meeting_beside_another_claim(book, question, verdict):
    result = respond(question, book)
    assert facts(result) == ["announced-by"] and result.parts[0].verdict == verdict


@pytest.mark.parametrize("question, verdict", [
    ("did mr starmer speak to president zelensky on march 31?", "yes"),
    ("did president starmer speak to zelensky on march 31?", "no"),
])
def test_an_office_before_a_name_as_the_story_calls_them_is_no_claim(book, question, verdict):
    result = respond(question, book)
    assert facts(result) == ["starmer-call"] and result.parts[0].verdict == verdict


def test_coming_to_the_meeting_is_attending_it(book):
    assert facts(respond("who exactly is coming to the april 4 meeting?", book)) == ["meeting-participants"]


@pytest.mark.parametrize("question, fact", [
    ("My late husband always followed world affairs closely. Who is leading the coalition?", "coalition-leaders"),
    ("Things were so much simpler when I was young, dear. Where will the coalition meet?", "meeting-place"),
])
def test_an_aside_naming_nothing_of_the_story_before_a_whole_question_is_no_part_of_it(book, question, fact):
    assert facts(respond(question, book)) == [fact]



@pytest.mark.parametrize("question, verdict", [
    ("is the plane behind zelensky a rafale?", "no"),
    ("was that an su-27 in the picture?", "no"),
    ("is the jet in the photo an f16?", "yes"),
    ("is it a fighting falcon?", "yes"),
])
def test_an_aircraft_model_is_a_claim_the_plane_shown_judges(book, question, verdict):
    result = respond(question, book)
    assert facts(result) == ["f16"] and result.parts[0].verdict == verdict


def test_other_aircraft_besides_the_one_shown_are_not_ruled_out(book):
    result = respond("apart from the f-16, does ukraine fly other jets such as the gripen?", book)
    assert result.kind.name == "DECLINE" or not result.answered


@pytest.mark.parametrize("text, reading", [
    ("And for the footnote, when was the article published?", "when was the article published?"),
    ("could you tell me at what time the article came out?", "at what time the article came out?"),
])
def test_a_footnote_frame_and_a_request_before_a_question_phrase(text, reading):
    assert rewrite(text) == reading


@pytest.mark.parametrize("question, fact", [
    ("Which governments exercise leadership within the coalition framework?", "coalition-leaders"),
    ("What role does the article attribute to Washington?", "us-role"),
    ("Will the deliberations proceed on the basis of Ukrainian proposals?", "meeting-purpose"),
])
def test_formal_register_words_read_plainly(book, question, fact):
    assert facts(respond(question, book)) == [fact]


@pytest.mark.parametrize("text, reading", [
    ("Who leads the coalition, just so I'm sure of the names?", "Who leads the coalition?"),
    ("Before I file my copy: when is the meeting?", "when is the meeting?"),
    ("What is the coalition, for those of us who missed the news?", "What is the coalition?"),
])
def test_why_the_reader_asks_is_no_part_of_the_question(text, reading):
    assert rewrite(text) == reading


def test_a_gap_gives_way_to_a_fact_that_denies_the_claim_and_is_asked_about(book):
    """Membership of the U.S. is a gap; leading the coalition is the leaders' fact's to judge."""
    result = respond("usa heads the coalition ya?", book)
    assert facts(result) == ["coalition-leaders"] and result.parts[0].verdict == "no"
    assert respond("is the us in the coalition?", book).kind.name == "DECLINE"


@pytest.mark.parametrize("question, fact, verdict", [
    ("were the proposals for friday drawn up by ukraine?", "meeting-purpose", "yes"),
    ("which countries will keep the peace after a future ceasefire?", "troops-pledge", ""),
    ("so what is this coalition of the willing in this context?", "what-is-coalition", ""),
])
def test_drafted_a_future_truce_and_in_this_context(book, question, fact, verdict):
    result = respond(question, book)
    assert facts(result) == [fact] and result.parts[0].verdict == verdict


def test_an_office_asked_of_a_person_is_judged_by_the_fact_about_that_person(book):
    for question in ("is zelensky britain's prime minister?", "so zelensky is the uk pm?"):
        result = respond(question, book)
        assert facts(result) == ["who-is-zelensky"] and result.parts[0].verdict == "no", question


@pytest.mark.parametrize("question", ["please name the 31 countries at the paris summit", "which 31 nations were in paris?"])
def test_asking_to_name_what_a_fact_only_counts_is_the_storys_silence(book, question):
    assert respond(question, book).kind.name == "DECLINE"


def test_a_count_asked_of_what_a_fact_counts_is_still_answered(book):
    assert facts(respond("how many nations were at the paris summit?", book)) == ["paris-summit"]


def test_the_people_of_a_party_a_fact_names_only_as_a_country_are_unnamed(book):
    assert respond("who were the american officials at the talks in saudi arabia?", book).kind.name == "DECLINE"
    assert facts(respond("who met in saudi arabia?", book)) == ["saudi-talks"]


@pytest.mark.parametrize("question", ["did they decide anything when they met in ukraine?",
                                      "was a deal agreed when the coalition gathered on friday?"])
def test_an_outcome_asked_of_the_coming_meeting_with_a_when_clause_is_unknown(book, question):
    """"when they met" says which meeting; it asks no date. What came of it is after the story."""
    result = respond(question, book)
    assert result.kind.name == "DECLINE"


@pytest.mark.parametrize("question", ["did the uk prime minister announce friday's meeting?",
                                      "was it britain's prime minister who announced the meeting in ukraine?"])
def test_a_person_described_by_office_is_that_person_as_a_claim(book, question):
    """"the uk prime minister" is Starmer: asked as the announcer, it is the announcement's No, not the call."""
    result = respond(question, book)
    assert facts(result) == ["announced-by"] and result.parts[0].verdict == "no"


def test_a_description_of_the_person_the_question_names_asks_who_they_are(book):
    result = respond("so zelensky is the president of ukraine?", book)
    assert facts(result) == ["who-is-zelensky"] and result.parts[0].verdict == "yes"


@pytest.mark.parametrize("question", ["what are the names of the ukrainian negotiators at the saudi talks?",
                                      "tell me the names of the officials who met in saudi arabia"])
def test_asking_a_persons_name_the_story_never_gives_is_declined(book, question):
    assert respond(question, book).kind.name == "DECLINE"


def test_asking_who_holds_an_office_the_story_never_fills_is_declined(book):
    """The participants' fact shares "minister" (it rules out ministers), but names no one."""
    assert respond("who's ukraine's foreign minister then?", book).kind.name == "DECLINE"


@pytest.mark.parametrize("question, fact", [("is zelensky the british prime minister?", "who-is-zelensky"),
                                            ("is starmer ukraine's president?", "starmer-call")])
def test_an_office_with_its_country_asked_of_a_person_is_judged_not_read_as_another_person(book, question, fact):
    """"the british prime minister" describes Starmer; said of Zelensky it is a wrong office, never a "Yes"."""
    result = respond(question, book)
    assert facts(result) == [fact] and result.parts[0].verdict == "no"


@pytest.mark.parametrize("question, fact, verdict", [
    ('Seen on twitter: "the coalition meets in ukraine on saturday". Is that true?', "meeting-date", "no"),
    ('my uncle forwarded this: “Leaders of 31 nations met in Paris on March 27.” Accurate?', "paris-summit", "yes"),
])
def test_a_quoted_claim_and_a_check_of_it_is_a_yes_no_question(book, question, fact, verdict):
    """Where the quote was seen (a post, a channel, an uncle) is not asked; the quote is the claim."""
    result = respond(question, book)
    assert facts(result) == [fact] and result.parts[0].verdict == verdict


def test_allies_are_the_coalition(book):
    result = respond("are the allies getting together in ukraine on april 4?", book)
    assert result.parts[0].verdict == "yes"


def test_a_request_to_list_things_is_not_answered_by_a_fact_that_only_counts(book):
    result = respond("can you list the countries that belong to the coalition?", book)
    assert result.kind.name == "DECLINE" and facts(result) == ["other-members"]


@pytest.mark.parametrize("question", ["what are the officials at the meeting in ukraine actually going to do?",
                                      "what are the military teams at friday's meeting going to do?"])
def test_who_does_something_is_not_asked_when_the_question_asks_what_they_do(book, question):
    assert facts(respond(question, book)) == ["meeting-purpose"]


@pytest.mark.parametrize("question, fact, verdict", [
    ("nobody has really promised soldiers, right? it's all just hot air", "troops-pledge", "no"),
    ("was the coalition in ukraine previously? need to check.", "previous-meetings", "no"),
])
def test_a_remark_after_an_asked_question_that_names_nothing_of_the_story_is_no_part_of_it(book, question, fact, verdict):
    result = respond(question, book)
    assert facts(result) == [fact] and result.parts[0].verdict == verdict


def test_an_alternative_after_a_question_is_still_part_of_it(book):
    """", or several times?" names nothing of the story either, but it is the other half of the question."""
    result = respond("did they meet just once before, or several times?", book)
    assert result.parts[0].verdict != "yes"


@pytest.mark.parametrize("question", ["the meeting will take place in france?",
                                      "so the meeting is going to be in germany, i am right?"])
def test_a_place_no_event_of_the_story_is_in_said_of_the_coming_meeting_is_a_claim(book, question):
    """France leads the coalition, so it is a word of the story; the meeting is still in Ukraine."""
    result = respond(question, book)
    assert facts(result) == ["meeting-place"] and result.parts[0].verdict == "no"


def test_where_a_country_stands_in_all_this_asks_its_role_after_a_connector_too(book):
    assert facts(respond("so where's america in all of this?", book)) == ["us-role"]


def test_a_date_anywhere_in_the_question_says_whose_fact_rules_out_what_it_claims(book):
    """"a summit ... on friday": Friday is the meeting's day, whose fact rules out heads of state."""
    result = respond("friday will be a summit of heads of state right?", book)
    assert facts(result) == ["meeting-participants"] and result.parts[0].verdict == "no"


@pytest.mark.parametrize("question, fact", [
    ("when is the meeting? i read the article this morning but my memory is terrible", "meeting-date"),
    ("forgive my ignorance, but i do not keep up with the news as closely as i should. who is zelensky?", "who-is-zelensky"),
    ("thank you for your patience with a slow reader. where did this coalition meet until now?", "previous-meetings"),
])
def test_remarks_about_the_reader_around_a_question_are_no_part_of_it(book, question, fact):
    """Reading the article is no hearsay; "but i ..." is still the reader; "this coalition" points back to nothing."""
    assert facts(respond(question, book)) == [fact]


def test_a_question_after_and_i_is_still_a_question(book):
    """"..., and i wondered which day": no remark about the reader, though it opens "and i"."""
    result = respond("i hope you are well, and i wondered which day the meeting will be held", book)
    assert facts(result) == ["meeting-date"]


@pytest.mark.parametrize("question, fact", [
    ("what role does the article give america vis-a-vis ukraine and russia?", "us-role"),
    ("is the april 4 meeting envisaged as a military-level gathering?", "meeting-participants"),
    ("what was the content of the exchange between zelensky and starmer?", "starmer-call"),
    ("how large is the coalition, insofar as the report allows us to tell?", "coalition-size"),
])
def test_the_analysts_register_is_read_plainly(book, question, fact):
    assert facts(respond(question, book)) == [fact]


def test_a_quick_check_before_a_claim_is_no_part_of_it(book):
    result = respond("quick check - the coalition meets in ukraine on saturday, right?", book)
    assert facts(result) == ["meeting-date"] and result.parts[0].verdict == "no"


def test_what_a_thing_is_for_before_a_comma_and_another_question(book):
    assert facts(respond("what is the meeting in ukraine for, and who is going?", book)) == \
        ["meeting-purpose", "meeting-participants"]


def test_a_part_whose_own_words_pick_a_fact_far_ahead_is_read_alone_not_as_another_subject(book):
    """"call" names the Starmer call's subject, but "why ... call it the first in-depth one" is its own question."""
    result = respond("what is the meeting for, and why would zelensky call it the first in-depth one?", book)
    assert facts(result) == ["meeting-purpose", "first-in-depth"]


@pytest.mark.parametrize("question, fact", [
    ("which countries are named as leading the alliance?", "coalition-leaders"),
    ("while europe argues about troops, what is washington doing?", "us-role"),
])
def test_phrasings_around_the_question_are_read_plainly(book, question, fact):
    assert facts(respond(question, book)) == [fact]


def test_who_is_mentioned_in_the_article_after_an_office_is_no_who_question(book):
    result = respond("is keir starmer the uk pm who was mentioned in the story?", book)
    assert facts(result) == ["starmer-call"] and result.parts[0].verdict == "yes"


def test_a_handful_is_a_few(book):
    result = respond("only a handful of leaders were in paris, like six, right?", book)
    assert facts(result) == ["paris-summit"] and result.parts[0].verdict == "no"


def test_i_would_appreciate_someones_words_is_a_request_for_them(book):
    assert facts(respond("i'd really appreciate zelensky's own words on this, especially about the contingent", book)) == \
        ["zelensky-quote"]


@pytest.mark.parametrize("question, fact", [("i am a retired engineer: what plane is in the picture?", "f16"),
                                            ("i'm a student of politics: who leads the coalition?", "coalition-leaders"),
                                            ("I'm a journalist by training: when did zelensky and starmer speak?",
                                             "starmer-call")])
def test_who_the_reader_is_before_a_colon_is_no_part_of_the_question(book, question, fact):
    assert facts(respond(question, book)) == [fact]


@pytest.mark.parametrize("question, fact", [("who r goin to the meeting on fri?", "meeting-participants"),
                                            ("wat r they gonna discuss on fri", "meeting-purpose")])
def test_fri_is_friday_and_goin_to_the_meeting_is_attending(book, question, fact):
    assert facts(respond(question, book)) == [fact]


def test_a_1st_before_in_depth_counts_meetings_not_a_date(book):
    result = respond("would that be their 1st in depth meeting then?", book)
    assert facts(result) == ["first-in-depth"] and result.parts[0].verdict == "yes"


def test_i_would_be_grateful_to_know_frames_the_question(book):
    assert facts(respond("i'd be very grateful if you could tell me who leads the coalition", book)) == ["coalition-leaders"]


@pytest.mark.parametrize("question, verdict", [
    ('a forum post: "the coalition meets in ukraine on saturday". does the story say so?', "no"),
    ('Someone wrote "the coalition is meeting on friday." Confirmed by the report?', "yes"),
])
def test_a_quoted_claim_checked_against_the_article_is_a_yes_no_question(book, question, verdict):
    result = respond(question, book)
    assert facts(result) == ["meeting-date"] and result.parts[0].verdict == verdict


@pytest.mark.parametrize("question", ["for what date is the coalition meeting set?", "so the talks are for what day"])
def test_for_what_before_a_date_noun_asks_when_not_why(book, question):
    """'for what X' asks which X; only a bare 'for what' (or 'what for') asks the purpose."""
    result = respond(question, book)
    assert facts(result) == ["meeting-date"]


def test_who_said_a_claim_asks_the_speaker_and_keeps_the_question_word(book):
    """'X said the meeting ..., what ...' drops the speaker; a question word in the speaker's place is the question."""
    result = respond("who said there will be a meeting, and which country is it in?", book)
    assert facts(result) == ["announced-by", "meeting-place"]


@pytest.mark.parametrize("question", ["the coalition meeting is in paris, yeah?", "so their meeting is in paris?"])
def test_a_present_claim_put_as_a_statement_places_the_coming_meeting(book, question):
    """'the meeting is in paris, right?' claims what 'is the meeting in paris?' does: the coming meeting's
    place (No), not the past summit that was in Paris (Yes)."""
    result = respond(question, book)
    assert facts(result) == ["meeting-place"] and result.parts[0].verdict == "no"


@pytest.mark.parametrize("question", ["it was the french president who announced it?", "that was macron who announced it?"])
def test_a_cleft_claim_put_as_a_statement_is_checked(book, question):
    """'it was X who announced it?' claims what 'was it X who announced it?' does."""
    result = respond(question, book)
    assert facts(result) == ["announced-by"] and result.parts[0].verdict == "no"


@pytest.mark.parametrize("message, fact, verdict", [
    ("i thought the coalition meets on a saturday", "meeting-date", "no"),
    ("I was told france and the uk lead it", "coalition-leaders", "yes"),
])
def test_a_belief_stated_without_a_question_mark_is_checked(book, message, fact, verdict):
    result = respond(message, book)
    assert facts(result) == [fact] and result.parts[0].verdict == verdict


def test_a_belief_about_oneself_is_not_a_claim_about_the_story(book):
    assert respond("i think i get it now, thanks", book).small_talk


@pytest.mark.parametrize("question", ["was it the german chancellor who announced the meeting?",
                                      "the polish prime minister announced it, right?"])
def test_a_countrys_office_holder_is_a_person_the_premise_names(book, question):
    """'the german chancellor' is a person (not the story's): claimed as the announcer, the story says No."""
    result = respond(question, book)
    assert facts(result) == ["announced-by"] and result.parts[0].verdict == "no"


@pytest.mark.parametrize("message, fact", [
    ("The plane behind Zelensky in that picture fascinated my daughter. What model is it?", "f16"),
    ("Folks online keep mocking the coalition of the willing. Who is leading it, then?", "coalition-leaders"),
])
def test_a_remark_naming_a_thing_of_the_story_lends_the_thing_not_its_other_words(book, message, fact):
    """'fascinated', 'mocking': the asker's words in the remark before the question are not asked about."""
    assert facts(respond(message, book)) == [fact]


def test_a_remark_that_denies_keeps_its_words(book):
    """'nobody would dare meeting in ukraine': what is denied is no claim of the question's to confirm."""
    result = respond("I doubt they will truly gather in Ukraine, nobody would chance it. Isn't it really going to take place in Poland?", book)
    assert not any(p.verdict == "yes" for p in result.parts)


@pytest.mark.parametrize("question", ["in which place was that picture shot?", "where did they take the photo of zelensky"])
def test_where_asked_of_a_fact_that_names_no_place_is_the_storys_silence(book, question):
    """The caption dates the photo and names no place: 'where?' gets "the story doesn't say", with what it says."""
    result = respond(question, book)
    assert not result.answered and result.parts and result.parts[0].fact.id == "photo"


@pytest.mark.parametrize("question", ["where does that picture come from?", "фотка звідки"])
def test_where_a_thing_is_from_asks_its_source(book, question):
    result = respond(question, book)
    assert result.answered and facts(result) == ["photo"]


@pytest.mark.parametrize("question", ["is that pic at the top from the summit in paris?",
                                      "was the image at the top taken during the paris summit?"])
def test_the_event_a_thing_comes_from_follows_the_last_such_preposition(book, question):
    """'the pic at the top': where the picture stands; 'from the summit in paris': its event."""
    result = respond(question, book)
    assert facts(result) == ["photo"] and result.parts[0].verdict == "no"


def test_a_greeting_and_a_remark_about_oneself_is_small_talk(book):
    """No question asked: the bot greets back, it does not summarise the story unasked."""
    result = respond("Hi there! My class is going through the news of the week today.", book)
    assert result.small_talk and not result.parts


def test_a_coming_trip_after_an_event_is_no_question_of_the_order_of_past_events(book):
    """'will zelensky go back to paris after the meeting?' is a plan the story never mentions, not 'was
    the Paris summit after the meeting?' (No)."""
    result = respond("will zelensky travel to paris again after the meeting in ukraine?", book)
    assert not any(p.verdict for p in result.parts)


@pytest.mark.parametrize("question", ["will zelensky head back to paris after friday's meeting?",
                                      "is starmer heading to kyiv for it?"])
def test_heading_somewhere_is_going_not_leading(book, question):
    """'head' leads in 'who heads the coalition'; 'head back to', 'heading to' go somewhere."""
    result = respond(question, book)
    assert not any(p.verdict == "yes" for p in result.parts) and "who-is-zelensky" not in facts(result)


@pytest.mark.parametrize("message, fact", [
    ("which countries are taking part on friday, or is that all just empty rhetoric?", "meeting-participants"),
    ("what will the teams actually work on there, or is it just a photo op?", "meeting-purpose"),
])
def test_or_is_it_all_talk_is_the_askers_doubt_not_a_second_question(book, message, fact):
    """'..., or is it all just talk?': 'talk' is no discussion the story reports (the Starmer call)."""
    assert facts(respond(message, book)) == [fact]


@pytest.mark.parametrize("message", ["can I get the three-line version of this?", "send me a 2 sentence recap of the article"])
def test_a_summary_of_n_lines_asks_for_the_summary_not_a_count(book, message):
    """'two-sentence version': the length of the reply wanted, not two of anything in the story."""
    assert facts(respond(message, book)) == ["summary"]


def test_only_x_and_never_y_says_one_claim_twice_not_a_negated_question(book):
    """'they only met online and never face to face?': the story says they also met in other countries: No."""
    result = respond("so the coalition has only met online and never in person?", book)
    assert facts(result) == ["previous-meetings"] and result.parts[0].verdict == "no"


@pytest.mark.parametrize("message, verdict", [
    ("Someone posted: 'Germany and Italy lead the coalition.' Is that true?", "no"),
    ("My uncle's post says 'the U.K. and France are the coalition's leaders'. Can you confirm?", "yes"),
])
def test_a_claim_in_single_quotes_and_a_check_of_it_is_a_yes_no_question(book, message, verdict):
    result = respond(message, book)
    assert facts(result) == ["coalition-leaders"] and result.parts[0].verdict == verdict


@pytest.mark.parametrize("message", ["Cheers, that was useful, my nan will be pleased.",
                                     "Many thanks, you made my evening easier."])
def test_thanks_with_a_remark_that_asks_nothing_of_the_story_is_small_talk(book, message):
    result = respond(message, book)
    assert result.small_talk and not result.parts


@pytest.mark.parametrize("message", ["Thank you.", "thank you!!", "Thank you, that helps."])
def test_thank_you_is_thanks_not_a_question_about_the_bot(book, message):
    """'thank you' has 'you' in it, but asks nothing of the bot: "You're welcome", not the bot's introduction."""
    assert respond(message, book).small_talk == "thanks"


@pytest.mark.parametrize("message", ["Thanks, that covers both of the things I asked.",
                                     "ok thank you, this clears up the meeting question",
                                     "great thanks, that's everything I needed on the summit"])
def test_a_remark_on_the_reply_beside_thanks_is_small_talk_though_it_names_the_story(book, message):
    """'that covers ...', 'this clears up ...': the reply is what is spoken of, nothing is asked."""
    result = respond(message, book)
    assert result.small_talk == "thanks" and not result.parts


def test_a_statement_beside_thanks_that_names_a_place_is_still_read(book):
    result = respond("Thanks. That meeting is in Kyiv?", book)
    assert result.parts


def test_thanks_with_an_off_topic_question_still_gets_the_honest_fallback(book):
    result = respond("thanks lol, who won the football last night", book)
    assert not result.small_talk and not result.answered


@pytest.mark.parametrize("message", ["did delegates from 31 states meet at the paris summit?",
                                     "Did the leaders of 31 nations get together at the summit in Paris?"])
def test_meeting_at_an_event_is_that_event_not_another_meeting_said_to_come_from_it(book, message):
    """'did leaders meet at the paris summit?': the meeting there is the summit itself, not the coming meeting."""
    result = respond(message, book)
    assert facts(result) == ["paris-summit"] and result.parts[0].verdict == "yes"


@pytest.mark.parametrize("message", ["the caption says that was back in 2023, yeah?",
                                     "The photo says this happened in June 2024, correct?"])
def test_what_the_caption_says_is_the_photo_s_claim_not_hearsay_to_strip(book, message):
    """'the caption says that was in 2023': the caption is the subject; without it 'that' is nothing."""
    result = respond(message, book)
    assert facts(result) == ["photo"] and result.parts[0].verdict == "no"


@pytest.mark.parametrize("message", [
    "Can I have the bit where Zelensky talks about a narrow circle, quoted exactly?",
    "what were zelensky's precise words on the prepared proposals",
    "I need the literal wording he used about the contingent for a caption.",
    "Send me the exact quote from Zelensky about who is taking part on Friday.",
])
def test_a_request_for_someone_s_own_words_gets_the_quote(book, message):
    """'the bit where he talks about X', 'his precise words on X': what exactly he said, not a where or who."""
    assert facts(respond(message, book)) == ["zelensky-quote"]


@pytest.mark.parametrize("message", [
    "Could you give me a quick recap of this article for my grandmother?",
    "Boil this story down for a ten-year-old, please.",
    "Writing tonight's newsletter now. Can I get an overview of the piece in a few sentences?",
])
def test_the_story_in_short_for_someone_is_the_summary(book, message):
    """Who the summary is for ('for a ten-year-old', 'for my newsletter') and the asker's own day ('tonight')
    ask nothing of the story."""
    assert facts(respond(message, book)) == ["summary"]


def test_a_summary_of_one_part_of_the_story_is_not_the_whole_summary(book):
    result = respond("give me a recap of what the article says about the paris summit", book)
    assert facts(result) != ["summary"]


@pytest.mark.parametrize("message", [
    "Danke! You explain things so clearly.",
    "ok so are you a program? you type faster than my son lol",
    "Is it alright if I share you with my book club?",
    "Much obliged, bot. Have a great one!",
])
def test_remarks_said_to_the_bot_with_nothing_of_the_story_are_small_talk(book, message):
    result = respond(message, book)
    assert result.small_talk and not result.parts


@pytest.mark.parametrize("message", ["can you recommend a good pizza place?",
                                     "in your opinion, will the coalition really send soldiers?"])
def test_a_request_or_an_opinion_asked_of_the_bot_still_gets_the_honest_fallback(book, message):
    result = respond(message, book)
    assert not result.small_talk and not result.answered


@pytest.mark.parametrize("message", ["is the work based on proposals from kyiv or from london?"])
def test_the_alternative_the_answer_rules_out_is_no_unknown_word(book, message):
    """'proposals from ukraine or from britain?': the answer names one side; the other is what it rules out."""
    result = respond(message, book)
    assert facts(result) == ["meeting-purpose"] and not result.parts[0].verdict


@pytest.mark.parametrize("message", ["was the piece out on april 1st or 2nd", "is this story from april 1st or 3rd?"])
def test_two_days_of_one_month_offered_as_alternatives_are_both_dates(book, message):
    """'april 1st or 2nd?': April 2, not two of something; the answer says which (no Yes or No)."""
    result = respond(message, book)
    assert facts(result) == ["published"] and not result.parts[0].verdict


def test_a_language_is_not_its_country(book):
    """'in english or in ukrainian?': the story does not say which language he spoke; not the U.K.'s troops."""
    assert not respond("were his remarks given in russian or in ukrainian?", book).answered


@pytest.mark.parametrize("message", ["ok its military people meeting, not heads of state?", "so its military people meeting, not presidents?"])
def test_its_opening_a_clause_is_it_is(book, message):
    """'so its military teams?': a claim to check, not the possessive 'its'."""
    result = respond(message, book)
    assert facts(result) == ["meeting-participants"] and result.parts[0].verdict == "yes"


@pytest.mark.parametrize("message", ["Setting aside the jets, who is going to the meeting on Friday?",
                                     "totally unrelated to the photo: who is attending friday's meeting?"])
def test_what_the_asker_sets_aside_first_is_not_the_topic(book, message):
    assert facts(respond(message, book)) == ["meeting-participants"]


def test_how_long_something_runs_asks_its_duration_not_who_runs_it(book):
    result = respond("when is friday's meeting and how long will it run for?", book)
    assert facts(result) == ["meeting-date", "meeting-time"] and result.parts[1].kind is not Kind.ANSWER


@pytest.mark.parametrize("message", ["Please verify: Zelensky described this as the first in-depth meeting?",
                                     "check for me: zelensky called it the first in-depth meeting, right?"])
def test_a_request_to_confirm_labels_the_claim_and_is_no_announcement(book, message):
    """'confirm for me: X?': the claim is X; 'confirm' is not the announcement of the meeting."""
    result = respond(message, book)
    assert facts(result) == ["first-in-depth"] and result.parts[0].verdict == "yes"


@pytest.mark.parametrize("message", ["Who will be at Friday's meeting? Does the piece name them?",
                                     "who's coming friday? does the article even mention them?"])
def test_does_the_article_name_them_asks_who_they_are_not_what_the_story_is_about(book, message):
    assert facts(respond(message, book)) == ["meeting-participants"]


@pytest.mark.parametrize("message, verdict", [("so france has already sent soldiers to ukraine?", "no"),
                                              ("has britain already pledged to send troops?", "yes")])
def test_what_the_story_says_is_only_promised_is_not_already_done(book, message, verdict):
    result = respond(message, book)
    assert facts(result) == ["troops-pledge"] and result.parts[0].verdict == verdict


def test_numbers_asks_how_many_like_number(book):
    """'troop numbers per country?': how many, which the story does not give; not who pledged."""
    assert not respond("troop numbers for each country that pledged?", book).answered


def test_a_press_conference_is_neither_the_press_nor_a_meeting(book):
    for message in ("is there a press conference planned after friday's meeting?", "will a news briefing follow the meeting?"):
        assert not respond(message, book).answered, message


@pytest.mark.parametrize("message", ["could you write my essay for me?", "can u just do my homework pls"])
def test_a_task_on_the_readers_own_thing_is_nothing_of_the_story(book, message):
    """'can you write my essay?': not who wrote the article."""
    result = respond(message, book)
    assert not result.answered


@pytest.mark.parametrize("message", ["will they gather in ukraine or in belgium?", "is friday's meeting in berlin or in ukraine"])
def test_the_fact_stating_one_of_the_places_offered_settles_which(book, message):
    """'in Ukraine or in Belgium?': the meeting's place (Ukraine) answers, not 'which city' (a gap)."""
    result = respond(message, book)
    assert facts(result) == ["meeting-place"] and result.kind is Kind.ANSWER


def test_the_reader_saying_they_are_confused_ends_the_question_before_it(book):
    """'is it on april 1 or april 4 im so lost my cousin said one thing ...': the remark about the reader
    (and what others said) is no part of the question (it got who announced the meeting)."""
    result = respond("is the meeting on april 1 or april 4 im totally lost my cousin said one thing and tv said another", book)
    assert facts(result) == ["meeting-date"]


@pytest.mark.parametrize("message, fact", [
    ("Does the piece mention the day of the meeting, and if so, which is it?", "meeting-date"),
    ("does the report name who leads the coalition? if so, who are they", "coalition-leaders")])
def test_does_it_say_x_and_if_so_what_asks_x(book, message, fact):
    """'Does the article give X, and if so, what is it?' asks X; 'what is it' alone leaned on nothing (it
    got the author and the summary)."""
    result = respond(message, book)
    assert facts(result) == [fact] and len(result.parts) == 1


@pytest.mark.parametrize("message, fact", [
    ("Seeing as the last summit was held in Paris, where will this one take place?", "meeting-place"),
    ("Considering that leaders of 31 nations met in March, who is the coalition led by?", "coalition-leaders")])
def test_a_premise_opening_with_given_that_is_no_part_of_the_question(book, message, fact):
    """'Given that X, <question>': X is what the reader takes as known; the question after it is asked."""
    assert facts(respond(message, book)) == [fact]


@pytest.mark.parametrize("message", ["I'm curious whether a truce has been agreed yet. Does the piece mention it?",
                                     "I wonder whether a ceasefire is in force yet. Does the article say?"])
def test_does_the_article_say_after_a_sentence_asks_that_sentence(book, message):
    """'X. Does the article say?' asks X of the article; alone, 'does the article say' got the summary."""
    assert facts(respond(message, book)) == ["ceasefire-status"]


@pytest.mark.parametrize("message", ["so what has the april 4 meeting accomplished?",
                                     "what did friday's session even deliver"])
def test_what_the_meeting_achieved_is_its_outcome_not_its_aim(book, message):
    """'what did the meeting achieve?' asks what came of it, which the story (written before) cannot say;
    'what do they want to achieve?' is still its purpose."""
    result = respond(message, book)
    assert result.kind is Kind.DECLINE and facts(result) == ["meeting-outcome"]


@pytest.mark.parametrize("message, verdict", [
    ("To verify: Zelensky said the coalition would meet on Friday. Right?", "yes"),
    ("zelensky said the meeting will be on a sunday, is that correct?", "no")])
def test_what_someone_said_then_checked_is_the_claim_they_made(book, message, verdict):
    """'X said the meeting would be on Friday. Right?' checks what X said, as 'did X say ...?' does:
    not whether X announced it on that day (which got No of a true claim)."""
    result = respond(message, book)
    assert facts(result) == ["meeting-date"] and result.parts[0].verdict == verdict


@pytest.mark.parametrize("message, fact", [("would you be so good as to tell me where they will meet?", "meeting-place"),
                                           ("Be good enough to say who leads the coalition.", "coalition-leaders")])
def test_so_good_as_to_is_a_polite_request(book, message, fact):
    """'would you be so good as to ...' is 'be so kind as to': no 'good' asked about."""
    assert facts(respond(message, book)) == [fact]


@pytest.mark.parametrize("message", ["who's the person claiming they will meet on friday?",
                                     "who asserts that the coalition is meeting in ukraine"])
def test_who_claims_it_is_who_said_it(book, message):
    """'who is claiming this?': who said so, not who takes part ('claim' frames a claim elsewhere)."""
    assert facts(respond(message, book)) == ["announced-by"]


@pytest.mark.parametrize("text, reading", [
    ("was the piece out before or after the gathering?", "when was the piece out relative to the gathering?"),
    ("did they talk before or after the summit", "when did they talk relative to the summit")])
def test_before_or_after_asks_when_not_of_earlier_meetings(text, reading):
    """'X before or after the meeting?' measures X against the meeting; 'before' alone would ask of the
    earlier meetings (and got them, with confidence, for 'was this published before or after ...?')."""
    assert rewrite(text) == reading


def test_a_story_published_before_or_after_the_meeting_is_its_publication(book):
    assert facts(respond("Was the text published before or after the meeting?", book)) == ["published"]


def test_is_he_an_office_after_who_a_person_is_asks_of_that_person_again(book):
    """'is he the president?' after who Zelensky is: read as 'is zelensky the president?' (who he is: Yes),
    not as his quote, which speaks of a president too."""
    result = respond("is he the president?", book, previous="who-is-zelensky")
    assert facts(result) == ["who-is-zelensky"] and result.parts[0].verdict == "yes"


def test_a_predicate_after_a_comma_belongs_to_the_question_before_it(book):
    """'which date, and which day of the week, has been given for it?': 'has been given ...' is no yes/no
    question of its own (it got who takes part, with confidence)."""
    result = respond("what date, and which day, has been named for the meeting?", book)
    assert facts(result) == ["meeting-date"] and len(result.parts) == 1


def test_a_participle_after_a_comma_is_the_predicate_of_the_question_before_it(book):
    """'who, exactly, has pledged soldiers?': 'has pledged soldiers' is no question of its own."""
    result = respond("who, exactly, has committed troops?", book)
    assert facts(result) == ["troops-pledge"] and len(result.parts) == 1


@pytest.mark.parametrize("message", ["Is Italy in this coalition, or has it been left out?",
                                     "is the u.s. in this coalition or was it excluded"])
def test_or_left_out_after_a_membership_claim_is_or_not(book, message):
    """'..., or has it been left out?' offers the claim's own negation, as 'or not' does: the story names
    no members beyond the two leaders, so no Yes or No about who leads."""
    result = respond(message, book)
    assert not (result.answered and result.parts[0].verdict), facts(result)


@pytest.mark.parametrize("message, fact", [("pls explain the whole situation like i am five", "summary"),
                                           ("can u explain everything to me in simple terms", "summary"),
                                           ("what did zelensky say? copy and paste his words", "zelensky-quote"),
                                           ("where do the americans fit in all of this?", "us-role")])
def test_chat_idioms_say_what_they_ask(book, message, fact):
    """'explain the whole thing like I'm 5' (the gist), 'copy paste it' (word for word), 'where's X in all
    this' (X's role)."""
    assert facts(respond(message, book)) == [fact]


def test_explain_it_after_a_question_is_still_that_question_not_the_gist(book):
    assert facts(respond("what happened in paris? explain it to me", book)) == ["paris-summit"]


@pytest.mark.parametrize("message", ["who made the announcement, starmer or zelensky?",
                                     "was it starmer or zelensky that announced the meeting"])
def test_people_offered_as_alternatives_are_the_answer_asked_not_the_topic(book, message):
    """'who said it, X or Y?': not the call between the two; who announced it."""
    assert facts(respond(message, book)) == ["announced-by"]


def test_people_offered_as_alternatives_leave_the_person_asked_about_as_the_topic(book):
    assert facts(respond("who spoke with starmer on march 31, zelensky or macron?", book)) == ["starmer-call"]


def test_did_x_say_this_or_was_it_y_is_not_a_claim_of_x(book):
    """'did zelensky say this or was it starmer': no clause after 'say', so no claim 'this or was it starmer'
    to confirm as Zelensky's; at least not the call between them with confidence."""
    result = respond("did starmer say this or was it zelensky", book)
    assert facts(result) in ([], ["announced-by"])


@pytest.mark.parametrize("message", ["would you write my paper on the meeting in ukraine?",
                                     "just finish my homework about the coalition pls",
                                     "could u do my coursework about the article"])
def test_a_task_on_the_readers_thing_is_not_answered_even_when_it_names_the_storys_things(book, message):
    """'write my paper on the meeting': a task asked of the bot, not where the meeting is; at most a did-you-mean."""
    result = respond(message, book)
    assert not result.answered and result.kind in (Kind.SUGGEST, Kind.FALLBACK)


def test_a_summary_asked_for_is_still_answered(book):
    assert facts(respond("could you write me a short summary of the story", book)) == ["summary"]


@pytest.mark.parametrize("message", ["who said it, zelenskyy?", "who said that, zelinsky?"])
def test_a_name_guessed_after_a_who_question_is_the_answer_asked_not_the_topic(book, message):
    """'who said this, zelensky?': who said it (the answer names him), not who Zelensky is."""
    assert facts(respond(message, book)) == ["announced-by"]


@pytest.mark.parametrize("message", ["so what is 'the coalition of the willing' according to this article?",
                                     'what is "the coalition of the willing" in the story, please?'])
def test_in_this_article_after_a_quoted_term_is_where_it_is_written_not_the_author(book, message):
    """A closing quote before 'in this article' (or a 'please' after it) still leaves the term as what is asked."""
    assert facts(respond(message, book)) == ["what-is-coalition"]


@pytest.mark.parametrize("message", ["how many nations belong to the coalition? or is it only 2?",
                                     "how many countries are in the coalition, like two?"])
def test_a_number_guessed_after_a_how_many_question_is_the_answer_asked_not_a_claim(book, message):
    """'how many are in it? or is it just two?': the count asked, not which two countries lead it."""
    assert facts(respond(message, book)) == ["coalition-size"]


@pytest.mark.parametrize("message, fact", [
    ("was the piece published on april 4, the same day as the meeting?", "published"),
    ("did leaders meet in paris on april 4 (same day as the ukraine meeting)?", "paris-summit"),
    ("so the meeting is on april 1st, same day it was announced?", "meeting-date")])
def test_the_same_day_as_another_event_is_a_comparison_not_the_thing_asked(book, message, fact):
    """The date named is the claim about the thing asked; the event it is compared with is not its subject."""
    result = respond(message, book)
    assert facts(result) == [fact] and result.parts[0].verdict == "no"


@pytest.mark.parametrize("message", ["ok cool, got to run", "thanks!! have to go now", "god bless, slava ukraini"])
def test_leaving_and_blessings_are_small_talk_not_who_runs_the_coalition(book, message):
    """'gotta run' is leaving ('run' is otherwise 'lead'); a blessing is thanks, not a question about Ukraine."""
    assert respond(message, book).kind is Kind.SMALL_TALK


def test_a_sentence_giving_the_askers_reason_asks_nothing(book):
    """'... ? Because if not, what's the point?': the reason for the question before it, not the purpose asked."""
    result = respond("Will Russia accept the plan? Because if not, what is the point?", book)
    assert facts(result) == ["russia-position"] and not result.answered  # the story's silence, and nothing more


@pytest.mark.parametrize("message", ["they're meeting in berlin this time, not in ukraine?",
                                     "so the meeting is in paris, not in kyiv?"])
def test_a_place_claimed_then_set_against_another_is_the_claim(book, message):
    """'in Berlin, not in Ukraine?': the place claimed is Berlin; the story says Ukraine, so No."""
    result = respond(message, book)
    assert facts(result) == ["meeting-place"] and result.parts[0].verdict == "no"


@pytest.mark.parametrize("message, fact", [("where has the coalition met so far? only in paris?", "previous-meetings"),
                                           ("when do they meet? on saturday?", "meeting-date")])
def test_a_guess_after_a_question_is_what_the_answer_confirms_or_corrects_not_the_topic(book, message, fact):
    """'where did they meet? always in paris?': the place asked, answered whole, not a did-you-mean on Paris."""
    assert facts(respond(message, book)) == [fact]


def test_a_question_pointing_at_this_or_that_does_not_point_at_the_remark_after_it(book):
    """'Is that an F-16 ...? That looks amazing.': the remark after the question is an aside to it."""
    assert facts(respond("Is that an F-16 behind the president in the photo? That looks amazing.", book)) == ["f16"]


@pytest.mark.parametrize("message", ["two sentences max: who wrote this?", "One line please - who wrote the article?"])
def test_a_length_asked_before_the_question_is_how_to_answer_not_what_is_asked(book, message):
    assert facts(respond(message, book)) == ["author"]


@pytest.mark.parametrize("message, fact", [
    ("what is zelensky getting at with the ukrainian proposals he mentions?", "meeting-purpose"),
    ("which countries does he mean by a narrow circle?", "meeting-participants"),
    ("give me zelensky's words on the ukrainian proposals, word for word", "zelensky-quote"),
    ("what did the president say verbatim about consultations?", "zelensky-quote")])
def test_what_he_spoke_about_is_the_topic_and_his_words_only_when_the_words_are_asked(book, message, fact):
    """The fact quoting the one passage answers what it is about; all his words only when words are asked."""
    assert facts(respond(message, book)) == [fact]


def test_a_people_named_in_the_plural_is_their_country(book):
    """'the germans lead it, right?': a claim about Germany, which the story's leaders (France, the U.K.) deny."""
    result = respond("so the germans are leading the coalition?", book)
    assert facts(result) == ["coalition-leaders"] and result.parts[0].verdict == "no"


def test_an_example_after_the_question_is_part_of_it_not_an_aside(book):
    """'..., say in asia?': the example is what is asked about; the story never mentions Asia, so no Yes."""
    result = respond("Did the coalition ever meet outside Europe, say in Asia?", book)
    assert not any(p.verdict == "yes" for p in result.parts)


@pytest.mark.parametrize("message, fact", [("did the president say who will be there on friday?", "meeting-participants"),
                                           ("has zelensky mentioned where they are meeting?", "meeting-place")])
def test_did_he_say_which_asks_the_embedded_question_not_whether_he_said_it(book, message, fact):
    """'did zelensky say which countries ... on the 4th?': which ones, not a claim about the day he spoke."""
    result = respond(message, book)
    assert facts(result) == [fact] and result.parts[0].verdict == ""


@pytest.mark.parametrize("message", ["Please confirm the meeting is on Saturday.", "can you please confirm they meet on sunday?"])
def test_confirm_opening_a_claim_labels_it_and_is_no_announcement(book, message):
    """'Confirm the meeting is this Thursday?': the claim is the meeting's day (No: Friday), not who announced it."""
    result = respond(message, book)
    assert facts(result) == ["meeting-date"] and result.parts[0].verdict == "no"


@pytest.mark.parametrize("message", ["is this story from april 4?", "was the article dated the 4th of april?"])
def test_a_date_claimed_of_the_article_is_judged_by_its_publication_not_the_meeting_of_that_date(book, message):
    """'the April 4 meeting' shares the date's words: the date is the claim, the article what it is about (No: April 1)."""
    result = respond(message, book)
    assert facts(result) == ["published"] and result.parts[0].verdict == "no"


@pytest.mark.parametrize("message", ["per the story, when and where will the coalition meet?",
                                     "Going by the article, when and where is the coalition meeting?"])
def test_per_the_article_opening_a_question_names_its_source_not_a_question_of_its_own(book, message):
    """'Per the piece, when and where ...': both question words share the question, none asks of the article."""
    assert facts(respond(message, book)) == ["meeting-date", "meeting-place"]


@pytest.mark.parametrize("message", ["Two points: what date was the Paris summit, and who leads the coalition?",
                                     "3 items - when was the paris summit and who leads the coalition"])
def test_a_count_of_points_before_questions_labels_them_and_asks_nothing(book, message):
    """'Two points:' announces how many questions follow; its words are no purpose or number asked."""
    assert facts(respond(message, book)) == ["paris-summit", "coalition-leaders"]


@pytest.mark.parametrize("message", ["will they meet in london, just like the previous meeting?",
                                     "is the coalition meeting in paris like last time?"])
def test_a_claim_compared_with_an_earlier_event_is_a_claim_about_this_one(book, message):
    """'..., like the last one?': the comparison presupposes; the claim (a city other than Ukraine) gets No."""
    result = respond(message, book)
    assert facts(result) == ["meeting-place"] and result.parts[0].verdict == "no"


@pytest.mark.parametrize("message", ["Could the meeting be held in Berlin, just as the previous summit was?",
                                     "am i right they're meeting in brussels again, the same as before?",
                                     "Are the delegates convening in Rome, as they did in March?",
                                     "Will they gather in Madrid, as at the last summit?"])
def test_a_comparison_with_what_was_done_before_presupposes_and_the_claim_is_of_this_meeting(book, message):
    """'as the previous summit was', 'the same as before', 'as they did in March': the claim is still of
    this meeting, whatever opens it ("am I right", "could")."""
    result = respond(message, book)
    assert facts(result) == ["meeting-place"] and result.parts[0].verdict == "no"


@pytest.mark.parametrize("message, fact", [("what are the principal nations in the coalition?", "coalition-leaders"),
                                           ("who is chief in this group?", "coalition-leaders"),
                                           ("which states are the key of the coalition", "coalition-leaders"),
                                           ("what's the main point of the story?", "summary")])
def test_the_main_countries_of_a_group_are_the_ones_leading_it(book, message, fact):
    """'the main countries', 'who is chief in it': who leads; 'the main point' is still the gist."""
    assert facts(respond(message, book)) == [fact]


@pytest.mark.parametrize("message, fact", [
    ("my aunt reckons the paris summit happened in january. when did it really take place?", "paris-summit"),
    ("someone told me the meeting is next month, when is it actually", "meeting-date")])
def test_a_date_believed_then_asked_again_is_corrected_not_a_span(book, message, fact):
    """'X was in January, when was it actually?': the date said is what the reader wants corrected; it does
    not rule the event out as a span ('when is the meeting after april 4?') does."""
    assert facts(respond(message, book)) == [fact]


@pytest.mark.parametrize("message", ["Has the coalition been getting together in Ukraine all along?",
                                     "up until now, did they hold their meetings in ukraine?",
                                     "did they meet in lviv so far?"])
def test_so_far_and_all_along_ask_of_the_earlier_meetings_like_before(book, message):
    """'all along', 'up until now', 'so far' are 'before' in other words: the earlier meetings judge the
    claim (No: this is the first in Ukraine), not the coming meeting's place or city."""
    result = respond(message, book)
    assert facts(result) == ["previous-meetings"] and result.parts[0].verdict == "no"


@pytest.mark.parametrize("message", ["will the april 4 gathering be held online?", "is friday's session a zoom call?"])
def test_the_coming_meeting_said_to_be_virtual_gets_no_from_its_place(book, message):
    """The earlier meetings were partly virtual; the coming one is a visit to Ukraine: No, from its place,
    and the earlier meetings are no rival once the question is seen to ask of the coming one."""
    result = respond(message, book)
    assert facts(result) == ["meeting-place"] and result.parts[0].verdict == "no"


@pytest.mark.parametrize("message, verdict", [("the meeting is in ukraine ya?", "yes"), ("its on a monday yep?", "no"),
                                              ("the summit in paris had like 50 countries yup", "no")])
def test_a_chat_yes_tag_after_a_statement_makes_it_a_claim(book, message, verdict):
    """'..., ya?' / 'yep' / 'yup' closes a claim like 'right?': judged Yes or No, not answered plainly."""
    result = respond(message, book)
    assert result.parts[0].verdict == verdict


@pytest.mark.parametrize("message", ["give me the exact words zelensky used about countries ready to deploy a contingent",
                                     "what exactly did zelensky say about the military teams of several countries?"])
def test_asking_for_the_words_makes_the_fact_about_some_of_them_no_rival_to_all_of_them(book, message):
    """Words asked for ('exact words', 'exactly did he say'): all of Zelensky's words, not a did-you-mean
    between them and the fact whose sentence they include."""
    assert facts(respond(message, book)) == ["zelensky-quote"]


@pytest.mark.parametrize("message", ["has the coalition gathered in odesa before?", "they met in lviv before, didn't they?"])
def test_a_city_of_ukraine_met_in_before_is_denied_by_the_first_meeting_in_ukraine(book, message):
    """The story calls April 4 the coalition's first meeting in Ukraine: any Ukrainian city before it is No."""
    result = respond(message, book)
    assert facts(result) == ["previous-meetings"] and result.parts[0].verdict == "no"


def test_a_guess_closing_a_question_with_i_assume_is_settled_by_the_answer(book):
    """'..., I assume.' after a question is the asker's guess: no words of it to match or misspell."""
    result = respond("Where were the earlier meetings? Some fancy palace in Brussels, I imagine.", book)
    assert facts(result) == ["previous-meetings"]


def test_what_the_asker_needs_is_what_a_short_question_after_it_asks(book):
    """'I need X. What is it?': X is the question ('it' points back at it)."""
    result = respond("i need the name of whoever wrote this. who is it?", book)
    assert facts(result) == ["author"]


def test_wens_is_when_is(book):
    """'wens' (when's typed without its apostrophe, as 'wats' is what's) asks when."""
    assert facts(respond("wens the coalition mtg in ukraine", book)) == ["meeting-date"]


def test_a_pronoun_in_a_later_part_ties_it_to_the_part_before(book):
    """'... the paris summit - who met there and when?': 'there' is the summit; not the coming meeting's people and date."""
    result = respond("what happened at the paris summit - who met there and when?", book)
    assert set(facts(result)) == {"paris-summit"}


@pytest.mark.parametrize("message", ["which countries are going to help us?", "will anyone defend us if russia attacks again"])
def test_us_after_help_or_defend_is_the_pronoun_not_the_united_states(book, message):
    """'help us': the asker's people, not the U.S.; nothing about what the U.S. is doing is answered."""
    result = respond(message, book)
    assert not {"us-role", "us-in-coalition"} & set(facts(result) + [f.id for f in result.suggestions])


def test_the_us_in_lowercase_is_still_the_country(book):
    assert facts(respond("wait what is the us doing for us in all this", book)) == ["us-role"]


@pytest.mark.parametrize("message, fact", [("where did the american and ukrainian officials talk last month?", "saudi-talks"),
                                           ("which city hosted the summit of leaders last month?", "paris-summit")])
def test_the_words_of_a_date_are_no_unknown_words(book, message, fact):
    """'last month' is a date the premise check can judge; 'month' unknown to the book blocks nothing."""
    assert facts(respond(message, book)) == [fact]


def test_in_the_meantime_is_a_filler_like_meanwhile(book):
    assert facts(respond("what is washington up to in the meantime?", book)) == ["us-role"]


@pytest.mark.parametrize("message", ["so the coalition already got together in kyiv before this?", "they met in lviv last month already, right?"])
def test_a_coming_fact_silent_on_before_gives_way_however_it_scores(book, message):
    """'did they already meet in kyiv before?': not the coming meeting's unnamed city, but the earlier
    meetings, which were outside Ukraine (No)."""
    result = respond(message, book)
    assert facts(result) == ["previous-meetings"] and result.parts[0].verdict == "no"


@pytest.mark.parametrize("message, expected", [("writer & date?", ["author", "published"]),
                                               ("purpose plus location pls", ["meeting-purpose", "meeting-place"])])
def test_things_asked_by_name_only_are_each_a_question(book, message, expected):
    """'author n date pls': a list of things asked by their names alone, each answered in turn (the date
    after the writer is the article's)."""
    assert facts(respond(message, book)) == expected


@pytest.mark.parametrize("message", ["so its on sat?", "meeting is on wed right"])
def test_a_weekday_abbreviation_that_is_also_a_word_still_dates_the_claim(book, message):
    """'sat' is a verb in 'they sat down', Saturday in 'on sat': a claim of the day gets its No (Friday)."""
    result = respond(message, book)
    assert facts(result) == ["meeting-date"] and result.parts[0].verdict == "no"


@pytest.mark.parametrize("message", ["hallo 🙂", "heyy", "hii!!"])
def test_greetings_spelled_as_people_type_them_are_small_talk(book, message):
    assert respond(message, book).kind is Kind.SMALL_TALK


@pytest.mark.parametrize("message, verdict", [
    ("My aunt thinks the meeting is on a Sunday. Is that consistent with the article?", "no"),
    ("Checking a tweet: the coalition meets in Ukraine on April 4. Does that match what the story says?", "yes")])
def test_consistent_with_the_article_closes_a_claim_and_checking_a_post_labels_one(book, message, verdict):
    """'Is that consistent with the article?', 'does that match ...': the claim before is judged."""
    result = respond(message, book)
    assert facts(result) == ["meeting-date"] and result.parts[0].verdict == verdict


@pytest.mark.parametrize("message", ["Perfect, thanks, that's just what I needed for Friday's lesson.",
                                     "Thanks so much, this is what I needed for Monday."])
def test_thanks_naming_the_askers_own_day_is_small_talk(book, message):
    """No question mark, a thanks, and a weekday of the asker's own plans: nothing of the story asked."""
    assert respond(message, book).kind is Kind.SMALL_TALK


@pytest.mark.parametrize("message", ["who rang up zelensky to talk about the meeting?", "which leader dialled zelensky on march 31?"])
def test_ringing_and_dialling_someone_is_calling_them(book, message):
    assert facts(respond(message, book)) == ["starmer-call"]


def test_in_this_context_at_the_end_is_where_it_is_asked_not_what(book):
    assert facts(respond("what does 'coalition of the willing' mean in this specific context?", book)) == ["what-is-coalition"]


@pytest.mark.parametrize("message", ["I should like to know who wrote this piece.", "id love to know who wrote this"])
def test_i_should_like_to_know_frames_the_question_it_opens(book, message):
    """'I should like to know who ...': the asker's frame, not a remark about the asker to be set aside."""
    assert facts(respond(message, book)) == ["author"]


@pytest.mark.parametrize("message", ["hey any news on the coalition?", "got any updates regarding the coalition of the willing?"])
def test_any_news_on_a_subject_asks_what_the_story_says_not_who_wrote_it(book, message):
    """'any news on X' reads 'news' as the article: never its author as a confident answer."""
    result = respond(message, book)
    assert "author" not in facts(result)


@pytest.mark.parametrize("message", ["is friday's meeting virtual or in person?", "will the coalition meeting be held online?"])
def test_a_question_about_the_coming_meeting_is_not_answered_by_the_earlier_meetings(book, message):
    """'virtual' is a word of the earlier meetings; asked of Friday's meeting it gets no Yes from them."""
    result = respond(message, book)
    assert facts(result) != ["previous-meetings"] and not any(p.verdict == "yes" for p in result.parts)


@pytest.mark.parametrize("message, expected", [
    ("whats the meeting in ukraine for what will they do there", ["meeting-purpose"]),
    ("where will they meet when will they meet", ["meeting-place", "meeting-date"]),
    ("who wrote the piece what day did it come out", ["author", "published"]),
])
def test_two_questions_typed_without_a_stop_are_each_answered(book, message, expected):
    """A question word and its verb after a whole question start a new one ("... what will they do")."""
    assert facts(respond(message, book)) == expected


@pytest.mark.parametrize("message", ["the countries who are sending troops, which are they?",
                                     "do you know who is leading the coalition"])
def test_a_relative_or_embedded_question_word_does_not_split_a_question(book, message):
    """"the countries who are sending" and "know who is" keep one question."""
    assert len(respond(message, book).parts) == 1


@pytest.mark.parametrize("message, expected", [
    ("my brother talks about nothing else at dinner lately could you tell me who announced it", ["announced-by"]),
    ("omg huge news who is leading it", ["coalition-leaders"]),
    ("hey alexa no wait i mean who wrote the article", ["author"]),
    ("who announced it (asking for my dad, he is curious)", ["announced-by"]),
    ("Could you tell me what Mr. Starmer discussed with Zelensky?", ["starmer-call"]),
    ("when was it published i forgot", ["published"]),
])
def test_chatter_around_a_run_on_question_is_no_part_of_it(book, message, expected):
    """Chatter before a request, an exclamation, a self-correction, an aside in brackets, a title's full
    stop and a remark about the reader after the question leave the question as it was asked."""
    assert facts(respond(message, book)) == expected


def test_brackets_naming_a_thing_of_the_story_stay_in_the_question(book):
    assert facts(respond("when is the meeting (the one in ukraine)?", book)) == ["meeting-date"]


def test_a_run_on_question_about_the_readers_own_thing_is_still_declined(book):
    """"my son's club meets on friday can you tell me when": the pronoun still points to the club."""
    result = respond("my sons football club has a match this weekend can you tell me when it starts", book)
    assert result.kind is not Kind.ANSWER


@pytest.mark.parametrize("message", ["Could you remind me who Mr. Zelensky is? I always mix up names.", "who is mr. zelensky"])
def test_a_titles_full_stop_ends_no_sentence(book, message):
    assert facts(respond(message, book)) == ["who-is-zelensky"]


@pytest.mark.parametrize("message", ["so its basically run by the usa?", "is this thing headed by the usa"])
def test_a_country_named_as_who_runs_it_is_the_claim_not_the_topic(book, message):
    """'run by the usa': who runs it is asked and the U.S. is the claim (No: France and the U.K.), not
    a Yes from what the U.S. is doing."""
    result = respond(message, book)
    assert facts(result) == ["coalition-leaders"] and result.parts[0].verdict == "no"


def test_the_uk_is_not_confirmed_by_an_answer_naming_ukraine(book):
    """"uk" is no adjective of "Ukraine": the announcement by Zelensky does not say Yes to 'by the uk'."""
    result = respond("was the meeting announced by the uk?", book)
    assert not any(p.verdict == "yes" for p in result.parts)


@pytest.mark.parametrize("message", ["is the U.S. in it?", "are the americans in it"])
def test_a_country_claimed_to_be_in_it_gets_no_yes_from_what_it_does_elsewhere(book, message):
    """'is the us in it?': membership is the claim; the U.S. running peace talks confirms nothing of it."""
    result = respond(message, book)
    assert "us-role" not in facts(result) and not any(p.verdict == "yes" for p in result.parts)


@pytest.mark.parametrize("message, expected", [
    ("I am writing a report for school: who leads the coalition?", ["coalition-leaders"]),
    ("Short version please: what is the meeting for?", ["meeting-purpose"]),
])
def test_a_frame_before_a_colon_is_no_part_of_the_question(book, message, expected):
    """'I am writing a report for school:': the reader's frame ("report" is no article); the question
    after the colon is what is asked."""
    result = respond(message, book)
    assert facts(result) == expected and result.kind is Kind.ANSWER


def test_choices_after_a_colon_stay_with_their_question(book):
    """'who will sit at the table: generals or presidents?': the choices belong to the question."""
    result = respond("Who will sit at the table on Friday: generals or presidents?", book)
    assert facts(result) == ["meeting-participants"] and len(result.parts) == 1


@pytest.mark.parametrize("message, expected", [
    ("What is the coalition trying to achieve?", ["what-is-coalition"]),
    ("Who is trying to end the war?", ["us-role"]),
])
def test_trying_to_is_no_topic_of_its_own(book, message, expected):
    """'trying to achieve' asks the aim; 'trying to' itself names nothing of the story."""
    assert facts(respond(message, book)) == expected


@pytest.mark.parametrize("message", ["is a ceasefire in place for the troops to enforce?",
                                     "are there peacekeepers enforcing a ceasefire that is in place?"])
def test_a_thing_the_story_names_only_as_possible_is_not_confirmed_to_exist(book, message):
    """The troops are pledged for 'a potential ceasefire': asked whether a ceasefire is in place, the
    bot says the story does not say so, never Yes."""
    result = respond(message, book)
    assert result.kind is Kind.DECLINE and not any(p.verdict == "yes" for p in result.parts)


def test_the_whole_thing_is_it_not_a_claim_about_all_of_something(book):
    """'is the whole thing based on ukraine's proposals?' asks whether it is (Yes), not whether all is."""
    result = respond("so this whole thing is based on proposals ukraine prepared?", book)
    assert facts(result) == ["meeting-purpose"] and result.parts[0].verdict == "yes"


@pytest.mark.parametrize("message, expected", [
    ("give me the date and place of the paris summit", ["paris-summit"]),
    ("please state the date and location of the talks in saudi arabia", ["saudi-talks"]),
])
def test_a_request_for_two_things_of_one_event_asks_them_of_that_event(book, message, expected):
    """'give me the date and place of X': both are X's, not 'the date' of the meeting and 'place of X'."""
    assert facts(respond(message, book)) == expected


@pytest.mark.parametrize("message, expected", [
    ("Given that talks took place in Saudi Arabia, who took part in those talks?", ["saudi-talks"]),
    ("Seeing as the summit was in Paris, how many leaders attended that summit?", ["paris-summit"]),
])
def test_a_premise_the_question_points_back_to_stays_in_it(book, message, expected):
    """'Given that X, ... those talks?': 'those talks' are X's, so X is kept as what is asked about."""
    assert facts(respond(message, book)) == expected


@pytest.mark.parametrize("message, expected", [
    ("ok so my brother wants to know who wrote the article", ["author"]),
    ("alright so my class keeps asking where the coalition will meet", ["meeting-place"]),
])
def test_so_my_opening_a_message_is_no_reason_clause(book, message, expected):
    """'so my X ...' after a question says why the reader asks; opening the message, it leads to the question."""
    assert facts(respond(message, book)) == expected


def test_asking_whether_the_bot_speaks_english_is_about_the_bot(book):
    assert respond("hi there, do u speak english", book).kind is Kind.SMALL_TALK


def test_an_apology_typed_before_a_question_without_a_stop_is_chatter(book):
    """'sorry im on the train quick q who wrote this': the apology is no part of the question."""
    assert facts(respond("sorry im on the train rn quick q who wrote this", book)) == ["author"]


@pytest.mark.parametrize("message, verdict", [("when was the picture with the fighter jet taken?", ""),
                                              ("the photo of zelensky with the jet was taken in 2022, right?", "no")])
def test_the_thing_shown_in_the_photo_describes_the_photo_asked_about(book, message, verdict):
    """'the picture with the fighter jet': the jet its answer names says which picture; no unknown name."""
    result = respond(message, book)
    assert facts(result) == ["photo"] and result.parts[0].verdict == verdict


@pytest.mark.parametrize("message, expected", [
    ("who will actually be in the room on friday?", ["meeting-participants"]),
    ("how does america fit into all this?", ["us-role"]),
    ("to be clear, who is leading the coalition?", ["coalition-leaders"]),
    ("who will physically be there on friday?", ["meeting-participants"]),
])
def test_everyday_idioms_read_as_what_they_ask(book, message, expected):
    """'in the room' is attending, 'fit into' asks a role, 'to be clear' and 'physically' frame nothing."""
    assert facts(respond(message, book)) == expected


@pytest.mark.parametrize("message", ["will the americans be in the room on friday?", "will france attend friday's meeting?",
                                     "is britain taking part on friday?"])
def test_a_country_claimed_to_attend_gets_no_yes_the_story_does_not_give(book, message):
    """The story names no country taking part: no Yes from the U.S. talks or from France leading the coalition."""
    result = respond(message, book)
    assert "us-role" not in facts(result) and not any(p.verdict == "yes" for p in result.parts)


@pytest.mark.parametrize("message, expected", [
    ("who did zelensky speak with before he announced the meeting?", ["starmer-call"]),
    ("prior to the announcement, which british leader did zelensky speak to?", ["starmer-call"]),
])
def test_an_event_named_after_before_says_when_not_what(book, message, expected):
    """'... before he announced the meeting': the announcement dates what is asked (the call), it is not asked."""
    assert facts(respond(message, book)) == expected


def test_before_this_still_asks_about_the_earlier_meetings(book):
    assert facts(respond("where did the coalition get together before this?", book)) == ["previous-meetings"]


def test_asking_whether_the_thing_just_asked_about_belongs_to_the_story_adds_no_part(book):
    """'..., is it even relevant to the article?': its answer says how the thing stands in the story."""
    for message, fact in [("who took the photo at the top? is it even relevant to the article?", "photo"),
                          ("whats with the jet in the pic, is that connected to this?", "f16")]:
        result = respond(message, book)
        assert facts(result) == [fact] and len(result.parts) == 1, message


@pytest.mark.parametrize("message, expected", [
    ("why do they keep calling friday's meeting the first in-depth one?", ["first-in-depth"]),
    ("what's this coalition the article keeps bringing up, and who leads it?", ["what-is-coalition", "coalition-leaders"]),
])
def test_keep_and_the_articles_own_mention_frame_nothing(book, message, expected):
    """'keep calling it', 'the article keeps bringing up': how the reader met the thing, not what is asked
    (not the article's author)."""
    assert facts(respond(message, book)) == expected


@pytest.mark.parametrize("message, expected", [
    ("what's the credit line on the main photo?", ["photo"]),
    ("what diplomatic track are the americans on?", ["us-role"]),
    ("i totally lost track of things, when is the meeting again?", ["meeting-date"]),
    ("who leads the coalition, 1 line max", ["coalition-leaders"]),
])
def test_credit_line_track_and_line_limits_read_as_meant(book, message, expected):
    """'credit line' is the photo's credit, a 'track' of diplomacy is talks, 'lost track' is the reader's
    confusion, and '1 line max' says how to answer."""
    assert facts(respond(message, book)) == expected


@pytest.mark.parametrize("message, kind", [("tnx mate", Kind.SMALL_TALK), ("good day", Kind.SMALL_TALK)])
def test_chat_thanks_and_good_day_are_small_talk(book, message, kind):
    assert respond(message, book).kind is kind


def test_good_day_before_a_question_is_a_greeting(book):
    assert facts(respond("good day. who announced the meeting?", book)) == ["announced-by"]


def test_a_reason_typed_after_a_question_is_no_part_of_it(book):
    """'is it really in ukraine cuz thats risky no?': why the reader asks; the place is what is asked."""
    result = respond("is the meeting really in ukraine cuz thats kinda risky no", book)
    assert facts(result) == ["meeting-place"] and result.parts[0].verdict == "yes"


@pytest.mark.parametrize("message, verdict", [("are three countries leading the coalition?", "no"),
                                              ("so two countries lead it, france and britain?", "yes")])
def test_a_count_is_judged_by_the_countries_a_fact_lists(book, message, verdict):
    """The leaders' fact lists France and the U.K. and gives no number: a count of them is checked
    against the list, not declined as unsaid."""
    result = respond(message, book)
    assert facts(result) == ["coalition-leaders"] and result.parts[0].verdict == verdict


@pytest.mark.parametrize("message, expected", [("could you just tell me who wrote it?", ["author"]),
                                               ("can u quickly tell me what happened", ["summary"])])
def test_just_or_quickly_inside_a_request_frame_leaves_the_question(book, message, expected):
    """'could you just tell me ...': the request frames the question; 'just' does not make it a remark
    to the bot."""
    assert facts(respond(message, book)) == expected


def test_an_opinion_after_a_question_is_the_askers_view(book):
    """'Who announced it? Seems like a PR stunt by London.': the view names London, but asks nothing."""
    assert facts(respond("Who announced the meeting? Seems like a PR stunt cooked up in London.", book)) == ["announced-by"]


def test_a_long_run_of_chat_questions_is_read_without_error(book):
    """Thousands of characters of run-on questions split into at most a few sentences, not one per question."""
    result = respond(("lol who is it what is it can u tell me " * 120)[:4096], book)
    assert result.kind in (Kind.ANSWER, Kind.SUGGEST, Kind.FALLBACK, Kind.DECLINE) and len(result.parts) <= 3


@pytest.mark.parametrize("message", ["so the english prime minister spoke with zelensky?", "ta very much 👍"])
def test_the_english_prime_minister_is_starmer_and_ta_is_thanks(book, message):
    """'the English prime minister' (a common misnomer) is the U.K.'s, not a stranger the story contradicts;
    'ta' is British thanks."""
    result = respond(message, book)
    assert result.kind is Kind.SMALL_TALK or facts(result) == ["starmer-call"] and result.parts[0].verdict == "yes"


@pytest.mark.parametrize("message, expected", [
    ("sorry my english is not so good. who is leading the coalition?", ["coalition-leaders"]),
    ("whats the pub date on this? need it in 10 mins", ["published"]),
])
def test_the_readers_english_pub_date_and_deadline(book, message, expected):
    """'sorry my english is not good' and 'need it in 10 mins' are about the reader; 'pub date' is the
    publication date, and the deadline is no duration the story fails to give."""
    result = respond(message, book)
    assert facts(result) == expected and result.kind is Kind.ANSWER and len(result.parts) == 1


def test_a_gerund_frame_before_a_colon_is_set_aside(book):
    """'Checking: ...' frames the claim after it; 'checking' names no announcement to judge it by."""
    result = respond("Checking: the talks in Saudi Arabia were on March 25. Right?", book)
    assert facts(result) == ["saudi-talks"] and result.parts[0].verdict == "yes"


def test_the_readers_note_naming_a_person_and_a_date_is_what_is_asked_about(book):
    """'Our notes have Zelensky speaking on March 30. Which date is right?': the date of his statement is
    asked, never answered with the meeting's own date."""
    result = respond("Our notes have Zelensky making his statement on March 30. Which date is right?", book)
    assert "meeting-date" not in facts(result)


def test_seriously_though_is_a_turn_in_the_chat_not_serious_talks(book):
    """'Seriously though, what is this coalition?' asks what it is, not how serious (in-depth) the meeting is."""
    assert facts(respond("seriously though, what is this coalition?", book)) == ["what-is-coalition"]


@pytest.mark.parametrize("message, expected", [("who runs the coalition lol sounds kinda shady tbh", ["coalition-leaders"]),
                                               ("when is the meeting, seems pretty soon", ["meeting-date"])])
def test_the_askers_view_typed_after_the_question_is_no_part_of_it(book, message, expected):
    assert facts(respond(message, book)) == expected


@pytest.mark.parametrize("message, verdict", [("france leads the coalition y/n", "yes"),
                                              ("the meeting is on saturday, yes or no", "no")])
def test_y_n_after_a_claim_asks_yes_or_no(book, message, verdict):
    result = respond(message, book)
    assert result.parts and result.parts[0].verdict == verdict


def test_a_one_para_summary_is_a_summary(book):
    assert facts(respond("2 para summary pls", book)) == ["summary"]


def test_a_term_of_address_is_no_word_of_the_question(book):
    """'hello love, my neighbour says ...': 'love' is how the reader addresses the bot; the hearsay before
    the question is its claim (No: Ukraine)."""
    result = respond("hello love my neighbour says they are meeting in warsaw where is it really", book)
    assert facts(result) == ["meeting-place"] and result.parts[0].verdict == "no"


@pytest.mark.parametrize("message", ["will the coalition meeting be online or in person?",
                                     "are they going to meet by video link again?"])
def test_online_or_in_person_asked_of_the_coming_meeting_is_its_place(book, message):
    """An either/or or an 'again' asked with 'will' / 'going to' is of the coming meeting (a visit), not
    the earlier meetings (some held virtually)."""
    assert facts(respond(message, book)) == ["meeting-place"]


def test_again_in_the_past_still_asks_of_the_earlier_meetings(book):
    assert facts(respond("did the coalition meet online again?", book)) == ["previous-meetings"]


@pytest.mark.parametrize("message", ["who's ukraine's leader?", "remind me who the head of state of ukraine is"])
def test_ukraines_leader_is_zelensky_not_the_meetings_participants(book, message):
    assert facts(respond(message, book)) == ["who-is-zelensky"]


def test_as_the_report_describes_it_frames_the_thing_asked(book):
    """'outline the coalition's mandate as the report describes it': the coalition's remit, not a summary of the report."""
    assert facts(respond("could you outline the coalition's mandate, as the article describes it?", book)) == ["what-is-coalition"]


def test_whom_is_the_same_question_word_as_who(book):
    assert facts(respond("whom had zelensky spoken with before he announced the meeting?", book)) == ["starmer-call"]


# -- seventeenth round: the frames people test or check with (tests/eval/en_frames.tsv) ----------------

@pytest.mark.parametrize("message, fact, verdict", [
    ("true or false: the coalition meets in poland", "meeting-place", "no"),
    ("t/f zelensky talked to starmer the day before", "starmer-call", "yes"),
    ("confirm: the coalition is led by germany", "coalition-leaders", "no"),
    ("the meeting is on april 4? pls confirm", "meeting-date", "yes"),
    ("leaders = france and the uk right?", "coalition-leaders", "yes"),
])
def test_a_claim_put_to_test_is_confirmed_or_denied(book, message, fact, verdict):
    """'true or false: X', 't/f X', 'confirm: X', 'X? pls confirm', 'X = Y right': a claim checked, never the
    plain answer to it or a fallback."""
    result = respond(message, book)
    assert facts(result) == [fact] and result.parts[0].verdict == verdict


@pytest.mark.parametrize("message, expected", [
    ("pub quiz question: who announced the meeting?", ["announced-by"]),
    ("trivia - which two countries lead the coalition", ["coalition-leaders"]),
    ("Query: location of the meeting. Over.", ["meeting-place"]),
    ("Request: date of publication. Over and out.", ["published"]),
    ("ok date time place go", ["meeting-date", "meeting-time", "meeting-place"]),
    ("who's it by?", ["author"]),
])
def test_a_quiz_label_a_radio_call_or_a_bare_list_asks_the_question_inside(book, message, expected):
    assert facts(respond(message, book)) == expected


def test_go_after_a_question_is_still_a_verb(book):
    """'how did the meeting go': the outcome asked (which the story does not give), 'go' kept."""
    assert respond("how did the meeting go", book).kind is Kind.DECLINE


def test_a_viral_claim_with_can_you_confirm_keeps_its_check(book):
    result = respond('Viral post: "US and Ukrainian officials met in Turkey on March 25." Can you confirm?', book)
    assert facts(result) == ["saudi-talks"] and result.parts[0].verdict == "no"


@pytest.mark.parametrize("message", ["what kinds of questions can you answer",
                                     "Salut! Who are you and what kind of questions do you actually handle?"])
def test_asking_what_the_bot_handles_is_small_talk(book, message):
    assert respond(message, book).kind is Kind.SMALL_TALK


@pytest.mark.parametrize("message, fact, verdict", [
    ("Is Saudi Arabia the venue for the coalition meeting on Friday?", "meeting-place", "no"),
    ("hosting country = ukraine right", "meeting-place", "yes"),
    ("is france hosting the coalition meeting?", "meeting-place", "no"),
    ("did saudi arabia host the us-ukraine talks?", "saudi-talks", "yes"),
])
def test_a_country_named_as_host_or_venue_is_the_place_claimed(book, message, fact, verdict):
    """A country named as the venue or the host is where, checked against the event asked about, not the
    topic (Saudi Arabia's own talks); the countries after 'host the' are not."""
    result = respond(message, book)
    assert facts(result) == [fact] and result.parts[0].verdict == verdict


def test_a_city_named_as_venue_is_not_confirmed(book):
    assert respond("is kyiv the venue?", book).kind is not Kind.ANSWER


@pytest.mark.parametrize("message", ["Will there be people from Hungary at the meeting?",
                                     "are delegates from poland coming on friday?"])
def test_people_from_a_country_are_its_people_not_a_place(book, message):
    """'people from Hungary at the meeting': whether Hungary attends, which the story does not say; not a
    claim that the meeting is in Hungary (No)."""
    assert respond(message, book).kind is Kind.DECLINE


@pytest.mark.parametrize("message", ["the meeting is april 14, sorry, april 4, correct?",
                                     "the meeting is on saturday, no wait, friday right?"])
def test_a_value_corrected_in_passing_is_the_correction(book, message):
    """'April 14, sorry, April 4': the second date is the claim checked (Yes), not both (No)."""
    result = respond(message, book)
    assert facts(result) == ["meeting-date"] and result.parts[0].verdict == "yes"


def test_just_to_confirm_frames_a_claim_not_an_announcement(book):
    result = respond("Just to confirm - the meeting is in Ukraine, correct?", book)
    assert facts(result) == ["meeting-place"] and result.parts[0].verdict == "yes"


@pytest.mark.parametrize("message, expected", [
    ("what is the date and the time of the meeting", ["meeting-date", "meeting-time"]),
    ("Please tell me the date of the meeting and also the time", ["meeting-date", "meeting-time"]),
    ("Give me the date of the Paris summit and the date of the meeting in Ukraine.", ["paris-summit", "meeting-date"]),
    ("Number of nations at the Paris summit, and the date?", ["paris-summit"]),
])
def test_each_type_noun_after_and_asks_its_own_part(book, message, expected):
    """'the date and the time of X', '... and also the time': a part per type noun, of the same thing; a
    bare 'and the date?' asks it of the part before (the summit's date, not the meeting's)."""
    assert facts(respond(message, book)) == expected


def test_date_and_time_of_one_event_is_one_question(book):
    assert facts(respond("At what date and time did this report appear?", book)) == ["published"]


@pytest.mark.parametrize("message, fact", [
    ("why do they call it the coalition of the willing?", "what-is-coalition"),
    ("what is 'in-depth' meaning here", "first-in-depth"),
    ("what is coalition of willing, in simple words for my grandma", "what-is-coalition"),
])
def test_asking_what_a_name_or_word_means(book, message, fact):
    """'why do they call it X' asks what X is (not why they meet); 'what is X meaning' what X means; 'in
    simple words for ...' is how to put it, nothing asked."""
    assert facts(respond(message, book)) == [fact]


@pytest.mark.parametrize("message, verdict", [
    ("is the uk leading or just joining?", "yes"),
    ("My brother-in-law swears blind it was Macron who announced this meeting, not Zelensky. Who's right?", "no"),
])
def test_leading_or_just_joining_and_swearing_blind_are_claims_checked(book, message, verdict):
    result = respond(message, book)
    assert result.parts and result.parts[0].verdict == verdict


@pytest.mark.parametrize("message, fact", [
    ("Which leader did Zelensky talk to on March 31? I thought it was Macron.", "starmer-call"),
    ("who leads it, france or the united states?", "coalition-leaders"),
    ("who leads the coalition, is it germany?", "coalition-leaders"),
])
def test_a_name_guessed_at_is_corrected_by_the_answer(book, message, fact):
    """A person or country guessed at ('I thought it was Macron', '... or the United States') in a who
    question is what the answer corrects, not a word the bot fails to understand."""
    assert facts(respond(message, book)) == [fact]


@pytest.mark.parametrize("message", ["who is the prime minister of italy", "who is the head of nato"])
def test_a_name_asked_about_is_no_guess(book, message):
    assert respond(message, book).kind is not Kind.ANSWER


@pytest.mark.parametrize("message, fact", [
    ("Which prime minister did Zelensky talk with the day before he announced the meeting?", "starmer-call"),
    ("is the uk one of the leaders of this coalition, so to speak?", "coalition-leaders"),
    ("Request date of publication. Over.", "published"),
])
def test_a_time_frame_a_hedge_and_a_radio_request_ask_nothing_of_their_own(book, message, fact):
    """'before he announced the meeting' says when (not who announced it); 'so to speak' is a hedge (no
    one spoke); 'Request X. Over.' asks X."""
    assert facts(respond(message, book)) == [fact]


@pytest.mark.parametrize("message, expected", [
    ("Where, and on what date, did the American and Ukrainian officials meet?", ["saudi-talks"]),
    ("when, where, who?", ["meeting-date", "meeting-place", "meeting-participants"]),
    ("TL;DR: what is the Coalition of the Willing?", ["what-is-coalition"]),
])
def test_question_phrases_set_off_by_commas_ask_the_clause_after_them(book, message, expected):
    """'Where, and on what date, did X?' asks both of X (not where the meeting is, then a Yes that X
    happened); bare question words alone stay three questions; 'TL;DR:' before a question is no summary."""
    assert facts(respond(message, book)) == expected


@pytest.mark.parametrize("message, fact, verdict", [
    ("which president spoke of the meeting", "announced-by", ""),
    ("was it macron who talked to zelensky about it?", "starmer-call", "no"),
    ("so uk n france actually sendin lads or wot", "troops-pledge", "yes"),
])
def test_who_spoke_of_it_made_it_known_and_who_spoke_with_him_was_the_call(book, message, fact, verdict):
    """'spoke of the meeting' is who made it known (announced); 'spoke with Zelensky' is the call, now that
    the announcement's own 'who spoke about the meeting?' reads as what it means; 'lads' are troops."""
    result = respond(message, book)
    assert facts(result) == [fact] and (result.parts[0].verdict or "") == verdict


@pytest.mark.parametrize("message, fact", [
    ("Which countries will send soldiers to protect Ukraine after a ceasefire?", "troops-pledge"),
    ("who shared the news of this meeting with the world?", "announced-by"),
])
def test_protecting_is_enforcing_and_the_world_is_no_topic(book, message, fact):
    assert facts(respond(message, book)) == [fact]


@pytest.mark.parametrize("message, expected", [
    ("Two things please: (1) the date of the meeting, (2) the country hosting it.", ["meeting-date", "meeting-place"]),
    ("1) who leads it 2) when is the meeting", ["coalition-leaders", "meeting-date"]),
    ("First, what is this coalition? Second, who leads it?", ["what-is-coalition", "coalition-leaders"]),
])
def test_a_numbered_list_asks_each_item(book, message, expected):
    """'(1) X, (2) Y': each item asked in turn (a bare noun phrase as 'what is X?'); 'First, ... Second,
    ...' still says the order only."""
    assert facts(respond(message, book)) == expected


def test_which_country_and_which_city_asks_both(book):
    """'which country' shares the rest of 'which city is it in': the country is said, the city is not."""
    result = respond("which country and which city is it in?", book)
    assert [p.fact.id for p in result.parts] == ["meeting-place", "meeting-city"]


@pytest.mark.parametrize("message, fact", [
    ("how many countries in the squad total", "coalition-size"),
    ("what's the coalition's headcount?", "coalition-size"),
    ("quote zelensky on the meeting, no paraphrase", "zelensky-quote"),
])
def test_chat_words_for_the_coalition_its_size_and_how_to_quote(book, message, fact):
    """'squad' is the coalition, 'headcount' asks how many, 'paraphrase' / 'vs' / 'framing' are how the asker
    wants it put (no topic)."""
    assert facts(respond(message, book)) == [fact]


@pytest.mark.parametrize("message, fact", [
    ("so its in moscow now is it 😂 nah seriously where is it", "meeting-place"),
    ("is it in paris lol jk when is it", "meeting-date"),
])
def test_a_joke_taken_back_is_not_asked(book, message, fact):
    """'nah seriously', 'jk', 'joking aside': what comes before was a joke; what follows is asked."""
    assert facts(respond(message, book)) == [fact]


@pytest.mark.parametrize("message", ["what is the aim of this coalition, not only this meeting?",
                                     "what is the work of this coalition?"])
def test_the_coalitions_own_aim_is_not_the_meetings(book, message):
    """'..., not only this meeting' sets the meeting aside; 'the work of the coalition' is what it does,
    not what the meeting will work on."""
    assert facts(respond(message, book)) == ["what-is-coalition"]


@pytest.mark.parametrize("message, expected", [
    ("when where and what time", ["meeting-date", "meeting-place", "meeting-time"]),
    ("when, where and what time?", ["meeting-date", "meeting-place", "meeting-time"]),
    ("The story also mentions a gathering in Paris. What date was that?", ["paris-summit"]),
    ("paris summit n saudi talks, when were they", ["paris-summit", "saudi-talks"]),
])
def test_bare_question_words_each_ask_and_a_remark_names_one_event(book, message, expected):
    """'when where and what time': three questions ('what time' shares no rest with 'where'); 'the story
    also mentions X. what date was that?' asks X's date, not the story's and X's."""
    assert facts(respond(message, book)) == expected


@pytest.mark.parametrize("message, expected", [
    ("could you tell me the date and location of the summit the article mentions?", ["paris-summit"]),
    ("when is the meeting zelensky was talking about on the news?", ["meeting-date"]),
])
def test_a_request_frame_shares_the_rest_and_a_relative_clause_only_says_which(book, message, expected):
    """'could you tell me the date and location of X': both asked of X (the frame does not keep 'when'
    alone, which read as the meeting's date); 'the meeting zelensky was talking about' says which meeting,
    no call."""
    assert facts(respond(message, book)) == expected


# -- eighteenth round: a part of Zelensky's words (tests/eval/en_quote_parts.tsv) ------------------------

@pytest.mark.parametrize("message, expected", [
    ("what did zelensky mean by a narrow circle", ["meeting-participants"]),
    ("what did zelensky say about the proposals of the ukrainian side?", ["meeting-purpose"]),
    ("z said smth about ukrainian proposals?? what was it", ["meeting-purpose"]),
    ("z called it the first what meeting?", ["first-in-depth"]),
    ("what did zelensky say?", ["zelensky-quote"]),
    ("What were Zelensky's words about the consultations?", ["zelensky-quote"]),
])
def test_a_word_of_one_part_of_his_words_asks_about_that_part(book, message, expected):
    """A word only one part of Zelensky's words uses ('narrow circle', 'proposals') asks about that part,
    whose answer quotes it; a question asking for his words themselves still gets them all."""
    assert facts(respond(message, book)) == expected


def test_anything_else_after_a_person_is_no_part_of_his_words(book):
    """'did he say anything else?': 'else' reads as 'another', which his words use, but asks for no part."""
    assert facts(respond("did he say anything else?", book, previous="who-is-zelensky")) == ["zelensky-quote"]


# -- eighteenth round: a request to condense the story (tests/eval/en_summary.tsv) -------------------------

@pytest.mark.parametrize("message", [
    "Give me the whole story in two sentences, I need it for a cold open.",
    "could you boil this article down for me? in a hurry",
    "explain the whole thing like I'm ten",
    "whats the 30 second version of this news",
    "I have a call in five minutes. Can you brief me on the article in a few lines?",
])
def test_a_request_to_condense_the_story_gets_the_summary(book, message):
    """However the reader asks for it shorter or plainer, and whatever reasons they give, it is the summary."""
    assert facts(respond(message, book)) == ["summary"]


@pytest.mark.parametrize("message, expected", [
    ("in short, who leads the coalition?", ["coalition-leaders"]),
    ("give me the date of the meeting in one line", ["meeting-date"]),
    ("In simple words, what's this group for?", ["what-is-coalition"]),
])
def test_a_question_of_its_own_asked_briefly_is_not_the_summary(book, message, expected):
    """'in short, who...', 'the date in one line', 'a two minute read' (the story's length): their own thing."""
    assert facts(respond(message, book)) == expected


def test_a_two_minute_read_is_the_storys_length_not_a_summary(book):
    assert "summary" not in facts(respond("is it a two minute read?", book))


def test_no_name_in_a_locale_module_is_assigned_twice():
    """A second module-level `_PLAINLY = ...` silently replaces the first, and every rule using it."""
    import ast
    import pathlib
    for path in pathlib.Path(__file__).parent.parent.joinpath("bot", "story", "locale").rglob("*.py"):
        names = [t.id for node in ast.parse(path.read_text(encoding="utf-8")).body if isinstance(node, ast.Assign)
                 for t in node.targets if isinstance(t, ast.Name)]
        assert sorted({n for n in names if names.count(n) > 1}) == [], path.name


# -- eighteenth round: who comes to the meeting, claimed (tests/eval/en_who_attends.tsv) -------------------

@pytest.mark.parametrize("message", [
    "so its presidents meeting presidents?",
    "is it gonna be a huge meeting with every country in the coalition?",
    "So is this going to be yet another gathering of presidents and prime ministers, like the one in Paris?",
    "are foreign ministers meeting on friday?",
])
def test_a_claim_about_who_comes_is_denied_by_the_participants(book, message):
    """Heads of state, or every country: the meeting's participants (military teams, a narrow circle) say
    No, even where 'presidents' or 'paris' rank another fact higher."""
    result = respond(message, book)
    assert facts(result) == ["meeting-participants"] and result.parts[0].verdict == "no"


@pytest.mark.parametrize("message, expected", [
    ("Have they only met online?", "previous-meetings"),
    ("did leaders of 31 nations meet in paris?", "paris-summit"),
])
def test_what_happened_before_is_not_judged_by_the_coming_meeting(book, message, expected):
    assert facts(respond(message, book)) == [expected]


# -- eighteenth round: a claim the reader would pass on (tests/eval/en_pass_on.tsv) ------------------------

@pytest.mark.parametrize("message, fact, verdict", [
    ("Can I say on air that Zelensky called it the coalition's first in-depth meeting?", "first-in-depth", "yes"),
    ("could we report in our newsletter that the meeting is in brussels?", "meeting-place", "no"),
    ("is it safe to write that zelensky announced the meeting?", "announced-by", "yes"),
])
def test_a_claim_to_pass_on_is_checked(book, message, fact, verdict):
    """'can I say on air that X', 'is it safe to write that X': where the reader passes it on is no claim."""
    result = respond(message, book)
    assert facts(result) == [fact] and result.parts[0].verdict == verdict


def test_is_it_safe_to_travel_is_no_claim_to_pass_on(book):
    assert not respond("is it safe to travel to lviv in april lol", book).answered


def test_going_ahead_is_happening(book):
    """'who said this meeting was going ahead?' asks who announced it; 'ahead' is no unknown word."""
    assert facts(respond("who said the meeting is going ahead?", book)) == ["announced-by"]


@pytest.mark.parametrize("message", ["I read that they are meeting in Warsaw, like last time?",
                                     "So the meeting is in Paris again, like the last time?"])
def test_a_stated_claim_compared_with_last_time_is_a_claim_about_this_meeting(book, message):
    """'..., like last time?' after a claim stated (not asked) presupposes the earlier meetings; the claim is
    about this one, whose place says No."""
    result = respond(message, book)
    assert facts(result) == ["meeting-place"] and result.parts[0].verdict == "no"


@pytest.mark.parametrize("message, verdict", [
    ("So before this they've only ever met outside Ukraine or over video calls?", "yes"),
    ("Has the coalition only ever met online so far?", "no"),
])
def test_only_with_the_storys_two_alternatives_is_not_one_of_two(book, message, verdict):
    """'only outside Ukraine or over video calls?' offers two, as the story says two (other European countries
    or virtually): Yes; 'only online?' names one of the two: No."""
    result = respond(message, book)
    assert facts(result) == ["previous-meetings"] and result.parts[0].verdict == verdict


@pytest.mark.parametrize("message", ['How would you explain "coalition of the willing" in simple words, without the idiom?',
                                     "How would you explain to a teenager what the coalition of the willing is?"])
def test_how_would_you_explain_x_asks_what_x_is(book, message):
    """'how would you explain X' asks to explain X, not how the coalition has met."""
    assert facts(respond(message, book)) == ["what-is-coalition"]


@pytest.mark.parametrize("message", ["is it all 31 countries going fri", "will all 31 countries be at the friday meeting?"])
def test_all_31_countries_is_every_one_not_a_count_of_those_who_come(book, message):
    """'all 31 countries' claims every country comes (No: a narrow circle); 31 is how many 'all' are, not a
    count the participants' fact would have to state (which made the story 'silent')."""
    result = respond(message, book)
    assert facts(result) == ["meeting-participants"] and result.parts[0].verdict == "no"


@pytest.mark.parametrize("message", ["what do the russians think of this", "And the Russians, what do they make of all this?"])
def test_what_russia_thinks_of_it_is_its_position_which_the_story_does_not_give(book, message):
    """'think of', 'make of' ask a view (Russia's: the story does not say), not what the U.S. is doing."""
    result = respond(message, book)
    assert not result.answered and "us-role" not in facts(result)


@pytest.mark.parametrize("question, fact, verdict", [
    ("its tmrw on the 2nd yeh?", "meeting-date", "no"),
    ("so it was macron on the phone w zelensky on mar 31 aye?", "starmer-call", "no"),
    ("ukraine us talks in qatar on march 25 na?", "saudi-talks", "no"),
    ("meeting in paris again rt?", "meeting-place", "no"),  # (not "again rt" heard as "against")
])
def test_chat_tags_ask_yes_or_no_and_are_no_unknown_words(book, question, fact, verdict):
    """'yeh', 'aye' closing a claim were words the story never uses, so the claim was not even checked."""
    result = respond(question, book)
    assert facts(result) == [fact] and result.parts[0].verdict == verdict


@pytest.mark.parametrize("question", ["Is Germany in it?", "is poland part of it?"])
def test_a_country_the_leaders_do_not_include_may_still_be_a_member(book, question):
    """After the coalition's size, "is poland part of it?" was "No." from the leaders' fact (France and the
    U.K.), though the story does not list the members: the gap fact about the other members says so."""
    result = respond(question, book, previous="coalition-size")
    assert result.kind is Kind.DECLINE and facts(result) == ["other-members"]
    assert respond("is the uk in it?", book, previous="coalition-size").parts[0].verdict == "yes"


@pytest.mark.parametrize("question, fact", [
    ("tldr pls i got a quiz in 10 min 😭", "summary"),  # the request, then the reader's own news
    ("who wrote this article innit", "author"), ("mil teams or heads of state?", "meeting-participants"),
    ("heyy when's the coalition catchup happening 🤔", "meeting-date"),
    ("Who's the fellow that wrote this piece?", "author"),  # 'fellow' was heard as 'full': 'in-depth'
    ("Who's this Starmer fella, and what's he got to do with it?", "starmer-call"),
])
def test_chat_shorthand_and_asides_around_a_question(book, question, fact):
    """Misses of earlier helper-written chat sets, each by a word the story never uses ('innit', 'mil',
    'catchup') or by the reader's aside typed on in one breath."""
    assert facts(respond(question, book)) == [fact]


@pytest.mark.parametrize("question", ["ur a bot right? 🤖", "pryvit 👋 who r u"])
def test_chat_small_talk_with_a_tag_or_a_transliterated_greeting(book, question):
    result = respond(question, book)
    assert result.kind is Kind.SMALL_TALK and not result.parts


@pytest.mark.parametrize("question, previous, fact", [
    ("no i meant the april 4 one, where is it", "paris-summit", "meeting-place"),  # was the Paris summit again
    ("and the march 27 one?", "meeting-date", "paris-summit"),  # was "No." from the April 4 meeting's date
])
def test_the_one_a_date_names_is_another_subject_not_a_claim(book, question, previous, fact):
    result = respond(question, book, previous=previous)
    assert facts(result) == [fact] and result.parts[0].verdict == ""


@pytest.mark.parametrize("question, fact", [
    ("For folks at the bakery who never read the news: who is Zelensky?", "who-is-zelensky"),
    ("Granddad swore every summit ends with a nice lunch. What will the Friday meeting work on?", "meeting-purpose"),
    ("Back in school we learned about NATO summits in Brussels; where has this coalition gathered so far?",
     "previous-meetings"),
    ("From a liability standpoint, which states have committed ground forces for an enforcement mission?",
     "troops-pledge"),
    ("For a quick staff memo, how does the report define the so-called Coalition of the Willing?", "what-is-coalition"),
    ("Diary entry: what is the coalition for, in one sentence?", "what-is-coalition"),
    ("Внучка просила дізнатися, хто написав цю статтю, їй для школи треба.", "author"),
    ("Сусідка питала, хто очолює коаліцію, бо вона не чула.", "coalition-leaders"),
    ("Give me the President's exact words as quoted, both passages, ta.", "zelensky-quote"),
    ("which nations r actually sending soldiers, guy at the bus stop reckons none", "troops-pledge"),
    ("State the publication time exactly as shown, with the time zone if any.", "published"),
    ("wats the coalition for lol sounds like a knitting club", "what-is-coalition"),
    ("wen is the coalition meetin again wifi is awful here", "meeting-date"),
])
def test_the_last_question_after_a_frame_is_read_on_its_own(book, question, fact):
    """A preamble the book has no words for leaves the whole message unread; its last question alone is clear."""
    assert facts(respond(question, book)) == [fact]


@pytest.mark.parametrize("question, answered", [
    ("My neighbour wonders how tall President Zelensky is. Does the article say?", []),
    ("I need two dates, the Saudi talks and the Paris summit. When did each happen?", ["saudi-talks", "paris-summit"]),
    ("My uncle has a theory about the venue. Which city is right?", []),
    ("Apart from the two leading states, which countries belong to the alliance?", []),
    ("who leads the coalition lol my aunt thinks its nato", []),
])
def test_a_last_question_that_leans_on_its_frame_is_not_read_alone(book, question, answered):
    """"Does the article say?", "each", "which city is right": the frame holds what is asked, so the last
    question alone is no answer (not the summary, not one of the two dates)."""
    result = respond(question, book)
    assert (facts(result) if result.answered else []) == answered


@pytest.mark.parametrize("question, verdict", [
    ("Can you confirm the meeting in Ukraine is on April 4?", "yes"),
    ("could you confirm the meeting is in Paris?", "no"),
])
def test_confirm_the_thing_with_a_claim_after_it_is_a_yes_no(book, question, verdict):
    """"can you confirm the date of it" asks the date; "can you confirm the meeting is on April 4" a claim."""
    result = respond(question, book)
    assert len(result.parts) == 1 and result.parts[0].verdict == verdict


@pytest.mark.parametrize("question, fact", [
    ("quando is the coalition meeting?", "meeting-date"),
    ("onde will they meet on friday", "meeting-place"),
    ("quien leads the coalition?", "coalition-leaders"),
    ("y cuantos paises were in paris?", "paris-summit"),
])
def test_words_of_other_languages_typed_into_english_chat_are_read(book, question, fact):
    """Bilingual chat ("cuando is the meeting"): the borrowed question words and nouns read as English."""
    assert facts(respond(question, book)) == [fact]


@pytest.mark.parametrize("question", ["Qui a annoncé la réunion du 4 avril ?", "Quem escreveu este artigo?"])
def test_a_message_wholly_in_another_language_still_gets_the_languages_line(book, question):
    """Borrowed words count for their own language: a French or Portuguese message is not read as English."""
    assert respond(question, book).kind is Kind.OTHER_LANGUAGE


@pytest.mark.parametrize("question", ["is meloni going to the meeting on friday?", "is trump going friday?",
                                      "will sanchez be at the meeting on april 4?"])
def test_a_person_the_story_never_mentions_gets_no_yes_or_no_from_a_date(book, question):
    """The day may be right (or another fact's day wrong), but of that person the story says nothing."""
    result = respond(question, book)
    assert not any(p.verdict in ("yes", "no") for p in result.parts)


def test_spanish_and_keeps_the_sentence_before_it_apart():
    """"ok. y cuando is it?": 'y' reads as 'and', and the space after the full stop stays."""
    assert rewrite_message("ok. y cuando is it?") == "ok. and cuando is it?"


@pytest.mark.parametrize("message, fact, verdict", [
    ("Will only France and Britain attend the Friday meeting?", "meeting-participants", "no"),  # "several countries"
    ("only the uk has pledged troops on the ground, right?", "troops-pledge", "no"),  # "including France and the U.K."
    ("France alone promised soldiers for a ceasefire?", "troops-pledge", "no"),
    ("only france and the uk pledged troops?", "troops-pledge", "no"),
    ("do only france and the uk lead the coalition?", "coalition-leaders", "yes"),  # the two leaders, all named
    ("apparently zelensky said only a narrow circle of countries will take part, is that true?",
     "meeting-participants", "yes"),  # the "only" stands by no name
])
def test_only_these_names_is_no_where_the_story_says_more_than_it_names(book, message, fact, verdict):
    """An "only" standing by a list of names ("only france and britain") claims no one else: No when the
    answer says several, or lists some "including" them; Yes when the answer names exactly them."""
    result = respond(message, book)
    assert facts(result) == [fact] and result.parts[0].verdict == verdict


def test_a_gap_about_numbers_is_no_rival_to_the_fact_judging_the_claim(book):
    """'... pledged troops on the ground?' of the UK: the pledgers' fact says Yes; how many troops (the
    story does not say) answers no yes/no and judges no country."""
    result = respond("uk pledged troops on the ground??", book)
    assert facts(result) == ["troops-pledge"] and result.parts[0].verdict == "yes"


@pytest.mark.parametrize("message, verdict", [
    ("The coalition meeting this week is happening outside Ukraine, isn't it?", "no"),  # it is in Ukraine
    ("the paris summit was outside france?", "no"),  # Paris is in France
    ("has the coalition met outside ukraine before?", "yes"),  # in other European countries
])
def test_a_place_claimed_outside_is_judged_against_the_venue(book, message, verdict):
    """'outside ukraine' claims the venue is not Ukraine: the venue being Ukraine says No (even though the
    answer names Ukraine), a venue elsewhere says Yes."""
    assert respond(message, book).parts[0].verdict == verdict


@pytest.mark.parametrize("message", ["did the US join the coalition?", "did the usa attend the paris summit?"])
def test_a_country_said_to_take_part_is_no_claim_on_the_venue(book, message):
    """'the US join(s)' claims who takes part, not where: the Paris summit lists no countries, so its place
    (Paris) says nothing of the U.S. — the story doesn't say, never "No"."""
    result = respond(message, book)
    assert not result.answered and result.kind is Kind.DECLINE


@pytest.mark.parametrize("message, fact", [
    ("the coalition has just one lead country, the UK, yeah?", "coalition-leaders"),  # two lead it
    ("did just one country pledge troops?", "troops-pledge"),  # "several, including France and the U.K.": two at least
])
def test_just_one_is_a_count_the_story_denies(book, message, fact):
    """'just one' / 'only one' claims a count (1), checked against the countries a fact lists; a partial
    list denies any count below the names it gives.  ('the only one that ...' is a pronoun, no count.)"""
    result = respond(message, book)
    assert facts(result) == [fact] and result.parts[0].verdict == "no"


def test_the_only_one_is_no_count(book):
    result = respond("So France is the only one that has pledged troops?", book)
    assert facts(result) == ["troops-pledge"] and result.parts[0].verdict == "no"


@pytest.mark.parametrize("message, fact", [
    ("Is Zelensky leading the coalition of the willing?", "coalition-leaders"),  # Ukrainian; France and the U.K. lead
    ("did starmer take part in the saudi talks?", "saudi-talks"),  # U.K.; Ukrainian and U.S. officials met
])
def test_a_person_of_a_country_a_full_list_leaves_out_is_no(book, message, fact):
    """The story calls each person by their country's office ("Ukrainian President Volodymyr Zelensky"):
    a fact that lists all the countries (not "including") and leaves that country out says No of them."""
    result = respond(message, book)
    assert facts(result) == [fact] and result.parts[0].verdict == "no"


def test_a_person_of_a_listed_country_gets_no_no(book):
    """Starmer's U.K. leads: the list does not deny him (whether he himself leads, the story doesn't say)."""
    result = respond("is starmer leading the coalition?", book)
    assert not (result.answered and result.parts[0].verdict == "no")


@pytest.mark.parametrize("message, verdict", [
    ("the US and germany lead the coalition, yes?", "no"),
    ("usa leads it ya?", "no"),
    ("does the article say that france and the uk lead the coalition?", "yes"),  # the claim after "that"
])
def test_countries_said_to_lead_are_the_claim_on_who_leads(book, message, verdict):
    """'the us and germany lead ...': the countries before a deed (locale `acting`) are who is claimed to
    do it, checked by the leaders' fact, not topics of their own (the U.S. is a topic of the peace talks)."""
    result = respond(message, book)
    assert facts(result) == ["coalition-leaders"] and result.parts[0].verdict == verdict


@pytest.mark.parametrize("message", ["Is this the first time the coalition meets?", "Is this their first meeting?"])
def test_a_first_of_no_kind_is_no_when_they_met_before(book, message):
    """The story calls April 4 a first of two kinds (in-depth, in Ukraine) and says they met before: a first
    claimed without either kind is a first at all, with or without "ever": No."""
    result = respond(message, book)
    assert facts(result) == ["previous-meetings"] and result.parts[0].verdict == "no"


@pytest.mark.parametrize("message", ["has the april 4 meeting already happened?",
                                     "Had the April 4 meeting already taken place when this was written?"])
def test_whether_the_coming_meeting_is_over_gets_the_story_was_written_before_it(book, message):
    """Whether the meeting the story dates after itself is over: the story, published before it, cannot
    say; the outcome gap says so (never the earlier meetings, never "No." with the Paris summit)."""
    result = respond(message, book)
    assert result.kind is Kind.DECLINE and facts(result) == ["meeting-outcome"]


def test_the_willing_of_the_coalitions_name_promises_nothing(book):
    """'had the paris summit already happened?' was "No." ('already' done against a promise): the answer's
    "coalition of the willing" is a name, not a pledge; the summit had happened (March 27)."""
    result = respond("had the paris summit already happened?", book)
    assert facts(result) == ["paris-summit"] and result.parts[0].verdict == "yes"


@pytest.mark.parametrize("message", ["is starmer the leader of the coalition?", "starmer is the head of the coalition, right?"])
def test_a_role_no_answer_gives_the_person_gets_no_yes(book, message):
    """Starmer is named (the call) and the U.K. leads with France, but nothing calls him the coalition's
    leader: his fact's answer, without "Yes." (an office like 'president' is judged as before)."""
    result = respond(message, book)
    assert result.answered and result.parts[0].verdict != "yes"


def test_a_role_the_answer_gives_still_gets_yes(book):
    result = respond("is zelensky the president of ukraine?", book)
    assert result.parts[0].verdict == "yes"
