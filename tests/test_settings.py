"""Settings: validated once, every error names the variable and the fix."""

from __future__ import annotations

import pytest

from bot.settings import SettingsError, derive_secret, load_settings
from tests.support.harness import TOKEN


def test_defaults_and_derived_secret():
    s = load_settings({"TELEGRAM_BOT_TOKEN": TOKEN})
    assert s.port == 8080 and s.rate_limit and str(s.data_dir) == "data"
    assert s.webhook_secret == derive_secret(TOKEN) and len(s.webhook_secret) >= 16
    assert TOKEN not in s.webhook_secret and TOKEN.split(":")[1] not in s.webhook_secret
    assert TOKEN not in repr(s) and s.webhook_secret not in repr(s)


@pytest.mark.parametrize("env, names", [
    ({}, "TELEGRAM_BOT_TOKEN"),
    ({"TELEGRAM_BOT_TOKEN": "not-a-token"}, "TELEGRAM_BOT_TOKEN"),
    ({"TELEGRAM_BOT_TOKEN": TOKEN, "PORT": "http"}, "PORT"),
    ({"TELEGRAM_BOT_TOKEN": TOKEN, "ADMIN_USER_IDS": "12,bob"}, "ADMIN_USER_IDS"),
    ({"TELEGRAM_BOT_TOKEN": TOKEN, "RATE_LIMIT": "maybe"}, "RATE_LIMIT"),
    ({"TELEGRAM_BOT_TOKEN": TOKEN, "TELEGRAM_BASE_URL": "localhost:8081"}, "TELEGRAM_BASE_URL"),
    ({"TELEGRAM_BOT_TOKEN": TOKEN, "WEBHOOK_SECRET": "short"}, "WEBHOOK_SECRET"),
])
def test_errors_name_the_variable(env, names):
    with pytest.raises(SettingsError) as err:
        load_settings(env)
    assert names in str(err.value)
    assert TOKEN not in str(err.value)


def test_webhook_url_detection():
    base = {"TELEGRAM_BOT_TOKEN": TOKEN}
    with pytest.raises(SettingsError, match="WEBHOOK_URL"):
        load_settings(base, webhook=True)
    assert load_settings({**base, "RENDER_EXTERNAL_URL": "https://x.onrender.com"}, webhook=True).webhook_url \
        == "https://x.onrender.com/telegram"
    assert load_settings({**base, "KOYEB_PUBLIC_DOMAIN": "x.koyeb.app"}, webhook=True).webhook_url \
        == "https://x.koyeb.app/telegram"
    assert load_settings({**base, "RAILWAY_PUBLIC_DOMAIN": "x.up.railway.app"}, webhook=True).webhook_url \
        == "https://x.up.railway.app/telegram"
    custom = load_settings({**base, "WEBHOOK_URL": "https://example.org/hooks/tg/", "KOYEB_PUBLIC_DOMAIN": "k"},
                           webhook=True)
    assert custom.webhook_url == "https://example.org/hooks/tg" and custom.webhook_path == "/hooks/tg"


@pytest.mark.parametrize("url, says", [
    ("http://example.org", "must start with https://"),
    ("https://example.org:8080", "ports 443, 80, 88 or 8443"),
])
def test_webhook_url_telegram_would_refuse_is_caught_at_start(url, says):
    base = {"TELEGRAM_BOT_TOKEN": TOKEN}
    with pytest.raises(SettingsError, match=says):
        load_settings({**base, "WEBHOOK_URL": url}, webhook=True)
    assert load_settings({**base, "WEBHOOK_URL": "https://example.org:8443"}, webhook=True).webhook_url \
        == "https://example.org:8443/telegram"
    # A self-hosted Bot API server delivers to any port.
    assert load_settings({**base, "WEBHOOK_URL": "https://example.org:8080", "TELEGRAM_BASE_URL": "http://127.0.0.1:8081"},
                         webhook=True).webhook_url == "https://example.org:8080/telegram"


def test_log_lines_and_tracebacks_never_carry_the_token(capsys):
    import logging

    from bot.logs import setup_logging

    root = logging.getLogger()
    saved = root.handlers[:]
    root.handlers = []
    try:
        setup_logging("INFO", TOKEN, "s3cr3t-webhook-secret")
        logging.getLogger("telegram.ext").info("POST https://api.telegram.org/bot%s/getMe", TOKEN)
        try:
            raise RuntimeError(f"failed for https://x/bot{TOKEN}/sendMessage with s3cr3t-webhook-secret")
        except RuntimeError:
            logging.getLogger("story_bot").exception("update 7 failed")
    finally:
        root.handlers = saved
    err = capsys.readouterr().err
    assert "getMe" in err and "update 7 failed" in err and "[redacted]" in err
    assert TOKEN not in err and "s3cr3t-webhook-secret" not in err
