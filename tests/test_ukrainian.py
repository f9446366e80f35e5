"""Ukrainian readers (issue 10): content and its checks, matching, the language of each reply, Russian and
other languages, follow-ups in Ukrainian, and the real bot process speaking Ukrainian."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from bot.conversation import ChatState, Event, EventKind, handle
from bot.engine.normalize import fold
from bot.engine.responder import respond
from bot.engine.result import Kind
from bot.evaluation import evaluate, read_cases
from bot.story import crosscheck
from bot.story.factbook import FactFileError, parse
from bot.story.locale import get
from tests.support.fake_bot_api import FakeBotAPI
from tests.support.harness import TOKEN
from tests.support.updates import inline, text_message

ROOT = Path(__file__).resolve().parent.parent
EVAL = ROOT / "tests" / "eval"
GOOD = (ROOT / "facts.yaml").read_text(encoding="utf-8")
CYRILLIC = re.compile(r"[а-яіїєґ]", re.I)

# Plain questions of uk.tsv / ru.tsv (written from the article only) that already read the same as one of
# the editor's phrasings (written independently, branch ukcontent) when both arrived: short questions
# coincide.  Counted in the figures; nothing may be added.
ARRIVED_EQUAL = frozenset({
    "коли зустріч?", "де зустріч?", "локація зустрічі?", "хто оголосив про зустріч?", "хто очолює коаліцію?",
    "хто стоїть на чолі коаліції охочих", "хто рулить коаліцією", "що було в парижі?", "що таке коаліція охочих?",
    "для чого створили коаліцію охочих", "що означає «коаліція охочих»", "хто автор?", "хто написав статтю",
    "чия це стаття", "хто журналіст", "коли опублікували статтю?", "дата публікації?", "коли це написали",
    "наскільки свіжа ця новина", "що на фото?", "хто на фото", "що зображено на світлині", "коли зроблено фото",
    "що було в понеділок 31 березня", "скільки країн у коаліції?", "а що сша?", "що саме сказав зеленський?",
    "процитуй зеленського", "хто такий зеленський?", "зеленський це хто", "хто такий володимир зеленський", "тлдр",
    "зустріч буде в україні?", "скільки військових відправлять?", "о котрій годині зустріч?",
    "скільки триватиме зустріч",
    "когда встреча?", "кто объявил о встрече", "кто будет на встрече", "кто возглавляет коалицию",
    "что такое коалиция желающих", "когда вышла статья", "что на фото", "встреча в пятницу?",
    "встреча будет в украине?",
})


# -- the eval sets -------------------------------------------------------------------------------------------

def test_ukrainian_eval_set(book):
    """uk.tsv: the issue asks >= 95% right, >= 95% declined, <= 1% confident wrong (README, "Ukrainian")."""
    report = evaluate(book, read_cases(EVAL / "uk.tsv"))
    assert report.answerable >= 150 and report.unanswerable >= 50
    assert report.accuracy >= 0.95, report.misses  # reached 250/257 = 97.3%
    assert report.decline_rate >= 0.95, report.misses  # reached 66/67 = 98.5%
    assert report.wrong_rate <= 0.01, report.wrong  # reached 1/324 = 0.3%


@pytest.mark.parametrize("name, right, declined, wrong", [
    ("final_uk.tsv", 0.94, 1.0, 2),  # the sealed held-out set (the team's check: >= 90%); reached 68/72 = 94.4%
    ("fresh_uk.tsv", 0.96, 1.0, 0),  # written after the fixes: first measured 84.3%, then tuned: 50/51 = 98.0%
    ("fresh_uk2.tsv", 0.96, 1.0, 0),  # written after fresh_uk was tuned: first 84.0%, then tuned: 48/50 = 96.0%
    ("dev36_uk.tsv", 0.89, 0.9, 2),  # nineteenth round: first 61/79 = 77.2%, then tuned: 71/79 = 89.9%
    ("uk_latin.tsv", 0.89, 1.0, 0),  # romanised, written before its mechanism: first 1/37, then 33/37 = 89.2%
])
def test_other_ukrainian_sets(book, name, right, declined, wrong):
    """Figures reached, rounded down (README, "Ukrainian"): a drop means a mechanism broke."""
    report = evaluate(book, read_cases(EVAL / name))
    assert report.accuracy >= right, report.misses
    assert report.decline_rate >= declined, report.misses
    assert report.confident_wrong <= wrong, report.wrong


@pytest.mark.parametrize("question, fact", [
    ("Які країни готові ввести війська для контролю перемиря?", "troops-pledge"),  # control: the book's "дотримання"
    ("Хто саме візьме участь у пʼятничній зустрічі?", "meeting-participants"),  # Friday's, as an adjective
    ("Як Зеленський охарактеризував майбутню зустріч?", "first-in-depth"),  # characterised: "назвав"
    ("З ким Зеленський обговорював проведення зустрічі в Україні?", "starmer-call"),  # holding it: the plans
    ("А що роблять американці в цій історії?", "us-role"),  # "in this story"
    ("раніше вони зустрічались вживу чи по відеозвязку", "previous-meetings"),  # in person, by video
])
def test_everyday_ukrainian_words_for_the_books_own(book, question, fact):
    """Words of dev36_uk.tsv's misses that the book says otherwise; each was a word the story never uses."""
    assert [p.fact.id for p in respond(question, book).parts] == [fact]


def test_russian_and_other_languages(book):
    russian = evaluate(book, read_cases(EVAL / "ru.tsv"))
    assert russian.accuracy >= 0.97 and russian.decline_rate >= 0.95 and russian.confident_wrong == 0, russian.wrong
    others = evaluate(book, read_cases(EVAL / "other_lang.tsv"))
    assert others.declined == others.unanswerable == 19 and others.confident_wrong == 0
    for case in read_cases(EVAL / "other_lang.tsv"):
        assert respond(case.question, book).kind is Kind.OTHER_LANGUAGE, case.question


def test_ukrainian_dialogues(book):
    report = evaluate(book, read_cases(EVAL / "dialogues_uk.tsv"))
    assert report.followup_accuracy >= 0.97, report.misses + report.wrong  # reached 39/39
    assert report.off_subject == 0
    assert report.confident_wrong == 0, report.wrong


def test_uk_and_ru_eval_questions_are_not_in_the_fact_file(book):
    phrasings = {fold(q) for f in book.facts for t in f.translations for q in t.phrasings}
    for name in ("uk.tsv", "ru.tsv", "other_lang.tsv", "fresh_uk.tsv", "fresh_uk2.tsv"):
        leaked = [c.question for c in read_cases(EVAL / name) if fold(c.question) in phrasings
                  and c.question not in ARRIVED_EQUAL]
        assert leaked == [], name


def test_eval_reports_each_language():
    out = subprocess.run([sys.executable, "-m", "bot", "eval", str(EVAL / "ru.tsv")], cwd=ROOT, capture_output=True,
                         text=True)
    assert out.returncode == 0
    assert "by language of the question:" in out.stdout
    assert re.search(r"^\s+ru\s+answered right \d+/\d+", out.stdout, re.M)


# -- reading Ukrainian ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("spelling", ["п'ятницю", "пʼятницю", "п’ятницю", "пятницю", "п`ятницю", "П'ЯТНИЦЮ",
                                      "п'я́тницю"])
def test_apostrophes_case_and_stress_fold_alike(book, spelling):
    index = book.indexes["uk"]
    assert index.tokens(f"зустріч у {spelling}") == index.tokens("зустріч у пятницю")


def test_latin_look_alikes_inside_a_word(book):
    index = book.indexes["uk"]
    assert index.tokens("кoли зустрiч") == index.tokens("коли зустріч")  # Latin o and i
    assert index.tokens("f-16") == index.tokens("F-16")  # a Latin word stays Latin


def test_a_message_typed_on_the_latin_layout_is_retyped(book):
    identity = book.identify("rjkb pecnhsx")
    assert identity.lang == "uk" and identity.retyped and identity.text == "коли зустріч"
    result = respond("[nj jxjk.' rjfksws.", book)
    assert result.answered and result.fact.id == "coalition-leaders" and CYRILLIC.search(result.text)
    assert book.identify("who wrote the article").lang == "en"


@pytest.mark.parametrize("typed", ["hto napysav tsiu stattiu", "khto napysav tsiu stattiu?", "xto napisav cju stattju",
                                   "Хто написав цю статтю?"])
def test_ukrainian_spelled_in_latin_letters_is_read_as_ukrainian(book, typed):
    """People without a Cyrillic keyboard romanise as they like: "hto", "khto" and "xto" are all "хто"."""
    result = respond(typed, book)
    assert result.answered and result.fact.id == "author" and CYRILLIC.search(result.text), result
    assert book.identify(typed).lang == "uk"


def test_an_english_question_of_unknown_words_builds_no_ukrainian_index():
    """Only a message shaped like Ukrainian function words ("koly", "hto", "chy") is spelled back, which
    needs the Ukrainian index: an English one of unknown words must not pay for it in a cold `ask`."""
    from bot.story.bundle import build_bundle
    from bot.story.factbook import load

    fresh = build_bundle(load(ROOT / "facts.yaml"))
    assert fresh.identify("What new sanctions have been imposed on Russia recently?").lang == "en"
    assert "uk" not in fresh.indexes._built
    assert fresh.identify("hto napysav tsiu stattiu").lang == "uk"


@pytest.mark.parametrize("typed, fact", [
    ("koly bude zustrich koalitsii v ukraini?", "meeting-date"),  # was "I understand only Ukrainian and English"
    ("Koly bude zustricz koalicji w Ukraini?", "meeting-date"),  # Polish-like letters
    ("čy bude zustrič u pjatnycju?", "meeting-date"),  # scholarly letters with háčeks
    ("shcho zobrazheno na foto do statti?", "photo"),  # half its words look English ("foto", "do")
    ("de zbyraiutsia, v ukraini chy za kordonom?", "meeting-place"),
])
def test_romanised_ukrainian_questions(book, typed, fact):
    result = respond(typed, book)
    assert result.answered and [p.fact.id for p in result.parts] == [fact], result


@pytest.mark.parametrize("message", ["de is the meeting", "who r u", "to be honest what is it", "i do not know",
                                     "Kdo vede koalici ochotných?", "o q é q o zelensky disse ao certo?"])
def test_english_and_other_latin_languages_are_not_read_as_romanised_ukrainian(book, message):
    """English words fit some Ukrainian shape ("to", "de", "i"): a reading must explain clearly more words; a
    letter romanised Ukrainian never uses ("é", "ý") is another language's."""
    assert not book.identify(message).retyped


@pytest.mark.parametrize("question, facts", [
    ("Процитуй Зеленського про першу поглиблену зустріч", ["zelensky-quote"]),  # his words, not what they are about
    ("Перешліть мені, що сказав Зеленський про цю зустріч, без переказу", ["zelensky-quote"]),  # "без переказу" is no summary
    ("Колеги на роботі питали, хто очолює коаліцію. Що про це сказано в статті?", ["coalition-leaders"]),
])
def test_quotes_and_does_the_article_say_in_ukrainian(book, question, facts):
    """The English locale's quote phrases and "does the article say?" tags, in Ukrainian: a tag asks the
    sentence before it, and adds no question of its own."""
    result = respond(question, book)
    assert result.answered and [p.fact.id for p in result.parts] == facts, result


@pytest.mark.parametrize("question, verdict", [
    ("чи збиралася коаліція в Одесі раніше?", "no"),  # the story: its first meeting in Ukraine is April 4
    ("а в Україні вони вже колись зустрічалися?", "no"),
    ("вони вже зустрічалися раніше?", "yes"),  # they had, elsewhere: "first in Ukraine" denies nothing of it
])
def test_a_first_in_ukraine_denies_meetings_there_before(book, question, verdict):
    result = respond(question, book)
    assert result.answered and result.parts[0].fact.id == "previous-meetings", result
    assert result.parts[0].verdict == verdict


@pytest.mark.parametrize("question, fact", [
    ("вся коаліція приїде на зустріч 4 квітня?", "meeting-participants"),  # all of it: "a narrow circle"
    ("Франція вже відправила війська в Україну?", "troops-pledge"),  # already sent: only pledged
    ("тільки Британія очолює коаліцію?", "coalition-leaders"),  # only Britain: France and the U.K.
    ("це буде перша зустріч коаліції взагалі?", "previous-meetings"),  # first at all: only the first in-depth
])
def test_claims_of_all_only_and_already_are_denied_in_ukrainian(book, question, fact):
    """Each was "Так." before the Ukrainian locale named its words for all, only, already and promised."""
    result = respond(question, book)
    assert result.answered and [(p.fact.id, p.verdict) for p in result.parts] == [(fact, "no")], result


@pytest.mark.parametrize("question, fact", [
    ("де засідатиме коаліція 4 квітня?", "meeting-place"),  # to sit in session: to meet
    ("хто головний у коаліції?", "coalition-leaders"),
    ("зі скількох держав складається коаліція?", "coalition-size"),  # "скількох": a form of "скільки"
    ("хто з союзників обіцяв прислати війська?", "troops-pledge"),  # allies: countries; to send
])
def test_general_ukrainian_synonyms_read_as_the_books_words(book, question, fact):
    """The locale's synonym groups, idle in Ukrainian before: a word the book does not use reads as one it does."""
    result = respond(question, book)
    assert result.answered and [p.fact.id for p in result.parts] == [fact], result


@pytest.mark.parametrize("question, facts", [
    ("що це за коаліція, бо я пенсіонерка і в політиці не розбираюся", ["what-is-coalition"]),  # the reader's reason
    ("де буде зустріч я забула", ["meeting-place"]),  # the reader, after the question
    ("зустріч у пятницю так бо чоловік питає", ["meeting-date"]),  # why the reader asks
    ("ой ні стоп я маю на увазі де буде зустріч", ["meeting-place"]),  # what follows a self-correction
])
def test_ukrainian_run_on_messages_and_the_readers_reasons(book, question, facts):
    """The run-on reading (embedders, reasons, the reader, self-corrections) was off in Ukrainian: its locale
    named no words for it."""
    result = respond(question, book)
    assert result.answered and [p.fact.id for p in result.parts] == facts, result


def test_base_forms_and_proper_names():
    uk = get("uk")
    assert uk.stem("зустрічі") == uk.stem("зустріч")
    assert uk.stem("києві") == uk.stem("київ") == "київ"  # simplemma alone says "кий"
    assert uk.stem("чому") == "чому"  # a question word keeps its form (simplemma: a form of "що")
    assert uk.stem("сколько") == "скільки" and uk.stem("страны") == uk.stem("країни")  # Russian read as Ukrainian


def test_rewrite_rules():
    uk = get("uk")
    assert uk.rewrite("4 чи 5 квітня?") == "4 квітня чи 5 квітня?"  # two days, one month
    assert uk.rewrite("31 країна і 4 квітня") == "31 країна і 4 квітня"  # "і" after a number is a word
    assert uk.rewrite("27-го березня") == "27 березня"
    assert uk.rewrite("Хто сказав, що зустріч у пʼятницю?") == "Хто сказав мовляв зустріч у пятницю?"
    assert uk.rewrite("Правда, що зустріч у Львові?") == "Правда зустріч у Львові?"
    assert uk.rewrite("Паризький саміт, що там було?") == "Паризький саміт, що там було?"  # a question of its own
    assert uk.rewrite("Чи будуть президенти, чи лише військові?") == "Чи будуть президенти чи лише військові?"
    assert uk.stem("оголосів") == uk.stem("оголосыв") == uk.stem("оголосив")  # и/і/ы mixed up


@pytest.mark.parametrize("question, fact, verdict", [
    ("Хто сказав, що коаліція зустрінеться в Україні?", "announced-by", ""),  # one question, not two
    ("Зеленський сказав, що зустріч у неділю?", "announced-by", "no"),  # a claim to check
    ("Чи будуть на зустрічі президенти, чи лише військові?", "meeting-participants", ""),
    ("зеленський президент україни?", "who-is-zelensky", "yes"),
])
def test_one_question_read_whole(book, question, fact, verdict):
    result = respond(question, book)
    assert result.answered and [p.fact.id for p in result.parts] == [fact], result
    assert result.parts[0].verdict == verdict


def test_a_comma_before_pravda_shto_is_no_second_question(book):
    result = respond("Правда, що зустріч буде у Львові?", book)  # was: a confident answer to "правда" alone
    assert result.kind is Kind.DECLINE and result.fact.id == "meeting-city"
    assert respond("путін щось сказав про цю зустріч?", book).fact.id == "russia-position"  # not "Ні."


@pytest.mark.parametrize("question, fact", [
    ("коли зустріч коаліції?", "meeting-date"),
    ("хто очолює коаліцію охочих", "coalition-leaders"),
    ("ХТО НАПИСАВ СТАТТЮ", "author"),
    ("coalition of the willing це що", "what-is-coalition"),
    ("когда встреча коалиции?", "meeting-date"),
])
def test_ukrainian_and_russian_questions_get_ukrainian_answers(book, question, fact):
    result = respond(question, book)
    assert result.answered and result.fact.id == fact and result.lang == "uk"
    assert CYRILLIC.search(result.text) and not result.text.startswith("The ")


@pytest.mark.parametrize("question", ["Wann trifft sich die Koalition?", "Kto przewodzi koalicji?", "照片上是谁？",
                                      "какая погода в москве"])
def test_other_languages_get_the_languages_line_never_a_fact(book, question):
    result = respond(question, book)
    assert result.kind is Kind.OTHER_LANGUAGE and not result.parts


def test_honest_in_ukrainian_too(book):
    assert respond("в якому місті буде зустріч?", book).kind is Kind.DECLINE
    assert respond("яка погода завтра в києві", book).kind in (Kind.FALLBACK, Kind.SUGGEST)
    gap = respond("скільки військових відправлять?", book)
    assert gap.kind is Kind.DECLINE and gap.text.startswith("У статті не сказано")


@pytest.mark.parametrize("previous, question, fact", [
    ("paris-summit", "а коли?", "paris-summit"),
    ("meeting-date", "а де?", "meeting-place"),
    ("what-is-coalition", "хто її очолює?", "coalition-leaders"),
    ("author", "а коли вийшла?", "published"),
])
def test_ukrainian_followups(book, previous, question, fact):
    result = respond(question, book, previous=previous)
    assert result.answered and result.fact.id == fact and result.followup


# -- the fact file -----------------------------------------------------------------------------------------

def problems(text: str) -> list[str]:
    with pytest.raises(FactFileError) as err:
        parse(text, "facts.yaml")
    return [str(p) for p in err.value.problems]


def line_of(text: str, needle: str, start: int = 0) -> int:
    return text[: text.index(needle, start)].count("\n") + 1


def without_key(text: str, start: int) -> str:
    """`text` without the YAML key whose line starts at `start`, and the more indented lines under it."""
    indent = len(text[start:]) - len(text[start:].lstrip(" "))
    end = text.index("\n", start) + 1
    while end < len(text) and (len(text[end:]) - len(text[end:].lstrip(" ")) > indent or text[end] == "\n"):
        if text[end] == "\n" and text[end + 1:end + 2] != " ":
            break
        end = text.index("\n", end) + 1
    return text[:start] + text[end:]


def test_an_answerable_fact_without_a_ukrainian_answer_is_an_error_with_its_line():
    at = GOOD.index("  - id: author\n")
    block = GOOD.index("    uk:\n", at)
    broken = without_key(GOOD, GOOD.index("      answer:", block))
    found = problems(broken)
    first_key = line_of(broken, "    uk:", at) + 1  # where the block's mapping starts
    assert found == [f"facts.yaml:{first_key}: the uk block of fact 'author' is missing the required key 'answer'"]


def test_a_gap_fact_without_ukrainian_is_only_a_warning():
    at = GOOD.index("  - id: meeting-time\n")
    book = parse(without_key(GOOD, GOOD.index("    uk:\n", at)), "facts.yaml")
    assert any("meeting-time" in w.message and "gap fact" in w.message for w in book.warnings)


def test_a_ukrainian_answer_with_another_date_is_refused():
    at = GOOD.index("  - id: paris-summit\n")
    answer = GOOD.index("27 березня 2025 року", GOOD.index("    uk:\n", at))
    broken = GOOD[:answer] + "28" + GOOD[answer + 2:]
    found = "\n".join(problems(broken))
    assert "paris-summit" in found and "other numbers or dates" in found and "03-28" in found and "03-27" in found


def test_a_weekday_that_is_not_its_date_is_refused_in_both_languages():
    at = GOOD.index("  - id: paris-summit\n")
    uk_block = GOOD.index("    uk:\n", at)
    broken = GOOD[:uk_block] + GOOD[uk_block:].replace("в четвер, 27 березня", "в пʼятницю, 27 березня", 1)
    assert any("does not match 2025-03-27" in p for p in problems(broken))
    english = GOOD.replace("on Friday, April 4, 2025,\n      President", "on Thursday, April 4, 2025,\n      President", 1)
    assert english != GOOD
    assert any("meeting-date" in p and "does not match 2025-04-04" in p for p in problems(english))


def test_an_unknown_language_block_names_the_missing_locale():
    broken = GOOD.replace("  - id: author\n", "  - id: author\n    xx:\n      questions: [a]\n      answer: b\n", 1)
    assert any("no locale 'xx'" in p for p in problems(broken))


def test_numbers_and_dates_read_alike_in_both_languages():
    en, uk = get("en"), get("uk")
    assert crosscheck.figures("on Tuesday, April 1, 2025, at 11:34 PM; 31 nations; F-16", en) == \
        crosscheck.figures("у вівторок, 1 квітня 2025 року, о 23:34; 31 країна; F-16", uk) == \
        {"04-01", "2025", "23:34", "31", "16"}
    assert crosscheck.weekday_mismatches("у пʼятницю, 4 квітня 2025 року", uk, 2025) == []


def test_check_warns_about_a_confusable_ukrainian_phrasing(tmp_path):
    at = GOOD.index("  - id: author\n")
    questions = GOOD.index("      questions:\n", GOOD.index("    uk:\n", at))
    confusable = GOOD[:questions] + "      questions:\n        - коли збереться коаліція охочих?\n" + \
        GOOD[questions + len("      questions:\n"):]
    path = tmp_path / "facts.yaml"
    path.write_text(confusable, encoding="utf-8")
    out = subprocess.run([sys.executable, "-m", "bot", "check", str(path)], cwd=ROOT, capture_output=True, text=True)
    assert out.returncode == 0
    assert re.search(r"facts\.yaml:\d+: warning: question 'коли збереться коаліція охочих\?' \(uk\) "
                     r"of fact 'author' is confusable with meeting-date", out.stderr)


# -- the language of each reply ------------------------------------------------------------------------------

def _say(story, state, text, lang="en", kind=EventKind.TEXT):
    turn = handle(Event(kind, text, at=1000.0, user_lang=lang), state, story)
    return turn, "\n".join(r.text for r in turn.replies)


def test_one_chat_each_question_in_its_own_language(story):
    state = ChatState()
    turn, text = _say(story, state, "/start", "uk", EventKind.COMMAND)
    assert text.startswith("Привіт!") and "«Коаліція охочих»" in text
    turn, text = _say(story, turn.state, "хто написав статтю?", "uk")
    assert "Володимир Іванишин" in text and "Джерело (англійською): «Author: Volodymyr Ivanyshyn»" in text
    assert [b.label for b in turn.replies[0].buttons][0] == "Коли опублікували статтю?"
    turn, text = _say(story, turn.state, "who wrote the article?", "uk")
    assert "Volodymyr Ivanyshyn wrote" in text and "Source:" in text
    assert turn.state.lang == "en"
    turn, text = _say(story, turn.state, "/help", "uk", EventKind.COMMAND)
    assert text.startswith("Ask a question")  # the chat's last question was English


def test_other_texts_follow_the_telegram_language_until_a_question(story):
    _, text = _say(story, ChatState(), "/start", "uk-UA", EventKind.COMMAND)
    assert text.startswith("Привіт!")
    turn, text = _say(story, ChatState(), "/help", "en", EventKind.COMMAND)
    assert text.startswith("Ask a question")
    turn, text = _say(story, turn.state, "яка погода завтра?", "en")
    assert text.startswith("У статті про це не сказано") and turn.state.lang == "uk"
    _, text = _say(story, turn.state, "/source", "en", EventKind.COMMAND)
    assert "Стаття англійською мовою." in text and "Володимир Іванишин" in text
    _, text = _say(story, ChatState(), "/help", "ru", EventKind.COMMAND)
    assert text.startswith("Ask a question")  # any other Telegram language: English


def test_other_languages_get_one_line_in_both(story):
    turn, text = _say(story, ChatState(), "Wer hat den Artikel geschrieben?")
    assert "Я розумію лише українську та англійську." in text and "I understand only Ukrainian and English." in text
    assert len(turn.replies) == 1 and not turn.replies[0].buttons and turn.state == ChatState()


def test_chat_state_keeps_its_language():
    state = ChatState(last_fact="author", last_at=5.0, lang="uk")
    assert ChatState.from_dict(state.to_dict()) == state
    assert ChatState.from_dict({"lang": ["uk"]}).lang == "" and ChatState.from_dict({}).lang == ""


def run_cli(*args, stdin=""):
    return subprocess.run([sys.executable, "-m", "bot", *args], cwd=ROOT, input=stdin, capture_output=True, text=True)


def test_terminal_chat_in_ukrainian():
    out = run_cli("chat", "--lang", "uk", stdin="/start\nхто написав статтю?\nwho wrote the article?\n")
    assert out.returncode == 0
    assert "Привіт!" in out.stdout and "Статтю для Kyiv Independent написав Володимир Іванишин." in out.stdout
    assert "Volodymyr Ivanyshyn wrote the story" in out.stdout


def test_ask_json_in_ukrainian():
    out = run_cli("ask", "--json", stdin="коли зустріч коаліції?\nWann ist das Treffen?\n")
    first, second = [json.loads(line) for line in out.stdout.splitlines()]
    assert first["lang"] == "uk" and first["fact"] == "meeting-date" and "4 квітня 2025 року" in first["answer"]
    assert second["kind"] == "other_language" and second["answered"] is False


def test_inline_answers_in_the_query_language(harness_factory):
    async def body(h):
        await h.send(inline("хто написав статтю"), 1)

    (answer,) = harness_factory(body).sent("answerInlineQuery")
    first = answer["results"][0]
    assert first["title"] == "Хто написав статтю?"
    assert "Джерело (англійською)" in first["input_message_content"]["message_text"]


# -- the real bot process ------------------------------------------------------------------------------------

def _from(update: dict, language_code: str) -> dict:
    update["message"]["from"]["language_code"] = language_code
    return update


def test_real_bot_process_speaks_ukrainian(tmp_path):
    from tests.test_processes import start, stop

    with FakeBotAPI() as api:
        proc, log = start(["run"], {"TELEGRAM_BOT_TOKEN": TOKEN, "TELEGRAM_BASE_URL": api.base_url}, tmp_path)
        try:
            assert api.wait_for(lambda: len(api.sent("setMyCommands")) >= 2, 20), "bot never started"
            api.push(_from(text_message("/start", chat_id=31), "uk"))
            assert api.wait_for(lambda: len(api.sent("sendMessage")) >= 1, 20)
            api.push(_from(text_message("хто написав статтю?", chat_id=31, message_id=2), "uk"))
            assert api.wait_for(lambda: len(api.sent("sendMessage")) >= 2, 20)
            api.push(_from(text_message("who wrote the article?", chat_id=31, message_id=3), "uk"))
            assert api.wait_for(lambda: len(api.sent("sendMessage")) >= 3, 20)
        finally:
            stop(proc, log)
    start_text, uk_answer, en_answer = [m["text"] for m in api.sent("sendMessage")]
    assert start_text.startswith("Привіт!")
    assert "Володимир Іванишин" in uk_answer and "Джерело (англійською)" in uk_answer
    assert "Volodymyr Ivanyshyn wrote the story" in en_answer and "Source:" in en_answer
    menus = {call.get("language_code"): json.loads(call["commands"]) for call in api.sent("setMyCommands")}
    assert menus["uk"][0] == {"command": "start", "description": "Що це за бот і приклади запитань"}
    assert None in menus and menus[None][0]["description"].startswith("What this bot is")


@pytest.mark.parametrize("previous, question, expected", [
    ("meeting-place", "а хто це сказав?", "announced-by"),  # хто в статті сказав те, що в останній відповіді
    ("paris-summit", "а що було далі?", "starmer-call"),  # на часовій лінії статті: 27 березня, далі 31 березня
    ("starmer-call", "а перед тим?", "paris-summit"),
])
def test_who_said_it_and_time_shifts_in_ukrainian(book, previous, question, expected):
    result = respond(question, book, previous=previous)
    assert [p.fact.id for p in result.parts if p.fact is not None] == [expected] and result.lang == "uk"


def test_what_the_question_sets_aside_in_ukrainian(book):
    result = respond("окрім франції та британії, які ще країни пообіцяли війська?", book)
    assert not result.answered and result.lang == "uk" and result.parts[0].fact.id == "troops-pledge"


def test_who_will_be_at_the_meeting_in_ukrainian_asks_who_takes_part(book):
    assert respond("а хто буде на зустрічі в п'ятницю?", book).parts[0].fact.id == "meeting-participants"


def test_whether_they_met_before_in_ukrainian(book):
    assert respond("а вони вже зустрічалися раніше?", book, previous="meeting-date").parts[0].fact.id == "previous-meetings"


def test_tell_me_more_in_ukrainian_restates_the_last_answer(book):
    result = respond("а детальніше?", book, previous="paris-summit")
    assert result.parts[0].fact.id == "paris-summit" and result.text.startswith("Це все, що стаття каже про")


def test_the_order_of_two_events_in_ukrainian(book):
    result = respond("чи був саміт у парижі після розмови зі стармером?", book)
    assert result.parts[0].fact.id == "paris-summit" and result.parts[0].verdict == "no"


def test_a_place_only_a_past_event_names_is_a_claim_about_the_coming_meeting(book):
    """'буде' (will be) is about what is still to come: Paris names only the past summit, so No, in Ukraine."""
    result = respond("коаліція збереться в парижі?", book)
    assert [p.fact.id for p in result.parts] == ["meeting-place"] and result.parts[0].verdict == "no"


@pytest.mark.parametrize("question, verdict, opening", [
    ("Зустріч не в пʼятницю, правильно?", "no", "Це не так."),  # a negated statement: turned round
    ("Ніхто не пообіцяв військ, так?", "no", "Це не так."),
    ("Правда, що зустріч не в Україні?", "no", "Це не так."),
    ("Коаліція збереться не в неділю, так?", "yes", "Саме так."),
    ("Зеленський не оголошував цю зустріч, так?", "no", "Це не так."),  # an imperfective verb: оголошувати
])
def test_a_negated_ukrainian_statement_is_judged_as_stated(book, question, verdict, opening):
    result = respond(question, book)
    assert result.parts[0].verdict == verdict and result.parts[0].text.startswith(opening)


@pytest.mark.parametrize("message", ["коротко перекажи новину будь ласка, бо нема часу читати",
                                     "перекажи статтю в двох реченнях",
                                     "поясни цю новину так, ніби мені десять років"])
def test_a_ukrainian_request_to_condense_the_story_gets_the_summary(book, message):
    """However the reader asks for it shorter, and whatever reasons they give ('бо нема часу'): the summary."""
    result = respond(message, book)
    assert result.answered and [p.fact.id for p in result.parts] == ["summary"]


def test_a_short_ukrainian_question_of_its_own_is_not_the_summary(book):
    result = respond("коротко: хто очолює коаліцію?", book)
    assert [p.fact.id for p in result.parts] == ["coalition-leaders"]


@pytest.mark.parametrize("question, answered", [
    ("а що каже трамп?", None),  # what Trump says: the story does not say (as "what does trump say?" in English)
    ("а трамп шо про це каже", None),
    ("що робить адміністрація трампа?", "us-role"),  # his administration is the U.S. government
])
def test_trump_is_a_person_the_story_does_not_quote_and_his_administration_is_the_us(book, question, answered):
    result = respond(question, book)
    assert (result.fact.id if result.answered else None) == answered


@pytest.mark.parametrize("question, fact, verdict", [
    ("Я чула, що коаліцію очолюють Сполучені Штати. Це правда?", "coalition-leaders", "no"),  # a country in full
    ("Зустріч буде у суботу. Це правда?", "meeting-date", "no"),  # "Це правда?" closes the claim before it
])
def test_a_claim_closed_by_a_separate_is_that_true(book, question, fact, verdict):
    result = respond(question, book)
    assert result.fact.id == fact and result.parts[0].verdict == verdict


@pytest.mark.parametrize("question, verdict", [
    ("На зустріч приїдуть тільки Франція і Британія?", "no"),  # the verb before the list; "кількох країн"
    ("Франція приїде на зустріч?", None),  # one claimed to come: the story names no participants
])
def test_only_these_countries_coming_is_judged_by_the_participants(book, question, verdict):
    result = respond(question, book)
    assert result.fact.id == "meeting-participants"
    assert (result.parts[0].verdict if result.answered else None) == verdict


def test_a_meeting_claimed_outside_ukraine_is_no(book):
    result = respond("зустріч буде за межами України?", book)
    assert result.fact.id == "meeting-place" and result.parts[0].verdict == "no"


def test_just_one_country_leading_is_no(book):
    result = respond("коаліцію очолює лише одна країна?", book)
    assert result.fact.id == "coalition-leaders" and result.parts[0].verdict == "no"


def test_zelensky_leading_the_coalition_is_no(book):
    result = respond("Зеленський очолює коаліцію охочих?", book)
    assert result.fact.id == "coalition-leaders" and result.parts[0].verdict == "no"


@pytest.mark.parametrize("question, fact, verdict", [
    ("Кожна країна коаліції відправить війська?", "troops-pledge", "no"),  # "кілька країн": not every one
    ("вони вже зустрічались до цього?", "previous-meetings", "yes"),
])
def test_a_statement_claiming_all_or_already_asked_with_a_question_mark_is_yes_no(book, question, fact, verdict):
    """No date or name in it, but 'кожна' / 'вже' makes the statement a claim: a yes/no question."""
    result = respond(question, book)
    assert result.fact.id == fact and result.parts[0].verdict == verdict


def test_countries_said_to_lead_are_checked_by_the_leaders(book):
    result = respond("коаліцію очолюють США і Німеччина?", book)
    assert result.fact.id == "coalition-leaders" and result.parts[0].verdict == "no"


@pytest.mark.parametrize("question", ["зустріч 4 квітня вже відбулася?",
                                      "На момент виходу статті зустріч 4 квітня вже відбулася?"])
def test_whether_the_coming_meeting_is_over_is_not_in_the_story(book, question):
    result = respond(question, book)
    assert not result.answered and [p.fact.id for p in result.parts] == ["meeting-outcome"]
