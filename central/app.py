"""The endpoint as one FastAPI app (protocol v1, see docs/sync-protocol.md).

Every way a request can be wrong has an answer with a reason: 401 unknown token, 408 too
slow, 413 too large, 415 unknown encoding, 429/503 busy, 400 anything unreadable. A 500 would
be a bug here, never a reaction to input. The routes live in ``central.api`` (desks) and
``central.dashboard`` (viewers); the store behind them is any ``CentralStore`` (SQLite file
or PostgreSQL).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.openapi.utils import get_openapi
from fastapi.responses import JSONResponse, RedirectResponse
from starlette.concurrency import run_in_threadpool

from central.api import Refusal, reports
from central.api.admission import Admission
from central.dashboard import routes
from central.schema import Batch, Health, Item, Problem
from central.store import CentralStore, StoreUnavailable, open_store

MAX_BODY_BYTES = 2 * 1024 * 1024
#: The desk sends at most ~512 KiB of JSON per batch; four times that is room, not an invitation.
MAX_INFLATED_BYTES = 2 * 1024 * 1024
BODY_TIMEOUT = 30.0


@dataclass(frozen=True)
class Limits:
    max_body: int = MAX_BODY_BYTES
    max_inflated: int = MAX_INFLATED_BYTES
    body_timeout: float = BODY_TIMEOUT


ROLES = ("province", "commune")


def create_app(store: CentralStore | Path | str, *, max_body: int = MAX_BODY_BYTES,
               max_inflated: int = MAX_INFLATED_BYTES, body_timeout: float = BODY_TIMEOUT,
               admission: Admission | None = None, docs: bool = False,
               clock: Callable[[], float] = time.time, role: str = "province") -> FastAPI:
    """``docs``: serve /docs, /redoc and /openapi.json (off unless asked: they map the attack
    surface for anyone). ``role="commune"`` adds the feed through which the desks of one
    commune exchange their dossier events (``central.api.feed``)."""
    if isinstance(store, (str, Path)):
        store = open_store(store)
    app = FastAPI(title="motcua central endpoint", version="1",
                  description="Receives commune desks' reports exactly once per item. "
                              "Protocol: docs/sync-protocol.md.",
                  docs_url="/docs" if docs else None, redoc_url="/redoc" if docs else None,
                  openapi_url="/openapi.json" if docs else None)
    app.state.store = store
    app.state.limits = Limits(max_body, max_inflated, body_timeout)
    app.state.admission = admission or Admission()

    @app.exception_handler(Refusal)
    async def refused(_request: Request, exc: Refusal) -> JSONResponse:
        headers = dict(exc.headers or {})
        if exc.status == 401:
            headers["WWW-Authenticate"] = "Bearer"
        return JSONResponse({"detail": exc.detail}, status_code=exc.status, headers=headers)

    @app.exception_handler(RequestValidationError)
    async def invalid(_request: Request, exc: RequestValidationError) -> JSONResponse:
        return JSONResponse({"detail": f"Yêu cầu không hợp lệ: {exc.errors()[0]['msg']}."},
                            status_code=400)

    @app.get("/health", response_model=Health, tags=["status"],
             responses={503: {"model": Problem}})
    async def health() -> Health | JSONResponse:
        """Connectivity check, including a round trip to the database; needs no token."""
        try:
            await run_in_threadpool(store.ping)
        except StoreUnavailable:
            return JSONResponse({"detail": "Cơ sở dữ liệu không trả lời."}, status_code=503)
        return Health()

    app.include_router(reports.router)
    app.state.clock = clock
    app.include_router(routes.router)

    @app.exception_handler(routes.LoginNeeded)
    async def login_needed(_request: Request, _exc: routes.LoginNeeded) -> RedirectResponse:
        return RedirectResponse("/login", status_code=303)
    if role == "commune":
        from central.api import feed

        app.include_router(feed.router)

    def openapi() -> dict:
        if app.openapi_schema is None:
            schema = get_openapi(title=app.title, version=app.version,
                                 description=app.description, routes=app.routes)
            components = schema.setdefault("components", {}).setdefault("schemas", {})
            batch = Batch.model_json_schema(ref_template="#/components/schemas/{model}")
            components["Item"] = Item.model_json_schema(ref_template="#/components/schemas/{model}")
            batch.pop("$defs", None)
            components["Batch"] = batch
            app.openapi_schema = schema
        return app.openapi_schema

    app.openapi = openapi  # type: ignore[method-assign]
    return app
