"""Finding a queued report by what the clerk copies from ``motcua outbox``: its number, its id
or the first 8+ characters of the id, which may happen to be all digits."""

from __future__ import annotations

from desktop.storage import outbox


def _enqueue(store, entity: str) -> str:
    with store.transaction() as conn:
        return outbox.enqueue(conn, "dossier", entity, {"x": 1}, now=1, commune_code=70, desk=1)


def _set_id(store, old: str, new: str) -> None:
    with store.transaction() as conn:
        conn.execute("UPDATE outbox SET id = ? WHERE id = ?", (new, old))


def test_an_all_digit_prefix_is_found_as_a_prefix(store):
    row_id = _enqueue(store, "dossier:A")
    _set_id(store, row_id, "55143472-0000-4000-8000-000000000000")
    found = outbox.find(store.conn, "55143472")
    assert found is not None and found.id == "55143472-0000-4000-8000-000000000000"


def test_a_sequence_number_is_still_found(store):
    row_id = _enqueue(store, "dossier:B")
    seq = store.conn.execute("SELECT seq FROM outbox WHERE id = ?", (row_id,)).fetchone()[0]
    assert outbox.find(store.conn, str(seq)).id == row_id
    assert outbox.find(store.conn, row_id[:8]).id == row_id


def test_a_number_naming_two_rows_names_none(store):
    first, second = _enqueue(store, "dossier:C"), _enqueue(store, "dossier:D")
    seq = store.conn.execute("SELECT seq FROM outbox WHERE id = ?", (first,)).fetchone()[0]
    digits = f"{seq:08d}"
    _set_id(store, second, f"{digits}-0000-4000-8000-000000000000")
    assert int(digits) == seq and outbox.find(store.conn, digits) is None
