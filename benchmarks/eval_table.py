"""Every eval file in one table: right / declined / confident wrong, so two versions compare at a glance.

    python benchmarks/eval_table.py [--files a.tsv,b.tsv] [--cases OUT.tsv]

`--cases` also writes one line per case (file, line, expected, got, right/wrong) for diffing two runs;
dialogue turns are read in context, so a changed follow-up shows too.
Run it under several PYTHONHASHSEED values: the output must be identical.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bot.engine.responder import respond  # noqa: E402
from bot.evaluation import describe, evaluate, judge, read_cases  # noqa: E402
from bot.story.bundle import load_bundle  # noqa: E402

EVAL = Path(__file__).resolve().parent.parent / "tests" / "eval"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", help="comma-separated eval file names (default: every tests/eval/*.tsv)")
    parser.add_argument("--cases", help="write each case's outcome here")
    args = parser.parse_args()
    bundle = load_bundle()
    paths = [EVAL / name for name in args.files.split(",")] if args.files else sorted(EVAL.glob("*.tsv"))
    print(f"| {'file':<22} | {'right':>15} | {'declined':>11} | {'confident wrong':>15} | followups |")
    print(f"| {'-' * 22} | {'-' * 15}:| {'-' * 11}:| {'-' * 15}:| ---------:|")
    lines = []
    for path in paths:
        cases = read_cases(path)
        report = evaluate(bundle, cases)
        follow = f"{report.followups_right}/{report.followups}" if report.followups else ""
        print(f"| {path.name:<22} | {report.answered_right:>4}/{report.answerable:<4} {report.accuracy:>6.1%} "
              f"| {report.declined:>3}/{report.unanswerable:<3} {report.decline_rate:>4.0%} "
              f"| {report.confident_wrong:>3}/{report.total:<4} {report.wrong_rate:>5.1%} | {follow:>9} |")
        if args.cases:
            lines += _case_lines(path.name, cases, bundle)
    if args.cases:
        Path(args.cases).write_text("\n".join(lines) + "\n", encoding="utf-8")
    return 0


def _case_lines(name: str, cases, bundle) -> list[str]:
    """One line per case; a dialogue's turns are read in context, as `evaluate` reads them."""
    lines, previous = [], None
    for case in cases:
        if case.turn == 0:
            previous = None
        result = respond(case.question, bundle, previous=previous if case.turn else None)
        right, wrong = judge(case, result, bundle)
        mark = "WRONG" if wrong else "ok" if right else "miss"
        lines.append(f"{name}\t{case.line}\t{case.expected}\t{describe(result)}\t{mark}\t{case.question}")
        if result.leans_on is not None:
            previous = result.leans_on.id
    return lines


if __name__ == "__main__":
    raise SystemExit(main())
