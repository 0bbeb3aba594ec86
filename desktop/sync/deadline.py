"""An overall time limit for one HTTP request, headers and body together.

``requests`` only has a per-read timeout: a server (or a proxy) dripping one byte every
1.5 s never trips a 2 s stall limit, and kept ``sync --once`` and the sender lock busy for as
long as it liked. Here the connections a request uses are noted as urllib3 takes them, and
when the deadline passes a watchdog shuts their sockets down, so the blocked read returns at
once in the thread that waits on it.
"""

from __future__ import annotations

import socket
import threading
from collections.abc import Iterator
from contextlib import contextmanager

import requests
from requests.adapters import HTTPAdapter
from urllib3.connection import HTTPConnection, HTTPSConnection
from urllib3.connectionpool import HTTPConnectionPool, HTTPSConnectionPool

#: How often the watchdog, once the deadline has passed, shuts down sockets that appeared
#: after it fired (a connection still being opened at that moment).
_REPEAT = 0.05

_watched = threading.local()


class _Watch:
    def __init__(self) -> None:
        self.connections: list[object] = []
        self.fired = threading.Event()
        self.done = threading.Event()

    def note(self, connection: object) -> None:
        self.connections.append(connection)

    def cut(self) -> None:
        for connection in list(self.connections):
            sock = getattr(connection, "raw_socket", None)
            if sock is None:
                continue
            try:  # the plain socket's shutdown, even under TLS: the reader sees end-of-file
                socket.socket.shutdown(sock, socket.SHUT_RDWR)
            except OSError:
                pass


def _note(connection: object) -> None:
    watch = getattr(_watched, "current", None)
    if watch is not None:
        watch.note(connection)


class _Connection(HTTPConnection):
    """Remembers its socket: http.client forgets it (``sock = None``) once a response that
    closes the connection has begun, yet that response still reads from it."""

    raw_socket: socket.socket | None = None

    def _new_conn(self) -> socket.socket:
        self.raw_socket = super()._new_conn()
        return self.raw_socket


class _TlsConnection(HTTPSConnection):
    raw_socket: socket.socket | None = None

    def _new_conn(self) -> socket.socket:
        self.raw_socket = super()._new_conn()
        return self.raw_socket


class _Pool(HTTPConnectionPool):
    ConnectionCls = _Connection

    def _make_request(self, conn, *args, **kwargs):  # noqa: ANN001, ANN002, ANN003, ANN202
        _note(conn)
        return super()._make_request(conn, *args, **kwargs)


class _TlsPool(HTTPSConnectionPool):
    ConnectionCls = _TlsConnection

    def _make_request(self, conn, *args, **kwargs):  # noqa: ANN001, ANN002, ANN003, ANN202
        _note(conn)
        return super()._make_request(conn, *args, **kwargs)


_POOLS = {"http": _Pool, "https": _TlsPool}


class DeadlineAdapter(HTTPAdapter):
    """Connection pools whose connections can be cut by ``deadline()``."""

    def init_poolmanager(self, *args, **kwargs) -> None:  # noqa: ANN002, ANN003
        super().init_poolmanager(*args, **kwargs)
        self.poolmanager.pool_classes_by_scheme = _POOLS

    def proxy_manager_for(self, proxy: str, **kwargs):  # noqa: ANN003, ANN201
        manager = super().proxy_manager_for(proxy, **kwargs)
        manager.pool_classes_by_scheme = _POOLS
        return manager


def install(session: requests.Session) -> None:
    """Mount the adapter for both schemes unless the session already has it."""
    for prefix in ("https://", "http://"):
        if not isinstance(session.adapters.get(prefix), DeadlineAdapter):
            session.mount(prefix, DeadlineAdapter())


@contextmanager
def deadline(seconds: float) -> Iterator[threading.Event]:
    """Within the block, requests made by this thread are cut after ``seconds``; the event
    says whether that happened (so the caller can tell a deadline from a network error)."""
    watch = _Watch()
    _watched.current = watch

    def watchdog() -> None:
        if watch.done.wait(seconds):
            return
        watch.fired.set()
        while not watch.done.is_set():
            watch.cut()
            watch.done.wait(_REPEAT)

    thread = threading.Thread(target=watchdog, name="sync-deadline", daemon=True)
    thread.start()
    try:
        yield watch.fired
    finally:
        watch.done.set()
        _watched.current = None
        thread.join()
