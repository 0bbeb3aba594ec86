"""The appointment rule of issue 2, checked by hand on real 2026 dates, then by properties."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.core.calendar import WorkCalendar, WorkingHours
from desktop.core.clock import VN_TZ
from desktop.core.errors import UserError
from tests.conftest import vn

CAL = WorkCalendar()


def appointment(received: datetime, days: int, cutoff: bool = True) -> datetime:
    return CAL.appointment(received, days, cutoff_applies=cutoff)


@pytest.mark.parametrize(
    ("received", "days", "expected"),
    [
        # Inside working time, same day.
        (vn(2026, 11, 23, 9, 0), 0, vn(2026, 11, 23, 17, 0)),
        (vn(2026, 11, 23, 14, 59), 0, vn(2026, 11, 23, 17, 0)),
        # At and after the 15:00 cut-off: next working day; 24/11 is Ngày Văn hóa Việt Nam.
        (vn(2026, 11, 23, 15, 0), 0, vn(2026, 11, 25, 17, 0)),
        (vn(2026, 11, 23, 16, 30), 0, vn(2026, 11, 25, 17, 0)),
        # Evening: counts from the next start of working time (Fri evening → Mon 07:30).
        (vn(2026, 11, 20, 18, 0), 0, vn(2026, 11, 23, 17, 0)),
        (vn(2026, 11, 20, 18, 0), 3, vn(2026, 11, 27, 7, 30)),
        # Exactly at closing time is outside working time.
        (vn(2026, 11, 23, 17, 0), 0, vn(2026, 11, 25, 17, 0)),
        (vn(2026, 11, 23, 17, 0), 1, vn(2026, 11, 26, 7, 30)),
        # Lunch break 11:30–13:30 counts from 13:30.
        (vn(2026, 11, 23, 12, 0), 0, vn(2026, 11, 23, 17, 0)),
        (vn(2026, 11, 23, 11, 30), 1, vn(2026, 11, 25, 13, 30)),
        (vn(2026, 11, 23, 12, 0), 1, vn(2026, 11, 25, 13, 30)),
        # Before opening.
        (vn(2026, 11, 23, 6, 0), 2, vn(2026, 11, 26, 7, 30)),
        # Weekend: Saturday and Sunday count from Monday 07:30.
        (vn(2026, 11, 21, 10, 0), 0, vn(2026, 11, 23, 17, 0)),
        (vn(2026, 11, 22, 10, 0), 1, vn(2026, 11, 25, 7, 30)),
        # N working days across 24/11/2026.
        (vn(2026, 11, 23, 10, 0), 1, vn(2026, 11, 25, 10, 0)),
        (vn(2026, 11, 23, 10, 0), 7, vn(2026, 12, 3, 10, 0)),
        # Across Tết 2026 (16–20 Feb) and the weekends around it.
        (vn(2026, 2, 13, 10, 0), 3, vn(2026, 2, 25, 10, 0)),
        (vn(2026, 2, 13, 15, 30), 0, vn(2026, 2, 23, 17, 0)),
        (vn(2026, 2, 17, 9, 0), 0, vn(2026, 2, 23, 17, 0)),
        (vn(2026, 2, 12, 14, 0), 5, vn(2026, 2, 26, 14, 0)),
        # Make-up Saturday 22/08/2026 is a working day; Mon 31/08 is its swapped day off,
        # 1–2/09 national day.
        (vn(2026, 8, 21, 16, 0), 0, vn(2026, 8, 22, 17, 0)),
        (vn(2026, 8, 22, 9, 0), 0, vn(2026, 8, 22, 17, 0)),
        (vn(2026, 8, 21, 10, 0), 1, vn(2026, 8, 22, 10, 0)),
        (vn(2026, 8, 21, 10, 0), 2, vn(2026, 8, 24, 10, 0)),
        (vn(2026, 8, 28, 10, 0), 1, vn(2026, 9, 3, 10, 0)),
    ],
)
def test_appointment_hand_checked(received, days, expected):
    assert appointment(received, days) == expected


def test_cutoff_flag_off_keeps_same_day():
    assert appointment(vn(2026, 11, 23, 16, 0), 0, cutoff=False) == vn(2026, 11, 23, 17, 0)


def test_calendar_days_known_to_the_holidays_package():
    assert not CAL.is_working_day(date(2026, 11, 24))
    assert CAL.is_working_day(date(2026, 8, 22))
    assert not CAL.is_working_day(date(2026, 8, 31))
    assert all(not CAL.is_working_day(date(2026, 2, d)) for d in range(16, 21))
    assert CAL.holiday_name(date(2026, 11, 24)) == "Ngày Văn hóa Việt Nam"


def test_local_overrides_day_off_and_make_up_day():
    cal = WorkCalendar(overrides={date(2026, 11, 25): False, date(2026, 11, 28): True})
    assert not cal.is_working_day(date(2026, 11, 25))
    assert cal.is_working_day(date(2026, 11, 28))
    # Mon 23/11: 24 national holiday, 25 local day off → 26.
    assert cal.appointment(vn(2026, 11, 23, 10, 0), 1) == vn(2026, 11, 26, 10, 0)
    # Fri 27/11 after the cut-off → the local make-up Saturday 28/11.
    assert cal.appointment(vn(2026, 11, 27, 15, 30), 0) == vn(2026, 11, 28, 17, 0)
    assert cal.appointment(vn(2026, 11, 27, 10, 0), 1) == vn(2026, 11, 28, 10, 0)
    # An override can also cancel a national holiday.
    assert WorkCalendar(overrides={date(2026, 11, 24): True}).appointment(
        vn(2026, 11, 23, 10, 0), 1) == vn(2026, 11, 24, 10, 0)


def test_edited_working_hours_and_cutoff():
    hours = WorkingHours(((datetime.min.time().replace(hour=8), datetime.min.time().replace(hour=12)),
                          (datetime.min.time().replace(hour=13), datetime.min.time().replace(hour=16, minute=30))),
                         cutoff=datetime.min.time().replace(hour=14))
    cal = WorkCalendar(hours)
    assert cal.appointment(vn(2026, 11, 23, 7, 45), 0) == vn(2026, 11, 23, 16, 30)
    assert cal.appointment(vn(2026, 11, 23, 14, 0), 0) == vn(2026, 11, 25, 16, 30)
    assert cal.appointment(vn(2026, 11, 23, 12, 30), 1) == vn(2026, 11, 25, 13, 0)
    assert WorkingHours.from_json(hours.to_json()) == hours


def test_bad_working_hours_and_negative_days_refused():
    with pytest.raises(UserError):
        WorkingHours.from_json({"periods": [["13:30", "17:00"], ["07:30", "11:30"]]})
    with pytest.raises(UserError):
        WorkingHours.from_json({"periods": [["7h30", "11:30"]]})
    with pytest.raises(UserError):
        appointment(vn(2026, 11, 23, 9), -1)


def test_working_seconds_and_adding_them_back():
    # Fri 16:00 → Mon 08:00 across the weekend: 1 h + 0.5 h.
    assert CAL.working_seconds(vn(2026, 11, 20, 16), vn(2026, 11, 23, 8)) == 5400
    assert CAL.working_seconds(vn(2026, 11, 23, 8), vn(2026, 11, 20, 16)) == 0
    # Mon 23/11 10:00 + 7.5 h = one working day, skipping the holiday 24/11.
    assert CAL.add_working_seconds(vn(2026, 11, 23, 10), 7 * 3600 + 1800) == vn(2026, 11, 25, 10)
    assert CAL.add_working_seconds(vn(2026, 11, 23, 16, 30), 3600) == vn(2026, 11, 25, 8)


# -- properties ---------------------------------------------------------------------------
moments = st.datetimes(min_value=datetime(2025, 1, 1), max_value=datetime(2027, 12, 1)).map(
    lambda d: d.replace(second=0, microsecond=0, tzinfo=VN_TZ))
legal_days = st.integers(min_value=0, max_value=30)


@settings(max_examples=300, deadline=None)
@given(moments, legal_days, st.booleans())
def test_appointment_never_before_receipt_and_on_a_working_day(received, days, cutoff):
    result = CAL.appointment(received, days, cutoff_applies=cutoff)
    assert result >= received
    assert CAL.is_working_day(result.date())
    if days >= 1:
        effective = CAL.effective_start(received)
        assert result.time() == effective.time()
        assert CAL.working_days_between(effective.date(), result.date()) == days
    else:
        assert result.time() == CAL.hours.day_end


@settings(max_examples=300, deadline=None)
@given(moments, st.integers(min_value=1, max_value=30))
def test_appointment_monotonic_in_days(received, days):
    assert CAL.appointment(received, days) < CAL.appointment(received, days + 1)


@settings(max_examples=300, deadline=None)
@given(moments, st.booleans())
def test_same_day_never_on_a_later_day_than_one_day(received, cutoff):
    """Between 0 and 1 day only the date is monotonic: the rule puts a same-day dossier received
    after the cut-off at 17:00 of the next working day, a 1-day one at the receipt clock time of
    that same day (e.g. 15:00), exactly as issue 2 states it."""
    same_day = CAL.appointment(received, 0, cutoff_applies=cutoff)
    one_day = CAL.appointment(received, 1, cutoff_applies=cutoff)
    assert same_day.date() <= one_day.date()
    if not cutoff:
        assert same_day <= one_day


@settings(max_examples=300, deadline=None)
@given(moments, moments, st.integers(min_value=0, max_value=10))
def test_appointment_monotonic_in_receipt_time(a, b, days):
    first, second = sorted((a, b))
    assert CAL.appointment(first, days) <= CAL.appointment(second, days)


@settings(max_examples=200, deadline=None)
@given(moments)
def test_effective_start_is_working_time_and_not_before(received):
    start = CAL.effective_start(received)
    assert start >= received
    assert CAL.is_working_time(start)
    assert CAL.working_seconds(received, start) == 0


@settings(max_examples=200, deadline=None)
@given(moments, st.integers(min_value=1, max_value=5 * 27000))
def test_add_working_seconds_round_trips(start, seconds):
    moved = CAL.add_working_seconds(start, seconds)
    assert moved > start
    assert CAL.working_seconds(start, moved) == seconds
