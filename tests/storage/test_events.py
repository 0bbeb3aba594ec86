"""Events with a global identity on real SQLite files: two desks exchange them by hand."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.core.states import State
from desktop.storage import Store
from desktop.storage.dossiers import NewDossier
from tests.conftest import AGENCY, COMMUNE, FIXED_NOW, FixedClock, vn


def desk(tmp_path: Path, clock, number: int) -> Store:
    opened = Store(tmp_path / f"desk{number}", clock=clock)
    opened.setup(COMMUNE, AGENCY, number, f"Cán bộ quầy {number}")
    return opened


def exchange(source: Store, target: Store) -> int:
    """Everything ``source`` made itself, applied at ``target`` (what the hub relays)."""
    bodies, _ = source.replica.outgoing(10_000)
    return target.replica.incoming(bodies, 0, 0).new


def test_a_colleagues_dossier_arrives_whole_and_can_be_moved_at_another_desk(tmp_path, clock):
    one, three = desk(tmp_path, clock, 1), desk(tmp_path, clock, 3)
    made = one.dossiers.add(NewDossier("tam-tru", "Đặng Thị Hoa", phone="0912345678",
                                       received_at=vn(2026, 11, 23, 8)), now=FIXED_NOW)
    one.dossiers.set_status(made.code, State.PROCESSING, now=FIXED_NOW, at=vn(2026, 11, 23, 9))
    assert exchange(one, three) == 2
    assert exchange(one, three) == 0  # the same events again change nothing
    seen = three.dossiers.get(made.code)
    assert seen.state is State.PROCESSING and seen.desk == 1 and seen.applicant == "Đặng Thị Hoa"
    assert seen.appointment_at == made.appointment_at
    assert [d.code for d in three.dossiers.find("dang hoa")] == [made.code]
    three.dossiers.set_status(made.code, State.RESOLVED, now=FIXED_NOW, at=vn(2026, 11, 23, 9, 30))
    assert exchange(three, one) == 1
    back = one.dossiers.get(made.code)
    assert back.state is State.RESOLVED and back.end_at == vn(2026, 11, 23, 9, 30)
    assert [e.desk for e in one.dossiers.events(made.code)] == [1, 1, 3]
    # only the desk that made a change reports it upward
    assert three.replica.outgoing(100)[0][0]["origin_desk"] == 3
    assert [(d.desk, d.dossiers) for d in three.replica.desks()] == [(1, 1), (3, 0)]


def test_moves_made_apart_converge_with_the_same_conflict_on_both_desks(tmp_path, clock):
    one, two = desk(tmp_path, clock, 1), desk(tmp_path, clock, 2)
    made = one.dossiers.add(NewDossier("tam-tru", "Lê Văn Bình",
                                       received_at=vn(2026, 11, 23, 8)), now=FIXED_NOW)
    exchange(one, two)
    one.dossiers.set_status(made.code, State.RESOLVED, now=FIXED_NOW, at=vn(2026, 11, 23, 9))
    two.dossiers.set_status(made.code, State.WITHDRAWN, now=FIXED_NOW, at=vn(2026, 11, 23, 9, 5),
                            note="Công dân rút hồ sơ")
    exchange(one, two)
    exchange(two, one)
    a, b = one.dossiers.get(made.code), two.dossiers.get(made.code)
    assert (a.state, a.end_at, a.conflicts, a.conflict_open) == (
        b.state, b.end_at, b.conflicts, b.conflict_open)
    assert a.state is State.RESOLVED and a.conflicts == 1 and a.conflict_open
    marks = [(e.to_state, e.conflict) for e in two.dossiers.events(made.code)]
    assert marks == [(State.RECEIVED, False), (State.RESOLVED, False), (State.WITHDRAWN, True)]
    two.dossiers.set_status(made.code, State.RETURNED, now=FIXED_NOW, at=vn(2026, 11, 23, 9, 10))
    exchange(two, one)
    assert not one.dossiers.get(made.code).conflict_open


def test_a_move_that_arrives_before_its_receipt_waits_for_it(tmp_path, clock):
    one, three, two = desk(tmp_path, clock, 1), desk(tmp_path, clock, 3), desk(tmp_path, clock, 2)
    made = one.dossiers.add(NewDossier("tam-tru", "Trần An",
                                       received_at=vn(2026, 11, 23, 8)), now=FIXED_NOW)
    exchange(one, three)
    three.dossiers.set_status(made.code, State.PROCESSING, now=FIXED_NOW, at=vn(2026, 11, 23, 9))
    assert exchange(three, two) == 1  # desk 2 has not got the receipt yet
    assert two.dossiers.count() == 0
    exchange(one, two)
    assert two.dossiers.get(made.code).state is State.PROCESSING
    summary = two.dossiers.summary(vn(2026, 11, 23).date(), vn(2026, 11, 23).date(), desk=1)
    assert summary.total.received_total == 1
    assert two.dossiers.summary(vn(2026, 11, 23).date(), vn(2026, 11, 23).date(),
                                desk=2).total.received_total == 0


def test_with_a_hub_each_desk_reports_only_its_own_day_upward(tmp_path, clock):
    from desktop.sync.reports import summary_payload

    one, two = desk(tmp_path, clock, 1), desk(tmp_path, clock, 2)
    for store in (one, two):
        store.dossiers.add(NewDossier("tam-tru", "Võ Văn Kiệt",
                                      received_at=vn(2026, 11, 23, 8)), now=FIXED_NOW)
    exchange(one, two)
    day = vn(2026, 11, 23).date()
    assert summary_payload(two, day)["total"]["received_total"] == 2  # no hub: the file's all
    two.update_settings(hub=True)
    assert summary_payload(two, day)["total"]["received_total"] == 1
    assert two.dossiers.summary(day, day).total.received_total == 2  # the window: the commune


def test_a_version_7_file_gets_identities_for_every_kind_and_folds_to_its_rows(tmp_path, clock):
    """Step 8 backfills the events of main's paper set and corrections; folding them gives
    back each dossier's row (what a colleague will rebuild from them)."""
    import json
    import sqlite3
    from contextlib import closing

    from desktop.core.clock import iso, to_epoch
    from desktop.core.collation import sort_key
    from desktop.storage import migrations
    from desktop.storage.events import history, refold

    folder = tmp_path / "old"
    folder.mkdir()
    received, moved = to_epoch(vn(2026, 11, 23, 8)), to_epoch(vn(2026, 11, 23, 9))
    new_at = vn(2026, 12, 3, 10)
    with closing(sqlite3.connect(folder / "motcua.sqlite3")) as conn:
        migrations.migrate(conn, 7)
        conn.execute(
            "INSERT INTO dossiers(id, code, procedure, field, channel, state, applicant, phone,"
            " received_at, appointment_at, base_appointment_at, updated_at, applicant_key, holder,"
            " rescheduled_to) VALUES (1, ?, 'tam-tru', 'cu_tru', 1, 4, 'Lê Văn Ân', NULL, ?, ?, ?,"
            " ?, ?, 'Trần Chuyên', ?)",
            (f"{AGENCY}-261123-020001", received, received + 3 * 86400, received + 3 * 86400,
             moved, sort_key("Lê Văn Ân"), to_epoch(new_at)))
        events = [
            (received, None, 2, None, "state", None, None),
            (moved, 2, 4, None, "state", None, None),
            (moved, 4, 4, None, "handover", None, {"giver": "Quầy", "giver_role": "desk",
                                                   "receiver": "Trần Chuyên",
                                                   "receiver_role": "specialist"}),
            (moved + 60, 4, 4, "Sai tên", "correction",
             {"applicant": ["Lê Văn An", "Lê Văn Ân"], "phone": ["0912345678", None]}, None),
            (moved + 120, 4, 4, "Chờ xác minh", "reschedule", None,
             {"rescheduled_to": iso(new_at), "previous": iso(vn(2026, 11, 26, 8))}),
        ]
        conn.executemany(
            "INSERT INTO dossier_events(dossier_id, at, actor, from_state, to_state, note, kind,"
            " changes, payload) VALUES (1, ?, 'Cán bộ', ?, ?, ?, ?, ?, ?)",
            [(at, f, t, note, kind, json.dumps(c) if c else None, json.dumps(p) if p else None)
             for at, f, t, note, kind, c, p in events])
        conn.commit()
    with Store(folder, clock=clock) as store:
        rows = store.conn.execute("SELECT kind, uid, installation FROM dossier_events"
                                  " ORDER BY id").fetchall()
        assert [r["kind"] for r in rows] == ["received", "state", "handover", "correction",
                                             "reschedule"]
        assert all(r["uid"] and r["installation"] for r in rows)
        before = dict(store.conn.execute("SELECT * FROM dossiers").fetchone())
        with store.transaction() as conn:
            folded = refold(conn, 1, store.calendar, before["updated_at"])
        after = dict(store.conn.execute("SELECT * FROM dossiers").fetchone())
        assert after == before
        assert folded.holder == "Trần Chuyên" and folded.conflicts == []
        assert len(history(store.conn, 1)) == 5


@pytest.fixture(scope="module")
def commune_log(tmp_path_factory) -> list[dict]:
    """Two desks' events: receipts, moves, a supplement pause, a conflict and a correction."""
    from desktop.storage.corrections import Correction

    tmp_path, clock = tmp_path_factory.mktemp("log"), FixedClock()
    one, two = desk(tmp_path, clock, 1), desk(tmp_path, clock, 2)
    codes = [one.dossiers.add(NewDossier("tam-tru", name, received_at=vn(2026, 11, 20, 8 + i)),
                              now=FIXED_NOW).code
             for i, name in enumerate(("Đặng Văn Hải", "Lê Thị Thu", "Ngô Bảo Châu"))]
    exchange(one, two)
    one.dossiers.set_status(codes[0], State.PROCESSING, now=FIXED_NOW, at=vn(2026, 11, 20, 9))
    one.dossiers.set_status(codes[0], State.SUPPLEMENT_REQUESTED, now=FIXED_NOW,
                            at=vn(2026, 11, 20, 10), note="Thiếu giấy")
    one.dossiers.set_status(codes[0], State.PROCESSING, now=FIXED_NOW, at=vn(2026, 11, 23, 9))
    one.dossiers.set_status(codes[1], State.RESOLVED, now=FIXED_NOW, at=vn(2026, 11, 20, 11))
    two.dossiers.set_status(codes[1], State.WITHDRAWN, now=FIXED_NOW, at=vn(2026, 11, 20, 12),
                            note="Công dân rút hồ sơ")
    two.dossiers.correct(codes[2], Correction("Sai tên", applicant="Ngô Bảo Chân",
                                              phone="0987654321"), now=FIXED_NOW)
    two.dossiers.add(NewDossier("khai-sinh", "Võ Thị Sáu", received_at=vn(2026, 11, 20, 14)),
                     now=FIXED_NOW)
    log = one.replica.outgoing(10_000)[0] + two.replica.outgoing(10_000)[0]
    one.close()
    two.close()
    return log


def _rows(store: Store) -> list[dict]:
    rows = [dict(r) for r in store.conn.execute("SELECT * FROM dossiers ORDER BY code")]
    for row in rows:
        del row["id"]
    return rows


@given(st.data())
@settings(max_examples=25, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_any_page_split_order_or_repeat_gives_a_new_desk_the_same_rows(tmp_path_factory,
                                                                     commune_log, data):
    """A catch-up folds each dossier once per page; how the hub's pages cut the log, in which
    order the events come and how often must not change a single stored value or search hit."""
    folder, clock, log = tmp_path_factory.mktemp("desks"), FixedClock(), commune_log
    reference = desk(folder, clock, 4)
    assert reference.replica.incoming(log, 1, 0).new == len(log)
    shuffled = data.draw(st.permutations(log + data.draw(st.lists(st.sampled_from(log)))))
    cuts = sorted(data.draw(st.lists(st.integers(0, len(shuffled)), max_size=6)))
    late = desk(folder, clock, 5)
    new = sum(late.replica.incoming(shuffled[a:b], 1, 0).new
              for a, b in zip([0, *cuts], [*cuts, len(shuffled)], strict=True))
    assert new == len(log)
    assert _rows(late) == _rows(reference)
    assert late.conn.execute("SELECT count(*) FROM dossier_events").fetchone()[0] == len(log)
    assert late.conn.execute("SELECT count(*) FROM event_orphans").fetchone()[0] == 0
    for name in ("dang hai", "ngo bao chan", "0987654321", "vo thi sau"):
        assert [d.code for d in late.dossiers.find(name)] == [
            d.code for d in reference.dossiers.find(name)] != []
    assert late.dossiers.find("ngo bao chau") == []
    reference.close()
    late.close()
