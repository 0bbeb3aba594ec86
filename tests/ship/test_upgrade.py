"""A data file from release 1 opens in this release, with a copy of it kept aside first."""

from __future__ import annotations

import sqlite3
from datetime import date, datetime
from pathlib import Path

import pytest

from desktop.core.clock import VN_TZ
from desktop.core.states import State
from desktop.storage import Store, migrations

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "schema_v1.sql"
NOW = datetime(2025, 9, 20, 10, 0, tzinfo=VN_TZ)
FIRST, SECOND, THIRD = ("000.00.14.H56-250915-010001", "000.00.14.H56-250915-010002",
                        "000.00.14.H56-250916-010001")


@pytest.fixture
def v1_data(tmp_path):
    data = tmp_path / "data"
    data.mkdir()
    conn = sqlite3.connect(data / "motcua.sqlite3", isolation_level=None)
    conn.executescript(FIXTURE.read_text(encoding="utf-8"))
    assert migrations.user_version(conn) == 1
    conn.close()
    return data


def test_v1_file_migrates_and_keeps_every_record(v1_data):
    with Store(v1_data, clock=lambda: NOW) as store:
        assert migrations.user_version(store.conn) == migrations.CURRENT_VERSION
        assert store.dossiers.count() == 3
        returned = store.dossiers.get(FIRST)
        assert (returned.applicant, returned.phone, returned.state) == (
            "Đặng Thị Hương", "0912345678", State.RETURNED)
        assert [e.to_state for e in store.dossiers.events(FIRST)] == [
            State.RECEIVED, State.PROCESSING, State.RESOLVED, State.RETURNED]
        assert store.dossiers.get(SECOND).supplement_count == 1
        assert [d.code for d in store.dossiers.find("dang thi huong")] == [FIRST]
        assert [d.code for d in store.dossiers.find("Trần Quốc Đạt")] == [THIRD]
        items = {i.id: i for i in store.checklist.items()}
        assert items[1].state.value == "done" and items[1].evidence == "Quyết định 12/QĐ-UBND"
        assert items[4].note == "Chờ nhà mạng"
        outbox = store.conn.execute("SELECT id, entity, state FROM outbox ORDER BY seq").fetchall()
        assert [tuple(r)[1:] for r in outbox] == [
            ("dossier", "sent"), ("dossier", "pending"), ("checklist", "failed")]
        summary = store.dossiers.summary(date(2025, 9, 15), date(2025, 9, 16))
        assert (summary.total.received_total, summary.total.pending_total) == (3, 1)
        assert store.settings.identity().agency_id == "000.00.14.H56"


def test_after_upgrade_new_dossiers_continue_the_sequence(v1_data):
    from desktop.storage.dossiers import NewDossier

    with Store(v1_data, clock=lambda: NOW) as store:
        new = store.dossiers.add(NewDossier(procedure="khai-sinh", applicant="Bùi Gia Huy",
                                            received_at=datetime(2025, 9, 15, 15, 0, tzinfo=VN_TZ)),
                                 now=NOW)
    assert new.code == "000.00.14.H56-250915-010003"
    assert new.book_entry == 4


def test_copy_of_the_v1_file_is_kept_before_migrating(v1_data):
    Store(v1_data, clock=lambda: NOW, auto_backup=False).close()
    aside = list(v1_data.glob("motcua-v1-truoc-nang-cap-*.sqlite3"))
    assert [p.name for p in aside] == ["motcua-v1-truoc-nang-cap-20250920-100000.sqlite3"]
    conn = sqlite3.connect(aside[0])
    assert migrations.user_version(conn) == 1
    assert conn.execute("SELECT count(*) FROM dossiers").fetchone()[0] == 3
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()
    Store(v1_data, clock=lambda: NOW, auto_backup=False).close()
    assert len(list(v1_data.glob("motcua-v1-*.sqlite3"))) == 1
