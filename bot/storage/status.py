"""`python -m bot db status`: which database, its schema version, pending inbox rows, rows per table."""

from __future__ import annotations

import argparse
import json

from .errors import NotCreated, StorageError, StorageStartupError


def status_main(args: argparse.Namespace, settings) -> int:
    """Reads only: never creates or migrates. An unusable DATA_DIR or database file is one line, exit 2;
    a server that cannot be reached, exit 1 (StorageStartupError, printed by the CLI)."""
    from . import CURRENT_VERSION, describe, open_sync

    backend = describe(settings)
    try:
        store = open_sync(settings, create=False, connect_attempts=1)
    except NotCreated as exc:
        kind = "postgresql" if getattr(settings, "database_url", "") else "sqlite"
        info = {"backend": kind, "where": backend, "schema_version": None, "current_version": CURRENT_VERSION, "pending": None,
                "rows": {}, "note": f"{exc}; the bot creates it at start-up"}
    else:
        with store:
            try:
                info = store.status()
            except StorageError as exc:
                raise StorageStartupError(f"cannot read {store.where} ({exc})", 1) from None
        info["where"] = backend
    if getattr(args, "json", False):
        print(json.dumps(info, ensure_ascii=False))
        return 0
    version = info["schema_version"]
    if version is None:
        shown = f"none yet ({info['note']})"
    elif version == CURRENT_VERSION:
        shown = f"{version} (current)"
    else:
        shown = f"{version} (the bot migrates it to {CURRENT_VERSION} at start-up)"
    pending = info["pending"]
    print(f"backend:         {backend}")
    print(f"schema version:  {shown}")
    print(f"pending updates: {'-' if pending is None else pending} (stored, not yet answered)")
    rows = ", ".join(f"{table} {count:,}" for table, count in info["rows"].items()) or "-"
    print(f"rows:            {rows}")
    return 0
