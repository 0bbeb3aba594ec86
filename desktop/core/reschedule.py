"""Apology and new appointment (form 04): when a dossier may be given a new date, and which.

The new appointment never replaces the slip's for judging early/on time/late (DOMAIN.md): it is
kept beside it, so the rule here only decides whether the desk may promise a new date.
"""

from __future__ import annotations

from datetime import datetime

from desktop.core.calendar import WorkCalendar
from desktop.core.clock import format_slip_time, from_epoch, to_epoch, to_vn
from desktop.core.errors import UserError
from desktop.core.steps import budget_seconds
from desktop.core.timing import DossierClock, is_overdue


def due_soon(clock: DossierClock, latest_appointment: datetime, now: datetime,
             calendar: WorkCalendar) -> bool:
    """Overdue, or its (latest) appointment falls within one working day from now."""
    if is_overdue(clock, to_epoch(now)):
        return True
    horizon = calendar.add_working_seconds(calendar.effective_start(now),
                                           budget_seconds(1, calendar))
    return to_vn(latest_appointment) <= horizon


def is_working_moment(calendar: WorkCalendar, moment: datetime) -> bool:
    """Inside working hours; the end of a period counts (a same-day appointment is 17:00)."""
    moment = to_vn(moment)
    return any(start <= moment <= end for start, end in calendar.periods_of(moment.date()))


def check_reschedule(clock: DossierClock, latest_appointment: datetime, new_at: datetime,
                     now: datetime, calendar: WorkCalendar, reason: str | None) -> None:
    if clock.end_at is not None:
        raise UserError("Hồ sơ đã kết thúc xử lý, không hẹn lại được.", "code")
    if not (reason or "").strip():
        raise UserError("Cần ghi lý do chậm trả kết quả (--reason).", "reason")
    if not due_soon(clock, latest_appointment, now, calendar):
        raise UserError("Chỉ hẹn lại hồ sơ đã quá hạn hoặc đến hạn trong vòng một ngày làm việc "
                        f"(hẹn trả hiện tại: {format_slip_time(latest_appointment)}).", "code")
    if to_vn(new_at) <= to_vn(now):
        raise UserError(f"Thời điểm hẹn mới {format_slip_time(new_at)} phải sau thời điểm hiện tại.",
                        "to")
    if not is_working_moment(calendar, new_at):
        raise UserError(f"Thời điểm hẹn mới {format_slip_time(new_at)} nằm ngoài giờ làm việc.",
                        "to")
    if to_vn(new_at) <= from_epoch(clock.appointment_at):
        raise UserError("Thời điểm hẹn mới phải sau thời điểm hẹn trên giấy tiếp nhận "
                        f"({format_slip_time(from_epoch(clock.appointment_at))}).", "to")
