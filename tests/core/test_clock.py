"""One definition of a day and a period on stored timestamps (Vietnam time, inclusive)."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from hypothesis import given
from hypothesis import strategies as st

from desktop.core.clock import day_bounds, end_of_day, from_epoch, local_day


def test_a_day_runs_from_midnight_to_the_last_second_in_vietnam_time():
    start, end = day_bounds(date(2025, 9, 15))
    assert datetime.fromtimestamp(start, UTC) == datetime(2025, 9, 14, 17, 0, tzinfo=UTC)
    assert end - start == 86_399
    assert day_bounds(date(2025, 9, 15), date(2025, 9, 16)) == (start, end + 86_400)


@given(st.dates(min_value=date(2000, 1, 1), max_value=date(2100, 1, 1)))
def test_bounds_and_local_day_agree(day):
    start, end = day_bounds(day)
    assert local_day(start) == local_day(end) == local_day(end + 1) - 1
    assert from_epoch(start).date() == from_epoch(end).date() == day


def test_end_of_day_is_the_end_of_day_bounds():
    for day in (date(2026, 1, 1), date(2026, 11, 23), date(2024, 2, 29)):
        first, last = day_bounds(day)
        for moment in (first, first + 1, first + 7 * 3600, last - 1, last):
            assert end_of_day(moment) == last
        assert end_of_day(last + 1) == day_bounds(day + timedelta(days=1))[1]
