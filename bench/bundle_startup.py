"""Cold-start times of the built bundle, for docs/packaging.md.

    python -m bench.bundle_startup dist/motcua [--runs 7]

Prints JSON: the median wall time of ``--self-test`` from the bundle and, as the baseline
measured in the same run, from the source tree; of ``--version`` (start-up alone); and, when Xvfb is installed, the time from
launching the bundle's window app until its window is mapped on a virtual screen (polled with
``xwininfo``). "Cold" means a new process each time; the OS file cache is warm after the first
run, as it is on a desk PC after the first start of the day.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def timed(command: list[str], env: dict[str, str]) -> float:
    started = time.perf_counter()
    subprocess.run(command, env=env, capture_output=True, check=False, timeout=120)
    return time.perf_counter() - started


def window_time(command: list[str], env: dict[str, str]) -> float:
    """Seconds until a top-level window whose title starts with "motcua" is on screen."""
    started = time.perf_counter()
    app = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        while time.perf_counter() - started < 60:
            tree = subprocess.run(["xwininfo", "-root", "-tree"], env=env, capture_output=True,
                                  text=True, check=False).stdout
            if '"motcua' in tree:
                return time.perf_counter() - started
            time.sleep(0.01)
        raise RuntimeError("window did not appear within 60 s")
    finally:
        app.terminate()
        app.wait(timeout=10)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("bundle", type=Path)
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    exe = str(args.bundle.resolve() / "motcua")
    work = Path(tempfile.mkdtemp(prefix="motcua-bench-"))
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "MOTCUA_LOG_DIR": str(work / "logs")}
    result: dict[str, object] = {"runs": args.runs}
    result["bundle_size_mb"] = round(sum(
        p.stat().st_size for p in args.bundle.rglob("*") if p.is_file() and not p.is_symlink())
        / 1e6, 1)
    bundle_times, source_times = [], []
    for _ in range(args.runs):  # interleaved, so both see the same machine load
        bundle_times.append(timed([exe, "--self-test"], env))
        source_times.append(timed([sys.executable, "-m", "desktop", "--self-test"],
                                  {**env, "PYTHONPATH": str(ROOT)}))
    result["self_test_bundle_s"] = statistics.median(bundle_times)
    result["self_test_source_s"] = statistics.median(source_times)
    result["version_bundle_s"] = statistics.median(
        timed([exe, "--version"], env) for _ in range(args.runs))
    if shutil.which("Xvfb") and shutil.which("xwininfo"):
        data = work / "data"
        subprocess.run([exe, "--data-dir", str(data), "demo", "--dossiers", "2000"], env=env,
                       capture_output=True, check=True)
        screen = subprocess.Popen(["Xvfb", ":97", "-screen", "0", "1280x800x24", "-nolisten",
                                   "tcp"], stderr=subprocess.DEVNULL)
        try:
            time.sleep(1)
            xenv = {**env, "DISPLAY": ":97", "QT_QPA_PLATFORM": "xcb"}
            result["window_bundle_s"] = statistics.median(
                window_time([exe, "--data-dir", str(data)], xenv) for _ in range(args.runs))
        finally:
            screen.terminate()
            screen.wait(timeout=10)
    shutil.rmtree(work, ignore_errors=True)
    for key, value in result.items():
        if isinstance(value, float):
            result[key] = round(value, 2)
    json.dump(result, sys.stdout, indent=2)
    print()
    return 0


if __name__ == "__main__":
    sys.exit(main())
