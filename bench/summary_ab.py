"""The one-month II.06a summary and its printed overdue list, this checkout against another one
(the baseline) on the same database in the same run: for a change that should cost nothing.

    git archive main | tar -x -C /tmp/base
    motcua --data-dir /tmp/ab demo --dossiers 60000
    flock /tmp/motcua-bench.lock python -m bench.summary_ab --data-dir /tmp/ab --base /tmp/base

Each round runs the baseline, then this checkout, each in a fresh process (medians of 15 calls
after one warm-up); prints JSON with every round and the median of the rounds.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FIRST, LAST = date(2026, 10, 1), date(2026, 10, 31)
CALLS = 15


def measure(data_dir: Path) -> dict:
    """In the child: which code runs, what it counts and how long it takes (wall, CPU ms)."""
    import desktop
    from desktop.pdf.rows import overdue_lines, period_bounds
    from desktop.storage import Store

    store = Store(data_dir, auto_backup=False)
    start, end = period_bounds(FIRST, LAST)

    def median_ms(call) -> list[float]:  # noqa: ANN001
        call()
        wall, cpu = [], []
        for _ in range(CALLS):
            w, c = time.perf_counter(), time.process_time()
            call()
            wall.append(time.perf_counter() - w)
            cpu.append(time.process_time() - c)
        return [round(statistics.median(wall) * 1000, 1), round(statistics.median(cpu) * 1000, 1)]

    return {"code": str(Path(desktop.__file__).parent.parent),
            "cohort": store.dossiers.summary(FIRST, LAST).total.received_total,
            "overdue_lines": len(overdue_lines(store.conn, start, end)),
            "summary_ms": median_ms(lambda: store.dossiers.summary(FIRST, LAST)),
            "overdue_list_ms": median_ms(lambda: overdue_lines(store.conn, start, end))}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--data-dir", type=Path, required=True)
    parser.add_argument("--base", type=Path, required=True, help="the baseline checkout")
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(measure(args.data_dir)))
        return
    runs: dict[str, list[dict]] = {"base": [], "this": []}
    for _ in range(args.rounds):
        for name, code in (("base", args.base), ("this", ROOT)):
            out = subprocess.run(
                [sys.executable, __file__, "--child", "--data-dir", str(args.data_dir),
                 "--base", str(args.base)],
                check=True, capture_output=True, text=True, cwd="/",
                env=os.environ | {"PYTHONPATH": str(code)}).stdout
            runs[name].append(json.loads(out))
    medians = {name: {key: statistics.median(r[key][0] for r in rows)
                      for key in ("summary_ms", "overdue_list_ms")}
               for name, rows in runs.items()}
    print(json.dumps({"wall_ms_median_of_rounds": medians, "rounds": runs}, indent=1))


if __name__ == "__main__":
    main()
