"""The daily II.06a summary: queued once per finished day, corrections supersede."""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta

import pytest
from keyring.backend import KeyringBackend

from desktop.core.clock import VN_TZ
from desktop.core.errors import UserError
from desktop.storage import Store
from desktop.storage.dossiers import NewDossier
from desktop.sync.reports import queue_daily_summaries, queue_summary


@pytest.fixture
def desk(tmp_path):
    s = Store(tmp_path / "data", auto_backup=False)
    s.setup(70, "000.00.14.H56", 1)
    yield s
    s.close()


def at(day: int, hour: int = 9) -> datetime:
    return datetime(2025, 11, day, hour, tzinfo=VN_TZ)


def summaries(store):
    return store.conn.execute(
        "SELECT id, entity, payload, supersedes FROM outbox WHERE kind = 'daily_summary'"
        " ORDER BY seq").fetchall()


def receive(store, when: datetime) -> None:
    slug = next(iter(store.dossiers.procedures()))
    store.dossiers.add(NewDossier(slug, "Trần Thị Lan", received_at=when), now=when)


def test_each_finished_day_is_queued_once(desk):
    receive(desk, at(10))
    receive(desk, at(12))
    queued = queue_daily_summaries(desk, at(14, 8))
    rows = summaries(desk)
    assert [r["entity"] for r in rows] == [f"daily_summary:2025-11-{d}" for d in (10, 11, 12, 13)]
    assert len(queued) == 4
    day12 = json.loads(rows[2]["payload"])
    assert day12["day"] == "2025-11-12" and day12["total"]["received_total"] >= 1
    assert all(r["supersedes"] is None for r in rows)
    assert desk.settings.get("last_daily_summary") == "2025-11-13"
    assert queue_daily_summaries(desk, at(14, 17)) == []
    assert len(queue_daily_summaries(desk, at(15, 8))) == 1


def test_a_late_correction_supersedes_the_earlier_report(desk):
    receive(desk, at(10))
    queue_daily_summaries(desk, at(11, 8))
    [first] = summaries(desk)
    receive(desk, at(10, 15))  # entered the next morning, received the afternoon before
    queued = queue_daily_summaries(desk, at(11, 9))
    assert len(queued) == 1
    rows = summaries(desk)
    assert rows[-1]["entity"] == "daily_summary:2025-11-10"
    assert rows[-1]["supersedes"] == first["id"]
    assert json.loads(rows[-1]["payload"])["total"]["received_total"] == \
        json.loads(first["payload"])["total"]["received_total"] + 1


def test_on_demand_report_is_not_repeated_when_unchanged(desk):
    receive(desk, at(10))
    first = queue_summary(desk, date(2025, 11, 10), at(10, 16))
    assert first is not None
    assert queue_summary(desk, date(2025, 11, 10), at(10, 16)) is None
    receive(desk, at(10, 16))
    second = queue_summary(desk, date(2025, 11, 10), at(10, 17))
    assert summaries(desk)[-1]["supersedes"] == first and second != first
    with pytest.raises(UserError, match="chưa tới"):
        queue_summary(desk, date(2025, 11, 11), at(10, 17))


def test_no_summary_before_the_desk_is_set_up(tmp_path):
    with Store(tmp_path / "fresh", auto_backup=False) as fresh:
        assert queue_daily_summaries(fresh, at(14)) == []
        assert summaries(fresh) == []


def test_first_run_without_dossiers_reports_yesterday_only(desk):
    queue_daily_summaries(desk, at(20, 8))
    assert [r["entity"] for r in summaries(desk)] == ["daily_summary:2025-11-19"]
    later = at(20, 8) + timedelta(days=3)
    queue_daily_summaries(desk, later)
    assert [r["entity"][-2:] for r in summaries(desk)] == ["19", "20", "21", "22"]


class MemoryKeyring(KeyringBackend):
    """Stands in for the OS keyring (the real one is tested in test_sync_credentials)."""

    priority = 1

    def __init__(self) -> None:
        super().__init__()
        self.items: dict[tuple[str, str], str] = {}

    def get_password(self, service, username):
        return self.items.get((service, username))

    def set_password(self, service, username, password):
        self.items[(service, username)] = password

    def delete_password(self, service, username):
        self.items.pop((service, username), None)


def test_daily_report_carries_a_detached_signature_the_endpoint_keeps(desk, pki, tmp_path):
    from central.app import create_app
    from central.db import CentralDB
    from central.live import serve_in_thread
    from desktop.sign.detached import check_bytes
    from desktop.sign.setup import SecretStore, configure
    from desktop.sign.sources import P12Source
    from desktop.storage.outbox import canonical_json
    from tests.sign.pki import HOLDER, P12_PASSWORD
    from tests.sync.sync_helpers import make_engine

    secrets = SecretStore(desk.data_dir, backend=MemoryKeyring())
    configure(desk, P12Source(pki.p12), P12_PASSWORD, now=at(10), remember=True, secrets=secrets)
    receive(desk, at(10))
    assert len(queue_daily_summaries(desk, at(11, 8), secrets=secrets)) == 1
    [row] = summaries(desk)
    payload = json.loads(row["payload"])
    signature = payload.pop("signature")
    body = canonical_json(payload).encode()
    assert check_bytes(body, signature).intact and signature["holder"] == HOLDER
    tampered = body.replace(b'"day":"2025-11-10"', b'"day":"2025-11-09"')
    assert tampered != body and not check_bytes(tampered, signature).intact
    # A signature differs at each signing; the unchanged report is still not queued again.
    assert queue_summary(desk, date(2025, 11, 10), at(11, 9)) is None

    db = CentralDB(tmp_path / "central.sqlite3")
    token = db.issue_token("70", 1)
    live = serve_in_thread(create_app(db))
    try:
        # The sender queues due days itself (wall clock): mark them done, only ours goes.
        from desktop.core.clock import now_vn

        desk.update_settings(last_daily_summary=(now_vn().date() - timedelta(days=1)).isoformat())
        make_engine(desk, live.url, token).run_once()
        stored = json.loads(db._conn.execute(
            "SELECT payload FROM items WHERE entity = 'daily_summary:2025-11-10'").fetchone()[0])
    finally:
        live.stop()
        db.close()
    received = stored.pop("signature")
    assert check_bytes(canonical_json(stored).encode(), received).holder == HOLDER


def test_without_a_remembered_secret_the_report_goes_unsigned(desk, pki):
    from desktop.sign.setup import SecretStore, configure
    from desktop.sign.sources import P12Source
    from tests.sign.pki import P12_PASSWORD

    secrets = SecretStore(desk.data_dir, backend=MemoryKeyring())
    configure(desk, P12Source(pki.p12), P12_PASSWORD, now=at(10), secrets=secrets)
    receive(desk, at(10))
    queue_daily_summaries(desk, at(11, 8), secrets=secrets)
    [row] = summaries(desk)
    assert "signature" not in json.loads(row["payload"])
