"""The printed overdue list and the II.06a table answer the same question: on a log holding
every combination of receipt, appointment, end and supplement around one period, the list must
name exactly the dossiers the table counts as late or overdue."""

from __future__ import annotations

import itertools
from datetime import date

from desktop.core.states import State
from desktop.pdf.rows import PENDING_OVERDUE, RESOLVED_LATE, overdue_lines, period_bounds
from tests.pdf.conftest import add

FIRST, LAST = date(2026, 11, 16), date(2026, 11, 20)
HOUR = 3600


def test_overdue_list_matches_the_summary_on_every_kind_of_dossier(store):
    start, end = period_bounds(FIRST, LAST)
    received = (start - 3 * 86400, start + 10 * HOUR, end + HOUR)
    appointment = (-2 * 86400, 86400, 20 * 86400)  # after receipt
    ends = (None, (start - 86400, State.RESOLVED), (start + 2 * 86400, State.RESOLVED),
            (start + 2 * 86400, State.WITHDRAWN), (end + 86400, State.RESOLVED))
    supplements = ((None, None, 0), (start + 86400, None, 1), (start + 86400, start + 2 * 86400, 1),
                   (start + 86400, start + 2 * 86400, 2))
    cases = list(itertools.product(received, appointment, ends, supplements))
    for _ in cases:
        add(store, "Nguyễn Văn An")
    codes = [c for (c,) in store.conn.execute("SELECT code FROM dossiers ORDER BY id")]
    assert len(codes) == len(cases)
    with store.conn:
        for code, (got, due, ended, (asked, back, count)) in zip(codes, cases, strict=True):
            end_at, end_state = ended if ended else (None, None)
            store.conn.execute(
                "UPDATE dossiers SET received_at = ?, appointment_at = ?, end_at = ?,"
                " end_state = ?, supplement_at = ?, resumed_at = ?, supplement_count = ?"
                " WHERE code = ?",
                (got, max(got + HOUR, got + due) if due > 0 else got + due, end_at,
                 None if end_state is None else int(end_state), asked, back, count, code))
    total = store.dossiers.summary(FIRST, LAST).total
    lines = overdue_lines(store.conn, start, end)
    marks = [line.mark for line in lines]
    assert total.late > 0 and total.pending_overdue > 0
    assert marks.count(RESOLVED_LATE) == total.late
    assert marks.count(PENDING_OVERDUE) == total.pending_overdue
    assert len({line.code for line in lines}) == len(lines)
