"""Staff, hand-overs and new appointments on a real SQLite file: events, rules, the outbox."""

from __future__ import annotations

import json
from datetime import date

import pytest

from desktop.core.errors import UserError
from desktop.core.states import State
from desktop.core.steps import Role
from desktop.core.timing import Timing
from desktop.storage.dossiers import NewDossier
from desktop.storage.outbox import rows
from tests.conftest import FIXED_NOW, db_fingerprint, vn

NOW = FIXED_NOW  # Mon 23/11/2026 10:00
LATER = vn(2026, 11, 30, 16)


@pytest.fixture
def staffed(store):
    store.staff.add("Cán bộ thử", "desk", now=NOW)
    store.staff.add("Nguyễn Văn Chuyên", Role.SPECIALIST, now=NOW)
    store.staff.add("Trần Thị Lãnh", "leader", now=NOW)
    return store


def add(store, received, procedure="thuong-tru", **kw):
    return store.dossiers.add(NewDossier(procedure, "Đặng Thị Ước", received_at=received, **kw),
                              now=NOW)


def test_staff_list_add_change_role_remove(staffed):
    assert [(m.name, m.role) for m in staffed.staff.list()] == [
        ("Cán bộ thử", Role.DESK), ("Nguyễn Văn Chuyên", Role.SPECIALIST),
        ("Trần Thị Lãnh", Role.LEADER)]
    staffed.staff.add("Trần Thị Lãnh", "specialist", now=NOW)
    staffed.staff.remove("Nguyễn Văn Chuyên")
    assert [m.name for m in staffed.staff.list()] == ["Cán bộ thử", "Trần Thị Lãnh"]
    with pytest.raises(UserError, match="không có trong danh sách"):
        staffed.staff.remove("Nguyễn Văn Chuyên")
    with pytest.raises(UserError, match="Vai trò"):
        staffed.staff.add("Lê Văn Tám", "clerk", now=NOW)


def test_handover_chain_moves_to_processing_then_back_to_the_desk_resolved(staffed):
    d = add(staffed, vn(2026, 11, 9, 8))
    first = staffed.handling.handover(d.code, "Nguyễn Văn Chuyên", now=NOW, at=vn(2026, 11, 9, 9))
    assert first.state is State.PROCESSING and first.holder == "Nguyễn Văn Chuyên"
    staffed.handling.handover(d.code, "Trần Thị Lãnh", now=NOW, at=vn(2026, 11, 16, 10),
                              note="Trình ký")
    done = staffed.handling.handover(d.code, "Cán bộ thử", now=NOW, at=vn(2026, 11, 18, 10),
                                     resolved=True)
    assert done.state is State.RESOLVED and done.holder == "Cán bộ thử"
    events = staffed.dossiers.events(d.code)
    assert [(e.kind, e.to_state) for e in events] == [
        ("received", State.RECEIVED), ("state", State.PROCESSING), ("handover", State.PROCESSING),
        ("handover", State.PROCESSING), ("handover", State.PROCESSING),
        ("state", State.RESOLVED)]
    steps = staffed.handling.steps(done, events)
    assert [(s.handover.giver, s.handover.receiver, s.timing) for s in steps] == [
        ("Cán bộ thử", "Nguyễn Văn Chuyên", Timing.ON_TIME),
        ("Nguyễn Văn Chuyên", "Trần Thị Lãnh", Timing.EARLY),
        ("Trần Thị Lãnh", "Cán bộ thử", Timing.LATE)]
    assert steps[2].due_at == vn(2026, 11, 16, 15, 45)


def test_handover_refusals_write_nothing(staffed):
    d = add(staffed, vn(2026, 11, 9, 8))
    before = db_fingerprint(staffed.conn)
    cases = {
        "không có trong danh sách cán bộ": dict(to="Lê Văn Lạ"),
        "Hồ sơ đang ở": dict(to="Cán bộ thử"),
        "tương lai": dict(to="Trần Thị Lãnh", at=vn(2026, 11, 24, 10)),
        "trước lần cập nhật trước": dict(to="Trần Thị Lãnh", at=vn(2026, 11, 6, 10)),
        "Chỉ trả kết quả về bộ phận một cửa": dict(to="Trần Thị Lãnh", resolved=True),
    }
    for expected, kwargs in cases.items():
        with pytest.raises(UserError, match=expected):
            staffed.handling.handover(d.code, now=NOW, **kwargs)
    assert db_fingerprint(staffed.conn) == before
    staffed.dossiers.set_status(d.code, "withdrawn", now=NOW, note="Công dân xin rút")
    with pytest.raises(UserError, match="trạng thái cuối"):
        staffed.handling.handover(d.code, "Trần Thị Lãnh", now=NOW)


def test_reasons_are_required_and_the_papers_facts_are_kept(staffed):
    d = add(staffed, vn(2026, 11, 20, 8))
    before = db_fingerprint(staffed.conn)
    for target in ("supplement_requested", "stopped", "withdrawn"):
        with pytest.raises(UserError, match="cần ghi rõ lý do"):
            staffed.dossiers.set_status(d.code, target, now=NOW, note="  ")
    assert db_fingerprint(staffed.conn) == before
    payload = {"missing": [{"name": "Tờ khai CT01", "reason": "Thiếu chữ ký"}],
               "basis": "Điều 22 Luật Cư trú"}
    staffed.dossiers.set_status(d.code, 5, now=NOW, note="Hồ sơ thiếu", payload=payload)
    event = staffed.dossiers.events(d.code)[-1]
    assert (event.note, event.payload) == ("Hồ sơ thiếu", payload)


def test_reschedule_keeps_the_slip_appointment_and_ii06a_counts_it_late(staffed):
    # tạm trú, 3 working days: Mon 16/11 09:00 → Thu 19/11 09:00.
    d = add(staffed, vn(2026, 11, 16, 9), procedure="tam-tru")
    assert d.appointment_at == vn(2026, 11, 19, 9)
    overdue = vn(2026, 11, 19, 10)
    moved = staffed.handling.reschedule(d.code, vn(2026, 11, 20, 15), "Chờ xác minh", now=overdue)
    assert moved.appointment_at == vn(2026, 11, 19, 9) and moved.rescheduled_to == vn(2026, 11, 20, 15)
    again = staffed.handling.reschedule(d.code, vn(2026, 11, 23, 9), "Mất điện", now=vn(2026, 11, 20, 11))
    assert again.rescheduled_to == vn(2026, 11, 23, 9)
    assert [e.payload for e in staffed.dossiers.events(d.code) if e.kind == "reschedule"] == [
        {"rescheduled_to": "2026-11-20T15:00:00+07:00", "previous": "2026-11-19T09:00:00+07:00"},
        {"rescheduled_to": "2026-11-23T09:00:00+07:00", "previous": "2026-11-20T15:00:00+07:00"}]
    # Resolved before the new appointment but after the slip's: late, in the dossier and II.06a.
    staffed.dossiers.set_status(d.code, "processing", now=NOW, at=vn(2026, 11, 20, 12))
    done = staffed.dossiers.set_status(d.code, "resolved", now=NOW, at=vn(2026, 11, 20, 14))
    assert done.timing(NOW) is Timing.LATE
    total = staffed.dossiers.summary(date(2026, 11, 16), date(2026, 11, 20)).total
    assert (total.resolved_total, total.late, total.on_time, total.early) == (1, 1, 0, 0)


def test_reschedule_refusals_write_nothing(staffed):
    d = add(staffed, vn(2026, 11, 16, 9), procedure="tam-tru")
    before = db_fingerprint(staffed.conn)
    for new_at, now, expected in (
        (vn(2026, 11, 19, 8), vn(2026, 11, 19, 10), "sau thời điểm hiện tại"),
        (vn(2026, 11, 20, 19), vn(2026, 11, 19, 10), "ngoài giờ làm việc"),
        (vn(2026, 11, 20, 15), vn(2026, 11, 16, 10), "một ngày làm việc"),
    ):
        with pytest.raises(UserError, match=expected):
            staffed.handling.reschedule(d.code, new_at, "Lý do", now=now)
    assert db_fingerprint(staffed.conn) == before


def test_new_facts_go_upward_without_personal_data_unless_switched_on(staffed):
    d = add(staffed, vn(2026, 11, 16, 9), procedure="tam-tru", phone="0912345678")
    staffed.handling.handover(d.code, "Nguyễn Văn Chuyên", now=NOW, at=vn(2026, 11, 16, 10))
    staffed.dossiers.set_status(d.code, 5, now=NOW, at=vn(2026, 11, 16, 11),
                                note="Ông Ước thiếu tờ khai",
                                payload={"missing": [{"name": "Tờ khai CT01", "reason": "x"}]})
    staffed.dossiers.set_status(d.code, 4, now=NOW, at=vn(2026, 11, 17, 9))
    staffed.handling.reschedule(d.code, vn(2026, 11, 20, 15), "Chờ ông Ước", now=vn(2026, 11, 19, 10))
    payload = json.loads(rows(staffed.conn)[0].payload)
    assert payload["rescheduled_to"] == "2026-11-20T15:00:00+07:00"
    assert [f["kind"] for f in payload["facts"]] == ["handover", "supplement_requested", "reschedule"]
    assert payload["facts"][0] == {"kind": "handover", "at": "2026-11-16T10:00:00+07:00",
                                   "giver_role": "desk", "receiver_role": "specialist"}
    assert payload["facts"][1]["missing"] == ["Tờ khai CT01"]
    text = json.dumps(payload, ensure_ascii=False)
    assert "Ước" not in text and "Chuyên" not in text and "0912345678" not in text
    staffed.update_settings(send_personal_data=True)
    staffed.handling.handover(d.code, "Trần Thị Lãnh", now=vn(2026, 11, 19, 11))
    facts = json.loads(rows(staffed.conn)[0].payload)["facts"]
    assert facts[1]["reason"] == "Ông Ước thiếu tờ khai" and facts[-1]["receiver"] == "Trần Thị Lãnh"


def test_a_procedures_own_split_from_the_catalogue_judges_its_steps(staffed):
    from dataclasses import replace

    from desktop.core.catalogue import load_catalogue

    catalogue = load_catalogue()
    split = {"desk": 1, "specialist": 5, "leader": 1}
    edited = replace(catalogue, procedures=tuple(
        replace(p, steps=split) if p.slug == "thuong-tru" else p for p in catalogue.procedures))
    with staffed.transaction():
        staffed.install_catalogue(edited)
    assert staffed.dossiers.procedure("thuong-tru").steps == split
    d = add(staffed, vn(2026, 11, 9, 8))
    staffed.handling.handover(d.code, "Nguyễn Văn Chuyên", now=NOW, at=vn(2026, 11, 10, 9))
    steps = staffed.handling.steps(staffed.dossiers.get(d.code), staffed.dossiers.events(d.code))
    # One whole working day for the desk (the default is half a day): due 08:00 the next day.
    assert steps[0].budget_days == 1 and steps[0].due_at == vn(2026, 11, 10, 8)
    assert steps[0].timing is Timing.LATE
