"""The token lives in a real OS keyring (Secret Service via gnome-keyring on a private D-Bus),
or in a 0600 file only when chosen; never silently in plain text, never in the database."""

from __future__ import annotations

import os
import shutil
import stat
import subprocess
import time

import pytest
import secretstorage
from keyring.backends import SecretService
from keyring.backends.fail import Keyring as FailKeyring
from keyrings.alt.file import PlaintextKeyring

from desktop.sync import credentials
from desktop.sync.credentials import KeyringUnavailable, TokenStore, system_keyring

TOKEN = "mc1_token-for-the-keyring-test"
ENDPOINT = "https://baocao.tinh.gov.vn"


#: A session bus that starts no services on demand: otherwise a query sent before our
#: daemon owns its name makes the bus start a second gnome-keyring, without the password.
BUS_CONFIG = """<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <listen>unix:tmpdir=/tmp</listen>
  <auth>EXTERNAL</auth>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/><allow eavesdrop="true"/><allow own="*"/>
  </policy>
</busconfig>
"""


def _unlocked(connection) -> bool:
    try:
        return any(c.get_label() == "Login" and not c.is_locked()
                   for c in secretstorage.get_all_collections(connection))
    except secretstorage.exceptions.SecretServiceNotAvailableException:
        return False


@pytest.fixture
def secret_service(tmp_path, monkeypatch):
    """A private session bus with gnome-keyring unlocked on it, torn down afterwards."""
    if not (shutil.which("dbus-daemon") and shutil.which("gnome-keyring-daemon")):
        pytest.skip("dbus-daemon/gnome-keyring-daemon not installed (tools/ensure-system-packages.sh)")
    config = tmp_path / "bus.conf"
    config.write_text(BUS_CONFIG)
    bus = subprocess.Popen(["dbus-daemon", f"--config-file={config}", "--nofork",
                            "--print-address=1"],
                           stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    address = bus.stdout.readline().strip()
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", address)
    home = tmp_path / "home"
    home.mkdir()
    env = {**os.environ, "HOME": str(home), "XDG_DATA_HOME": str(home / "data"),
           "XDG_RUNTIME_DIR": str(home)}
    daemon = subprocess.Popen(["gnome-keyring-daemon", "--foreground", "--unlock",
                               "--components=secrets"], stdin=subprocess.PIPE,
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    daemon.stdin.write(b"test-password")
    daemon.stdin.close()
    try:
        connection = secretstorage.dbus_init()
        try:
            give_up = time.monotonic() + 120  # a bound for a broken daemon, not a speed test
            while not _unlocked(connection):
                if time.monotonic() > give_up:
                    pytest.fail("gnome-keyring did not unlock its Login collection on the "
                                "private bus")
                time.sleep(0.02)
        finally:
            connection.close()
        yield SecretService.Keyring()
    finally:
        daemon.terminate()
        daemon.wait(5)
        bus.terminate()
        bus.wait(5)
        bus.stdout.close()


def test_token_round_trips_through_the_secret_service(tmp_path, secret_service):
    tokens = TokenStore(tmp_path / "data", backend=secret_service)
    (tmp_path / "data").mkdir()
    tokens.save(TOKEN, ENDPOINT)
    assert TokenStore(tmp_path / "data", backend=SecretService.Keyring()).load() == TOKEN
    assert "SecretService" in tokens.where()
    assert not tokens.file.exists()
    other = TokenStore(tmp_path / "other-desk", backend=secret_service)
    assert other.load() is None


def test_no_working_keyring_is_said_plainly_and_nothing_is_written(tmp_path):
    (tmp_path / "data").mkdir()
    tokens = TokenStore(tmp_path / "data", backend=FailKeyring())
    with pytest.raises(KeyringUnavailable) as raised:
        tokens.save(TOKEN, ENDPOINT)
    assert "không có kho khóa" in raised.value.message
    assert "--token-in-file" in raised.value.message
    assert TOKEN not in raised.value.message
    assert list((tmp_path / "data").iterdir()) == []


def test_plain_text_keyring_found_by_discovery_is_not_used(monkeypatch, tmp_path):
    monkeypatch.delenv("PYTHON_KEYRING_BACKEND", raising=False)
    monkeypatch.setattr(credentials.keyring, "get_keyring", lambda: PlaintextKeyring())
    assert isinstance(system_keyring(), FailKeyring)
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyrings.alt.file.PlaintextKeyring")
    assert isinstance(system_keyring(), PlaintextKeyring)


def test_token_file_is_readable_by_this_user_only(tmp_path):
    (tmp_path / "data").mkdir()
    tokens = TokenStore(tmp_path / "data", in_file=True, backend=FailKeyring())
    tokens.save(TOKEN, ENDPOINT)
    mode = stat.S_IMODE(tokens.file.stat().st_mode)
    assert mode == 0o600
    assert tokens.load() == TOKEN
    assert "chỉ tài khoản này đọc được" in tokens.where()


def test_moving_back_to_the_keyring_removes_the_file(tmp_path, secret_service):
    (tmp_path / "data").mkdir()
    TokenStore(tmp_path / "data", in_file=True).save(TOKEN, ENDPOINT)
    keyed = TokenStore(tmp_path / "data", backend=secret_service)
    keyed.save(TOKEN, ENDPOINT)
    assert not keyed.file.exists()
    assert keyed.load() == TOKEN
