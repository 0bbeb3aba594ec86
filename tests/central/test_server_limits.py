"""The server as shipped against floods: slow headers and bodies are cut off, connections are
capped, a token gets a bounded share, compression bombs cost nothing, and /docs is closed."""

from __future__ import annotations

import gzip
import json
import re
import socket
import subprocess
import sys
import threading
from pathlib import Path

import pytest
import requests
from test_central_api import item
from test_two_servers import start_server

from central.api.admission import Admission
from central.app import create_app
from central.live import serve_in_thread
from central.store.sqlite import SQLiteStore

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def db(tmp_path):
    store = SQLiteStore(tmp_path / "central.sqlite3")
    yield store
    store.close()


def connect(url: str) -> socket.socket:
    host, port = url.removeprefix("http://").split(":")
    sock = socket.create_connection((host, int(port)), timeout=30)
    return sock


def read_all(sock: socket.socket) -> bytes:
    """Everything the server sends until it closes the connection."""
    data = b""
    try:
        while chunk := sock.recv(4096):
            data += chunk
    except ConnectionResetError:
        pass
    return data


def read_response(sock: socket.socket) -> bytes:
    """One HTTP response: the headers, then as many body bytes as Content-Length says."""
    data = b""
    while b"\r\n\r\n" not in data:
        data += sock.recv(4096)
    head, _, body = data.partition(b"\r\n\r\n")
    length = int(re.search(rb"content-length: (\d+)", head, re.I).group(1))
    while len(body) < length:
        body += sock.recv(4096)
    return head + b"\r\n\r\n" + body


def test_docs_are_closed_unless_asked_for(db):
    closed = serve_in_thread(create_app(db))
    opened = serve_in_thread(create_app(db, docs=True))
    try:
        for path in ("/docs", "/redoc", "/openapi.json"):
            assert requests.get(closed.url + path).status_code == 404
            assert requests.get(opened.url + path).status_code == 200
        assert requests.get(closed.url + "/health").json() == {"status": "ok", "protocol": 1}
    finally:
        closed.stop()
        opened.stop()


def test_slow_headers_are_cut_off_and_connections_capped(db):
    live = serve_in_thread(create_app(db), header_timeout=0.5, max_connections=20)
    try:
        slow = [connect(live.url) for _ in range(30)]
        for sock in slow:
            sock.sendall(b"GET /health HTTP/1.1\r\nHost: x\r\nX-Slow: ")
        # Every one is closed by the server without an answer: the 20 admitted ones when their
        # header time runs out, the 10 beyond the cap at once. Without the guard recv() would
        # wait for the 30 s socket timeout and fail.
        assert [read_all(sock) for sock in slow] == [b""] * 30
        for sock in slow:
            sock.close()
        assert requests.get(live.url + "/health", timeout=10).status_code == 200
    finally:
        live.stop()


def test_a_slow_body_gets_408(db):
    token = db.issue_token("70", 1)
    live = serve_in_thread(create_app(db, body_timeout=0.5))
    try:
        sock = connect(live.url)
        sock.sendall(b"POST /v1/reports HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                     b"Authorization: Bearer " + token.encode() + b"\r\n"
                     b"Content-Length: 1000\r\n\r\n{\"items\": [")
        answer = read_response(sock)
        assert answer.startswith(b"HTTP/1.1 408") and "quá chậm".encode() in answer
        sock.close()
    finally:
        live.stop()


def test_a_token_has_a_bounded_number_of_batches_in_flight(db):
    token = db.issue_token("70", 1)
    live = serve_in_thread(create_app(db, admission=Admission(per_token=1)))
    headers = {"Authorization": f"Bearer {token}", "Content-Type": "application/json"}
    try:
        held = connect(live.url)
        body = json.dumps({"items": [item()]}).encode()
        held.sendall(b"POST /v1/reports HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                     b"Authorization: Bearer " + token.encode() + b"\r\n"
                     b"Content-Length: " + str(len(body)).encode() + b"\r\n\r\n" + body[:10])
        admission = live.app.state.admission
        while not admission.in_flight():  # observed: the held request has taken the slot
            threading.Event().wait(0.01)
        answer = requests.post(f"{live.url}/v1/reports", data=b'{"items": [1]}', headers=headers)
        assert answer.status_code == 429
        assert answer.headers["Retry-After"] == "2"
        held.sendall(body[10:])
        assert read_response(held).startswith(b"HTTP/1.1 200")
        held.close()
        after = requests.post(f"{live.url}/v1/reports", json={"items": [item()]}, headers=headers)
        assert after.status_code == 200 and after.json()["results"][0]["status"] == "accepted"
    finally:
        live.stop()


def bombs() -> list[bytes]:
    """The attack found: ~16 KB of gzip inflating to 5.5 million empty objects; the same
    within the inflated-size cap; deep nesting; one item of a million values' worth of keys."""
    empty = b'{"items":[' + b"{}," * 5_500_000 + b"{}]}"  # just under the old 16 MiB cap
    small = b'{"items":[' + b"{}," * 690_000 + b"{}]}"
    deep = b'{"items":[' + b"[" * 500_000 + b"]" * 500_000 + b"]}"
    return [gzip.compress(b, 9) for b in (empty, small, deep)]


def peak_memory_mb(pid: int) -> float:
    status = Path(f"/proc/{pid}/status").read_text()
    line = next(x for x in status.splitlines() if x.startswith("VmHWM:"))
    return int(line.split()[1]) / 1024


@pytest.mark.slow
def test_eight_bombs_at_once_leave_the_server_small_and_health_answering(tmp_path):
    db_path = tmp_path / "central.sqlite3"
    store = SQLiteStore(db_path)
    tokens = [store.issue_token(str(70 + n), 1) for n in range(8)]
    store.close()
    payloads = bombs()
    assert len(payloads[0]) < 20_000
    process, url = start_server(str(db_path))
    try:
        answers: list[int] = []

        def attack(token: str) -> None:
            for body in payloads * 2:
                answers.append(requests.post(f"{url}/v1/reports", data=body, timeout=120, headers={
                    "Authorization": f"Bearer {token}", "Content-Encoding": "gzip",
                    "Content-Type": "application/json"}).status_code)

        threads = [threading.Thread(target=attack, args=(t,)) for t in tokens]
        for t in threads:
            t.start()
        health = []
        while any(t.is_alive() for t in threads):
            health.append(requests.get(f"{url}/health", timeout=10).status_code)
        for t in threads:
            t.join()
        assert health and set(health) == {200}
        assert len(answers) == 8 * 6 and set(answers) <= {400, 413}
        assert peak_memory_mb(process.pid) < 300
    finally:
        process.terminate()
        process.wait(timeout=30)
        process.stderr.close()
    shown = subprocess.run([sys.executable, "-m", "central", "stats", "--db", str(db_path),
                            "--json"], capture_output=True, text=True, cwd=ROOT, timeout=60)
    assert json.loads(shown.stdout) == {"communes": {}}


def test_health_says_503_when_the_database_does_not_answer(tmp_path):
    store = SQLiteStore(tmp_path / "central.sqlite3")
    live = serve_in_thread(create_app(store))
    try:
        assert requests.get(live.url + "/health").status_code == 200
        store.close()
        broken = requests.get(live.url + "/health")
        assert broken.status_code == 503 and "không trả lời" in broken.json()["detail"]
    finally:
        live.stop()
