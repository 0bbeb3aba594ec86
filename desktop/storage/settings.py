"""Every setting declared once: key, default and the label people see."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from datetime import date
from typing import Any

from desktop.core.calendar import WorkCalendar, WorkingHours
from desktop.core.commune import Commune, commune_from_code
from desktop.core.errors import UserError


@dataclass(frozen=True)
class Setting:
    key: str
    default: Any
    label: str


SETTINGS: dict[str, Setting] = {
    s.key: s
    for s in (
        Setting("commune_code", None, "Xã/phường"),
        Setting("agency_id", None, "Mã định danh cơ quan"),
        Setting("desk", None, "Số hiệu quầy"),
        Setting("officer", "", "Cán bộ tiếp nhận"),
        Setting("working_hours", WorkingHours().to_json(), "Giờ làm việc"),
        Setting("holiday_overrides", [], "Ngày nghỉ/làm bù của địa phương"),
        Setting("send_personal_data", False, "Gửi kèm thông tin cá nhân khi đồng bộ"),
        Setting("endpoint", "", "Địa chỉ máy chủ tiếp nhận báo cáo"),
        Setting("ca_bundle", "", "Tệp chứng thư CA bổ sung"),
        Setting("token_in_file", False, "Lưu mã truy cập trong tệp (khi không có kho khóa)"),
        Setting("keep_sent_days", 90, "Số ngày giữ báo cáo đã gửi trong hàng đợi"),
        Setting("last_backup_check", None, "Lần kiểm tra sao lưu gần nhất"),
        Setting("last_daily_summary", None, "Ngày báo cáo gần nhất đã xếp hàng gửi"),
        Setting("signing", None, "Chữ ký số (thiết bị hoặc tệp, chứng thư, máy chủ dấu thời gian)"),
        Setting("installation_id", None, "Mã cài đặt của máy này"),
        Setting("hub", None, "Máy chủ là máy chủ chung của xã (trao đổi hồ sơ giữa các quầy)"),
        Setting("hub_pin", "", "Dấu vân tay chứng thư của máy chủ xã (SHA256)"),
    )
}


@dataclass(frozen=True)
class DeskIdentity:
    commune: Commune
    agency_id: str
    desk: int


class SettingsRepo:
    def __init__(self, conn: sqlite3.Connection) -> None:
        self._conn = conn

    def get(self, key: str) -> Any:
        spec = SETTINGS[key]
        row = self._conn.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
        return spec.default if row is None else json.loads(row[0])

    def set(self, key: str, value: Any) -> None:
        """Caller holds the write transaction."""
        if key not in SETTINGS:
            raise KeyError(key)
        self._conn.execute(
            "INSERT INTO settings(key, value) VALUES (?, ?) "
            "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            (key, json.dumps(value, ensure_ascii=False)),
        )

    def identity(self) -> DeskIdentity | None:
        code, agency, desk = (self.get(k) for k in ("commune_code", "agency_id", "desk"))
        if code is None or agency is None or desk is None:
            return None
        return DeskIdentity(commune_from_code(code), agency, int(desk))

    def require_identity(self) -> DeskIdentity:
        identity = self.identity()
        if identity is None:
            raise UserError(
                "Chưa thiết lập xã/phường, mã cơ quan và số quầy. Chạy: motcua setup --commune MÃ_XÃ "
                "--agency-id MÃ_CƠ_QUAN --desk SỐ_QUẦY"
            )
        return identity

    def overrides(self) -> dict[date, bool]:
        return {
            date.fromisoformat(item["date"]): bool(item["working"])
            for item in self.get("holiday_overrides")
        }

    def calendar(self) -> WorkCalendar:
        return WorkCalendar(WorkingHours.from_json(self.get("working_hours")), self.overrides())
