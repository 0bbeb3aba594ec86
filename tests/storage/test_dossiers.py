"""The dossier log on a real SQLite file: receiving, codes, states, supplement pause, outbox."""

from __future__ import annotations

import sqlite3
from collections import deque
from datetime import timedelta

import pytest

from desktop.core.codes import CODE_RE
from desktop.core.errors import UserError, ValidationError
from desktop.core.states import TRANSITIONS, Channel, State
from desktop.core.timing import Timing
from desktop.storage.dossiers import NewDossier
from desktop.storage.outbox import counts, rows
from tests.conftest import FIXED_NOW, db_fingerprint, vn

NOW = FIXED_NOW  # Mon 23/11/2026 10:00


def add(store, received=None, procedure="tam-tru", applicant="Nguyễn Văn An", now=NOW, **kw):
    return store.dossiers.add(
        NewDossier(procedure, applicant, received_at=received, **kw), now=now)


def test_add_returns_what_the_slip_shows(store):
    dossier = add(store, vn(2026, 11, 23, 9, 0), channel="direct", id_number="001090123456",
                  phone="0912 345 678", address="Thôn Đông", documents=("Tờ khai",))
    assert dossier.code == "000.00.14.H56-261123-010001"
    assert dossier.state is State.RECEIVED and dossier.channel is Channel.DIRECT
    assert dossier.received_at == vn(2026, 11, 23, 9, 0)
    assert dossier.appointment_at == vn(2026, 11, 27, 9, 0)  # 3 days, 24/11 a holiday
    assert dossier.phone == "0912345678" and dossier.documents == ("Tờ khai",)
    assert store.dossiers.get(dossier.code) == dossier
    events = store.dossiers.events(dossier.code)
    assert [(ev.from_state, ev.to_state, ev.actor) for ev in events] == [
        (None, State.RECEIVED, "Cán bộ thử")]


def test_online_dossier_starts_registered(store):
    assert add(store, channel="online").state is State.REGISTERED


def test_codes_unique_daily_sequence_restarts_and_back_entry_uses_receipt_day(store):
    today = [add(store, vn(2026, 11, 23, 8, m)).code for m in range(3)]
    back = add(store, vn(2026, 11, 20, 16, 0)).code
    later = add(store, vn(2026, 11, 23, 9, 0)).code
    back2 = add(store, vn(2026, 11, 19, 9, 0)).code
    assert today == [f"000.00.14.H56-261123-01000{i}" for i in (1, 2, 3)]
    assert back == "000.00.14.H56-261120-010001"
    assert later == "000.00.14.H56-261123-010004"
    assert back2 == "000.00.14.H56-261119-010001"
    every = today + [back, later, back2]
    assert len(set(every)) == len(every) and all(CODE_RE.match(c) for c in every)
    assert [add(store, vn(2026, 11, 25, 9, 0), now=vn(2026, 11, 25, 10)).code[-13:]] == ["261125-010001"]


def test_sequence_grows_past_four_digits(store):
    store.conn.execute("INSERT INTO code_sequences(key, last) VALUES ('D20261123', 9999)")
    code = add(store, vn(2026, 11, 23, 9)).code
    assert code.endswith("-2611230110000".replace("26112301", "261123-01"))
    assert CODE_RE.match(code)["seq"] == "10000"


def test_desk_number_in_code(store):
    store.setup(70, "000.17.22.H56", 7)
    assert add(store, vn(2026, 11, 23, 9)).code == "000.17.22.H56-261123-070001"


def test_validation_errors_all_at_once_and_nothing_written(store):
    before = db_fingerprint(store.conn)
    with pytest.raises(ValidationError) as caught:
        add(store, vn(2026, 11, 23, 11), procedure="khong-co", applicant="An 2",
            id_number="12345", phone="123")
    assert set(caught.value.errors) == {"procedure", "applicant", "id_number", "phone",
                                        "received_at"}
    assert caught.value.errors["received_at"] == "Thời điểm tiếp nhận không được ở tương lai."
    with pytest.raises(ValidationError, match="quá xa trong quá khứ"):
        add(store, NOW - timedelta(days=400))
    assert db_fingerprint(store.conn) == before


def test_no_setup_refused_and_nothing_written(data_dir, clock):
    from desktop.storage import Store

    with Store(data_dir, clock=clock) as fresh:
        before = db_fingerprint(fresh.conn)
        with pytest.raises(UserError, match="Chưa thiết lập"):
            add(fresh, vn(2026, 11, 23, 9))
        assert db_fingerprint(fresh.conn) == before


# -- states ------------------------------------------------------------------------------
def paths_to_every_state():
    """The shortest legal path from a start state to each state."""
    found = {State.RECEIVED: ("direct", []), State.REGISTERED: ("online", [])}
    queue = deque(found)
    while queue:
        state = queue.popleft()
        channel, path = found[state]
        for target in sorted(TRANSITIONS[state]):
            if target not in found:
                found[target] = (channel, [*path, target])
                queue.append(target)
    return found


def test_every_state_reachable():
    assert set(paths_to_every_state()) == set(State)


def test_every_illegal_transition_refused_and_nothing_written(store):
    at = vn(2026, 11, 16, 8, 0)
    for state, (channel, path) in paths_to_every_state().items():
        dossier = add(store, at, channel=channel)
        for step in path:
            at += timedelta(minutes=5)
            store.dossiers.set_status(dossier.code, step, now=NOW, at=at, note="Lý do")
        assert store.dossiers.get(dossier.code).state is state
        for target in State:
            if target in TRANSITIONS[state]:
                continue
            before = db_fingerprint(store.conn)
            with pytest.raises(UserError) as caught:
                store.dossiers.set_status(dossier.code, target, now=NOW, at=at + timedelta(minutes=1))
            assert target.label in caught.value.message and state.label in caught.value.message
            assert db_fingerprint(store.conn) == before


def test_status_change_refusals(store):
    dossier = add(store, vn(2026, 11, 23, 9))
    before = db_fingerprint(store.conn)
    with pytest.raises(UserError, match="Không tìm thấy hồ sơ"):
        store.dossiers.set_status("000.00.14.H56-261123-019999", "processing", now=NOW)
    with pytest.raises(UserError, match="không được trước lần cập nhật trước"):
        store.dossiers.set_status(dossier.code, "processing", now=NOW, at=vn(2026, 11, 23, 8))
    with pytest.raises(UserError, match="không được ở tương lai"):
        store.dossiers.set_status(dossier.code, "processing", now=NOW, at=vn(2026, 11, 23, 11))
    with pytest.raises(UserError, match="Trạng thái không hợp lệ"):
        store.dossiers.set_status(dossier.code, "xong", now=NOW)
    assert db_fingerprint(store.conn) == before


def test_events_are_append_only(store):
    dossier = add(store, vn(2026, 11, 23, 9))
    store.dossiers.set_status(dossier.code, "processing", now=NOW)
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        store.conn.execute("UPDATE dossier_events SET note = 'sửa' WHERE dossier_id = ?", (dossier.id,))
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        store.conn.execute("DELETE FROM dossier_events WHERE dossier_id = ?", (dossier.id,))
    store.checklist.set(1, "done", now=NOW)
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        store.conn.execute("DELETE FROM checklist_events")
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        store.conn.execute("UPDATE checklist_events SET state = 'not_done'")
    assert len(store.dossiers.events(dossier.code)) == 2


def test_supplement_pause_moves_the_appointment_by_the_working_time_spent(store):
    # tam-tru, 3 working days: Mon 16/11 09:00 → Thu 19/11 09:00.
    dossier = add(store, vn(2026, 11, 16, 9))
    assert dossier.appointment_at == vn(2026, 11, 19, 9)
    store.dossiers.set_status(dossier.code, "processing", now=NOW, at=vn(2026, 11, 16, 10))
    waiting = store.dossiers.set_status(dossier.code, 5, now=NOW, at=vn(2026, 11, 17, 9),
                                        note="Thiếu bản sao CCCD")
    assert waiting.appointment_at == vn(2026, 11, 19, 9)
    # Paused Tue 09:00 → Wed 09:00 = 7.5 working hours = one working day.
    back = store.dossiers.set_status(dossier.code, "processing", now=NOW, at=vn(2026, 11, 18, 9))
    assert back.appointment_at == vn(2026, 11, 20, 9)
    # A pause over a weekend and the 24/11 holiday counts only working time (1 h + 0.5 h).
    other = add(store, vn(2026, 11, 20, 8), procedure="thuong-tru")
    assert other.appointment_at == vn(2026, 12, 2, 8)
    store.dossiers.set_status(other.code, 5, now=NOW, at=vn(2026, 11, 20, 16), note="Thiếu CT01")
    moved = store.dossiers.set_status(other.code, 4, now=NOW, at=vn(2026, 11, 23, 8))
    assert moved.appointment_at == vn(2026, 12, 2, 9, 30)
    assert moved.timing(NOW) is None


def test_waiting_for_first_supplement_counts_resolved_at_request(store):
    dossier = add(store, vn(2026, 11, 16, 9))
    store.dossiers.set_status(dossier.code, 5, now=NOW, at=vn(2026, 11, 17, 9), note="Thiếu CT01")
    assert store.dossiers.get(dossier.code).timing(NOW) is Timing.EARLY
    summary = store.dossiers.summary(vn(2026, 11, 16).date(), vn(2026, 11, 23).date())
    assert (summary.total.resolved_total, summary.total.early, summary.total.pending_total) == (1, 1, 0)


def test_second_supplement_request_is_recorded_and_marks_late(store):
    dossier = add(store, vn(2026, 11, 16, 9))
    store.dossiers.set_status(dossier.code, 5, now=NOW, at=vn(2026, 11, 16, 10), note="Thiếu CT01")
    store.dossiers.set_status(dossier.code, 4, now=NOW, at=vn(2026, 11, 16, 11))
    second = store.dossiers.set_status(dossier.code, 5, now=NOW, at=vn(2026, 11, 16, 14),
                                      note="Thiếu bản sao")
    assert second.supplement_count == 2 and second.state is State.SUPPLEMENT_REQUESTED
    assert second.is_overdue(vn(2026, 11, 16, 15))
    store.dossiers.set_status(dossier.code, 4, now=NOW, at=vn(2026, 11, 16, 15))
    done = store.dossiers.set_status(dossier.code, "resolved", now=NOW, at=vn(2026, 11, 16, 16))
    assert done.timing(NOW) is Timing.LATE
    assert [ev.to_state for ev in store.dossiers.events(dossier.code)].count(State(5)) == 2
    summary = store.dossiers.summary(vn(2026, 11, 16).date(), vn(2026, 11, 16).date())
    assert (summary.total.resolved_total, summary.total.late) == (1, 1)


def test_end_time_is_the_first_ending_state(store):
    dossier = add(store, vn(2026, 11, 16, 9))
    store.dossiers.set_status(dossier.code, "resolved", now=NOW, at=vn(2026, 11, 16, 15))
    returned = store.dossiers.set_status(dossier.code, "returned", now=NOW, at=vn(2026, 11, 20, 9))
    assert returned.end_at == vn(2026, 11, 16, 15) and returned.end_state is State.RESOLVED
    assert returned.timing(NOW) is Timing.EARLY


# -- outbox in the same transaction --------------------------------------------------------
def test_every_change_writes_one_outbox_row(store):
    assert counts(store.conn)["pending"] == 0
    dossier = add(store, vn(2026, 11, 23, 9), id_number="001090123456")
    store.dossiers.set_status(dossier.code, "processing", now=NOW)
    queued = rows(store.conn)
    assert [r.entity for r in queued] == [f"dossier:{dossier.code}"] * 2
    assert queued[0].supersedes == queued[1].id
    assert '"state":4' in queued[0].payload
    assert "001090123456" not in queued[0].payload  # personal data off by default
    store.checklist.set(1, "done", now=NOW)
    assert counts(store.conn)["pending"] == 3


@pytest.mark.parametrize("failing_table", ["outbox", "dossier_events", "code_sequences"])
def test_a_failed_write_leaves_no_row_anywhere(store, failing_table):
    """The outbox row and the change commit together: when any part fails, nothing is left."""
    first = add(store, vn(2026, 11, 23, 8))
    for when in ("INSERT", "UPDATE"):
        store.conn.execute(
            f"CREATE TEMP TRIGGER fail_{when} BEFORE {when} ON main.{failing_table}"
            " BEGIN SELECT RAISE(ABORT, 'disk trouble'); END")
    before = db_fingerprint(store.conn)
    with pytest.raises(sqlite3.IntegrityError):
        add(store, vn(2026, 11, 23, 9))
    if failing_table != "code_sequences":
        with pytest.raises(sqlite3.IntegrityError):
            store.dossiers.set_status(first.code, "processing", now=NOW)
    assert db_fingerprint(store.conn) == before
    assert not store.conn.in_transaction
