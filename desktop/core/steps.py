"""Hand-over steps (form 06): who held a dossier, for how long, judged against the step's budget.

A province's internal procedure splits a procedure's legal time among the desk, the specialist
officer and the leader who signs. Where the catalogue gives no split, the default one applies:
desk and leader half a working day each, the specialist the rest; a procedure of less than two
days splits its (one) day a quarter, a half and a quarter. A step is judged with the same rule
as a dossier (``timing.judge``) against its own due time, paused time (waiting for a supplement)
excluded.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from desktop.core.calendar import WorkCalendar
from desktop.core.clock import to_epoch, to_vn
from desktop.core.errors import UserError
from desktop.core.timing import Timing, judge


class Role(StrEnum):
    DESK = "desk"
    SPECIALIST = "specialist"
    LEADER = "leader"

    @property
    def label(self) -> str:
        return ROLE_LABELS[self]


ROLE_LABELS = {
    Role.DESK: "Cán bộ một cửa",
    Role.SPECIALIST: "Công chức chuyên môn",
    Role.LEADER: "Lãnh đạo",
}


def parse_role(text: str) -> Role:
    raw = (text or "").strip().lower()
    for role in Role:
        if raw in (role.value, role.label.lower()):
            return role
    raise UserError(f"Vai trò không hợp lệ: «{text}». Dùng desk, specialist hoặc leader.")


def budget_days(legal_days: int, split: Mapping[str, float] | None = None) -> dict[Role, float]:
    """Working days each role may hold the dossier: the catalogue's split, else the default."""
    if split:
        try:
            days = {parse_role(role): float(value) for role, value in split.items()}
        except (TypeError, ValueError) as exc:
            raise UserError("Phân bổ thời gian các bước phải là số ngày làm việc.") from exc
        if any(value < 0 for value in days.values()):
            raise UserError("Thời gian của một bước không được âm.")
        return {role: days.get(role, 0.0) for role in Role}
    if legal_days < 2:
        total = float(max(legal_days, 1))
        return {Role.DESK: total / 4, Role.SPECIALIST: total / 2, Role.LEADER: total / 4}
    return {Role.DESK: 0.5, Role.SPECIALIST: legal_days - 1.0, Role.LEADER: 0.5}


def budget_seconds(days: float, calendar: WorkCalendar) -> int:
    day = sum(int(_seconds(e) - _seconds(s)) for s, e in calendar.hours.periods)
    return int(round(days * day))


def _seconds(t) -> int:  # noqa: ANN001 - a datetime.time
    return t.hour * 3600 + t.minute * 60 + t.second


@dataclass(frozen=True)
class Handover:
    """One hand-over as recorded: the giver's step ends and the receiver's begins at ``at``."""

    at: datetime
    giver: str
    giver_role: Role
    receiver: str
    receiver_role: Role
    note: str | None = None


@dataclass(frozen=True)
class Step:
    """A row of form 06: the hand-over, and the giver's step judged against its budget."""

    number: int
    handover: Handover
    started_at: datetime
    due_at: datetime
    budget_days: float
    timing: Timing

    def to_json(self) -> dict:
        h = self.handover
        return {
            "number": self.number, "at": to_vn(h.at).isoformat(), "giver": h.giver,
            "giver_role": h.giver_role.value, "receiver": h.receiver,
            "receiver_role": h.receiver_role.value, "note": h.note,
            "started_at": to_vn(self.started_at).isoformat(),
            "due_at": to_vn(self.due_at).isoformat(), "budget_days": self.budget_days,
            "timing": self.timing.value,
        }  # fmt: skip


def judge_steps(received_at: datetime, handovers: Sequence[Handover],
                budgets: Mapping[Role, float], calendar: WorkCalendar,
                pauses: Sequence[tuple[datetime, datetime | None]] = ()) -> list[Step]:
    """Each hand-over closes the giver's step, which began at the previous hand-over (or at
    receipt); its due time is the start plus the role's budget plus the paused working time
    inside the step."""
    steps: list[Step] = []
    start = received_at
    for number, handover in enumerate(handovers, 1):
        paused = sum(
            calendar.working_seconds(max(start, p_start), min(handover.at, p_end or handover.at))
            for p_start, p_end in pauses
        )
        days = budgets[handover.giver_role]
        due = calendar.add_working_seconds(calendar.effective_start(start),
                                           budget_seconds(days, calendar) + paused)
        timing = judge(to_epoch(handover.at), to_epoch(due))
        steps.append(Step(number, handover, start, due, days, timing))
        start = handover.at
    return steps
