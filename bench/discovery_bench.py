"""Finding the commune hub on the LAN: what announcing costs the hub, and how soon a desk hears it.

In a network namespace of its own (``unshare -rn``, loopback with multicast), ``--runs`` times,
alternating the two kinds of hub so machine load hits both alike:

1. Hub start → ``/health`` answers, announcing (the default) and with ``--no-announce`` (the
   baseline, same run): announcing runs on a thread of its own and must not delay serving.
2. Hub start → "Đã thông báo …" (registered after mDNS probing).
3. ``find_hubs`` start → the hub resolved (``on_found``), with the hub already announced.

JSON on stdout and in bench/results/discovery_bench.json.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
INSIDE = "MOTCUA_BENCH_IN_NETNS"
SETUP = "ip link set lo up multicast on && ip route add 224.0.0.0/4 dev lo"


def start(db: Path, port: int, announce: bool) -> tuple[subprocess.Popen, float, float | None]:
    """The hub process, seconds until /health answered, seconds until it said it announced."""
    import requests

    from desktop.sync.pinning import PinnedSession

    began = time.perf_counter()
    hub = subprocess.Popen(
        [sys.executable, "-m", "central", "serve", "--role", "commune", "--db", str(db),
         "--port", str(port), "--tls-self-signed", *([] if announce else ["--no-announce"])],
        cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    pin = hub.stdout.readline().strip().rsplit(" ", 1)[-1]
    said: list[float] = []

    def watch() -> None:  # timestamps the line as it comes, not when we get round to it
        for line in hub.stdout:
            if "Đã thông báo" in line:
                said.append(time.perf_counter() - began)

    watcher = threading.Thread(target=watch, daemon=True)
    watcher.start()
    session, ready = PinnedSession(pin), None
    while ready is None:
        try:
            if session.get(f"https://127.0.0.1:{port}/health", timeout=2).ok:
                ready = time.perf_counter() - began
        except requests.ConnectionError:
            time.sleep(0.01)
    session.close()  # an idle keep-alive connection would hold up the hub's shutdown
    deadline = time.monotonic() + 30
    while announce and not said and time.monotonic() < deadline:
        time.sleep(0.01)
    announced = said[0] if said else None
    return hub, ready, announced


def first_found(timeout: float = 3.0) -> float:
    from desktop.sync.discovery import find_hubs

    found, stop, began, at = threading.Event(), threading.Event(), time.perf_counter(), []

    def on_found(_hub: object) -> None:
        at.append(time.perf_counter() - began)
        found.set()

    browse = threading.Thread(target=find_hubs, args=(timeout,),
                              kwargs={"on_found": on_found, "stop": stop})
    browse.start()
    found.wait(timeout)
    stop.set()
    browse.join()
    if not at:
        raise RuntimeError("the announced hub was not found")
    return at[0]


def measure(runs: int) -> dict:
    from bench.common import check, describe_ms, environment

    folder = Path(tempfile.mkdtemp(prefix="motcua-discovery-"))
    db = folder / "hub.sqlite3"
    subprocess.run([sys.executable, "-m", "central", "token", "issue", "--db", str(db),
                    "--commune", "70", "--desk", "1"], cwd=ROOT, check=True, capture_output=True)
    ready = {True: [], False: []}
    announced, found = [], []
    port = 8790
    for run in range(runs):
        for announce in ((True, False) if run % 2 == 0 else (False, True)):
            port += 1
            hub, up, said = start(db, port, announce)
            try:
                ready[announce].append(up)
                if announce:
                    announced.append(said)
                    found.append(first_found())
            finally:
                hub.kill()  # a TLS hub can wait on its connections at SIGTERM; not measured here
                hub.wait(timeout=30)
    with_ms, without_ms = describe_ms(ready[True]), describe_ms(ready[False])
    found_ms = describe_ms(found)
    return {
        "environment": {**environment(), "load_avg": os.getloadavg()},
        "runs": runs,
        "hub_ready_announcing": with_ms,
        "hub_ready_no_announce_baseline": without_ms,
        "hub_announced": describe_ms(announced),
        "browse_to_first_hub": found_ms,
        "targets": {
            "announcing delays the hub's readiness (p50 difference, ms)":
                check(with_ms["p50_ms"] - without_ms["p50_ms"], 100),
            "a desk hears an announced hub (p50 ms, within the 3 s browse)":
                check(found_ms["p50_ms"], 3000),
        },
    }


def main(argv: list[str] | None = None) -> dict:
    parser = argparse.ArgumentParser(prog="python -m bench.discovery_bench")
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args(argv)
    if os.environ.get(INSIDE) == "1":
        return measure(args.runs)
    done = subprocess.run(
        ["unshare", "-rn", "sh", "-c", f'{SETUP} && exec "$@"', "sh", sys.executable, "-m",
         "bench.discovery_bench", "--runs", str(args.runs)],
        cwd=ROOT, env={**os.environ, INSIDE: "1"}, capture_output=True, text=True, timeout=1800)
    if done.returncode != 0:
        raise RuntimeError(f"in the network namespace: {done.stderr[-3000:]}")
    return json.loads(done.stdout)


if __name__ == "__main__":
    from bench.common import write_results

    result = main(sys.argv[1:])
    print(json.dumps(result, ensure_ascii=False, indent=2))
    if os.environ.get(INSIDE) != "1":
        write_results("discovery_bench", result)
