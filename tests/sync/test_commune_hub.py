"""One commune hub and three desks, all real processes on loopback: offline work, then
convergence; a dossier moved at another desk; moves made apart; numbers and communes kept
apart."""

from __future__ import annotations

import requests
from hub_helpers import AGENCY, COMMUNE, DAY, Desk, Hub, make_desk


def converge(desks) -> None:
    """Two rounds: after the first every change is at the hub, after the second everywhere."""
    for _ in range(2):
        for desk in desks:
            done = desk.sync()
            assert done.returncode == 0, done.stdout + done.stderr


def test_three_desks_work_offline_then_converge_and_move_each_others_dossiers(tmp_path):
    hub = Hub(tmp_path / "hub.sqlite3")
    tokens = {n: hub.token(n) for n in (1, 2, 3)}
    desks = [make_desk(tmp_path, n, hub, tokens[n]) for n in (1, 2, 3)]  # hub not running yet
    names = ["An", "Bình", "Chi", "Dũng", "Hà", "Lan", "Minh", "Nga", "Phúc"]
    codes = {d.number: [d.add(f"Nguyễn Văn {names[3 * d.number - 3 + i]}", f"{DAY}T{8 + i:02d}:00")
                        for i in range(3)] for d in desks}
    assert desks[0].sync().returncode == 3  # hub down: nothing lost, something still owed

    hub.start()
    try:
        converge(desks)
        every = {c for cs in codes.values() for c in cs}
        for desk in desks:
            held = {d["code"] for d in desk.json("dossier", "find", "Nguyễn", "--limit", "100")}
            assert held == every
        summaries = [d.summary() for d in desks]
        assert summaries[0]["total"]["received_total"] == 9
        assert summaries[0] == summaries[1] == summaries[2] == hub.summary()
        assert [(x["desk"], x["dossiers"]) for x in summaries[0]["desks"]] == [
            (1, 3), (2, 3), (3, 3)]
        only_two = desks[0].json("summary", "--from", DAY, "--to", DAY, "--desk", "2")
        assert only_two["total"]["received_total"] == 3

        # the citizen handed in at desk 01 collects the result at desk 03
        code = codes[1][0]
        assert desks[2].run("dossier", "set-status", code, "resolved").returncode == 0
        assert desks[2].run("dossier", "set-status", code, "returned").returncode == 0
        converge([desks[2], desks[0]])
        shown = desks[0].json("dossier", "show", code)
        assert shown["status"] == "returned" and shown["desk"] == 1
        assert [e["desk"] for e in shown["events"]] == [1, 3, 3]

        # desks 01 and 02 cut off from each other move the same dossier in incompatible ways
        code = codes[2][1]
        assert desks[0].run("dossier", "set-status", code, "resolved").returncode == 0
        assert desks[1].run("dossier", "set-status", code, "withdrawn", "--note", "Công dân rút").returncode == 0
        converge(desks)
        seen = [d.json("dossier", "show", code) for d in desks]
        assert len({(s["status"], s["conflicts"], s["conflict_open"]) for s in seen}) == 1
        assert seen[0]["conflicts"] == 1 and seen[0]["conflict_open"]
        assert [e["conflict"] for e in seen[0]["events"]] == [False, False, True]
        assert sorted(set(hub.events())) == sorted(desks[0].events()) == sorted(
            desks[1].events()) == sorted(desks[2].events())
        assert len(hub.events()) == len(set(hub.events()))
        summaries = [d.summary() for d in desks]
        assert summaries[0] == summaries[1] == summaries[2] == hub.summary()

        # a second PC claiming desk 02 is refused in plain words; nothing is exchanged
        second = Desk(tmp_path / "second-pc", 2, desks[1].env)
        assert second.run("setup", "--commune", COMMUNE, "--agency-id", AGENCY,
                          "--desk", "2").returncode == 0
        refused = second.run("login", "--endpoint", hub.url, "--token-in-file",
                             stdin=hub.token(2) + "\n")
        assert refused.returncode == 2 and "đã được một máy khác dùng" in refused.stderr
        assert "Traceback" not in refused.stderr
        assert not (second.data / "sync-token").exists()

        # another commune's token reads nothing of this commune
        other = hub.token(1, commune="71")
        page = requests.get(f"{hub.url}/v1/events?after=0", timeout=10,
                            headers={"Authorization": f"Bearer {other}"}).json()
        assert page["events"] == []
        mine = requests.get(f"{hub.url}/v1/events?after=0", timeout=10,
                            headers={"Authorization": f"Bearer {tokens[1]}"}).json()
        assert {e["code"] for e in mine["events"]} == every
    finally:
        hub.kill()


def test_a_province_endpoint_has_no_feed_and_the_desk_only_sends_reports(tmp_path):
    hub = Hub(tmp_path / "province.sqlite3", role=None)
    token = hub.token(1)
    hub.start()
    try:
        desk = make_desk(tmp_path, 1, hub, token)
        desk.add("Trần Thị Bình", f"{DAY}T09:00")
        done = desk.sync()
        assert done.returncode == 0, done.stdout + done.stderr
        assert "Máy chủ xã" not in done.stdout
        assert requests.post(f"{hub.url}/v1/claim", json={"installation": "x"}, timeout=5,
                             headers={"Authorization": f"Bearer {token}"}).status_code == 404
    finally:
        hub.kill()

