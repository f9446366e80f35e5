"""The command line: `python -m bot [run|webhook|ask|chat|check|eval|unanswered]`.

Telegram is imported only by `run` and `webhook`, so `ask` starts fast.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

import time

from .conversation import ChatState, Event, EventKind, Story, handle
from .engine.result import Kind
from .story.bundle import StoryBundle, load_bundle
from .story.factbook import FactFileError
from .render import as_listing, as_terminal, encode, pressed
from .settings import (ENV_COMMON, ENV_WEBHOOK, Settings, SettingsError, StartupError, cache_dir, env_help,
                       facts_path, load_settings)

EXIT_USAGE = 2
QUIT_WORDS = frozenset({"/quit", "/exit", "quit", "exit"})
HINT = ("story-bot: no TELEGRAM_BOT_TOKEN set, so this is the local terminal chat. "
        "To connect to Telegram, get a token from @BotFather and run: TELEGRAM_BOT_TOKEN=... python -m bot run")


def _settings(args: argparse.Namespace, **kwargs) -> Settings:
    """The one place the environment is read."""
    return load_settings(os.environ, facts=args.facts, **kwargs)


def _facts_path(args: argparse.Namespace) -> Path:
    return facts_path(os.environ, args.facts)


def _book(args: argparse.Namespace, figures: bool = True) -> StoryBundle:
    return load_bundle(_facts_path(args), figures=figures, cache=cache_dir(os.environ))


def _story(args: argparse.Namespace, figures: bool = True) -> Story:
    return Story(_book(args, figures))


def cmd_ask(args: argparse.Namespace) -> int:
    # a one-off answer from the file as written: whether each translation states the same numbers and
    # dates is left to `check` and to every start of the bot itself (a quarter of the load time)
    story = _story(args, figures=False)
    if args.explain:
        from .engine.explain import explain

        if not args.question:
            print("usage: python -m bot ask --explain \"QUESTION\" [--previous FACT_ID]", file=sys.stderr)
            return EXIT_USAGE
        print("\n".join(explain(args.question, story.bundle, args.previous)))
        return 0
    if args.json:
        questions = [args.question] if args.question else (line.rstrip("\r\n") for line in sys.stdin)
        for question in questions:
            print(json.dumps(_ask_row(question, story, args.previous), ensure_ascii=False), flush=True)
        return 0
    if not args.question:
        print("usage: python -m bot ask \"QUESTION\"  (or ask --json with questions on stdin)", file=sys.stderr)
        return EXIT_USAGE
    turn = handle(Event(EventKind.TEXT, args.question, user_lang=args.lang), _context(args.previous), story)
    print("\n\n".join(as_listing(r) for r in turn.replies))
    return 0


def _context(previous: str | None) -> ChatState:
    """`--previous FACT_ID`: read the question as a follow-up to that fact."""
    return ChatState(last_fact=previous, last_at=0.0) if previous else ChatState()


def _ask_row(question: str, story: Story, previous: str | None = None) -> dict:
    """One line of `ask --json`: what the engine decided and the text a person would see."""
    turn = handle(Event(EventKind.TEXT, question), _context(previous), story)
    result = turn.result
    text = "\n\n".join(as_listing(r) if result is not None and result.kind is Kind.SUGGEST else r.text
                       for r in turn.replies)
    if result is None:  # an empty question: the greeting
        return {"question": question, "answered": False, "kind": Kind.SMALL_TALK.value, "answer": text,
                "fact": None, "facts": [], "score": 0.0, "suggestions": [], "lang": "en"}
    return {"question": question, "answered": result.answered, "kind": result.kind.value, "answer": text,
            "fact": result.fact.id if result.fact else None,
            "facts": [p.fact.id for p in result.parts if p.fact],
            "score": round(result.score, 1), "suggestions": [f.id for f in result.suggestions],
            "lang": result.lang}


def cmd_chat(args: argparse.Namespace, hint: bool = False) -> int:
    """The terminal front end: the same core and the same texts as Telegram; buttons are numbers.
    `hint`: say how to reach Telegram even when stdin is not a terminal (`python -m bot` with no token)."""
    story = _story(args)  # a bad fact file stops here, before anything else is printed: one line
    interactive = sys.stdin.isatty()
    state, shown = ChatState(), None
    lang = getattr(args, "lang", "") or ""
    if interactive or hint:
        print(HINT, file=sys.stderr)
    if interactive:
        shown = _show(handle(Event(EventKind.COMMAND, "/start", user_lang=lang), state, story))
        print(story.voice(lang).texts.terminal_hint + "\n")
    while True:
        try:
            line = input("> " if interactive else "").strip()
        except (EOFError, KeyboardInterrupt):
            if interactive:
                print()
            return 0
        if not line:
            continue
        if line.lower() in QUIT_WORDS:
            return 0
        event = _terminal_event(line, shown, lang)
        if event is None:
            print(story.voice_for(state, lang).texts.nothing_to_press + "\n", flush=True)
            continue
        turn = handle(event, state, story)
        state = turn.state
        shown = _show(turn) or shown
        if turn.result is not None and turn.result.small_talk == "bye":
            return 0


def _terminal_event(line: str, shown, lang: str = "") -> Event | None:
    """A typed line as the event a Telegram user would cause; None for a number with nothing to press.
    `lang` plays the user's Telegram language (`chat --lang uk`)."""
    now = time.time()
    action = pressed(line, shown)
    if action is not None:
        return Event(EventKind.BUTTON, encode(action), now, lang)
    if line.isascii() and line.isdigit() and len(line) <= 2:
        return None
    if line.startswith("/"):
        return Event(EventKind.COMMAND, line, now, lang)
    return Event(EventKind.TEXT, line, now, lang)


def _show(turn):
    """Print a turn's replies (and a button's toast); return the last reply, whose buttons are live."""
    if turn.toast:
        print(f"({turn.toast})\n", flush=True)
    for reply in turn.replies:
        print(as_terminal(reply) + "\n", flush=True)
    return turn.replies[-1] if turn.replies else None


def cmd_check(args: argparse.Namespace) -> int:
    from .engine.responder import respond

    book = load_bundle(args.path or _facts_path(args))
    warnings = 0
    for problem in book.book.warnings:
        print(f"{problem.path}:{problem.line}: warning: {problem.message}", file=sys.stderr)
        warnings += 1
    for fact in book.facts:
        asked = [(question, "", fact.line) for question in fact.questions]
        for local in fact.translations:  # each language's phrasings, where its block starts
            asked += [(question, f" ({local.lang})", local.line) for question in local.questions]
            asked += [(question, f" ({code}, read as {local.lang})", local.line)
                      for code, questions in local.kin for question in questions]
        for question, lang, line in asked:
            result = respond(question, book)
            if result.fact is None or result.fact.id != fact.id or result.kind is Kind.SUGGEST:
                other = ", ".join(f.id for f in result.suggestions if f.id != fact.id) or (
                    result.fact.id if result.fact else "nothing")
                print(f"{book.path}:{line}: warning: question '{question}'{lang} of fact '{fact.id}' is "
                      f"confusable with {other}; reword it or add a distinguishing word", file=sys.stderr)
                warnings += 1
    from .engine.premise import verify

    false_claims = 0
    for fact in book.facts:
        for claim in verify(fact, book.index):
            print(f"{book.path}:{fact.line}: fact '{fact.id}' asserts {claim}, but its source does not say it; "
                  "fix the asserts or quote the sentence that says it", file=sys.stderr)
            false_claims += 1
    if false_claims:
        return EXIT_USAGE
    counts = ", ".join(f"{len(index.keys)} {code}" for code, index in book.indexes.items())
    print(f"{book.path}: OK, {len(book.facts)} facts, questions: {counts}, {warnings} warnings")
    return 0


def cmd_eval(args: argparse.Namespace) -> int:
    from .evaluation import evaluate, read_cases, sweep, unknown_ids

    book = _book(args)
    path = Path(args.path) if args.path else _facts_path(args).parent / "tests" / "eval" / "questions.tsv"
    if not path.exists():
        print(f"story-bot: no eval file at {path}; give one: python -m bot eval PATH.tsv", file=sys.stderr)
        return EXIT_USAGE
    try:
        cases = read_cases(path)
    except (OSError, ValueError) as exc:
        print(f"story-bot: {exc}", file=sys.stderr)
        return EXIT_USAGE
    for case in unknown_ids(book, cases):
        print(f"{path}:{case.line}: unknown fact id '{case.expected}'", file=sys.stderr)
    report = evaluate(book, cases)
    print(f"confident wrong answers:              {report.confident_wrong}/{report.total} = {report.wrong_rate:.1%}")
    print(f"answerable questions answered right: {report.answered_right}/{report.answerable} "
          f"= {report.accuracy:.1%}")
    print(f"unanswerable questions declined:      {report.declined}/{report.unanswerable} "
          f"= {report.decline_rate:.1%}")
    if report.followups:
        print(f"follow-ups answered right:            {report.followups_right}/{report.followups} "
              f"= {report.followup_accuracy:.1%}; answered about another subject: {report.off_subject}")
    if len(report.by_lang) > 1 or set(report.by_lang) - {book.locale.code}:
        print("by language of the question:")
        for code, part in sorted(report.by_lang.items(), key=lambda item: -item[1].total):
            print(f"  {code:6} answered right {part.answered_right}/{part.answerable}, declined "
                  f"{part.declined}/{part.unanswerable}, confident wrong {part.confident_wrong}/{part.total}")
    for title, rows in (("confident wrong answers", report.wrong), ("other misses", report.misses)):
        if rows:
            print(f"\n{title} (expected -> got, score):")
            for case, got, score in rows:
                print(f"  {path.name}:{case.line}: {case.expected} -> {got} ({score:.0f})  {case.question}")
    print("\nanswer threshold   answered right   declined   confident wrong")
    for threshold, row in sweep(book, cases):
        print(f"  {threshold:14.0f}   {row.accuracy:14.1%}   {row.decline_rate:8.1%}   {row.wrong_rate:15.1%}")
    return 0


def _warm(bundle: StoryBundle) -> StoryBundle:
    """A server builds every language's index before it serves, so no first question waits for it."""
    bundle.warm()
    return bundle


def cmd_run(args: argparse.Namespace) -> int:
    from .telegram.app import run_polling

    settings = _settings(args, require_token=True)
    return run_polling(settings, Story(_warm(load_bundle(settings.facts_path, cache=settings.cache))))


def cmd_webhook(args: argparse.Namespace) -> int:
    from .telegram.webhook import serve

    settings = _settings(args, require_token=True, webhook=True)
    return serve(settings, Story(_warm(load_bundle(settings.facts_path, cache=settings.cache))))


def cmd_unanswered(args: argparse.Namespace) -> int:
    from .storage.report import report_main

    settings = _settings(args, require_token=False)  # the same DATA_DIR rule the bot writes with
    return report_main(args, load_bundle(settings.facts_path, cache=settings.cache).book, settings)


def cmd_db_status(args: argparse.Namespace) -> int:
    from .storage.status import status_main

    return status_main(args, _settings(args, require_token=False))


def cmd_default(args: argparse.Namespace) -> int:
    if os.environ.get("TELEGRAM_BOT_TOKEN", "").strip():
        return cmd_run(args)
    return cmd_chat(args, hint=True)


class _Parser(argparse.ArgumentParser):
    """An epilog may be a function, called only when help is shown: the variables' help is wrapped text
    that every other start would build for nothing (textwrap and its patterns, ~3 ms)."""

    def format_help(self) -> str:
        if callable(self.epilog):
            self.epilog = self.epilog()
        return super().format_help()


def _run_epilog() -> str:
    return (env_help(ENV_COMMON) + "\n\nchecked too, though only webhook uses them: "
            + ", ".join(name for name, _ in ENV_WEBHOOK if name != "WEBHOOK_URL"))


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="story-bot", description="Answers questions about one news story.")
    parser.add_argument("--facts", help="fact file (default: facts.yaml beside the package, or $FACTS_PATH)")
    parser.set_defaults(func=cmd_default)
    sub = parser.add_subparsers(dest="command")
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--facts", default=argparse.SUPPRESS,
                        help="fact file (default: $FACTS_PATH, else facts.yaml beside the package)")

    p = sub.add_parser("ask", parents=[common], help="answer one question (or --json lines from stdin)")
    p.add_argument("question", nargs="?")
    p.add_argument("--json", action="store_true", help="JSON lines; with no question, read stdin")
    p.add_argument("--explain", action="store_true", help="show how the question was read and decided")
    p.add_argument("--previous", metavar="FACT_ID", help="read the question as a follow-up to this fact")
    p.add_argument("--lang", default="", metavar="CODE", help="the asker's own language (uk, en) for texts that "
                   "are not answers; answers follow the question's language")
    p.set_defaults(func=cmd_ask)
    p = sub.add_parser("chat", parents=[common], help="talk to the bot in the terminal")
    p.add_argument("--lang", default="", metavar="CODE", help="your language (uk, en) for the greeting and the bot's "
                   "other texts until you ask a question; answers follow each question's language")
    p.set_defaults(func=cmd_chat)
    p = sub.add_parser("check", parents=[common], help="validate a fact file")
    p.add_argument("path", nargs="?", metavar="PATH", help="the fact file to validate (default: --facts, "
                   "else $FACTS_PATH, else facts.yaml beside the package)")
    p.set_defaults(func=cmd_check)
    p = sub.add_parser("eval", parents=[common], help="accuracy on an eval file")
    p.add_argument("path", nargs="?", metavar="PATH", help="an eval file: 'expected<TAB>question' lines, expected being "
                   "the fact id that must answer or - for must-decline; the README has the full format "
                   "(default: tests/eval/questions.tsv). The facts come from --facts")
    p.set_defaults(func=cmd_eval)
    sub.add_parser("run", parents=[common], help="run on Telegram with long polling",
                   formatter_class=argparse.RawDescriptionHelpFormatter,
                   epilog=_run_epilog).set_defaults(func=cmd_run)
    sub.add_parser("webhook", parents=[common], help="run the webhook server ($PORT)",
                   formatter_class=argparse.RawDescriptionHelpFormatter,
                   epilog=lambda: env_help(ENV_COMMON + ENV_WEBHOOK)).set_defaults(func=cmd_webhook)
    p = sub.add_parser("unanswered", parents=[common], help="what people asked that the bot could not answer")
    p.add_argument("--since", type=float, help="only the last DAYS days")
    p.add_argument("--limit", type=int, default=30, help="at most N groups (default 30)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_unanswered)
    db = sub.add_parser("db", help="the database: `db status`").add_subparsers(dest="db_command", required=True)
    p = db.add_parser("status", help="backend (DATABASE_URL or DATA_DIR), schema version, pending updates, rows")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_db_status)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if not hasattr(args, "facts"):
        args.facts = None
    try:
        return args.func(args)
    except FactFileError as exc:
        for problem in exc.problems:
            print(problem, file=sys.stderr)
        return EXIT_USAGE
    except SettingsError as exc:  # a setting the user can fix: one line naming the variable
        print(f"story-bot: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except StartupError as exc:  # Telegram refused or unreachable: one line, no traceback, no token
        print(f"story-bot: {exc}", file=sys.stderr)
        return exc.code
    except BrokenPipeError:
        return 0
