"""The commune feed (``serve --role commune``): desks claim their number, push their own
dossier events and pull their colleagues' after a cursor.

Within the commune personal data travels (a colleague must find the citizen by name), so
events are relayed whole; a token only ever reads and writes its own commune's feed.
"""

from __future__ import annotations

import json
import time
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query, Request, Response
from pydantic import BaseModel, ConfigDict, Field, ValidationError
from starlette.concurrency import run_in_threadpool

from central.api import Refusal, authenticate, store_of
from central.api.reports import _finite, _reject_constant, read_parsed
from central.schema import UUID_PATTERN, Problem
from central.store import Desk

router = APIRouter(tags=["commune feed"])
MAX_EVENTS = 5000
#: A receipt has about 40 JSON values; a full push of MAX_EVENTS fits with room to spare.
MAX_PUSH_VALUES = 60 * MAX_EVENTS
PAGE_DEFAULT = 1000


class Installation(BaseModel):
    installation: str = Field(pattern=UUID_PATTERN)


class Event(BaseModel):
    """One dossier event as the desk stores it; ``data`` is kind-specific."""

    model_config = ConfigDict(extra="forbid")

    uid: str = Field(pattern=UUID_PATTERN)
    code: str = Field(min_length=1, max_length=80)
    kind: str = Field(pattern=r"^[a-z_]{1,30}$")
    at: int = Field(ge=0, le=2**40)
    origin_desk: int = Field(ge=1, le=99)
    seq: int = Field(ge=1, le=2**62)
    installation: str = Field(pattern=UUID_PATTERN)
    actor: str = Field(max_length=200)
    data: dict[str, Any]


class Push(BaseModel):
    installation: str = Field(pattern=UUID_PATTERN)
    events: list[Event] = Field(max_length=MAX_EVENTS)


class Pushed(BaseModel):
    stored: int
    duplicates: int


class Page(BaseModel):
    events: list[dict[str, Any]]
    next: int
    more: bool


class Claimed(BaseModel):
    commune_code: str
    desk: int


PROBLEMS = {code: {"model": Problem} for code in (400, 401, 403, 409, 413)}


def _taken(desk: Desk) -> Refusal:
    return Refusal(409, f"Quầy {desk.desk:02d} của xã {desk.commune_code} đã được một máy khác "
                        "dùng. Mỗi máy phải có số quầy riêng: đặt số quầy khác (motcua setup "
                        "--desk) và xin mã truy cập của quầy đó.")


@router.post("/v1/claim", response_model=Claimed, responses=PROBLEMS)
def claim(body: Installation, desk: Annotated[Desk, Depends(authenticate)],
          request: Request) -> Claimed:
    """Take this token's desk number for one installation; a second PC is refused (409)."""
    result = store_of(request).claim_desk(desk.commune_code, desk.desk, body.installation,
                                          int(time.time()))
    if not result.granted:
        raise _taken(desk)
    return Claimed(commune_code=desk.commune_code, desk=desk.desk)


@router.post("/v1/events", response_model=Pushed, responses=PROBLEMS)
async def push(request: Request, desk: Annotated[Desk, Depends(authenticate)]) -> Pushed:
    """A desk's own events, oldest first; each stored once whatever how often it is sent."""
    async with request.app.state.admission.for_token(desk.token_id):
        body = await read_parsed(request, _decode)
    store = store_of(request)
    holder = await run_in_threadpool(store.desk_holder, desk.commune_code, desk.desk)
    if holder != body.installation:
        raise _taken(desk)
    if any(e.origin_desk != desk.desk or e.installation != body.installation for e in body.events):
        raise Refusal(403, f"Quầy {desk.desk:02d} chỉ được gửi thay đổi do chính quầy mình làm.")
    stored, duplicates = await run_in_threadpool(
        store.append_events, desk.commune_code, [e.model_dump() for e in body.events],
        int(time.time()))
    return Pushed(stored=stored, duplicates=duplicates)


def _decode(data: bytes) -> Push:
    """The same guards as a batch of reports (no NaN or Infinity, a bound on the number of
    values counted before anything is built)."""
    if data.count(b"{") + data.count(b"[") + data.count(b",") > MAX_PUSH_VALUES:
        raise Refusal(413, f"Quá nhiều giá trị trong một lần gửi (hơn {MAX_PUSH_VALUES}).")
    try:
        return Push.model_validate(json.loads(data, parse_constant=_reject_constant,
                                              parse_float=_finite))
    except (ValueError, RecursionError, ValidationError) as exc:
        raise Refusal(400, f"Nội dung không hợp lệ: {str(exc).splitlines()[0][:200]}.") from None


@router.get("/v1/events", response_model=Page, responses=PROBLEMS)
def pull(request: Request, desk: Annotated[Desk, Depends(authenticate)],
         after: Annotated[int, Query(ge=0)] = 0,
         limit: Annotated[int, Query(ge=1, le=MAX_EVENTS)] = PAGE_DEFAULT) -> Response:
    """The commune's events after ``after`` (the ``next`` of the previous page). The stored
    JSON of each event is spliced in as it is: a catch-up reads hundreds of thousands."""
    page = store_of(request).events_after(desk.commune_code, after, limit)
    body = (f'{{"events":[{",".join(page.events)}],"next":{page.next_cursor},'
            f'"more":{"true" if page.more else "false"}}}')
    return Response(body.encode(), media_type="application/json")
