"""``motcua --self-test``: does this installation work on this PC?

IT staff run it after copying the bundle; CI runs it inside the built bundle, where a module or
data file that PyInstaller missed only shows up when it is used. Each check exercises the real
code path (a real database in a temporary folder, a real PDF, the real keyring lookup) and prints
one line. Exit status is 0 only when no check failed; a ``LƯU Ý`` line is a property of the PC
rather than of the installation (no keyring service running, no screen) and does not fail it.
"""

from __future__ import annotations

import importlib
import logging
import os
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from desktop import __version__, logs
from desktop.paths import resource_path

OK, FAIL, NOTE = "OK", "LỖI", "LƯU Ý"

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Result:
    status: str
    name: str
    detail: str

    @property
    def line(self) -> str:
        return f"[{self.status}] {self.name}: {self.detail}"


class Failed(Exception):
    """A check's plain-language reason for failing."""


class Note(Exception):
    """A check passed, but the PC lacks something worth telling IT staff."""


class Session:
    """State the checks share: one temporary data folder and the dossier written into it."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.store = None
        self.code: str | None = None

    def require_dossier(self) -> tuple:
        if self.store is None or self.code is None:
            raise Failed("bỏ qua vì bước ghi hồ sơ chưa thành công")
        return self.store, self.code


def check_log(_: Session) -> str:
    path = logs.current_log_file() or logs.setup()
    if path is None:
        raise Failed(f"không ghi được vào thư mục nhật ký {logs.log_dir()}")
    log.info("self-test of motcua %s", __version__)
    return str(path)


def check_resources(_: Session) -> str:
    wanted = [resource_path("procedures.json"), resource_path("checklist.json"),
              resource_path("icons", "motcua.png")]
    missing = [str(p) for p in wanted if not p.is_file()]
    if missing:
        raise Failed("thiếu " + ", ".join(missing))
    return f"đủ tệp trong {resource_path()}"


def check_communes(_: Session) -> str:
    from desktop.core.commune import commune_from_code, provinces
    from desktop.demo import DEMO_COMMUNE

    count = len(provinces())
    if count != 34:
        raise Failed(f"danh mục có {count} tỉnh/thành, cần 34")
    return f"34 tỉnh/thành; ví dụ {commune_from_code(DEMO_COMMUNE).label}"


def check_calendar(_: Session) -> str:
    import holidays

    from desktop.core.calendar import WorkCalendar

    tet = date(2026, 2, 17)
    name = holidays.country_holidays("VN", language="vi", years=tet.year).get(tet)
    if name != "Tết Nguyên Đán" or WorkCalendar().is_working_day(tet):
        raise Failed(f"lịch nghỉ lễ Việt Nam không nạp được (17/02/2026: {name!r})")
    return "nạp được lịch nghỉ lễ Việt Nam (17/02/2026: Tết Nguyên Đán)"


def check_database(session: Session) -> str:
    from desktop.core.clock import now_vn
    from desktop.core.states import State
    from desktop.demo import DEMO_AGENCY, DEMO_COMMUNE, DEMO_DESK
    from desktop.storage import Store
    from desktop.storage.dossiers import NewDossier

    store = session.store = Store(session.folder, auto_backup=False)
    store.setup(DEMO_COMMUNE, DEMO_AGENCY, DEMO_DESK, "Tự kiểm tra")
    now = now_vn()
    dossier = store.dossiers.add(NewDossier(procedure="khai-sinh", applicant="Đặng Thị Thử",
                                            documents=("Tờ khai",)), now=now)
    store.dossiers.set_status(dossier.code, State.PROCESSING, now=now)
    found = store.dossiers.find("dang thi thu")
    if [d.code for d in found] != [dossier.code]:
        raise Failed("ghi được hồ sơ nhưng tìm lại không thấy")
    if store.conn.execute("PRAGMA integrity_check").fetchone()[0] != "ok":
        raise Failed("tệp dữ liệu thử không toàn vẹn")
    session.code = dossier.code
    return f"ghi, chuyển trạng thái và tìm lại hồ sơ {dossier.code}"


def check_summary(session: Session) -> str:
    store, _ = session.require_dossier()
    from desktop.core.clock import now_vn

    today = now_vn().date()
    summary = store.dossiers.summary(today, today)
    if summary.total.received_total != 1 or summary.total.pending_total != 1:
        raise Failed(f"báo cáo ngày {today:%d/%m/%Y} đếm sai hồ sơ vừa nhận")
    return f"báo cáo ngày {today:%d/%m/%Y}: 1 hồ sơ nhận, 1 đang giải quyết"


def check_pdf(session: Session) -> str:
    store, code = session.require_dossier()
    try:
        pdf = importlib.import_module("desktop.pdf")
    except ModuleNotFoundError as exc:
        if exc.name and exc.name.startswith("desktop"):
            raise Failed("bản này chưa có mô-đun in phiếu (desktop.pdf)") from exc
        raise
    out = session.folder / "phieu-tu-kiem-tra.pdf"
    pdf.render_receipt(store, code, out)
    head = out.read_bytes()[:5] if out.is_file() else b""
    if head != b"%PDF-":
        raise Failed(f"không tạo được tệp PDF {out.name}")
    return f"phiếu tiếp nhận {out.stat().st_size // 1024} KB"


def check_long_render(session: Session) -> str:
    """A long paper renders in a child process (``desktop.apart``): in the frozen bundle that
    needs ``freeze_support()`` at the entry point, which only this shows."""
    store, _ = session.require_dossier()
    from desktop import apart
    from desktop.core.clock import now_vn

    now = now_vn()
    out = session.folder / "bao-cao-tu-kiem-tra.pdf"
    started = time.perf_counter()
    apart.run(store.data_dir, apart.Call("desktop.pdf:render_summary", (now.date(), now.date()),
                                         {"now": now}), out, now)
    head = out.read_bytes()[:5] if out.is_file() else b""
    if head != b"%PDF-":
        raise Failed(f"tiến trình in riêng không tạo được tệp PDF {out.name}")
    return f"báo cáo II.06a in trong tiến trình riêng ({time.perf_counter() - started:.1f} giây)"


def check_workbook(session: Session) -> str:
    """openpyxl writes the tracking book, python-calamine reads old ones: both load parts of
    themselves by name, which a bundle can miss."""
    store, code = session.require_dossier()
    from desktop.core.clock import now_vn
    from desktop.excel.book import export_book
    from desktop.excel.reader import read_book

    today = now_vn().date()
    out, count = export_book(store, today, today, None, session.folder / "so-tu-kiem-tra.xlsx")
    codes = [str(cells.get("code")) for _, cells in read_book(out)]
    if count != 1 or codes != [code]:
        raise Failed(f"sổ Excel {out.name} không đọc lại được hồ sơ vừa ghi")
    return f"ghi và đọc lại sổ theo dõi {out.name}"


def check_signing(session: Session) -> str:
    """Signs the receipt of the PDF check with a throwaway certificate made here and reads the
    signature back: pyHanko, its stamp font, cryptography and python-pkcs11 (USB tokens) are
    all loaded deep inside and only fail when a clerk first signs."""
    receipt = session.folder / "phieu-tu-kiem-tra.pdf"
    if not receipt.is_file():
        raise Failed("bỏ qua vì bước in phiếu chưa thành công")
    importlib.import_module("desktop.sign.token")
    from desktop.core.clock import now_vn
    from desktop.sign.paper import sign_pdf
    from desktop.sign.sources import P12Source, open_signer
    from desktop.sign.verify import verify_pdf

    password = "tu-kiem-tra"
    p12 = _throwaway_p12(session.folder / "chung-thu-thu.p12", password)
    signed = session.folder / "phieu-tu-kiem-tra-da-ky.pdf"
    with open_signer(P12Source(p12), password) as opened:
        sign_pdf(receipt, signed, opened, now=now_vn())
    verdict = verify_pdf(signed)
    if not verdict.ok:
        raise Failed("ký thử được nhưng đọc lại chữ ký thấy không hợp lệ")
    return "ký thử phiếu (PAdES) và kiểm tra lại: hợp lệ"


def _throwaway_p12(path: Path, password: str) -> Path:
    from datetime import UTC, datetime, timedelta

    from cryptography import x509
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.hazmat.primitives.serialization import BestAvailableEncryption, pkcs12
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Tự kiểm tra motcua")])
    start = datetime.now(UTC) - timedelta(days=1)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name)
            .public_key(key.public_key()).serial_number(x509.random_serial_number())
            .not_valid_before(start).not_valid_after(start + timedelta(days=2))
            .sign(key, hashes.SHA256()))
    path.write_bytes(pkcs12.serialize_key_and_certificates(
        b"motcua", key, cert, None, BestAvailableEncryption(password.encode())))
    return path


NATIVE_KEYRING = {
    "win32": ("keyring.backends.Windows", "win32ctypes.pywin32.win32cred"),
    "darwin": ("keyring.backends.macOS",),
}
LINUX_KEYRING = ("keyring.backends.SecretService", "secretstorage", "jeepney")


def check_keyring(_: Session) -> str:
    """Missing backend code is an installation fault; no running keyring service is the PC's.
    The backend is the one the sync would use (never the plain-text ``keyrings.alt``)."""
    for module in NATIVE_KEYRING.get(sys.platform, LINUX_KEYRING):
        try:
            importlib.import_module(module)
        except ImportError as exc:
            raise Failed(f"thiếu mô-đun kho khóa {module} trong bản cài đặt") from exc
    from keyring.backends import fail

    from desktop.sync.credentials import system_keyring

    backend = system_keyring()
    name = f"{type(backend).__module__}.{type(backend).__name__}"
    if isinstance(backend, fail.Keyring):
        raise Note("máy này không có kho khóa đang chạy; chưa lưu được mã truy cập đồng bộ "
                   "(Linux: cần dịch vụ Secret Service như gnome-keyring)")
    return name


def check_translations(_: Session) -> str:
    try:
        from desktop.ui import selftest_qt
    except ImportError as exc:
        raise Failed(f"không nạp được Qt để đọc bản dịch ({exc})") from exc
    return selftest_qt.check_translations(resource_path("i18n"))


def check_preview(session: Session) -> str:
    """PDFium (pypdfium2) rasterises papers for Qt's print dialog and preview."""
    receipt = session.folder / "phieu-tu-kiem-tra.pdf"
    if not receipt.is_file():
        raise Failed("bỏ qua vì bước in phiếu chưa thành công")
    if sys.platform.startswith("linux") and not _has_display():
        raise Note("không có màn hình (DISPLAY) nên chưa thử dựng trang xem trước; "
                   "đặt QT_QPA_PLATFORM=offscreen để thử không cần màn hình")
    from desktop.ui import selftest_qt

    return selftest_qt.check_preview(receipt, session.folder / "ban-in-thu.pdf")


def check_window(_: Session) -> str:
    if sys.platform.startswith("linux") and not _has_display():
        raise Note("không có màn hình (DISPLAY) nên chưa thử mở cửa sổ; "
                   "đặt QT_QPA_PLATFORM=offscreen để thử không cần màn hình")
    from desktop.ui import selftest_qt

    return selftest_qt.check_window()


def _has_display() -> bool:
    return any(os.environ.get(v) for v in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"))


CHECKS: list[tuple[str, Callable[[Session], str]]] = [
    ("Nhật ký", check_log),
    ("Tệp tài nguyên", check_resources),
    ("Danh mục hành chính", check_communes),
    ("Lịch làm việc", check_calendar),
    ("Cơ sở dữ liệu", check_database),
    ("Báo cáo tổng hợp", check_summary),
    ("Phiếu PDF", check_pdf),
    ("In bản dài", check_long_render),
    ("Ký số", check_signing),
    ("Sổ Excel", check_workbook),
    ("Kho khóa", check_keyring),
    ("Bản dịch", check_translations),
    ("Xem trước bản in", check_preview),
    ("Cửa sổ", check_window),
]


def run_checks() -> list[Result]:
    results = []
    with tempfile.TemporaryDirectory(prefix="motcua-selftest-") as folder:
        session = Session(Path(folder))
        try:
            for name, check in CHECKS:
                try:
                    results.append(Result(OK, name, check(session)))
                except Failed as exc:
                    results.append(Result(FAIL, name, str(exc)))
                except Note as exc:
                    results.append(Result(NOTE, name, str(exc)))
                except Exception as exc:  # the point is to report, not to stop at the first
                    log.exception("self-test check %s failed", name)
                    results.append(Result(FAIL, name, f"{type(exc).__name__}: {exc}"))
        finally:
            if session.store is not None:
                session.store.close()
    return results


def run(out: Callable[[str], None] = print) -> int:
    started = time.perf_counter()
    out(f"motcua {__version__} — tự kiểm tra ({'bản đóng gói' if _frozen() else 'mã nguồn'})")
    results = run_checks()
    for result in results:
        out(result.line)
    failed = sum(r.status == FAIL for r in results)
    verdict = "ĐẠT" if not failed else f"KHÔNG ĐẠT ({failed} lỗi)"
    out(f"Kết quả: {verdict} — {time.perf_counter() - started:.1f} giây")
    log.info("self-test finished: %d of %d checks failed", failed, len(results))
    return 0 if not failed else 1


def _frozen() -> bool:
    return bool(getattr(sys, "frozen", False))
