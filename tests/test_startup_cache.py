"""The start-up cache (bot/story/cache.py): the same bundle, read in milliseconds, never stale, never an error."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from bot.engine.responder import respond
from bot.settings import cache_dir
from bot.story import cache
from bot.story.bundle import load_bundle
from bot.story.factbook import FactFileError

ROOT = Path(__file__).resolve().parent.parent
QUESTIONS = ["when is the meeting", "коли зустріч?", "wher will they meet", "what did starmer say",
             "is the meeting on sunday?", "who wrote this?"]


def _cached(directory: Path) -> list[Path]:
    return sorted(directory.glob("bundle-*.pickle"))


def test_a_cached_bundle_answers_exactly_as_a_fresh_one(tmp_path):
    fresh = load_bundle(ROOT / "facts.yaml")
    load_bundle(ROOT / "facts.yaml", cache=tmp_path)  # writes it
    assert len(_cached(tmp_path)) == 1
    cached = load_bundle(ROOT / "facts.yaml", cache=tmp_path)
    assert cached.indexes._built, "the default language's index comes from the cache"
    assert cached.index.book is cached.book and cached.index.locale is fresh.index.locale
    for question in QUESTIONS:
        assert respond(question, cached).text == respond(question, fresh).text


def test_an_edited_fact_file_is_read_afresh(tmp_path):
    facts = tmp_path / "facts.yaml"
    shutil.copy(ROOT / "facts.yaml", facts)
    store = tmp_path / "cache"
    before = load_bundle(facts, cache=store)
    facts.write_text(facts.read_text(encoding="utf-8").replace("Volodymyr Ivanyshyn wrote", "Jane Doe wrote"),
                     encoding="utf-8")
    after = load_bundle(facts, cache=store)
    assert "Jane Doe" in respond("who wrote the article?", after).text
    assert "Jane Doe" not in respond("who wrote the article?", before).text
    assert len(_cached(store)) == 2


def test_a_broken_fact_file_is_reported_not_served_from_the_cache(tmp_path):
    facts = tmp_path / "facts.yaml"
    shutil.copy(ROOT / "facts.yaml", facts)
    load_bundle(facts, cache=tmp_path / "cache")
    facts.write_text("story: [", encoding="utf-8")
    with pytest.raises(FactFileError):
        load_bundle(facts, cache=tmp_path / "cache")


@pytest.mark.parametrize("damage", [b"", b"not a pickle", b"\x80\x05garbage"])
def test_a_corrupt_cache_file_costs_a_fresh_read_and_is_replaced(tmp_path, damage):
    load_bundle(ROOT / "facts.yaml", cache=tmp_path)
    (only,) = _cached(tmp_path)
    only.write_bytes(damage)
    bundle = load_bundle(ROOT / "facts.yaml", cache=tmp_path)
    assert "April 4" in respond("when is the meeting", bundle).text
    assert only.stat().st_size > 1000  # rewritten whole


def test_an_unwritable_cache_directory_is_no_error(tmp_path):
    blocked = tmp_path / "file-not-dir"
    blocked.write_text("x")
    bundle = load_bundle(ROOT / "facts.yaml", cache=blocked / "cache")
    assert "April 4" in respond("when is the meeting", bundle).text


def test_only_the_newest_few_are_kept(tmp_path):
    for n in range(cache.KEEP + 3):
        cache.write(tmp_path, f"n{n}", n)
    assert len(_cached(tmp_path)) == cache.KEEP and cache.read(tmp_path, f"n{cache.KEEP + 2}") == cache.KEEP + 2


def test_the_bytes_the_options_and_the_code_are_the_key(tmp_path, monkeypatch):
    data = (ROOT / "facts.yaml").read_bytes()
    assert cache.key(data, "a") == cache.key(data, "a") != cache.key(data, "b") != cache.key(data + b" ", "b")
    module = tmp_path / "engine.py"
    module.write_text("x = 1\n")
    monkeypatch.setattr(cache, "_PACKAGE", tmp_path)
    before = cache.key(data, "a")
    os.utime(module, ns=(1, 2))  # a new version of the code (as Python's bytecode cache sees it)
    assert cache.key(data, "a") != before


@pytest.mark.parametrize("env, expected", [
    ({"CACHE_DIR": "off"}, None),
    ({"CACHE_DIR": "/srv/cache"}, Path("/srv/cache")),
    ({"XDG_CACHE_HOME": "/x"}, Path("/x/story-bot")),
])
def test_the_cache_directory_setting(env, expected):
    assert cache_dir(env) == expected


def test_the_real_ask_process_writes_then_reads_the_cache(tmp_path):
    env = {**os.environ, "CACHE_DIR": str(tmp_path)}
    run = [sys.executable, "-m", "bot", "ask", "--json", "when is the meeting"]
    first = subprocess.run(run, env=env, capture_output=True, text=True, timeout=60, cwd=ROOT)
    assert first.returncode == 0 and len(_cached(tmp_path)) == 1
    second = subprocess.run(run, env=env, capture_output=True, text=True, timeout=60, cwd=ROOT)
    assert second.returncode == 0 and second.stdout == first.stdout
    off = subprocess.run(run, env={**env, "CACHE_DIR": "off"}, capture_output=True, text=True, timeout=60, cwd=ROOT)
    assert off.stdout == first.stdout
