"""The tracking book as data: every column of a dossier streamed out for the Excel book, and the
one bulk path that brings an old book in.

The import writes exactly what ``DossierRepo.add`` and ``set_status`` write for a dossier —
the row, its append-only events, its folded search entry, its book entry number and the outbox
report — in one transaction for the whole file, so a crash or an error leaves nothing behind.
"""

from __future__ import annotations

import hashlib
import json
import logging
import sqlite3
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING

from desktop.core.clock import from_epoch, to_epoch
from desktop.core.codes import CODE_RE, make_code
from desktop.core.collation import sort_key
from desktop.core.replay import RECEIVED, STATUS, DossierEvent
from desktop.core.states import Channel, State
from desktop.core.timing import DossierClock
from desktop.storage import events
from desktop.storage.dossiers import _next
from desktop.storage.search import index_text

if TYPE_CHECKING:
    from desktop.storage.settings import DeskIdentity
    from desktop.storage.store import Store

log = logging.getLogger(__name__)

#: The note of the first event of every imported dossier; the original row follows it.
IMPORT_NOTE = "Nhập từ sổ"

_COLUMNS = ("d.code, d.applicant, d.id_number, d.phone, d.address, d.procedure, p.name,"
            " p.field_name, d.channel, d.state, d.field, d.received_at, d.appointment_at,"
            " d.end_at, d.end_state, d.supplement_at, d.resumed_at, d.supplement_count")


@dataclass(frozen=True, slots=True)
class RegisterRow:
    """One dossier as the book lists it; times are aware datetimes in Vietnam time."""

    code: str
    applicant: str
    id_number: str | None
    phone: str | None
    address: str | None
    procedure: str
    procedure_name: str
    field_name: str
    channel: Channel
    state: State
    received_at: datetime
    appointment_at: datetime
    end_at: datetime | None
    clock: DossierClock


def register_rows(conn: sqlite3.Connection, start: int, end: int,
                  field_slug: str | None = None) -> Iterator[RegisterRow]:
    """Dossiers received in [start, end], oldest first, streamed from the cursor."""
    sql = (f"SELECT {_COLUMNS} FROM dossiers d LEFT JOIN procedures p ON p.slug = d.procedure"
           " WHERE d.received_at BETWEEN ? AND ?")
    params: tuple = (start, end)
    if field_slug:
        sql += " AND d.field = ?"
        params += (field_slug,)
    for r in conn.execute(sql + " ORDER BY d.received_at, d.id", params):
        yield RegisterRow(
            r[0], r[1], r[2], r[3], r[4], r[5], r[6] or r[5], r[7] or r[10], Channel(r[8]),
            State(r[9]), from_epoch(r[11]), from_epoch(r[12]), from_epoch(r[13]),
            DossierClock.from_row(r),
        )


@dataclass(frozen=True)
class ImportedDossier:
    """One checked line of an old book, ready to write (times in epoch seconds)."""

    code: str | None  # None: generate one for the receipt day
    procedure: str
    field: str
    channel: Channel
    state: State
    applicant: str
    id_number: str | None
    phone: str | None
    address: str | None
    received_at: int
    appointment_at: int
    end_at: int | None
    note: str | None
    original: dict = field(repr=False, default_factory=dict)

    @property
    def fingerprint(self) -> str:
        return row_fingerprint(self.original)


def row_fingerprint(original: dict) -> str:
    """Identifies a book line without a code, so importing the same file again adds nothing;
    the line number (STT) is left out, as it changes when rows are inserted above."""
    body = json.dumps({k: v for k, v in original.items() if k != "STT"}, ensure_ascii=False,
                      sort_keys=True)
    return hashlib.sha256(body.encode("utf-8")).hexdigest()


def imported_fingerprints(conn: sqlite3.Connection) -> set[str]:
    """Fingerprints of every line imported so far, read back from the events' original rows."""
    prefix = f"{IMPORT_NOTE}: "
    found = set()
    for (note,) in conn.execute("SELECT note FROM dossier_events WHERE from_state IS NULL"
                                " AND note LIKE ?", (prefix + "%",)):
        try:
            found.add(row_fingerprint(json.loads(note[len(prefix):])))
        except ValueError:
            continue
    return found


@dataclass(frozen=True)
class ImportOutcome:
    added: int
    skipped: int  # lines already in the log
    codes: tuple[str, ...] = ()


def existing_codes(conn: sqlite3.Connection, codes: Iterable[str]) -> set[str]:
    """Which of ``codes`` the log already holds (checked in chunks of SQLite's variable limit)."""
    wanted, found = list(codes), set()
    for i in range(0, len(wanted), 900):
        chunk = wanted[i:i + 900]
        marks = ",".join("?" * len(chunk))
        found.update(r[0] for r in conn.execute(
            f"SELECT code FROM dossiers WHERE code IN ({marks})", chunk))
    return found


def import_dossiers(store: Store, dossiers: Iterable[ImportedDossier], total: int, *,
                    now: datetime, actor: str | None = None,
                    progress: Callable[[int, int], None] = lambda done, total: None,
                    ) -> ImportOutcome:
    """Write every dossier in one transaction; lines already imported (the same code, or for a
    line without one the same content) are skipped. An exception raised while ``dossiers`` is
    consumed rolls the whole import back."""
    identity = store.settings.require_identity()
    actor = actor or store.actor
    now_s = to_epoch(now)
    added: list[str] = []
    taken: set[str] = set()
    with store.transaction() as conn:
        lines = imported_fingerprints(conn)
        skipped = 0
        for done, item in enumerate(dossiers, 1):
            if (existing_codes(conn, [item.code]) if item.code
                    else item.fingerprint in lines):
                skipped += 1
            else:
                if item.code:
                    _reserve(conn, identity, item.code)
                code = item.code or _fresh_code(conn, identity.agency_id, identity.desk,
                                                item.received_at, taken)
                taken.add(code)
                dossier_id = _write(conn, store, identity, item, code, actor, now_s)
                # The same report every write queues, marked as coming from the old book.
                store.dossiers.report(conn, store.dossiers.by_id(conn, dossier_id), now, identity,
                                      extra={"imported": True})
                added.append(code)
            if done % 1000 == 0 or done == total:
                progress(done, total)
    log.info("old book imported: %d dossiers added, %d already present", len(added), skipped)
    return ImportOutcome(len(added), skipped, tuple(added))


def _reserve(conn: sqlite3.Connection, identity: DeskIdentity, code: str) -> None:
    """A kept code in this desk's own format takes its number out of the day's sequence, so
    the desk never hands it out again."""
    found = CODE_RE.match(code)
    if found and found["agency"] == identity.agency_id and int(found["desk"]) == identity.desk:
        day = datetime.strptime(found["day"], "%y%m%d")
        conn.execute("INSERT INTO code_sequences(key, last) VALUES (?, ?) ON CONFLICT(key)"
                     " DO UPDATE SET last = max(last, excluded.last)",
                     (f"D{day:%Y%m%d}", int(found["seq"])))


def _fresh_code(conn: sqlite3.Connection, agency_id: str, desk: int, received_at: int,
                taken: set[str]) -> str:
    day = from_epoch(received_at).date()
    while True:
        code = make_code(agency_id, day, desk, _next(conn, f"D{day:%Y%m%d}"))
        if code not in taken and not existing_codes(conn, [code]):
            return code


def _write(conn: sqlite3.Connection, store: Store, identity: DeskIdentity, item: ImportedDossier,
           code: str, actor: str, now_s: int) -> int:
    """The row, then its events with their global identity (a receipt carrying the dossier and,
    if the line says it moved on, one ``imported`` move), then the row folded from them, as a
    colleague's desk folds them."""
    start_state = item.channel.start_state
    entry = _next(conn, f"Y{from_epoch(item.received_at).year}")
    dossier_id = conn.execute(
        "INSERT INTO dossiers(code, procedure, field, channel, state, applicant, id_number,"
        " phone, address, received_at, appointment_at, base_appointment_at, book_entry,"
        " updated_at, applicant_key, origin_desk) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
        (code, item.procedure, item.field, int(item.channel), int(start_state), item.applicant,
         item.id_number, item.phone, item.address, item.received_at, item.appointment_at,
         item.appointment_at, entry, now_s, sort_key(item.applicant), identity.desk),
    ).lastrowid
    original = json.dumps(item.original, ensure_ascii=False)
    installation = events.installation_id(conn)
    receipt = DossierEvent(events.new_uid(), code, RECEIVED, item.received_at, identity.desk, {
        "procedure": item.procedure, "field": item.field, "channel": int(item.channel),
        "state": int(start_state), "applicant": item.applicant, "id_number": item.id_number,
        "phone": item.phone, "address": item.address, "email": None, "authorised": None,
        "documents": [], "sets": 1, "appointment_at": item.appointment_at,
        "note": f"{IMPORT_NOTE}: {original}"})
    events.record(conn, dossier_id, receipt, actor=actor, installation=installation,
                  arrived_at=now_s)
    if item.state is not start_state:
        ends = item.state.ends_processing
        at = item.end_at if ends and item.end_at is not None else item.received_at
        move = DossierEvent(events.new_uid(), code, STATUS, at, identity.desk, {
            "from": int(start_state), "to": int(item.state), "note": item.note or IMPORT_NOTE,
            "imported": True, "end_at": item.end_at if ends else None})
        events.record(conn, dossier_id, move, actor=actor, installation=installation,
                      arrived_at=now_s)
    conn.execute("INSERT INTO dossier_search(rowid, text) VALUES (?, ?)",
                 (dossier_id, index_text(code, item.applicant, item.phone, item.id_number)))
    events.refold(conn, dossier_id, store.calendar, now_s)
    return dossier_id
