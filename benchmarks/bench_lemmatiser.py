"""Which base-form reduction serves Ukrainian (and Russian read as Ukrainian) best, and at what cost.

    python benchmarks/bench_lemmatiser.py            # every variant, each in a fresh process
    python benchmarks/bench_lemmatiser.py VARIANT    # one variant

Each variant replaces the Ukrainian locale's `_lemma` and runs the Ukrainian eval sets; start-up is
the time to load the bundle and answer one question, memory the process's peak RSS.
"""

from __future__ import annotations

import json
import os
import resource
import subprocess
import sys
import time
from functools import lru_cache
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VARIANTS = ("none", "simplemma", "simplemma-known", "simplemma-known+snowball-ru", "simplemma-uk+ru",
            "snowball-ru")
FILES = ("uk.tsv", "ru.tsv", "dialogues_uk.tsv")


def _install(variant: str) -> None:
    from bot.story.locale.uk import words

    if variant == "simplemma":
        return
    if variant == "none":
        words._lemma = lambda word: word
        return
    import Stemmer
    from simplemma import is_known, lemmatize

    russian = Stemmer.Stemmer("russian")

    @lru_cache(maxsize=65536)
    def lemma(word: str) -> str:
        if variant == "snowball-ru":
            return russian.stemWord(word)
        if variant == "simplemma-uk+ru":
            return words._plain(lemmatize(word, lang=("uk", "ru")))
        candidates = [word] + [word[:m.start()] + "'" + word[m.start():] for m in words._LABIAL.finditer(word)]
        for candidate in candidates:
            if is_known(candidate, "uk"):
                return words._plain(lemmatize(candidate, lang="uk"))
        return russian.stemWord(word) if variant.endswith("snowball-ru") else word

    words._lemma = lemma


def one(variant: str) -> dict:
    sys.path.insert(0, str(ROOT))
    start = time.perf_counter()
    _install(variant)
    from bot.engine.responder import respond
    from bot.evaluation import evaluate, read_cases
    from bot.story.bundle import load_bundle

    bundle = load_bundle(ROOT / "facts.yaml")
    respond("коли зустріч?", bundle)
    startup = time.perf_counter() - start
    out = {"variant": variant, "startup_s": round(startup, 2)}
    for name in FILES:
        report = evaluate(bundle, read_cases(ROOT / "tests" / "eval" / name))
        out[name] = (f"{report.answered_right}/{report.answerable} right, {report.declined}/{report.unanswerable} "
                     f"declined, {report.confident_wrong} wrong")
    out["peak_rss_mb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
    return out


def main() -> int:
    if len(sys.argv) > 1:
        print(json.dumps(one(sys.argv[1]), ensure_ascii=False))
        return 0
    for variant in VARIANTS:
        proc = subprocess.run([sys.executable, __file__, variant], cwd=ROOT, capture_output=True, text=True,
                              env=dict(os.environ, PYTHONHASHSEED="0"))
        print(proc.stdout.strip() or proc.stderr.strip().splitlines()[-1])
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
