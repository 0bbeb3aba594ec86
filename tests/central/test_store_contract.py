"""What every engine behind ``CentralStore`` must do, run against SQLite and a real PostgreSQL."""

from __future__ import annotations

import pytest
from test_store_postgres import make_item

from central.store import open_store


@pytest.fixture(params=["sqlite", "postgresql"])
def store(request, tmp_path):
    target = tmp_path / "c.sqlite3" if request.param == "sqlite" \
        else request.getfixturevalue("pg_url")
    opened = open_store(target)
    yield opened
    opened.close()


def desk_of(store, commune: str):
    return store.desk_for(store.issue_token(commune, 1, 1))


def test_report_ids_are_scoped_per_commune(store):
    """Commune 71 resending commune 70's id must not be told ``duplicate``: nothing of 71's
    would be stored while its desk marks the row sent."""
    ward70, ward71 = desk_of(store, "70"), desk_of(store, "71")
    first = make_item("70")
    assert store.ingest(ward70, [first], 1)[0].status == "accepted"
    same_id = make_item("71", item_id=first.id)
    assert store.ingest(ward71, [same_id], 2)[0].status == "accepted"
    assert store.ingest(ward71, [same_id], 3)[0].status == "duplicate"
    assert store.stats() == {"70": {"dossier": {"items": 1, "entities": 1}},
                             "71": {"dossier": {"items": 1, "entities": 1}}}


def test_supersedes_must_name_the_same_communes_report(store):
    ward70, ward71 = desk_of(store, "70"), desk_of(store, "71")
    theirs = make_item("70")
    store.ingest(ward70, [theirs], 1)
    mine = make_item("71")
    hijack = make_item("71", state=9).model_copy(update={"supersedes": theirs.id})
    later = make_item("71", state=9).model_copy(update={"supersedes": mine.id})
    results = store.ingest(ward71, [mine, hijack, later], 2)
    assert [r.status for r in results] == ["accepted", "rejected", "accepted"]
    assert "xã khác" in results[1].reason
    assert hijack.id not in store.item_ids()
    again = store.ingest(ward71, [make_item("71").model_copy(update={"supersedes": mine.id})], 3)
    assert again[0].status == "accepted"


def test_the_newest_report_of_a_dossier_wins_whatever_order_it_arrives_in(store):
    ward = desk_of(store, "70")
    older = make_item("70", state=4)
    newer = make_item("70", state=9).model_copy(update={"created_at": older.created_at + 60})
    store.ingest(ward, [newer], 1)
    store.ingest(ward, [older], 2)
    assert store.rows("SELECT state FROM dossier_state WHERE commune_code = '70'") == [(9,)]
    assert store.rows("SELECT desk, last_received_at FROM desk_seen") == [(1, 2)]
