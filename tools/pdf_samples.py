"""Regenerate docs/samples/*.png: each printed paper rendered from demo data, as a clerk sees it.

    python tools/pdf_samples.py   (or: make samples)

The clock is fixed so the pictures only change when the layout does.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from datetime import date, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from desktop.cli import run  # noqa: E402
from desktop.core.clock import VN_TZ  # noqa: E402
from desktop.pdf import render_book, render_checklist, render_receipt, render_summary  # noqa: E402
from desktop.storage import Store  # noqa: E402
from desktop.storage.dossiers import NewDossier  # noqa: E402

NOW = datetime(2026, 11, 23, 16, 0, tzinfo=VN_TZ)
OUT = ROOT / "docs" / "samples"
RESOLUTION = "80"


def png(pdf: Path, name: str, page: int = 1) -> Path:
    target = OUT / f"{name}.png"
    subprocess.run(["pdftoppm", "-r", RESOLUTION, "-png", "-singlefile", "-f", str(page),
                    "-l", str(page), str(pdf), str(target.with_suffix(""))], check=True)
    return target


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="motcua-samples-") as tmp:
        work = Path(tmp)
        data = work / "data"
        assert run(["--data-dir", str(data), "demo", "--dossiers", "5000"], clock=lambda: NOW) == 0
        with Store(data, clock=lambda: NOW, auto_backup=False) as store:
            dossier = store.dossiers.add(NewDossier(
                procedure="lien-thong-khai-sinh", applicant="Nguyễn Thị Ánh Hường",
                id_number="001190012345", phone="0912345678",
                address="Số 12 ngõ 4 phố Hàng Bạc, Phường Hoàn Kiếm, Thành phố Hà Nội",
                email="anhhuong@example.vn", authorised="Đặng Quốc Việt", sets=1,
                documents=("Tờ khai điện tử liên thông", "Giấy chứng sinh (bản chính)",
                           "Tờ khai thay đổi thông tin cư trú"),
                received_at=NOW - timedelta(minutes=20)), now=NOW, actor="Lê Thị Mỹ Hạnh")
            for item, state, note, evidence in (
                (1, "done", "Tầng 1, trụ sở UBND phường", "QĐ 12/QĐ-UBND ngày 01/7/2025"),
                (2, "done", "6 máy tính, 2 máy in", None),
                (3, "done", None, "Biên bản bàn giao 3 máy quét"),
                (4, "done", None, "Hợp đồng cáp quang số 88/2025"),
                (6, "done", "Phó Chủ tịch Trần Văn Ưng phụ trách", "QĐ 15/QĐ-UBND"),
                (8, "not_done", "Chờ Ban Cơ yếu cấp", None),
                (13, "not_applicable", "Chưa có kho dữ liệu số hóa dùng chung", None),
            ):
                store.checklist.set(item, state, now=NOW, note=note, evidence=evidence,
                                    actor="Trần Văn Ưng")
            papers = {
                "receipt": render_receipt(store, dossier.code, work / "receipt.pdf", now=NOW),
                "summary": render_summary(store, date(2026, 11, 1), date(2026, 11, 20),
                                          work / "summary.pdf", now=NOW),
                "checklist": render_checklist(store, work / "checklist.pdf", now=NOW),
                "book": render_book(store, date(2026, 11, 16), date(2026, 11, 23), None,
                                    work / "book.pdf", now=NOW),
            }
        made = [png(pdf, name) for name, pdf in papers.items()]
        made.append(png(papers["summary"], "summary-overdue", 2))
        made.append(png(papers["book"], "book-page-2", 2))
    for path in made:
        print(f"{path.relative_to(ROOT)}  {path.stat().st_size // 1024} KB")


if __name__ == "__main__":
    main()
