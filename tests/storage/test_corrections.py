"""Correcting a saved dossier on a real SQLite file: audited, re-timed, indexed and reported."""

from __future__ import annotations

import json

import pytest

from desktop.core.errors import UserError, ValidationError
from desktop.core.states import Channel, State
from desktop.core.timing import Timing
from desktop.storage.corrections import Correction, FieldChange
from desktop.storage.dossiers import NewDossier
from desktop.storage.outbox import rows
from tests.conftest import FIXED_NOW, db_fingerprint, vn

NOW = FIXED_NOW  # Mon 23/11/2026 10:00; 24/11 is a holiday in the test calendar


def add(store, received, procedure="tam-tru", applicant="Nguyễn Văn Am", **kw):
    return store.dossiers.add(NewDossier(procedure, applicant, received_at=received, **kw), now=NOW)


def test_name_typo_is_an_audited_event_and_the_code_never_changes(store):
    dossier = add(store, vn(2026, 11, 23, 9), phone="0912345678")
    fixed = store.dossiers.correct(
        dossier.code, Correction("Gõ sai tên", applicant="Nguyễn Văn An", phone="0987 654 321"),
        now=vn(2026, 11, 23, 9, 30), actor="Cán bộ sửa")
    assert fixed.code == dossier.code and fixed.state is State.RECEIVED
    assert (fixed.applicant, fixed.phone) == ("Nguyễn Văn An", "0987654321")
    assert fixed.appointment_at == dossier.appointment_at  # nothing that moves it changed
    last = store.dossiers.events(dossier.code)[-1]
    assert last.is_correction and last.actor == "Cán bộ sửa" and last.note == "Gõ sai tên"
    assert last.at == vn(2026, 11, 23, 9, 30)
    assert last.from_state is last.to_state is State.RECEIVED
    assert last.changes == (FieldChange("applicant", "Nguyễn Văn Am", "Nguyễn Văn An"),
                            FieldChange("phone", "0912345678", "0987654321"))
    # The search index follows: the new name and phone find it, the old ones no longer do.
    assert [d.code for d in store.dossiers.find("nguyen van an")] == [dossier.code]
    assert store.dossiers.find("0987654321") and not store.dossiers.find("0912345678")
    assert not store.dossiers.find("nguyen van am")


def test_procedure_change_recomputes_the_appointment_keeping_the_supplement_pause(store):
    # tam-tru, 3 working days: Mon 16/11 09:00 → Thu 19/11 09:00; one working day paused → 20/11.
    dossier = add(store, vn(2026, 11, 16, 9))
    store.dossiers.set_status(dossier.code, 5, now=NOW, at=vn(2026, 11, 17, 9),
                              note="Thiếu bản sao giấy chứng sinh")
    paused = store.dossiers.set_status(dossier.code, 4, now=NOW, at=vn(2026, 11, 18, 9))
    assert paused.appointment_at == vn(2026, 11, 20, 9)
    # thuong-tru, 7 working days (24/11 a holiday): 26/11 09:00, plus the paused day: 27/11.
    fixed = store.dossiers.correct(dossier.code, Correction("Chọn nhầm thủ tục",
                                                            procedure="thuong-tru"), now=NOW)
    assert fixed.procedure == "thuong-tru" and fixed.field == "cu-tru"
    assert fixed.appointment_at == vn(2026, 11, 27, 9)
    assert fixed.supplement_count == 1 and fixed.state is State.PROCESSING
    changes = {c.field: (c.old, c.new) for c in store.dossiers.events(dossier.code)[-1].changes}
    assert changes == {"procedure": ("tam-tru", "thuong-tru"),
                       "appointment_at": ("2026-11-20T09:00:00+07:00", "2026-11-27T09:00:00+07:00")}


def test_receipt_time_and_channel_recompute_with_the_cutoff_rule(store):
    # Same-day procedure received at 15:30 (after the cut-off) is due the next working day.
    dossier = add(store, vn(2026, 11, 20, 15, 30), procedure="khai-sinh")
    assert dossier.appointment_at.date() == vn(2026, 11, 23).date()
    fixed = store.dossiers.correct(
        dossier.code, Correction("Giờ nhận ghi sai", received_at=vn(2026, 11, 20, 9, 0),
                                 channel="postal"), now=NOW)
    assert fixed.received_at == vn(2026, 11, 20, 9) and fixed.channel is Channel.POSTAL
    assert fixed.appointment_at.date() == vn(2026, 11, 20).date()
    assert fixed.code == dossier.code  # the code keeps its receipt date and sequence


def test_a_final_dossier_can_be_corrected_and_its_timing_follows(store):
    dossier = add(store, vn(2026, 11, 16, 9))
    store.dossiers.set_status(dossier.code, "resolved", now=NOW, at=vn(2026, 11, 18, 9))
    done = store.dossiers.set_status(dossier.code, "returned", now=NOW, at=vn(2026, 11, 19, 9))
    assert done.timing(NOW) is Timing.EARLY
    fixed = store.dossiers.correct(dossier.code, Correction("Sai họ", applicant="Trần Văn Am",
                                                            procedure="khai-sinh"), now=NOW)
    assert fixed.state is State.RETURNED and fixed.applicant == "Trần Văn Am"
    assert fixed.timing(NOW) is Timing.LATE  # same-day procedure resolved two days later


def test_refusals_write_nothing(store):
    dossier = add(store, vn(2026, 11, 16, 9))
    store.dossiers.set_status(dossier.code, "processing", now=NOW, at=vn(2026, 11, 16, 10))
    before = db_fingerprint(store.conn)
    cases = [
        (Correction("", applicant="Nguyễn Văn An"), "reason", "lý do"),
        (Correction("   ", applicant="Nguyễn Văn An"), "reason", "lý do"),
        (Correction("Sửa"), "fields", "Không có thông tin nào thay đổi"),
        (Correction("Sửa", applicant="Nguyễn Văn Am"), "applicant", "Không có thông tin nào"),
        (Correction("Sửa", phone="123"), "phone", "10 chữ số"),
        (Correction("Sửa", procedure="khong-co"), "procedure", "Không có thủ tục"),
        (Correction("Sửa", sets=0), "sets", "từ 1 đến 99"),
        (Correction("Sửa", received_at=vn(2026, 11, 16, 11)), "received_at", "10:00 16/11/2026"),
        (Correction("Sửa", received_at=vn(2026, 11, 24, 9)), "received_at", "tương lai"),
    ]
    for correction, field, words in cases:
        with pytest.raises(ValidationError) as caught:
            store.dossiers.correct(dossier.code, correction, now=NOW)
        assert words in caught.value.errors[field], (correction, caught.value.errors)
    with pytest.raises(UserError, match="Không tìm thấy"):
        store.dossiers.correct("000.00.14.H56-261116-019999", Correction("x", sets=2), now=NOW)
    assert db_fingerprint(store.conn) == before


def test_a_correction_does_not_block_a_back_dated_move(store):
    """A correction is stamped now; a move typed later for 10:00 today is still allowed."""
    dossier = add(store, vn(2026, 11, 23, 8))
    store.dossiers.correct(dossier.code, Correction("Sai", sets=2), now=vn(2026, 11, 23, 11))
    moved = store.dossiers.set_status(dossier.code, "processing", now=vn(2026, 11, 23, 11, 5),
                                      at=vn(2026, 11, 23, 10))
    assert moved.state is State.PROCESSING and moved.sets == 2


def test_correction_is_reported_upward_without_personal_data_by_default(store):
    dossier = add(store, vn(2026, 11, 23, 9), id_number="001090123456")
    store.dossiers.correct(dossier.code, Correction("Sai số CCCD", id_number="001090654321"),
                           now=NOW)
    queued = rows(store.conn)
    assert [r.entity for r in queued] == [f"dossier:{dossier.code}"] * 2
    assert queued[0].supersedes == queued[1].id
    payload = json.loads(queued[0].payload)
    assert payload["corrections"] == [{"at": "2026-11-23T10:00:00+07:00", "fields": ["id_number"]}]
    assert "001090654321" not in queued[0].payload and "Sai số" not in queued[0].payload
    store.update_settings(send_personal_data=True)
    store.dossiers.set_status(dossier.code, "processing", now=NOW)
    payload = json.loads(rows(store.conn)[0].payload)
    assert payload["corrections"][0]["changes"] == {"id_number": ["001090123456", "001090654321"]}
    assert payload["corrections"][0]["reason"] == "Sai số CCCD" and payload["state"] == 4


def test_correction_events_are_append_only_too(store):
    dossier = add(store, vn(2026, 11, 23, 9))
    store.dossiers.correct(dossier.code, Correction("Sai", sets=3), now=NOW)
    with pytest.raises(Exception, match="append-only"):
        store.conn.execute("UPDATE dossier_events SET changes = '{}' WHERE kind = 'correction'")
