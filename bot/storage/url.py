"""DATABASE_URL helpers that never let the password out."""

from __future__ import annotations

import re
from urllib.parse import parse_qsl, unquote, urlencode, urlsplit, urlunsplit

SCHEMES = ("postgres", "postgresql")


def is_postgres_url(url: str) -> bool:
    return url.split("://", 1)[0].lower() in SCHEMES and "://" in url


def password_of(url: str) -> str:
    """The password in a URL (user:PASSWORD@ or ?password=), or ''."""
    try:
        parts = urlsplit(url)
        secret = parts.password or ""
        for key, value in parse_qsl(parts.query):
            if key == "password":
                secret = secret or value
        return secret
    except ValueError:
        match = re.search(r"://[^:/@]*:([^@]*)@", url)
        return match.group(1) if match else ""


def mask_url(url: str) -> str:
    """postgresql://user:***@host:5432/db - safe to print and log."""
    try:
        parts = urlsplit(url)
        netloc = parts.netloc
        if parts.password is not None:
            userinfo, _, hostinfo = netloc.rpartition("@")
            netloc = f"{userinfo.split(':', 1)[0]}:***@{hostinfo}"
        query = parts.query
        if query and "password=" in query:
            query = urlencode([(k, "***" if k == "password" else v) for k, v in parse_qsl(query)], safe="*")
        return urlunsplit((parts.scheme, netloc, parts.path, query, parts.fragment))
    except ValueError:  # not even a URL: hide whatever looks like a password
        return re.sub(r"(://[^:/@]*:)[^@]*@", r"\1***@", url)


def scrub(text: str, url: str) -> str:
    """A message (say, a driver's error) with the URL's password removed, wherever it appears."""
    secret = password_of(url)
    for form in {secret, unquote(secret)}:
        if len(form) >= 2:
            text = text.replace(form, "***")
    return text
