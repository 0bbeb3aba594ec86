"""Translatable names of the domain's states, channels and marks.

The domain layer carries Vietnamese labels for the command line; the window shows these
instead so the English interface is complete. Source strings are English; Vietnamese comes
from ``resources/i18n/motcua_vi.ts``.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from desktop.core.checklist import ItemState
from desktop.core.clock import format_slip_time
from desktop.core.states import Channel, State, parse_channel
from desktop.core.steps import Role
from desktop.core.timing import Timing
from desktop.storage.outbox import OutboxState
from desktop.ui.qt import QT_TRANSLATE_NOOP, QCoreApplication, QLocale

_STATES = {
    State.REGISTERED: QT_TRANSLATE_NOOP("Labels", "Registered online"),
    State.RECEIVED: QT_TRANSLATE_NOOP("Labels", "Received"),
    State.REFUSED: QT_TRANSLATE_NOOP("Labels", "Refused"),
    State.PROCESSING: QT_TRANSLATE_NOOP("Labels", "Processing"),
    State.SUPPLEMENT_REQUESTED: QT_TRANSLATE_NOOP("Labels", "Supplement requested"),
    State.FEES_DUE: QT_TRANSLATE_NOOP("Labels", "Fees or taxes due"),
    State.WITHDRAWN: QT_TRANSLATE_NOOP("Labels", "Withdrawn by citizen"),
    State.STOPPED: QT_TRANSLATE_NOOP("Labels", "Processing stopped"),
    State.RESOLVED: QT_TRANSLATE_NOOP("Labels", "Resolved"),
    State.RETURNED: QT_TRANSLATE_NOOP("Labels", "Result returned"),
}
_ACTIONS = {
    State.RECEIVED: QT_TRANSLATE_NOOP("Labels", "Accept"),
    State.REFUSED: QT_TRANSLATE_NOOP("Labels", "Refuse"),
    State.PROCESSING: QT_TRANSLATE_NOOP("Labels", "Transfer to processing"),
    State.SUPPLEMENT_REQUESTED: QT_TRANSLATE_NOOP("Labels", "Request supplement"),
    State.FEES_DUE: QT_TRANSLATE_NOOP("Labels", "Request fees"),
    State.WITHDRAWN: QT_TRANSLATE_NOOP("Labels", "Withdraw"),
    State.STOPPED: QT_TRANSLATE_NOOP("Labels", "Stop processing"),
    State.RESOLVED: QT_TRANSLATE_NOOP("Labels", "Resolve"),
    State.RETURNED: QT_TRANSLATE_NOOP("Labels", "Return result"),
}
#: Leaving "supplement requested" for processing is the supplement coming back.
_SUPPLEMENT_RECEIVED = QT_TRANSLATE_NOOP("Labels", "Supplement received")
_CHANNELS = {
    Channel.DIRECT: QT_TRANSLATE_NOOP("Labels", "In person"),
    Channel.ONLINE: QT_TRANSLATE_NOOP("Labels", "Online"),
    Channel.POSTAL: QT_TRANSLATE_NOOP("Labels", "Public post"),
}
_TIMINGS = {
    Timing.EARLY: QT_TRANSLATE_NOOP("Labels", "Early"),
    Timing.ON_TIME: QT_TRANSLATE_NOOP("Labels", "On time"),
    Timing.LATE: QT_TRANSLATE_NOOP("Labels", "Late"),
}
_ITEM_STATES = {
    ItemState.DONE: QT_TRANSLATE_NOOP("Labels", "Met"),
    ItemState.NOT_DONE: QT_TRANSLATE_NOOP("Labels", "Not met"),
    ItemState.NOT_APPLICABLE: QT_TRANSLATE_NOOP("Labels", "Not applicable"),
}
_OUTBOX = {
    OutboxState.PENDING: QT_TRANSLATE_NOOP("Labels", "Waiting"),
    OutboxState.IN_FLIGHT: QT_TRANSLATE_NOOP("Labels", "Sending"),
    OutboxState.SENT: QT_TRANSLATE_NOOP("Labels", "Sent"),
    OutboxState.FAILED: QT_TRANSLATE_NOOP("Labels", "Set aside"),
}

_ROLES = {
    Role.DESK: QT_TRANSLATE_NOOP("Labels", "Desk clerk"),
    Role.SPECIALIST: QT_TRANSLATE_NOOP("Labels", "Specialist officer"),
    Role.LEADER: QT_TRANSLATE_NOOP("Labels", "Leader"),
}

_OUTBOX_KINDS = {
    "dossier": QT_TRANSLATE_NOOP("Labels", "Dossier"),
    "checklist": QT_TRANSLATE_NOOP("Labels", "Readiness checklist"),
    "daily_summary": QT_TRANSLATE_NOOP("Labels", "Status summary"),
}

#: The fields of a correction (``desktop.storage.corrections``).
_FIELDS = {
    "applicant": QT_TRANSLATE_NOOP("Labels", "Applicant"),
    "id_number": QT_TRANSLATE_NOOP("Labels", "ID number"),
    "phone": QT_TRANSLATE_NOOP("Labels", "Phone"),
    "address": QT_TRANSLATE_NOOP("Labels", "Address"),
    "email": QT_TRANSLATE_NOOP("Labels", "Email"),
    "authorised": QT_TRANSLATE_NOOP("Labels", "Authorised person"),
    "procedure": QT_TRANSLATE_NOOP("Labels", "Procedure"),
    "channel": QT_TRANSLATE_NOOP("Labels", "Channel"),
    "received_at": QT_TRANSLATE_NOOP("Labels", "Received at"),
    "documents": QT_TRANSLATE_NOOP("Labels", "Documents received"),
    "sets": QT_TRANSLATE_NOOP("Labels", "Number of sets"),
    "appointment_at": QT_TRANSLATE_NOOP("Labels", "Appointment"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("Labels", text)


def state_label(state: State | int) -> str:
    return _tr(_STATES[State(state)])


def action_label(current: State, target: State) -> str:
    if current is State.SUPPLEMENT_REQUESTED and target is State.PROCESSING:
        return _tr(_SUPPLEMENT_RECEIVED)
    return _tr(_ACTIONS[target])


def channel_label(channel: Channel | int) -> str:
    return _tr(_CHANNELS[Channel(channel)])


def field_label(field: str) -> str:
    return _tr(_FIELDS[field]) if field in _FIELDS else field


def shown_value(field: str, value: object, procedure_name: Callable[[str], str] = str) -> str:
    """A corrected value as the clerk reads it: names, not slugs; times as on the slip."""
    if value is None or value == []:
        return "—"
    if field == "channel":
        return channel_label(parse_channel(str(value)))
    if field == "procedure":
        return procedure_name(str(value))
    if field in ("received_at", "appointment_at"):
        return format_slip_time(datetime.fromisoformat(str(value)))
    if isinstance(value, list):
        return "; ".join(map(str, value))
    return str(value)


def timing_label(timing: Timing | str) -> str:
    return _tr(_TIMINGS[Timing(timing)])


def role_label(role: Role | str) -> str:
    return _tr(_ROLES[Role(role)])


def item_state_label(state: ItemState | str) -> str:
    return _tr(_ITEM_STATES[ItemState(state)])


def outbox_state_label(state: OutboxState | str) -> str:
    return _tr(_OUTBOX[OutboxState(state)])


def outbox_kind_label(kind: str) -> str:
    return _tr(_OUTBOX_KINDS[kind]) if kind in _OUTBOX_KINDS else kind


def outbox_subject(kind: str, entity: str | None) -> str:
    """What a queued report is about, in words: the dossier code, the period, or the list."""
    if not entity:
        return ""
    if kind == "dossier" and entity.startswith("dossier:"):
        return entity.split(":", 1)[1]
    if entity.startswith("daily_summary:"):
        day = entity.split(":", 1)[1]
        return "/".join(reversed(day.split("-")))
    if kind == "checklist":
        return _tr(_OUTBOX_KINDS["checklist"])
    return entity


def percent(rate: float | None) -> str:
    """A rate in the interface language's number format: "93,6%" in Vietnamese, as on paper."""
    return "—" if rate is None else f"{QLocale().toString(rate * 100, 'f', 1)}%"
