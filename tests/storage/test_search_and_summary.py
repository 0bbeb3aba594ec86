"""Folded search over a real index, and the summary invariant after random legal histories."""

from __future__ import annotations

import random
import tempfile
from datetime import date, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.core.states import TRANSITIONS
from desktop.storage import Store
from desktop.storage.dossiers import NewDossier
from tests.conftest import AGENCY, COMMUNE, DESK, FIXED_NOW, FixedClock, vn

NOW = FIXED_NOW


@pytest.fixture
def people(store):
    made = {}
    for minute, (name, phone, id_number) in enumerate([
        ("Nguyễn Văn An", "0912345678", "001090123456"),
        ("Đặng Thị Đào", "0987654321", "079185000111"),
        ("Nguyên Ánh", None, None),
        ("Trần Văn Nguyên", None, "031200999888"),
        ("Lê Thị Hồng", "0355000111", None),
    ]):
        made[name] = store.dossiers.add(
            NewDossier("khai-sinh", name, id_number=id_number, phone=phone,
                       received_at=vn(2026, 11, 23, 8, minute)), now=NOW)
    return made


def names(store, query, limit=50):
    return [d.applicant for d in store.dossiers.find(query, limit)]


def test_search_folds_diacritics_and_d(store, people):
    assert names(store, "nguyen van an") == ["Nguyễn Văn An"]
    assert names(store, "NGUYỄN VĂN AN") == ["Nguyễn Văn An"]
    assert names(store, "dang") == ["Đặng Thị Đào"]
    assert names(store, "đào") == ["Đặng Thị Đào"]
    assert names(store, "hong") == ["Lê Thị Hồng"]


def test_search_prefix_newest_first(store, people):
    assert names(store, "ngu") == ["Trần Văn Nguyên", "Nguyên Ánh", "Nguyễn Văn An"]
    assert names(store, "ngu", limit=2) == ["Trần Văn Nguyên", "Nguyên Ánh"]
    assert names(store, "van ngu") == ["Trần Văn Nguyên", "Nguyễn Văn An"]


def test_search_by_phone_id_and_code(store, people):
    an = people["Nguyễn Văn An"]
    assert names(store, "0912345678") == ["Nguyễn Văn An"]
    assert names(store, "0912") == ["Nguyễn Văn An"]
    assert names(store, "079185000111") == ["Đặng Thị Đào"]
    assert [d.code for d in store.dossiers.find(an.code)] == [an.code]
    assert [d.code for d in store.dossiers.find(an.code.lower())] == [an.code]
    assert [d.code for d in store.dossiers.find(an.code.rsplit("-", 1)[1])] == [an.code]  # 010001
    assert len(store.dossiers.find("000.00.14.H56-261123")) == 5


def test_search_nothing_and_odd_input(store, people):
    assert names(store, "") == [] and names(store, "   ") == []
    assert names(store, "xyzzy") == []
    assert names(store, '" OR * AND (') == []  # FTS syntax is never passed through


def test_store_summary_columns(store):
    first = store.dossiers.add(NewDossier("khai-sinh", "Phạm An", channel="online",
                                          received_at=vn(2026, 11, 20, 20)), now=NOW)
    store.dossiers.set_status(first.code, "received", now=NOW, at=vn(2026, 11, 23, 8))
    store.dossiers.set_status(first.code, "resolved", now=NOW, at=vn(2026, 11, 23, 9))
    store.dossiers.add(NewDossier("thuong-tru", "Võ Bình", received_at=vn(2026, 11, 23, 9)), now=NOW)
    day = store.dossiers.summary(date(2026, 11, 23), date(2026, 11, 23))
    assert (day.total.received_total, day.total.carried_over, day.total.received_direct_post) == (2, 1, 1)
    assert (day.total.resolved_total, day.total.early, day.total.on_time) == (1, 0, 1)
    assert [r.field_name for r in day.rows] == ["Hộ tịch", "Cư trú"]
    with pytest.raises(Exception, match="Ngày kết thúc"):
        store.dossiers.summary(date(2026, 11, 23), date(2026, 11, 22))


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.randoms(use_true_random=False), st.integers(0, 20), st.integers(0, 15))
def test_summary_invariant_after_random_legal_histories(rng: random.Random, first, length):
    with tempfile.TemporaryDirectory() as tmp:
        store = Store(Path(tmp), clock=FixedClock(), auto_backup=False)
        try:
            store.setup(COMMUNE, AGENCY, DESK)
            slugs = list(store.dossiers.procedures())
            for _ in range(30):
                received = vn(2026, 10, 26, 7) + timedelta(minutes=rng.randrange(0, 28 * 24 * 60))
                dossier = store.dossiers.add(NewDossier(
                    rng.choice(slugs), "Nguyễn Văn An", channel=rng.choice(["direct", "online", "postal"]),
                    received_at=received), now=NOW)
                at, state = received, dossier.state
                for _ in range(rng.randrange(0, 6)):
                    if not TRANSITIONS[state]:
                        break
                    at += timedelta(minutes=rng.randrange(1, 3 * 24 * 60))
                    if at > NOW:
                        break
                    state = rng.choice(sorted(TRANSITIONS[state]))
                    store.dossiers.set_status(dossier.code, state, now=NOW, at=at, note="Lý do")
            start = date(2026, 10, 26) + timedelta(days=first)
            summary = store.dossiers.summary(start, start + timedelta(days=length))
            for row in [*summary.rows, summary.total]:
                assert row.received_total == row.resolved_total + row.pending_total
                assert row.resolved_total == row.early + row.on_time + row.late
                assert row.pending_total == row.pending_within + row.pending_overdue
                assert row.received_total == (row.received_online + row.received_direct_post
                                              + row.carried_over)
            whole = store.dossiers.summary(date(2026, 10, 1), NOW.date())
            assert whole.total.received_total == 30 and whole.total.carried_over == 0
            assert store.dossiers.count() == 30
        finally:
            store.close()
