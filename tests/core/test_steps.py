"""Step budgets and step judgement (form 06), and when a new appointment may be given."""

from datetime import datetime

import pytest

from desktop.core.calendar import WorkCalendar
from desktop.core.clock import VN_TZ, to_epoch
from desktop.core.errors import UserError
from desktop.core.reschedule import check_reschedule
from desktop.core.steps import Handover, Role, budget_days, budget_seconds, judge_steps
from desktop.core.timing import DossierClock, Timing

CAL = WorkCalendar()


def vn(*args: int) -> datetime:
    return datetime(*args, tzinfo=VN_TZ)


def test_default_split_gives_desk_and_leader_half_a_day_and_the_specialist_the_rest():
    assert budget_days(7) == {Role.DESK: 0.5, Role.SPECIALIST: 6.0, Role.LEADER: 0.5}
    assert budget_days(2) == {Role.DESK: 0.5, Role.SPECIALIST: 1.0, Role.LEADER: 0.5}
    # A same-day procedure splits its one day: a quarter, a half, a quarter.
    assert budget_days(0) == {Role.DESK: 0.25, Role.SPECIALIST: 0.5, Role.LEADER: 0.25}
    assert budget_seconds(0.5, CAL) == 3 * 3600 + 45 * 60  # half of 7 h 30 min


def test_catalogue_split_wins_and_a_bad_one_is_refused():
    assert budget_days(10, {"desk": 1, "specialist": 8, "leader": 1})[Role.DESK] == 1.0
    with pytest.raises(UserError, match="Vai trò không hợp lệ"):
        budget_days(10, {"clerk": 1})
    with pytest.raises(UserError, match="không được âm"):
        budget_days(10, {"desk": -1})


def test_each_step_is_judged_against_its_own_budget_with_the_pause_excluded():
    # 7 working days, received Mon 09/11/2026 08:00.
    chain = [
        Handover(vn(2026, 11, 9, 9), "An", Role.DESK, "Bình", Role.SPECIALIST),
        Handover(vn(2026, 11, 17, 10), "Bình", Role.SPECIALIST, "Chi", Role.LEADER),
        Handover(vn(2026, 11, 18, 10), "Chi", Role.LEADER, "An", Role.DESK),
    ]
    # The specialist waited for a supplement Tue 10/11 09:00 → Wed 11/11 09:00 (one working day).
    pause = [(vn(2026, 11, 10, 9), vn(2026, 11, 11, 9))]
    steps = judge_steps(vn(2026, 11, 9, 8), chain, budget_days(7), CAL, pause)
    # Desk: 08:00 + 3 h 45 min of working time = 13:45 the same day; handed over at 09:00.
    assert steps[0].due_at == vn(2026, 11, 9, 13, 45) and steps[0].timing is Timing.ON_TIME
    # Specialist: 09:00 09/11 + 6 working days = 09:00 17/11, + 1 paused day = 09:00 18/11.
    assert steps[1].due_at == vn(2026, 11, 18, 9) and steps[1].timing is Timing.EARLY
    # Leader: 10:00 17/11 + 3 h 45 min = 15:45 17/11; handed back the next day: late.
    assert steps[2].due_at == vn(2026, 11, 17, 15, 45) and steps[2].timing is Timing.LATE


def clock(appointment: datetime, end: datetime | None = None) -> DossierClock:
    return DossierClock("cu-tru", 1, to_epoch(vn(2026, 11, 16, 9)), to_epoch(appointment),
                        to_epoch(end) if end else None, 9 if end else None)


def test_reschedule_rules():
    slip = vn(2026, 11, 19, 9)
    now = vn(2026, 11, 19, 10)  # one hour overdue
    check_reschedule(clock(slip), slip, vn(2026, 11, 20, 15), now, CAL, "Chờ xác minh")
    cases = {
        "lý do": (clock(slip), vn(2026, 11, 20, 15), now, ""),
        "sau thời điểm hiện tại": (clock(slip), vn(2026, 11, 19, 9, 30), now, "x"),
        "ngoài giờ làm việc": (clock(slip), vn(2026, 11, 20, 12), now, "x"),
        "ngoài giờ làm việc ": (clock(slip), vn(2026, 11, 21, 9), now, "x"),  # a Saturday
        "đã kết thúc": (clock(slip, vn(2026, 11, 19, 9, 30)), vn(2026, 11, 20, 15), now, "x"),
        "một ngày làm việc": (clock(slip), vn(2026, 11, 27, 9), vn(2026, 11, 17, 9), "x"),
    }
    for expected, (c, new_at, at, reason) in cases.items():
        with pytest.raises(UserError, match=expected.strip()):
            check_reschedule(c, slip, new_at, at, CAL, reason)
    # Due within one working day (tomorrow 09:00, asked today 10:00) is allowed; 17:00 counts.
    check_reschedule(clock(slip), slip, vn(2026, 11, 20, 17), vn(2026, 11, 18, 10), CAL, "x")
