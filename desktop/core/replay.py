"""A dossier's state and clock as a fold of its events, computed the same way on every desk.

Several desks of one commune move the same dossiers while cut off from each other; they
converge because each holds the same set of events and folds them in one order: (time,
origin desk, the origin's own sequence, event id). Whatever order the events arrived in, the
result is the same; two moves one desk made in the same second keep the order it made them.

Each event kind has one handler (``HANDLERS``); a kind added later registers its own with
``handles``. A move that is not legal from the state reached so far is kept and marked a
conflict, never dropped: the dossier shows it until a clerk's next legal move resolves it.
Besides state moves the fold carries corrections (the corrected fields; the last by event
order wins, a new base appointment recomputes the appointment with the pauses so far),
hand-overs (who holds the dossier) and new appointments (``rescheduled_to``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from desktop.core.calendar import WorkCalendar
from desktop.core.clock import from_epoch, from_iso, to_epoch
from desktop.core.states import TRANSITIONS, State, parse_channel
from desktop.core.timing import DossierClock

RECEIVED = "received"
STATUS = "state"
CORRECTION = "correction"
HANDOVER = "handover"
RESCHEDULE = "reschedule"
#: The kinds a clerk's next move is: a legal one resolves an open conflict.
MOVES = frozenset({STATUS, HANDOVER})
#: The dossier's details a receipt carries and a correction may change (beside ``field``,
#: ``channel`` and ``received_at``, which the clock needs).
DETAILS = ("procedure", "applicant", "id_number", "phone", "address", "email", "authorised",
           "documents", "sets")


@dataclass(frozen=True, slots=True)
class DossierEvent:
    """One change of one dossier, with its global identity (``uid``, ``origin``, ``at``).

    ``data`` is kind-specific: a receipt carries the dossier's facts (procedure, field,
    channel, state, appointment_at, …); every other kind ``{"from", "to", "note"}`` (the state
    before and after) with, as the kind needs, ``payload`` (a move's reasons and missing
    papers, a hand-over's giver and receiver, a new appointment), ``changes`` (a correction's
    ``{field: [old, new]}``) and a correction's new ``base_appointment_at`` and ``field``;
    an imported old-book line's move says ``imported``.
    """

    uid: str
    code: str
    kind: str
    at: int
    origin: int
    data: dict[str, Any] = field(hash=False, compare=False)
    seq: int = 0  # the origin installation's own counter

    @property
    def order(self) -> tuple[int, int, int, str]:
        return (self.at, self.origin, self.seq, self.uid)

    def to_wire(self, installation: str, actor: str) -> dict:
        """How the event travels between a desk and the commune hub."""
        return {"uid": self.uid, "code": self.code, "kind": self.kind, "at": self.at,
                "origin_desk": self.origin, "seq": self.seq, "installation": installation,
                "actor": actor, "data": self.data}

    @classmethod
    def from_wire(cls, body: dict) -> DossierEvent:
        return cls(str(body["uid"]), str(body["code"]), str(body["kind"]), int(body["at"]),
                   int(body["origin_desk"]), dict(body["data"]), int(body["seq"]))


@dataclass
class DossierFold:
    """The state reached so far; handlers update it in place."""

    state: State
    field: str
    channel: int
    received_at: int
    appointment_at: int
    base_appointment_at: int
    origin: int
    paused_seconds: int = 0
    paused_since: int | None = None
    end_at: int | None = None
    end_state: int | None = None
    supplement_count: int = 0
    supplement_at: int | None = None
    resumed_at: int | None = None
    last_at: int = 0
    conflicts: list[str] = field(default_factory=list)
    conflict_open: bool = False
    details: dict[str, Any] = field(default_factory=dict)
    holder: str | None = None
    rescheduled_to: int | None = None

    @property
    def clock(self) -> DossierClock:
        return DossierClock(self.field, self.channel, self.received_at, self.appointment_at,
                            self.end_at, self.end_state, self.supplement_at, self.resumed_at,
                            self.supplement_count)


#: A handler applies one event and says whether it was legal (False: kept as a conflict).
Handler = Callable[[DossierFold, DossierEvent, WorkCalendar], bool]
HANDLERS: dict[str, Handler] = {}


def handles(kind: str) -> Callable[[Handler], Handler]:
    def register(handler: Handler) -> Handler:
        HANDLERS[kind] = handler
        return handler
    return register


@handles(STATUS)
def _status(fold: DossierFold, event: DossierEvent, calendar: WorkCalendar) -> bool:
    target = State(int(event.data["to"]))
    current = fold.state
    if event.data.get("imported"):
        return _imported(fold, target, event.data.get("end_at", event.at))
    if target not in TRANSITIONS[current]:
        return False
    if current is State.SUPPLEMENT_REQUESTED and fold.paused_since is not None:
        fold.paused_seconds += calendar.working_seconds(from_epoch(fold.paused_since),
                                                        from_epoch(event.at))
        fold.paused_since = None
        fold.appointment_at = to_epoch(calendar.add_working_seconds(
            from_epoch(fold.base_appointment_at), fold.paused_seconds))
        if fold.resumed_at is None:
            fold.resumed_at = event.at
    if target is State.SUPPLEMENT_REQUESTED:
        fold.supplement_count += 1
        fold.paused_since = event.at
        if fold.supplement_at is None:
            fold.supplement_at = event.at
    if target.ends_processing and fold.end_at is None:
        fold.end_at, fold.end_state = event.at, int(target)
    fold.state = target
    return True


def _imported(fold: DossierFold, target: State, end_at: int | None) -> bool:
    """An old book's line says only where the dossier stands: no transition check, a
    supplement request of unknown date counts without starting a pause, and an end the book
    gives no date for stays undated."""
    if target is State.SUPPLEMENT_REQUESTED:
        fold.supplement_count += 1
    if target.ends_processing and fold.end_state is None:
        fold.end_at, fold.end_state = end_at, int(target)
    fold.state = target
    return True


@handles(CORRECTION)
def _correction(fold: DossierFold, event: DossierEvent, calendar: WorkCalendar) -> bool:
    """Corrected details, whatever the state: the code and the state never change."""
    for name, (_old, new) in (event.data.get("changes") or {}).items():
        if name in DETAILS:
            fold.details[name] = new
        elif name == "channel":
            fold.channel = int(parse_channel(new))
        elif name == "received_at":
            fold.received_at = to_epoch(from_iso(new))
    if "field" in event.data:
        fold.field = str(event.data["field"])
    if event.data.get("base_appointment_at") is not None:
        fold.base_appointment_at = int(event.data["base_appointment_at"])
        fold.appointment_at = to_epoch(calendar.add_working_seconds(
            from_epoch(fold.base_appointment_at), fold.paused_seconds))
    return True


@handles(HANDOVER)
def _handover(fold: DossierFold, event: DossierEvent, calendar: WorkCalendar) -> bool:
    if fold.state.is_final:
        return False
    fold.holder = str(event.data["payload"]["receiver"])
    return True


@handles(RESCHEDULE)
def _reschedule(fold: DossierFold, event: DossierEvent, calendar: WorkCalendar) -> bool:
    """Only before processing ended (``core.reschedule.check_reschedule``)."""
    if fold.end_at is not None or fold.state.is_final:
        return False
    fold.rescheduled_to = to_epoch(from_iso(event.data["payload"]["rescheduled_to"]))
    return True


@handles(RECEIVED)
def _second_receipt(fold: DossierFold, event: DossierEvent, calendar: WorkCalendar) -> bool:
    """Only the first receipt starts the dossier (see ``fold``); another one is a conflict."""
    return False


def ordered(events: Iterable[DossierEvent]) -> list[DossierEvent]:
    """The one order every desk uses, without duplicates (same ``uid`` = same event)."""
    unique = {e.uid: e for e in events}
    return sorted(unique.values(), key=lambda e: e.order)


def start(receipt: DossierEvent) -> DossierFold:
    data = receipt.data
    appointment = int(data["appointment_at"])
    return DossierFold(
        state=State(int(data["state"])), field=str(data["field"]), channel=int(data["channel"]),
        received_at=receipt.at, appointment_at=appointment, base_appointment_at=appointment,
        origin=receipt.origin, last_at=receipt.at,
        details={name: data.get(name) for name in DETAILS})


def fold(events: Iterable[DossierEvent], calendar: WorkCalendar) -> DossierFold | None:
    """The dossier from its events, or None while its receipt has not arrived yet."""
    history = ordered(events)
    receipts = [e for e in history if e.kind == RECEIVED]
    if not receipts:
        return None
    first = receipts[0]
    result = start(first)
    for event in history:
        if event is first:
            continue
        handler = HANDLERS.get(event.kind)
        if handler is None:  # a kind from a newer version: kept, no effect here
            continue
        if handler(result, event, calendar):
            result.last_at = max(result.last_at, event.at)
            if event.kind in MOVES:
                result.conflict_open = False
        else:
            result.conflicts.append(event.uid)
            result.conflict_open = True
    return result
