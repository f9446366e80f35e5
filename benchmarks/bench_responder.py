"""Responder benchmark: latency percentiles, load time, memory and `ask` cold start.

Run:  python benchmarks/bench_responder.py
Figures are printed, not asserted: machines are noisy, so compare ratios within one run.
"""

from __future__ import annotations

import random
import statistics
import subprocess
import sys
import time
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.evaluation import read_cases  # noqa: E402
from bot.engine.responder import respond  # noqa: E402
from bot.story.bundle import StoryBundle, build_bundle, load_bundle  # noqa: E402
from bot.story.factbook import Fact, FactBook  # noqa: E402


def percentiles(samples: list[float]) -> str:
    ordered = sorted(samples)
    p = lambda q: ordered[min(len(ordered) - 1, int(q * len(ordered)))] * 1000  # noqa: E731
    return f"p50 {p(0.50):7.3f} ms   p99 {p(0.99):7.3f} ms   max {ordered[-1] * 1000:7.3f} ms"


def time_questions(book: StoryBundle, questions: list[str], rounds: int) -> list[float]:
    samples = []
    for _ in range(rounds):
        for question in questions:
            start = time.perf_counter()
            respond(question, book)
            samples.append(time.perf_counter() - start)
    return samples


def synthetic(book: StoryBundle, size: int, seed: int = 7) -> StoryBundle:
    """A fact book of `size` facts: made-up topics plus the real story's words, five phrasings each."""
    rng = random.Random(seed)
    syllables = ["ka", "lo", "mi", "ter", "van", "sol", "rin", "dus", "pol", "mar", "zen", "tor", "bel", "quo"]
    topics = ["".join(rng.choice(syllables) for _ in range(3)) for _ in range(size * 2)]
    story_words = [w for w in book.story.text.split() if w.isalpha() and len(w) > 3]
    heads = ["When is", "Where is", "Who leads", "Why did", "How many", "What is"]
    facts = []
    for i in range(size):
        words = rng.sample(topics, 2) + rng.sample(story_words, 2)
        questions = tuple(f"{rng.choice(heads)} the {' '.join(rng.sample(words, 3))}?" for _ in range(5))
        facts.append(Fact(id=f"f{i}", questions=questions, answer=" ".join(words) + ".", source=""))
    return build_bundle(FactBook(story=book.story, facts=tuple(facts), aliases=book.book.aliases))


def cold_start(args: list[str], runs: int = 7) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(args, cwd=ROOT, capture_output=True, check=True)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    start = time.perf_counter()
    book = load_bundle()
    load_time = time.perf_counter() - start
    tracemalloc.start()  # a second load, traced: tracing slows it, so it is not the one timed
    load_bundle()
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    questions = [c.question for c in read_cases(ROOT / "tests" / "eval" / "questions.tsv")]
    print(f"shipped facts: {len(book.facts)} facts, {len(book.index.keys)} phrasings; load {load_time * 1000:.1f} ms, "
          f"peak traced memory during load {peak / 1e6:.1f} MB")
    respond("warm up", book)
    print(f"  latency over {len(questions)} eval questions x 5:  {percentiles(time_questions(book, questions, 5))}")

    for size in (1_000, 10_000):
        tracemalloc.start()
        start = time.perf_counter()
        big = synthetic(book, size)
        build = time.perf_counter() - start
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        respond("warm up", big)
        samples = time_questions(big, questions, 1)
        print(f"synthetic {size:>6} facts: build {build:.2f} s, peak {peak / 1e6:.0f} MB;  {percentiles(samples)}")

    from bot.storage.report import group_misses

    rng = random.Random(3)
    words = [w.strip(".,\"()").lower() for w in book.story.text.split()]
    rows = [(" ".join(rng.sample(words, 6)), None, 0.0, float(i), "fallback") for i in range(50_000)]
    start = time.perf_counter()
    groups = group_misses(rows)
    print(f"unanswered report at the 50,000-row cap: {len(groups)} groups in {time.perf_counter() - start:.1f} s")

    import resource

    print(f"process max RSS: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")
    base = cold_start([sys.executable, "-c", "import yaml, rapidfuzz"])
    ask = cold_start([sys.executable, "-m", "bot", "ask", "when is the meeting?"])
    print(f"cold start: `import yaml, rapidfuzz` {base * 1000:.0f} ms; `python -m bot ask` {ask * 1000:.0f} ms "
          f"(ratio {ask / base:.2f}x, target <= 3x)")


if __name__ == "__main__":
    main()
