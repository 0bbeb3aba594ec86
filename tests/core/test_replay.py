"""The fold of a dossier's events: one result whatever order, duplication or delay."""

from __future__ import annotations

from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.core.calendar import WorkCalendar
from desktop.core.clock import day_start, from_epoch, iso, to_epoch
from desktop.core.replay import (
    CORRECTION,
    HANDOVER,
    RECEIVED,
    RESCHEDULE,
    STATUS,
    DossierEvent,
    fold,
)  # fmt: skip
from desktop.core.states import State
from desktop.core.summary import summarise

CALENDAR = WorkCalendar()
BASE = to_epoch(day_start(date(2026, 3, 2))) + 8 * 3600  # a Monday, 08:00


def receipt(code: str, desk: int, at: int = BASE) -> DossierEvent:
    return DossierEvent(f"r-{code}", code, RECEIVED, at, desk, {
        "procedure": "khai-sinh", "field": "ho_tich", "channel": 1, "state": 2,
        "appointment_at": at + 2 * 86400})


def move(uid: str, code: str, to: State, at: int, desk: int) -> DossierEvent:
    return DossierEvent(uid, code, STATUS, at, desk, {"to": int(to)})


def correction(uid: str, code: str, at: int, desk: int, applicant: str,
               base: int | None = None) -> DossierEvent:
    """A corrected name, and with ``base`` a new procedure's base appointment."""
    data: dict = {"to": 2, "note": "Sai chính tả", "changes": {"applicant": ["Cũ", applicant]}}
    if base is not None:
        data["changes"] |= {"procedure": ["khai-sinh", "tam-tru"], "channel": ["direct", "postal"]}
        data |= {"base_appointment_at": base, "field": "cu_tru"}
    return DossierEvent(uid, code, CORRECTION, at, desk, data)


def handover(uid: str, code: str, at: int, desk: int, receiver: str) -> DossierEvent:
    return DossierEvent(uid, code, HANDOVER, at, desk, {"to": 3, "payload": {
        "giver": "Quầy", "giver_role": "desk", "receiver": receiver, "receiver_role": "specialist"}})


def reschedule(uid: str, code: str, at: int, desk: int, new_at: int) -> DossierEvent:
    return DossierEvent(uid, code, RESCHEDULE, at, desk, {"to": 3, "note": "Chờ xác minh",
        "payload": {"rescheduled_to": iso(from_epoch(new_at)), "previous": None}})


def test_two_desks_cut_off_keep_both_moves_and_mark_the_later_illegal_one():
    code = "X-260302-010001"
    events = [receipt(code, 1),
              move("a", code, State.RESOLVED, BASE + 3600, 1),
              move("b", code, State.WITHDRAWN, BASE + 7200, 3)]
    result = fold(events, CALENDAR)
    assert result.state is State.RESOLVED
    assert result.conflicts == ["b"] and result.conflict_open
    resolved = fold([*events, move("c", code, State.RETURNED, BASE + 9000, 2)], CALENDAR)
    assert resolved.state is State.RETURNED
    assert resolved.conflicts == ["b"] and not resolved.conflict_open


def test_same_second_moves_are_ordered_by_desk_then_id():
    code = "X-260302-010002"
    events = [receipt(code, 1), move("z", code, State.WITHDRAWN, BASE + 60, 2),
              move("a", code, State.STOPPED, BASE + 60, 3)]
    result = fold(list(reversed(events)), CALENDAR)
    assert result.state is State.WITHDRAWN and result.conflicts == ["a"]


def test_no_receipt_yet_means_no_dossier():
    assert fold([move("a", "C", State.PROCESSING, BASE, 1)], CALENDAR) is None


def test_supplement_pause_moves_the_appointment():
    code = "X-260302-010003"
    events = [receipt(code, 1), move("s", code, State.SUPPLEMENT_REQUESTED, BASE + 3600, 1),
              move("p", code, State.PROCESSING, BASE + 86400 + 3600, 2)]
    result = fold(events, CALENDAR)
    assert result.supplement_count == 1 and result.resumed_at == BASE + 86400 + 3600
    assert result.appointment_at > BASE + 2 * 86400


def test_a_correction_changes_details_and_recomputes_the_appointment_after_the_pause():
    code = "X-260302-010005"
    paused = [receipt(code, 1), move("s", code, State.SUPPLEMENT_REQUESTED, BASE + 3600, 1),
              move("p", code, State.PROCESSING, BASE + 86400 + 3600, 2)]
    before = fold(paused, CALENDAR)
    new_base = BASE + 5 * 86400
    result = fold([*paused, correction("c", code, BASE + 2 * 86400, 3, "Lê Văn Ân", new_base)],
                  CALENDAR)
    assert result.details["applicant"] == "Lê Văn Ân" and result.details["procedure"] == "tam-tru"
    assert (result.field, result.channel, result.state) == ("cu_tru", 3, State.PROCESSING)
    assert result.base_appointment_at == new_base
    assert result.appointment_at == to_epoch(CALENDAR.add_working_seconds(
        from_epoch(new_base), before.paused_seconds)) > new_base
    assert result.conflicts == []


def test_handover_and_reschedule_fold_into_holder_and_new_appointment_until_the_end():
    code = "X-260302-010006"
    events = [receipt(code, 1), move("m", code, State.PROCESSING, BASE + 60, 1),
              handover("h", code, BASE + 120, 2, "Trần Chuyên"),
              reschedule("r", code, BASE + 180, 3, BASE + 9 * 86400)]
    result = fold(events, CALENDAR)
    assert result.holder == "Trần Chuyên" and result.rescheduled_to == BASE + 9 * 86400
    ended = [*events, move("e", code, State.RESOLVED, BASE + 240, 1),
             reschedule("late", code, BASE + 300, 2, BASE + 12 * 86400)]
    result = fold(ended, CALENDAR)
    assert result.rescheduled_to == BASE + 9 * 86400 and result.conflicts == ["late"]


STATES = [s for s in State if s is not State.REGISTERED]


NAMES = ["Lê Văn Ân", "Đặng Thị Bích", "Nguyễn Chuyên"]


@st.composite
def commune_log(draw):
    """Three desks' events about a few dossiers of every kind (moves, corrections, hand-overs,
    new appointments), legal or not."""
    log = []
    for n in range(draw(st.integers(1, 5))):
        desk = draw(st.integers(1, 3))
        code = f"X-260302-{desk:02d}{n:04d}"
        at = BASE + draw(st.integers(0, 5)) * 86400
        log.append(receipt(code, desk, at))
        for m in range(draw(st.integers(0, 5))):
            uid, when, by = f"{code}-{m}", at + draw(st.integers(0, 6 * 86400)), draw(st.integers(1, 3))
            kind = draw(st.sampled_from([STATUS, STATUS, CORRECTION, HANDOVER, RESCHEDULE]))
            if kind == STATUS:
                log.append(move(uid, code, draw(st.sampled_from(STATES)), when, by))
            elif kind == CORRECTION:
                base = draw(st.none() | st.integers(at, at + 10 * 86400))
                log.append(correction(uid, code, when, by, draw(st.sampled_from(NAMES)), base))
            elif kind == HANDOVER:
                log.append(handover(uid, code, when, by, draw(st.sampled_from(NAMES))))
            else:
                log.append(reschedule(uid, code, when, by, when + draw(st.integers(1, 9)) * 86400))
    return log


def deliveries(draw, log):
    """What one desk may have received: every event at least once, any order, some twice."""
    if not log:
        return []
    copies = log + draw(st.lists(st.sampled_from(log), max_size=len(log)))
    return draw(st.permutations(copies))


def folded(events):
    by_code = {}
    for e in events:
        by_code.setdefault(e.code, []).append(e)
    return {code: fold(items, CALENDAR) for code, items in sorted(by_code.items())}


@settings(max_examples=200, deadline=None)
@given(st.data())
def test_any_order_or_duplication_gives_the_same_fold_on_every_desk(data):
    log = data.draw(commune_log())
    desks = [folded(deliveries(data.draw, log)) for _ in range(3)]
    assert desks[0] == desks[1] == desks[2] == folded(log)
    clocks = [f.clock for f in desks[0].values()]
    start, end = BASE - 8 * 3600, BASE + 30 * 86400
    total = summarise(clocks, start, end).total
    # the II.06a invariant: every dossier received is resolved or still pending at the end
    assert total.received_total == (total.received_online + total.received_direct_post
                                    + total.carried_over)
    assert total.received_total == total.resolved_total + total.pending_total == len(clocks)
    assert total.resolved_total == total.early + total.on_time + total.late
    assert total.pending_total == total.pending_within + total.pending_overdue


@settings(max_examples=100, deadline=None)
@given(st.data())
def test_a_delayed_event_changes_nothing_once_it_arrives(data):
    log = data.draw(commune_log())
    held_back = data.draw(st.sampled_from(log))
    early = [e for e in log if e is not held_back]
    late_arrival = [*deliveries(data.draw, early), held_back, held_back]
    assert folded(late_arrival) == folded(log)


def test_one_desks_moves_in_the_same_second_keep_the_order_it_made_them():
    code = "X-260302-010004"
    events = [receipt(code, 3),
              DossierEvent("ffff", code, STATUS, BASE + 60, 3, {"to": int(State.RESOLVED)}, 1),
              DossierEvent("0000", code, STATUS, BASE + 60, 3, {"to": int(State.RETURNED)}, 2)]
    result = fold(events, CALENDAR)
    assert result.state is State.RETURNED and result.conflicts == []
