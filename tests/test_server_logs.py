"""Slow and vanishing clients, and Telegram's passing faults, each make one plain log line.

The real `python -m bot webhook|run` processes; raw sockets play the misbehaving clients."""

from __future__ import annotations

import re
import socket
import threading
import time

from tests.support.fake_bot_api import FakeBotAPI
from tests.support.harness import TOKEN
from tests.test_delivery_processes import wait_healthz, webhook
from tests.test_processes import start, stop

LINE = re.compile(r"^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d,\d{3} (DEBUG|INFO|WARNING|ERROR|CRITICAL) [\w.]+: ")


def every_line_formatted(output: str) -> None:
    for line in output.splitlines():
        assert LINE.match(line), f"a line outside the formatter: {line!r}"


def raw(port: int) -> socket.socket:
    return socket.create_connection(("127.0.0.1", port), timeout=15)


def closed_within(sock: socket.socket, seconds: float) -> float:
    """How long until the server closes `sock` (reading whatever it sends first)."""
    began = time.monotonic()
    sock.settimeout(seconds)
    try:
        while sock.recv(4096):
            pass
    except (socket.timeout, TimeoutError):
        raise AssertionError(f"connection still open after {seconds} s") from None
    except ConnectionResetError:
        pass
    return time.monotonic() - began


def head(secret: str, length: int) -> bytes:
    return (f"POST /telegram HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
            f"X-Telegram-Bot-Api-Secret-Token: {secret}\r\nContent-Length: {length}\r\n\r\n").encode()


def test_vanishing_and_slow_clients_are_one_info_line_each(tmp_path):
    with FakeBotAPI() as api:
        proc, log, base = webhook(api, tmp_path)
        port = int(base.rsplit(":", 1)[1])
        try:
            assert wait_healthz(base)[0] == 200
            secret = api.sent("setWebhook")[0]["secret_token"]

            # 1. Part of a body, then the client hangs up.
            sock = raw(port)
            sock.sendall(head(secret, 100) + b'{"update_id": 1')
            time.sleep(0.3)
            sock.close()

            # 2. Declares 100 bytes, sends 10, and waits: dropped after a few seconds, not 70.
            slow_body = raw(port)
            slow_body.sendall(head(secret, 100) + b'{"update_i')

            # 3. Twenty connections trickling their headers a byte at a time; the last one after a first
            # request answered on the same (kept-alive) connection.
            trickle = [raw(port) for _ in range(20)]
            trickle[-1].sendall(b"GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n")
            answer = b""
            while not answer.endswith(b"}"):
                answer += trickle[-1].recv(4096)
            assert answer.startswith(b"HTTP/1.1 200")
            stop_trickling = threading.Event()

            def drip():
                request = head(secret, 2)
                for i in range(len(request)):
                    for s in trickle:
                        try:
                            s.send(request[i:i + 1])
                        except OSError:
                            pass
                    if stop_trickling.wait(0.5):
                        return

            dripper = threading.Thread(target=drip, daemon=True)
            dripper.start()
            assert closed_within(slow_body, 10) < 10
            took = [closed_within(s, 10) for s in trickle]
            stop_trickling.set()
            assert max(took) < 10, took
            assert wait_healthz(base)[0] == 200, "the server still serves"
        finally:
            output = stop(proc, log)
    assert "Traceback" not in output and "Exception in ASGI" not in output
    every_line_formatted(output)
    lines = output.splitlines()
    went_away = [line for line in lines if "went away" in line]
    assert len(went_away) == 1 and " INFO " in went_away[0], output
    body_late = [line for line in lines if "request body did not arrive" in line]
    assert len(body_late) == 1 and " INFO " in body_late[0], output
    headers_late = [line for line in lines if "request headers did not arrive" in line]
    assert len(headers_late) == 20 and all(" INFO " in line for line in headers_late), output
    assert api.sent() == []


def test_passing_polling_faults_are_one_warning_line_each(tmp_path):
    with FakeBotAPI() as api:
        api.fail("getUpdates", 502, {"ok": False, "error_code": 502, "description": "Bad Gateway"})
        api.fail("getUpdates", 429, {"ok": False, "error_code": 429, "description": "Too Many Requests"})
        api.fail("getUpdates", 502, "<html><body>502 Bad Gateway</body></html>")
        proc, log = start(["run"], {"TELEGRAM_BOT_TOKEN": TOKEN, "TELEGRAM_BASE_URL": api.base_url}, tmp_path)
        try:
            assert api.wait_for(lambda: len(api.sent("getUpdates")) >= 5, 30)
        finally:
            output = stop(proc, log)
    every_line_formatted(output)
    faults = [line for line in output.splitlines() if "getUpdates failed" in line]
    assert len(faults) == 3 and all(" WARNING " in line for line in faults), output
    assert "Traceback" not in output and " ERROR " not in output
