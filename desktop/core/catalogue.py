"""The procedure catalogue: editable data shipped in ``resources/procedures.json``."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import time
from pathlib import Path

from desktop.core.errors import UserError
from desktop.core.steps import budget_days
from desktop.paths import resource_path


@dataclass(frozen=True)
class Procedure:
    slug: str
    name: str
    field: str
    days: int
    cutoff: bool
    documents: tuple[str, ...] = ()
    source: str = ""
    #: Working days per step role (desk, specialist, leader); None: the default split.
    steps: dict[str, float] | None = field(default=None, hash=False, compare=False)

    def legal_time_label(self, cutoff: time) -> str:
        """``cutoff`` is the desk's setting (WorkingHours.cutoff), never a fixed hour."""
        if self.days == 0:
            later = f" (sau {cutoff:%H:%M}: ngày làm việc tiếp theo)" if self.cutoff else ""
            return "Trong ngày" + later
        return f"{self.days} ngày làm việc"


@dataclass(frozen=True)
class Catalogue:
    version: str
    fields: dict[str, str]
    procedures: tuple[Procedure, ...]


def load_catalogue(path: Path | None = None) -> Catalogue:
    path = path or resource_path("procedures.json")
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        procedures = tuple(
            Procedure(
                slug=p["slug"], name=p["name"], field=p["field"], days=int(p["days"]),
                cutoff=bool(p.get("cutoff", p["days"] == 0)),
                documents=tuple(p.get("documents", ())), source=p.get("source", ""),
                steps=p.get("steps"),
            )
            for p in data["procedures"]
        )
        catalogue = Catalogue(str(data["version"]), dict(data["fields"]), procedures)
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise UserError(f"Không đọc được danh mục thủ tục {path}: {exc}") from exc
    for procedure in procedures:
        if procedure.field not in catalogue.fields or procedure.days < 0:
            raise UserError(f"Thủ tục «{procedure.slug}» trong {path} có lĩnh vực hoặc thời hạn sai.")
        budget_days(procedure.days, procedure.steps)  # a bad split is refused on loading
    return catalogue
