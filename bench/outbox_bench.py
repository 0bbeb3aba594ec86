"""Does the data file stop growing once sent reports are pruned? Two years of one busy desk.

Each simulated day a desk receives ``--per-day`` dossiers; each dossier is reported three
times (received, in progress, done: the same entity superseded twice), and the day's summary
once; every report is delivered the same day. One copy of the file prunes as the sender does
(rows delivered more than ``keep_sent_days`` ago go); the other never prunes, as before. Only the outbox is simulated, so the difference
is the queue's own growth.

    python -m bench.outbox_bench [--days 730] [--per-day 60]
"""

from __future__ import annotations

import argparse
import tempfile
from datetime import datetime, timedelta
from pathlib import Path

from desktop.core.clock import VN_TZ, to_epoch
from desktop.storage import outbox
from desktop.storage.db import connect, write
from desktop.storage.migrations import migrate

#: A dossier report as the desk writes it: about 574 bytes of canonical JSON.
PAYLOAD = {"code": "000.00.14.H56-250915-010001", "procedure": "khai-sinh", "state": 3,
           "received_at": "2025-09-15T09:00:00+07:00", "appointment_at": "2025-09-16T09:00:00+07",
           "field": "ho-tich", "channel": 1, "sets": 1, "documents": ["Tờ khai"] * 8,
           "note": "x" * 250}
KEEP_DAYS = 90
CHECKPOINTS = (30, 90, 180, 365, 540, 730)


def simulate(folder: Path, days: int, per_day: int, prune: bool) -> list[dict]:
    conn = connect(folder / "outbox.sqlite3")
    conn.execute("PRAGMA synchronous = OFF")  # sizes, not speed, are measured here
    migrate(conn)
    start = datetime(2025, 1, 1, 8, tzinfo=VN_TZ)
    seen = []
    for day in range(1, days + 1):
        now = to_epoch(start + timedelta(days=day))
        with write(conn):
            for n in range(per_day):
                entity = f"dossier:{day}-{n}"
                for step in range(3):
                    outbox.enqueue(conn, "dossier", entity, {**PAYLOAD, "state": step}, now=now,
                                   commune_code=70, desk=1)
            outbox.enqueue(conn, "daily_summary", f"daily_summary:{day}", PAYLOAD, now=now,
                           commune_code=70, desk=1)
            ids = [r[0] for r in conn.execute("SELECT id FROM outbox WHERE state = 'pending'")]
            conn.execute("UPDATE outbox SET state = 'in_flight' WHERE state = 'pending'")
            outbox.mark_sent(conn, ids, now)
        if prune:
            before = now - KEEP_DAYS * 86_400
            while True:
                with write(conn):
                    if outbox.prune_sent(conn, before, 5_000) < 5_000:
                        break
        if day in CHECKPOINTS or day == days:
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            rows = conn.execute("SELECT count(*) FROM outbox").fetchone()[0]
            size = (folder / "outbox.sqlite3").stat().st_size
            seen.append({"day": day, "outbox_rows": rows, "file_mb": round(size / 1e6, 2)})
    conn.close()
    return seen


def main(argv: list[str] | None = None) -> dict:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--days", type=int, default=730)
    parser.add_argument("--per-day", type=int, default=60)
    args = parser.parse_args(argv)
    results = {}
    for prune in (True, False):
        with tempfile.TemporaryDirectory() as folder:
            results["pruned" if prune else "never_pruned"] = simulate(
                Path(folder), args.days, args.per_day, prune)
    pruned = results["pruned"]
    year, last = next(p for p in pruned if p["day"] >= 365), pruned[-1]
    # Past the kept days the queue holds about 90 days of reports and freed pages are reused:
    # growth between year one and the end, per day, in KB.
    per_day_kb = (last["file_mb"] - year["file_mb"]) * 1000 / max(1, last["day"] - year["day"])
    results.update({
        "days": args.days, "dossiers_per_day": args.per_day, "keep_sent_days": KEEP_DAYS,
        "pruned_growth_kb_per_day_after_year_one": round(per_day_kb, 1),
        "targets": {"pruned_growth_kb_per_day_after_year_one": 5},
        "ok": per_day_kb <= 5,
    })
    return results


if __name__ == "__main__":
    import json

    print(json.dumps(main(), indent=2))
