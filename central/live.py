"""Run the endpoint on a loopback port inside this process: for tests, benchmarks and demos.

The socket is bound before the thread starts, so the URL is valid as soon as this returns. The
server is configured exactly as ``motcua-central serve`` is (central/server.py).
"""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass
from pathlib import Path

import uvicorn
from fastapi import FastAPI

from central.server import HEADER_TIMEOUT, MAX_CONNECTIONS, bound_socket, server_config


@dataclass
class LiveServer:
    url: str
    app: FastAPI
    server: uvicorn.Server
    thread: threading.Thread

    def stop(self) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=10)


def serve_in_thread(app: FastAPI, host: str = "127.0.0.1", port: int = 0, *,
                    certfile: Path | None = None, keyfile: Path | None = None,
                    header_timeout: float = HEADER_TIMEOUT,
                    max_connections: int = MAX_CONNECTIONS) -> LiveServer:
    sock = bound_socket(host, port)
    config = server_config(app, host=host, port=port, certfile=certfile, keyfile=keyfile,
                           header_timeout=header_timeout, max_connections=max_connections,
                           log_level="warning", access_log=False)
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True,
                              name="central-endpoint")
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            raise RuntimeError("the endpoint did not start")
        time.sleep(0.01)
    scheme = "https" if certfile else "http"
    return LiveServer(f"{scheme}://{host}:{sock.getsockname()[1]}", app, server, thread)
