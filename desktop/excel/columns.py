"""The tracking book's columns, shared by the template, the exported book and the import.

Headers are matched without case, accents or surrounding spaces, so a commune's own book typed
as "ma ho so" or "MÃ HỒ SƠ " is read the same as the template.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from desktop.core.fold import fold
from desktop.core.states import CHANNEL_LABELS, STATE_LABELS, Channel, State

SHEET_BOOK = "Sổ theo dõi"
SHEET_HELP = "Hướng dẫn"
SHEET_LISTS = "Danh mục"
DATE_TIME_FORMAT = "dd/mm/yyyy hh:mm"


@dataclass(frozen=True)
class Column:
    key: str
    title: str
    width: float
    help: str
    required: bool = False
    export_only: bool = False


COLUMNS = (
    Column("index", "STT", 6, "Số thứ tự. Không bắt buộc, bỏ qua khi nhập."),
    Column("code", "Mã hồ sơ", 28,
           "Không bắt buộc. Có thì giữ nguyên (kể cả mã theo mẫu cũ) và không được trùng; "
           "để trống thì motcua cấp mã mới theo ngày tiếp nhận."),
    Column("applicant", "Người nộp", 24, "Bắt buộc. Họ tên người nộp hồ sơ.", required=True),
    Column("id_number", "Số định danh", 15, "Không bắt buộc. Đúng 12 chữ số (CCCD)."),
    Column("phone", "Điện thoại", 13, "Không bắt buộc. 10 chữ số, bắt đầu bằng 0."),
    Column("address", "Địa chỉ", 28, "Không bắt buộc."),
    Column("procedure", "Thủ tục", 44,
           "Bắt buộc. Tên thủ tục như trong danh mục (chọn trong danh sách) hoặc mã thủ tục; "
           "không phân biệt chữ hoa, có dấu hay không dấu.", required=True),
    Column("field", "Lĩnh vực", 14, "Chỉ có khi xuất sổ; khi nhập được suy ra từ thủ tục.",
           export_only=True),
    Column("channel", "Kênh", 18,
           "Trực tiếp, Trực tuyến hoặc Bưu chính công ích. Để trống: Trực tiếp."),
    Column("received_at", "Tiếp nhận", 17,
           "Bắt buộc. Ngày giờ tiếp nhận: ô ngày giờ của Excel hoặc chữ dạng dd/mm/yyyy hh:mm. "
           "Hồ sơ cũ hơn một năm vẫn được nhập.", required=True),
    Column("appointment_at", "Hẹn trả kết quả", 17,
           "Không bắt buộc. Có thì giữ đúng ngày hẹn đã ghi trên giấy hẹn; để trống thì motcua "
           "tính theo thời hạn giải quyết của thủ tục."),
    Column("end_at", "Kết thúc xử lý", 17,
           "Bắt buộc với hồ sơ đã kết thúc (đã xử lý xong, đã trả kết quả, từ chối, rút, dừng); "
           "để trống với hồ sơ đang giải quyết."),
    Column("state", "Tình trạng", 30,
           "Tên tình trạng như motcua in (chọn trong danh sách) hoặc số 1–10. "
           "Để trống: Được tiếp nhận (Mới đăng ký với hồ sơ trực tuyến)."),
    Column("mark", "Đánh giá", 12, "Chỉ có khi xuất sổ: trước hạn, đúng hạn, quá hạn, trong hạn.",
           export_only=True),
    Column("note", "Ghi chú", 30, "Không bắt buộc."),
)

TITLES = tuple(c.title for c in COLUMNS)


def header_key(text: object) -> str:
    return _key(str(text or ""))


@lru_cache(maxsize=1024)
def _key(text: str) -> str:
    """Cached: a book repeats the same few states and channels on every row."""
    return " ".join(fold(text).split())


BY_HEADER = {header_key(c.title): c for c in COLUMNS}
_STATES = {header_key(label): state for state, label in STATE_LABELS.items()}
_CHANNELS = {header_key(label): channel for channel, label in CHANNEL_LABELS.items()}


def match_state(text: str) -> State | None:
    raw = text.strip()
    if raw.isdigit():
        return State(int(raw)) if int(raw) in State._value2member_map_ else None
    return _STATES.get(header_key(raw))


def match_channel(text: str) -> Channel | None:
    raw = text.strip()
    if raw.isdigit():
        return Channel(int(raw)) if int(raw) in Channel._value2member_map_ else None
    return _CHANNELS.get(header_key(raw))


def state_labels() -> list[str]:
    return [STATE_LABELS[s] for s in State]


def channel_labels() -> list[str]:
    return [CHANNEL_LABELS[c] for c in Channel]
