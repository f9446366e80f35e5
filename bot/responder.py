"""The responder: (question, fact book) -> answer, suggestion or honest fallback.

Pure and Telegram-free, so it can be tested, evaluated and benchmarked on its own.
A confident wrong answer is the worst outcome, so an answer needs a high score, a
clear lead over the runner-up, and a question whose words the fact actually knows.
"""

from __future__ import annotations

import heapq
from dataclasses import dataclass

from rapidfuzz import fuzz, process
from rapidfuzz.distance import OSA

from .story.factbook import Fact, FactBook
from .normalize import QUESTION_WORDS, STOPWORDS, content, fold, readings, tokens


@dataclass(frozen=True)
class Thresholds:
    """Every tuning knob in one place; `python -m bot eval` shows the trade-off."""

    answer: float = 55.0  # best score needed to answer
    literal: float = 88.0  # rapidfuzz ratio for a question of function words only to match a phrasing
    margin: float = 1.0  # lead over the runner-up fact needed to answer
    suggest: float = 45.0  # best score needed to offer "did you mean"
    followup_words: int = 3  # at most this many content words make a follow-up
    alpha: float = 1.0  # cost of a question word the phrasing does not explain
    beta: float = 0.2  # cost of a phrasing word the question does not use
    answer_credit: float = 0.5  # credit for a question word found only in the fact's answer
    question_word: float = 5.0  # phrasing's when/where/who... missing from the question costs this much more
    shape_weight: float = 0.4  # share of rapidfuzz token_sort_ratio in the score
    vague_weight: float = 1.5  # a lone word this common ("meeting?") answers only an exact phrasing


DEFAULT = Thresholds()
MAX_QUESTION = 4096  # Telegram's own message limit; anything longer is cut


SMALL_TALK = {  # whole messages that are not questions, folded
    "greeting": {"hi", "hello", "hey", "hiya", "yo", "hola", "good morning", "good afternoon", "good evening",
                 "hi there", "hello there", "hey there", "start", "help"},
    "thanks": {"thanks", "thank you", "thx", "ty", "thanks a lot", "thank you very much", "cheers", "great thanks",
               "ok thanks", "ok thank you", "perfect thanks", "nice", "great", "cool", "ok", "okay", "got it"},
    "bye": {"bye", "goodbye", "bye bye", "see you", "good night", "later"},
}


@dataclass(frozen=True)
class Result:
    kind: str  # "answer" | "suggest" | "fallback"
    text: str
    fact: Fact | None = None
    score: float = 0.0
    suggestions: tuple[Fact, ...] = ()
    followup: bool = False  # resolved against the previous answer
    small_talk: str = ""  # "greeting" | "thanks" | "bye" when the message was not a question

    @property
    def answered(self) -> bool:
        return self.kind == "answer"


@dataclass(frozen=True)
class _Scored:
    fact_index: int
    score: float


QUESTION_LIST = tuple(sorted(QUESTION_WORDS))  # a fixed order: ties must not depend on the hash seed
MAX_SPELLINGS = 3  # nearest corrections kept per word
MAX_READINGS = 4  # readings of one question tried when corrections are ambiguous


def _speller(book: FactBook):
    """A word fixer: an unknown word becomes every word the fact book spells that is nearest to it.

    Several equally near words are all returned (in a fixed order, commonest first), so an
    ambiguous correction is read each way instead of being decided by chance.
    """
    def fix(word: str) -> tuple[str, ...]:
        if word in book.surface_count or word in STOPWORDS or not word.isalpha() or len(word) < 3:
            return (word,)
        if len(word) < 5:  # short words turn too easily into another word ("rome" -> "role") ...
            near = process.extract(word, QUESTION_LIST, scorer=OSA.distance, score_cutoff=1, limit=None)
            return tuple(m[0] for m in near) or (word,)  # ... except misspelt question words ("whre", "wen")
        edits = 1 if len(word) < 8 else 2
        near = process.extract(word, book.surface_list, scorer=OSA.distance, score_cutoff=edits, limit=None)
        if not near:
            return (word,)
        best = min(m[1] for m in near)
        nearest = sorted((m[0] for m in near if m[1] == best), key=lambda w: (-book.surface_count[w], w))
        return tuple(nearest[:MAX_SPELLINGS])
    return fix


def _overlap(query: frozenset[str], phrasing: int, book: FactBook, th: Thresholds) -> float:
    """Asymmetric weighted overlap (Tversky): unexplained question words cost the most."""
    words = book.phrase_words[phrasing]
    vocab = book.vocab[book.owners[phrasing]]
    weight = book.weight
    shared = extra_q = 0.0
    # the phrasing's words the asker did not use; a missing when/where/who changes the question most
    extra_p = book.phrase_weight[phrasing] + (th.question_word - 1) * book.phrase_qweight[phrasing]
    for word in sorted(query):  # a fixed summing order: float sums must not depend on the hash seed
        w = weight.get(word, book.unknown_weight)
        if word in words:
            shared += w
            extra_p -= w * (th.question_word if word in QUESTION_WORDS else 1.0)
        elif word in vocab and word not in book.names:  # the answer mentions it: half explained
            shared += th.answer_credit * w
            extra_q += (1 - th.answer_credit) * w
        else:
            extra_q += w
    denominator = shared + th.alpha * extra_q + th.beta * extra_p
    return shared / denominator if denominator else 0.0


def _candidates(query: frozenset[str], book: FactBook, common: int = 2000, keep: int = 400) -> list[int]:
    """Phrasings sharing a word with the question; in big books, only the most promising."""
    shared: dict[int, float] = {}
    for word in sorted(query, key=lambda w: (-book.weight.get(w, 0.0), w)):
        postings = book.postings.get(word, ())
        if len(postings) > common and shared:
            continue  # a very common word adds nothing a rarer one did not already find
        w = book.weight.get(word, 0.0)
        for p in postings:
            shared[p] = shared.get(p, 0.0) + w
    if len(shared) > keep:
        return sorted(heapq.nlargest(keep, sorted(shared), key=shared.__getitem__))
    return sorted(shared)


def _rank(words: list[str], book: FactBook, th: Thresholds) -> list[_Scored]:
    """Score every fact that shares a word with the question, best phrasing first."""
    query = frozenset(words)
    candidates = _candidates(query, book)
    if not candidates:
        return []
    key = " ".join(words)
    order = process.extract(key, [book.keys[p] for p in candidates], scorer=fuzz.token_sort_ratio,
                            processor=None, limit=None)
    best: dict[int, float] = {}
    for _, shape, i in order:
        phrasing = candidates[i]
        score = (1 - th.shape_weight) * 100 * _overlap(query, phrasing, book, th) + th.shape_weight * shape
        owner = book.owners[phrasing]
        if score > best.get(owner, -1.0):
            best[owner] = score
    scored = [_Scored(i, s) for i, s in best.items()]
    scored.sort(key=lambda s: (-s.score, s.fact_index))  # equal scores: file order, never hash order
    return scored


def _prepare(question: str, book: FactBook) -> list[list[str]]:
    """The question's meaningful words, spelling-fixed, stemmed and alias-folded: one list per reading."""
    found = readings(question[:MAX_QUESTION], book.aliases, _speller(book), MAX_READINGS)
    return [content(words) for words in found]


def _literal(question: str, book: FactBook, th: Thresholds) -> Result:
    """Questions of function words only ("what happened?") can only match a phrasing literally."""
    folded = fold(question[:200])
    match = process.extractOne(folded, book.literal, scorer=fuzz.ratio, score_cutoff=th.literal) if folded else None
    if match is None:
        return Result("fallback", "", score=0.0)
    fact = book.facts[book.owners[match[2]]]
    return Result("fallback" if fact.gap else "answer", fact.answer, fact=fact, score=match[1])


def _decide(words: list[str], book: FactBook, th: Thresholds) -> Result:
    if not words:
        return Result("fallback", "", score=0.0)
    ranked = _rank(words, book, th)
    if not ranked:
        return Result("fallback", "", score=0.0)
    top = ranked[0]
    runner_up = ranked[1].score if len(ranked) > 1 else 0.0
    fact = book.facts[top.fact_index]
    unknown = [w for w in words if w not in book.all_words]
    asked = book.asked[top.fact_index]
    unknown += [w for w in words if w in book.names and w not in asked]  # "France" asked of a UK fact
    vague = len(set(words)) == 1 and book.weight.get(words[0], 0.0) < th.vague_weight and top.score < 100
    if top.score >= th.answer and top.score - runner_up >= th.margin and not unknown and not vague:
        if fact.gap:  # the story does not say: decline, with the honest specific text
            return Result("fallback", fact.answer, fact=fact, score=top.score)
        return Result("answer", fact.answer, fact=fact, score=top.score)
    floor = th.answer if unknown else th.suggest  # "capital of France?" gets no far-fetched "did you mean"
    close = tuple(book.facts[s.fact_index] for s in ranked[:3] if s.score >= floor)
    if close:
        return Result("suggest", "", fact=fact, score=top.score, suggestions=close)
    return Result("fallback", "", fact=fact, score=top.score)


def _decide_readings(found: list[list[str]], book: FactBook, th: Thresholds) -> Result:
    """Decide each reading; readings that confidently name different facts become "did you mean"."""
    results = [_decide(words, book, th) for words in found]
    sure = [r for r in results if r.fact is not None and r.text]  # an answer, or a gap's honest decline
    facts = list(dict.fromkeys(r.fact.id for r in sure))
    if len(facts) > 1:
        close = tuple(book.by_id[f] for f in facts[:3])
        return Result("suggest", "", fact=close[0], score=max(r.score for r in sure), suggestions=close)
    return sure[0] if sure else results[0]


def respond(question: str, book: FactBook, previous: str | None = None,
            thresholds: Thresholds = DEFAULT) -> Result:
    """Answer `question` from `book`; `previous` is the fact id last answered in this chat."""
    chat = fold(question[:100])
    for kind, phrases in SMALL_TALK.items():
        if chat in phrases:
            return Result("fallback", "", small_talk=kind)
    found = _prepare(question, book)
    words = found[0]
    if words:
        result = _decide_readings(found, book, thresholds)
    else:
        result = _literal(question, book, thresholds)
    if result.answered or previous not in book.by_id or not 0 < len(words) <= thresholds.followup_words:
        return result
    context = _prepare(book.by_id[previous].title, book)[0]
    extended = words + [w for w in context if w not in words]
    followup = _decide(extended, book, thresholds)
    if followup.answered and followup.fact and followup.fact.id != previous:
        return Result(followup.kind, followup.text, followup.fact, followup.score, followup=True)
    return result
