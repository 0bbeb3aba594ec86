"""The readiness checklist (điều kiện vận hành): versioned data, GREEN when all required are done."""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from desktop.core.errors import UserError
from desktop.paths import resource_path


class ItemState(StrEnum):
    DONE = "done"
    NOT_DONE = "not_done"
    NOT_APPLICABLE = "not_applicable"

    @property
    def label(self) -> str:
        return ITEM_STATE_LABELS[self]


ITEM_STATE_LABELS = {
    ItemState.DONE: "Đã đáp ứng",
    ItemState.NOT_DONE: "Chưa đáp ứng",
    ItemState.NOT_APPLICABLE: "Không áp dụng",
}


@dataclass(frozen=True)
class Criterion:
    id: int
    group: str
    title: str
    required: bool


@dataclass(frozen=True)
class CriteriaSet:
    version: str
    source: str
    items: tuple[Criterion, ...]


def parse_item_state(text: str) -> ItemState:
    try:
        return ItemState(text.strip().lower())
    except ValueError:
        raise UserError(
            f"Trạng thái tiêu chí không hợp lệ: «{text}». Dùng done, not_done hoặc not_applicable."
        ) from None


def load_criteria(path: Path | None = None) -> CriteriaSet:
    path = path or resource_path("checklist.json")
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return parse_criteria(data)
    except (OSError, ValueError) as exc:
        raise UserError(f"Không đọc được danh mục tiêu chí {path}: {exc}") from exc


def parse_criteria(data: dict) -> CriteriaSet:
    """Also used for a newer list sent by the central endpoint."""
    try:
        items = tuple(
            Criterion(int(i["id"]), str(i["group"]), str(i["title"]), bool(i.get("required", True)))
            for i in data["items"]
        )
        version = str(data["version"])
    except (KeyError, TypeError, ValueError) as exc:
        raise UserError(f"Danh mục tiêu chí sai cấu trúc: {exc}") from exc
    if len({i.id for i in items}) != len(items) or not items:
        raise UserError("Danh mục tiêu chí rỗng hoặc có mã trùng nhau.")
    return CriteriaSet(version, str(data.get("source", "")), items)


def is_green(items: Iterable[tuple[bool, str]]) -> bool:
    """GREEN when every required item is done; ``items`` yields (required, state)."""
    return all(state == ItemState.DONE for required, state in items if required)
