"""Run every ``bench/*_bench.py`` that has a ``main()`` and collect its JSON in bench/results/.

Each ``main(argv)`` returns a dict (its results); this writes ``bench/results/<name>.json`` and an
index of which targets were met. Exit code 1 if any benchmark failed to run.
"""

from __future__ import annotations

import importlib
import json
import sys
import traceback
from pathlib import Path

from bench.common import write_results

BENCH_DIR = Path(__file__).resolve().parent


def discover() -> list[str]:
    return sorted(p.stem for p in BENCH_DIR.glob("*_bench.py"))


def run(names: list[str]) -> dict:
    index: dict[str, dict] = {}
    for name in names:
        module = importlib.import_module(f"bench.{name}")
        main = getattr(module, "main", None)
        if main is None:
            continue
        print(f"== {name}", flush=True)
        try:
            data = main([])
        except Exception:  # noqa: BLE001 - one broken benchmark must not hide the others
            index[name] = {"error": traceback.format_exc()}
            print(index[name]["error"], file=sys.stderr)
            continue
        path = write_results(name, data)
        targets = {k: v for k, v in data.get("targets", {}).items()}
        index[name] = {"results": str(path.relative_to(BENCH_DIR.parent)),
                       "all_ok": all(t.get("ok") for t in targets.values()) if targets else None}
    return index


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    names = argv or discover()
    index = run(names)
    write_results("index", index)
    print(json.dumps(index, ensure_ascii=False, indent=2))
    return 1 if any("error" in v for v in index.values()) else 0


if __name__ == "__main__":
    sys.exit(main())
