"""Every way the network or the server can fail, against real loopback servers: each row
ends in the right state and the reason is there for IT staff to read."""

from __future__ import annotations

import datetime as dt
import json
import socket
import subprocess
import time
from email.utils import format_datetime
from pathlib import Path

import pytest
from sync_helpers import accept_all, add_dossiers, make_engine, outbox_states, reply

from central.app import create_app
from central.live import serve_in_thread
from central.store.sqlite import SQLiteStore
from desktop.storage import outbox
from desktop.sync.engine import Outcome


def pending_reasons(store) -> list[str | None]:
    return [r["last_error"] for r in store.conn.execute(
        "SELECT last_error FROM outbox WHERE state = 'pending'")]


def assert_all_owed(store, result, words: str) -> None:
    """A transient failure: nothing lost, nothing marked sent, the reason visible everywhere."""
    assert result.outcome == Outcome.TRANSIENT
    assert words in result.error
    states = outbox_states(store)
    assert states and set(states.values()) == {"pending"}
    assert all(words in (reason or "") for reason in pending_reasons(store))
    last = outbox.attempts(store.conn, 1)[0]
    assert last.result == "transient" and words in last.error
    assert result.next_attempt_at is not None


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_connection_refused_keeps_rows_pending(store):
    add_dossiers(store, 3)
    result = make_engine(store, f"http://127.0.0.1:{free_port()}").run_once()
    assert_all_owed(store, result, "từ chối kết nối")


def test_dns_failure_names_the_host(store):
    add_dossiers(store, 2)
    result = make_engine(store, "http://motcua-central.invalid").run_once()
    assert_all_owed(store, result, "Không tìm thấy máy chủ «motcua-central.invalid»")


def test_server_that_never_answers_is_a_stall(store, fault_server):
    url, _ = fault_server(lambda h, items: h.server.release.wait(10))
    add_dossiers(store, 2)
    result = make_engine(store, url, stall=0.5).run_once()
    assert_all_owed(store, result, "treo")


def test_stall_in_the_middle_of_the_answer(store, fault_server):
    def half_then_silence(handler, items):
        handler.send_response_only(200)
        handler.send_header("Content-Type", "application/json")
        handler.send_header("Content-Length", "5000")
        handler.end_headers()
        handler.wfile.write(b'{"protocol":1,"results":[')
        handler.wfile.flush()
        handler.server.release.wait(10)

    url, _ = fault_server(half_then_silence)
    add_dossiers(store, 2)
    result = make_engine(store, url, stall=0.5).run_once()
    assert_all_owed(store, result, "treo")


def test_slow_link_that_keeps_moving_is_not_a_stall(store, fault_server):
    """No total time limit: an answer trickling in slower than the stall timeout overall, but
    with bytes every 0.2 s, is delivered."""

    def trickle(handler, items):
        body = json.dumps({"results": [{"id": i["id"], "status": "accepted"} for i in items]})
        handler.send_response_only(200)
        handler.send_header("Content-Type", "application/json")
        handler.send_header("Content-Length", str(len(body)))
        handler.end_headers()
        for start in range(0, len(body), max(1, len(body) // 8)):
            handler.wfile.write(body[start:start + max(1, len(body) // 8)].encode())
            handler.wfile.flush()
            time.sleep(0.2)

    url, _ = fault_server(trickle)
    add_dossiers(store, 2)
    result = make_engine(store, url, stall=0.6).run_once()
    assert result.outcome == Outcome.DONE
    assert set(outbox_states(store).values()) == {"sent"}


def test_http_500_is_retried_later(store, fault_server):
    url, _ = fault_server(lambda h, items: reply(h, 500, b"Internal Server Error", content_type="text/plain"))
    add_dossiers(store, 2)
    assert_all_owed(store, make_engine(store, url).run_once(), "HTTP 500")


@pytest.mark.parametrize("status", [503, 429])
def test_retry_after_sets_the_next_attempt(store, fault_server, status):
    url, _ = fault_server(lambda h, items: reply(h, status, b"{}", headers={"Retry-After": "120"}))
    add_dossiers(store, 2)
    engine = make_engine(store, url)
    before = engine.clock()
    result = engine.run_once()
    assert_all_owed(store, result, f"HTTP {status}")
    wait = (result.next_attempt_at - before).total_seconds()
    assert 119 <= wait <= 125
    assert "120 giây" in result.error


def test_captive_portal_page_is_not_a_delivery(store, fault_server):
    page = b"<html><body>Please log in to the hotel Wi-Fi</body></html>"
    url, exchange = fault_server(lambda h, items: reply(h, 200, page, content_type="text/html"))
    add_dossiers(store, 2)
    result = make_engine(store, url).run_once()
    assert len(exchange.batches) == 1
    assert_all_owed(store, result, "Wi-Fi")


def test_truncated_json_is_not_a_delivery(store, fault_server):
    def truncated(handler, items):
        whole = ('{"protocol":1,"results":[' + ",".join(
            f'{{"id":"{i["id"]}","status":"accepted"}}' for i in items) + "]}").encode()
        reply(handler, 200, whole[: len(whole) // 2])

    url, _ = fault_server(truncated)
    add_dossiers(store, 3)
    assert_all_owed(store, make_engine(store, url).run_once(), "cắt cụt")


def test_connection_cut_before_the_full_answer(store, fault_server):
    def short(handler, items):
        reply(handler, 200, b'{"protocol":1,"res', length=400)

    url, _ = fault_server(short)
    add_dossiers(store, 2)
    result = make_engine(store, url).run_once()
    assert result.outcome == Outcome.TRANSIENT
    assert set(outbox_states(store).values()) == {"pending"}
    assert "ngắt giữa chừng" in result.error or "Mất kết nối" in result.error


def test_401_sets_the_batch_aside_and_keeps_the_token_secret(store, fault_server, tmp_path):
    token = "mc1_SECRET-TOKEN-never-in-logs"
    detail = f'{{"detail":"Token {token} không hợp lệ"}}'.encode()
    url, exchange = fault_server(lambda h, items: reply(h, 401, detail))
    add_dossiers(store, 5)
    result = make_engine(store, url, token=token, batch_rows=2).run_once()
    assert result.outcome == Outcome.CREDENTIALS
    assert exchange.headers[0]["Authorization"] == f"Bearer {token}"
    rows = store.conn.execute("SELECT state, failure, last_error FROM outbox ORDER BY seq").fetchall()
    assert [r["state"] for r in rows] == ["failed", "failed", "pending", "pending", "pending"]
    assert all(r["failure"] == "credentials" for r in rows[:2])
    assert "HTTP 401" in rows[0]["last_error"] and "***" in rows[0]["last_error"]
    store.conn.execute("PRAGMA wal_checkpoint(FULL)")
    for path in Path(store.data_dir).iterdir():
        if path.is_file():
            assert token.encode() not in path.read_bytes(), path
    assert token not in result.error


def test_whole_batch_409_is_split_until_each_row_stands_alone(store, fault_server):
    url, exchange = fault_server(lambda h, items: reply(h, 409, b'{"detail":"conflict"}'))
    add_dossiers(store, 3)
    result = make_engine(store, url).run_once()
    assert result.outcome == Outcome.DONE and result.set_aside == 3
    rows = store.conn.execute("SELECT state, failure, last_error FROM outbox").fetchall()
    assert {(r["state"], r["failure"]) for r in rows} == {("failed", "refused")}
    assert all("HTTP 409" in r["last_error"] for r in rows)
    assert [len(b) for b in exchange.batches][-1] == 1


def test_one_poisoned_row_does_not_block_the_queue(store, fault_server):
    add_dossiers(store, 9)
    poison = store.conn.execute("SELECT id FROM outbox ORDER BY seq LIMIT 1 OFFSET 4").fetchone()[0]

    def refuse_poison(handler, items):
        if any(i["id"] == poison for i in items):
            reply(handler, 400, b'{"detail":"Tr\xc6\xb0\xe1\xbb\x9dng code sai"}')
        else:
            accept_all(handler, items)

    url, _ = fault_server(refuse_poison)
    result = make_engine(store, url).run_once()
    assert result.outcome == Outcome.DONE
    states = outbox_states(store)
    assert states.pop(poison) == "failed"
    assert set(states.values()) == {"sent"}
    reason = store.conn.execute("SELECT last_error FROM outbox WHERE id = ?", (poison,)).fetchone()[0]
    assert "Trường code sai" in reason


def test_reference_endpoint_conflict_and_rejection_are_per_row(store, central):
    add_dossiers(store, 3)
    assert make_engine(store, central.url, central.token).run_once().outcome == Outcome.DONE
    first, payload = store.conn.execute(
        "SELECT id, payload FROM outbox ORDER BY seq LIMIT 1").fetchone()
    changed = outbox.canonical_json(json.loads(payload) | {"state": 9})
    with store.transaction() as conn:
        # A bug elsewhere changed a sent row's content: the server must refuse to overwrite it.
        conn.execute("UPDATE outbox SET state = 'pending', payload = ?, payload_hash = ?"
                     " WHERE id = ?", (changed, outbox.payload_hash(changed), first))
        outbox.enqueue(conn, "dossier", "dossier:BROKEN", {"note": "no code"}, now=1,
                       commune_code=70, desk=1)
    add_dossiers(store, 2)
    result = make_engine(store, central.url, central.token).run_once()
    assert result.outcome == Outcome.DONE and result.sent == 2 and result.set_aside == 2
    rows = {r["entity"]: r for r in store.conn.execute("SELECT * FROM outbox")}
    conflict = store.conn.execute("SELECT * FROM outbox WHERE id = ?", (first,)).fetchone()
    assert conflict["state"] == "failed" and conflict["failure"] == "conflict"
    assert "nội dung khác" in conflict["last_error"]
    broken = rows["dossier:BROKEN"]
    assert broken["state"] == "failed" and broken["failure"] == "rejected"
    assert "thiếu trường: code" in broken["last_error"]
    assert sum(r["state"] == "sent" for r in rows.values()) == 4


def test_batch_too_large_for_the_server_is_split(store, tmp_path):
    db = SQLiteStore(tmp_path / "small.sqlite3")
    token = db.issue_token("70", 1)
    live = serve_in_thread(create_app(db, max_body=3000))
    try:
        add_dossiers(store, 40)
        result = make_engine(store, live.url, token).run_once()
        assert result.outcome == Outcome.DONE and result.sent == 40
        assert len(db.item_ids()) == 40
        assert any(a.result == "split" and "HTTP 413" in a.error
                   for a in outbox.attempts(store.conn, 100))
    finally:
        live.stop()
        db.close()


def test_server_clock_far_off_warns_but_sends(store, fault_server):
    late = format_datetime(dt.datetime.now(dt.UTC) - dt.timedelta(minutes=42), usegmt=True)
    url, _ = fault_server(lambda h, items: accept_all(h, items, date=late))
    add_dossiers(store, 2)
    engine = make_engine(store, url)
    assert engine.run_once().outcome == Outcome.DONE
    assert set(outbox_states(store).values()) == {"sent"}
    warning = engine.snapshot().skew_warning
    assert warning and "nhanh khoảng 42 phút" in warning


def make_certificate(folder: Path) -> tuple[Path, Path]:
    key, cert = folder / "key.pem", folder / "cert.pem"
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2",
                    "-subj", "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1",
                    "-keyout", str(key), "-out", str(cert)], check=True, capture_output=True)
    return cert, key


def test_untrusted_certificate_is_refused_until_its_ca_is_configured(store, tmp_path):
    from desktop.sync.config import http_transport_factory
    from desktop.sync.credentials import TokenStore
    from desktop.sync.engine import SyncEngine

    cert, key = make_certificate(tmp_path)
    db = SQLiteStore(tmp_path / "tls.sqlite3")
    token = db.issue_token("70", 1)
    live = serve_in_thread(create_app(db), certfile=cert, keyfile=key)
    try:
        add_dossiers(store, 2)
        tokens = TokenStore(store.data_dir, in_file=True)
        tokens.save(token)
        store.update_settings(endpoint=live.url, token_in_file=True)
        engine = SyncEngine(store, http_transport_factory(store, tokens))
        result = engine.run_once()
        assert_all_owed(store, result, "TLS")
        assert db.item_ids() == []
        store.update_settings(ca_bundle=str(cert))
        result = engine.run_once()
        assert result.outcome == Outcome.DONE and result.sent == 2
        assert len(db.item_ids()) == 2
    finally:
        live.stop()
        db.close()
