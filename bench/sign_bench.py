"""Signing and verifying speed against the goals: signing a receipt slip adds < 150 ms with a
.p12 and < 500 ms with a PKCS#11 token (SoftHSM2 here), verifying a 366-page book < 2 s.

    python -m bench.sign_bench [--runs 15]

Prints JSON (medians) and writes bench/results/sign.json. "Adds" is measured against the same
slip rendered without signing in the same run (the baseline), so only the signature's own cost
counts: opening the key, hashing, the CMS signature, the visible box, the incremental update.
"p12" is a file as Windows' certificate export writes it (3DES, 2,000 PBKDF rounds); "p12_aes"
one with cryptography's strongest default (AES-256, many more rounds: slower to open).
The p12 figures are for the slips after the first of a session (the key stays decrypted in
memory); ``*_first_added_ms`` includes decrypting and checking the key (~75 ms of RSA checks).
Needs Debian's softhsm2 (tools/ensure-system-packages.sh); the test PKI of tests/sign is reused.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.common import write_results  # noqa: E402
from desktop.core.clock import now_vn  # noqa: E402
from desktop.pdf import render_book, render_receipt  # noqa: E402
from desktop.sign.papers import render_signed  # noqa: E402
from desktop.sign.setup import configure  # noqa: E402
from desktop.sign.sources import P12Source, TokenSource, _unlock_p12  # noqa: E402
from desktop.sign.verify import verify_pdf  # noqa: E402
from desktop.storage import Store  # noqa: E402
from tests.sign.pki import P12_PASSWORD, make_pki, make_softhsm  # noqa: E402

GOALS = {"receipt_sign_p12_added_ms": 150, "receipt_sign_softhsm_added_ms": 500,
         "verify_book_366_s": 2}
BOOK_DOSSIERS = 10_050  # about 366 pages of the tracking book (27–28 lines a page)


def median_s(action: Callable[[], object], runs: int) -> float:
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        samples.append(time.perf_counter() - start)
    return statistics.median(samples)


def pages(path: Path) -> int:
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True)
    return int(next(l.split()[-1] for l in info.stdout.splitlines() if l.startswith("Pages:")))  # noqa: E741


def main(argv: list[str] | None = None) -> dict:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args(argv)
    work = Path(tempfile.mkdtemp(prefix="motcua-sign-bench-"))
    pki = make_pki(work / "pki")
    token = make_softhsm(pki, work / "softhsm")
    data = work / "data"
    subprocess.run([sys.executable, "-m", "desktop", "--data-dir", str(data), "demo",
                    "--dossiers", str(BOOK_DOSSIERS)], cwd=ROOT, check=True, capture_output=True)
    now = now_vn()
    results: dict[str, object] = {"goals": GOALS, "runs": args.runs}
    with Store(data, auto_backup=False) as store:
        code = store.conn.execute("SELECT code FROM dossiers ORDER BY id DESC LIMIT 1").fetchone()[0]
        slip = lambda out: render_receipt(store, code, out, now=now)  # noqa: E731
        slip(work / "warm.pdf")
        plain = median_s(lambda: slip(work / "plain.pdf"), args.runs)
        results["receipt_plain_ms"] = round(plain * 1000, 1)
        for name, source, secret in (
                ("p12", P12Source(pki.windows_p12), P12_PASSWORD),
                ("p12_aes", P12Source(pki.p12), P12_PASSWORD),
                ("softhsm", TokenSource(token.module, token.label, token.key_label), token.pin)):
            setup = configure(store, source, secret, now=now)
            render_signed(slip, work / f"warm-{name}.pdf", setup, secret, now=now)
            signed = median_s(lambda: render_signed(slip, work / f"{name}.pdf", setup, secret,  # noqa: B023
                                                    now=now), args.runs)
            results[f"receipt_signed_{name}_ms"] = round(signed * 1000, 1)
            results[f"receipt_sign_{name}_added_ms"] = round((signed - plain) * 1000, 1)
            if name.startswith("p12"):  # the first slip of a session also decrypts the key

                def first() -> None:
                    _unlock_p12.cache_clear()
                    render_signed(slip, work / "first.pdf", setup, secret, now=now)  # noqa: B023

                cold = median_s(first, args.runs)
                results[f"receipt_sign_{name}_first_added_ms"] = round((cold - plain) * 1000, 1)
        setup = configure(store, P12Source(pki.p12), P12_PASSWORD, now=now)
        last = now.date()
        first = last.replace(year=last.year - 1) + timedelta(days=1)
        book = render_signed(lambda out: render_book(store, first, last, None, out, now=now),
                             work / "book.pdf", setup, P12_PASSWORD, now=now).path
    results["book_pages"] = pages(book)
    results["book_bytes"] = book.stat().st_size
    assert verify_pdf(book, [pki.root_pem]).ok
    results["verify_book_366_s"] = round(median_s(lambda: verify_pdf(book, [pki.root_pem]),
                                                  max(args.runs // 3, 3)), 3)
    results["targets"] = {key: {"goal": goal, "value": results[key],
                                "ok": results[key] < goal} for key, goal in GOALS.items()}
    print(json.dumps(results, ensure_ascii=False, indent=2))
    return results


if __name__ == "__main__":
    write_results("sign", main())
