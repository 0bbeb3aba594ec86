"""The dossier log: receiving, moving through states, looking up, and the period clocks.

Every write is one transaction holding the dossier row, its append-only event, its search
index entry and the outbox row that reports it.
"""

from __future__ import annotations

import json
import logging
import sqlite3
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING

from desktop.core.catalogue import Procedure
from desktop.core.clock import (
    day_bounds,
    format_slip_time,
    from_epoch,
    from_iso,
    iso,
    to_epoch,
    to_vn,
)  # fmt: skip
from desktop.core.codes import make_code
from desktop.core.collation import sort_key
from desktop.core.errors import UserError, ValidationError
from desktop.core.replay import RECEIVED, STATUS, DossierEvent
from desktop.core.states import (
    REASON_REQUIRED,
    Channel,
    State,
    check_reason,
    check_transition,
    parse_channel,
    parse_state,
)  # fmt: skip
from desktop.core.summary import Summary, summarise
from desktop.core.timing import CLOCK_COLUMNS, DossierClock, Timing, is_overdue, judge_clock
from desktop.core.validation import (
    check_not_future,
    clean_email,
    clean_id_number,
    clean_name,
    clean_phone,
    clean_text,
)  # fmt: skip
from desktop.storage import corrections, events, outbox
from desktop.storage.corrections import CORRECTION, Correction, FieldChange
from desktop.storage.period_rows import cohort_rows
from desktop.storage.search import index_text, search_ids

if TYPE_CHECKING:
    from desktop.storage.settings import DeskIdentity
    from desktop.storage.store import Store


@dataclass(frozen=True)
class NewDossier:
    """What the clerk enters at the desk; ``received_at`` None means now."""

    procedure: str
    applicant: str
    channel: Channel | str | int = Channel.DIRECT
    id_number: str | None = None
    phone: str | None = None
    address: str | None = None
    email: str | None = None
    authorised: str | None = None
    documents: tuple[str, ...] = ()
    sets: int = 1
    received_at: datetime | None = None
    note: str | None = None


@dataclass(frozen=True)
class CheckedDossier:
    procedure: Procedure
    applicant: str
    channel: Channel
    id_number: str | None
    phone: str | None
    address: str | None
    email: str | None
    authorised: str | None
    documents: tuple[str, ...]
    sets: int
    received_at: datetime
    note: str | None


@dataclass(frozen=True)
class Event:
    """``kind`` is 'state' (a move), 'handover' or 'reschedule'; ``payload`` carries the facts
    the papers print (missing papers, legal basis, new appointment, giver and receiver)."""

    at: datetime
    actor: str
    from_state: State | None
    to_state: State
    note: str | None
    kind: str = STATUS
    payload: dict = field(default_factory=dict)
    #: For a correction: each changed field's old and new value (the note is the reason).
    changes: tuple[FieldChange, ...] = ()
    desk: int | None = None  # the desk that made it
    conflict: bool = False  # not legal after the moves before it: kept, shown, not applied

    @property
    def is_correction(self) -> bool:
        return self.kind == CORRECTION

    def to_json(self) -> dict:
        found = {"at": iso(self.at), "actor": self.actor, "kind": self.kind,
                 "from": self.from_state.slug if self.from_state else None,
                 "to": self.to_state.slug, "note": self.note, **self.payload,
                 "desk": self.desk, "conflict": self.conflict}
        if self.changes:
            found["changes"] = {c.field: {"old": c.old, "new": c.new} for c in self.changes}
        return found


@dataclass(frozen=True)
class Dossier:
    id: int
    code: str
    procedure: str
    procedure_name: str
    field: str
    field_name: str
    legal_days: int
    channel: Channel
    state: State
    applicant: str
    id_number: str | None
    phone: str | None
    address: str | None
    email: str | None
    authorised: str | None
    documents: tuple[str, ...]
    sets: int
    received_at: datetime
    appointment_at: datetime
    end_at: datetime | None
    end_state: State | None
    supplement_count: int
    book_entry: int | None
    clock: DossierClock = field(repr=False)
    rescheduled_to: datetime | None = None
    holder: str | None = None
    desk: int | None = None  # the desk that received it
    conflicts: int = 0  # moves kept in the history but not applied
    conflict_open: bool = False  # a conflict no later move has resolved yet

    def timing(self, now: datetime) -> Timing | None:
        """Early/on time/late once ended (or waiting for the first supplement)."""
        return judge_clock(self.clock, to_epoch(now))

    def is_overdue(self, now: datetime) -> bool:
        return is_overdue(self.clock, to_epoch(now))

    def report(self, *, personal: bool, now: datetime) -> dict:
        """What goes upward: no personal data unless the commune turned it on."""
        timing = self.timing(now)
        data = {
            "code": self.code, "procedure": self.procedure, "field": self.field,
            "channel": self.channel.slug, "state": int(self.state),
            "received_at": iso(self.received_at), "appointment_at": iso(self.appointment_at),
            "end_at": iso(self.end_at), "timing": timing.value if timing else None,
            "supplement_count": self.supplement_count,
            "rescheduled_to": iso(self.rescheduled_to),
        }  # fmt: skip
        if personal:
            data |= {"applicant": self.applicant, "id_number": self.id_number,
                     "phone": self.phone, "address": self.address}
        return data

    def to_json(self, now: datetime) -> dict:
        timing = self.timing(now)
        return {
            "code": self.code, "procedure": self.procedure, "procedure_name": self.procedure_name,
            "field": self.field, "field_name": self.field_name, "legal_days": self.legal_days,
            "channel": self.channel.slug, "status": self.state.slug, "state": int(self.state),
            "status_label": self.state.label, "applicant": self.applicant,
            "id_number": self.id_number, "phone": self.phone, "address": self.address,
            "email": self.email, "authorised": self.authorised, "documents": list(self.documents),
            "sets": self.sets, "received_at": iso(self.received_at),
            "appointment_at": iso(self.appointment_at), "end_at": iso(self.end_at),
            "timing": timing.value if timing else None, "overdue": self.is_overdue(now),
            "supplement_count": self.supplement_count, "book_entry": self.book_entry,
            "rescheduled_to": iso(self.rescheduled_to), "holder": self.holder,
            "desk": self.desk, "conflicts": self.conflicts, "conflict_open": self.conflict_open,
        }  # fmt: skip


_SELECT = "SELECT * FROM dossiers"

# Codes, states and procedure slugs only: never the applicant's details or the clerk's notes.
log = logging.getLogger(__name__)


class DossierRepo:
    def __init__(self, store: Store) -> None:
        self._store = store
        self._procedures: dict[str, Procedure] | None = None

    @property
    def _conn(self) -> sqlite3.Connection:
        return self._store.conn

    # -- catalogue ----------------------------------------------------------
    def procedures(self) -> dict[str, Procedure]:
        if self._procedures is None:
            rows = self._conn.execute(
                "SELECT * FROM procedures WHERE active = 1 ORDER BY field, name"
            ).fetchall()
            self._procedures = {
                r["slug"]: Procedure(r["slug"], r["name"], r["field"], r["days"], bool(r["cutoff"]),
                                     tuple(json.loads(r["documents"])), r["source"],
                                     json.loads(r["steps"]) if r["steps"] else None)
                for r in rows
            }
        return self._procedures

    def field_names(self) -> dict[str, str]:
        return dict(self._conn.execute("SELECT DISTINCT field, field_name FROM procedures").fetchall())

    def procedure(self, slug: str) -> Procedure:
        found = self.procedures().get(slug.strip())
        if found is None:
            raise UserError(f"Không có thủ tục «{slug}» trong danh mục. Các mã hợp lệ: "
                            + ", ".join(self.procedures()), "procedure")
        return found

    def forget_catalogue(self) -> None:
        self._procedures = None

    # -- receiving ------------------------------------------------------------
    def check(self, new: NewDossier, now: datetime) -> CheckedDossier:
        """Every field at once, so the form can show all its messages together; no I/O but
        the in-memory catalogue."""
        errors: dict[str, str] = {}
        procedure = None
        try:
            procedure = self.procedure(new.procedure)
        except UserError as exc:
            errors["procedure"] = exc.message
        try:
            channel = parse_channel(new.channel) if not isinstance(new.channel, Channel) else new.channel
        except UserError as exc:
            errors["channel"], channel = exc.message, Channel.DIRECT
        applicant, message = clean_name(new.applicant)
        if message:
            errors["applicant"] = message
        cleaned = {}
        for key, cleaner in (("id_number", clean_id_number), ("phone", clean_phone),
                             ("email", clean_email)):
            cleaned[key], message = cleaner(getattr(new, key))
            if message:
                errors[key] = message
        if not 1 <= int(new.sets) <= 99:
            errors["sets"] = "Số bộ hồ sơ phải từ 1 đến 99."
        received_at = to_vn(new.received_at) if new.received_at else to_vn(now)
        message = check_not_future(received_at, now)
        if message:
            errors["received_at"] = message
        elif received_at < to_vn(now) - timedelta(days=366):
            errors["received_at"] = "Thời điểm tiếp nhận quá xa trong quá khứ (hơn một năm)."
        if errors:
            raise ValidationError(errors)
        assert procedure is not None and applicant is not None
        return CheckedDossier(
            procedure, applicant, channel, cleaned["id_number"], cleaned["phone"],
            clean_text(new.address), cleaned["email"], clean_text(new.authorised, 100),
            tuple(d for d in (clean_text(x) for x in new.documents) if d), int(new.sets),
            received_at.replace(second=0, microsecond=0) if new.received_at else received_at,
            clean_text(new.note, 500),
        )

    def add(self, new: NewDossier, *, now: datetime, actor: str | None = None) -> Dossier:
        checked = self.check(new, now)
        identity = self._store.settings.require_identity()
        p = checked.procedure
        appointment = self._store.calendar.appointment(checked.received_at, p.days,
                                                       cutoff_applies=p.cutoff)
        received, appointment_s, now_s = to_epoch(checked.received_at), to_epoch(appointment), to_epoch(now)
        day = checked.received_at.date()
        state = checked.channel.start_state
        with self._store.transaction() as conn:
            sequence = _next(conn, f"D{day:%Y%m%d}")
            entry = _next(conn, f"Y{day.year}")
            code = make_code(identity.agency_id, day, identity.desk, sequence)
            cursor = conn.execute(
                "INSERT INTO dossiers(code, procedure, field, channel, state, applicant, id_number,"
                " phone, address, email, authorised, documents, sets, received_at, appointment_at,"
                " base_appointment_at, book_entry, updated_at, applicant_key, origin_desk)"
                " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                (code, p.slug, p.field, int(checked.channel), int(state), checked.applicant,
                 checked.id_number, checked.phone, checked.address, checked.email,
                 checked.authorised, json.dumps(checked.documents, ensure_ascii=False),
                 checked.sets, received, appointment_s, appointment_s, entry, now_s,
                 sort_key(checked.applicant), identity.desk),
            )
            dossier_id = cursor.lastrowid
            receipt = DossierEvent(events.new_uid(), code, RECEIVED, received, identity.desk, {
                "procedure": p.slug, "field": p.field, "channel": int(checked.channel),
                "state": int(state), "applicant": checked.applicant,
                "id_number": checked.id_number, "phone": checked.phone,
                "address": checked.address, "email": checked.email,
                "authorised": checked.authorised, "documents": list(checked.documents),
                "sets": checked.sets, "appointment_at": appointment_s, "note": checked.note})
            events.record(conn, dossier_id, receipt, actor=actor or self._store.actor,
                          installation=events.installation_id(conn), arrived_at=now_s)
            conn.execute("INSERT INTO dossier_search(rowid, text) VALUES (?, ?)",
                         (dossier_id, index_text(code, checked.applicant, checked.phone,
                                                 checked.id_number)))
            dossier = self.by_id(conn, dossier_id)
            self.report(conn, dossier, now, identity)
        log.info("dossier %s received: %s, channel %s", code, p.slug, checked.channel.slug)
        return dossier

    # -- moving through states --------------------------------------------------
    def set_status(self, code: str, target: State | str | int, *, now: datetime,
                   at: datetime | None = None, note: str | None = None,
                   actor: str | None = None, payload: dict | None = None) -> Dossier:
        """``payload``: what the move's paper prints besides the reason (``missing`` papers and
        ``basis`` for a supplement request, ``basis`` for a refusal)."""
        target = target if isinstance(target, State) else parse_state(target)
        at = to_vn(at) if at else to_vn(now)
        message = check_not_future(at, now, "Thời điểm chuyển trạng thái")
        if message:
            raise UserError(message, "at")
        with self._store.transaction() as conn:
            row = self.row(conn, code)
            self.check_after_last(conn, row, at)
            current = self.move(conn, row, target, at, now, note, actor, payload)
            dossier = self.by_id(conn, row["id"])
            self.report(conn, dossier, now)
        log.info("dossier %s: state %d -> %d", dossier.code, current, target)
        return dossier

    def row(self, conn: sqlite3.Connection, code: str) -> sqlite3.Row:
        row = conn.execute(_SELECT + " WHERE code = ?", (code.strip(),)).fetchone()
        if row is None:
            raise UserError(f"Không tìm thấy hồ sơ có mã «{code}».", "code")
        return row

    def check_after_last(self, conn: sqlite3.Connection, row: sqlite3.Row, at: datetime) -> None:
        """Events follow each other: a late entry may not slip before the last one."""
        last = conn.execute("SELECT max(at) FROM dossier_events WHERE dossier_id = ?"
                            " AND kind != 'correction'", (row["id"],)).fetchone()[0]
        if to_epoch(at) < max(last or 0, row["received_at"]):
            raise UserError("Thời điểm cập nhật không được trước lần cập nhật trước "
                            f"({from_epoch(max(last or 0, row['received_at'])):%H:%M %d/%m/%Y}).", "at")

    def move(self, conn: sqlite3.Connection, row: sqlite3.Row, target: State, at: datetime,
             now: datetime, note: str | None, actor: str | None,
             payload: dict | None = None) -> State:
        """The state change inside the caller's transaction; returns the state it left. The
        row follows from the fold of the dossier's events (``events.refold``)."""
        current = State(row["state"])
        check_transition(current, target)
        check_reason(target, note)
        self.record(conn, row["id"], at, actor, current, target, note, STATUS, payload, now=now)
        return current

    def record(self, conn: sqlite3.Connection, dossier_id: int, at: datetime, actor: str | None,
               from_state: State | None, to_state: State, note: str | None, kind: str,
               payload: dict | None, *, now: datetime, changes: dict | None = None,
               facts: dict | None = None) -> None:
        """Append one event with its global identity and refold the dossier's row from all its
        events; the caller holds the transaction and reports the dossier. ``facts`` are what a
        colleague's desk needs to fold the event the same way (a correction's new base
        appointment)."""
        code = conn.execute("SELECT code FROM dossiers WHERE id = ?", (dossier_id,)).fetchone()[0]
        identity = self._store.settings.require_identity()
        data: dict = {"from": None if from_state is None else int(from_state), "to": int(to_state),
                      "note": clean_text(note, 500)}
        if payload:
            data["payload"] = payload
        if changes is not None:
            data["changes"] = changes
        data |= facts or {}
        now_s = to_epoch(now)
        event = DossierEvent(events.new_uid(), code, kind, to_epoch(at), identity.desk, data)
        events.record(conn, dossier_id, event, actor=actor or self._store.actor,
                      installation=events.installation_id(conn), arrived_at=now_s)
        events.refold(conn, dossier_id, self._store.calendar, now_s)

    # -- correcting -------------------------------------------------------------
    def correct(self, code: str, correction: Correction, *, now: datetime,
                actor: str | None = None) -> Dossier:
        """Change saved details, whatever the state; see ``desktop.storage.corrections``."""
        with self._store.transaction() as conn:
            row = conn.execute(_SELECT + " WHERE code = ?", (code.strip(),)).fetchone()
            if row is None:
                raise UserError(f"Không tìm thấy hồ sơ có mã «{code}».", "code")
            updates, changes, reason = corrections.plan(self, row, correction, now)
            corrections.apply(self, conn, row, updates, changes, reason,
                              actor=actor or self._store.actor, now=now)
            dossier = self.by_id(conn, row["id"])
            self.report(conn, dossier, now)
        log.info("dossier %s corrected: %s", dossier.code, ", ".join(c.field for c in changes))
        return dossier

    def report(self, conn: sqlite3.Connection, dossier: Dossier, now: datetime,
                identity: DeskIdentity | None = None, extra: dict | None = None) -> None:
        """Queue the dossier's report; ``extra`` marks it (an import says ``imported``)."""
        identity = identity or self._store.settings.identity()
        personal = bool(self._store.settings.get("send_personal_data"))
        data = dossier.report(personal=personal, now=now) | (extra or {})
        if dossier.supplement_count or dossier.end_at or dossier.holder or dossier.rescheduled_to:
            data["facts"] = upward_facts(self._events(conn, dossier.id), personal=personal)
        fixes = conn.execute("SELECT at, note, changes FROM dossier_events WHERE dossier_id = ?"
                             " AND kind = ? ORDER BY at, id", (dossier.id, CORRECTION)).fetchall()
        if fixes:
            # Which fields were corrected and when; values and reasons only with personal data.
            data["corrections"] = [
                {"at": iso(from_epoch(r["at"])), "fields": list(json.loads(r["changes"]))}
                | ({"changes": json.loads(r["changes"]), "reason": r["note"]} if personal else {})
                for r in fixes
            ]
        outbox.enqueue(
            conn, "dossier", f"dossier:{dossier.code}", data,
            now=to_epoch(now), commune_code=identity.commune.code if identity else None,
            desk=identity.desk if identity else None,
        )

    # -- reading ----------------------------------------------------------------
    def get(self, code: str) -> Dossier:
        row = self._conn.execute(_SELECT + " WHERE code = ?", (code.strip(),)).fetchone()
        if row is None:
            raise UserError(f"Không tìm thấy hồ sơ có mã «{code}».", "code")
        return self._from_row(row)

    def by_id(self, conn: sqlite3.Connection, dossier_id: int) -> Dossier:
        return self._from_row(conn.execute(_SELECT + " WHERE id = ?", (dossier_id,)).fetchone())

    def by_ids(self, ids: list[int]) -> list[Dossier]:
        """In the order given."""
        if not ids:
            return []
        marks = ",".join("?" * len(ids))
        rows = {r["id"]: r for r in self._conn.execute(_SELECT + f" WHERE id IN ({marks})", ids)}
        return [self._from_row(rows[i]) for i in ids if i in rows]

    def events(self, code: str) -> list[Event]:
        return self._events(self._conn, self.get(code).id)

    def _events(self, conn: sqlite3.Connection, dossier_id: int) -> list[Event]:
        """In the order every desk folds them, conflicts marked."""
        conflicts = events.conflicts_of(conn, dossier_id, self._store.calendar)
        rows = conn.execute(
            "SELECT * FROM dossier_events WHERE dossier_id = ?"
            " ORDER BY kind != 'received', at, origin_desk, origin_seq, uid", (dossier_id,)
        ).fetchall()
        return [
            Event(from_epoch(r["at"]), r["actor"],
                  None if r["from_state"] is None else State(r["from_state"]),
                  State(r["to_state"]), r["note"], r["kind"],
                  json.loads(r["payload"]) if r["payload"] else {},
                  corrections.decode(r["changes"]), r["origin_desk"], r["uid"] in conflicts)
            for r in rows
        ]

    def find(self, query: str, limit: int = 50) -> list[Dossier]:
        return self.by_ids(search_ids(self._conn, query, limit))

    def count(self) -> int:
        return self._conn.execute("SELECT count(*) FROM dossiers").fetchone()[0]

    def first_received_at(self) -> int | None:
        """When the log begins (epoch seconds), None while it is empty."""
        return self._conn.execute("SELECT min(received_at) FROM dossiers").fetchone()[0]

    def _from_row(self, row: sqlite3.Row) -> Dossier:
        procedure = self.procedures().get(row["procedure"])
        field_names = self._store.field_names
        clock = DossierClock.from_row(row)
        return Dossier(
            id=row["id"], code=row["code"], procedure=row["procedure"],
            procedure_name=procedure.name if procedure else row["procedure"],
            field=row["field"], field_name=field_names.get(row["field"], row["field"]),
            legal_days=procedure.days if procedure else 0,
            channel=Channel(row["channel"]), state=State(row["state"]),
            applicant=row["applicant"], id_number=row["id_number"], phone=row["phone"],
            address=row["address"], email=row["email"], authorised=row["authorised"],
            documents=tuple(json.loads(row["documents"])), sets=row["sets"],
            received_at=from_epoch(row["received_at"]),
            appointment_at=from_epoch(row["appointment_at"]),
            end_at=from_epoch(row["end_at"]),
            end_state=None if row["end_state"] is None else State(row["end_state"]),
            supplement_count=row["supplement_count"], book_entry=row["book_entry"], clock=clock,
            rescheduled_to=from_epoch(row["rescheduled_to"]), holder=row["holder"],
            desk=row["origin_desk"], conflicts=row["conflicts"],
            conflict_open=bool(row["conflict_open"]),
        )  # fmt: skip

    # -- the period summary -------------------------------------------------------
    def clocks(self, start: int, end: int, desk: int | None = None) -> list[DossierClock]:
        """The cohort of [start, end]: the whole commune as this PC knows it, or the dossiers
        received at one ``desk``."""
        rows = cohort_rows(self._conn, start, end, ", ".join(CLOCK_COLUMNS), desk=desk)
        return [DossierClock.from_row(r) for r in rows]

    def summary(self, first: date, last: date, desk: int | None = None) -> Summary:
        if last < first:
            raise UserError("Ngày kết thúc kỳ báo cáo phải sau hoặc bằng ngày bắt đầu.")
        start, end = day_bounds(first, last)
        return summarise(self.clocks(start, end, desk), start, end, self._store.field_names)


def event_text(e: Event) -> str:
    """One line of a dossier's history, in words."""
    if e.kind == "handover":
        return f"Chuyển giao: {e.payload['giver']} → {e.payload['receiver']}"
    if e.kind == "reschedule":
        return f"Hẹn lại: {format_slip_time(from_iso(e.payload['rescheduled_to']))}"
    if e.kind == STATUS and e.to_state is State.SUPPLEMENT_REQUESTED and e.payload.get("missing"):
        names = "; ".join(item["name"] for item in e.payload["missing"])
        return f"{e.to_state.label} ({names})"
    source = f"{e.from_state.label} → " if e.from_state else ""
    return f"{source}{e.to_state.label}"


def upward_facts(events: list[Event], *, personal: bool) -> list[dict]:
    """The paper-set facts a province needs (what was asked for, new dates, who held the
    dossier by role); the clerk's free text and staff names only with personal data on."""
    facts = []
    for e in events:
        if e.kind in (CORRECTION, RECEIVED) or (e.kind == STATUS
                                                and e.to_state not in REASON_REQUIRED):
            continue  # corrections travel in their own list (``report``)
        fact: dict = {"kind": e.kind if e.kind != STATUS else e.to_state.slug, "at": iso(e.at)}
        if e.kind == "handover":
            fact |= {"giver_role": e.payload["giver_role"],
                     "receiver_role": e.payload["receiver_role"]}
            if personal:
                fact |= {"giver": e.payload["giver"], "receiver": e.payload["receiver"]}
        elif e.kind == "reschedule":
            fact |= {"rescheduled_to": e.payload["rescheduled_to"],
                     "previous": e.payload["previous"]}
        else:
            if "missing" in e.payload:
                fact["missing"] = [item["name"] for item in e.payload["missing"]]
            if e.payload.get("basis"):
                fact["basis"] = e.payload["basis"]
        if personal and e.note:
            fact["reason"] = e.note
        facts.append(fact)
    return facts


def _next(conn: sqlite3.Connection, key: str) -> int:
    return conn.execute(
        "INSERT INTO code_sequences(key, last) VALUES (?, 1)"
        " ON CONFLICT(key) DO UPDATE SET last = last + 1 RETURNING last", (key,),
    ).fetchone()[0]

