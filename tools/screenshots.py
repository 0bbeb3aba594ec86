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


def seed_activity(data_dir: Path) -> None:
    """A little real desk work on top of the demo (which queues nothing), so the sync queue
    and the checklist history have something to show."""
    from desktop.core.clock import now_vn
    from desktop.storage import Store, outbox
    from desktop.storage.dossiers import NewDossier

    with Store(data_dir, auto_backup=False) as store:
        if any(outbox.counts(store.conn).values()):
            return
        now = now_vn()
        for name, slug in (("Đặng Thị Ước", "khai-sinh"), ("Hoàng Văn Lộc", "tam-tru"),
                           ("Nguyễn Thị Ánh Tuyết", "chung-thuc-ban-sao")):
            added = store.dossiers.add(NewDossier(slug, name, id_number="001190012345"),
                                       now=now)
        store.dossiers.set_status(added.code, 4, now=now, note="Chuyển bộ phận chuyên môn")
        for item in store.checklist.items()[:10]:
            store.checklist.set(item.id, "done", now=now, evidence=f"QĐ số {item.id}/QĐ-UBND")


def settle(app, tasks, timeout: float = 20.0) -> None:  # noqa: ANN001
    """Let queued background jobs finish and their results paint."""
    deadline = time.monotonic() + timeout
    quiet = 0
    while time.monotonic() < deadline and quiet < 5:
        app.processEvents()
        time.sleep(0.02)
        quiet = 0 if tasks.busy else quiet + 1
    app.processEvents()


def sync_shots(app, data_dir: Path, out: Path, suffix: str) -> None:  # noqa: ANN001
    """The Sync screen on a copy of the demo data: the endpoint down (reports wait, the reason
    in words), the reference endpoint started on that port and sending on its own (progress),
    then everything sent."""
    import socket
    import sqlite3
    import tempfile

    from central.app import create_app
    from central.live import serve_in_thread
    from central.store.sqlite import SQLiteStore
    from desktop.storage import Store
    from desktop.sync.credentials import TokenStore
    from desktop.ui.app import open_window
    from desktop.ui.sync_runner import SyncTiming

    work = Path(tempfile.mkdtemp(prefix="motcua-sync-shots-"))
    copy = work / "data"
    copy.mkdir()
    source = sqlite3.connect(data_dir / "motcua.sqlite3")
    target = sqlite3.connect(copy / "motcua.sqlite3")
    source.backup(target)
    source.close()
    target.close()
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    central = SQLiteStore(work / "central.sqlite3")
    with Store(copy, auto_backup=False) as store:
        identity = store.settings.require_identity()
        TokenStore(copy, in_file=True).save(central.issue_token(str(identity.commune.code),
                                                                identity.desk))
        store.update_settings(endpoint=f"http://127.0.0.1:{port}", token_in_file=True)
    window, _ = open_window(app, copy, sync_timing=SyncTiming(idle_poll=0.5, probe_interval=0.5))
    window.resize(1366, 768)
    window.show()
    settle(app, window.tasks)
    window.go("sync")
    page = window.page("sync")
    wait_for(app, lambda: "127.0.0.1" in page.last_error.text())
    settle(app, window.tasks)
    window.grab().save(str(out / f"sync{suffix}.png"))
    grabbed = []

    def during(done: int, total: int) -> None:
        if 0 < done < total and not grabbed:
            grabbed.append(window.grab())

    window.sync.progress.connect(during)
    live = serve_in_thread(create_app(central), port=port)
    try:
        wait_for(app, lambda: window.outbox_label.text().startswith("0 "))
        settle(app, window.tasks)
    finally:
        live.stop()
    if grabbed:
        grabbed[0].save(str(out / f"sync-sending{suffix}.png"))
    window.grab().save(str(out / f"sync-sent{suffix}.png"))
    window.close()
    central.close()
    shutil.rmtree(work, ignore_errors=True)


def wait_for(app, condition, timeout: float = 60.0) -> None:  # noqa: ANN001
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError("the window did not get there in time")
        app.processEvents()
        time.sleep(0.02)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--data-dir", type=Path, default=Path("/tmp/motcua-screenshots"))
    parser.add_argument("--dossiers", type=int, default=20_000)
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--language", default="vi")
    args = parser.parse_args(argv)
    make_demo(args.data_dir, args.dossiers)
    seed_activity(args.data_dir)
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
            page = window.page("new")
            page.procedure.search.setText("chung thuc ban sao")
            settle(app, window.tasks)
            page.applicant.setText("Đặng Thị Ước")
            page.id_number.setText("001190012345")
            page.phone.setText("0912345678")
            page.address.setText("Số 12 phố Hàng Bạc, Phường Hoàn Kiếm")
            settle(app, window.tasks)
        window.grab().save(str(args.out / f"{key}{suffix}.png"))
    window.go("dossiers")
    page = window.page("dossiers")
    page.search.setText("dang thi")
    page.apply_filter()
    settle(app, window.tasks)
    window.grab().save(str(args.out / f"search{suffix}.png"))
    code = page.model.data(page.model.index(0, 0))
    from desktop.storage.listing import Due

    page.show_due(Due.OVERDUE)
    settle(app, window.tasks)
    window.grab().save(str(args.out / f"overdue{suffix}.png"))
    dialog = window.open_dossier(code)
    settle(app, window.tasks)
    dialog.grab().save(str(args.out / f"dossier-detail{suffix}.png"))
    dialog.close()
    window.close()
    sync_shots(app, args.data_dir, args.out, suffix)
    print(f"screenshots saved to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
