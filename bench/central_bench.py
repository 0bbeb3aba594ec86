"""The province side at national scale, on a throw-away PostgreSQL (and SQLite to compare).

1. Pages: 3,321 communes, N dossier reports (default 10,000,000) plus daily summaries and
   checklists, generated inside PostgreSQL (``INSERT … SELECT generate_series``, no Python
   per row); then the national, province and commune pages rendered with their real queries,
   p50/p95 over repeated requests.
2. Ingest: 200 concurrent simulated desks, each re-sending ~20 % of its batches (a lost
   answer), against one and two ``motcua-central serve`` processes on PostgreSQL, and one on
   SQLite; items/s sustained and "every item stored exactly once" checked afterwards.

    python -m bench.central_bench [--reports 10000000] [--skip-pages] [--skip-ingest]
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
import sys
import tempfile
import threading
import time
import uuid
from collections import Counter
from pathlib import Path

import requests

from bench.common import describe_ms, environment, sample, write_results
from central.dashboard import geo, pages
from central.dashboard.html import day_start
from central.schema import payload_hash
from central.store import open_store
from tests.central.pg_cluster import start_cluster
from tests.central.test_two_servers import start_server

PG_SETTINGS = ("shared_buffers=512MB", "work_mem=32MB", "max_wal_size=4GB",
               "maintenance_work_mem=512MB", "max_connections=200")
TARGETS_MS = {"national": 300, "province": 200, "commune": 150}


def generate(url: str, reports: int, now: int) -> dict:
    """Reports over the last 365 days, ~3.5 per dossier; derived tables folded in SQL the way
    ingest folds them (newest report per dossier)."""
    import psycopg

    communes = sorted(geo.communes(), key=int)
    dossiers = max(1, reports * 2 // 7)
    started = time.perf_counter()
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute("CREATE TEMP TABLE c(n int PRIMARY KEY, code text)")
        with conn.cursor().copy("COPY c(n, code) FROM STDIN") as copy:
            for n, code in enumerate(communes):
                copy.write_row((n, code))
        # Only integers we computed go into these statements, so they are formatted in and
        # sent without parameters (psycopg then leaves every % alone).
        conn.execute("INSERT INTO tokens(token_hash, commune_code, desk, issued_at) "
                     f"SELECT md5(code), code, 1, {now} FROM c")
        nc = len(communes)
        # Bulk load the usual way: without secondary indexes, which are built once afterwards.
        conn.execute("ALTER TABLE items DROP CONSTRAINT items_pkey")
        conn.execute("DROP INDEX items_entity, items_id")
        conn.execute("DROP INDEX dossier_received, dossier_ended, dossier_open,"
                     " dossier_commune_received, dossier_commune_ended")
        conn.execute("ALTER TABLE items SET UNLOGGED")
        conn.execute(f"""
            INSERT INTO items(id, kind, entity, payload, payload_hash, created_at, commune_code,
                              desk, app_version, supersedes, received_at, token_id)
            SELECT md5(g::text), 'dossier', 'dossier:D' || (g % {dossiers}),
                   jsonb_build_object('code', 'D' || (g % {dossiers}), 'state', 2 + g % 9),
                   md5(g::text), {now} - (g % 31536000), c.code, 1, 'bench', NULL,
                   {now} - (g % 31536000), 1
            FROM generate_series(1, {reports}) g JOIN c ON c.n = (g % {dossiers}) % {nc}""")
        conn.execute("ALTER TABLE items SET LOGGED")
        conn.execute("ALTER TABLE items ADD PRIMARY KEY (commune_code, id)")
        conn.execute("CREATE INDEX items_entity ON items(commune_code, entity)")
        conn.execute("CREATE INDEX items_id ON items(id)")
        loaded = time.perf_counter()
        # Received over the last year; 99 % of those older than 14 days are finished, so the
        # open (and overdue) dossiers are a recent few, as in the provinces' own figures.
        conn.execute(f"""
            INSERT INTO dossier_state(commune_code, code, field, procedure, online, state,
                received_at, appointment_at, end_at, timing, reported_at)
            SELECT c.code, 'D' || g, (ARRAY['ho-tich','chung-thuc','cu-tru'])[1 + g % 3],
                   'thu-tuc-' || (g % 40), (g % 10 < 6)::int,
                   CASE WHEN done THEN 10 ELSE 4 END, r, r + 86400 * (1 + g % 7),
                   CASE WHEN done THEN r + 3600 * (1 + g % 200) END,
                   CASE WHEN done THEN CASE WHEN g % 100 < 2 THEN 'late'
                        WHEN g % 2 = 0 THEN 'early' ELSE 'on_time' END END,
                   {now}
            FROM (SELECT g, {now} - (g * 7919 % 31536000) AS r,
                         (g * 7919 % 31536000) > 14 * 86400 AND g % 100 <> 0
                         OR g % 100 < 60 AS done
                  FROM generate_series(1::bigint, {dossiers}) g) d
            JOIN c ON c.n = d.g % {nc}""")
        for index in ("dossier_received ON dossier_state(received_at, commune_code)",
                      "dossier_ended ON dossier_state(end_at, commune_code)",
                      "dossier_open ON dossier_state(appointment_at, commune_code)"
                      " WHERE end_at IS NULL",
                      "dossier_commune_received ON dossier_state(commune_code, received_at)",
                      "dossier_commune_ended ON dossier_state(commune_code, end_at)"):
            conn.execute(f"CREATE INDEX {index}")
        conn.execute(f"""
            INSERT INTO daily_totals SELECT c.code, to_char(d, 'YYYY-MM-DD'), 3, 2, 4, 2, 1, 1, 0,
                   {now} FROM c, generate_series(now() - interval '60 days', now(),
                   interval '1 day') d""")
        items = json.dumps([{"id": n, "required": n <= 14, "state": "done" if (n * 7) % 17
                             else "not_done", "updated_at": None} for n in range(1, 17)])
        conn.execute(f"INSERT INTO checklist_state SELECT code, (n %% 3 > 0)::int, %s, {now}"
                     " FROM c", (items,))
        conn.execute(f"INSERT INTO desk_seen SELECT code, 1, {now} - (n % 50) * 3600 FROM c")
        conn.execute("VACUUM ANALYZE")
        counts = dict(conn.execute("SELECT 'items', count(*) FROM items UNION ALL "
                                   "SELECT 'dossiers', count(*) FROM dossier_state").fetchall())
    return {"reports": counts["items"], "dossiers": counts["dossiers"],
            "communes": len(communes), "load_s": round(loaded - started, 1),
            "total_s": round(time.perf_counter() - started, 1)}


def page_timings(url: str, now: int, repeat: int) -> dict:
    store = open_store(url)
    try:
        rng = random.Random(3)
        provinces = list(geo.provinces())
        communes = list(geo.communes().values())
        out = {
            "national": describe_ms(sample(lambda: pages.national(store, now), repeat)),
            "province": describe_ms(sample(lambda: pages.province(
                store, rng.choice(provinces), now, "name", False), repeat)),
            "commune": describe_ms(sample(lambda: pages.commune(
                store, rng.choice(communes), now, None, None), repeat)),
        }
    finally:
        store.close()
    for name, limit in TARGETS_MS.items():
        out[name]["target_p95_ms"] = limit
        out[name]["ok"] = out[name]["p95_ms"] < limit
    return out


def desk_batches(commune: str, count: int, size: int) -> list[tuple[list[str], bytes]]:
    batches = []
    for b in range(count):
        items = []
        for n in range(size):
            code = f"000.00.{commune}.H56-251110-{b:02d}{n:04d}"
            payload = {"code": code, "procedure": "khai-sinh", "state": 4,
                       "received_at": "2025-11-10T09:00:00+07:00"}
            items.append({"id": str(uuid.uuid4()), "kind": "dossier", "entity": f"dossier:{code}",
                          "payload": payload, "payload_hash": payload_hash(payload),
                          "created_at": 1762740000, "commune_code": commune, "desk": 1,
                          "app_version": "bench"})
        body = gzip.compress(json.dumps({"protocol": 1, "items": items}).encode(), 1)
        batches.append(([i["id"] for i in items], body))
    return batches


def ingest_run(db: str, servers: int, desks: int, batches: int, size: int) -> dict:
    store = open_store(db)
    communes = sorted(geo.communes(), key=int)[:desks]
    tokens = {c: store.issue_token(c, 1, int(time.time())) for c in communes}
    work = {c: desk_batches(c, batches, size) for c in communes}
    processes = [start_server(db) for _ in range(servers)]
    statuses: Counter[str] = Counter()
    sent_items = 0
    lock = threading.Lock()
    rng = random.Random(5)
    plans = {c: [(i, rng.random() < 0.2) for i in range(batches)] for c in communes}

    def desk(n: int, commune: str) -> None:
        nonlocal sent_items
        session = requests.Session()
        headers = {"Authorization": f"Bearer {tokens[commune]}", "Content-Encoding": "gzip",
                   "Content-Type": "application/json"}
        url = processes[n % servers][1]
        for index, resend in plans[commune]:
            for _ in range(2 if resend else 1):
                while True:
                    answer = session.post(f"{url}/v1/reports", data=work[commune][index][1],
                                          headers=headers, timeout=300)
                    if answer.status_code not in (429, 503):
                        break
                results = answer.json()["results"]
                with lock:
                    statuses.update(r["status"] for r in results)
                    sent_items += len(results)

    threads = [threading.Thread(target=desk, args=(n, c)) for n, c in enumerate(communes)]
    started = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    elapsed = time.perf_counter() - started
    for process, _ in processes:
        process.terminate()
        process.wait(timeout=60)
        process.stderr.close()
    expected = {i for c in communes for ids, _ in work[c] for i in ids}
    stored = store.item_ids()
    store.close()
    return {"servers": servers, "desks": desks, "unique_items": len(expected),
            "items_sent": sent_items, "seconds": round(elapsed, 2),
            "items_per_s": round(sent_items / elapsed), "answers": dict(statuses),
            "exactly_once": sorted(stored) == sorted(expected)
            and statuses["accepted"] == len(expected), "target_items_per_s": 5000,
            "ok": sent_items / elapsed >= 5000}


def main(argv: list[str] | None = None) -> dict:
    parser = argparse.ArgumentParser(prog="python -m bench.central_bench")
    parser.add_argument("--reports", type=int, default=10_000_000)
    parser.add_argument("--repeat", type=int, default=30)
    parser.add_argument("--desks", type=int, default=200)
    parser.add_argument("--batches", type=int, default=10, help="batches per desk")
    parser.add_argument("--batch-size", type=int, default=100)
    parser.add_argument("--skip-pages", action="store_true")
    parser.add_argument("--skip-ingest", action="store_true")
    args = parser.parse_args(argv)
    now = day_start(int(time.time())) + 10 * 3600  # 10:00 in Vietnam, a working morning
    out: dict = {"environment": environment(), "args": vars(args), "targets": {}}
    cluster = start_cluster(*PG_SETTINGS)
    try:
        if not args.skip_pages:
            url = cluster.new_database()
            open_store(url).close()
            out["data"] = generate(url, args.reports, now)
            print(json.dumps(out["data"]), flush=True)
            out["pages"] = page_timings(url, now, args.repeat)
            print(json.dumps(out["pages"]), flush=True)
            for name, figures in out["pages"].items():
                out["targets"][f"{name}_page_p95"] = figures["ok"]
        if not args.skip_ingest:
            sizes = (args.desks, args.batches, args.batch_size)
            runs = {"postgresql_1": ingest_run(cluster.new_database(), 1, *sizes),
                    "postgresql_2": ingest_run(cluster.new_database(), 2, *sizes)}
            folder = Path(tempfile.mkdtemp(prefix="motcua-central-bench-"))
            runs["sqlite_1"] = ingest_run(str(folder / "c.sqlite3"), 1, *sizes)
            out["ingest"] = runs
            print(json.dumps(runs), flush=True)
            for name, run in runs.items():
                out["targets"][f"ingest_{name}"] = run["ok"] and run["exactly_once"]
    finally:
        cluster.stop()
    return out


if __name__ == "__main__":
    result = main(sys.argv[1:])
    print(write_results("central_bench", result))
