"""Helpers shared by the sync tests (fixtures live in conftest.py)."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler

import requests

from central.live import LiveServer
from central.store.sqlite import SQLiteStore
from desktop.core.clock import now_vn
from desktop.storage import Store
from desktop.storage.dossiers import NewDossier
from desktop.sync.engine import SyncEngine
from desktop.sync.transport import HttpTransport

COMMUNE = 70  # Phường Hoàn Kiếm


def add_dossiers(store: Store, count: int) -> list[str]:
    slug = next(iter(store.dossiers.procedures()))
    names = ["An", "Bình", "Chi", "Dũng", "Hà", "Lan", "Minh", "Nga", "Phúc", "Tâm"]
    return [store.dossiers.add(NewDossier(slug, f"Nguyễn Văn {names[i % len(names)]}",
                                          phone="0912345678"), now=now_vn()).code
            for i in range(count)]


def outbox_states(store: Store) -> dict[str, str]:
    return dict(store.conn.execute("SELECT id, state FROM outbox").fetchall())


@dataclass
class Central:
    live: LiveServer
    db: SQLiteStore
    token: str

    @property
    def url(self) -> str:
        return self.live.url


def make_engine(store: Store, url: str, token: str = "t0ken-secret", *, stall: float = 2.0,
                verify: bool | str = True, **kwargs) -> SyncEngine:
    transport = HttpTransport(url, token, requests.Session(), verify=verify, connect_timeout=2.0,
                              stall_timeout=stall)
    return SyncEngine(store, transport, **kwargs)


# -- misbehaving servers ----------------------------------------------------------------

@dataclass
class Exchange:
    """What a fault server saw: the decoded batches, in arrival order."""

    batches: list[list[dict]] = field(default_factory=list)
    headers: list[dict[str, str]] = field(default_factory=list)


Behaviour = Callable[[BaseHTTPRequestHandler, list[dict]], None]


def accept_all(handler: BaseHTTPRequestHandler, items: list[dict], *,
               date: str | None = None) -> None:
    body = json.dumps({"protocol": 1, "results": [
        {"id": i["id"], "status": "accepted", "reason": None} for i in items]}).encode()
    reply(handler, 200, body, date=date)


def reply(handler: BaseHTTPRequestHandler, status: int, body: bytes, *,
          content_type: str = "application/json", headers: dict[str, str] | None = None,
          date: str | None = None, length: int | None = None) -> None:
    handler.send_response_only(status)
    handler.send_header("Date", date or handler.date_time_string())
    handler.send_header("Content-Type", content_type)
    handler.send_header("Content-Length", str(len(body) if length is None else length))
    for key, value in (headers or {}).items():
        handler.send_header(key, value)
    handler.end_headers()
    handler.wfile.write(body)
    handler.wfile.flush()


