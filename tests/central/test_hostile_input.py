"""Each attack found against a running copy, replayed over real HTTP: a bad item is rejected on
its own with a reason, the rest of the batch is stored, and nothing answers 500."""

from __future__ import annotations

import gzip
import json

import pytest
import requests
from test_central_api import item, post

from central.app import create_app
from central.live import serve_in_thread
from central.schema import payload_hash
from central.store.sqlite import SQLiteStore


@pytest.fixture
def endpoint(tmp_path):
    db = SQLiteStore(tmp_path / "central.sqlite3")
    token = db.issue_token("70", 1)
    live = serve_in_thread(create_app(db))
    session = requests.Session()
    session.headers["Authorization"] = f"Bearer {token}"
    yield live.url, session, db
    session.close()
    live.stop()
    db.close()


def send_raw(url, session, text: str):
    return session.post(f"{url}/v1/reports", data=gzip.compress(text.encode()),
                        headers={"Content-Encoding": "gzip", "Content-Type": "application/json"})


def test_an_unpaired_surrogate_rejects_only_its_item(endpoint):
    url, session, db = endpoint
    good = item()
    bad = item()
    bad["payload"] = dict(bad["payload"], applicant="\ud800")
    text = json.dumps({"protocol": 1, "items": [good, bad]})  # ensure_ascii escapes it
    assert "\\ud800" in text
    answer = send_raw(url, session, text)
    assert answer.status_code == 200
    results = answer.json()["results"]
    assert [r["status"] for r in results] == ["accepted", "rejected"]
    assert "surrogate" in results[1]["reason"]
    assert db.item_ids() == [good["id"]]


@pytest.mark.parametrize("number", ["1e999", "-1e999", "Infinity", "NaN"])
def test_non_finite_numbers_are_refused(endpoint, number):
    url, session, db = endpoint
    text = json.dumps({"protocol": 1, "items": [item()]}).replace('"state": 4', f'"state": {number}')
    assert number in text
    answer = send_raw(url, session, text)
    assert answer.status_code == 400 and "JSON" in answer.json()["detail"]
    assert db.item_ids() == []


@pytest.mark.parametrize("kind, payload, entity, words", [
    ("dossier", {"code": "A-1", "procedure": "khai-sinh", "state": "4",
                 "received_at": "2025-11-10T09:00:00+07:00"}, "dossier:A-1", "payload.state"),
    ("dossier", {"code": "A-1", "procedure": "khai-sinh", "state": 11,
                 "received_at": "2025-11-10T09:00:00+07:00"}, "dossier:A-1", "payload.state"),
    ("dossier", {"code": "A-1", "procedure": ["x"], "state": 4,
                 "received_at": "2025-11-10T09:00:00+07:00"}, "dossier:A-1", "payload.procedure"),
    ("dossier", {"code": "A-1", "procedure": "khai-sinh", "state": 4,
                 "received_at": "hôm qua"}, "dossier:A-1", "payload.received_at"),
    ("daily_summary", {"day": "2025-11-10", "rows": "none", "total": {}},
     "daily_summary:2025-11-10", "payload.rows"),
    ("daily_summary", {"day": "2025-11-10", "rows": [], "total": {"late": -1}},
     "daily_summary:2025-11-10", "payload.total.late"),
    ("checklist", {"green": "yes", "items": []}, "checklist", "payload.green"),
])
def test_payload_fields_are_type_checked_per_kind(endpoint, kind, payload, entity, words):
    url, session, db = endpoint
    answer = post(url, session, [item(payload, kind=kind, entity=entity)]).json()["results"][0]
    assert answer["status"] == "rejected" and words in answer["reason"]
    assert db.item_ids() == []


@pytest.mark.parametrize("kind, entity", [
    ("dossier", "checklist"),
    ("dossier", "dossier:000.00.14.H56-251110-9999"),
    ("dossier", "daily_summary:2025-11-10"),
    ("dossier", "dossier:000.00.14.H56-251110-0001\u202e"),
    ("dossier", "dossier:000.00.14.H56-251110-0001\x00"),
    ("dossier", "dossier:000.00.14.H56\u2066-251110-0001"),
])
def test_kind_and_entity_must_agree_and_carry_no_control_characters(endpoint, kind, entity):
    url, session, db = endpoint
    answer = post(url, session, [item(kind=kind, entity=entity)]).json()["results"][0]
    assert answer["status"] == "rejected" and "entity" in answer["reason"]
    assert db.item_ids() == []


@pytest.mark.parametrize("protocol", [2, 0, "1", None])
def test_a_batch_of_another_protocol_is_refused(endpoint, protocol):
    url, session, db = endpoint
    answer = send_raw(url, session, json.dumps({"protocol": protocol, "items": [item()]}))
    assert answer.status_code == 400 and "giao thức" in answer.json()["detail"]
    assert db.item_ids() == []


def test_nesting_and_value_count_are_capped_per_item(endpoint):
    url, session, db = endpoint
    deep: dict = {}
    node = deep
    for _ in range(20):
        node["x"] = {}
        node = node["x"]
    many = {"code": "000.00.14.H56-251110-0001", "procedure": "khai-sinh", "state": 4,
            "received_at": "2025-11-10T09:00:00+07:00", "extra": [{}] * 6000}
    nested = dict(item()["payload"], extra=deep)
    answers = post(url, session, [item(nested), item(many), item()]).json()["results"]
    assert [a["status"] for a in answers] == ["rejected", "rejected", "accepted"]
    assert "quá sâu" in answers[0]["reason"] and "quá nhiều giá trị" in answers[1]["reason"]


def test_the_desks_own_payloads_pass(endpoint):
    url, session, db = endpoint
    summary = {"from": 1, "to": 2, "day": "2025-11-10", "online_rate": 0.5, "on_time_rate": None,
               "rows": [{"field": "ho-tich", "field_name": "Hộ tịch", "received_total": 3,
                         "online_rate": 1.0, "on_time_rate": None}],
               "total": {"field": "total", "field_name": "Tổng số", "received_total": 3}}
    checklist = {"version": 1, "at": "2025-11-10T09:00:00+07:00", "green": False, "items": [
        {"id": 1, "required": True, "state": "done", "note": None, "evidence": "QĐ 12",
         "updated_at": "2025-11-10T09:00:00+07:00"}]}
    answers = post(url, session, [
        item(summary, kind="daily_summary", entity="daily_summary:2025-11-10"),
        item(checklist, kind="checklist", entity="checklist"),
    ]).json()["results"]
    assert [a["status"] for a in answers] == ["accepted", "accepted"], answers
    assert payload_hash(summary) == db_hash(db, answers[0]["id"])


def db_hash(db, item_id):
    return payload_hash(db.stored_payload(item_id))
