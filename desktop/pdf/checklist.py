"""The readiness report (báo cáo điều kiện vận hành) that goes upward with a signature and seal.

Every criterion with its state, who ticked it and when, the note and the evidence, then the
verdict in words, GREEN or not, naming the required items still missing.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table, TableStyle

from desktop.core.checklist import ItemState
from desktop.core.clock import now_vn
from desktop.pdf.fonts import BOLD, ITALIC, REGULAR
from desktop.pdf.layout import (
    Document,
    Signature,
    grid_style,
    national_header,
    para,
    signatures,
    style,
)
from desktop.pdf.output import atomic_output, check_target
from desktop.pdf.text import moment, place_date_line, upper
from desktop.pdf.wrap import wrapped
from desktop.storage.checklist import ChecklistItem
from desktop.storage.settings import DeskIdentity
from desktop.storage.store import Store

SIZE = 8
TITLES = ("STT", "Tiêu chí", "Bắt buộc", "Trạng thái", "Người cập nhật", "Thời điểm",
          "Ghi chú / căn cứ")
WIDTHS = (8 * mm, 56 * mm, 12 * mm, 23 * mm, 22 * mm, 20 * mm, 0)


def verdict(items: list[ChecklistItem]) -> tuple[bool, str]:
    missing = [i for i in items if i.required and i.state is not ItemState.DONE]
    if not missing:
        return True, ("Kết luận: XANH — đã đáp ứng đủ các điều kiện vận hành bắt buộc "
                      f"({sum(i.required for i in items)}/{sum(i.required for i in items)}).")
    numbers = ", ".join(str(i.id) for i in missing)
    return False, (f"Kết luận: CHƯA XANH — còn {len(missing)} tiêu chí bắt buộc chưa đáp ứng "
                   f"(số {numbers}).")


def _note(item: ChecklistItem) -> str:
    parts = [item.note or "", f"Căn cứ: {item.evidence}" if item.evidence else ""]
    return "\n".join(p for p in parts if p)


def _table(items: list[ChecklistItem], width: float) -> Table:
    widths = list(WIDTHS)
    widths[-1] = width - sum(widths)
    head = style("cl-head", SIZE, BOLD, TA_CENTER, leading=10)
    rows: list[list[object]] = [[para(t, head) for t in TITLES]]
    group = None
    spans = []
    for item in items:
        if item.group != group:
            group = item.group
            spans.append(len(rows))
            rows.append([wrapped(upper(group), BOLD, SIZE, width - 6)] + [""] * 6)
        texts = (str(item.id), item.title, "Có" if item.required else "Không", item.state.label,
                 item.updated_by or "", moment(item.updated_at).replace(" ", "\n", 1),
                 _note(item))
        rows.append([wrapped(text, REGULAR, SIZE, w - 6) for text, w in zip(texts, widths,
                                                                           strict=True)])
    table = Table(rows, colWidths=widths, repeatRows=1)
    commands = grid_style(1, SIZE) + [("VALIGN", (0, 1), (-1, -1), "TOP"),
                                      ("ALIGN", (0, 1), (0, -1), "CENTER"),
                                      ("ALIGN", (2, 1), (2, -1), "CENTER"),
                                      ("ALIGN", (5, 1), (5, -1), "CENTER")]
    for row in spans:
        commands += [("SPAN", (0, row), (-1, row)), ("FONTNAME", (0, row), (-1, row), BOLD),
                     ("ALIGN", (0, row), (-1, row), "LEFT")]
    table.setStyle(TableStyle(commands))
    return table


def build_story(identity: DeskIdentity, items: list[ChecklistItem], now: datetime,
                width: float) -> list[Flowable]:
    commune = identity.commune
    green, conclusion = verdict(items)
    return [
        national_header(identity, width),
        para("BÁO CÁO ĐIỀU KIỆN VẬN HÀNH BỘ PHẬN MỘT CỬA", style("cl-title", 12.5, BOLD,
                                                             TA_CENTER, spaceBefore=8)),
        para(f"{commune.centre_name} — {commune.province_name}", style("cl-sub", 10,
                                                                     align=TA_CENTER)),
        para(f"Tình trạng tại thời điểm {moment(now)}", style("cl-at", 9, ITALIC, TA_CENTER,
                                                               spaceAfter=6)),
        _table(items, width),
        KeepTogether([
            Spacer(1, 3 * mm),
            para(conclusion, style("cl-verdict", 11, BOLD, textColor="#1b7a2e" if green
                                   else "#b3261e")),
            para("Đơn vị đạt XANH khi mọi tiêu chí bắt buộc ở trạng thái «Đã đáp ứng».",
                 style("cl-rule", 8.5, ITALIC)),
            Spacer(1, 3 * mm),
            signatures([Signature("NGƯỜI LẬP BÁO CÁO"),
                        Signature("TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH", "(Ký, ghi rõ họ tên, đóng dấu)",
                                  above=place_date_line(commune.name, now.date()))], width, 10),
        ]),
    ]


def render_checklist(store: Store, out_path: Path | str, *, now: datetime | None = None) -> Path:
    """Every active criterion and the GREEN verdict, portrait A4, at ``out_path``."""
    now = now or now_vn()
    target = check_target(out_path)
    identity = store.settings.require_identity()
    items = store.checklist.items()
    with atomic_output(target) as temp:
        doc = Document(temp, A4, identity=identity, now=now,
                       title="Báo cáo điều kiện vận hành bộ phận một cửa",
                       subject=f"Điều kiện vận hành tại {moment(now)}")
        doc.render(build_story(identity, items, now, doc.width))
    return target
