"""Screenshots of every screen with demo data, for the README and for looking at the UI.

``make screenshots`` runs this under Xvfb at 1366×768. It makes a demo data directory once
(20,000 dossiers by default) and a fresh empty one for the first-run form, opens each screen,
waits until the background work is done, and saves ``docs/screenshots/<screen>.png``.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def make_demo(data_dir: Path, dossiers: int) -> None:
    if (data_dir / "motcua.sqlite3").exists():
        return
    subprocess.run([sys.executable, "-m", "desktop", "--data-dir", str(data_dir), "demo",
                    "--dossiers", str(dossiers)], check=True, cwd=ROOT)


def settle(app, tasks, timeout: float = 20.0) -> None:  # noqa: ANN001
    """Let queued background jobs finish and their results paint."""
    deadline = time.monotonic() + timeout
    quiet = 0
    while time.monotonic() < deadline and quiet < 5:
        app.processEvents()
        time.sleep(0.02)
        quiet = 0 if tasks.busy else quiet + 1
    app.processEvents()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--data-dir", type=Path, default=Path("/tmp/motcua-screenshots"))
    parser.add_argument("--dossiers", type=int, default=20_000)
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--language", default="vi")
    args = parser.parse_args(argv)
    make_demo(args.data_dir, args.dossiers)
    args.out.mkdir(parents=True, exist_ok=True)

    from desktop.ui.app import open_window, ui_settings
    from desktop.ui.qt import QApplication

    app = QApplication.instance() or QApplication(sys.argv[:1])
    suffix = "" if args.language == "vi" else f"-{args.language}"
    for data_dir in (args.data_dir,):
        settings = ui_settings(data_dir)
        settings.setValue("language", args.language)
        settings.remove("window")
        settings.remove("filters")
        settings.sync()

    first_run = args.data_dir.with_name(args.data_dir.name + "-first-run")
    shutil.rmtree(first_run, ignore_errors=True)
    window, _ = open_window(app, first_run)
    window.resize(1366, 768)
    window.show()
    settle(app, window.tasks)
    form = window.pages["first_run"]
    form.province.search.setText("ha noi")
    settle(app, window.tasks)
    form.province.list.setCurrentRow(0)
    for row in range(form.province.list.count()):
        if not form.province.list.item(row).isHidden():
            form.province.list.setCurrentRow(row)
            break
    form.commune.search.setText("hoan kiem")
    settle(app, window.tasks)
    window.grab().save(str(args.out / f"first-run{suffix}.png"))
    window.close()

    window, _ = open_window(app, args.data_dir)
    window.resize(1366, 768)
    window.show()
    settle(app, window.tasks)
    for key in ("overview", "dossiers", "new", "checklist", "reports", "sync", "settings"):
        window.go(key)
        settle(app, window.tasks)
        if key == "new":
            page = window.pages["new"]
            page.procedure.search.setText("chung thuc ban sao")
            settle(app, window.tasks)
            page.applicant.setText("Đặng Thị Ước")
            page.id_number.setText("001190012345")
            page.phone.setText("0912345678")
            page.address.setText("Số 12 phố Hàng Bạc, Phường Hoàn Kiếm")
            settle(app, window.tasks)
        window.grab().save(str(args.out / f"{key}{suffix}.png"))
    window.go("dossiers")
    page = window.pages["dossiers"]
    page.search.setText("dang thi")
    page.apply_filter()
    settle(app, window.tasks)
    window.grab().save(str(args.out / f"search{suffix}.png"))
    code = page.model.data(page.model.index(0, 0))
    dialog = window.open_dossier(code)
    settle(app, window.tasks)
    dialog.grab().save(str(args.out / f"dossier-detail{suffix}.png"))
    dialog.close()
    window.close()
    print(f"screenshots saved to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
