"""Working time: which days and hours count toward a dossier's legal processing time.

Built on the ``holidays`` package for Vietnam (Tết, Hùng Kings, swapped days off and the
Saturdays worked in exchange), plus the commune's own overrides. Everything takes explicit
datetimes; nothing here reads the clock.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

import holidays

from desktop.core.clock import VN_TZ, to_vn
from desktop.core.errors import UserError

DEFAULT_PERIODS = ((time(7, 30), time(11, 30)), (time(13, 30), time(17, 0)))
DEFAULT_CUTOFF = time(15, 0)


@dataclass(frozen=True)
class WorkingHours:
    """Working periods of one day, in order, and the afternoon cut-off for same-day work."""

    periods: tuple[tuple[time, time], ...] = DEFAULT_PERIODS
    cutoff: time = DEFAULT_CUTOFF

    def __post_init__(self) -> None:
        previous_end = time(0, 0)
        if not self.periods:
            raise UserError("Giờ làm việc phải có ít nhất một buổi.")
        for start, end in self.periods:
            if not (previous_end <= start < end):
                raise UserError("Giờ làm việc không hợp lệ: các buổi phải tăng dần và không chồng nhau.")
            previous_end = end

    @property
    def day_end(self) -> time:
        return self.periods[-1][1]

    def to_json(self) -> dict:
        return {
            "periods": [[s.strftime("%H:%M"), e.strftime("%H:%M")] for s, e in self.periods],
            "cutoff": self.cutoff.strftime("%H:%M"),
        }

    @classmethod
    def from_json(cls, data: Mapping) -> WorkingHours:
        try:
            periods = tuple(
                (time.fromisoformat(s), time.fromisoformat(e)) for s, e in data["periods"]
            )
            cutoff = time.fromisoformat(data.get("cutoff", "15:00"))
        except (KeyError, TypeError, ValueError) as exc:
            raise UserError("Giờ làm việc không đúng định dạng HH:MM.") from exc
        return cls(periods, cutoff)


@dataclass
class WorkCalendar:
    """Working days and hours; ``overrides`` maps a date to True (work) or False (day off)."""

    hours: WorkingHours = field(default_factory=WorkingHours)
    overrides: Mapping[date, bool] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self._national = holidays.country_holidays("VN", language="vi")
        self._day_cache: dict[date, bool] = {}

    # -- days ---------------------------------------------------------------
    def is_working_day(self, day: date) -> bool:
        cached = self._day_cache.get(day)
        if cached is None:
            if day in self.overrides:
                cached = bool(self.overrides[day])
            else:
                cached = bool(self._national.is_working_day(day))
            self._day_cache[day] = cached
        return cached

    def holiday_name(self, day: date) -> str | None:
        return self._national.get(day)

    def next_working_day(self, day: date) -> date:
        day += timedelta(days=1)
        for _ in range(400):
            if self.is_working_day(day):
                return day
            day += timedelta(days=1)
        raise UserError("Không tìm thấy ngày làm việc nào trong 400 ngày tới: kiểm tra lịch nghỉ.")

    def nth_working_day_after(self, day: date, n: int) -> date:
        for _ in range(n):
            day = self.next_working_day(day)
        return day

    def working_days_between(self, start: date, end: date) -> int:
        """Working days in (start, end]."""
        count, day = 0, start
        while day < end:
            day += timedelta(days=1)
            count += self.is_working_day(day)
        return count

    # -- hours --------------------------------------------------------------
    def periods_of(self, day: date) -> list[tuple[datetime, datetime]]:
        if not self.is_working_day(day):
            return []
        return [
            (datetime.combine(day, s, VN_TZ), datetime.combine(day, e, VN_TZ))
            for s, e in self.hours.periods
        ]

    def is_working_time(self, moment: datetime) -> bool:
        moment = to_vn(moment)
        return any(s <= moment < e for s, e in self.periods_of(moment.date()))

    def effective_start(self, moment: datetime) -> datetime:
        """The moment itself inside working time, else the next start of working time."""
        moment = to_vn(moment)
        day = moment.date()
        for start, end in self.periods_of(day):
            if moment < end:
                return max(moment, start)
        day = self.next_working_day(day)
        return datetime.combine(day, self.hours.periods[0][0], VN_TZ)

    def end_of_day(self, day: date) -> datetime:
        return datetime.combine(day, self.hours.day_end, VN_TZ)

    def working_seconds(self, start: datetime, end: datetime) -> int:
        """Working time between two moments, in seconds (0 if end is not after start)."""
        start, end = to_vn(start), to_vn(end)
        total, day = 0, start.date()
        while day <= end.date():
            for p_start, p_end in self.periods_of(day):
                overlap = (min(end, p_end) - max(start, p_start)).total_seconds()
                if overlap > 0:
                    total += int(overlap)
            day += timedelta(days=1)
        return total

    def add_working_seconds(self, moment: datetime, seconds: int) -> datetime:
        """Move forward by working time; a moment at a period's end stays there when adding 0."""
        moment = to_vn(moment)
        if seconds <= 0:
            return moment
        remaining = seconds
        day = moment.date()
        for _ in range(4000):
            for start, end in self.periods_of(day):
                if moment >= end:
                    continue
                begin = max(moment, start)
                available = int((end - begin).total_seconds())
                if remaining <= available:
                    return begin + timedelta(seconds=remaining)
                remaining -= available
            day += timedelta(days=1)
        raise UserError("Thời gian tạm dừng quá dài để tính lịch hẹn.")

    # -- the appointment rule --------------------------------------------------
    def appointment(self, received_at: datetime, days: int, *, cutoff_applies: bool = True) -> datetime:
        """Appointment time for a procedure of ``days`` working days received at ``received_at``.

        1. Outside working time, receipt counts from the next start of working time.
        2. Same-day (0): end of that day, or of the next working day at/after the cut-off.
        3. N ≥ 1: the same clock time on the N-th working day after.
        """
        if days < 0:
            raise UserError("Thời hạn giải quyết không được âm.")
        effective = self.effective_start(received_at)
        if days == 0:
            day = effective.date()
            if cutoff_applies and effective.time() >= self.hours.cutoff:
                day = self.next_working_day(day)
            return self.end_of_day(day)
        day = self.nth_working_day_after(effective.date(), days)
        return datetime.combine(day, effective.time(), VN_TZ)
