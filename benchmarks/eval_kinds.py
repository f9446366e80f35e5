"""Figures per kind of an eval file whose `# kind: NAME` comments group its messages.

    python benchmarks/eval_kinds.py tests/eval/dev22_hard.tsv

A file written kind by kind (negated, formal, ...) before their mechanisms shows where each stands.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bot.evaluation import Case, evaluate, read_cases  # noqa: E402
from bot.story.bundle import load_bundle  # noqa: E402


def kinds(path: Path) -> dict[int, str]:
    """Line number -> the kind named by the last `# kind:` comment above it."""
    kind, out = "", {}
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if line.startswith("# kind:"):
            kind = line.partition(":")[2].strip()
        out[number] = kind
    return out


def main() -> int:
    path = Path(sys.argv[1])
    bundle, named = load_bundle(), kinds(path)
    groups: dict[str, list[Case]] = {}
    for case in read_cases(path):
        groups.setdefault(named[case.line], []).append(case)
    print(f"| {'kind':<16} | {'right':>15} | {'declined':>11} | {'confident wrong':>15} |")
    for kind, cases in groups.items():
        r = evaluate(bundle, cases)
        print(f"| {kind or '-':<16} | {r.answered_right:>4}/{r.answerable:<4} {r.accuracy:>6.1%} "
              f"| {r.declined:>3}/{r.unanswerable:<3} {r.decline_rate:>4.0%} "
              f"| {r.confident_wrong:>3}/{r.total:<4} {r.wrong_rate:>5.1%} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
