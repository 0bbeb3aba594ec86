"""What every printed paper shares: styles, the national header, signature blocks, the page
footer and a document carrying its metadata (title, author = the commune, subject)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    HRFlowable,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)  # fmt: skip

from desktop import __version__
from desktop.pdf.fonts import BOLD, ITALIC, REGULAR, register_fonts
from desktop.pdf.spot import SignatureSpot
from desktop.pdf.text import markup, moment, nfc, upper
from desktop.storage.settings import DeskIdentity

NATION = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
MOTTO = "Độc lập - Tự do - Hạnh phúc"
GRID = colors.HexColor("#444444")
HEAD_FILL = colors.HexColor("#ececec")
SPOT_WIDTH, SPOT_HEIGHT = 70 * mm, 20 * mm


def style(name: str, size: float = 10.5, font: str = REGULAR, align: int = TA_LEFT,
          leading: float | None = None, **extra: object) -> ParagraphStyle:
    register_fonts()
    return ParagraphStyle(name, fontName=font, fontSize=size, leading=leading or size * 1.3,
                          alignment=align, **extra)


def para(text: object, st: ParagraphStyle, *, bold: bool = False) -> Paragraph:
    body = markup(text)
    return Paragraph(f"<b>{body}</b>" if bold else body, st)


def labelled(label: str, value: object, st: ParagraphStyle) -> Paragraph:
    """'Label: value' with the value in bold, the way the forms fill in blanks."""
    shown = markup(value) if nfc(value).strip() else "—"
    return Paragraph(f"{markup(label)}: <b>{shown}</b>", st)


def org_lines(identity: DeskIdentity) -> tuple[str, str]:
    """Issuing body as the left block names it: the commune's people's committee, then the centre
    (its trailing commune name dropped, since the line above already says it)."""
    commune = identity.commune
    centre = nfc(commune.centre_name)
    if centre.endswith(" " + nfc(commune.name)):
        centre = centre[: -len(commune.name) - 1]
    return f"ỦY BAN NHÂN DÂN {upper(commune.name)}", upper(centre)


def _rule(text: str, font: str, size: float, share: float = 1.0) -> HRFlowable:
    return HRFlowable(width=stringWidth(nfc(text), font, size) * share, thickness=0.6,
                      color=colors.black, spaceBefore=3, spaceAfter=3, hAlign="CENTER")


def national_header(identity: DeskIdentity, width: float, *, left_extra: Sequence[str] = (),
                    right_extra: Sequence[str] = (), size: float = 9.5) -> Table:
    """Two blocks side by side: issuing body on the left, national motto on the right."""
    centre_st = style("head", size, align=TA_CENTER)
    bold_st = style("head-bold", size, BOLD, TA_CENTER)
    italic_st = style("head-italic", size, ITALIC, TA_CENTER)
    committee, centre = org_lines(identity)
    left: list[Flowable] = [para(committee, centre_st), para(centre, bold_st),
                            _rule(centre, BOLD, size, 0.35)]
    left += [para(text, centre_st) for text in left_extra]
    right: list[Flowable] = [para(NATION, bold_st), para(MOTTO, bold_st), _rule(MOTTO, BOLD, size)]
    right += [para(text, italic_st) for text in right_extra]
    table = Table([[left, right]], colWidths=[width * 0.45, width * 0.55])
    table.setStyle(TableStyle(layout_style() + [("VALIGN", (0, 0), (-1, -1), "TOP"),
                                                ("ALIGN", (0, 0), (-1, -1), "CENTER")]))
    return table


@dataclass(frozen=True)
class Signature:
    title: str
    hint: str = "(Ký, ghi rõ họ tên)"
    name: str = ""
    above: str = ""
    signer: bool = False  # the block a digital signature goes into (default: the last one)


def signatures(blocks: Sequence[Signature], width: float, size: float = 10.5) -> Table:
    """Signature blocks side by side, with room to sign (and stamp) above the printed name;
    the signer's room is marked for the digital signature's visible box."""
    signer = next((b for b in blocks if b.signer), blocks[-1])
    bold_st = style("sign-bold", size, BOLD, TA_CENTER)
    italic_st = style("sign-italic", size - 1, ITALIC, TA_CENTER)
    cells = []
    for block in blocks:
        cell: list[Flowable] = []
        if block.above:
            cell.append(para(block.above, italic_st))
        cell += [para(line, bold_st) for line in block.title.split("\n")]
        room = (SignatureSpot(SPOT_WIDTH, SPOT_HEIGHT) if block is signer
                else Spacer(1, SPOT_HEIGHT))
        cell += [para(block.hint, italic_st), room, para(block.name, bold_st)]
        cells.append(cell)
    table = Table([cells], colWidths=[width / len(blocks)] * len(blocks))
    table.setStyle(TableStyle(layout_style() + [("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                                                ("ALIGN", (0, 0), (-1, -1), "CENTER")]))
    return table


def layout_style() -> list[tuple]:
    """For tables that only place blocks side by side: no padding, and the embedded font even
    for empty cells (reportlab would otherwise reference Helvetica)."""
    return [("FONTNAME", (0, 0), (-1, -1), REGULAR),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 0)]


def grid_style(header_rows: int = 1, size: float = 8) -> list[tuple]:
    return [
        ("FONTNAME", (0, 0), (-1, -1), REGULAR),
        ("FONTSIZE", (0, 0), (-1, -1), size),
        ("LEADING", (0, 0), (-1, -1), size * 1.25),
        ("GRID", (0, 0), (-1, -1), 0.5, GRID),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("BACKGROUND", (0, 0), (-1, header_rows - 1), HEAD_FILL),
        ("FONTNAME", (0, 0), (-1, header_rows - 1), BOLD),
        ("ALIGN", (0, 0), (-1, header_rows - 1), "CENTER"),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
    ]


class Document(BaseDocTemplate):
    """A4 document with metadata and a small footer: when it was printed, and the page."""

    def __init__(self, path: Path, pagesize: tuple[float, float], *, identity: DeskIdentity,
                 title: str, subject: str, now: datetime, margins: float = 15 * mm) -> None:
        register_fonts()
        super().__init__(
            str(path), pagesize=pagesize, leftMargin=margins + 5 * mm, rightMargin=margins,
            topMargin=margins, bottomMargin=margins, title=nfc(title),
            author=nfc(identity.commune.label), subject=nfc(subject),
            creator=f"motcua {__version__}", lang="vi-VN", initialFontName=REGULAR,
            displayDocTitle=True,
        )
        self._printed = nfc(f"In từ motcua lúc {moment(now)}")
        frame = Frame(self.leftMargin, self.bottomMargin, self.width, self.height, id="body",
                      leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        self.addPageTemplates([PageTemplate("page", [frame], onPage=self._footer)])

    def _footer(self, canvas, doc) -> None:  # noqa: ANN001 - reportlab callback
        canvas.saveState()
        canvas.setFont(REGULAR, 7)
        canvas.setFillColor(colors.HexColor("#666666"))
        y = self.bottomMargin / 2
        canvas.drawString(self.leftMargin, y, self._printed)
        canvas.drawRightString(self.pagesize[0] - self.rightMargin, y, f"Trang {doc.page}")
        canvas.restoreState()

    def render(self, story: list[Flowable]) -> None:
        self.build(story)

