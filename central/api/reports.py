"""``POST /v1/reports`` and ``GET /v1/whoami``: the desk-facing side of protocol v1."""

from __future__ import annotations

import asyncio
import json
import math
import time
import zlib
from collections.abc import Callable
from typing import Annotated, TypeVar

from fastapi import APIRouter, Depends, Request
from starlette.concurrency import run_in_threadpool

from central.api import Refusal, authenticate, store_of
from central.schema import (
    MAX_ITEMS,
    PROTOCOL_VERSION,
    BatchResult,
    Item,
    ItemResult,
    Problem,
    Status,
    WhoAmI,
    check_item,
    raw_id,
)  # fmt: skip
from central.store import Desk

router = APIRouter()
PROBLEMS = {code: {"model": Problem} for code in (400, 401, 408, 413, 415, 429, 503)}
#: A full batch of the desk (200 rows) has a few thousand values; a hundred thousand is plenty.
MAX_REQUEST_VALUES = 100_000
T = TypeVar("T")


@router.get("/v1/whoami", response_model=WhoAmI, responses={401: {"model": Problem}},
            tags=["status"])
def whoami(desk: Annotated[Desk, Depends(authenticate)]) -> WhoAmI:
    """Which commune and desk the token belongs to (checked at ``motcua login``)."""
    return WhoAmI(commune_code=desk.commune_code, desk=desk.desk)


@router.post("/v1/reports", response_model=BatchResult, responses=PROBLEMS, tags=["reports"],
             openapi_extra={"requestBody": {
                 "required": True,
                 "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Batch"}}},
                 "description": "Batch of outbox rows; send with Content-Encoding: gzip."}})
async def reports(request: Request, desk: Annotated[Desk, Depends(authenticate)]) -> BatchResult:
    """Store a batch; one answer per item: accepted, duplicate, conflict or rejected."""
    async with request.app.state.admission.for_token(desk.token_id):
        envelope, checked = await read_parsed(request, lambda data: _decode(data, desk))
        valid = _first_of_each([item for item, _ in checked if item is not None])
        stored = await run_in_threadpool(store_of(request).ingest, desk, list(valid.values()),
                                         int(time.time()))
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


async def read_parsed(request: Request, parse: Callable[[bytes], T]) -> T:
    """A write's body read within the app's limits, then inflated and parsed in the admission
    pool (CPU-bound, never on the event loop). The caller holds its token's admission."""
    limits = request.app.state.limits
    body = await _read_body(request, limits.max_body, limits.body_timeout)
    encoding = request.headers.get("content-encoding")
    return await request.app.state.admission.parse(
        lambda: parse(_inflate(body, encoding, limits.max_inflated)))


def _decode(data: bytes, desk: Desk) -> tuple[list, list[tuple[Item | None, str | None]]]:
    envelope = _parse(data)
    return envelope, [_for_desk(check_item(raw), desk) for raw in envelope]


def _for_desk(checked: tuple[Item | None, str | None],
              desk: Desk) -> tuple[Item | None, str | None]:
    """An item of another commune or desk is rejected on its own; the rest still count."""
    item, reason = checked
    if item is None:
        return checked
    if item.commune_code != desk.commune_code:
        return None, (f"Mã truy cập của xã {desk.commune_code} không được gửi báo cáo của xã "
                      f"{item.commune_code}.")
    if item.desk != desk.desk and not desk.relays:
        return None, (f"Mã truy cập của quầy {desk.desk:02d} không được gửi báo cáo ghi quầy "
                      f"{item.desk:02d}.")
    return item, None


def _first_of_each(items: list[Item]) -> dict[str, Item]:
    first: dict[str, Item] = {}
    for item in items:
        first.setdefault(item.id, item)
    return first


async def _read_body(request: Request, limit: int, timeout: float) -> bytes:
    declared = request.headers.get("content-length")
    if declared is not None and declared.isdigit() and int(declared) > limit:
        raise Refusal(413, f"Lô quá lớn ({int(declared)} byte; tối đa {limit}). Hãy gửi lô nhỏ hơn.")
    chunks, size = [], 0
    try:
        async with asyncio.timeout(timeout):
            async for chunk in request.stream():
                size += len(chunk)
                if size > limit:
                    raise Refusal(413, f"Lô quá lớn (hơn {limit} byte). Hãy gửi lô nhỏ hơn.")
                chunks.append(chunk)
    except TimeoutError:
        raise Refusal(408, f"Gửi nội dung quá chậm (quá {timeout:g} giây).") from None
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


def _finite(text: str) -> float:
    value = float(text)
    if not math.isfinite(value):
        raise ValueError(f"{text[:20]} is out of range")
    return value


def _parse(data: bytes) -> list:
    # An upper bound of the number of JSON values, counted in C before anything is built:
    # a bomb of millions of empty objects is refused without allocating one of them.
    values = data.count(b"{") + data.count(b"[") + data.count(b",")
    if values > MAX_REQUEST_VALUES:
        raise Refusal(413, f"Lô có quá nhiều giá trị (hơn {MAX_REQUEST_VALUES}).")
    try:
        envelope = json.loads(data, parse_constant=_reject_constant, parse_float=_finite)
    except (ValueError, RecursionError):
        raise Refusal(400, "Nội dung không phải JSON hợp lệ (UTF-8).") from None
    if not isinstance(envelope, dict) or not isinstance(envelope.get("items"), list):
        raise Refusal(400, "Thiếu danh sách «items» trong nội dung gửi lên.")
    if envelope.get("protocol", PROTOCOL_VERSION) != PROTOCOL_VERSION:
        raise Refusal(400, f"Máy chủ chỉ hiểu giao thức {PROTOCOL_VERSION}; lô ghi giao thức "
                           f"«{str(envelope['protocol'])[:20]}».")
    items = envelope["items"]
    if not 1 <= len(items) <= MAX_ITEMS:
        raise Refusal(400, f"Mỗi lô phải có từ 1 đến {MAX_ITEMS} mục (lô này có {len(items)}).")
    return items
