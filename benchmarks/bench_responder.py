"""Responder benchmark: latency percentiles, build time, memory, long and garbage messages, a huge
vocabulary, and `ask` cold start.

Run:  python benchmarks/bench_responder.py [--quick | --cold-only RUNS]
Figures are printed, not asserted: machines are noisy, so compare ratios within one run.
How the figures are taken, so they can be trusted:
- build time is timed with nothing else running; memory is a second, traced build (tracing slows it);
- percentiles rest on at least MIN_SAMPLES timings (questions repeated as needed), and say how many;
- cold start alternates baseline and `ask` runs, so both see the same machine load.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import string
import subprocess
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.engine.responder import respond  # noqa: E402
from bot.evaluation import read_cases  # noqa: E402
from bot.story.bundle import StoryBundle, build_bundle, load_bundle  # noqa: E402
from bot.story.factbook import Fact, FactBook, Story  # noqa: E402

MIN_SAMPLES = 5000
SYLLABLES = ["ka", "lo", "mi", "ter", "van", "sol", "rin", "dus", "pol", "mar", "zen", "tor", "bel", "quo", "fi",
             "gra", "shu", "net", "pa", "dro"]


def percentiles(samples: list[float]) -> str:
    ordered = sorted(samples)
    p = lambda q: ordered[min(len(ordered) - 1, int(q * len(ordered)))] * 1000  # noqa: E731
    return (f"mean {statistics.mean(ordered) * 1000:6.3f} ms  p50 {p(0.50):6.3f} ms  p99 {p(0.99):6.3f} ms  "
            f"max {ordered[-1] * 1000:7.3f} ms  (n={len(ordered)})")


def time_questions(bundle: StoryBundle, questions: list[str], minimum: int = MIN_SAMPLES) -> list[float]:
    samples = []
    while len(samples) < minimum:
        for question in questions:
            start = time.perf_counter()
            respond(question, bundle)
            samples.append(time.perf_counter() - start)
    return samples


def timed_build(make) -> tuple[object, float, float]:
    """(result, seconds untraced, peak MB traced): build twice, time only the untraced one."""
    start = time.perf_counter()
    result = make()
    seconds = time.perf_counter() - start
    tracemalloc.start()
    make()
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return result, seconds, peak / 1e6


def synthetic(bundle: StoryBundle, size: int, seed: int = 7) -> StoryBundle:
    """A book of `size` facts: made-up topics plus the real story's words, five phrasings each."""
    rng = random.Random(seed)
    topics = ["".join(rng.choice(SYLLABLES) for _ in range(3)) for _ in range(size * 2)]
    story_words = [w for w in bundle.story.text.split() if w.isalpha() and len(w) > 3]
    heads = ["When is", "Where is", "Who leads", "Why did", "How many", "What is"]
    facts = []
    for i in range(size):
        words = rng.sample(topics, 2) + rng.sample(story_words, 2)
        questions = tuple(f"{rng.choice(heads)} the {' '.join(rng.sample(words, 3))}?" for _ in range(5))
        facts.append(Fact(id=f"f{i}", questions=questions, answer=" ".join(words) + ".", source=""))
    return build_bundle(FactBook(story=bundle.story, facts=tuple(facts), aliases=bundle.book.aliases))


def huge_vocabulary(bundle: StoryBundle, words: int, seed: int = 5) -> StoryBundle:
    """The shipped facts over a story text of `words` distinct made-up words (a very long book)."""
    rng = random.Random(seed)
    vocab: set[str] = set()
    while len(vocab) < words:
        vocab.add("".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 5))))
    story = bundle.story
    text = story.text + "\n" + " ".join(sorted(vocab))
    big = Story(story.title, story.outlet, story.author, story.published, text)
    return build_bundle(FactBook(story=big, facts=bundle.facts, aliases=bundle.book.aliases))


def garbage(seed: int = 1) -> dict[str, str]:
    """Messages at Telegram's 4,096-character limit."""
    rng = random.Random(seed)
    return {
        "random letters": "".join(rng.choice(string.ascii_lowercase + " ") for _ in range(4096)),
        "random words": " ".join("".join(rng.choice(string.ascii_lowercase) for _ in range(rng.randint(3, 9)))
                                 for _ in range(700))[:4096],
        "made-up syllables": " ".join("".join(rng.choice(SYLLABLES) for _ in range(3)) + "x"
                                      for _ in range(700))[:4096],
        "a question repeated": ("when is the meeting? " * 200)[:4096],
        "remarks and commas": ", ".join(["my cousin said something odd", "who leads it lol"] * 70)[:4096],
        "sentences of remarks": ". ".join(["my cousin said something odd", "what is this"] * 100)[:4096],
    }


def time_garbage(bundle: StoryBundle, rounds: int) -> str:
    rows = []
    for name, message in garbage().items():
        respond(message, bundle)  # the first sight of a word fills caches; time the worst of the rest too
        samples = []
        for _ in range(rounds):
            start = time.perf_counter()
            respond(message + " " * (_ % 2), bundle)  # a different string each round: no result cache
            samples.append(time.perf_counter() - start)
        rows.append(f"{name} {max(samples) * 1000:.1f}")
    return "worst ms: " + ", ".join(rows)


# Runs the alternating cold starts inside a small process of its own: a child's peak RSS as Linux reports
# it is at least its parent's (the memory it was forked from counts), so timing from this big benchmark
# process would report its size, not the child's.
_COLD_RUNNER = """
import json, os, statistics, subprocess, sys, time
runs, commands, cwd = json.loads(sys.argv[1])
base = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
for extra, command in commands:
    subprocess.run(command, cwd=cwd, env={**base, **extra}, capture_output=True, check=True)
samples = [[] for _ in commands]
for _ in range(runs):
    for (extra, command), times in zip(commands, samples):
        start = time.perf_counter()
        child = subprocess.Popen(command, cwd=cwd, env={**base, **extra}, stdout=subprocess.DEVNULL)
        _, status, usage = os.wait4(child.pid, 0)
        times.append((time.perf_counter() - start, usage.ru_maxrss / 1024))
        if status:
            sys.exit(f"{command} failed ({status})")
print(json.dumps([[statistics.median(t for t, _ in s), statistics.median(m for _, m in s)] for s in samples]))
"""


def cold_start(runs: int) -> list[tuple[float, float]]:
    """(seconds, MB) of the baseline import, of `ask --json` with its start-up cache filled, and of
    `ask --json` with CACHE_DIR=off (reading and indexing facts.yaml every time): medians of wall time
    and of each process's peak RSS, the commands alternating so all see the same machine load.

    The children may write .pyc files (PYTHONDONTWRITEBYTECODE is dropped for them) and each command runs
    once unmeasured first: a deployed bot starts from compiled modules (and a filled cache), not from
    source every time.
    """
    ask = [sys.executable, "-m", "bot", "ask", "--json", "when is the meeting?"]
    with tempfile.TemporaryDirectory() as cache:
        commands = ([{}, [sys.executable, "-c", "import yaml, rapidfuzz"]], [{"CACHE_DIR": cache}, ask],
                    [{"CACHE_DIR": "off"}, ask])
        out = subprocess.run([sys.executable, "-S", "-c", _COLD_RUNNER, json.dumps([runs, commands, str(ROOT)])],
                             capture_output=True, text=True, check=True).stdout
    return [tuple(pair) for pair in json.loads(out)]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--quick", action="store_true", help="fewer samples and no 10,000-fact book")
    parser.add_argument("--cold-only", type=int, metavar="RUNS", help="only the cold start, RUNS alternating runs")
    args = parser.parse_args()
    quick = args.quick
    if args.cold_only:
        print_cold_start(args.cold_only)
        return
    bundle, seconds, peak = timed_build(load_bundle)
    questions = [c.question for path in sorted((ROOT / "tests" / "eval").glob("*.tsv")) for c in read_cases(path)]
    print(f"shipped facts: {len(bundle.facts)} facts, {len(bundle.index.keys)} phrasings; "
          f"load+index {seconds * 1000:.1f} ms, peak traced memory {peak:.1f} MB")
    bundle.warm()  # every language's index built first, as a server does at start-up (not timed per question)
    respond("warm up", bundle)
    print(f"  {len(questions)} eval questions: {percentiles(time_questions(bundle, questions))}")
    print(f"  4,096-character messages, {time_garbage(bundle, 5)}")

    for size in (1_000,) if quick else (1_000, 10_000):
        big, seconds, peak = timed_build(lambda: synthetic(bundle, size))
        respond("warm up", big)
        samples = time_questions(big, questions, 1000 if quick else MIN_SAMPLES)
        print(f"synthetic {size:>6} facts: build {seconds:.2f} s, peak {peak:.0f} MB;  {percentiles(samples)}")

    words = 200_000
    start = time.perf_counter()
    huge = huge_vocabulary(bundle, words)
    print(f"story of {words:,} distinct words: build {time.perf_counter() - start:.2f} s")
    respond("warm up", huge)
    print(f"  ordinary questions: {percentiles(time_questions(huge, questions, 1000))}")
    print(f"  4,096-character messages, {time_garbage(huge, 3)}")

    if not quick:
        from bot.storage.report import group_misses

        rng = random.Random(3)
        text_words = [w.strip(".,\"()").lower() for w in bundle.story.text.split()]
        rows = [(" ".join(rng.sample(text_words, 6)), None, 0.0, float(i), "fallback") for i in range(50_000)]
        start = time.perf_counter()
        groups = group_misses(rows)
        print(f"unanswered report at the 50,000-row cap: {len(groups)} groups in {time.perf_counter() - start:.1f} s")

    import resource

    print(f"process max RSS: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")
    print_cold_start(5 if quick else 11)


def print_cold_start(runs: int) -> None:
    (base, base_mb), (ask, ask_mb), (off, off_mb) = cold_start(runs)
    print(f"cold start (alternating runs, medians): `import yaml, rapidfuzz` {base * 1000:.0f} ms, {base_mb:.0f} MB; "
          f"`python -m bot ask --json` {ask * 1000:.0f} ms, {ask_mb:.0f} MB (ratio {ask / base:.2f}x, target <= 3x); "
          f"with CACHE_DIR=off {off * 1000:.0f} ms, {off_mb:.0f} MB (ratio {off / base:.2f}x)")


if __name__ == "__main__":
    main()
