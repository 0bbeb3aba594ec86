"""Real stores in temporary folders, real PDFs read back with poppler and pypdf."""

from __future__ import annotations

import subprocess
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from desktop.core.clock import VN_TZ
from desktop.core.states import State
from desktop.storage import Store
from desktop.storage.dossiers import NewDossier

NOW = datetime(2026, 11, 23, 16, 0, tzinfo=VN_TZ)  # a Monday afternoon
COMMUNE = 70  # Phường Hoàn Kiếm, Thành phố Hà Nội
NAMES = ("Nguyễn Thị Ánh Hường", "Đặng Quốc Việt", "Lê Thị Mỹ Hạnh", "Trần Văn Ưng")


@pytest.fixture
def store(tmp_path: Path):
    with Store(tmp_path / "data", clock=lambda: NOW, auto_backup=False) as opened:
        opened.setup(COMMUNE, "000.00.14.H56", "01", "Phạm Thị Thu Hằng")
        yield opened


def add(store: Store, applicant: str, procedure: str = "thuong-tru", *,
        received: datetime = NOW - timedelta(hours=2), **extra: object):
    return store.dossiers.add(NewDossier(procedure=procedure, applicant=applicant,
                                         received_at=received, **extra), now=NOW)


def resolve(store: Store, code: str, at: datetime) -> None:
    store.dossiers.set_status(code, State.PROCESSING, now=NOW, at=at - timedelta(minutes=30))
    store.dossiers.set_status(code, State.RESOLVED, now=NOW, at=at)


def pdftotext(path: Path, *, layout: bool = False, first: int | None = None,
              last: int | None = None) -> str:
    args = ["pdftotext", "-enc", "UTF-8"]
    if layout:
        args.append("-layout")
    if first:
        args += ["-f", str(first)]
    if last:
        args += ["-l", str(last)]
    return subprocess.run([*args, str(path), "-"], check=True, capture_output=True,
                          text=True).stdout


def page_count(path: Path) -> int:
    info = subprocess.run(["pdfinfo", str(path)], check=True, capture_output=True,
                          text=True).stdout
    return int(next(line.split()[-1] for line in info.splitlines() if line.startswith("Pages:")))


def decode_qr(path: Path, tmp_path: Path) -> str:
    prefix = tmp_path / "page"
    subprocess.run(["pdftoppm", "-r", "150", "-png", "-f", "1", "-l", "1", str(path),
                    str(prefix)], check=True)
    image = next(tmp_path.glob("page*.png"))
    return subprocess.run(["zbarimg", "--raw", "-q", str(image)], check=True,
                          capture_output=True, text=True).stdout.strip()


def text_blocks(path: Path) -> list[tuple[float, float, str]]:
    """(top, left, text) of each block poppler finds on page 1: a table cell's paragraph is one
    block, so a row's cells are the blocks that share its top edge."""
    import html
    import re

    xhtml = subprocess.run(["pdftotext", "-bbox-layout", "-f", "1", "-l", "1", str(path), "-"],
                           check=True, capture_output=True, text=True).stdout
    blocks = []
    for attrs, body in re.findall(r"<block ([^>]*)>(.*?)</block>", xhtml, re.S):
        box = dict(re.findall(r'(\w+)="([\d.]+)"', attrs))
        words = html.unescape(" ".join(re.findall(r"<word[^>]*>(.*?)</word>", body)))
        blocks.append((float(box["yMin"]), float(box["xMin"]), words))
    return blocks


def row_at(blocks: list[tuple[float, float, str]], anchor: str) -> list[str]:
    """The texts of the table row whose cells start level with the block ``anchor``."""
    top = next(y for y, _x, text in blocks if text == anchor)
    return [text for y, _x, text in sorted(blocks, key=lambda b: b[1]) if abs(y - top) < 2]
