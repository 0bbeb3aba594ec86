"""Eight compression bombs at once against a real ``motcua-central serve`` process: the
server's peak memory (VmHWM) and /health latency while they are being refused.

    python -m bench.central_attack_bench [--rounds 3]

Targets (issue 12): server < 300 MB, /health < 100 ms (p95 and max reported).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import threading
import time
from pathlib import Path

import requests

from bench.common import describe_ms, environment, write_results
from central.store.sqlite import SQLiteStore

# The attack and the server start are the tests' own, so bench and test cannot drift apart.
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests" / "central"))
from test_server_limits import bombs, peak_memory_mb  # noqa: E402
from test_two_servers import start_server  # noqa: E402


def main(argv: list[str] | None = None) -> dict:
    parser = argparse.ArgumentParser(prog="python -m bench.central_attack_bench")
    parser.add_argument("--rounds", type=int, default=3, help="bombs of each kind per attacker")
    args = parser.parse_args(argv)
    db_path = Path(tempfile.mkdtemp(prefix="motcua-attack-")) / "central.sqlite3"
    store = SQLiteStore(db_path)
    tokens = [store.issue_token(str(70 + n), 1) for n in range(8)]
    store.close()
    payloads = bombs()
    process, url = start_server(str(db_path))
    statuses: list[int] = []
    try:
        baseline = []
        for _ in range(50):
            start = time.perf_counter()
            requests.get(f"{url}/health", timeout=10)
            baseline.append(time.perf_counter() - start)

        def attack(token: str) -> None:
            session = requests.Session()
            for body in payloads * args.rounds:
                statuses.append(session.post(f"{url}/v1/reports", data=body, timeout=300, headers={
                    "Authorization": f"Bearer {token}", "Content-Encoding": "gzip",
                    "Content-Type": "application/json"}).status_code)

        threads = [threading.Thread(target=attack, args=(t,)) for t in tokens]
        for t in threads:
            t.start()
        during = []
        while any(t.is_alive() for t in threads):
            start = time.perf_counter()
            requests.get(f"{url}/health", timeout=10)
            during.append(time.perf_counter() - start)
        for t in threads:
            t.join()
        peak = peak_memory_mb(process.pid)
    finally:
        process.terminate()
        process.wait(timeout=30)
        process.stderr.close()
    health = describe_ms(during)
    return {
        "environment": environment(), "args": vars(args),
        "bomb_bytes": [len(b) for b in payloads], "requests": len(statuses),
        "statuses": sorted(set(statuses)), "peak_rss_mb": round(peak, 1),
        "health_idle": describe_ms(baseline), "health_under_attack": health,
        "targets": {"peak_rss_under_300_mb": peak < 300,
                    "health_p95_under_100_ms": health["p95_ms"] < 100},
    }


if __name__ == "__main__":
    result = main(sys.argv[1:])
    print(result)
    print(write_results("central_attack_bench", result))
