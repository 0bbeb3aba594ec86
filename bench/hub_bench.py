"""The commune hub: a new desk catching up, how soon a colleague's dossier appears, hub CPU.

1. Catch-up: a hub holding three desks' events for ``--dossiers`` dossiers (200,000 ≈ 700,000
   events) and a new desk running ``motcua sync --once`` as its own process: wall time and
   the desk process's peak memory (ru_maxrss). Targets < 60 s, < 300 MB. ``--runs`` new
   desks catch up one after another (median); with ``--baseline DIR`` (a checkout of other
   code, e.g. main) each run is followed by a desk running that code, same hub, same load.
2. Appearance: desk A logs a dossier and sends it; desk B exchanges on its own (``HubLoop``
   with default settings, as the window does); time until B's file holds it. p95 < 5 s.
3. Hub CPU: ten desks each logging a dossier every 2 s and exchanging with default
   settings, for ``--seconds``; the hub process's CPU time ÷ wall time. < 10 % of one core.

The hub runs as its own process (``motcua-central serve --role commune``) like in the field.
JSON on stdout and in bench/results/hub_bench.json.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from contextlib import closing
from pathlib import Path

import requests

from bench.common import check, describe_ms, environment, percentile, write_results
from central.store.sqlite import SQLiteStore
from desktop.core.clock import now_vn, to_epoch
from desktop.core.replay import RECEIVED, STATUS
from desktop.storage import Store
from desktop.storage.dossiers import NewDossier
from desktop.sync.credentials import TokenStore
from desktop.sync.hub_loop import HubLoop
from desktop.sync.replicate import sync_with_hub
from desktop.sync.transport import HttpTransport

ROOT = Path(__file__).resolve().parents[1]
COMMUNE, AGENCY = "70", "000.00.14.H56"
PROCEDURES = ("khai-sinh", "chung-thuc-ban-sao", "tam-tru", "thuong-tru")


def start_hub(db: Path, port: int) -> subprocess.Popen:
    hub = subprocess.Popen([sys.executable, "-m", "central", "serve", "--role", "commune",
                            "--db", str(db), "--port", str(port)], cwd=ROOT,
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            if requests.get(f"http://127.0.0.1:{port}/health", timeout=2).ok:
                return hub
        except requests.ConnectionError:
            time.sleep(0.05)
    raise RuntimeError("hub did not start")


def free_port() -> int:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def fill_hub(store: SQLiteStore, dossiers: int, rng: random.Random) -> int:
    """Three desks' history: receipt, then processing → resolved → returned for most."""
    start = to_epoch(now_vn()) - 400 * 86400
    installations = {d: str(uuid.uuid4()) for d in (1, 2, 3)}
    events, total = [], 0
    for n in range(dossiers):
        desk = 1 + n % 3
        at = start + n * 150
        code = f"{AGENCY}-{time.strftime('%y%m%d', time.gmtime(at))}-{desk:02d}{n:06d}"
        seq = n * 4
        body = {"uid": str(uuid.uuid4()), "code": code, "kind": RECEIVED, "at": at,
                "origin_desk": desk, "seq": seq + 1, "installation": installations[desk],
                "actor": f"Cán bộ {desk}", "data": {
                    "procedure": rng.choice(PROCEDURES), "field": "ho_tich", "channel": 1,
                    "state": 2, "applicant": f"Nguyễn Văn {n}", "id_number": None,
                    "phone": "0912345678", "address": "Thôn Đông", "email": None,
                    "authorised": None, "documents": ["Tờ khai"], "sets": 1,
                    "appointment_at": at + 3 * 86400, "note": None}}
        events.append(body)
        for step, state in enumerate((4, 9, 10)[:rng.choice((2, 3, 3, 3))]):
            events.append({"uid": str(uuid.uuid4()), "code": code, "kind": STATUS,
                           "at": at + (step + 1) * 3600, "origin_desk": desk, "seq": seq + 2 + step,
                           "installation": installations[desk], "actor": f"Cán bộ {desk}",
                           "data": {"to": state, "note": None}})
        if len(events) >= 20_000:
            total += store.append_events(COMMUNE, events, to_epoch(now_vn()))[0]
            events = []
    total += store.append_events(COMMUNE, events, to_epoch(now_vn()))[0]
    return total


def new_desk(folder: Path, url: str, token: str, desk: int) -> Path:
    with Store(folder, auto_backup=False) as store:
        store.setup(COMMUNE, AGENCY, desk)
        store.update_settings(endpoint=url, token_in_file=True)
    TokenStore(folder, in_file=True).save(token, url)
    return folder


def catch_up(work: Path, dossiers: int, runs: int = 1, baseline: Path | None = None) -> dict:
    """The hub is filled once; each run is a new desk (its own number) catching up on it."""
    db = work / "hub.sqlite3"
    store = SQLiteStore(db)
    events = fill_hub(store, dossiers, random.Random(7))
    codes = {"this": ROOT} | ({"baseline": baseline} if baseline else {})
    tokens = {(run, name): store.issue_token(COMMUNE, 4 + len(codes) * run + i)
              for run in range(runs) for i, name in enumerate(codes)}
    store.close()
    port = free_port()
    hub = start_hub(db, port)
    samples: dict[str, list[dict]] = {name: [] for name in codes}
    try:
        for (run, name), token in tokens.items():
            number = 4 + len(codes) * run + list(codes).index(name)
            desk = new_desk(work / f"desk{number}", f"http://127.0.0.1:{port}", token, number)
            samples[name].append(_desk_catch_up(desk, codes[name]))
            shutil.rmtree(desk)
    finally:
        hub.kill()
        hub.wait()
    out: dict = {"dossiers": dossiers, "events": events}
    for name, runs_of in samples.items():
        seconds = round(statistics.median(s["seconds"] for s in runs_of), 2)
        peak_mb = max(s["peak_rss_mb"] for s in runs_of)
        out[name] = {"code": str(codes[name]), "runs": runs_of, "median_seconds": seconds,
                     "events_per_s": round(events / seconds), "max_peak_rss_mb": peak_mb}
    out["time"] = check(out["this"]["median_seconds"], 60.0)
    out["memory"] = check(out["this"]["max_peak_rss_mb"], 300.0)
    return out


def _desk_catch_up(desk: Path, code: Path) -> dict:
    """``motcua sync --once`` as its own process: wall time, and its own peak memory."""
    started = time.perf_counter()
    process = subprocess.Popen([sys.executable, "-m", "desktop", "--data-dir", str(desk), "sync",
                                "--once"], cwd=code, stdout=subprocess.PIPE,
                               stderr=subprocess.STDOUT, text=True)
    said = process.stdout.read()
    _, status, usage = os.wait4(process.pid, 0)  # its own rusage, not the largest child's
    seconds = time.perf_counter() - started
    process.stdout.close()
    process.returncode = os.waitstatus_to_exitcode(status)
    with closing(sqlite3.connect(desk / "motcua.sqlite3")) as conn:
        held = conn.execute("SELECT count(*) FROM dossier_events").fetchone()[0]
        rows = conn.execute("SELECT count(*) FROM dossiers").fetchone()[0]
    return {"events_held": held, "dossiers_held": rows, "exit": process.returncode,
            "said": said.strip()[-600:], "seconds": round(seconds, 2),
            "peak_rss_mb": round(usage.ru_maxrss / 1024, 1)}


def appearance(work: Path, samples: int) -> dict:
    db = work / "hub2.sqlite3"
    central = SQLiteStore(db)
    tokens = {d: central.issue_token(COMMUNE, d) for d in (1, 2)}
    central.close()
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    hub = start_hub(db, port)
    a = Store(new_desk(work / "a", url, tokens[1], 1), auto_backup=False)
    b_dir = new_desk(work / "b", url, tokens[2], 2)
    b = Store(b_dir, auto_backup=False)
    transport_a = HttpTransport(url, tokens[1])
    loop = HubLoop(b, lambda: HttpTransport(url, tokens[2]))
    thread = threading.Thread(target=loop.run, daemon=True)
    thread.start()
    delays = []
    try:
        with closing(sqlite3.connect(b_dir / "motcua.sqlite3")) as watch:
            for i in range(samples):
                code = a.dossiers.add(NewDossier("khai-sinh", f"Trần Văn {chr(65 + i % 26)}"),
                                      now=now_vn()).code
                started = time.perf_counter()
                assert sync_with_hub(a, transport_a).done
                while not watch.execute("SELECT 1 FROM dossiers WHERE code = ?",
                                        (code,)).fetchone():
                    time.sleep(0.01)
                delays.append(time.perf_counter() - started)
                time.sleep(random.Random(i).uniform(0, 2.0))  # arrive at any point of B's cycle
    finally:
        loop.stop()
        thread.join(10)
        hub.kill()
        hub.wait()
        a.close()
        b.close()
    summary = describe_ms(delays)
    summary["target"] = check(percentile(delays, 95), 5.0)
    return summary


def hub_cpu(work: Path, seconds: float, desks: int = 10) -> dict:
    db = work / "hub3.sqlite3"
    central = SQLiteStore(db)
    tokens = {d: central.issue_token(COMMUNE, d) for d in range(1, desks + 1)}
    central.close()
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    hub = start_hub(db, port)
    stop = threading.Event()
    logged = [0]

    def desk(number: int) -> None:
        with Store(new_desk(work / f"cpu{number}", url, tokens[number], number),
                   auto_backup=False) as store:
            loop = HubLoop(store, lambda: HttpTransport(url, tokens[number]))
            runner = threading.Thread(target=loop.run, daemon=True)
            runner.start()
            while not stop.wait(2.0):
                store.dossiers.add(NewDossier("khai-sinh", "Lê Thị Hoa"), now=now_vn())
                loop.exchange_now()
                logged[0] += 1
            loop.stop()
            runner.join(10)

    threads = [threading.Thread(target=desk, args=(n,)) for n in tokens]
    for t in threads:
        t.start()
    time.sleep(5)  # let every desk join before measuring
    cpu_before, wall_before = _cpu(hub.pid), time.monotonic()
    time.sleep(seconds)
    cpu, wall = _cpu(hub.pid) - cpu_before, time.monotonic() - wall_before
    stop.set()
    for t in threads:
        t.join(30)
    hub.kill()
    hub.wait()
    share = cpu / wall
    return {"desks": desks, "seconds": round(wall, 1), "dossiers_logged": logged[0],
            "hub_cpu_seconds": round(cpu, 2), "hub_cpu_share": round(share, 4),
            "target": check(share * 100, 10.0)}


def _cpu(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def main(argv: list[str] | None = None) -> dict:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dossiers", type=int, default=200_000)
    parser.add_argument("--runs", type=int, default=1, help="catch-ups of new desks (median)")
    parser.add_argument("--baseline", type=Path, help="other code to compare the catch-up with")
    parser.add_argument("--samples", type=int, default=20)
    parser.add_argument("--seconds", type=float, default=60.0)
    parser.add_argument("--only", choices=["catch_up", "appearance", "hub_cpu"])
    args = parser.parse_args(argv)
    results: dict = {"environment": environment(),
                     "command": "python -m bench.hub_bench " + " ".join(argv or sys.argv[1:])}
    with tempfile.TemporaryDirectory(prefix="motcua-hub-bench-") as folder:
        work = Path(folder)
        if args.only in (None, "catch_up"):
            results["catch_up"] = catch_up(work, args.dossiers, args.runs, args.baseline)
        if args.only in (None, "appearance"):
            results["appearance"] = appearance(work, args.samples)
        if args.only in (None, "hub_cpu"):
            results["hub_cpu"] = hub_cpu(work, args.seconds)
    write_results("hub_bench" + (f"_{args.only}" if args.only else ""), results)
    print(json.dumps(results, ensure_ascii=False, indent=2))
    return results


if __name__ == "__main__":
    main()
