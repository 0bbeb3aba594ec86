"""Correcting a saved dossier: typos in a name, a wrong procedure, a receipt time typed wrong.

A correction never edits history. It appends one event of kind ``correction`` holding each
changed field's old and new value and the required reason; the dossier row and its search entry
follow from the fold of the events (``desktop.core.replay``), at this desk and at every
colleague's, in the same transaction as the outbox report, so it is audited and reported
upward like any state move. The dossier's code and state never change. Changing the procedure,
channel or receipt time recomputes the appointment with the rules used at receipt, the
supplement pauses already counted kept.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, fields
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from desktop.core.clock import format_slip_time, from_epoch, iso, to_epoch, to_vn
from desktop.core.errors import UserError, ValidationError
from desktop.core.states import Channel, State, parse_channel
from desktop.core.validation import (
    check_not_future,
    clean_email,
    clean_id_number,
    clean_name,
    clean_phone,
    clean_text,
)  # fmt: skip

if TYPE_CHECKING:
    from desktop.storage.dossiers import DossierRepo

CORRECTION = "correction"
#: The fields a clerk may correct, in the order a slip shows them.
CORRECTABLE = ("applicant", "id_number", "phone", "address", "email", "authorised", "procedure",
               "channel", "received_at", "documents", "sets")
#: Changing one of these moves the appointment.
RESCHEDULING = frozenset({"procedure", "channel", "received_at"})
#: Vietnamese names of the corrected fields, for the command line's history.
FIELD_LABELS = {
    "applicant": "Người nộp", "id_number": "Số định danh", "phone": "Số điện thoại",
    "address": "Địa chỉ", "email": "Thư điện tử", "authorised": "Người được ủy quyền",
    "procedure": "Thủ tục", "channel": "Kênh", "received_at": "Thời điểm tiếp nhận",
    "documents": "Giấy tờ đã nhận", "sets": "Số bộ", "appointment_at": "Hẹn trả",
}  # fmt: skip


@dataclass(frozen=True)
class Correction:
    """What the clerk asks to change; ``None`` leaves a field as it is, "" clears it."""

    reason: str
    applicant: str | None = None
    id_number: str | None = None
    phone: str | None = None
    address: str | None = None
    email: str | None = None
    authorised: str | None = None
    procedure: str | None = None
    channel: Channel | str | int | None = None
    received_at: datetime | None = None
    documents: tuple[str, ...] | None = None
    sets: int | None = None

    def given(self) -> dict[str, object]:
        return {f.name: getattr(self, f.name) for f in fields(self)
                if f.name != "reason" and getattr(self, f.name) is not None}


@dataclass(frozen=True)
class FieldChange:
    """One corrected field as the history shows it: slugs, ISO times, lists."""

    field: str
    old: object
    new: object


def _optional(cleaner: Callable[[str | None], tuple[str | None, str | None]]) -> Callable:
    return lambda value, _repo, _row, _now: cleaner(value)


def _text(limit: int) -> Callable:
    return lambda value, _repo, _row, _now: (clean_text(value, limit), None)


def _procedure(value: str, repo: DossierRepo, _row: sqlite3.Row, _now: datetime):
    try:
        return repo.procedure(value).slug, None
    except UserError as exc:
        return None, exc.message


def _channel(value: object, _repo: DossierRepo, _row: sqlite3.Row, _now: datetime):
    try:
        return int(value if isinstance(value, Channel) else parse_channel(value)), None
    except UserError as exc:
        return None, exc.message


def _received(value: datetime, repo: DossierRepo, row: sqlite3.Row, now: datetime):
    moment = to_vn(value).replace(second=0, microsecond=0)
    message = check_not_future(moment, now)
    if message:
        return None, message
    if moment < to_vn(now) - timedelta(days=366):
        return None, "Thời điểm tiếp nhận quá xa trong quá khứ (hơn một năm)."
    first_move = repo._store.conn.execute(
        "SELECT min(at) FROM dossier_events WHERE dossier_id = ? AND from_state IS NOT NULL"
        " AND kind = 'state'", (row["id"],)).fetchone()[0]
    if first_move is not None and to_epoch(moment) > first_move:
        return None, ("Thời điểm tiếp nhận không được sau lần chuyển trạng thái đầu tiên "
                      f"({format_slip_time(from_epoch(first_move))}).")
    return to_epoch(moment), None


def _documents(value: tuple[str, ...], _repo: DossierRepo, _row: sqlite3.Row, _now: datetime):
    cleaned = [d for d in (clean_text(x) for x in value) if d]
    return json.dumps(cleaned, ensure_ascii=False), None


def _sets(value: int, _repo: DossierRepo, _row: sqlite3.Row, _now: datetime):
    if not 1 <= int(value) <= 99:
        return None, "Số bộ hồ sơ phải từ 1 đến 99."
    return int(value), None


_CLEANERS: dict[str, Callable] = {
    "applicant": lambda value, _repo, _row, _now: clean_name(value),
    "id_number": _optional(clean_id_number), "phone": _optional(clean_phone),
    "address": _text(300), "email": _optional(clean_email), "authorised": _text(100),
    "procedure": _procedure, "channel": _channel, "received_at": _received,
    "documents": _documents, "sets": _sets,
}  # fmt: skip


def _shown(key: str, stored: object) -> object:
    """A stored column value as the history and the JSON output show it."""
    if stored is None:
        return None
    if key == "channel":
        return Channel(stored).slug
    if key in ("received_at", "appointment_at"):
        return iso(from_epoch(stored))
    if key == "documents":
        return json.loads(stored)
    return stored


def plan(repo: DossierRepo, row: sqlite3.Row, correction: Correction,
         now: datetime) -> tuple[dict[str, object], list[FieldChange], str]:
    """The column updates, the changes to record and the cleaned reason; no writes.

    Every field is checked at once so the form can show all its messages together."""
    errors: dict[str, str] = {}
    reason = clean_text(correction.reason, 500)
    if not reason:
        errors["reason"] = "Phải ghi lý do sửa thông tin."
    given = correction.given()
    updates: dict[str, object] = {}
    for key, value in given.items():
        cleaned, message = _CLEANERS[key](value, repo, row, now)
        if message:
            errors[key] = message
        elif cleaned != row[key]:
            updates[key] = cleaned
    if not errors and not updates:
        errors["fields" if not given else next(iter(given))] = (
            "Không có thông tin nào thay đổi: hãy nêu ít nhất một trường cần sửa với giá trị mới.")
    if errors:
        raise ValidationError(errors)
    assert reason is not None
    changes = [FieldChange(k, _shown(k, row[k]), _shown(k, v)) for k, v in updates.items()]
    if RESCHEDULING & updates.keys():
        procedure = repo.procedure(str(updates.get("procedure", row["procedure"])))
        received = from_epoch(int(updates.get("received_at", row["received_at"])))
        calendar = repo._store.calendar
        base = calendar.appointment(received, procedure.days, cutoff_applies=procedure.cutoff)
        appointment = calendar.add_working_seconds(base, row["paused_seconds"])
        updates |= {"field": procedure.field, "base_appointment_at": to_epoch(base)}
        if to_epoch(appointment) != row["appointment_at"]:
            changes.append(FieldChange("appointment_at", _shown("appointment_at", row["appointment_at"]),
                                       iso(appointment)))
    return updates, changes, reason


def apply(repo: DossierRepo, conn: sqlite3.Connection, row: sqlite3.Row,
          updates: dict[str, object], changes: list[FieldChange], reason: str, *, actor: str,
          now: datetime) -> None:
    """The correction event; the row and its search entry follow from the fold of the
    dossier's events (``desktop.core.replay``), at this desk and at every colleague's. A new
    base appointment travels with the event, so every desk moves the appointment alike."""
    facts = {k: updates[k] for k in ("base_appointment_at", "field") if k in updates}
    state = State(row["state"])
    repo.record(conn, row["id"], now, actor, state, state, reason, CORRECTION, None, now=now,
                changes={c.field: [c.old, c.new] for c in changes}, facts=facts)


def decode(changes: str | None) -> tuple[FieldChange, ...]:
    if not changes:
        return ()
    return tuple(FieldChange(k, old, new) for k, (old, new) in json.loads(changes).items())


def summary_line(changes: tuple[FieldChange, ...]) -> str:
    """"Người nộp: Nguyễn Văn Am → Nguyễn Văn An; …" for the command line."""
    def shown(value: object) -> str:
        if value is None or value == []:
            return "—"
        return "; ".join(map(str, value)) if isinstance(value, list) else str(value)

    return "; ".join(f"{FIELD_LABELS.get(c.field, c.field)}: {shown(c.old)} → {shown(c.new)}"
                     for c in changes)
