"""The province's "overdue" (the national and province pages' count, a commune's overdue list and
its II.06a "pending, overdue" column) is SQL over the dossier reports; the desk judges with
``desktop.core``. Dossiers in every state, due on both sides of now, are judged by core's
``classify`` and reported to a real central store (SQLite and PostgreSQL): both must name the
same dossiers, now and at a period's last second, so any change on either side fails here."""

from __future__ import annotations

import sqlite3
import uuid
from datetime import datetime, timedelta

import psycopg
import pytest

from central.schema import Item, payload_hash
from central.store import open_store, oversight, sqlite_migrations
from desktop.core import timing
from desktop.core.clock import VN_TZ, day_bounds, to_epoch
from desktop.core.states import Channel, State
from desktop.core.summary import Outcome, classify
from desktop.storage import Store
from desktop.storage.dossiers import NewDossier
from tests.changed_law import built_under

NOW = datetime(2025, 11, 18, 9, 0, tzinfo=VN_TZ)
COMMUNE = "70"
S, P = State.SUPPLEMENT_REQUESTED, State.PROCESSING
#: Each state a dossier can be in, and the moves (one an hour) that bring it there.
HISTORIES = {
    "registered online": (Channel.ONLINE, ()),
    "refused": (Channel.ONLINE, (State.REFUSED,)),
    "received": (Channel.DIRECT, ()),
    "processing": (Channel.DIRECT, (P,)),
    "waiting for the first supplement": (Channel.DIRECT, (S,)),
    "supplement back": (Channel.DIRECT, (S, P)),
    "asked twice, waiting": (Channel.DIRECT, (S, P, S)),
    "asked twice, back": (Channel.DIRECT, (S, P, S, P)),
    "fees due": (Channel.DIRECT, (State.FEES_DUE,)),
    "withdrawn": (Channel.DIRECT, (State.WITHDRAWN,)),
    "stopped": (Channel.DIRECT, (State.STOPPED,)),
    "resolved": (Channel.DIRECT, (State.RESOLVED,)),
    "returned": (Channel.DIRECT, (State.RESOLVED, State.RETURNED)),
}
#: Appointments around now (09:00) and around the end of today, the period's last second.
DUE = {"a day ago": -86400, "a second ago": -1, "now": 0, "in a second": 1,
       "tonight 23:59:59": 15 * 3600 - 1, "tomorrow 00:00": 15 * 3600, "in a day": 86400}


@pytest.fixture(scope="module")
def reported(tmp_path_factory):
    """(reports as the desk sends them, the names of the dossiers core calls overdue now and
    at the end of today, the names by code, the desk's clocks by name)."""
    store = Store(tmp_path_factory.mktemp("desk"), clock=lambda: NOW, auto_backup=False)
    store.setup(int(COMMUNE), "000.00.14.H56", 1)
    received = NOW - timedelta(days=5)
    start, end = day_bounds(received.date(), NOW.date())
    now = to_epoch(NOW)
    reports, overdue, overdue_at_end, names, clocks = [], set(), set(), {}, {}
    for (history, (channel, moves)), (due, offset) in (
            (h, d) for h in HISTORIES.items() for d in DUE.items()):
        code = store.dossiers.add(NewDossier("tam-tru", "Trần Văn An", channel=channel,
                                             received_at=received), now=NOW).code
        for hour, state in enumerate(moves, start=1):
            store.dossiers.set_status(code, state, now=NOW, at=received + timedelta(hours=hour),
                                      note="Thiếu CT01")
        with store.conn:
            store.conn.execute("UPDATE dossiers SET appointment_at = ? WHERE code = ?",
                               (now + offset, code))
        dossier = store.dossiers.get(code)
        assert dossier.state is (moves[-1] if moves else channel.start_state)
        names[code] = name = f"{history}, due {due}"
        clocks[name] = dossier.clock
        if classify(dossier.clock, start, now).outcome is Outcome.PENDING_OVERDUE:
            overdue.add(name)
        if classify(dossier.clock, start, end).outcome is Outcome.PENDING_OVERDUE:
            overdue_at_end.add(name)
        reports.append(dossier.report(personal=False, now=NOW))
    store.close()
    return reports, (overdue, overdue_at_end), names, clocks


@pytest.fixture(params=["sqlite", "postgresql"])
def target(request, tmp_path):
    return tmp_path / "c.sqlite3" if request.param == "sqlite" \
        else request.getfixturevalue("pg_url")


def ingested(target, reports):
    store = open_store(target)
    desk = store.desk_for(store.issue_token(COMMUNE, 1, 1))
    items = [Item(id=str(uuid.uuid4()), kind="dossier", entity=f"dossier:{p['code']}",
                  payload=p, payload_hash=payload_hash(p), created_at=to_epoch(NOW),
                  commune_code=COMMUNE, desk=1, app_version="0.1.0") for p in reports]
    assert {r.status for r in store.ingest(desk, items, to_epoch(NOW))} == {"accepted"}
    return store


@pytest.fixture
def central(target, reported):
    store = ingested(target, reported[0])
    yield store
    store.close()


def test_the_province_counts_overdue_what_the_desk_does(central, reported):
    _, (by_core, _), names, _ = reported
    now = to_epoch(NOW)
    # The fixture reaches both sides of each part of the rule: the appointment, a paused clock,
    # a dossier not yet accepted, one asked twice for papers whatever its dates.
    assert "processing, due a second ago" in by_core and "processing, due now" not in by_core
    assert "waiting for the first supplement, due a day ago" not in by_core
    assert "registered online, due a second ago" in by_core
    assert "asked twice, waiting, due in a day" in by_core
    assert "asked twice, back, due in a day" in by_core
    listed = {names[code] for code, *_ in oversight.overdue_dossiers(central, COMMUNE, now, 1000)}
    assert sorted(listed) == sorted(by_core)
    figures = oversight.commune_figures(central, now=now, day_start=now, month_start=now)
    assert figures[COMMUNE].overdue == len(listed)
    start, _ = day_bounds((NOW - timedelta(days=5)).date())
    period = oversight.period_rows(central, COMMUNE, start, now + 1)  # up to now, inclusive
    assert period[""]["pending_overdue"] == len(listed)


def test_the_communes_period_counts_overdue_what_the_desks_summary_does(central, reported):
    _, (_, by_core), _, _ = reported
    assert "processing, due tomorrow 00:00" not in by_core
    assert "processing, due tonight 23:59:59" not in by_core  # not after its appointment
    assert "processing, due in a second" in by_core and "registered online, due now" in by_core
    start, end = day_bounds((NOW - timedelta(days=5)).date(), NOW.date())
    # As the commune page asks: from the first day's 00:00 to before the day after the last.
    period = oversight.period_rows(central, COMMUNE, start, end + 1)
    assert period[""]["pending_overdue"] == len(by_core)


def test_a_store_from_before_the_supplement_count_learns_it_from_the_stored_reports(target,
                                                                                   reported):
    """A province upgraded with reports already folded: the migration fills each dossier's
    supplement requests from the report it was folded from, so its dossiers asked twice count
    as overdue at once, without waiting for the desks to report them again."""
    reports, (by_core, _), names, _ = reported
    ingested(target, reports).close()
    if isinstance(target, str):  # as the previous version left it
        with psycopg.connect(target, autocommit=True) as conn:
            conn.execute("ALTER TABLE dossier_state DROP COLUMN supplement_count")
            conn.execute("DELETE FROM schema_version WHERE version = (SELECT max(version)"
                         " FROM schema_version)")
    else:
        with sqlite3.connect(target) as conn:
            conn.execute("ALTER TABLE dossier_state DROP COLUMN supplement_count")
            conn.execute(f"PRAGMA user_version = {sqlite_migrations.LATEST - 1}")
        conn.close()
    store = open_store(target)
    try:
        now = to_epoch(NOW)
        listed = {names[c] for c, *_ in oversight.overdue_dossiers(store, COMMUNE, now, 1000)}
        assert "asked twice, back, due in a day" in listed
        assert sorted(listed) == sorted(by_core)
    finally:
        store.close()


@pytest.mark.parametrize("law", [
    {"FORCED_LATE_SUPPLEMENTS": 3},  # a third request, not the second, makes a dossier late
    {"CLOCK_STOPS": (("end_at", None),)},  # the clock no longer pauses for a supplement
], ids=["third request late", "no pause"])
def test_a_change_in_the_law_is_one_edit_in_core_for_the_province_too(central, reported,
                                                                       monkeypatch, law):
    _, (before, _), names, clocks = reported
    now = to_epoch(NOW)
    changed = built_under(monkeypatch, oversight, **law)
    by_core = {name for name, clock in clocks.items() if timing.is_overdue(clock, now)}
    assert by_core != before  # the fixture feels the change
    listed = {names[c] for c, *_ in changed.overdue_dossiers(central, COMMUNE, now, 1000)}
    assert sorted(listed) == sorted(by_core)
    figures = changed.commune_figures(central, now=now, day_start=now, month_start=now)
    assert figures[COMMUNE].overdue == len(by_core)
