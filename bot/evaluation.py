"""Eval files: labelled messages that measure how well the story bundle generalises.

Format (TSV, `#` comments): `expected<TAB>message`, where expected is
- a fact id: the message must be answered with that fact;
- `-`, or the id of a `gap: true` fact: the message must be declined (not answered with confidence);
- `yes:ID` / `no:ID`: a yes/no question answered with fact ID, saying Yes / No;
- `ID1+ID2[+ID3]`: several questions in one message, each part answered (or declined) in order;
- `smalltalk`: small talk, never a fact.
Dialogue files (`dialogues*.tsv`): dialogues separated by a blank line, one turn per line; each
turn after the first is a follow-up, read with the last fact answered in that dialogue.

The headline risk figure is the confident wrong answer: answered, and wrong.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from pathlib import Path

from .engine.responder import DEFAULT, Thresholds, respond
from .engine.result import Kind, Result
from .story.bundle import StoryBundle

DECLINE = "-"
SMALL_TALK = "smalltalk"
MAX_PARTS = 3


@dataclass(frozen=True)
class Case:
    expected: str
    question: str
    line: int
    dialogue: int = -1  # which dialogue of a dialogue file, else -1
    turn: int = 0  # 0 for a first message; 1, 2... for follow-ups

    @property
    def verdict(self) -> str:
        """'yes' / 'no' for a yes/no case, else ''."""
        head, sep, _ = self.expected.partition(":")
        return head if sep and head in ("yes", "no") else ""

    @property
    def ids(self) -> list[str]:
        """The expected fact id of each part ('-' for a part that must be declined)."""
        return self.expected.partition(":")[2].split("+") if self.verdict else self.expected.split("+")


@dataclass
class Report:
    answerable: int = 0
    answered_right: int = 0
    unanswerable: int = 0
    declined: int = 0
    confident_wrong: int = 0
    followups: int = 0
    followups_right: int = 0
    off_subject: int = 0  # follow-ups confidently answered about another subject
    misses: list[tuple[Case, str, float]] = field(default_factory=list)
    wrong: list[tuple[Case, str, float]] = field(default_factory=list)  # the confident wrong answers
    by_lang: dict[str, Report] = field(default_factory=dict)  # the same figures per language of the question

    @property
    def total(self) -> int:
        return self.answerable + self.unanswerable

    @property
    def accuracy(self) -> float:
        return self.answered_right / self.answerable if self.answerable else 1.0

    @property
    def decline_rate(self) -> float:
        return self.declined / self.unanswerable if self.unanswerable else 1.0

    @property
    def wrong_rate(self) -> float:
        return self.confident_wrong / self.total if self.total else 0.0

    @property
    def followup_accuracy(self) -> float:
        return self.followups_right / self.followups if self.followups else 1.0


def read_cases(path: str | Path) -> list[Case]:
    """Parse an eval file (or a dialogue file); a malformed line raises ValueError naming its line."""
    dialogues = Path(path).name.startswith("dialogues")
    cases: list[Case] = []
    dialogue, turn = 0, 0
    for number, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            if turn:
                dialogue, turn = dialogue + 1, 0
            continue
        if line.lstrip().startswith("#"):
            continue
        expected, sep, question = line.partition("\t")
        if not sep or not question.strip() or not expected.strip():
            raise ValueError(f"{path}:{number}: expected 'fact-id<TAB>question'")
        if len(expected.split("+")) > MAX_PARTS:
            raise ValueError(f"{path}:{number}: at most {MAX_PARTS} parts, like ID1+ID2+ID3")
        cases.append(Case(expected.strip(), question.strip(), number, dialogue if dialogues else -1, turn))
        turn = turn + 1 if dialogues else 0
    return cases


def _declines(expected: str, bundle: StoryBundle) -> bool:
    fact = bundle.by_id.get(expected)
    return expected == DECLINE or (fact is not None and fact.gap)


def must_decline(case: Case, bundle: StoryBundle) -> bool:
    return len(case.ids) == 1 and not case.verdict and _declines(case.expected, bundle)


def describe(result: Result) -> str:
    """What the bot did, for the misses list: the facts of the answered parts, else the kind."""
    if result.kind is Kind.ANSWER:
        return "+".join((p.verdict + ":" if p.verdict else "") + (p.fact.id if p.fact else "?") if p.kind is Kind.ANSWER
                        else f"({p.kind.value})" for p in result.parts)
    return f"({result.kind.value})"


def judge(case: Case, result: Result, bundle: StoryBundle) -> tuple[bool, bool]:
    """(right, confidently wrong) for one case."""
    if case.expected == SMALL_TALK:
        return result.kind is Kind.SMALL_TALK, result.kind is Kind.ANSWER
    if must_decline(case, bundle):
        return not result.answered, result.answered
    answered = [p for p in result.parts if p.kind is Kind.ANSWER]
    ids = case.ids
    wrong = any(p.fact is None or p.fact.id not in ids or _declines(p.fact.id, bundle) for p in answered)
    if case.verdict:
        part = result.parts[0] if len(result.parts) == 1 else None
        right = result.answered and part is not None and part.fact.id == ids[0] and part.verdict == case.verdict
        return right, wrong or any(p.verdict and p.verdict != case.verdict for p in answered)
    right = result.answered and len(result.parts) == len(ids) and all(
        (p.kind is not Kind.ANSWER) if _declines(i, bundle) else (p.kind is Kind.ANSWER and p.fact.id == i)
        for p, i in zip(result.parts, ids))
    return right, wrong


def _subject(fact_id: str | None, bundle: StoryBundle) -> str:
    fact = bundle.by_id.get(fact_id or "")
    return getattr(fact, "subject", "") if fact else ""


def evaluate(bundle: StoryBundle, cases: list[Case], thresholds: Thresholds = DEFAULT) -> Report:
    report = Report()
    previous: str | None = None
    context_subject = ""
    for case in cases:
        if case.turn == 0:
            previous, context_subject = None, ""
        result = respond(case.question, bundle, previous=previous if case.turn else None, thresholds=thresholds)
        right, wrong = judge(case, result, bundle)
        got = describe(result)
        part = report.by_lang.setdefault(language(case.question, bundle), Report())
        for tally in (report, part):
            if must_decline(case, bundle):
                tally.unanswerable += 1
                tally.declined += right
            else:
                tally.answerable += 1
                tally.answered_right += right
            tally.confident_wrong += wrong
        if case.turn:
            report.followups += 1
            report.followups_right += right
            expected_subject = _subject(case.ids[0], bundle) or context_subject
            if result.answered and not right and expected_subject and _subject(result.fact and result.fact.id,
                                                                                bundle) != expected_subject:
                report.off_subject += 1
        if wrong:
            report.wrong.append((case, got, result.score))
        elif not right:
            report.misses.append((case, got, result.score))
        if result.leans_on is not None:
            previous = result.leans_on.id
        context_subject = _subject(case.ids[0], bundle) or context_subject
    return report


def language(question: str, bundle: StoryBundle) -> str:
    """The language a question is reported under: the bundle's own ("en", "uk"), a kindred language it
    reads ("ru"), or "other" (any language or script it does not read)."""
    identity = bundle.identify(question)
    if identity.unread:
        return "other"
    return identity.foreign or identity.lang


def sweep(bundle: StoryBundle, cases: list[Case], base: Thresholds = DEFAULT) -> list[tuple[float, Report]]:
    """The figures across answer thresholds, so a curator sees the trade-off."""
    rows = []
    for answer in range(int(base.answer) - 20, int(base.answer) + 21, 5):
        rows.append((float(answer), evaluate(bundle, cases, replace(base, answer=float(answer)))))
    return rows


def unknown_ids(bundle: StoryBundle, cases: list[Case]) -> list[Case]:
    return [c for c in cases if c.expected != SMALL_TALK
            and any(i != DECLINE and i not in bundle.by_id for i in c.ids)]
