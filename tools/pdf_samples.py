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
from desktop.core.states import State  # noqa: E402
from desktop.pdf import (  # noqa: E402
    render_book,
    render_checklist,
    render_control,
    render_letter,
    render_receipt,
    render_summary,
)
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


def vn(*args: int) -> datetime:
    return datetime(*args, tzinfo=VN_TZ)


def paper_set(store: Store, work: Path) -> dict[str, Path]:
    """Forms 02–06 from one small story per paper, as a commune would live it."""
    for name, role in (("Lê Thị Mỹ Hạnh", "desk"), ("Nguyễn Văn Chuyên", "specialist"),
                       ("Trần Văn Ưng", "leader")):
        store.staff.add(name, role, now=NOW)

    def receive(procedure: str, applicant: str, at: datetime, **extra: object) -> str:
        return store.dossiers.add(NewDossier(procedure=procedure, applicant=applicant,
                                             received_at=at, **extra),
                                  now=NOW, actor="Lê Thị Mỹ Hạnh").code

    supplement = receive("thuong-tru", "Nguyễn Thị Ánh Hường", vn(2026, 11, 23, 8, 10),
                         address="Số 12 ngõ 4 phố Hàng Bạc, Phường Hoàn Kiếm")
    store.dossiers.set_status(supplement, State.SUPPLEMENT_REQUESTED, now=NOW,
                              at=vn(2026, 11, 23, 9), actor="Lê Thị Mỹ Hạnh",
                              note="Hồ sơ chưa đủ thành phần theo quy định", payload={
        "missing": [{"name": "Tờ khai thay đổi thông tin cư trú (CT01)",
                     "reason": "Thiếu ý kiến đồng ý của chủ hộ"},
                    {"name": "Giấy tờ chứng minh chỗ ở hợp pháp",
                     "reason": "Bản sao không có chứng thực"}],
        "basis": "Điều 22 Luật Cư trú 2020; Điều 6 Nghị định 154/2024/NĐ-CP"})
    refused = receive("khai-sinh", "Đặng Quốc Việt", vn(2026, 11, 23, 8, 30), channel="online")
    store.dossiers.set_status(refused, State.REFUSED, now=NOW, at=vn(2026, 11, 23, 9, 15),
                              actor="Lê Thị Mỹ Hạnh",
                              note="Trẻ đã được đăng ký khai sinh tại Phường Hàng Bạc ngày 02/10/2026",
                              payload={"basis": "Khoản 1 Điều 13 Luật Hộ tịch 2014"})
    late = receive("tam-tru", "Bùi Thị Quỳnh", vn(2026, 11, 17, 9), phone="0912345678",
                   address="Thôn Đông Thượng, Xã Ứng Hòa", email="quynh@example.vn")
    store.handling.reschedule(late, vn(2026, 11, 25, 15, 0),
                              "Chờ kết quả xác minh nơi cư trú từ Công an xã Ứng Hòa",
                              now=vn(2026, 11, 23, 10), actor="Lê Thị Mỹ Hạnh")
    stopped = receive("chung-thuc-chu-ky", "Trần Văn Ưng", vn(2026, 11, 23, 14))
    store.dossiers.set_status(stopped, State.STOPPED, now=NOW, at=vn(2026, 11, 23, 14, 40),
                              actor="Lê Thị Mỹ Hạnh",
                              note="Người yêu cầu đề nghị dừng giải quyết để bổ sung văn bản gốc")
    control = receive("thuong-tru", "Lê Văn Ấn", vn(2026, 11, 9, 8), phone="0987654321")
    for to, at, note in (("Nguyễn Văn Chuyên", vn(2026, 11, 9, 9), None),
                         ("Trần Văn Ưng", vn(2026, 11, 16, 10), "Trình ký xác nhận thường trú")):
        store.handling.handover(control, to, now=NOW, at=at, note=note, actor="Lê Thị Mỹ Hạnh")
    store.handling.handover(control, "Lê Thị Mỹ Hạnh", now=NOW, at=vn(2026, 11, 18, 10, 5),
                            note="Lãnh đạo đi họp, ký chậm", resolved=True)
    return {
        "form02-supplement": render_letter(store, "supplement", supplement, work / "02.pdf", now=NOW),
        "form03-refusal": render_letter(store, "refusal", refused, work / "03.pdf", now=NOW),
        "form04-apology": render_letter(store, "apology", late, work / "04.pdf", now=NOW),
        "form05-stop": render_letter(store, "stop", stopped, work / "05.pdf", now=NOW),
        "form06-control": render_control(store, control, work / "06.pdf", now=NOW),
    }


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
            papers |= paper_set(store, work)
        made = [png(pdf, name) for name, pdf in papers.items()]
        made.append(png(papers["summary"], "summary-overdue", 2))
        made.append(png(papers["book"], "book-page-2", 2))
    for path in made:
        print(f"{path.relative_to(ROOT)}  {path.stat().st_size // 1024} KB")


if __name__ == "__main__":
    main()
