"""A failure in the middle of saving a dossier leaves no trace of it: all or nothing."""

from __future__ import annotations

from datetime import datetime

import pytest

from desktop.core.clock import VN_TZ
from desktop.core.states import State
from desktop.storage import Store
from desktop.storage.dossiers import NewDossier

NOW = datetime(2025, 9, 15, 9, 0, tzinfo=VN_TZ)
TABLES = ("dossiers", "dossier_events", "outbox", "code_sequences", "dossier_search_data")


@pytest.fixture
def store(tmp_path):
    with Store(tmp_path / "data", clock=lambda: NOW, auto_backup=False) as store:
        store.setup(70, "000.00.14.H56", 1, "Cán bộ thử")
        yield store


def counts(store):
    """Row counts, and the search index's own blocks (a contentless FTS table cannot count)."""
    found = {t: store.conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES}
    found["index"] = store.conn.execute(
        "SELECT group_concat(hex(block)) FROM dossier_search_data").fetchone()[0]
    return found


def fail_outbox_inserts(store):
    """The last statement of every dossier write fails, after the dossier row went in."""
    store.conn.execute("CREATE TEMP TRIGGER fail_outbox BEFORE INSERT ON main.outbox "
                       "BEGIN SELECT RAISE(ABORT, 'simulated failure'); END")


def test_failure_inside_add_leaves_nothing(store):
    store.dossiers.add(NewDossier(procedure="khai-sinh", applicant="Võ Thành Công"), now=NOW)
    before = counts(store)
    fail_outbox_inserts(store)
    with pytest.raises(Exception, match="simulated failure"):
        store.dossiers.add(NewDossier(procedure="khai-sinh", applicant="Hồ Bảo Anh"), now=NOW)
    assert counts(store) == before
    assert store.dossiers.find("ho bao anh") == []
    assert not store.conn.in_transaction
    store.conn.execute("DROP TRIGGER temp.fail_outbox")
    again = store.dossiers.add(NewDossier(procedure="khai-sinh", applicant="Hồ Bảo Anh"), now=NOW)
    assert again.code.endswith("-010002")


def test_failure_inside_set_status_keeps_previous_state(store):
    code = store.dossiers.add(NewDossier(procedure="thuong-tru", applicant="Lý Thu Hà"),
                              now=NOW).code
    before = counts(store)
    fail_outbox_inserts(store)
    with pytest.raises(Exception, match="simulated failure"):
        store.dossiers.set_status(code, State.PROCESSING, now=NOW)
    assert counts(store) == before
    assert store.dossiers.get(code).state is State.RECEIVED
    assert [e.to_state for e in store.dossiers.events(code)] == [State.RECEIVED]
