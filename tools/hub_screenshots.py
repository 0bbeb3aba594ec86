"""Screenshots of Cài đặt → Kết nối joining a real commune hub -> docs/screenshots/hub-*.png.

Starts ``motcua-central serve --role commune --tls-self-signed`` on loopback in a temporary
folder, opens the window on a fresh desk 01 and walks the states IT staff meet: the
fingerprint read, a copy that matches, one that does not (refused), a desk number another PC
holds (refused), and the hub pinned. Run under Xvfb like ``make screenshots``:
``xvfb-run -a -s "-screen 0 1366x768x24" env QT_QPA_PLATFORM=xcb .venv/bin/python
tools/hub_screenshots.py --out /tmp/hub-shots``.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.sync.hub_helpers import Hub  # noqa: E402 - a real hub process, as the tests start it
from tools.screenshots import settle, wait_for  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)

    from desktop.storage import Store
    from desktop.sync.credentials import TokenStore
    from desktop.sync.pinning import PinnedSession, grouped
    from desktop.ui.app import open_window, ui_settings
    from desktop.ui.qt import QApplication

    work = Path(tempfile.mkdtemp(prefix="motcua-hub-shots-"))
    (work / "hub").mkdir()
    hub = Hub(work / "hub" / "hub.sqlite3", tls=True)
    tokens = {desk: hub.token(desk) for desk in (1, 2)}
    hub.start()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    try:
        PinnedSession(hub.pin).post(f"{hub.url}/v1/claim", timeout=10,
                                    json={"installation": str(uuid.uuid4())},
                                    headers={"Authorization": f"Bearer {tokens[2]}"})
        data = work / "desk"
        with Store(data, auto_backup=False) as store:
            store.setup(70, "000.00.14.H56", 1, "Nguyễn Văn Bình")
        settings = ui_settings(data)
        settings.setValue("language", "vi")
        settings.sync()
        window, _ = open_window(app, data)
        window.resize(1366, 768)
        window.show()
        settle(app, window.tasks)
        window.go("settings")
        page = window.page("settings")
        page.show_connection()
        tab = page.connection
        tab.tokens = lambda store: TokenStore(store.data_dir, in_file=True)
        settle(app, window.tasks)

        def shot(name: str) -> None:
            settle(app, window.tasks)
            window.grab().save(str(args.out / f"hub-{name}.png"))

        tab.endpoint.setText(hub.url)
        tab.endpoint.setModified(True)
        tab.token.setText(tokens[2])
        tab.check_button.click()
        wait_for(app, lambda: tab.pin_box.presented is not None)
        shot("read")
        tab.pin_box.expected.setText(grouped(hub.pin))
        shot("match")
        tab.save_button.click()
        wait_for(app, lambda: tab.error.isVisible())
        shot("desk-taken")
        tab.pin_box.expected.setText("SHA256:" + "3F9A" * 16)
        tab.save_button.click()
        wait_for(app, lambda: "KHÔNG khớp" in tab.error.text())
        shot("mismatch")
        tab.token.setText(tokens[1])
        tab.pin_box.expected.setText(hub.pin)
        tab.save_button.click()
        wait_for(app, lambda: "ghim" in tab.result.text())
        shot("pinned")
        window.go("sync")
        shot("sync")
        window.close()
    finally:
        hub.kill()
        shutil.rmtree(work, ignore_errors=True)
    print(f"screenshots saved to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
