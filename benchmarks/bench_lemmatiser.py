"""Which base-form reduction serves Ukrainian (and Russian read as Ukrainian) best, and at what cost.

    python benchmarks/bench_lemmatiser.py            # every variant, each in a fresh process
    python benchmarks/bench_lemmatiser.py VARIANT    # one variant

Each variant replaces the Ukrainian locale's `_lemma` (proper names, question words and requests keep
their own forms in every variant) and runs the Ukrainian eval sets; start-up is the time to load the
bundle and answer one question (interpreter start excluded), memory the process's peak RSS.
  none                         folding only
  simplemma                    the shipped one: simplemma's Ukrainian dictionary for the words it knows,
                               a Russian word through the Russian Snowball stem and the locale's lexicon
  simplemma-known              the dictionary only
  simplemma-known+snowball-ru  the dictionary, else the Russian Snowball stem (no lexicon)
  simplemma-uk+ru              simplemma with its Ukrainian and Russian dictionaries
  snowball-ru                  PyStemmer's Russian Snowball stemmer for every word (a suffix stripper)
  snowball-ru+lexicon          the same, Russian words read through the lexicon
"""

from __future__ import annotations

import json
import os
import re
import resource
import subprocess
import sys
import time
from functools import lru_cache
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VARIANTS = ("none", "simplemma", "simplemma-known", "simplemma-known+snowball-ru", "simplemma-uk+ru",
            "snowball-ru", "snowball-ru+lexicon")
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
    lexicon: dict[str, str] = {}  # the locale's Russian -> Ukrainian lexicon, keyed and valued by Snowball stems
    for line in words._RU_UK.strip().splitlines():
        for forms, ukrainian in re.findall(r"([^:]+?):(\S+)", line):
            for form in forms.split():
                lexicon.setdefault(russian.stemWord(form), russian.stemWord(words._plain(ukrainian)))

    @lru_cache(maxsize=65536)
    def lemma(word: str) -> str:
        if variant == "snowball-ru":
            return russian.stemWord(word)
        if variant == "snowball-ru+lexicon":  # no dictionary: the Russian stemmer for all, Russian read through
            stemmed = russian.stemWord(word)  # the locale's lexicon
            return lexicon.get(stemmed, stemmed) if not words._UKRAINIAN_ONLY.search(word) else stemmed
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
