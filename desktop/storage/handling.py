"""What happens to a dossier between receipt and result besides its state: the commune's staff,
hand-overs from one of them to the next (form 06), and new appointments with an apology (form 04).

Each is an append-only dossier event (``kind`` 'handover' or 'reschedule') with its facts in the
payload, written in one transaction with the outbox report, like a move; the row's ``holder`` and
``rescheduled_to`` follow from the fold of the events (``desktop.core.replay``) on every desk.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from desktop.core.clock import iso, to_epoch, to_vn
from desktop.core.errors import UserError
from desktop.core.replay import STATUS
from desktop.core.reschedule import check_reschedule
from desktop.core.states import State
from desktop.core.steps import Handover, Role, Step, budget_days, judge_steps, parse_role
from desktop.core.validation import check_not_future, clean_text
from desktop.storage.dossiers import Dossier, Event

if TYPE_CHECKING:
    from desktop.storage.store import Store

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class StaffMember:
    name: str
    role: Role

    def to_json(self) -> dict:
        return {"name": self.name, "role": self.role.value, "role_label": self.role.label}


class StaffRepo:
    """The commune's staff list; a removed name stays in the dossiers it already signed for."""

    def __init__(self, store: Store) -> None:
        self._store = store

    def list(self) -> list[StaffMember]:
        rows = self._store.conn.execute(
            "SELECT name, role FROM staff WHERE active = 1"
            " ORDER BY CASE role WHEN 'desk' THEN 0 WHEN 'specialist' THEN 1 ELSE 2 END, name").fetchall()
        return [StaffMember(r["name"], Role(r["role"])) for r in rows]

    def add(self, name: str, role: Role | str, *, now: datetime) -> StaffMember:
        cleaned = clean_text(name, 100)
        if not cleaned:
            raise UserError("Họ tên cán bộ là bắt buộc.", "name")
        role = role if isinstance(role, Role) else parse_role(role)
        with self._store.transaction() as conn:
            conn.execute(
                "INSERT INTO staff(name, role, active, added_at) VALUES (?, ?, 1, ?)"
                " ON CONFLICT(name) DO UPDATE SET role = excluded.role, active = 1",
                (cleaned, role.value, to_epoch(now)))
        return StaffMember(cleaned, role)

    def remove(self, name: str) -> None:
        with self._store.transaction() as conn:
            done = conn.execute("UPDATE staff SET active = 0 WHERE name = ? AND active = 1",
                                (clean_text(name, 100),)).rowcount
        if not done:
            raise UserError(f"«{name}» không có trong danh sách cán bộ.", "name")

    def find(self, name: str) -> StaffMember:
        cleaned = clean_text(name, 100) or ""
        row = self._store.conn.execute(
            "SELECT name, role FROM staff WHERE name = ? AND active = 1", (cleaned,)).fetchone()
        if row is None:
            raise UserError(f"«{name}» không có trong danh sách cán bộ; thêm bằng: motcua staff "
                            "add TÊN --role desk|specialist|leader.", "to")
        return StaffMember(row["name"], Role(row["role"]))


def handovers(events: list[Event]) -> list[Handover]:
    return [
        Handover(e.at, e.payload["giver"], Role(e.payload["giver_role"]), e.payload["receiver"],
                 Role(e.payload["receiver_role"]), e.note)
        for e in events if e.kind == "handover"
    ]


def pauses(events: list[Event]) -> list[tuple[datetime, datetime | None]]:
    """Waiting for the citizen's supplement: from entering state 5 to leaving it."""
    out: list[tuple[datetime, datetime | None]] = []
    for e in events:
        if e.kind != STATUS:
            continue
        if e.to_state is State.SUPPLEMENT_REQUESTED:
            out.append((e.at, None))
        elif e.from_state is State.SUPPLEMENT_REQUESTED and out and out[-1][1] is None:
            out[-1] = (out[-1][0], e.at)
    return out


def current_holder(events: list[Event]) -> StaffMember:
    """The last receiver, or the clerk who received the dossier (the desk)."""
    moves = handovers(events)
    if moves:
        return StaffMember(moves[-1].receiver, moves[-1].receiver_role)
    return StaffMember(events[0].actor if events else "", Role.DESK)


class HandlingRepo:
    def __init__(self, store: Store) -> None:
        self._store = store

    def steps(self, dossier: Dossier, events: list[Event]) -> list[Step]:
        procedure = self._store.dossiers.procedures().get(dossier.procedure)
        budgets = budget_days(dossier.legal_days, procedure.steps if procedure else None)
        return judge_steps(dossier.received_at, handovers(events), budgets,
                           self._store.calendar, pauses(events))

    def handover(self, code: str, to: str, *, now: datetime, at: datetime | None = None,
                 note: str | None = None, resolved: bool = False,
                 actor: str | None = None) -> Dossier:
        """Record a hand-over; from the desk, a received dossier moves to processing; with
        ``resolved`` (back to the desk with the result) it also moves to resolved."""
        repo = self._store.dossiers
        at = to_vn(at) if at else to_vn(now)
        message = check_not_future(at, now, "Thời điểm chuyển giao")
        if message:
            raise UserError(message, "at")
        receiver = self._store.staff.find(to)
        if resolved and receiver.role is not Role.DESK:
            raise UserError("Chỉ trả kết quả về bộ phận một cửa mới đánh dấu được «Đã xử lý xong».",
                            "to")
        events = repo.events(code)
        giver = current_holder(events)
        if giver.name == receiver.name:
            raise UserError(f"Hồ sơ đang ở «{receiver.name}»; hãy chọn người nhận khác.", "to")
        with self._store.transaction() as conn:
            row = repo.row(conn, code)
            state = State(row["state"])
            if state.is_final:
                raise UserError(f"Hồ sơ đã ở trạng thái cuối «{state.label}», không chuyển giao "
                                "được.", "code")
            repo.check_after_last(conn, row, at)
            if state is State.RECEIVED:
                state = State.PROCESSING
                repo.move(conn, row, state, at, now, None, actor)
            payload = {"giver": giver.name, "giver_role": giver.role.value,
                       "receiver": receiver.name, "receiver_role": receiver.role.value}
            repo.record(conn, row["id"], at, actor, state, state, note, "handover", payload,
                        now=now)
            if resolved:
                repo.move(conn, repo.row(conn, code), State.RESOLVED, at, now, note, actor)
            dossier = repo.by_id(conn, row["id"])
            repo.report(conn, dossier, now)
        log.info("dossier %s handed over: %s -> %s", dossier.code, giver.role, receiver.role)
        return dossier

    def reschedule(self, code: str, new_at: datetime, reason: str | None, *, now: datetime,
                   actor: str | None = None) -> Dossier:
        """A new appointment with an apology; the slip's appointment still judges the dossier."""
        repo = self._store.dossiers
        new_at = to_vn(new_at)
        with self._store.transaction() as conn:
            row = repo.row(conn, code)
            dossier = repo.by_id(conn, row["id"])
            latest = dossier.rescheduled_to or dossier.appointment_at
            check_reschedule(dossier.clock, latest, new_at, now, self._store.calendar, reason)
            payload = {"rescheduled_to": iso(new_at), "previous": iso(latest)}
            repo.record(conn, row["id"], to_vn(now), actor, dossier.state, dossier.state, reason,
                        "reschedule", payload, now=now)
            dossier = repo.by_id(conn, row["id"])
            repo.report(conn, dossier, now)
        log.info("dossier %s rescheduled", dossier.code)
        return dossier

    def holders(self) -> list[str]:
        """Names dossiers are with now, for the list's "đang ở" filter."""
        return [r[0] for r in self._store.conn.execute(
            "SELECT DISTINCT holder FROM dossiers WHERE holder IS NOT NULL ORDER BY holder")]


def latest(events: list[Event], kind: str, state: State | None = None) -> Event | None:
    for event in reversed(events):
        if event.kind == kind and (state is None or event.to_state is state):
            return event
    return None


def reschedules(events: list[Event]) -> list[Event]:
    return [e for e in events if e.kind == "reschedule"]

