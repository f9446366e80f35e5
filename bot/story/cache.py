"""A start-up cache of the validated fact book and its default-language match index.

Reading, validating and indexing facts.yaml takes most of a cold `ask` (about 80 ms of 0.2 s on the
project's machine); loading the same objects pickled takes about 6 ms.  The cache is keyed by the
fact file's bytes, the options it was read with, the Python version and the size and modification time
of every module of the bot (as Python's own bytecode cache is), so an edited fact file or a new version
of the code is read afresh.  It is only a cache: a missing, stale, corrupt or unwritable one costs the
full read, never an error, and every fact-file problem is still reported (a broken file is never cached).
"""

from __future__ import annotations

import hashlib
import logging
import os
import pickle
import sys
import tempfile
from pathlib import Path

log = logging.getLogger(__name__)

KEEP = 8  # cache files kept (one per fact file and code version); the oldest go first
_PACKAGE = Path(__file__).resolve().parent.parent  # bot/
_PREFIX = "bundle-"


def _code_stamp() -> bytes:
    """Every module of the bot by path, size and modification time: any edit changes the key."""
    parts = [sys.version.encode()]
    for root, dirs, files in os.walk(_PACKAGE):
        dirs[:] = sorted(d for d in dirs if d != "__pycache__")
        for name in sorted(files):
            if name.endswith(".py"):
                stat = os.stat(os.path.join(root, name))
                parts.append(f"{os.path.relpath(os.path.join(root, name), _PACKAGE)}:{stat.st_size}:{stat.st_mtime_ns}".encode())
    return b"\n".join(parts)


def key(data: bytes, options: str) -> str:
    """The cache key of a fact file's bytes read with `options`, by this version of the code."""
    digest = hashlib.sha256(_code_stamp())
    digest.update(b"\0" + options.encode() + b"\0")
    digest.update(data)
    return digest.hexdigest()[:32]


def read(directory: Path, name: str) -> object | None:
    """The object cached under `name`, or None (absent, unreadable or from an incompatible version)."""
    path = directory / f"{_PREFIX}{name}.pickle"
    try:
        with path.open("rb") as handle:
            return pickle.load(handle)
    except FileNotFoundError:
        return None
    except Exception as exc:  # corrupt, truncated, or pickled by code that no longer exists: read afresh
        log.warning("start-up cache %s unusable (%s); reading the fact file afresh", path, type(exc).__name__)
        return None


def write(directory: Path, name: str, value: object) -> None:
    """Store `value` under `name` atomically (a reader never sees half a file); keep the newest few."""
    try:
        directory.mkdir(parents=True, exist_ok=True, mode=0o700)
        data = pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)
        handle, temporary = tempfile.mkstemp(prefix=".tmp-", dir=directory)
        try:
            with os.fdopen(handle, "wb") as out:
                out.write(data)
            os.replace(temporary, directory / f"{_PREFIX}{name}.pickle")
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise
        _prune(directory)
    except Exception as exc:  # a read-only disk, a full one, an unpicklable object: start without
        log.info("start-up cache not written to %s (%s)", directory, type(exc).__name__)


def _prune(directory: Path) -> None:
    cached = sorted(directory.glob(f"{_PREFIX}*.pickle"), key=lambda p: p.stat().st_mtime_ns, reverse=True)
    for old in cached[KEEP:]:
        old.unlink(missing_ok=True)
