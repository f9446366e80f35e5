"""The match index: FactBook + Locale -> every precomputed match datum, and the scoring over it.

One index per language: it is built from the phrasings in that language (English from each
fact's `questions`, another language from the fact's translation), with that locale's stemmer
and function words.  Build and scoring live here together, so they cannot drift apart.
"""

from __future__ import annotations

import datetime as dt
import heapq
import math
import re
from collections import Counter
from dataclasses import dataclass

from rapidfuzz import fuzz, process

from ..engine.normalize import AliasTable, Vocabulary, fold, words
from ..engine.shape import STRONG_TYPES, qtype
from ..engine.spelling import Speller
from .factbook import Fact, FactBook, building
from .locale import Locale

_MEMO_SIZE = 8192  # texts an index remembers the words of (a few MB at most)
QUOTE = re.compile(r'["“«„][^"“”«»„]*["”»“]')  # a quotation in an answer ("...", “...”, «...»)


@dataclass(frozen=True)
class Scored:
    fact_index: int
    score: float
    phrasing: int = -1  # the fact's best phrasing for the question


def phrasings(fact: Fact, code: str, book: FactBook) -> tuple[str, ...]:
    """A fact's questions in language `code` (none if the fact has no text in that language)."""
    if code == book.language:
        return fact.questions
    local = fact.translation(code)
    return local.phrasings if local else ()


def answer_text(fact: Fact, code: str, book: FactBook) -> str:
    if code == book.language:
        return fact.answer
    local = fact.translation(code)
    return local.answer if local else ""


class MatchIndex:
    """Everything the engine matches against, for one language."""

    def __init__(self, book: FactBook, locale: Locale):
        with building():  # tens of thousands of live objects: no collection walks them on the way
            self._build(book, locale)

    def _build(self, book: FactBook, locale: Locale) -> None:
        self._memo: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {}
        self.book = book
        self.locale = locale
        self.facts = book.facts
        self.aliases = AliasTable(book.aliases_for(locale.code), locale)
        self.vocabulary = Vocabulary(locale)
        corpus = ""
        if locale.synonyms:  # the language's general synonyms, for the words this book does not use
            corpus = self._corpus()
            used = frozenset(map(locale.stem, set(corpus.split())))  # each distinct word stemmed once
            self.aliases.add_synonyms(locale.synonyms, used, corpus, locale, frozenset(self.vocabulary.stop))
            self._memo.clear()  # texts read before the synonyms were added read differently now
        self.keys: list[str] = []  # content words of each phrasing, joined
        self.sorted_keys: list[str] = []  # ... in sorted order, as token_sort_ratio compares them
        self.literal: list[str] = []  # each phrasing folded, function words kept
        self.spoken: list[str] = []  # ... after the language's rewrite, as a message's words are read
        self.phrase_words: list[frozenset[str]] = []
        self.owners: list[int] = []  # fact index of each phrasing
        self.postings: dict[str, list[int]] = {}  # word -> phrasings using it
        self.vocab: list[frozenset[str]] = []  # words each fact knows (its questions plus its answer)
        self.asked: list[frozenset[str]] = []  # words of each fact's questions
        self._index_phrasings()
        self._weigh()
        surface = self._surface(corpus)
        self.surface_words = frozenset(surface)
        self.speller = Speller(surface, locale, self.token_tuple)
        if locale.many_forms:  # "приїхати" beside the book's "приїхало" is not a misspelling
            self.speller.base_known = self.knows
        self._index_meaning()

    # -- build -----------------------------------------------------------------------------------

    def knows(self, word: str) -> bool:
        """A word whose base form the book uses, though not spelled so ("приїхати" beside "приїхало"):
        not a misspelling."""
        if not (self.locale.many_forms and len(word) > 3 and word.isalpha()):
            return False
        # the base form, or what the aliases make of it: "збиралась" is "збиратися", which the book
        # spells only through its alias group ("meet")
        return self.locale.stem(word) in self.all_words or any(t in self.all_words for t in self.tokens(word))

    def token_tuple(self, word: str) -> tuple[str, ...]:
        """What the book folds `word` into (its aliases), for the speller."""
        return tuple(self.tokens(word))

    def answer(self, fact: Fact) -> str:
        """The fact's answer in this index's language."""
        return answer_text(fact, self.locale.code, self.book)

    def title(self, fact: Fact) -> str:
        """The fact's canonical question in this index's language."""
        return self.book.title_in(fact, self.locale.code)

    def tokens(self, text: str) -> list[str]:
        """All words of `text`, folded, stemmed and alias-replaced."""
        return list(self._read(text)[0])

    def content(self, text: str) -> list[str]:
        return list(self._read(text)[1])

    def _read(self, text: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
        """(tokens, content words) of `text`, remembered for the last few thousand texts: a question reads
        the same phrases (its own, its words one by one, the facts' answers) many times over."""
        memo = self._memo
        found = memo.get(text)
        if found is None:
            if len(memo) >= _MEMO_SIZE:
                memo.clear()
            tokens = tuple(self.aliases.apply(words(text, self.locale)))
            found = memo[text] = (tokens, tuple(self.vocabulary.content(tokens)))
        return found

    def __getstate__(self) -> dict:
        """Pickled (the start-up cache) without what it remembered of texts read."""
        return {k: v for k, v in self.__dict__.items() if k != "_memo"}

    def __setstate__(self, state: dict) -> None:
        self.__dict__.update(state, _memo={})

    def _index_phrasings(self) -> None:
        code = self.locale.code
        for index, fact in enumerate(self.facts):
            known: set[str] = set()
            for question in phrasings(fact, code, self.book):
                phrase = self.content(question)
                for word in sorted(set(phrase)):
                    self.postings.setdefault(word, []).append(len(self.keys))
                self.literal.append(fold(question))
                self.spoken.append(" ".join(words(question, self.locale)))  # = fold(rewrite(q)), read once
                self.keys.append(" ".join(phrase))
                self.sorted_keys.append(" ".join(sorted(phrase)))
                self.phrase_words.append(frozenset(phrase))
                self.owners.append(index)
                known.update(phrase)
            self.asked.append(frozenset(known))
            self.vocab.append(frozenset(known.union(self.content(answer_text(fact, code, self.book)))))
        self.spoken_owners: dict[str, set[int]] = {}
        for phrasing, owner in zip(self.spoken, self.owners):
            self.spoken_owners.setdefault(" ".join(phrasing.split()), set()).add(owner)
        story_words = set(self.content(self.book.story_text_for(code)))
        self.all_words = frozenset(story_words.union(*self.vocab))

    def _speakers(self, answer: str) -> frozenset[str]:
        """The names an answer credits with a quote ('Zelensky said: "..."'): "what is the session for,
        according to zelensky?" asks this answer, though none of its questions names him."""
        found: set[str] = set()
        for lead in QUOTE.split(answer)[:-1]:  # the text before each quote
            sentence = re.split(r"[.!?]\s", lead)[-1]
            if len(sentence.split()) <= 8:  # a short lead-in ("Zelensky said:"), not a sentence quoting a phrase
                found.update(t for t in self.content(sentence) if t in self.names)
        return frozenset(found)

    def _corpus(self) -> str:
        """The story, the phrasings and the answers, folded, one text per line (" " around each)."""
        code = self.locale.code
        texts = [self.book.story_text_for(code)] + [t for f in self.facts for t in phrasings(f, code, self.book)] + \
            [answer_text(f, code, self.book) for f in self.facts]
        return "\n".join(f" {' '.join(words(text, self.locale))} " for text in texts)

    def _surface(self, corpus: str = "") -> Counter:
        """Every word as spelled in the book, counted, for correcting misspelt questions."""
        code = self.locale.code
        if corpus:  # the story, phrasings and answers, already folded
            counts = Counter(corpus.split())
            counts.update(self.aliases.surface())
            return counts
        counts = Counter(words(self.book.story_text_for(code), self.locale))
        counts.update(self.aliases.surface())
        for fact in self.facts:
            counts.update(words(" ".join(phrasings(fact, code, self.book)) + " " +
                                answer_text(fact, code, self.book), self.locale))
        return counts

    def _weigh(self) -> None:
        """Rarer words weigh more; proper names asked of the wrong fact block an answer."""
        n = max(len(self.facts), 1)
        df = Counter(w for v in self.vocab for w in v)
        self.unknown_weight = 1.0 + math.log(n)
        self.weight = {w: 1.0 + math.log(n / df[w]) if df[w] else self.unknown_weight for w in self.all_words}
        asked = Counter(w for known in self.asked for w in known)
        not_names = {self.locale.stem(w) for w in self.locale.not_names}
        self.names = frozenset(w for w in self._proper_names() if asked[w] <= n / 3 and w not in not_names)
        question = self.vocabulary.question
        self.phrase_weight = [sum(self.weight[w] for w in sorted(ws)) for ws in self.phrase_words]
        self.phrase_qweight = [sum(self.weight[w] for w in sorted(ws) if w in question) for ws in self.phrase_words]

    def _index_meaning(self) -> None:
        """Each fact's question types (those its own questions show, plus those declared), subjects
        and dated claims."""
        self.phrase_types = [qtype(tuple(spoken.split()), self.locale) for spoken in self.spoken]
        # phrasings of one fact with the same words and type score alike ("when is the meeting", "when will
        # the meeting be"): only the first is scored, a third fewer for this book
        first: dict[tuple[int, str, str], int] = {}
        for p, shape in enumerate(zip(self.owners, self.sorted_keys, self.phrase_types)):
            first.setdefault(shape, p)
        scored = set(first.values())
        self.postings = {w: [p for p in ps if p in scored] for w, ps in self.postings.items()}
        shown: list[set[str]] = [set() for _ in self.facts]
        for kind, owner in zip(self.phrase_types, self.owners):
            shown[owner].add(kind)
        self.types = [frozenset(found - {""}) | frozenset(fact.types) for found, fact in zip(shown, self.facts)]
        # what the curator declared, where declared: a follow-up with no topic words of its own has
        # only its type to go on, and a phrasing like "where is the photo from?" does not make the
        # photo answer "where?"
        self.declared = [frozenset(f.types) or t for f, t in zip(self.facts, self.types)]
        self.subjects: dict[str, list[int]] = {}
        for i, fact in enumerate(self.facts):
            if fact.subject:
                self.subjects.setdefault(fact.subject, []).append(i)
        self.subject_tokens = {s: tuple(self.content(self.book.subject_in(s, self.locale.code))) for s in self.subjects}
        self.subject_vocab = {s: frozenset(self.subject_tokens[s]).union(*(self.vocab[i] for i in members))
                              for s, members in self.subjects.items()}
        self.subject_asked = {s: frozenset(self.subject_tokens[s]).union(*(self.asked[i] for i in members))
                              for s, members in self.subjects.items()}
        # words that earn a fact credit when its phrasing lacks them: those of its other phrasings, and
        # those of its answer, except another subject's own name ("met" in the coalition's answer does
        # not make "what will the coalition do at the meeting" a question about the coalition)
        names = {t: s for s, ts in self.subject_tokens.items() for t in ts}
        self.subject_names = frozenset(names)  # words that name a subject ("meet", "photo", "coalit")
        self.credit = [self.asked[i] | frozenset(w for w in self.vocab[i] if names.get(w, fact.subject) == fact.subject
                                                 or w in self.subject_tokens.get(fact.subject, ()))
                       for i, fact in enumerate(self.facts)]
        self.credited_by: dict[str, list[int]] = {}  # word -> facts crediting it, for `overlaps`
        for i, known in enumerate(self.credit):
            for word in sorted(known):
                self.credited_by.setdefault(word, []).append(i)
        self.position = {fact.id: i for i, fact in enumerate(self.facts)}
        self.speakers = [self._speakers(answer_text(f, self.locale.code, self.book)) for f in self.facts]
        self.people_tokens = frozenset(t for f in self.facts for name in f.asserts.people for t in self.content(name))
        # what the story and answers spell: each text read on its own, as the corpus read it (not once
        # more joined, which rewrote the whole story a second time)
        stated = [self.book.story_text_for(self.locale.code)] + [answer_text(f, self.locale.code, self.book)
                                                                 for f in self.facts]
        self.stated_words = frozenset(w for text in stated for w in words(text, self.locale))
        self.published = dt.date.fromisoformat(self.book.story.published)
        self.story_dates = frozenset({self.published} | {dt.date.fromisoformat(f.asserts.date)
                                                         for f in self.facts if f.asserts.date})

    def _proper_names(self) -> frozenset[str]:
        """Capitalised words not opening a sentence: swapping one for another changes the fact."""
        text = self.book.story_text_for(self.locale.code)
        found = re.findall(r"(?<![.!?\n\"(]\s)(?<!^)\b([^\W\d_][\w.-]*\w)", text, re.M)
        return frozenset(w for name in found if name[0].isupper() for w in self.content(name))

    # -- scoring ---------------------------------------------------------------------------------

    def _weighed(self, query: frozenset[str]) -> tuple[tuple[str, float, bool, bool], ...]:
        """Each question word with its weight, whether it asks (when/where/who) and whether it is a name: once
        per question, not once per phrasing, in a fixed order (float sums must not depend on the hash seed)."""
        question = self.vocabulary.question
        return tuple((word, self.weight.get(word, self.unknown_weight), word in question, word in self.names)
                     for word in sorted(query))

    def _shared(self, query: tuple[tuple[str, float, bool, bool], ...], th, common: int = 2000,
                keep: int = 400) -> tuple[list[int], list[tuple[float, float, float]]]:
        """The phrasings sharing a word with the question (in big books, only the most promising), each with
        the weight of the words it shares: (all of them, a when/where/who counted `question_word` times, the
        names).  Summed word by word over the postings: each word is looked at once, however many
        phrasings use it."""
        inside: dict[int, float] = {}
        asks: dict[int, float] = {}  # what asking words add beyond their weight
        named: dict[int, float] = {}
        later = []
        for word, w, asking, name in sorted(query, key=lambda q: (-q[1], q[0])):
            postings = self.postings.get(word, ())
            if len(postings) > common and inside:
                later.append((word, w, asking, name))  # a very common word finds nothing a rarer one did not
                continue
            for p in postings:
                inside[p] = inside.get(p, 0.0) + w
            if asking:
                for p in postings:
                    asks[p] = asks.get(p, 0.0) + w * (th.question_word - 1)
            if name:
                for p in postings:
                    named[p] = named.get(p, 0.0) + w
        if len(inside) > keep:
            candidates = sorted(heapq.nlargest(keep, sorted(inside), key=inside.__getitem__))
        else:
            candidates = sorted(inside)
        for word, w, asking, name in later:  # scored, though it chose no phrasing
            for p in candidates:
                if word in self.phrase_words[p]:
                    inside[p] += w
                    if asking:
                        asks[p] = asks.get(p, 0.0) + w * (th.question_word - 1)
                    if name:
                        named[p] = named.get(p, 0.0) + w
        return candidates, [(inside[p], inside[p] + asks.get(p, 0.0), named.get(p, 0.0)) for p in candidates]

    def _overlaps(self, query: tuple[tuple[str, float, bool, bool], ...], th) -> tuple[list[int], list[float]]:
        """The candidate phrasings and each one's asymmetric weighted overlap (Tversky) with the question:
        unexplained question words cost the most."""
        candidates, shared = self._shared(query, th)
        credited = [0.0] * len(self.facts)  # weight of the question's non-name words each fact knows
        total = 0.0
        for word, w, _, name in query:
            total += w
            if not name:
                for f in self.credited_by.get(word, ()):
                    credited[f] += w
        out = []
        credit, qw = th.answer_credit, th.question_word - 1
        for p, (inside, asked, named) in zip(candidates, shared):
            half = credited[self.owners[p]] - (inside - named)  # the fact knows it, this phrasing lacks it
            explained = inside + credit * half
            extra_q = total - explained
            # the phrasing's words the asker did not use; a missing when/where/who changes the question most
            extra_p = self.phrase_weight[p] + qw * self.phrase_qweight[p] - asked
            denominator = explained + th.alpha * extra_q + th.beta * extra_p
            out.append(explained / denominator if denominator else 0.0)
        return candidates, out

    def rank(self, tokens: list[str], th, kind: str = "") -> list[Scored]:
        """Score every fact that shares a word with the question, best phrasing first.  `kind`: the
        question's type; a phrasing asking another strong type ("who will attend" for "what will the
        participants work on") loses `th.type_penalty`."""
        candidates, overlaps = self._overlaps(self._weighed(frozenset(tokens)), th)
        if not candidates:
            return []
        # token_sort_ratio, with the phrasings' words sorted once at load
        order = process.extract(" ".join(sorted(tokens)), [self.sorted_keys[p] for p in candidates],
                                scorer=fuzz.ratio, processor=None, limit=None)
        best: dict[int, tuple[float, int]] = {}
        for _, shape, i in order:
            phrasing = candidates[i]
            score = (1 - th.shape_weight) * 100 * overlaps[i] + th.shape_weight * shape
            if kind and self.phrase_types[phrasing] != kind and self.phrase_types[phrasing] in STRONG_TYPES:
                score -= th.type_penalty
            owner = self.owners[phrasing]
            if score > best.get(owner, (-1.0, 0))[0]:
                best[owner] = (score, phrasing)
        scored = [Scored(i, s, p) for i, (s, p) in best.items()]
        scored.sort(key=lambda s: (-s.score, s.fact_index))  # equal scores: file order, never hash order
        return scored

    def is_phrasing(self, words: tuple[str, ...], fact_index: int) -> bool:
        """Is the question word for word one of the fact's phrasings?  Then the curator chose."""
        return fact_index in self.spoken_owners.get(" ".join(words), ())

    def literal_match(self, folded: str, cutoff: float) -> tuple[int, float] | None:
        """(fact index, score) of the phrasing `folded` nearly equals, for questions of function words only."""
        match = process.extractOne(folded, self.literal, scorer=fuzz.ratio, score_cutoff=cutoff) if folded else None
        return (self.owners[match[2]], match[1]) if match else None
