"""``motcua demo``: realistic data that never reaches the outbox, with correct appointments."""

from __future__ import annotations

from datetime import datetime

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.core.clock import VN_TZ, from_epoch, to_epoch
from desktop.core.codes import CODE_RE
from desktop.core.errors import UserError
from desktop.core.replay import fold
from desktop.core.states import Channel, State
from desktop.demo import _appointments, seed
from desktop.storage.events import history
from desktop.storage.outbox import counts
from tests.conftest import FIXED_NOW

minutes = st.datetimes(min_value=datetime(2025, 1, 1), max_value=datetime(2027, 12, 1)).map(
    lambda d: to_epoch(d.replace(second=0, microsecond=0, tzinfo=VN_TZ)))


@settings(max_examples=500, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])  # read only
@given(minutes, st.data())
def test_cached_appointments_equal_the_calendar(store, received, data):
    procedures = store.dossiers.procedures()
    slug = data.draw(st.sampled_from(sorted(procedures)))
    p = procedures[slug]
    fast = _appointments(store.calendar, procedures)
    expected = store.calendar.appointment(from_epoch(received), p.days, cutoff_applies=p.cutoff)
    assert fast(received, slug) == to_epoch(expected)


def test_demo_data(data_dir, clock):
    from desktop.storage import Store

    with Store(data_dir, clock=clock) as store:
        report = seed(store, 3000, now=FIXED_NOW, seed=3)
        assert report.startswith("Đã tạo 3.000 hồ sơ mẫu")
        assert store.dossiers.count() == 3000
        rows = store.conn.execute("SELECT * FROM dossiers").fetchall()
        assert {r["channel"] for r in rows} == set(Channel)
        assert {State.RECEIVED, State.PROCESSING, State.RESOLVED, State.RETURNED} <= {
            State(r["state"]) for r in rows}
        assert len({r["code"] for r in rows}) == 3000 and all(CODE_RE.match(r["code"]) for r in rows)
        assert counts(store.conn)["pending"] == 0  # demo data is never reported upward
        calendar, procedures = store.calendar, store.dossiers.procedures()
        for r in rows:
            if r["paused_seconds"]:
                continue
            p = procedures[r["procedure"]]
            received = from_epoch(r["received_at"] - r["received_at"] % 60)
            assert r["appointment_at"] == to_epoch(
                calendar.appointment(received, p.days, cutoff_applies=p.cutoff))
        assert [d.applicant.split()[0] for d in store.dossiers.find("nguyen", 5)] == ["Nguyễn"] * 5
        # Every demo dossier is the fold of its events, so colleagues' desks and the next
        # move agree with what the list shows.
        for r in rows[::50]:
            folded = fold(history(store.conn, r["id"]), calendar)
            assert (int(folded.state), folded.end_at, folded.supplement_count, folded.conflicts) == (
                r["state"], r["end_at"], r["supplement_count"], [])
        # A real dossier added after the demo continues that day's sequence.
        last = store.conn.execute("SELECT max(code) FROM dossiers WHERE code LIKE '%-261123-%'"
                                  ).fetchone()[0]
        from desktop.storage.dossiers import NewDossier

        added = store.dossiers.add(NewDossier("tam-tru", "Lê An"), now=FIXED_NOW)
        assert int(added.code[-4:]) == int(last[-4:]) + 1
        with pytest.raises(UserError, match="dữ liệu mẫu"):
            seed(store, 10, now=FIXED_NOW)


def test_demo_clerks_act_in_office_hours_and_pauses_move_appointments(store):
    seed(store, 3000, now=FIXED_NOW)
    calendar = store.calendar
    moves = store.conn.execute(
        "SELECT at FROM dossier_events WHERE from_state IS NOT NULL").fetchall()
    assert moves and all(calendar.is_working_time(from_epoch(at)) for (at,) in moves)
    paused = store.conn.execute(
        "SELECT base_appointment_at, paused_seconds, appointment_at, supplement_at, resumed_at"
        " FROM dossiers WHERE resumed_at IS NOT NULL").fetchall()
    assert paused
    for base, seconds, appointment, requested, resumed in paused:
        assert seconds == calendar.working_seconds(from_epoch(requested), from_epoch(resumed))
        assert from_epoch(appointment) == calendar.add_working_seconds(from_epoch(base), seconds)


def test_demo_supplement_facts_match_the_state(store):
    """A dossier still waiting has its pause start (so resuming it later moves the appointment);
    none claims a supplement request without the event that made it."""
    seed(store, 3000, now=FIXED_NOW)
    rows = store.conn.execute(
        "SELECT d.state, d.supplement_at, d.paused_since, d.resumed_at,"
        " (SELECT count(*) FROM dossier_events e WHERE e.dossier_id = d.id AND e.to_state = 5)"
        " FROM dossiers d WHERE d.supplement_count > 0").fetchall()
    assert rows
    for state, requested, paused_since, resumed, requests in rows:
        assert requests == 1
        if state == State.SUPPLEMENT_REQUESTED:
            assert paused_since == requested and resumed is None
        else:
            assert paused_since is None
