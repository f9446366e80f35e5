"""The command line: `python -m bot [run|webhook|ask|chat|check|eval|unanswered]`.

Telegram is imported only by `run` and `webhook`, so `ask` starts fast.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

from .story.bundle import StoryBundle, load_bundle
from .story.factbook import FactFileError
from .settings import SettingsError, StartupError, load_settings

EXIT_USAGE = 2
HINT = ("story-bot: no TELEGRAM_BOT_TOKEN set, so this is the local terminal chat. "
        "To connect to Telegram, get a token from @BotFather and run: TELEGRAM_BOT_TOKEN=... python -m bot run")


def _book(args: argparse.Namespace) -> StoryBundle:
    return load_bundle(args.facts or None)


def cmd_ask(args: argparse.Namespace) -> int:
    from .engine.responder import respond

    book = _book(args)
    if args.explain:
        from .engine.explain import explain

        if not args.question:
            print("usage: python -m bot ask --explain \"QUESTION\" [--previous FACT_ID]", file=sys.stderr)
            return EXIT_USAGE
        print("\n".join(explain(args.question, book, args.previous)))
        return 0
    if args.json:
        questions = [args.question] if args.question else (line.rstrip("\r\n") for line in sys.stdin)
        for question in questions:
            result = respond(question, book, args.previous)
            print(json.dumps({
                "question": question, "answered": result.answered, "kind": result.kind,
                "answer": _plain(result, book), "fact": result.fact.id if result.fact else None,
                "score": round(result.score, 1), "suggestions": [f.id for f in result.suggestions],
                "facts": [p.fact.id for p in result.parts if p.fact], "lang": result.lang,
            }, ensure_ascii=False), flush=True)
        return 0
    if not args.question:
        print("usage: python -m bot ask \"QUESTION\"  (or ask --json with questions on stdin)", file=sys.stderr)
        return EXIT_USAGE
    print(_plain(respond(args.question, book, args.previous), book))
    return 0


def _plain(result, book: StoryBundle) -> str:
    from .replies import for_result

    reply = for_result(result, book)
    return reply.text if result.kind != "suggest" else (
        reply.text + " " + "; ".join(b.label for b in reply.buttons))


def cmd_chat(args: argparse.Namespace) -> int:
    from . import replies
    from .engine.responder import respond

    book = _book(args)
    interactive = sys.stdin.isatty()
    if interactive:
        print(HINT, file=sys.stderr)
    reply = replies.start(book)
    if interactive:
        _print_reply(reply)
        print("(Type a question, or a button's number to press it; /quit to leave.)\n")
    previous = None
    while True:
        try:
            line = input("> " if interactive else "").strip()
        except (EOFError, KeyboardInterrupt):
            if interactive:
                print()
            return 0
        if not line:
            continue
        if line in ("/quit", "/exit"):
            return 0
        pressed = _button(line, reply)
        if pressed is not None:  # typing a button's number presses it, as a tap would in Telegram
            reply = replies.for_button(pressed, book)
        elif line.startswith("/"):
            reply = replies.for_command(line, book)
        else:
            result = respond(line, book, previous=previous)
            reply = replies.for_result(result, book)
        if reply.fact is not None and not reply.fact.gap:
            previous = reply.fact.id
        _print_reply(reply)


def _button(line: str, reply) -> str | None:
    if line.isdigit() and 1 <= int(line) <= len(reply.buttons):
        return reply.buttons[int(line) - 1].data
    return None


def _print_reply(reply) -> None:
    print(reply.text)
    for number, button in enumerate(reply.buttons, 1):
        print(f"  [{number}] {button.label}")
    print(flush=True)


def cmd_check(args: argparse.Namespace) -> int:
    from .engine.responder import respond

    book = load_bundle(args.path or args.facts or None)
    warnings = 0
    for fact in book.facts:
        for question in fact.questions:
            result = respond(question, book)
            if result.fact is None or result.fact.id != fact.id or result.kind == "suggest":
                other = ", ".join(f.id for f in result.suggestions if f.id != fact.id) or (
                    result.fact.id if result.fact else "nothing")
                print(f"{book.path}:{fact.line}: warning: question '{question}' of fact '{fact.id}' is "
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
    print(f"{book.path}: OK, {len(book.facts)} facts, {len(book.index.keys)} questions, {warnings} warnings")
    return 0


def cmd_eval(args: argparse.Namespace) -> int:
    from .evaluation import evaluate, read_cases, sweep, unknown_ids

    book = _book(args)
    path = Path(args.path or Path(__file__).resolve().parent.parent / "tests" / "eval" / "questions.tsv")
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
    for title, rows in (("confident wrong answers", report.wrong), ("other misses", report.misses)):
        if rows:
            print(f"\n{title} (expected -> got, score):")
            for case, got, score in rows:
                print(f"  {path.name}:{case.line}: {case.expected} -> {got} ({score:.0f})  {case.question}")
    print("\nanswer threshold   answered right   declined   confident wrong")
    for threshold, row in sweep(book, cases):
        print(f"  {threshold:14.0f}   {row.accuracy:14.1%}   {row.decline_rate:8.1%}   {row.wrong_rate:15.1%}")
    return 0


def cmd_run(args: argparse.Namespace) -> int:
    from .telegram_app import run_polling

    return run_polling(load_settings(require_token=True), _book(args))


def cmd_webhook(args: argparse.Namespace) -> int:
    from .webhook import serve

    return serve(load_settings(require_token=True, webhook=True), _book(args))


def cmd_unanswered(args: argparse.Namespace) -> int:
    from .misses import report_main

    return report_main(args, _book(args))


def cmd_default(args: argparse.Namespace) -> int:
    if os.environ.get("TELEGRAM_BOT_TOKEN", "").strip():
        return cmd_run(args)
    if not sys.stdin.isatty():
        print(HINT, file=sys.stderr)
    return cmd_chat(args)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="story-bot", description="Answers questions about one news story.")
    parser.add_argument("--facts", help="fact file (default: facts.yaml beside the package, or $FACTS_PATH)")
    parser.set_defaults(func=cmd_default)
    sub = parser.add_subparsers(dest="command")
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--facts", default=argparse.SUPPRESS, help="fact file")

    p = sub.add_parser("ask", parents=[common], help="answer one question (or --json lines from stdin)")
    p.add_argument("question", nargs="?")
    p.add_argument("--json", action="store_true", help="JSON lines; with no question, read stdin")
    p.add_argument("--explain", action="store_true", help="show how the question was read and decided")
    p.add_argument("--previous", metavar="FACT_ID", help="read the question as a follow-up to this fact")
    p.set_defaults(func=cmd_ask)
    sub.add_parser("chat", parents=[common], help="talk to the bot in the terminal").set_defaults(func=cmd_chat)
    p = sub.add_parser("check", parents=[common], help="validate a fact file")
    p.add_argument("path", nargs="?")
    p.set_defaults(func=cmd_check)
    p = sub.add_parser("eval", parents=[common], help="accuracy on an eval file")
    p.add_argument("path", nargs="?")
    p.set_defaults(func=cmd_eval)
    sub.add_parser("run", parents=[common], help="run on Telegram with long polling").set_defaults(func=cmd_run)
    sub.add_parser("webhook", parents=[common], help="run the webhook server ($PORT)").set_defaults(
        func=cmd_webhook)
    p = sub.add_parser("unanswered", parents=[common], help="what people asked that the bot could not answer")
    p.add_argument("--since", type=float, help="only the last DAYS days")
    p.add_argument("--limit", type=int, default=30, help="at most N groups (default 30)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_unanswered)
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
