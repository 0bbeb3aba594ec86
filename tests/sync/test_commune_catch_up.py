"""A desk that was offline for a month catches up in one ``sync --once`` and then agrees with
its colleagues and the hub on the month's II.06a."""

from __future__ import annotations

import json
import random
from datetime import timedelta

from hub_helpers import Hub, make_desk

from desktop.core.clock import now_vn
from desktop.core.states import TRANSITIONS, State
from desktop.storage import Store
from desktop.storage.dossiers import NewDossier
from tests.conftest import vn


def test_a_desk_offline_for_a_month_catches_up(tmp_path):
    hub = Hub(tmp_path / "hub.sqlite3")
    tokens = {n: hub.token(n) for n in (1, 2, 3)}
    hub.start()
    try:
        desks = [make_desk(tmp_path, n, hub, tokens[n]) for n in (1, 2, 3)]
        rng = random.Random(30)
        first = vn(2026, 10, 1, 8)
        for desk in desks[:2]:  # desk 03 is switched off for the whole month
            with Store(desk.data, auto_backup=False) as store:
                for day in range(30):
                    for n in range(5):
                        at = first + timedelta(days=day, minutes=30 * n)
                        code = store.dossiers.add(NewDossier("chung-thuc-ban-sao", "Lý Văn Sơn",
                                                             received_at=at), now=now_vn()).code
                        target = rng.choice(sorted(TRANSITIONS[State.RECEIVED]))
                        store.dossiers.set_status(code, target, now=now_vn(),
                                                  at=at + timedelta(hours=2), note="Lý do")
            assert desk.sync().returncode == 0
        late = desks[2].sync()
        assert late.returncode == 0, late.stdout + late.stderr
        assert "nhận 600 thay đổi mới" in late.stdout
        assert desks[0].sync().returncode == 0
        month = ("summary", "--from", "2026-10-01", "--to", "2026-10-31")
        summaries = [desk.json(*month) for desk in desks]
        assert summaries[2]["total"]["received_total"] == 300
        assert summaries[0] == summaries[1] == summaries[2]
        central = hub.summary_of("2026-10-01", "2026-10-31")
        assert json.dumps(central, sort_keys=True) == json.dumps(summaries[2], sort_keys=True)
    finally:
        hub.kill()


