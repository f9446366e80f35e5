"""Dialogue eval files through the real bot process: `python -m bot run` against the fake Bot API on
127.0.0.1, each dialogue in its own private chat, turn by turn (issue 14's check).

Each reply is scored by which facts' answers it shows (English or Ukrainian text), so this reads
what a user would read, not the engine's result object.

    python benchmarks/dialogues_live.py tests/eval/dialogues_en.tsv [more files...]
"""

from __future__ import annotations

import html
import re
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.evaluation import SMALL_TALK, read_cases  # noqa: E402
from bot.story.factbook import load  # noqa: E402
from tests.support.fake_bot_api import FakeBotAPI  # noqa: E402
from tests.support.processes import BotProcess, bot_env  # noqa: E402
from tests.support.updates import text_message  # noqa: E402

TAGS = re.compile(r"<[^>]+>")
SOURCE = re.compile(r"\s*(Source|Джерело)\b")


def answer_probes(book) -> dict[str, list[str]]:
    """Fact id -> its whole answer in every language it speaks."""
    probes = {}
    for fact in book.facts:
        texts = [fact.answer] + [t.answer for t in fact.translations]
        probes[fact.id] = [" ".join(t.split()) for t in texts]
    return probes


def silent_openings() -> tuple[str, ...]:
    """How each language's "the story doesn't say. What it does say: ..." reply opens: a decline."""
    from bot.story.locale import get

    return tuple(get(code).engine_texts["silent"].split("{answer}")[0].strip() for code in ("en", "uk"))


def facts_shown(reply: str, probes: dict[str, list[str]]) -> list[str]:
    """Facts whose answers the reply shows; source lines are left out (a quote can open another answer).
    A reply opening "The story doesn't say." declines, whatever it then offers."""
    text = html.unescape(TAGS.sub("", reply))
    if text.strip().startswith(silent_openings()):
        return []
    flat = " ".join(" ".join(line for line in text.splitlines() if not SOURCE.match(line)).split())
    found = {fid: max((p for p in texts if p in flat), key=len) for fid, texts in probes.items()
             if any(p in flat for p in texts)}
    # an answer that quotes another's whole text (a gap fact's decline) shows only itself
    inner = {a for a, text in found.items() for b, other in found.items() if a != b and text in other}
    shown = [fid for fid in found if fid not in inner]
    return sorted(shown, key=lambda fid: flat.index(found[fid]))


def run_process(cases, tmp: Path) -> dict[tuple[int, int], str]:
    """Send every dialogue's turns (dialogue d in chat 1000+d), one turn of all chats at a time."""
    replies: dict[tuple[int, int], str] = {}
    with FakeBotAPI() as api:
        bot = BotProcess("run", bot_env(api.base_url, tmp / "data"), tmp / "bot.log")
        try:
            if not api.wait_for(lambda: api.sent("setMyCommands"), 60):
                raise SystemExit("the bot never started; see " + str(tmp / "bot.log"))
            for turn in range(max(c.turn for c in cases) + 1):
                batch = [c for c in cases if c.turn == turn]
                before = len(api.sent())
                for c in batch:
                    api.push(text_message(c.question, chat_id=1000 + c.dialogue, message_id=turn + 1))
                if not api.wait_for(lambda: len(api.sent()) >= before + len(batch), 60):
                    print(f"turn {turn}: only {len(api.sent()) - before} of {len(batch)} replies", file=sys.stderr)
                for message in api.sent()[before:]:
                    chat = int(message["chat_id"]) - 1000
                    replies[(chat, turn)] = replies.get((chat, turn), "") + "\n" + message["text"]
        finally:
            bot.terminate()
    return replies


def score(path: str, book, probes) -> tuple[int, int, int, int, int]:
    cases = read_cases(path)
    with tempfile.TemporaryDirectory() as tmp:
        replies = run_process(cases, Path(tmp))
    answerable = {f.id for f in book.facts if not f.gap}
    turns = right = followups = followups_right = wrong = 0
    for c in cases:
        shown = [f for f in facts_shown(replies.get((c.dialogue, c.turn), ""), probes) if f in answerable]
        ids = [i for i in c.ids if i in answerable]
        ok = (not shown) if (not ids or c.expected == SMALL_TALK) else shown == ids
        bad = any(f not in ids for f in shown)
        turns, right, wrong = turns + 1, right + ok, wrong + bad
        if c.turn:
            followups, followups_right = followups + 1, followups_right + ok
        if not ok:
            print(f"  {path}:{c.line}: {c.expected} -> {'+'.join(shown) or '(no answer)'}"
                  f"{'  WRONG' if bad else ''}  {c.question}")
    print(f"{path}: turns right {right}/{turns}; follow-ups right {followups_right}/{followups}; "
          f"confident wrong {wrong}/{turns}")
    return turns, right, followups, followups_right, wrong


def main(argv: list[str]) -> int:
    book = load(ROOT / "facts.yaml")
    probes = answer_probes(book)
    for path in argv or [str(ROOT / "tests/eval/dialogues_en.tsv")]:
        score(path, book, probes)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
