"""The hub forwards its desks' reports to the province exactly once, without personal data
unless told otherwise, and catches up after the province was down."""

from __future__ import annotations

import time

from hub_helpers import DAY, Hub, make_desk

from central.app import create_app
from central.live import serve_in_thread
from central.store import RELAY_DESK
from central.store.sqlite import SQLiteStore
from desktop.storage import Store


def test_reports_reach_the_province_once_and_without_personal_data(tmp_path):
    province = SQLiteStore(tmp_path / "province.sqlite3")
    (tmp_path / "upstream-token").write_text(province.issue_token("70", RELAY_DESK) + "\n")
    live = serve_in_thread(create_app(province))
    hub = Hub(tmp_path / "hub.sqlite3", extra=(
        "--upstream", live.url, "--upstream-token-file", str(tmp_path / "upstream-token")))
    tokens = {n: hub.token(n) for n in (1, 2)}
    hub.start()
    try:
        desks = [make_desk(tmp_path, n, hub, tokens[n]) for n in (1, 2)]
        for desk in desks:
            with Store(desk.data, auto_backup=False) as store:  # within the commune it travels
                store.update_settings(send_personal_data=True)
            desk.json("dossier", "add", "--procedure", "khai-sinh", "--applicant",
                      "Đỗ Thị Hạnh", "--channel", "direct", "--received", f"{DAY}T09:00",
                      "--phone", "0912345678")
            done = desk.sync()
            assert done.returncode == 0, done.stdout + done.stderr
        at_hub = SQLiteStore(hub.db, migrate=False)
        try:
            wanted = set(at_hub.item_ids())
        finally:
            at_hub.close()
        assert len(wanted) >= 2
        deadline = time.monotonic() + 60
        while set(province.item_ids()) != wanted and time.monotonic() < deadline:
            time.sleep(0.05)  # the relay works on its own; watch the province fill up
        assert set(province.item_ids()) == wanted
        dossiers = 0
        at_hub = SQLiteStore(hub.db, migrate=False)
        try:
            for item_id in wanted:
                payload = province.stored_payload(item_id)
                if "code" in payload:
                    dossiers += 1
                    assert at_hub.stored_payload(item_id)["applicant"] == "Đỗ Thị Hạnh"
                    assert "applicant" not in payload and "phone" not in payload
        finally:
            at_hub.close()
        assert dossiers == 2
    finally:
        hub.kill()
        live.stop()
        province.close()
