"""How Bot API requests travel: python-telegram-bot's `BaseRequest` on aiohttp, behind a FIFO gate.

    request = AiohttpRequest(16, connect_timeout=10, read_timeout=30, write_timeout=10, pool_timeout=10)
    ApplicationBuilder().request(request)...      # python-telegram-bot initialises and shuts it down

Why not python-telegram-bot's own HTTPXRequest: under load two thirds of the bot's CPU per update went
to the send path, most of it in httpx and httpcore (building each request, and httpcore's pool scanning
every connection on every request, `has_expired` asking each socket whether it is readable). aiohttp
parses HTTP in C and hands out a pooled connection without a scan (README: the measured A/B).

The wire stays what HTTPXRequest sends (an `application/x-www-form-urlencoded` body of the same
parameters, python-telegram-bot's User-Agent, no redirects followed, the same trusted certificates),
and so do the errors that
bot/telegram/delivery.py's retry policy reads: a request that surely did not reach Telegram raises
python-telegram-bot's NetworkError/TimedOut *from* aiohttp's ClientConnectorError or
ConnectionTimeoutError (refused, DNS, TLS handshake, connect timeout) or from httpx.PoolTimeout (no
free place at the gate); a read timeout raises TimedOut from SocketTimeoutError, which is never resent.
aiohttp sends a POST once: it retries a request on a dropped keep-alive connection only for idempotent
methods.
"""

from __future__ import annotations

import asyncio
import ssl

import aiohttp
import httpx
from telegram.error import NetworkError, TimedOut
from telegram.request import BaseRequest, RequestData

FORM = {"Content-Type": "application/x-www-form-urlencoded"}
# aiohttp has no write timeout. The total deadline of a request is its connect + write + read timeouts,
# so a peer that stops reading our request cannot hold it for ever; sock_read alone is "between reads".
KEEP_ALIVE_SECONDS = 60.0  # an idle connection to the Bot API is closed after this


class Gate:
    """`places` requests at a time, the rest wait in order (FIFO); a wait past the pool timeout is
    TimedOut from httpx.PoolTimeout: the request was not sent, so the retry policy may send it again."""

    def __init__(self, places: int):
        self._places = asyncio.Semaphore(places)

    async def enter(self, timeout: float | None) -> None:
        if not self._places.locked():
            await self._places.acquire()
            return
        try:
            await asyncio.wait_for(self._places.acquire(), timeout)
        except asyncio.TimeoutError:
            raise TimedOut("Pool timeout: no free connection to the Bot API; the request was not sent") \
                from httpx.PoolTimeout("no free connection")

    def leave(self) -> None:
        self._places.release()


class AiohttpRequest(BaseRequest):
    """At most `pool_size` connections to the Bot API, kept alive; requests wait at a Gate in front."""

    def __init__(self, pool_size: int = 16, *, connect_timeout: float | None = 10.0,
                 read_timeout: float | None = 30.0, write_timeout: float | None = 10.0,
                 pool_timeout: float | None = 10.0, keep_alive: float = KEEP_ALIVE_SECONDS):
        self.pool_size = pool_size
        self._connect, self._read, self._write, self._pool = connect_timeout, read_timeout, write_timeout, pool_timeout
        self._keep_alive = keep_alive
        self._gate = Gate(pool_size)
        self._session: aiohttp.ClientSession | None = None

    @property
    def read_timeout(self) -> float | None:
        return self._read

    async def initialize(self) -> None:
        if self._session is None or self._session.closed:
            connector = aiohttp.TCPConnector(limit=self.pool_size, limit_per_host=0, ssl=trusted_tls(),
                                             keepalive_timeout=self._keep_alive)
            self._session = aiohttp.ClientSession(connector=connector, cookie_jar=aiohttp.DummyCookieJar(),
                                                  headers={"User-Agent": self.USER_AGENT})

    async def shutdown(self) -> None:
        if self._session is not None and not self._session.closed:
            await self._session.close()

    async def do_request(self, url: str, method: str, request_data: RequestData | None = None,
                         read_timeout=BaseRequest.DEFAULT_NONE, write_timeout=BaseRequest.DEFAULT_NONE,
                         connect_timeout=BaseRequest.DEFAULT_NONE,
                         pool_timeout=BaseRequest.DEFAULT_NONE) -> tuple[int, bytes]:
        session = self._session
        if session is None or session.closed:
            raise RuntimeError("This AiohttpRequest is not initialized!")
        read, write = _given(read_timeout, self._read), _given(write_timeout, self._write)
        connect, pool = _given(connect_timeout, self._connect), _given(pool_timeout, self._pool)
        total = None if None in (read, write, connect) else read + write + connect
        timeout = aiohttp.ClientTimeout(total=total, sock_connect=connect, sock_read=read)
        data, headers = _body(request_data)
        await self._gate.enter(pool)
        try:
            async with session.request(method, url, data=data, headers=headers, timeout=timeout,
                                       allow_redirects=False) as response:
                return response.status, await response.read()
        except aiohttp.ConnectionTimeoutError as exc:
            raise TimedOut("Timed out connecting to the Bot API; the request was not sent") from exc
        except asyncio.TimeoutError as exc:  # SocketTimeoutError (sock_read), or the total deadline
            raise TimedOut from exc
        except aiohttp.ClientError as exc:
            raise NetworkError(f"aiohttp.{type(exc).__name__}: {exc}") from exc
        finally:
            self._gate.leave()


def trusted_tls() -> ssl.SSLContext:
    """The certificates HTTPXRequest trusted: $SSL_CERT_FILE or $SSL_CERT_DIR if set, else certifi's bundle
    (aiohttp alone would use the system's, which a slim container image may lack)."""
    return httpx.create_ssl_context()


def _given(value, default):
    """A timeout python-telegram-bot passed for this call, else ours."""
    return default if value is BaseRequest.DEFAULT_NONE else value


def _body(request_data: RequestData | None):
    """What HTTPXRequest would send: the parameters url-encoded, or multipart when there are files."""
    if request_data is None:
        return None, None
    files = request_data.multipart_data
    if not files:
        return request_data.url_encoded_parameters().encode(), FORM
    form = aiohttp.FormData()
    for name, value in request_data.json_parameters.items():
        form.add_field(name, value)
    for name, (filename, content, mimetype) in files.items():
        form.add_field(name, content, filename=filename, content_type=mimetype)
    return form, None
