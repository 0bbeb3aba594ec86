"""Schema step 8 (event identity) on a big version-7 file: time, memory and file growth.

    python -m bench.migration_step8 --file V7.sqlite3 [--runs 3] [--baseline DIR]

Each run upgrades a fresh copy of ``--file`` with the code of this checkout, as its own
process (the connection ``desktop.storage.db.connect`` opens, then ``migrations.migrate``;
the copy kept aside before an upgrade is not counted). With ``--baseline DIR`` (a checkout of
other code, e.g. main) a run of that code follows each run, on the same machine load. Not in
``run_all``: it needs a version-7 file, which only older code can make (``motcua demo``).
JSON on stdout and in bench/results/migration_step8.json.
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

from bench.common import check, environment, write_results

ROOT = Path(__file__).resolve().parents[1]

ONE_RUN = """
import json, resource, sys, time
from pathlib import Path
from desktop.storage import db, migrations
path = Path(sys.argv[1])
before = path.stat().st_size
conn = db.connect(path)
started, cpu = time.perf_counter(), time.process_time()
version = migrations.migrate(conn)
seconds, cpu = time.perf_counter() - started, time.process_time() - cpu
conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
conn.close()
print(json.dumps({"from": version, "to": migrations.CURRENT_VERSION, "seconds": round(seconds, 1),
                  "cpu_seconds": round(cpu, 1), "mb_before": round(before / 1e6),
                  "mb_after": round(path.stat().st_size / 1e6),
                  "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)}))
"""


def upgrade(source: Path, code: Path, work: Path) -> dict:
    copy = work / "motcua.sqlite3"
    shutil.copy(source, copy)
    try:
        done = subprocess.run([sys.executable, "-c", ONE_RUN, str(copy)], cwd=code, check=True,
                              capture_output=True, text=True)
    finally:
        for leftover in work.glob("motcua.sqlite3*"):
            leftover.unlink()
    return json.loads(done.stdout)


def main(argv: list[str] | None = None) -> dict:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--file", type=Path, required=True, help="a version-7 data file")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--baseline", type=Path, help="other code to compare with")
    args = parser.parse_args(argv)
    codes = {"this": ROOT} | ({"baseline": args.baseline} if args.baseline else {})
    runs: dict[str, list[dict]] = {name: [] for name in codes}
    with tempfile.TemporaryDirectory(prefix="motcua-step8-", dir=args.file.parent) as folder:
        for _ in range(args.runs):
            for name, code in codes.items():
                runs[name].append(upgrade(args.file, code, Path(folder)))
    results: dict = {"environment": environment(),
                     "command": "python -m bench.migration_step8 " + " ".join(argv or sys.argv[1:])}
    for name, samples in runs.items():
        results[name] = {"code": str(codes[name]), "runs": samples,
                         "median_seconds": statistics.median(s["seconds"] for s in samples),
                         "mb_before": samples[0]["mb_before"], "mb_after": samples[0]["mb_after"],
                         "max_peak_rss_mb": max(s["peak_rss_mb"] for s in samples)}
    results["time"] = check(results["this"]["median_seconds"], 60.0)
    write_results("migration_step8", results)
    print(json.dumps(results, ensure_ascii=False, indent=2))
    return results


if __name__ == "__main__":
    main()
