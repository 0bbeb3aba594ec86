"""The reference endpoint over real HTTP on loopback: idempotent ingest, and every bad request
answered with a reason instead of a 500."""

from __future__ import annotations

import gzip
import json
import subprocess
import sys
import uuid
from pathlib import Path

import pytest
import requests

from central.app import create_app
from central.live import serve_in_thread
from central.schema import payload_hash
from central.store.sqlite import SQLiteStore

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def endpoint(tmp_path):
    db = SQLiteStore(tmp_path / "central.sqlite3")
    token = db.issue_token("70", 1)
    live = serve_in_thread(create_app(db, max_body=64 * 1024, max_inflated=256 * 1024))
    session = requests.Session()
    session.headers["Authorization"] = f"Bearer {token}"
    yield live.url, session, db
    session.close()
    live.stop()
    db.close()


def item(payload: dict | None = None, **changes) -> dict:
    payload = payload or {"code": "000.00.14.H56-251110-0001", "procedure": "khai-sinh",
                          "state": 4, "received_at": "2025-11-10T09:00:00+07:00"}
    base = {"id": str(uuid.uuid4()), "kind": "dossier", "entity": f"dossier:{payload.get('code')}",
            "payload": payload, "payload_hash": payload_hash(payload), "created_at": 1762740000,
            "commune_code": "70", "desk": 1, "app_version": "0.1.0", "supersedes": None}
    return base | changes


def post(url, session, items, *, raw: bytes | None = None, encoding: str | None = "gzip"):
    body = raw if raw is not None else json.dumps({"items": items}, ensure_ascii=False).encode()
    headers = {"Content-Type": "application/json"}
    if encoding:
        headers["Content-Encoding"] = encoding
        if encoding == "gzip" and raw is None:
            body = gzip.compress(body)
    return session.post(f"{url}/v1/reports", data=body, headers=headers)


def test_accepted_then_duplicate_then_conflict(endpoint):
    url, session, db = endpoint
    first = item()
    answer = post(url, session, [first])
    assert answer.status_code == 200
    assert answer.json()["results"] == [{"id": first["id"], "status": "accepted", "reason": None}]
    assert post(url, session, [first]).json()["results"][0]["status"] == "duplicate"
    changed = dict(first["payload"], state=9)
    clash = first | {"payload": changed, "payload_hash": payload_hash(changed)}
    result = post(url, session, [clash]).json()["results"][0]
    assert result["status"] == "conflict" and "nội dung khác" in result["reason"]
    assert db.item_ids() == [first["id"]]
    assert db.stored_payload(first["id"])["state"] == 4


def test_one_bad_item_is_rejected_and_the_rest_stored(endpoint):
    url, session, db = endpoint
    good = item()
    bad_hash = item(payload_hash="0" * 64)
    missing = item({"code": "X"})
    wrong_type = item(desk="một")
    answers = post(url, session, [good, bad_hash, missing, wrong_type, 42]).json()["results"]
    assert [a["status"] for a in answers] == ["accepted"] + ["rejected"] * 4
    assert "payload_hash" in answers[1]["reason"]
    assert "thiếu trường: procedure, state, received_at" in answers[2]["reason"]
    assert "desk" in answers[3]["reason"]
    assert db.item_ids() == [good["id"]]


def test_repeated_id_in_one_batch_is_stored_once(endpoint):
    url, session, db = endpoint
    once = item()
    answers = post(url, session, [once, once]).json()["results"]
    assert [a["status"] for a in answers] == ["accepted", "rejected"]
    assert db.item_ids() == [once["id"]]


def test_unknown_or_missing_token_is_401(endpoint):
    url, _, _ = endpoint
    anonymous = requests.post(f"{url}/v1/reports", json={"items": [item()]})
    assert anonymous.status_code == 401 and anonymous.headers["WWW-Authenticate"] == "Bearer"
    wrong = requests.post(f"{url}/v1/reports", json={"items": [item()]},
                          headers={"Authorization": "Bearer mc1_nope"})
    assert wrong.status_code == 401 and "không hợp lệ" in wrong.json()["detail"]


def test_an_item_of_another_commune_or_desk_is_rejected_alone(endpoint):
    url, session, db = endpoint
    mine, foreign, other_desk = item(), item(commune_code="4"), item(desk=2)
    answer = post(url, session, [mine, foreign, other_desk])
    assert answer.status_code == 200
    results = answer.json()["results"]
    assert [r["status"] for r in results] == ["accepted", "rejected", "rejected"]
    assert "xã 4" in results[1]["reason"] and "quầy 02" in results[2]["reason"]
    assert db.item_ids() == [mine["id"]]


def test_body_size_limits(endpoint):
    url, session, _ = endpoint
    huge = post(url, session, None, raw=b"x" * (65 * 1024), encoding=None)
    assert huge.status_code == 413
    chunked = session.post(f"{url}/v1/reports", data=iter([b"x" * 40_000, b"y" * 40_000]))
    assert chunked.status_code == 413
    bomb = gzip.compress(b'{"items":["' + b"a" * 400_000 + b'"]}')
    assert len(bomb) < 64 * 1024
    assert post(url, session, None, raw=bomb).status_code == 413


@pytest.mark.parametrize("raw, encoding, words", [
    (b"not gzip at all", "gzip", "gzip bị hỏng"),
    (gzip.compress(b'{"items": [')[:-6], "gzip", "gzip"),
    (b"{\"items\": [", None, "JSON"),
    (b"\xff\xfe\x00", None, "JSON"),
    (b"[" * 30_000 + b"]" * 30_000, None, "JSON"),
    (b'{"items": [NaN]}', None, "JSON"),
    (b'{"things": []}', None, "items"),
    (b'{"items": []}', None, "từ 1 đến"),
    (b'{"items": 5}', None, "items"),
    (b"{}", "br", "Content-Encoding"),
])
def test_unreadable_bodies_get_a_reason_not_a_500(endpoint, raw, encoding, words):
    url, session, _ = endpoint
    answer = post(url, session, None, raw=raw, encoding=encoding)
    assert answer.status_code in (400, 413, 415)
    assert words in answer.json()["detail"]


def test_health_and_whoami(endpoint):
    url, session, _ = endpoint
    assert requests.get(f"{url}/health").json() == {"status": "ok", "protocol": 1}
    assert session.get(f"{url}/v1/whoami").json() == {"commune_code": "70", "desk": 1}


def central_cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "central", *args], capture_output=True,
                          text=True, cwd=ROOT, timeout=60)


def test_token_issue_prints_once_and_stores_only_a_hash(tmp_path):
    db_path = tmp_path / "c.sqlite3"
    issued = central_cli("token", "issue", "--commune", "70", "--desk", "02", "--db", str(db_path))
    assert issued.returncode == 0, issued.stderr
    token = issued.stdout.strip()
    assert token.startswith("mc1_") and len(token) > 40
    assert token.encode() not in db_path.read_bytes()
    db = SQLiteStore(db_path)
    try:
        desk = db.desk_for(token)
        assert desk is not None and desk.commune_code == "70" and desk.desk == 2
    finally:
        db.close()
    bad = central_cli("token", "issue", "--commune", "Hà Nội", "--desk", "1", "--db", str(db_path))
    assert bad.returncode == 2 and "chữ số" in bad.stderr


def test_stats_counts_distinct_items_per_commune_and_kind(endpoint, tmp_path):
    url, session, db = endpoint
    first = item()
    later = dict(first["payload"], state=9)
    post(url, session, [first, item(later, supersedes=first["id"])])
    post(url, session, [first])
    summary = {"day": "2025-11-10", "rows": [], "total": {}}
    post(url, session, [item(summary, kind="daily_summary", entity="daily_summary:2025-11-10")])
    shown = central_cli("stats", "--db", str(db.path), "--json")
    assert shown.returncode == 0, shown.stderr
    assert json.loads(shown.stdout) == {"communes": {"70": {
        "daily_summary": {"items": 1, "entities": 1},
        "dossier": {"items": 2, "entities": 1}}}}


@pytest.mark.parametrize("signature", [
    "not a signature", {"format": "cms-detached-sha256", "cms": "%%% not base64"},
    {"format": "pgp", "cms": ""}, {"format": "cms-detached-sha256", "cms": "MAMCAQE="},
])
def test_an_unreadable_summary_signature_is_stored_as_invalid_not_a_500(endpoint, signature):
    from central.store.oversight import desk_summaries

    url, session, db = endpoint
    summary = {"day": "2025-11-10", "rows": [], "total": {}, "signature": signature}
    answer = post(url, session, [item(summary, kind="daily_summary",
                                      entity="daily_summary:2025-11-10")])
    assert answer.status_code == 200, answer.text
    assert answer.json()["results"][0]["status"] == "accepted"
    assert desk_summaries(db, "70", "2025-11-10", "2025-11-10") == [("2025-11-10", 1, False, None)]
