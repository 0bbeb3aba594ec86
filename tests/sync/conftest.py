"""Real loopback servers for the sync tests: the reference endpoint, and small misbehaving
HTTP servers that fail in one specific way each."""

from __future__ import annotations

import gzip
import json
import threading
from datetime import timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from sync_helpers import COMMUNE, Behaviour, Central, Exchange

from central.app import create_app
from central.live import serve_in_thread
from central.store.sqlite import SQLiteStore
from desktop.core.clock import now_vn
from desktop.storage import Store


@pytest.fixture
def store(tmp_path: Path):
    s = Store(tmp_path / "data", auto_backup=False)
    s.setup(COMMUNE, "000.00.14.H56", 1, "Cán bộ thử")
    # Daily summaries have their own tests; here only the rows a test makes are in the queue.
    s.update_settings(last_daily_summary=(now_vn().date() - timedelta(days=1)).isoformat())
    yield s
    s.close()


@pytest.fixture
def central(tmp_path: Path):
    db = SQLiteStore(tmp_path / "central.sqlite3")
    token = db.issue_token(str(COMMUNE), 1)
    live = serve_in_thread(create_app(db))
    yield Central(live, db, token)
    live.stop()
    db.close()


@pytest.fixture
def fault_server():
    """``start(behaviour) -> (url, exchange)``; hanging behaviours wait on ``release``."""
    servers: list[ThreadingHTTPServer] = []
    release = threading.Event()

    def start(behaviour: Behaviour) -> tuple[str, Exchange]:
        exchange = Exchange()

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:  # noqa: N802 - http.server's naming
                raw = self.rfile.read(int(self.headers.get("Content-Length", 0)))
                if self.headers.get("Content-Encoding") == "gzip":
                    raw = gzip.decompress(raw)
                items = json.loads(raw)["items"]
                exchange.batches.append(items)
                exchange.headers.append(dict(self.headers))
                behaviour(self, items)

            def do_GET(self) -> None:  # noqa: N802
                behaviour(self, [])

            def log_message(self, *args) -> None:
                pass

        server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        server.daemon_threads = True
        server.release = release  # type: ignore[attr-defined]
        threading.Thread(target=server.serve_forever, daemon=True).start()
        servers.append(server)
        return f"http://127.0.0.1:{server.server_address[1]}", exchange

    yield start
    release.set()
    for server in servers:
        server.shutdown()
        server.server_close()
