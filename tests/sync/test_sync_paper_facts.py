"""The paper-set facts reach the reference endpoint over real HTTP on loopback, and without
personal data (names, the clerk's free text) unless the commune switched it on."""

from __future__ import annotations

import json
from datetime import timedelta

from desktop.core.clock import now_vn
from desktop.storage.dossiers import NewDossier
from desktop.sync.engine import Outcome
from tests.sync.sync_helpers import make_engine


def received_payload(store, central, code: str) -> dict:
    """What the endpoint stored for the desk's newest report about the dossier."""
    newest = store.conn.execute("SELECT id FROM outbox WHERE entity = ? ORDER BY seq DESC LIMIT 1",
                                (f"dossier:{code}",)).fetchone()[0]
    return central.db.stored_payload(newest)


def test_handover_supplement_and_reschedule_arrive_without_personal_data(store, central):
    now = now_vn()
    store.staff.add("Nguyễn Văn Chuyên", "specialist", now=now)
    # Received three weeks ago: long past its appointment, so it may be rescheduled today.
    code = store.dossiers.add(NewDossier("tam-tru", "Đặng Thị Ước", phone="0912345678",
                                         received_at=now - timedelta(days=21)), now=now).code
    store.handling.handover(code, "Nguyễn Văn Chuyên", now=now)
    calendar = store.calendar
    new_at = calendar.end_of_day(calendar.next_working_day(now.date()))
    store.handling.reschedule(code, new_at, "Chờ bà Ước bổ sung", now=now)
    store.dossiers.set_status(code, "supplement_requested", now=now, note="Bà Ước thiếu tờ khai",
                              payload={"missing": [{"name": "Tờ khai CT01", "reason": "x"}],
                                       "basis": "Điều 28 Luật Cư trú"})
    engine = make_engine(store, central.url, central.token)
    assert engine.run_once().outcome == Outcome.DONE
    payload = received_payload(store, central, code)
    assert payload["rescheduled_to"] == new_at.isoformat()
    assert [f["kind"] for f in payload["facts"]] == ["handover", "reschedule",
                                                     "supplement_requested"]
    assert payload["facts"][2]["missing"] == ["Tờ khai CT01"]
    assert payload["facts"][2]["basis"] == "Điều 28 Luật Cư trú"
    text = json.dumps(payload, ensure_ascii=False)
    for private in ("Ước", "Chuyên", "0912345678"):
        assert private not in text
    store.update_settings(send_personal_data=True)
    store.dossiers.set_status(code, "processing", now=now_vn())
    assert engine.run_once().outcome == Outcome.DONE
    payload = received_payload(store, central, code)
    assert payload["applicant"] == "Đặng Thị Ước"
    assert payload["facts"][0]["receiver"] == "Nguyễn Văn Chuyên"
    assert payload["facts"][2]["reason"] == "Bà Ước thiếu tờ khai"
