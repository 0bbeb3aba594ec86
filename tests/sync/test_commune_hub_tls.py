"""The hub on HTTPS with its own certificate: desks pin its fingerprint; any other
certificate on the hub's address is refused in plain words, and nothing is sent to it."""

from __future__ import annotations

from hub_helpers import AGENCY, COMMUNE, DAY, Desk, Hub, make_desk

from central.tls import CERT_NAME, KEY_NAME


def test_pinned_hub_works_and_a_different_certificate_is_refused(tmp_path):
    hub = Hub(tmp_path / "hub" / "hub.sqlite3", tls=True)
    hub.db.parent.mkdir()
    tokens = {n: hub.token(n) for n in (1, 2)}
    hub.start()
    try:
        assert hub.pin.startswith("SHA256:") and len(hub.pin) == 7 + 64
        one = make_desk(tmp_path, 1, hub, tokens[1])
        code = one.add("Phạm Thị Mai", f"{DAY}T09:00")
        done = one.sync()
        assert done.returncode == 0, done.stdout + done.stderr
        assert len(hub.events()) == 1

        wrong = "SHA256:" + ("AB" * 32)
        two = Desk(tmp_path / "desk2", 2, one.env)
        assert two.run("setup", "--commune", COMMUNE, "--agency-id", AGENCY,
                       "--desk", "2").returncode == 0
        refused = two.run("login", "--endpoint", hub.url, "--pin", wrong, "--token-in-file",
                          stdin=tokens[2] + "\n")
        assert refused.returncode == 2 and "KHÔNG khớp dấu vân tay" in refused.stderr
        assert not (two.data / "sync-token").exists()

        # another machine answers on the hub's address with a certificate of its own
        hub.kill()
        (hub.db.parent / CERT_NAME).unlink()
        (hub.db.parent / KEY_NAME).unlink()
        old_pin = hub.pin
        hub.start()
        assert hub.pin != old_pin
        one.run("dossier", "set-status", code, "resolved")
        before = len(hub.events())
        stopped = one.sync()
        assert stopped.returncode == 3 and "KHÔNG khớp dấu vân tay" in stopped.stdout
        assert len(hub.events()) == before
    finally:
        hub.kill()
