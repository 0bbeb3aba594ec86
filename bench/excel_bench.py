"""Excel speed and memory against the goals: export a 100,000-line tracking book < 30 s and
< 300 MB resident; import a 100,000-row old book < 60 s and < 300 MB.

    python -m bench.excel_bench [--rows 100000] [--runs 3]

Prints JSON (medians of ``--runs`` fresh child processes, so each peak RSS is that run's own)
and writes bench/results/excel_bench.json. The book is exported from a demo desk of ``--rows``
dossiers (about a year and four months of a busy ward, so the import also covers receipts
older than a year); the import reads that very file into a fresh empty desk each run. A child
that only opens the store gives the memory baseline.
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

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from desktop import demo  # noqa: E402
from desktop.core.clock import from_epoch, now_vn  # noqa: E402
from desktop.storage import Store  # noqa: E402

GOALS = {"export_s": 30, "export_rss_mb": 300, "import_s": 60, "import_rss_mb": 300}

CHILD = """
import json, resource, sys, time
from datetime import date
sys.path.insert(0, {root!r})
from desktop.storage import Store
store = Store({data!r}, auto_backup=False)
start, start_cpu = time.perf_counter(), time.process_time()
extra = {{}}
if {job!r} == "export":
    from desktop.excel import export_book
    path, extra["lines"] = export_book(store, date.fromisoformat({first!r}),
                                       date.fromisoformat({last!r}), None, {book!r})
elif {job!r} == "import":
    from desktop.excel import import_book
    check, outcome = import_book(store, {book!r}, now=store.clock())
    extra["added"] = outcome.added
print(json.dumps({{"seconds": time.perf_counter() - start,
                  "cpu_seconds": time.process_time() - start_cpu,
                  "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, **extra}}))
"""


def child(job: str, data: Path, book: Path, first: str = "", last: str = "") -> dict:
    code = CHILD.format(root=str(ROOT), data=str(data), job=job, book=str(book), first=first,
                        last=last)
    done = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True,
                          text=True)
    return json.loads(done.stdout)


def medians(runs: list[dict], prefix: str) -> dict:
    return {f"{prefix}_s": round(statistics.median(r["seconds"] for r in runs), 2),
            f"{prefix}_cpu_s": round(statistics.median(r["cpu_seconds"] for r in runs), 2),
            f"{prefix}_rss_mb": round(statistics.median(r["rss_mb"] for r in runs), 1)}


def main(argv: list[str] | None = None) -> dict:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args(argv)
    folder = Path(tempfile.mkdtemp(prefix="motcua-excel-bench-"))
    try:
        source, empty, book = folder / "source", folder / "empty", folder / "so.xlsx"
        now = now_vn()
        with Store(source, auto_backup=False) as store:
            demo.seed(store, args.rows, now=now)
            low, high = store.conn.execute(
                "SELECT min(received_at), max(received_at) FROM dossiers").fetchone()
        first, last = from_epoch(low).date().isoformat(), from_epoch(high).date().isoformat()
        with Store(empty, auto_backup=False) as store:
            store.setup(demo.DEMO_COMMUNE, demo.DEMO_AGENCY, 2, "Cán bộ nhập sổ")
        exports = [child("export", source, book, first, last) for _ in range(args.runs)]
        imports = []
        for run in range(args.runs):
            target = folder / f"import-{run}"
            shutil.copytree(empty, target)
            imports.append(child("import", target, book))
            shutil.rmtree(target)
        report = {
            "rows": args.rows, "runs": args.runs, "period": [first, last],
            "book_bytes": book.stat().st_size,
            "lines_exported": exports[0]["lines"], "dossiers_imported": imports[0]["added"],
            **medians(exports, "export"), **medians(imports, "import"),
            "baseline_open_store_rss_mb": round(child("none", source, book)["rss_mb"], 1),
        }  # fmt: skip
        report["targets"] = {key: {"goal": goal, "median": report[key], "ok": report[key] < goal}
                             for key, goal in GOALS.items()}
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    text = json.dumps(report, ensure_ascii=False, indent=2)
    print(text)
    out = ROOT / "bench" / "results" / "excel_bench.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(text + "\n", encoding="utf-8")
    return report


if __name__ == "__main__":
    main()
