"""A commune hub announces itself on the LAN (mDNS ``_motcua._tcp``) and a desk finds it with
``motcua hubs``: real zeroconf over real multicast, in a network namespace of the test's own
(``tests.netns``) so no other test on this machine hears it or is heard."""

from __future__ import annotations

import json
import os

import requests
from hub_helpers import Desk, Hub, make_desk

from desktop.sync.discovery import SERVICE_TYPE
from desktop.sync.pinning import grouped
from tests.netns import in_network_namespace, loopback_up

ANNOUNCED = "Đã thông báo máy chủ trên mạng LAN"


def raw_txt(name: str) -> dict[bytes, bytes | None]:
    """What a listener on the LAN receives, as bytes."""
    from zeroconf import Zeroconf

    zc = Zeroconf(interfaces=["127.0.0.1"])
    try:
        info = zc.get_service_info(SERVICE_TYPE, f"{name}.{SERVICE_TYPE}", timeout=10_000)
        assert info is not None, "the hub's record could not be resolved"
        return dict(info.properties)
    finally:
        zc.close()


@in_network_namespace(multicast=True)
def test_desk_finds_the_hub_on_the_lan_and_logs_in_with_what_it_announced(tmp_path):
    hub = Hub(tmp_path / "hub" / "hub.sqlite3", tls=True, announce=True)
    hub.db.parent.mkdir()
    token = hub.token(1)
    quiet = Hub(tmp_path / "quiet.sqlite3")  # --no-announce: never listed
    quiet.token(1)
    quiet.start()
    hub.start()
    try:
        said = hub.said(ANNOUNCED)
        name = said.split("«", 1)[1].split("»", 1)[0]

        txt = raw_txt(name)
        assert txt == {b"v": b"1", b"commune": b"70", b"role": b"commune", b"scheme": b"https",
                       b"fingerprint": hub.pin.encode()}
        assert token.encode() not in b"".join(v or b"" for v in txt.values())

        stranger = Desk(tmp_path / "new-pc", 1, dict(os.environ))  # not set up yet
        found = stranger.run("hubs", "--json", "--timeout", "2")
        assert found.returncode == 0, found.stdout + found.stderr
        assert json.loads(found.stdout) == [{"name": name, "url": hub.url, "commune": "70",
                                             "role": "commune", "fingerprint": hub.pin}]
        text = stranger.run("hubs", "--timeout", "2").stdout
        assert "Tìm thấy 1 máy chủ xã" in text
        assert f'motcua login --endpoint {hub.url} --pin "{grouped(hub.pin)}"' in text

        # what was announced is enough to log in and exchange
        desk = make_desk(tmp_path, 1, hub, token)
        desk.add("Lê Thị Hoa", "2026-11-23T09:00")
        done = desk.sync()
        assert done.returncode == 0, done.stdout + done.stderr
        assert len(hub.events()) == 1

        hub.process.terminate()  # the hub is stopped: it withdraws its announcement first
        hub.said("Đã rút thông báo trên mạng LAN")
        assert json.loads(stranger.run("hubs", "--json", "--timeout", "2").stdout) == []
    finally:
        hub.kill()
        quiet.kill()


@in_network_namespace(multicast=False)
def test_a_hub_that_cannot_announce_warns_in_its_log_and_serves(tmp_path):
    hub = Hub(tmp_path / "hub.sqlite3", announce=True)
    hub.token(1)
    hub.launch()  # no network at all yet: joining the mDNS group fails
    try:
        warning = hub.said("không thông báo được máy chủ trên mạng LAN")
        assert "địa chỉ nhập tay" in warning
        loopback_up()
        hub.wait_ready()
        assert requests.get(f"{hub.url}/health", timeout=10).status_code == 200
        assert hub.process.poll() is None
    finally:
        hub.kill()
