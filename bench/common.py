"""Helpers every benchmark shares: timing, medians and percentiles, JSON results."""

from __future__ import annotations

import json
import platform
import sqlite3
import statistics
import sys
import time
from collections.abc import Callable, Iterable
from pathlib import Path

RESULTS_DIR = Path(__file__).resolve().parent / "results"


def percentile(values: Iterable[float], p: float) -> float:
    """Nearest-rank percentile (p in 0–100) of a non-empty sample."""
    ordered = sorted(values)
    if not ordered:
        raise ValueError("no samples")
    rank = max(1, -(-len(ordered) * p // 100))
    return ordered[int(rank) - 1]


def describe_ms(samples: list[float]) -> dict[str, float | int]:
    """Seconds in, a summary in milliseconds out."""
    ms = [s * 1000 for s in samples]
    return {
        "n": len(ms),
        "p50_ms": round(statistics.median(ms), 3),
        "p95_ms": round(percentile(ms, 95), 3),
        "p99_ms": round(percentile(ms, 99), 3),
        "min_ms": round(min(ms), 3),
        "max_ms": round(max(ms), 3),
        "mean_ms": round(statistics.fmean(ms), 3),
    }


def timed(action: Callable[[], object]) -> float:
    start = time.perf_counter()
    action()
    return time.perf_counter() - start


def sample(action: Callable[[], object], repeat: int, warmup: int = 3) -> list[float]:
    for _ in range(warmup):
        action()
    return [timed(action) for _ in range(repeat)]


def check(value: float, limit: float) -> dict[str, float | bool]:
    return {"value": round(value, 3), "limit": limit, "ok": value < limit}


def environment() -> dict[str, str | int]:
    import os

    return {"python": sys.version.split()[0], "sqlite": sqlite3.sqlite_version,
            "platform": platform.platform(), "cpus": os.cpu_count() or 0}


def write_results(name: str, data: dict) -> Path:
    RESULTS_DIR.mkdir(parents=True, exist_ok=True)
    path = RESULTS_DIR / f"{name}.json"
    path.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return path
