"""The dashboard's pages, this checkout against another one (the baseline) on the same PostgreSQL
data in the same run: for a change to the pages' SQL that should cost nothing measurable.

    git archive main | tar -x -C /tmp/base
    flock /tmp/motcua-bench.lock python -m bench.central_ab --base /tmp/base --reports 2000000

The data is generated once as ``bench.central_bench`` does, then some open dossiers are marked
as waiting for papers or asked twice (so both rules have such rows to judge). Each round renders
the national page, a province page and a commune page in a fresh process of the baseline, then
of this checkout (p50 of ``--repeat`` calls after warm-up); prints JSON with every round and the
median of the rounds (also into ``bench/results/central_ab.json``).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PAGES = ("national", "province", "commune")


def measure(url: str, now: int, repeat: int) -> dict:
    """In the child: which code runs, the overdue total it counts, p50 ms of each page."""
    import random

    import central
    import central.store.postgres as engine
    from bench.common import describe_ms, sample
    from central.dashboard import geo, pages
    from central.store import oversight
    from central.store.postgres import PostgresStore

    engine.LATEST = 10**6  # the baseline reads the tables it knows and ignores a newer column
    store = PostgresStore(url, migrate=False)
    try:
        rng = random.Random(3)
        provinces, communes = list(geo.provinces()), list(geo.communes().values())
        figures = oversight.commune_figures(store, now=now, day_start=now, month_start=now)
        return {"code": str(Path(central.__file__).parent.parent),
                "overdue": sum(f.overdue for f in figures.values()),
                "national": describe_ms(sample(lambda: pages.national(store, now), repeat)),
                "province": describe_ms(sample(lambda: pages.province(
                    store, rng.choice(provinces), now, "name", False), repeat)),
                "commune": describe_ms(sample(lambda: pages.commune(
                    store, rng.choice(communes), now, None, None), repeat))}
    finally:
        store.close()


def asked_for_papers(url: str) -> dict:
    """One open dossier in 20 waiting for its first supplement, one in 50 asked twice."""
    import psycopg

    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute("UPDATE dossier_state SET state = 5, supplement_count = 1"
                     " WHERE end_at IS NULL AND abs(hashtext(code)) % 20 = 0")
        conn.execute("UPDATE dossier_state SET supplement_count = 2"
                     " WHERE end_at IS NULL AND abs(hashtext(code)) % 50 = 1")
        conn.execute("VACUUM ANALYZE dossier_state")
        return dict(conn.execute("SELECT supplement_count, count(*) FROM dossier_state"
                                 " WHERE end_at IS NULL GROUP BY 1").fetchall())


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.central_ab")
    parser.add_argument("--base", type=Path, default=ROOT, help="the baseline checkout")
    parser.add_argument("--reports", type=int, default=2_000_000)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--repeat", type=int, default=15)
    parser.add_argument("--child", help=argparse.SUPPRESS)
    parser.add_argument("--now", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(measure(args.child, args.now, args.repeat)))
        return
    from bench.central_bench import PG_SETTINGS, generate
    from bench.common import environment, write_results
    from central.dashboard.html import day_start
    from central.store import open_store
    from tests.central.pg_cluster import start_cluster

    now = day_start(int(time.time())) + 10 * 3600
    cluster = start_cluster(*PG_SETTINGS)
    try:
        url = cluster.new_database()
        open_store(url).close()
        data = generate(url, args.reports, now) | {"open_by_supplements": asked_for_papers(url)}
        print(json.dumps(data), file=sys.stderr, flush=True)
        runs: dict[str, list[dict]] = {"base": [], "this": []}
        for _ in range(args.rounds):
            for name, code in (("base", args.base), ("this", ROOT)):
                out = subprocess.run(
                    [sys.executable, __file__, "--child", url, "--now", str(now),
                     "--repeat", str(args.repeat)],
                    check=True, capture_output=True, text=True, cwd="/",
                    env=os.environ | {"PYTHONPATH": str(code)}).stdout
                runs[name].append(json.loads(out))
    finally:
        cluster.stop()
    medians = {name: {page: statistics.median(r[page]["p50_ms"] for r in rows) for page in PAGES}
               | {"overdue": rows[0]["overdue"]} for name, rows in runs.items()}
    result = {"environment": environment(), "args": {k: str(v) for k, v in vars(args).items()},
              "data": data, "p50_ms_median_of_rounds": medians, "rounds": runs}
    print(json.dumps(result, indent=1))
    print(write_results("central_ab", result))


if __name__ == "__main__":
    main()
