"""A real partition: desk 01's exchanges run in a network namespace of their own (``unshare
-rn``: no route to the hub at all) while desk 02 keeps exchanging through the hub. Both move
the same dossier in ways that cannot both stand; when the network comes back every desk and
the hub hold the same events, the same state and the same conflict."""

from __future__ import annotations

import pytest
from hub_helpers import DAY, hub_with_desks, synced

from tests.netns import unavailable


@pytest.mark.skipif(unavailable() is not None, reason=str(unavailable()))
def test_desks_cut_apart_by_the_network_move_the_same_dossier_and_converge_on_one_conflict(
        tmp_path):
    with hub_with_desks(tmp_path) as (hub, (one, two)):
        code = one.add("Võ Thị Thu", f"{DAY}T08:30")
        synced(one, two)
        assert two.json("dossier", "show", code)["status"] == "received"

        # the partition: desk 01 has no network; desk 02 and the hub carry on
        assert one.run("dossier", "set-status", code, "resolved").returncode == 0
        cut = one.sync(cut_off=True)
        assert cut.returncode == 3, cut.stdout + cut.stderr
        assert "Chưa trao đổi hết với máy chủ xã (đã gửi 0, nhận 0): Mất kết nối" in cut.stdout
        assert "Traceback" not in cut.stdout + cut.stderr
        assert len(hub.events()) == 1  # nothing of desk 01's move got through
        assert two.run("dossier", "set-status", code, "withdrawn",
                       "--note", "Công dân rút hồ sơ").returncode == 0
        synced(two)
        assert len(hub.events()) == 2
        again = one.sync(cut_off=True)
        assert again.returncode == 3
        apart = one.json("dossier", "show", code), two.json("dossier", "show", code)
        assert (apart[0]["status"], apart[1]["status"]) == ("resolved", "withdrawn")
        assert apart[0]["conflicts"] == apart[1]["conflicts"] == 0

        # the network heals: desk 01 pushes its move and pulls desk 02's; desk 02 pulls 01's
        synced(one, two)
        seen = [one.json("dossier", "show", code), two.json("dossier", "show", code)]
        assert {(s["status"], s["conflicts"], s["conflict_open"]) for s in seen} == {
            (seen[0]["status"], 1, True)}
        assert [e["conflict"] for e in seen[0]["events"]] == [False, False, True]
        assert [e["desk"] for e in seen[0]["events"]] == [1, 1, 2]
        assert sorted(hub.events()) == sorted(one.events()) == sorted(two.events())
        assert len(hub.events()) == 3
        assert one.summary() == two.summary() == hub.summary()
