"""A file whose header is fine but whose data pages are damaged: the clerk gets a plain
message, never a Python traceback, whichever command stumbles on the damage."""

from __future__ import annotations

import sqlite3

from desktop.paths import db_path
from desktop.storage.dossiers import NewDossier
from tests.conftest import FIXED_NOW


def test_damage_found_mid_command_is_explained_not_traced(store, data_dir, cli):
    for i in range(400):
        store.dossiers.add(NewDossier("khai-sinh", f"Nguyễn Văn An {chr(65 + i % 26)}"),
                           now=FIXED_NOW)
    store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    page_size = store.conn.execute("PRAGMA page_size").fetchone()[0]
    pages = store.conn.execute("PRAGMA page_count").fetchone()[0]
    store.close()
    path = db_path(data_dir)
    # Keep the first pages (header, schema, settings, catalogue: the store opens fine) and wreck
    # the later ones, where the dossiers, their events and the search index live.
    with path.open("r+b") as handle:
        for page in range(pages // 3, pages):
            handle.seek(page * page_size)
            handle.write(b"\xff" * page_size)
    damaged = path.read_bytes()
    for args in (("dossier", "find", "nguyen"), ("summary", "--from", "2026-11-01",
                                                  "--to", "2026-11-30")):
        code, out, err = cli(*args)
        assert code != 0
        assert "Traceback" not in err and "DatabaseError" not in err, err
        assert err.startswith("motcua: ") and len(err.strip().splitlines()) == 1, err
    assert path.read_bytes() == damaged  # nothing tried to "repair" it behind the user's back
    conn = sqlite3.connect(path)
    try:  # the damage is real: SQLite itself refuses the file or lists what is broken
        try:
            found = conn.execute("PRAGMA quick_check").fetchall()
        except sqlite3.DatabaseError:
            found = None
        assert found != [("ok",)]
    finally:
        conn.close()
