"""The wire format of protocol v1, declared once: it validates input and writes the OpenAPI.

The envelope (``{"items": [...]}``) must be valid or the whole request is refused (400);
each item is then checked on its own, so one bad report is answered ``rejected`` and the
rest of the batch is still stored.
"""

from __future__ import annotations

import hashlib
import json
from enum import StrEnum
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from central.payloads import (
    MAX_PAYLOAD_CHARS,
    PAYLOADS,
    entity_problem,
    payload_problem,
    value_problem,
)  # fmt: skip

PROTOCOL_VERSION = 1
MAX_ITEMS = 1000
UUID_PATTERN = r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"



class Status(StrEnum):
    ACCEPTED = "accepted"
    DUPLICATE = "duplicate"
    CONFLICT = "conflict"
    REJECTED = "rejected"


class Item(BaseModel):
    """One outbox row as the desk sends it."""

    model_config = ConfigDict(extra="forbid")

    id: str = Field(pattern=UUID_PATTERN, description="UUID chosen by the desk; the idempotency key")
    kind: Literal["dossier", "daily_summary", "checklist"]
    entity: str = Field(min_length=1, max_length=200,
                        description="what the report is about, e.g. dossier:CODE, daily_summary:YYYY-MM-DD")
    payload: dict[str, Any]
    payload_hash: str = Field(pattern=r"^[0-9a-f]{64}$",
                              description="sha256 of the canonical JSON of payload")
    created_at: int = Field(ge=0, le=2**40, description="epoch seconds when the desk queued it")
    commune_code: str = Field(pattern=r"^[0-9]{1,10}$")
    desk: int = Field(ge=1, le=99)
    app_version: str = Field(max_length=40)
    supersedes: str | None = Field(default=None, pattern=UUID_PATTERN,
                                   description="id of the earlier report about the same entity")


class Batch(BaseModel):
    """For the OpenAPI document; the server checks the envelope and each item separately."""

    items: list[Item] = Field(min_length=1, max_length=MAX_ITEMS)


class ItemResult(BaseModel):
    id: str
    status: Status
    reason: str | None = None


class BatchResult(BaseModel):
    protocol: Literal[1] = PROTOCOL_VERSION
    results: list[ItemResult]


class Problem(BaseModel):
    detail: str


class Health(BaseModel):
    status: Literal["ok"] = "ok"
    protocol: Literal[1] = PROTOCOL_VERSION


class WhoAmI(BaseModel):
    commune_code: str
    desk: int


def canonical_json(payload: dict) -> str:
    """Must match the desk's ``desktop.storage.outbox.canonical_json`` byte for byte."""
    return json.dumps(payload, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def payload_hash(payload: dict) -> str:
    return hashlib.sha256(canonical_json(payload).encode("utf-8")).hexdigest()


def check_item(raw: Any) -> tuple[Item | None, str | None]:
    """The item, or the reason it is rejected, in words IT staff can act on."""
    if not isinstance(raw, dict):
        return None, "Mục không phải đối tượng JSON."
    problem = value_problem(raw)
    if problem:
        return None, problem
    try:
        item = Item.model_validate(raw)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first["loc"]) or "mục"
        return None, f"Sai định dạng ở trường «{where}»: {first['msg']}."
    if payload_hash(item.payload) != item.payload_hash:
        return None, "payload_hash không khớp nội dung báo cáo (dữ liệu hỏng trên đường truyền?)."
    if len(canonical_json(item.payload)) > MAX_PAYLOAD_CHARS:
        return None, f"Nội dung báo cáo quá lớn (tối đa {MAX_PAYLOAD_CHARS} ký tự)."
    fields = PAYLOADS[item.kind].model_fields
    missing = [k for k, f in fields.items() if f.is_required() and k not in item.payload]
    if missing:
        return None, f"Báo cáo loại {item.kind} thiếu trường: {', '.join(missing)}."
    problem = payload_problem(item.kind, item.payload) or entity_problem(
        item.kind, item.entity, item.payload)
    return (None, problem) if problem else (item, None)


def raw_id(raw: Any) -> str:
    """The id to answer under, even for an item too broken to validate."""
    value = raw.get("id") if isinstance(raw, dict) else None
    return value if isinstance(value, str) else ""
