"""Settings from environment variables, validated once at start-up.

Every error names the variable and how to fix it, so a deploy fails with one clear line.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

TOKEN_PATTERN = re.compile(r"^[0-9]{3,}:[A-Za-z0-9_-]{30,}$")  # ASCII digits only, not \d
SECRET_PATTERN = re.compile(r"^[A-Za-z0-9_-]{16,256}$")
WEBHOOK_PATH = "/telegram"
PLATFORM_URLS = (  # (variable, how its value becomes a URL)
    ("RENDER_EXTERNAL_URL", "{}"),
    ("KOYEB_PUBLIC_DOMAIN", "https://{}"),
    ("RAILWAY_PUBLIC_DOMAIN", "https://{}"),
    ("FLY_APP_NAME", "https://{}.fly.dev"),
    ("HEROKU_APP_NAME", "https://{}.herokuapp.com"),
)


class SettingsError(Exception):
    """A setting the person running the bot can fix."""


class StartupError(Exception):
    """Telegram cannot be used as configured; `code` is the exit code (2: the user can fix it)."""

    def __init__(self, message: str, code: int):
        super().__init__(message)
        self.code = code


@dataclass(frozen=True)
class Settings:
    token: str = ""
    base_url: str = ""
    port: int = 8080
    webhook_url: str = ""
    webhook_secret: str = field(default="", repr=False)
    data_dir: Path = Path("data")
    admin_ids: frozenset[int] = frozenset()
    rate_limit: bool = True
    log_level: str = "INFO"
    facts_path: Path = Path("facts.yaml")
    database_url: str = field(default="", repr=False)  # PostgreSQL; empty: SQLite in data_dir
    cache: Path | None = None  # the start-up cache directory; None: none

    @property
    def webhook_path(self) -> str:
        """Where the server listens for updates: the path of the registered URL."""
        return urlsplit(self.webhook_url).path or WEBHOOK_PATH

    def __repr__(self) -> str:  # never print the token
        return f"Settings(port={self.port}, webhook_url={self.webhook_url!r}, data_dir={self.data_dir})"


def facts_path(env: Mapping[str, str], given: str | None = None) -> Path:
    """--facts, else $FACTS_PATH, else the repo's facts.yaml beside the package, else ./facts.yaml."""
    if given:
        return Path(given)
    configured = env.get("FACTS_PATH", "").strip()
    if configured:
        return Path(configured)
    beside = Path(__file__).resolve().parent.parent / "facts.yaml"
    return beside if beside.exists() else Path.cwd() / "facts.yaml"


def cache_dir(env: Mapping[str, str]) -> Path | None:
    """Where the start-up cache lives (`bot.story.cache`): $CACHE_DIR, else $XDG_CACHE_HOME/story-bot,
    else ~/.cache/story-bot; None (no cache) for CACHE_DIR=off or without a home directory."""
    configured = env.get("CACHE_DIR", "").strip()
    if configured.lower() in ("off", "0", "no", "false", "none"):
        return None
    if configured:
        return Path(configured)
    xdg = env.get("XDG_CACHE_HOME", "").strip()
    try:
        return (Path(xdg) if xdg else Path.home() / ".cache") / "story-bot"
    except RuntimeError:  # no home directory to expand
        return None


def derive_secret(token: str) -> str:
    """A webhook secret that survives restarts and is never the token itself."""
    import hashlib  # OpenSSL's bindings: 2-4 ms that a one-off `ask` need not pay
    import hmac

    return hmac.new(token.encode(), b"story-bot webhook secret", hashlib.sha256).hexdigest()[:48]


def _flag(env: Mapping[str, str], name: str, default: bool) -> bool:
    raw = env.get(name, "").strip().lower()
    if not raw:
        return default
    if raw in ("1", "true", "yes", "on"):
        return True
    if raw in ("0", "false", "no", "off"):
        return False
    raise SettingsError(f"{name}={raw!r} is not a yes/no value; set it to 1 or 0")


def _shown(value: str, limit: int = 40) -> str:
    """A bad value, quoted and cut short, so the error stays one readable line."""
    return repr(value if len(value) <= limit else value[:limit] + "…")


def _base_url(token: str, raw: str) -> str:
    """The Bot API server's root. Also accepts python-telegram-bot's form, ending in /bot (or /bot<token>)."""
    url = raw.rstrip("/")
    if not url:
        return ""
    if not re.fullmatch(r"https?://[^\s/?#]+(/[^\s?#]*)?", url):
        raise SettingsError(f"TELEGRAM_BASE_URL={_shown(url) if token not in url else '[the URL]'} must be a URL "
                            "starting with http:// or https://, e.g. http://127.0.0.1:8081")
    head, _, last = url.rpartition("/")
    if last == "bot" or (token and last == f"bot{token}"):  # the bot appends /bot<token>/method itself
        url = head
    return url


WEBHOOK_PORTS = (443, 80, 88, 8443)  # the only ports Telegram's servers deliver webhooks to


def _public_url(env: Mapping[str, str], self_hosted_api: bool = False) -> str:
    url, source = env.get("WEBHOOK_URL", "").strip(), "WEBHOOK_URL"
    if not url:
        for name, shape in PLATFORM_URLS:
            value = env.get(name, "").strip()
            if value:
                url, source = shape.format(value), name
                break
    if not url:
        raise SettingsError("no public URL for the webhook: set WEBHOOK_URL to this service's https:// address "
                            "(on Render, Koyeb, Railway and Fly it is detected automatically)")
    if not re.match(r"^https?://[^\s/]+", url) or re.search(r"\s", url):
        where = "" if source == "WEBHOOK_URL" else f" (from {source}; set WEBHOOK_URL to override it)"
        raise SettingsError(f"WEBHOOK_URL={_shown(url)}{where} is not a URL; set it like https://my-bot.onrender.com")
    if not url.lower().startswith("https://"):
        where = "" if source == "WEBHOOK_URL" else f" (from {source}; set WEBHOOK_URL to override it)"
        raise SettingsError(f"WEBHOOK_URL={_shown(url)}{where} must start with https:// (Telegram delivers updates "
                            "only over HTTPS); set it like https://my-bot.onrender.com")
    try:
        port = urlsplit(url).port
    except ValueError:
        port = -1
    if port is not None and not self_hosted_api and port not in WEBHOOK_PORTS:
        raise SettingsError(f"WEBHOOK_URL={_shown(url)} has port {port if port >= 0 else '(not a number)'}; "
                            "Telegram delivers webhooks only to ports 443, 80, 88 or 8443 (leave the port out "
                            "for 443)")
    url = url.rstrip("/")
    return url if urlsplit(url).path else url + WEBHOOK_PATH  # a URL with a path is used as given


def load_settings(env: Mapping[str, str], *, require_token: bool = True, webhook: bool = False,
                  facts: str | None = None) -> Settings:
    """Read and check every setting; raise SettingsError naming the variable at fault.

    The command line passes os.environ: it is the only place that reads the environment."""
    token = env.get("TELEGRAM_BOT_TOKEN", "").strip()
    if require_token and not token:
        raise SettingsError("TELEGRAM_BOT_TOKEN is not set; get a token from @BotFather in Telegram "
                            "and run: TELEGRAM_BOT_TOKEN=123456:ABC... python -m bot run")
    if token and not TOKEN_PATTERN.match(token):
        raise SettingsError("TELEGRAM_BOT_TOKEN does not look like a bot token (digits, a colon, then "
                            "letters); copy it again from @BotFather")
    raw_port = env.get("PORT", "").strip() or "8080"
    if not re.fullmatch(r"[0-9]{1,5}", raw_port) or not 0 < int(raw_port) < 65536:  # not isdigit(): '²' is a digit
        raise SettingsError(f"PORT={_shown(raw_port)} is not a port number (1-65535); set it to e.g. 8080")
    base_url = _base_url(token, env.get("TELEGRAM_BASE_URL", "").strip())
    admins: set[int] = set()
    for part in env.get("ADMIN_USER_IDS", "").replace(" ", "").split(","):
        if part:
            if not re.fullmatch(r"[0-9]{1,20}", part):
                raise SettingsError(f"ADMIN_USER_IDS has {_shown(part)}, not a Telegram user id (a positive "
                                    "number); use comma-separated ids like 12345,67890")
            admins.add(int(part))
    secret = env.get("WEBHOOK_SECRET", "").strip()
    if secret and not SECRET_PATTERN.match(secret):
        raise SettingsError("WEBHOOK_SECRET must be 16-256 characters of A-Z, a-z, 0-9, _ and -")
    database_url = env.get("DATABASE_URL", "").strip()
    if database_url and not re.match(r"^postgres(ql)?://", database_url, re.I):
        from .storage.url import mask_url

        raise SettingsError(f"DATABASE_URL={mask_url(database_url)!r} is not a PostgreSQL URL; it must start "
                            "with postgresql:// or postgres:// (leave it unset for SQLite in DATA_DIR)")
    level = env.get("LOG_LEVEL", "").strip().upper() or "INFO"  # empty is unset, as for every variable
    if level not in ("DEBUG", "INFO", "WARNING", "ERROR"):
        raise SettingsError(f"LOG_LEVEL={_shown(level)} must be DEBUG, INFO, WARNING or ERROR")
    return Settings(
        token=token,
        base_url=base_url,
        port=int(raw_port),
        webhook_url=_public_url(env, self_hosted_api=bool(base_url)) if webhook else "",
        webhook_secret=secret or (derive_secret(token) if token else ""),
        data_dir=Path(env.get("DATA_DIR", "").strip() or "data"),
        admin_ids=frozenset(admins),
        rate_limit=_flag(env, "RATE_LIMIT", True),
        log_level=level,
        facts_path=facts_path(env, facts),
        database_url=database_url,
        cache=cache_dir(env),
    )


# What each variable means, for `run --help` and `webhook --help`.
ENV_COMMON = (  # (variable, meaning): shown by `run --help` and `webhook --help`
    ("TELEGRAM_BOT_TOKEN", "the bot token from @BotFather (required)"),
    ("TELEGRAM_BASE_URL", "a self-hosted Bot API server, e.g. http://127.0.0.1:8081 (default: Telegram's)"),
    ("DATA_DIR", "where the SQLite database is kept when DATABASE_URL is unset (default: ./data)"),
    ("DATABASE_URL", "a PostgreSQL URL (postgresql://...) for the inbox, misses and chat context"),
    ("ADMIN_USER_IDS", "comma-separated Telegram user ids allowed to use /unanswered"),
    ("RATE_LIMIT", "0 switches off the outgoing rate limiter (default: 1)"),
    ("LOG_LEVEL", "DEBUG, INFO, WARNING or ERROR (default: INFO)"),
    ("FACTS_PATH", "the fact file, like --facts (default: facts.yaml)"),
    ("CACHE_DIR", "the start-up cache of the read fact file; off disables it (default: "
                  "$XDG_CACHE_HOME/story-bot, else ~/.cache/story-bot)"),
)
ENV_WEBHOOK = (
    ("PORT", "the port to listen on, on 0.0.0.0 (default: 8080)"),
    ("WEBHOOK_URL", "this service's public https:// URL (default: detected from RENDER_EXTERNAL_URL, "
                    "KOYEB_PUBLIC_DOMAIN, RAILWAY_PUBLIC_DOMAIN, FLY_APP_NAME or HEROKU_APP_NAME)"),
    ("WEBHOOK_SECRET", "the secret Telegram sends back (default: derived from the token)"),
)


def env_help(variables) -> str:
    import textwrap

    width = max(len(name) for name, _ in variables)
    lines = [textwrap.fill(meaning, 100, initial_indent=f"  {name:<{width}}  ", subsequent_indent=" " * (width + 4))
             for name, meaning in variables]
    return "environment variables (empty counts as unset):\n" + "\n".join(lines)
