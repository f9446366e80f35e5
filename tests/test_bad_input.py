"""Issue 13: bad input everywhere gets one clear line, never a traceback.

Script-like: every case runs the real `python -m bot ...` (cwd = the repo root) and must exit with the
documented code (2: the user can fix it), print exactly one line on stderr naming the file and line (fact
files) or the variable (settings), and never print "Traceback". The cases run a few at a time, once.
"""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from tests.support.harness import TOKEN
from tests.support.fake_bot_api import FakeBotAPI
from tests.support.updates import text_message

ROOT = Path(__file__).resolve().parent.parent
GOOD = (ROOT / "facts.yaml").read_text(encoding="utf-8")
UNREACHABLE = "http://127.0.0.1:9"  # had a bad setting slipped through, the bot would stop here with exit 1
SCRUBBED = ("TELEGRAM", "WEBHOOK", "RENDER", "KOYEB", "RAILWAY", "FLY_APP", "HEROKU", "PORT", "DATA_DIR",
            "ADMIN_USER_IDS", "RATE_LIMIT", "LOG_LEVEL", "FACTS_PATH")


def edit(old: str, new: str, text: str = GOOD) -> str:
    assert old in text, old
    return text.replace(old, new, 1)


def line_of(text: str, needle: str, nth: int = 1) -> int:
    at = -1
    for _ in range(nth):
        at = text.index(needle, at + 1)
    return text[:at].count("\n") + 1


BOMB = "".join([
    'lol0: &a0 ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]\n',
    *(f"lol{i}: &a{i} [{', '.join([f'*a{i - 1}'] * 9)}]\n" for i in range(1, 10)),
])


@dataclass
class FileCase:
    """A broken fact file: where the one line must point, and words it must contain."""

    name: str
    text: str
    line: int
    says: tuple[str, ...]
    never: tuple[str, ...] = ("ScalarNode", "MappingNode", "SequenceNode", "tag:yaml.org")


def _file_cases() -> list[FileCase]:
    cases = []

    def add(name, text, line, *says):
        cases.append(FileCase(name, text, line, says))

    for bad, why in [("2025-04-31", "day is out of range"), ("2025-13-45", "month must be in 1..12"),
                     ("2025-04-01 25:99:00", "hour must be in 0..23")]:
        text = edit("published: 2025-04-01", f"published: {bad}")
        add(f"date {bad}", text, line_of(text, "published: 2"), bad, why, "not a real date")
    text = edit("  outlet: Kyiv Independent", "  outlet: !custom Kyiv")
    add("unknown tag", text, line_of(text, "!custom"), "'!custom'", "not supported")
    text = edit("  outlet: Kyiv Independent", "  outlet: !!python/name:os.system")
    add("python tag", text, line_of(text, "!!python"), "'!!python/name:os.system'", "refused")
    text = edit("  outlet: Kyiv Independent", '  outlet: !!python/object/apply:os.system ["touch RAN"]')
    add("python apply on a list", text, line_of(text, "!!python"), "python/object/apply:os.system", "refused")
    text = edit("  author: Volodymyr", "  !!python/object:x author: Volodymyr")
    add("python tag on a key", text, line_of(text, "!!python"), "python/object:x", "refused")
    for tagged, says in [("!!bool maybe", "true or false"), ("!!int xyz", "whole number"),
                         ("!!float abc", "not a number"), ("!!timestamp soon", "not a real date")]:
        text = edit("  - id: published\n", f"  - id: published\n    gap: {tagged}\n")
        add(f"gap: {tagged}", text, line_of(text, f"gap: {tagged}"), tagged.split()[1], says)
    text = edit("related: [published, summary]", "related: !!set {published, summary}")
    add("!!set", text, line_of(text, "!!set"), "'!!set'", "not supported")
    text = edit("  outlet: Kyiv", "\toutlet: Kyiv")
    add("tab", text, line_of(text, "\toutlet"), "tab")
    text = edit("    questions:\n", "    questions:\n\t  - Who is it?\n")
    add("tab in a list", text, line_of(text, "\t  - Who"), "tab")
    text = edit("      - Who is the author?\n", '      - "Who is the author?\n')
    add("quote left open", text, line_of(text, '"Who is the author?'), "quote", "not closed")
    text = GOOD + '\nextra: "never closed\n'
    add("quote open at the end", text, line_of(text, "extra:"), "quote", "never closed")
    text = edit("      - Who is the author?\n", "      - 'Who is the author?\n")
    add("single quote left open", text, line_of(text, "'Who is the author?"), "quote")
    text = BOMB + GOOD
    add("alias bomb", text, line_of(text, "*a0"), "'*a0'", "alias", "list or mapping")
    text = edit("related: [published, summary]", "related: &r [published, *r]")
    add("alias loop", text, line_of(text, "*r"), "'*r'", "alias")
    text = edit("related: [author, summary]", "related: *r", edit("related: [published, summary]",
                                                                 "related: &r [published, summary]"))
    add("alias of a list", text, line_of(text, "*r"), "'*r'", "alias")
    text = edit("  outlet: Kyiv Independent", "  outlet: *nowhere")
    add("undefined alias", text, line_of(text, "*nowhere"), "'*nowhere'", "anchor")
    text = edit("  outlet: Kyiv Independent", "  ? [a, b]\n  : x\n  outlet: Kyiv Independent")
    add("complex key", text, line_of(text, "? [a, b]"), "key", "list")
    text = edit("  - id: published\n", "  - id: summary\n")
    add("duplicate id", text, line_of(text, "- id: summary", nth=2), "duplicate id 'summary'")
    text = "a: " + "[" * 100_000 + "]" * 100_000 + "\n"  # libyaml's composer would crash the process
    add("lists nested 100,000 deep", text, 1, "nest more than")
    text = "a:\n" + "".join(" " * i + "-\n" for i in range(0, 200, 2))
    add("blocks nested 100 deep", text, 51, "nest more than")
    text = "a: " + "{a: " * 20_000 + "1" + "}" * 20_000 + "\n"
    add("mappings nested 20,000 deep", text, 1, "nest more than")
    text = edit("Kyiv Independent", "Kyiv\x00Independent")
    add("NUL character", text, line_of(text, "\x00"), "U+0000")
    text = edit("Who is the author?", "Who is the\x07 author?")
    add("control character", text, line_of(text, "\x07"), "U+0007")
    text = edit("  outlet: Kyiv Independent", "  outlet: &a Kyiv\n  author: &a X")
    add("anchor defined twice", text, line_of(text, "&a X"), "'&a'", "twice", f"line {line_of(text, '&a Kyiv')}")
    text = GOOD + "\n---\nfoo: 1\n"
    add("two documents", text, line_of(text, "---\nfoo"), "second document")
    text = edit("  - id: published\n", "  - <<: {id: published}\n    id: published\n")
    add("merge key", text, line_of(text, "<<"), "'!!merge'")
    text = edit("  outlet: Kyiv Independent", "  outlet: !!binary aGVsbG8=")
    add("!!binary", text, line_of(text, "!!binary"), "'!!binary'")
    text = edit("  outlet: Kyiv Independent", '  outlet: Kyiv Independent\n  "a\\rb\\u2028c\\nd": x')
    add("key with line breaks", text, line_of(text, '"a\\r'), "unknown key 'a b c d'")
    text = edit("  - id: published\n", "  - id: " + "9" * 5000 + "\n")
    add("5,000-digit number", text, line_of(text, "- id: 999"), "cannot be read as a number", "quote it")
    text = edit("  - id: published\n", "  - id: " + "x" * 50_000 + "\n")
    add("50,000-character id", text, line_of(text, "- id: xxx"), "1-32 characters")
    text = edit("  outlet: Kyiv Independent", "  outlet: " + "K" * 1_500_000)
    add("1.5 MB outlet", text, line_of(text, "outlet: KKK"), "story.outlet", "1,000")
    text = edit("      - Who is the author?\n", "      - Who is the author " + "very " * 3000 + "?\n")
    add("15,000-character question", text, line_of(text, "Who is the author very"), "1,000")
    text = edit("related: [published, summary]", "related: [published, !!int x]")
    add("bad value inside a list", text, line_of(text, "!!int x"), "'x'", "whole number")
    text = GOOD + "# " + "x" * 2_100_000 + "\n"
    add("file over 2 MB", text, 1, "2,000,000", "bytes")
    text = edit("  text: |\n", "  text: |\n    " + "word " * 25_000 + "\n")
    add("story over 100,000 characters", text, line_of(text, "  text: |"), "100,000", "story.text")
    return cases


FILE_CASES = _file_cases()


@dataclass
class Run:
    argv: list[str]
    env: dict[str, str] = field(default_factory=dict)
    stdin: str = ""


def _env(extra: dict[str, str], tmp: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(SCRUBBED)}
    env.update(DATA_DIR=str(tmp / "data"), PYTHONUNBUFFERED="1")
    env.update(extra)
    return env


def _run(run: Run, tmp: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "bot", *run.argv], cwd=ROOT, env=_env(run.env, tmp),
                          input=run.stdin, capture_output=True, text=True, timeout=60)


def _run_all(runs: dict[str, Run], tmp: Path) -> dict[str, subprocess.CompletedProcess]:
    with ThreadPoolExecutor(max_workers=4) as pool:
        futures = {key: pool.submit(_run, run, tmp) for key, run in runs.items()}
        return {key: future.result() for key, future in futures.items()}


def assert_one_line(proc: subprocess.CompletedProcess, code: int, starts: str = "", says=(), never=()) -> str:
    everything = proc.stdout + proc.stderr
    assert "Traceback" not in everything, everything[-3000:]
    assert proc.returncode == code, (proc.returncode, proc.stderr[-2000:])
    lines = [line for line in proc.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, proc.stderr[-3000:]
    (line,) = lines
    assert line.startswith(starts), line
    assert len(line) < 400 + len(starts), line  # huge values are cut short, not echoed
    for word in says:
        assert word in line, (word, line)
    for word in never:
        assert word not in line, (word, line)
    assert TOKEN not in everything and TOKEN.split(":")[1] not in everything
    return line


# -- the fact file: `check PATH` ------------------------------------------------------------------------
@pytest.fixture(scope="module")
def checked(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("facts")
    runs = {}
    for number, case in enumerate(FILE_CASES):
        path = tmp / f"case{number}.yaml"
        path.write_text(case.text, encoding="utf-8")
        runs[case.name] = Run(["check", str(path)])
    return tmp, _run_all(runs, tmp)


@pytest.mark.parametrize("case", FILE_CASES, ids=[c.name for c in FILE_CASES])
def test_check_reports_one_line_at_the_right_place(checked, case):
    tmp, results = checked
    number = FILE_CASES.index(case)
    assert_one_line(results[case.name], 2, f"{tmp / f'case{number}.yaml'}:{case.line}: ", case.says, case.never)


def test_python_tags_are_never_run(checked):
    tmp, _ = checked
    assert not (ROOT / "RAN").exists() and not (tmp / "RAN").exists()


def test_a_directory_or_a_missing_file_is_one_line(tmp_path):
    results = _run_all({"dir": Run(["check", str(tmp_path)]),
                        "missing": Run(["check", str(tmp_path / "nope.yaml")])}, tmp_path)
    assert_one_line(results["dir"], 2, f"{tmp_path}:1: ", ("cannot read",))
    assert_one_line(results["missing"], 2, f"{tmp_path / 'nope.yaml'}:1: ", ("not found",))


# -- the same file through every command that reads facts -------------------------------------------------
def test_every_command_taking_facts_reports_the_same_line(tmp_path):
    text = edit("published: 2025-04-01", "published: 2025-04-31")
    path = tmp_path / "bad.yaml"
    path.write_text(text, encoding="utf-8")
    start = f"{path}:{line_of(text, 'published: 2')}: "
    telegram = {"TELEGRAM_BOT_TOKEN": TOKEN, "TELEGRAM_BASE_URL": UNREACHABLE}
    runs = {
        "ask": Run(["ask", "--facts", str(path), "when is the meeting"]),
        "ask --json": Run(["ask", "--json", "--facts", str(path)], stdin="when is the meeting\n"),
        "FACTS_PATH": Run(["ask", "when is the meeting"], {"FACTS_PATH": str(path)}),
        "chat": Run(["chat", "--facts", str(path)], stdin="hi\n"),
        "no command, no token": Run(["--facts", str(path)], stdin="hi\n"),  # the error, not the chat's hint too
        "eval": Run(["eval", "--facts", str(path)]),
        "check --facts": Run(["check", "--facts", str(path)]),
        "unanswered": Run(["unanswered", "--facts", str(path)]),
        "run": Run(["run", "--facts", str(path)], telegram),
        "webhook": Run(["webhook", "--facts", str(path)], {**telegram, "WEBHOOK_URL": "https://example.org"}),
    }
    for name, proc in _run_all(runs, tmp_path).items():
        assert_one_line(proc, 2, start, ("2025-04-31",)), name


def test_a_translation_with_another_date_stops_every_start_but_not_a_one_off_ask(tmp_path):
    """A Ukrainian answer stating another date than the English one: `check`, the chat, run and webhook refuse
    the file (one line, exit 2); `ask` reads the file as written and leaves that cross-check to them."""
    at = GOOD.index("лідери 31 країни", GOOD.index("    uk:\n", GOOD.index("  - id: coalition-size\n")))
    text = GOOD[:at] + "лідери 32 країни" + GOOD[at + len("лідери 31 країни"):]
    path = tmp_path / "bad.yaml"
    path.write_text(text, encoding="utf-8")
    start = f"{path}:{line_of(text, 'лідери 32 країни') - 1}: "  # the answer's first line
    telegram = {"TELEGRAM_BOT_TOKEN": TOKEN, "TELEGRAM_BASE_URL": UNREACHABLE}
    runs = {
        "check": Run(["check", str(path)]),
        "chat": Run(["--facts", str(path)], stdin="hi\n"),
        "run": Run(["run", "--facts", str(path)], telegram),
        "webhook": Run(["webhook", "--facts", str(path)], {**telegram, "WEBHOOK_URL": "https://example.org"}),
        "ask": Run(["ask", "--json", "--facts", str(path), "how many countries are in the coalition?"]),
    }
    results = _run_all(runs, tmp_path)
    for name in ("check", "chat", "run", "webhook"):
        assert_one_line(results[name], 2, start, ("coalition-size", "only in uk: 32")), name
    asked = results["ask"]
    assert asked.returncode == 0 and not asked.stderr, asked.stderr
    assert json.loads(asked.stdout)["fact"] == "coalition-size"



def test_without_the_figures_check_a_missing_translation_is_still_refused():
    """`ask` skips only the numbers-and-dates comparison; a fact the file does not translate still stops it."""
    from bot.story.factbook import FactFileError, parse

    at = GOOD.index("      answer:", GOOD.index("    uk:\n", GOOD.index("  - id: author\n")))
    end = GOOD.index("\n  - id:", at)
    broken = GOOD[:at] + GOOD[end:]  # the author fact's uk block without its answer
    for figures in (True, False):
        with pytest.raises(FactFileError) as err:
            parse(broken, "facts.yaml", figures=figures)
        assert any("'author'" in p.message and "'answer'" in p.message for p in err.value.problems)

# -- settings: one line naming the variable, exit 2 ------------------------------------------------------
SETTING_CASES = [
    ("run", {"PORT": "²"}, "PORT"),
    ("webhook", {"PORT": "²"}, "PORT"),
    ("webhook", {"PORT": "9" * 5000}, "PORT"),
    ("webhook", {"PORT": "70000"}, "PORT"),
    ("run", {"ADMIN_USER_IDS": "--5"}, "ADMIN_USER_IDS"),
    ("run", {"ADMIN_USER_IDS": "²"}, "ADMIN_USER_IDS"),
    ("run", {"ADMIN_USER_IDS": "12,-5"}, "ADMIN_USER_IDS"),
    ("run", {"ADMIN_USER_IDS": "1" * 5000}, "ADMIN_USER_IDS"),
    ("run", {"LOG_LEVEL": "loud"}, "LOG_LEVEL"),
    ("run", {"RATE_LIMIT": "²"}, "RATE_LIMIT"),
    ("run", {"TELEGRAM_BASE_URL": "localhost:8081"}, "TELEGRAM_BASE_URL"),
    ("run", {"TELEGRAM_BASE_URL": "http://exa mple.org"}, "TELEGRAM_BASE_URL"),
    ("run", {"TELEGRAM_BOT_TOKEN": "١٢٣٤٥٦:" + "A" * 35}, "TELEGRAM_BOT_TOKEN"),  # Arabic-Indic digits
    ("run", {"TELEGRAM_BOT_TOKEN": ""}, "TELEGRAM_BOT_TOKEN"),
    ("webhook", {"WEBHOOK_SECRET": "short"}, "WEBHOOK_SECRET"),
    ("webhook", {"WEBHOOK_URL": "ftp://example.org"}, "WEBHOOK_URL"),
    ("webhook", {"WEBHOOK_URL": "http://example.org"}, "https://"),  # Telegram would refuse it
    ("webhook", {"WEBHOOK_URL": "", "RENDER_EXTERNAL_URL": "http://x.onrender.com"}, "RENDER_EXTERNAL_URL"),
    ("webhook", {"WEBHOOK_URL": ""}, "WEBHOOK_URL"),
    ("webhook", {"WEBHOOK_URL": "https://exa mple.org"}, "WEBHOOK_URL"),
    ("webhook", {"WEBHOOK_URL": "", "KOYEB_PUBLIC_DOMAIN": "a b"}, "KOYEB_PUBLIC_DOMAIN"),
]


def test_bad_settings_are_one_line_naming_the_variable(tmp_path):
    runs = {}
    for number, (command, env, _) in enumerate(SETTING_CASES):
        base = {"TELEGRAM_BOT_TOKEN": TOKEN, "TELEGRAM_BASE_URL": UNREACHABLE}
        if command == "webhook":
            base["WEBHOOK_URL"] = "https://example.org"
        runs[str(number)] = Run([command], {**base, **env})
    results = _run_all(runs, tmp_path)
    for number, (command, env, variable) in enumerate(SETTING_CASES):
        assert_one_line(results[str(number)], 2, "story-bot: ", (variable,))


def _variables_read() -> set[str]:
    """Every environment variable the bot reads, found in its source (so a new one cannot be forgotten)."""
    names: set[str] = set()
    for path in (ROOT / "bot").rglob("*.py"):
        source = path.read_text(encoding="utf-8")
        names.update(re.findall(r"(?:env|environ)\.get\(\s*[\"']([A-Z][A-Z0-9_]+)[\"']", source))
        names.update(re.findall(r"^\s*\([\"']([A-Z][A-Z0-9_]+)[\"'],\s*[\"'][^\"']*\{\}", source, re.M))
    return names


def test_empty_is_unset_for_every_variable():
    from bot.settings import SettingsError, load_settings

    names = _variables_read()
    assert {"PORT", "LOG_LEVEL", "DATA_DIR", "ADMIN_USER_IDS", "TELEGRAM_BASE_URL"} <= names

    def outcome(env, webhook):
        try:
            return load_settings(env, webhook=webhook)
        except SettingsError as exc:
            return str(exc)

    for base in ({"TELEGRAM_BOT_TOKEN": TOKEN}, {"TELEGRAM_BOT_TOKEN": TOKEN, "RENDER_EXTERNAL_URL": "https://x.io"}):
        for name in sorted(names - set(base)):
            for empty in ("", "  "):
                for webhook in (False, True):
                    assert outcome({**base, name: empty}, webhook) == outcome(base, webhook), (name, empty, webhook)


@pytest.mark.parametrize("given", ["{api}", "{api}/", "{api}/bot", "{api}/bot/", "{api}/bot{token}"])
def test_telegram_base_url_with_or_without_bot(given):
    from bot.settings import load_settings

    api = "http://127.0.0.1:8081"
    settings = load_settings({"TELEGRAM_BOT_TOKEN": TOKEN, "TELEGRAM_BASE_URL": given.format(api=api, token=TOKEN)})
    assert settings.base_url == api


def test_base_url_ending_in_bot_and_empty_settings_work_against_the_bot_api(tmp_path):
    """The python-telegram-bot form of TELEGRAM_BASE_URL, and empty LOG_LEVEL/PORT/...: the bot starts and answers."""
    with FakeBotAPI() as api:
        api.server.handle_error = lambda *args: None  # the last long poll's reader is gone after SIGTERM
        env = _env({"TELEGRAM_BOT_TOKEN": TOKEN, "TELEGRAM_BASE_URL": api.base_url + "/bot/", "LOG_LEVEL": "",
                    "PORT": "", "ADMIN_USER_IDS": "", "RATE_LIMIT": "", "WEBHOOK_SECRET": "", "FACTS_PATH": ""},
                   tmp_path)
        log = open(tmp_path / "bot.log", "w+")
        proc = subprocess.Popen([sys.executable, "-m", "bot", "run"], cwd=ROOT, env=env, stdout=log,
                                stderr=subprocess.STDOUT)
        try:
            assert api.wait_for(lambda: api.sent("setMyCommands") or proc.poll() is not None, 20)
            api.push(text_message("who wrote the article?"))
            assert api.wait_for(lambda: api.sent() or proc.poll() is not None, 20)
        finally:
            if proc.poll() is None:
                proc.send_signal(signal.SIGTERM)
            code = proc.wait(timeout=20)
            log.seek(0)
            output = log.read()
            log.close()
    assert code == 0, output
    assert "Traceback" not in output and "rejected" not in output
    assert any("Volodymyr Ivanyshyn" in m["text"] for m in api.sent()), output
    assert api.tokens_seen == {TOKEN}  # requests went to /bot<token>/..., not /bot/bot<token>/...


# -- help: what PATH is, and the variables run and webhook read -----------------------------------------
def test_help_says_what_path_is_and_lists_the_variables(tmp_path):
    runs = {name: Run([name, "--help"]) for name in ("check", "eval", "run", "webhook")}
    results = _run_all(runs, tmp_path)
    for proc in results.values():
        assert proc.returncode == 0 and "Traceback" not in proc.stderr
    assert re.search(r"PATH\s+the fact file to validate", results["check"].stdout)
    assert re.search(r"PATH\s+an eval file", results["eval"].stdout)
    names = _variables_read()
    webhook_only = {"WEBHOOK_URL", "RENDER_EXTERNAL_URL", "KOYEB_PUBLIC_DOMAIN", "RAILWAY_PUBLIC_DOMAIN",
                    "FLY_APP_NAME", "HEROKU_APP_NAME"}
    assert webhook_only <= names
    for name in names:
        assert name in results["webhook"].stdout, name
        if name not in webhook_only:
            assert name in results["run"].stdout, name
