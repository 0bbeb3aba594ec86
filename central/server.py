"""How the endpoint is served: uvicorn with a connection limit and header/body read timeouts.

Uvicorn waits for a request's headers without limit, so 1,100 connections each sending a few
bytes of header kept the server out of file descriptors for as long as they liked. Here a
connection that has not finished its headers within ``header_timeout`` is closed, and beyond
``max_connections`` new connections are closed at once. In production a reverse proxy
(nginx, HAProxy) belongs in front as well (README, "Province deployment").
"""

from __future__ import annotations

import asyncio
import resource
import socket
from pathlib import Path

import uvicorn
from fastapi import FastAPI
from uvicorn.protocols.http.h11_impl import H11Protocol

HEADER_TIMEOUT = 10.0
MAX_CONNECTIONS = 500
KEEP_ALIVE = 5


def guarded_protocol(header_timeout: float, max_connections: int) -> type[H11Protocol]:
    class GuardedH11Protocol(H11Protocol):
        _header_timer: asyncio.TimerHandle | None = None

        def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
            super().connection_made(transport)
            if len(self.connections) > max_connections:
                transport.close()
                return
            self._arm()

        def connection_lost(self, exc: Exception | None) -> None:
            self._disarm()
            super().connection_lost(exc)

        def data_received(self, data: bytes) -> None:
            if self._idle() and self._header_timer is None:
                self._arm()
            super().data_received(data)
            if not self._idle():
                self._disarm()

        def _idle(self) -> bool:
            """Between requests, or still reading a request's headers."""
            return self.cycle is None or self.cycle.response_complete

        def _arm(self) -> None:
            self._header_timer = self.loop.call_later(header_timeout, self._expire)

        def _disarm(self) -> None:
            if self._header_timer is not None:
                self._header_timer.cancel()
                self._header_timer = None

        def _expire(self) -> None:
            self._header_timer = None
            if self._idle():
                self.transport.close()

    return GuardedH11Protocol


def server_config(app: FastAPI, *, host: str = "127.0.0.1", port: int = 8750,
                  certfile: Path | None = None, keyfile: Path | None = None,
                  header_timeout: float = HEADER_TIMEOUT, max_connections: int = MAX_CONNECTIONS,
                  log_level: str = "info", access_log: bool = True) -> uvicorn.Config:
    raise_file_limit(max_connections + 100)
    return uvicorn.Config(
        app, host=host, port=port, log_level=log_level, access_log=access_log, lifespan="off",
        http=guarded_protocol(header_timeout, max_connections), timeout_keep_alive=KEEP_ALIVE,
        ssl_certfile=str(certfile) if certfile else None,
        ssl_keyfile=str(keyfile) if keyfile else None)


class HubServer(uvicorn.Server):
    """uvicorn, announcing the hub on the LAN once it listens and withdrawing the announcement
    first thing at shutdown: uvicorn re-raises Ctrl+C or SIGTERM after its own shutdown, so
    code after ``run()`` never runs. ``announcer`` has ``start()`` and ``stop()``."""

    def __init__(self, config: uvicorn.Config, announcer: object | None = None) -> None:
        super().__init__(config)
        self.announcer = announcer

    async def startup(self, sockets: list[socket.socket] | None = None) -> None:
        await super().startup(sockets)
        if self.started and self.announcer is not None:
            self.announcer.start()

    async def shutdown(self, sockets: list[socket.socket] | None = None) -> None:
        if self.announcer is not None:
            await asyncio.to_thread(self.announcer.stop)
        await super().shutdown(sockets)


def raise_file_limit(needed: int) -> None:
    """Lift the soft descriptor limit towards the hard one so the connection cap, not the OS,
    decides when to say no."""
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    if soft != resource.RLIM_INFINITY and soft < needed:
        target = needed if hard == resource.RLIM_INFINITY else min(needed, hard)
        resource.setrlimit(resource.RLIMIT_NOFILE, (target, hard))


def bound_socket(host: str, port: int) -> socket.socket:
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind((host, port))
    return sock
