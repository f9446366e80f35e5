"""Real `python -m bot run|webhook` processes for tests and benchmarks: start, wait until serving, post
updates over HTTP, stop with SIGTERM or SIGKILL, read the log."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

from .harness import TOKEN, free_port

ROOT = Path(__file__).resolve().parent.parent.parent
SCRUBBED = ("TELEGRAM", "WEBHOOK", "RENDER", "KOYEB", "RAILWAY", "FLY_APP", "HEROKU", "DATABASE_URL", "DATA_DIR",
            "ADMIN_USER_IDS", "RATE_LIMIT", "LOG_LEVEL", "PORT", "FACTS_PATH")


def bot_env(base_url: str, data_dir: Path, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(SCRUBBED)}
    env.update(PYTHONUNBUFFERED="1", TELEGRAM_BOT_TOKEN=TOKEN, TELEGRAM_BASE_URL=base_url, DATA_DIR=str(data_dir),
               WEBHOOK_URL="https://bot.example.org")
    env.update(extra)
    return env


def post(url: str, body: bytes, secret: str | None = None, timeout: float = 10.0) -> int:
    """POST a body; the HTTP status, or 0 when the server could not be reached."""
    request = urllib.request.Request(url, data=body, method="POST", headers={"content-type": "application/json"})
    if secret is not None:
        request.add_header("X-Telegram-Bot-Api-Secret-Token", secret)
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            return response.status
    except urllib.error.HTTPError as exc:
        return exc.code
    except OSError:
        return 0


class BotProcess:
    """One `python -m bot COMMAND` with its output in a log file."""

    def __init__(self, command: str, env: dict[str, str], log_path: Path):
        self.port = int(env["PORT"]) if "PORT" in env else 0
        self.log_path = log_path
        self._log = open(log_path, "a+")
        self.proc = subprocess.Popen([sys.executable, "-m", "bot", command], cwd=ROOT, env=env, stdout=self._log,
                                     stderr=subprocess.STDOUT)

    @classmethod
    def webhook(cls, env: dict[str, str], log_path: Path, port: int | None = None) -> "BotProcess":
        return cls("webhook", dict(env, PORT=str(port or free_port())), log_path)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/telegram"

    def wait_serving(self, timeout: float = 30.0) -> None:
        """Until /healthz answers (the lifespan has run: the worker is started, the webhook set)."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise AssertionError(f"the bot exited with {self.proc.returncode}: {self.output()[-3000:]}")
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{self.port}/healthz", timeout=2) as response:
                    if response.status == 200:
                        return
            except OSError:
                pass
            time.sleep(0.05)
        raise AssertionError(f"the bot did not start serving: {self.output()[-3000:]}")

    def post(self, update: dict, secret: str) -> int:
        return post(self.url, json.dumps(update).encode(), secret)

    def output(self) -> str:
        self._log.flush()
        return self.log_path.read_text(errors="replace")

    def terminate(self, timeout: float = 30.0) -> tuple[int, float, str]:
        """SIGTERM; (exit code, seconds it took, the log)."""
        started = time.monotonic()
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
        code = self.proc.wait(timeout=timeout)
        took = time.monotonic() - started
        self._log.close()
        return code, took, self.log_path.read_text(errors="replace")

    def kill(self) -> None:
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGKILL)
        self.proc.wait(timeout=30)
        self._log.close()
