"""Eval files: labelled questions that measure how well the fact book generalises.

Format (TSV, `#` comments): `expected<TAB>question`, where expected is the fact id that
must answer, or `-` (or the id of a `gap: true` fact) for a question that must be declined.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from pathlib import Path

from .engine.responder import DEFAULT, Thresholds, respond
from .story.bundle import StoryBundle as FactBook

DECLINE = "-"


@dataclass(frozen=True)
class Case:
    expected: str
    question: str
    line: int


@dataclass
class Report:
    answerable: int = 0
    answered_right: int = 0
    unanswerable: int = 0
    declined: int = 0
    misses: list[tuple[Case, str, float]] = field(default_factory=list)

    @property
    def accuracy(self) -> float:
        return self.answered_right / self.answerable if self.answerable else 1.0

    @property
    def decline_rate(self) -> float:
        return self.declined / self.unanswerable if self.unanswerable else 1.0


def read_cases(path: str | Path) -> list[Case]:
    """Parse an eval file; a malformed line raises ValueError naming its line."""
    cases = []
    for number, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        expected, sep, question = line.partition("\t")
        if not sep or not question.strip():
            raise ValueError(f"{path}:{number}: expected 'fact-id<TAB>question'")
        cases.append(Case(expected.strip(), question.strip(), number))
    return cases


def must_decline(case: Case, book: FactBook) -> bool:
    fact = book.by_id.get(case.expected)
    return case.expected == DECLINE or (fact is not None and fact.gap)


def evaluate(book: FactBook, cases: list[Case], thresholds: Thresholds = DEFAULT) -> Report:
    report = Report()
    for case in cases:
        result = respond(case.question, book, thresholds=thresholds)
        got = result.fact.id if result.answered and result.fact else f"({result.kind})"
        if must_decline(case, book):
            report.unanswerable += 1
            if result.answered:
                report.misses.append((case, got, result.score))
            else:
                report.declined += 1
        else:
            report.answerable += 1
            if result.answered and result.fact and result.fact.id == case.expected:
                report.answered_right += 1
            else:
                report.misses.append((case, got, result.score))
    return report


def sweep(book: FactBook, cases: list[Case], base: Thresholds = DEFAULT) -> list[tuple[float, Report]]:
    """Both figures across answer thresholds, so a curator sees the trade-off."""
    rows = []
    for answer in range(int(base.answer) - 20, int(base.answer) + 21, 5):
        rows.append((float(answer), evaluate(book, cases, replace(base, answer=float(answer)))))
    return rows


def unknown_ids(book: FactBook, cases: list[Case]) -> list[Case]:
    return [c for c in cases if c.expected != DECLINE and c.expected not in book.by_id]
