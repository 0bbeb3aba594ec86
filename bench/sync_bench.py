"""Sync throughput on loopback: drain 10,000 queued dossier reports to the reference endpoint
(running as its own process, like in the field), bytes on the wire per row, and the
endpoint's ingest rate into SQLite. Medians of 3 runs; JSON on stdout and in
bench/results/sync_bench.json.

Targets (issue 4): drain < 15 s, < 400 request-body bytes per dossier row, ingest ≥ 2,000
items/s. Baseline measured in the same run: the same batches without gzip.
"""

from __future__ import annotations

import json
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

import requests

from central.schema import check_item
from central.store.sqlite import SQLiteStore
from desktop.core.clock import now_vn, to_epoch
from desktop.demo import seed
from desktop.storage import Store, outbox
from desktop.sync.engine import SyncEngine
from desktop.sync.transport import HttpTransport, encode_batch

ROWS = 10_000
RUNS = 3
ROOT = Path(__file__).resolve().parents[1]


class CountingTransport(HttpTransport):
    """Counts gzip request-body bytes and what the same batches would weigh uncompressed."""

    body_bytes = 0
    raw_bytes = 0

    def send(self, reports):
        delivery = super().send(reports)
        self.body_bytes += delivery.bytes_sent
        self.raw_bytes += len(encode_batch(reports))
        return delivery


def queued_store(folder: Path) -> Store:
    store = Store(folder, auto_backup=False)
    now = now_vn()
    seed(store, ROWS, now=now)
    dossiers = store.dossiers.by_ids([r[0] for r in store.conn.execute("SELECT id FROM dossiers")])
    identity = store.settings.require_identity()
    with store.transaction() as conn:
        for d in dossiers:
            outbox.enqueue(conn, "dossier", f"dossier:{d.code}", d.report(personal=False, now=now),
                           now=to_epoch(now), commune_code=identity.commune.code,
                           desk=identity.desk)
        store.settings.set("last_daily_summary", now.date().isoformat())
    return store


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_endpoint(db_path: Path) -> tuple[subprocess.Popen, str]:
    port = free_port()
    server = subprocess.Popen([sys.executable, "-m", "central", "serve", "--db", str(db_path),
                               "--port", str(port)], cwd=ROOT, stdout=subprocess.DEVNULL,
                              stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}"
    for _ in range(200):
        try:
            if requests.get(f"{url}/health", timeout=1).ok:
                return server, url
        except requests.ConnectionError:
            time.sleep(0.05)
    server.kill()
    raise RuntimeError("endpoint did not start")


def drain_once(store: Store, folder: Path, run: int) -> dict:
    with store.transaction() as conn:
        conn.execute("UPDATE outbox SET state = 'pending', sent_at = NULL")
    db_path = folder / f"central-{run}.sqlite3"
    db = SQLiteStore(db_path)
    token = db.issue_token("70", 1)
    db.close()
    server, url = start_endpoint(db_path)
    try:
        transport = CountingTransport(url, token, requests.Session())
        engine = SyncEngine(store, transport)
        started = time.perf_counter()
        result = engine.run_once()
        elapsed = time.perf_counter() - started
    finally:
        server.terminate()
        server.wait(10)
    assert result.sent == ROWS, result
    return {"seconds": elapsed, "body_bytes_per_row": transport.body_bytes / ROWS,
            "raw_bytes_per_row": transport.raw_bytes / ROWS}


def ingest_rate(store: Store, folder: Path, run: int) -> float:
    """The endpoint's own work (validate + store), without HTTP, in batches of 200."""
    rows = store.conn.execute("SELECT * FROM outbox ORDER BY seq").fetchall()
    items = []
    for r in rows:
        raw = {"id": str(uuid.uuid4()), "kind": r["kind"], "entity": r["entity"],
               "payload": json.loads(r["payload"]), "payload_hash": r["payload_hash"],
               "created_at": r["created_at"], "commune_code": r["commune_code"],
               "desk": r["desk"], "app_version": r["app_version"], "supersedes": r["supersedes"]}
        items.append(raw)
    db = SQLiteStore(folder / f"ingest-{run}.sqlite3")
    desk = db.desk_for(db.issue_token("70", 1))
    started = time.perf_counter()
    for start in range(0, len(items), 200):
        checked = [check_item(raw)[0] for raw in items[start:start + 200]]
        db.ingest(desk, checked, 0)
    elapsed = time.perf_counter() - started
    db.close()
    return len(items) / elapsed


def main() -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        store = queued_store(folder / "desk")
        try:
            drains = [drain_once(store, folder, run) for run in range(RUNS)]
            rates = [ingest_rate(store, folder, run) for run in range(RUNS)]
        finally:
            store.close()
    median = statistics.median
    report = {
        "rows": ROWS, "runs": RUNS,
        "drain_seconds_median": round(median(d["seconds"] for d in drains), 2),
        "drain_rows_per_second_median": round(ROWS / median(d["seconds"] for d in drains)),
        "body_bytes_per_dossier_row_median": round(median(d["body_bytes_per_row"] for d in drains), 1),
        "baseline_uncompressed_bytes_per_row": round(median(d["raw_bytes_per_row"] for d in drains), 1),
        "ingest_items_per_second_median": round(median(rates)),
        "targets": {"drain_seconds": 15, "body_bytes_per_dossier_row": 400,
                    "ingest_items_per_second": 2000},
    }  # fmt: skip
    out = ROOT / "bench" / "results" / "sync_bench.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(report, indent=2) + "\n")
    print(json.dumps(report, indent=2))
    return report


if __name__ == "__main__":
    main()
