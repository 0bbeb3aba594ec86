"""The HTTP side of the reference endpoint (protocol v1, see docs/sync-protocol.md).

Every way a request can be wrong has an answer with a reason: 401 unknown token, 403 another
commune's report, 413 too large, 415 unknown encoding, 400 anything unreadable. A 500 would be
a bug here, never a reaction to input.
"""

import json
import time
import zlib
from pathlib import Path
from typing import Annotated

from fastapi import Depends, FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.openapi.utils import get_openapi
from fastapi.responses import JSONResponse
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from starlette.concurrency import run_in_threadpool

from central.db import CentralDB, Desk
from central.schema import (
    MAX_ITEMS,
    Batch,
    BatchResult,
    Health,
    Item,
    ItemResult,
    Problem,
    Status,
    WhoAmI,
    check_item,
    raw_id,
)  # fmt: skip

MAX_BODY_BYTES = 2 * 1024 * 1024
MAX_INFLATED_BYTES = 16 * 1024 * 1024


class Refusal(Exception):
    """The whole request is refused, with the status and the reason to show the desk."""

    def __init__(self, status: int, detail: str) -> None:
        super().__init__(detail)
        self.status = status
        self.detail = detail


def create_app(db: CentralDB | Path, *, max_body: int = MAX_BODY_BYTES,
               max_inflated: int = MAX_INFLATED_BYTES) -> FastAPI:
    store = db if isinstance(db, CentralDB) else CentralDB(Path(db))
    app = FastAPI(title="motcua central endpoint", version="1",
                  description="Receives commune desks' reports exactly once per item. "
                              "Protocol: docs/sync-protocol.md.")
    app.state.db = store
    bearer = HTTPBearer(auto_error=False, description="Desk token from `motcua-central token issue`")

    @app.exception_handler(Refusal)
    async def refused(_request: Request, exc: Refusal) -> JSONResponse:
        headers = {"WWW-Authenticate": "Bearer"} if exc.status == 401 else None
        return JSONResponse({"detail": exc.detail}, status_code=exc.status, headers=headers)

    @app.exception_handler(RequestValidationError)
    async def invalid(_request: Request, exc: RequestValidationError) -> JSONResponse:
        return JSONResponse({"detail": f"Yêu cầu không hợp lệ: {exc.errors()[0]['msg']}."},
                            status_code=400)

    def authenticate(
            credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(bearer)]) -> Desk:
        if credentials is None or credentials.scheme.lower() != "bearer":
            raise Refusal(401, "Thiếu mã truy cập (Authorization: Bearer …).")
        desk = store.desk_for(credentials.credentials)
        if desk is None:
            raise Refusal(401, "Mã truy cập không hợp lệ hoặc đã bị thu hồi. Hãy xin mã mới và "
                               "đăng nhập lại (motcua login).")
        return desk

    problems = {code: {"model": Problem} for code in (400, 401, 403, 413, 415)}

    @app.get("/health", response_model=Health, tags=["status"])
    def health() -> Health:
        """Connectivity check; needs no token."""
        return Health()

    @app.get("/v1/whoami", response_model=WhoAmI, responses={401: {"model": Problem}},
             tags=["status"])
    def whoami(desk: Annotated[Desk, Depends(authenticate)]) -> WhoAmI:
        """Which commune and desk the token belongs to (checked at ``motcua login``)."""
        return WhoAmI(commune_code=desk.commune_code, desk=desk.desk)

    @app.post("/v1/reports", response_model=BatchResult, responses=problems, tags=["reports"],
              openapi_extra={"requestBody": {
                  "required": True,
                  "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Batch"}}},
                  "description": "Batch of outbox rows; send with Content-Encoding: gzip."}})
    async def reports(request: Request,
                      desk: Annotated[Desk, Depends(authenticate)]) -> BatchResult:
        """Store a batch; one answer per item: accepted, duplicate, conflict or rejected."""
        body = await _read_body(request, max_body)
        envelope = _parse(_inflate(body, request.headers.get("content-encoding"), max_inflated))
        checked = [check_item(raw) for raw in envelope]
        foreign = sorted({item.commune_code for item, _ in checked
                          if item is not None and item.commune_code != desk.commune_code})
        if foreign:
            raise Refusal(403, f"Mã truy cập của xã {desk.commune_code} không được gửi báo cáo "
                               f"của xã {', '.join(foreign)}.")
        valid = _first_of_each([item for item, _ in checked if item is not None])
        stored = await run_in_threadpool(store.ingest, desk, list(valid.values()), int(time.time()))
        answers = {r.id: r for r in stored}
        results = []
        for raw, (item, reason) in zip(envelope, checked, strict=True):
            if item is None:
                results.append(ItemResult(id=raw_id(raw), status=Status.REJECTED, reason=reason))
            elif valid.get(item.id) is item:
                results.append(answers[item.id])
            else:
                results.append(ItemResult(id=item.id, status=Status.REJECTED,
                                          reason="Mã báo cáo bị lặp trong cùng một lô."))
        return BatchResult(results=results)

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


def _first_of_each(items: list[Item]) -> dict[str, Item]:
    first: dict[str, Item] = {}
    for item in items:
        first.setdefault(item.id, item)
    return first


async def _read_body(request: Request, limit: int) -> bytes:
    declared = request.headers.get("content-length")
    if declared is not None and declared.isdigit() and int(declared) > limit:
        raise Refusal(413, f"Lô quá lớn ({int(declared)} byte; tối đa {limit}). Hãy gửi lô nhỏ hơn.")
    chunks, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise Refusal(413, f"Lô quá lớn (hơn {limit} byte). Hãy gửi lô nhỏ hơn.")
        chunks.append(chunk)
    return b"".join(chunks)


def _inflate(body: bytes, encoding: str | None, limit: int) -> bytes:
    encoding = (encoding or "identity").strip().lower()
    if encoding == "identity":
        return body
    if encoding != "gzip":
        raise Refusal(415, f"Không hỗ trợ Content-Encoding «{encoding[:40]}»; dùng gzip.")
    inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
    try:
        data = inflater.decompress(body, limit + 1)
    except zlib.error:
        raise Refusal(400, "Nội dung gzip bị hỏng.") from None
    if len(data) > limit:
        raise Refusal(413, f"Lô sau khi giải nén quá lớn (hơn {limit} byte).")
    if not inflater.eof:
        raise Refusal(400, "Nội dung gzip bị cắt cụt.")
    return data


def _reject_constant(name: str) -> None:
    raise ValueError(f"{name} is not JSON")


def _parse(data: bytes) -> list:
    try:
        envelope = json.loads(data, parse_constant=_reject_constant)
    except (ValueError, RecursionError):
        raise Refusal(400, "Nội dung không phải JSON hợp lệ (UTF-8).") from None
    if not isinstance(envelope, dict) or not isinstance(envelope.get("items"), list):
        raise Refusal(400, "Thiếu danh sách «items» trong nội dung gửi lên.")
    items = envelope["items"]
    if not 1 <= len(items) <= MAX_ITEMS:
        raise Refusal(400, f"Mỗi lô phải có từ 1 đến {MAX_ITEMS} mục (lô này có {len(items)}).")
    return items
