"""What the window keeps in memory about the open data directory, loaded on the DB thread.

Small and read-mostly: the desk identity, the procedure catalogue and a copy of the working
calendar, so the New dossier form can preview the appointment without asking the database.
"""

from __future__ import annotations

from dataclasses import dataclass

from desktop.core.calendar import WorkCalendar
from desktop.core.catalogue import Procedure
from desktop.core.commune import communes_of, provinces
from desktop.storage.settings import DeskIdentity


@dataclass(frozen=True)
class Session:
    identity: DeskIdentity | None
    procedures: dict[str, Procedure]
    field_names: dict[str, str]
    calendar: WorkCalendar
    settings: dict
    #: (name, role) of the commune's staff, for hand-overs and the "đang ở" filter.
    staff: tuple[tuple[str, str], ...] = ()
    desks: tuple[int, ...] = ()  # this desk and every colleague this PC has heard of

    def procedure_name(self, slug: str) -> str:
        found = self.procedures.get(slug)
        return found.name if found else slug


def load_session(store) -> Session:  # noqa: ANN001 - runs on the DB thread with its Store
    """A fresh calendar object (not the store's cached one) so the GUI thread owns its copy."""
    identity = store.settings.identity()
    if identity is not None:  # sorted here, off the GUI thread, for Settings' commune picker
        communes_of(identity.commune.province_code)
    provinces()
    settings = {key: store.settings.get(key)
                for key in ("working_hours", "holiday_overrides", "officer")}
    staff = tuple((m.name, m.role.value) for m in store.staff.list())
    desks = {d.desk for d in store.replica.desks()} | ({identity.desk} if identity else set())
    return Session(identity, dict(store.dossiers.procedures()),
                   dict(store.field_names), store.settings.calendar(), settings, staff,
                   tuple(sorted(desks)))
