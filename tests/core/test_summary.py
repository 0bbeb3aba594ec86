"""Early / on time / late and the II.06a summary, on clocks built by hand, then by properties."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.core.clock import to_epoch
from desktop.core.states import Channel, State
from desktop.core.summary import COUNT_KEYS, summarise, summary_json
from desktop.core.timing import DossierClock, Timing, judge, judge_clock
from tests.conftest import vn


def e(*args: int) -> int:
    return to_epoch(vn(*args))


START, END = e(2026, 11, 23), e(2026, 11, 24) - 1  # the one-day period Mon 23/11/2026
NINE = e(2026, 11, 23, 9)
FIVE_PM = e(2026, 11, 23, 17)
DIRECT, ONLINE, POSTAL = int(Channel.DIRECT), int(Channel.ONLINE), int(Channel.POSTAL)


def clock(received, appointment, end=None, state=None, channel=DIRECT, field="ho-tich", **kw):
    return DossierClock(field, channel, received, appointment, end, state, **kw)


def test_judge_follows_domain_rules():
    assert judge(e(2026, 11, 23, 16), FIVE_PM) is Timing.ON_TIME
    assert judge(FIVE_PM, FIVE_PM) is Timing.ON_TIME
    assert judge(FIVE_PM + 60, FIVE_PM) is Timing.LATE
    assert judge(e(2026, 11, 22, 16), FIVE_PM) is Timing.EARLY
    # Same day but earlier hour is on time, not early: early means an earlier day.
    assert judge(e(2026, 11, 23, 8), FIVE_PM) is Timing.ON_TIME
    # Withdrawn and refused count as on time whatever the clock says.
    assert judge(FIVE_PM + 86400, FIVE_PM, State.WITHDRAWN) is Timing.ON_TIME
    assert judge(FIVE_PM + 86400, FIVE_PM, State.REFUSED) is Timing.ON_TIME
    assert judge(FIVE_PM + 86400, FIVE_PM, State.STOPPED) is Timing.LATE
    # A second supplement request makes it late even when early.
    assert judge(e(2026, 11, 20, 9), FIVE_PM, State.RESOLVED, forced_late=True) is Timing.LATE
    assert [t.label for t in Timing] == ["Trước hạn", "Đúng hạn", "Quá hạn"]


def test_waiting_for_first_supplement_counts_as_resolved_at_request():
    request = e(2026, 11, 23, 10)
    waiting = clock(NINE, e(2026, 11, 25, 9), supplement_at=request, supplement_count=1)
    assert waiting.end_by(END) == (request, None)
    assert judge_clock(waiting, END) is Timing.EARLY
    assert waiting.end_by(request - 1) is None
    resumed = clock(NINE, e(2026, 11, 25, 9), supplement_at=request, resumed_at=request + 3600,
                    supplement_count=1)
    assert resumed.end_by(END) is None
    assert resumed.end_by(request + 60) == (request, None)


def hand_cohort():
    before = e(2026, 11, 20, 9)
    return {
        "ended_before": clock(before, e(2026, 11, 20, 17), e(2026, 11, 20, 16), State.RESOLVED),
        "carried_within": clock(before, e(2026, 11, 25, 9)),
        "carried_overdue": clock(before, e(2026, 11, 20, 17)),
        "carried_late": clock(before, e(2026, 11, 20, 17), e(2026, 11, 23, 12), State.RESOLVED,
                              field="cu-tru"),
        "online_on_time": clock(NINE, FIVE_PM, e(2026, 11, 23, 16), State.RESOLVED, ONLINE),
        "early": clock(NINE, e(2026, 11, 25, 9), e(2026, 11, 23, 11), State.RETURNED),
        "postal_late": clock(NINE, e(2026, 11, 23, 10), e(2026, 11, 23, 11), State.RESOLVED, POSTAL),
        "withdrawn_after": clock(NINE, FIVE_PM, e(2026, 11, 23, 18), State.WITHDRAWN),
        "refused": clock(NINE, FIVE_PM, e(2026, 11, 23, 9, 30), State.REFUSED, ONLINE),
        "at_appointment": clock(NINE, FIVE_PM, FIVE_PM, State.RESOLVED, field="chung-thuc"),
        "minute_late": clock(NINE, FIVE_PM, FIVE_PM + 60, State.RESOLVED, field="chung-thuc"),
        "waiting_supplement": clock(NINE, e(2026, 11, 25, 9), supplement_at=e(2026, 11, 23, 10),
                                    supplement_count=1, field="cu-tru"),
        "second_supplement_early": clock(NINE, e(2026, 11, 27, 9), e(2026, 11, 23, 15),
                                         State.RESOLVED, supplement_at=e(2026, 11, 23, 10),
                                         resumed_at=e(2026, 11, 23, 11), supplement_count=2),
        "second_supplement_open": clock(NINE, e(2026, 11, 27, 9), supplement_at=e(2026, 11, 23, 10),
                                        resumed_at=e(2026, 11, 23, 11), supplement_count=2,
                                        field="cu-tru"),
        "open_within": clock(NINE, e(2026, 11, 27, 9), channel=ONLINE, field="cu-tru"),
        "received_after": clock(e(2026, 11, 24, 8), e(2026, 11, 24, 17)),
    }


def test_hand_built_one_day_summary():
    summary = summarise(hand_cohort().values(), START, END,
                        {"ho-tich": "Hộ tịch", "chung-thuc": "Chứng thực", "cu-tru": "Cư trú"})
    rows = {r.field: r for r in summary.rows}
    assert [r.field for r in summary.rows] == ["ho-tich", "chung-thuc", "cu-tru"]
    assert rows["ho-tich"].field_name == "Hộ tịch"
    t = summary.total
    assert (t.received_total, t.received_online, t.received_direct_post, t.carried_over) == (14, 3, 8, 3)
    assert (t.resolved_total, t.early, t.on_time, t.late) == (10, 2, 4, 4)
    assert (t.pending_total, t.pending_within, t.pending_overdue) == (4, 2, 2)
    ho_tich = rows["ho-tich"]
    assert (ho_tich.carried_over, ho_tich.pending_within, ho_tich.pending_overdue) == (2, 1, 1)
    assert (ho_tich.early, ho_tich.on_time, ho_tich.late) == (1, 3, 2)
    assert (rows["chung-thuc"].on_time, rows["chung-thuc"].late) == (1, 1)
    assert (rows["cu-tru"].early, rows["cu-tru"].late, rows["cu-tru"].pending_total) == (1, 1, 2)
    assert t.online_rate == 3 / 11
    assert t.on_time_rate == 6 / 10
    data = summary_json(summary)
    assert set(COUNT_KEYS) | {"online_rate", "on_time_rate"} <= set(data["total"])
    assert data["total"]["on_time_rate"] == 0.6 and data["online_rate"] == round(3 / 11, 4)


def test_empty_period_has_no_rates():
    summary = summarise([], START, END)
    assert summary.rows == [] and summary.total.received_total == 0
    assert summary.online_rate is None and summary.on_time_rate is None


# -- the invariant on random clocks ----------------------------------------------------------
SPAN = 40 * 86400
BASE = e(2026, 10, 1)


@st.composite
def clocks(draw):
    received = BASE + draw(st.integers(0, SPAN))
    appointment = received + draw(st.integers(0, 15 * 86400))
    end = draw(st.none() | st.integers(received, received + 20 * 86400))
    state = None if end is None else draw(st.sampled_from(
        [State.RESOLVED, State.RETURNED, State.REFUSED, State.WITHDRAWN, State.STOPPED]))
    supplement_at = draw(st.none() | st.integers(received, received + 5 * 86400))
    resumed_at = None if supplement_at is None else draw(
        st.none() | st.integers(supplement_at, supplement_at + 5 * 86400))
    count = 0 if supplement_at is None else draw(st.integers(1, 3))
    return DossierClock(draw(st.sampled_from(["ho-tich", "cu-tru", "chung-thuc"])),
                        draw(st.sampled_from([DIRECT, ONLINE, POSTAL])), received, appointment,
                        end, None if state is None else int(state), supplement_at, resumed_at,
                        count)


@settings(max_examples=300, deadline=None)
@given(st.lists(clocks(), max_size=60), st.integers(0, SPAN), st.integers(0, 20 * 86400))
def test_summary_invariant_on_random_clocks(cohort, offset, length):
    start = BASE + offset
    summary = summarise(cohort, start, start + length)
    for row in [*summary.rows, summary.total]:
        assert row.received_total == row.resolved_total + row.pending_total
        assert row.received_total == row.received_online + row.received_direct_post + row.carried_over
        assert row.resolved_total == row.early + row.on_time + row.late
        assert row.pending_total == row.pending_within + row.pending_overdue
    for key in COUNT_KEYS:
        assert getattr(summary.total, key) == sum(getattr(r, key) for r in summary.rows)
