"""Vietnam local time and the conversions used at the storage and CLI edges."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

VN_TZ = timezone(timedelta(hours=7), "ICT")


def now_vn() -> datetime:
    """The wall clock, read only at the program's edges and passed inward as ``now``."""
    return datetime.now(VN_TZ).replace(microsecond=0)


def to_vn(value: datetime) -> datetime:
    if value.tzinfo is None:
        return value.replace(tzinfo=VN_TZ)
    return value.astimezone(VN_TZ)


def to_epoch(value: datetime) -> int:
    return int(to_vn(value).timestamp())


def from_epoch(seconds: int | None) -> datetime | None:
    if seconds is None:
        return None
    return datetime.fromtimestamp(seconds, UTC).astimezone(VN_TZ)


def day_start(day: date) -> datetime:
    return datetime(day.year, day.month, day.day, tzinfo=VN_TZ)


#: Vietnam time's offset from UTC, for day arithmetic on stored epoch seconds (also in SQL).
VN_OFFSET_SECONDS = 7 * 3600


def local_day(seconds: int) -> int:
    """Days since the epoch in Vietnam time: cheap date comparison on stored integers."""
    return (seconds + VN_OFFSET_SECONDS) // 86400


def day_bounds(first: date, last: date | None = None) -> tuple[int, int]:
    """The one definition of a day or a period on stored timestamps: from 00:00:00 of
    ``first`` to 23:59:59 of ``last`` (``first`` when omitted), Vietnam time, inclusive."""
    last = first if last is None else last
    return to_epoch(day_start(first)), to_epoch(day_start(last + timedelta(days=1))) - 1


def end_of_day(seconds: int) -> int:
    """The last second of the Vietnam day ``seconds`` falls in (``day_bounds``'s end)."""
    return seconds + 86399 - (seconds + VN_OFFSET_SECONDS) % 86400


def format_slip_time(value: datetime) -> str:
    """The form's ``hh:mm dd/mm/yyyy``."""
    return to_vn(value).strftime("%H:%M %d/%m/%Y")


def format_date(value: date | datetime) -> str:
    return value.strftime("%d/%m/%Y")


def iso(value: datetime | None) -> str | None:
    return None if value is None else to_vn(value).isoformat()


def from_iso(value: str | None) -> datetime | None:
    return None if value is None else to_vn(datetime.fromisoformat(value))
