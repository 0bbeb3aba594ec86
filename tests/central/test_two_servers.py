"""Two server processes on one database, hit at once with overlapping batches (the retries of
200 desks): every item is stored exactly once and answered ``accepted`` exactly once."""

from __future__ import annotations

import gzip
import json
import random
import socket
import subprocess
import sys
import uuid
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
import requests

from central.schema import payload_hash
from central.store import open_store

ROOT = Path(__file__).resolve().parents[2]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_server(db: str) -> tuple[subprocess.Popen, str]:
    """Started, and ready once uvicorn says it is listening (observed, not slept on)."""
    port = free_port()
    process = subprocess.Popen([sys.executable, "-m", "central", "serve", "--db", db,
                                "--port", str(port)], cwd=ROOT, stderr=subprocess.PIPE,
                               stdout=subprocess.DEVNULL, text=True)
    for line in process.stderr:
        if "Uvicorn running on" in line:
            break
    else:
        raise RuntimeError("server did not start")
    return process, f"http://127.0.0.1:{port}"


def dossier_item(commune: str, n: int) -> dict:
    payload = {"code": f"000.00.14.H56-251110-{n:04d}", "procedure": "khai-sinh", "state": 4,
               "received_at": "2025-11-10T09:00:00+07:00"}
    return {"id": str(uuid.uuid4()), "kind": "dossier", "entity": f"dossier:{payload['code']}",
            "payload": payload, "payload_hash": payload_hash(payload), "created_at": 1762740000,
            "commune_code": commune, "desk": 1, "app_version": "0.1.0", "supersedes": None}


@pytest.mark.slow
@pytest.mark.parametrize("engine", ["postgresql", "sqlite"])
def test_two_processes_store_overlapping_batches_exactly_once(engine, request, tmp_path):
    db = request.getfixturevalue("pg_url") if engine == "postgresql" \
        else str(tmp_path / "central.sqlite3")
    store = open_store(db)
    desks = [(str(70 + n), store.issue_token(str(70 + n), 1)) for n in range(8)]
    servers = [start_server(db), start_server(db)]
    try:
        rng = random.Random(12)
        items = {code: [dossier_item(code, n) for n in range(60)] for code, _ in desks}
        jobs = []
        for code, token in desks:
            mine = items[code]
            for _ in range(3):  # every item three times, in different overlapping batches
                shuffled = rng.sample(mine, len(mine))
                for start in range(0, len(shuffled), 20):
                    jobs.append((token, shuffled[start:start + 20]))
        rng.shuffle(jobs)
        retried: list[str] = []

        def send(job_index: int) -> list[dict]:
            token, batch = jobs[job_index]
            url = servers[job_index % 2][1]
            body = gzip.compress(json.dumps({"protocol": 1, "items": batch}).encode())
            while True:  # 429: this token already has batches in flight; send again, as a desk would
                answer = requests.post(f"{url}/v1/reports", data=body, timeout=60, headers={
                    "Authorization": f"Bearer {token}", "Content-Encoding": "gzip",
                    "Content-Type": "application/json"})
                if answer.status_code != 429:
                    break
                retried.append(token)
            assert answer.status_code == 200, answer.text
            return answer.json()["results"]

        with ThreadPoolExecutor(16) as pool:
            results = [r for batch in pool.map(send, range(len(jobs))) for r in batch]
        every_id = {i["id"] for batch in items.values() for i in batch}
        accepted = Counter(r["id"] for r in results if r["status"] == "accepted")
        assert set(accepted) == every_id and set(accepted.values()) == {1}
        assert Counter(r["status"] for r in results) == {
            "accepted": len(every_id), "duplicate": 2 * len(every_id)}
        assert sorted(store.item_ids()) == sorted(every_id)
    finally:
        for process, _ in servers:
            process.terminate()
            process.wait(timeout=30)
            process.stderr.close()
        store.close()
