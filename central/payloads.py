"""What each kind of report must look like inside: types checked per kind, plus the limits
that keep one hostile payload from costing the server more than a real one would.

Known fields are type-checked; unknown extra fields are kept (a newer desk may add some) but
count against the same limits. Strings anywhere in an item must be encodable text (no
unpaired surrogates), numbers finite.
"""

from __future__ import annotations

import math
import re
import unicodedata
from datetime import date, datetime
from typing import Annotated, Any

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    StrictBool,
    StrictInt,
    ValidationError,
)  # fmt: skip

MAX_DEPTH = 8
MAX_VALUES = 5_000
MAX_PAYLOAD_CHARS = 64 * 1024


def _iso_datetime(value: str) -> str:
    datetime.fromisoformat(value)
    return value


def _iso_date(value: str) -> str:
    date.fromisoformat(value)
    return value


Text = Annotated[str, Field(max_length=2000)]
Moment = Annotated[str, Field(max_length=40), AfterValidator(_iso_datetime)]
Count = Annotated[StrictInt, Field(ge=0, le=10**9)]
Rate = Annotated[float, Field(ge=0, le=1)]


class _Open(BaseModel):
    model_config = ConfigDict(extra="allow", strict=True)


class DossierPayload(_Open):
    code: Annotated[str, Field(min_length=1, max_length=60)]
    procedure: Annotated[str, Field(min_length=1, max_length=100)]
    state: Annotated[StrictInt, Field(ge=1, le=10)]
    received_at: Moment
    field: Text | None = None
    channel: Text | None = None
    appointment_at: Moment | None = None
    end_at: Moment | None = None
    timing: Text | None = None
    supplement_count: Count | None = None


class SummaryRow(_Open):
    field: Text = "total"
    field_name: Text = ""
    received_total: Count = 0
    received_online: Count = 0
    received_direct_post: Count = 0
    carried_over: Count = 0
    resolved_total: Count = 0
    early: Count = 0
    on_time: Count = 0
    late: Count = 0
    pending_total: Count = 0
    pending_within: Count = 0
    pending_overdue: Count = 0
    online_rate: Rate | None = None
    on_time_rate: Rate | None = None


class DailySummaryPayload(_Open):
    day: Annotated[str, Field(max_length=10), AfterValidator(_iso_date)]
    rows: Annotated[list[SummaryRow], Field(max_length=200)]
    total: SummaryRow


class ChecklistEntry(_Open):
    id: StrictInt | Text
    state: Text
    required: StrictBool = True
    note: Text | None = None
    evidence: Text | None = None
    updated_at: Moment | None = None


class ChecklistPayload(_Open):
    green: StrictBool
    items: Annotated[list[ChecklistEntry], Field(max_length=200)]
    version: StrictInt | None = None
    at: Moment | None = None


PAYLOADS: dict[str, type[BaseModel]] = {
    "dossier": DossierPayload, "daily_summary": DailySummaryPayload,
    "checklist": ChecklistPayload,
}


def payload_problem(kind: str, payload: dict) -> str | None:
    """Why this payload cannot be the report of this kind, in words IT staff can act on."""
    try:
        PAYLOADS[kind].model_validate(payload)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first["loc"]) or "payload"
        return f"Báo cáo loại {kind}: trường «payload.{where}» sai kiểu hoặc giá trị ({first['msg']})."
    return None


def value_problem(value: Any) -> str | None:
    """Depth, number of values, unpaired surrogates and non-finite numbers, in one walk."""
    stack = [(value, 0)]
    seen = 0
    while stack:
        node, depth = stack.pop()
        seen += 1
        if seen > MAX_VALUES:
            return f"Mục có quá nhiều giá trị (tối đa {MAX_VALUES})."
        if depth > MAX_DEPTH:
            return f"Mục lồng nhau quá sâu (tối đa {MAX_DEPTH} tầng)."
        if isinstance(node, dict):
            stack.extend((k, depth + 1) for k in node)
            stack.extend((v, depth + 1) for v in node.values())
        elif isinstance(node, list):
            stack.extend((v, depth + 1) for v in node)
        elif isinstance(node, str):
            if _SURROGATE.search(node):
                return "Mục chứa ký tự không hợp lệ (nửa cặp surrogate UTF-16)."
        elif isinstance(node, float) and not math.isfinite(node):
            return "Mục chứa số không hữu hạn (Infinity/NaN)."
    return None


_SURROGATE = re.compile("[\ud800-\udfff]")


def entity_problem(kind: str, entity: str, payload: dict) -> str | None:
    """``entity`` names what the report is about and must agree with ``kind`` and payload."""
    if any(unicodedata.category(ch) in ("Cc", "Cf", "Zl", "Zp") for ch in entity):
        return "«entity» chứa ký tự điều khiển hoặc ký tự đảo chiều hiển thị."
    expected = {"dossier": f"dossier:{payload.get('code')}",
                "daily_summary": f"daily_summary:{payload.get('day')}",
                "checklist": "checklist"}[kind]
    if entity != expected:
        return f"«entity» «{entity[:80]}» không khớp loại {kind} (cần «{expected[:80]}»)."
    return None
