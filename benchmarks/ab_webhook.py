"""What each speed-up is worth: load_webhook's sustained run for several variants, alternated.

Run:  python benchmarks/ab_webhook.py [--variants -,no-uvloop,pool=64] [--runs 5] [--rate 300] [--seconds 10]
          [--bot-root DIR (adds the bot of another checkout as variant 'root:DIR')]

Runs are interleaved, the order reversed every other round (A B C, C B A, ...), so that a busy
neighbour on the machine slows every variant alike, even one whose load rises during the runs; prints each run, then per variant the medians, and the ratio of each median to the first
variant's. Variants are those of benchmarks/variant_bot.py; 'base' is the bot of --bot-root as it is.
"""

from __future__ import annotations

import argparse
import statistics
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from load_webhook import run  # noqa: E402

from bot.evaluation import read_cases  # noqa: E402

KEYS = ("throughput", "p50_ms", "p99_ms", "cpu_ms_per_update")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--variants", default="-,no-uvloop")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--rate", type=float, default=300)
    parser.add_argument("--seconds", type=float, default=10)
    parser.add_argument("--bot-root", type=Path, help="a checkout whose bot runs as variant 'base'")
    args = parser.parse_args()
    variants = args.variants.split(",")
    if args.bot_root:
        variants.insert(0, "base")
    cases = read_cases(ROOT / "tests" / "eval" / "questions.tsv")
    results: dict[str, list[dict]] = {v: [] for v in variants}
    count = int(args.rate * args.seconds)
    for i in range(args.runs):
        # A B, B A, A B ...: a neighbour whose load rises (or falls) during the runs favours no variant
        for variant in (variants if i % 2 == 0 else variants[::-1]):
            if variant == "base":
                r = run("sustained", count, args.rate, False, cases, args.bot_root.resolve())
            else:
                r = run("sustained", count, args.rate, False, cases, ROOT, "" if variant == "-" else variant)
            results[variant].append(r)
            print(f"run {i + 1} {variant:>12}: {r['throughput']:4.0f}/s p50 {r['p50_ms']:6.0f} ms p99 "
                  f"{r['p99_ms']:6.0f} ms cpu {r['cpu_ms_per_update']:.2f} ms/update lost {r['lost']} doubled "
                  f"{r['doubled']} load {r['load_before']:.1f}", flush=True)
    print(f"\nmedians of {args.runs} runs at {args.rate:.0f} updates/s for {args.seconds:.0f} s "
          f"(ratio to {variants[0]}):")
    first = {k: statistics.median(r[k] for r in results[variants[0]]) for k in KEYS}
    for variant in variants:
        med = {k: statistics.median(r[k] for r in results[variant]) for k in KEYS}
        ratio = {k: med[k] / first[k] if first[k] else float("nan") for k in KEYS}
        print(f"  {variant:>12}: {med['throughput']:4.0f}/s ({ratio['throughput']:.2f}x)  p50 {med['p50_ms']:6.0f} ms "
              f"({ratio['p50_ms']:.2f}x)  p99 {med['p99_ms']:6.0f} ms ({ratio['p99_ms']:.2f}x)  "
              f"cpu {med['cpu_ms_per_update']:.2f} ms/update ({ratio['cpu_ms_per_update']:.2f}x)  lost "
              f"{sum(r['lost'] for r in results[variant])} doubled {sum(r['doubled'] for r in results[variant])}")


if __name__ == "__main__":
    main()
