"""The one button codec: every button fits Telegram, and any data decodes without an exception."""

from __future__ import annotations

import pytest

from bot.render import MAX_CALLBACK_DATA, Action, ActionKind, decode, encode


@pytest.mark.parametrize("action", [
    Action(ActionKind.FACT, fact_id="meeting-date"),
    Action(ActionKind.FACT, fact_id="x" * 32),
    Action(ActionKind.TOPICS, page=3),
    Action(ActionKind.FEEDBACK, fact_id="author", helpful=True),
    Action(ActionKind.FEEDBACK, fact_id="author", helpful=False),
])
def test_round_trip_within_64_bytes(action):
    data = encode(action)
    assert len(data.encode()) <= MAX_CALLBACK_DATA
    assert decode(data) == action


@pytest.mark.parametrize("data", [None, "", "fact:", "fact:UPPER", "fact:../../etc", "topics:-1", "topics:99999",
                                  "topics:²", "fb:2:author", "fb:1:", "nonsense", "fact:" + "a" * 70, 42,
                                  "fb:1:author:extra", "\x00", "fact:münchen"])
def test_forged_or_stale_data_is_unknown_never_an_error(data):
    assert decode(data).kind is ActionKind.UNKNOWN
