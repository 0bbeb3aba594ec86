"""Bringing a commune's old tracking book into motcua: check every row, then write them all.

``check_book`` reads the whole file and returns every problem (row number, column, a
Vietnamese message) with what would be imported; it writes nothing, and it is all that
``--dry-run`` does. ``import_book`` runs the same check, refuses the file if any row is bad,
and only then reads it a second time to write every dossier in one transaction: the rows are
never all held in memory, so a 100,000-line book imports in flat memory.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from functools import lru_cache
from pathlib import Path

from desktop.core.catalogue import Procedure
from desktop.core.clock import format_slip_time, from_epoch, to_epoch, to_vn
from desktop.core.errors import UserError
from desktop.core.fold import fold
from desktop.core.states import Channel, State
from desktop.core.validation import (
    check_not_future,
    clean_id_number,
    clean_name,
    clean_phone,
    clean_text,
)  # fmt: skip
from desktop.excel.columns import COLUMNS, match_channel, match_state
from desktop.excel.reader import read_book
from desktop.storage.register import (
    ImportedDossier,
    ImportOutcome,
    existing_codes,
    import_dossiers,
    imported_fingerprints,
)  # fmt: skip
from desktop.storage.store import Store

TITLE = {c.key: c.title for c in COLUMNS}
COLUMN_ORDER = {c.title: i for i, c in enumerate(COLUMNS)}
_MOMENTS = frozenset({"received_at", "appointment_at", "end_at"})
MAX_CODE_LENGTH = 60
_TIME_FORMATS = ("%d/%m/%Y %H:%M", "%d/%m/%Y %H:%M:%S", "%H:%M %d/%m/%Y", "%d/%m/%Y",
                 "%Y-%m-%d %H:%M", "%Y-%m-%d %H:%M:%S", "%Y-%m-%dT%H:%M", "%Y-%m-%dT%H:%M:%S",
                 "%Y-%m-%d")


@dataclass(frozen=True)
class RowError:
    row: int
    column: str
    message: str

    def __str__(self) -> str:
        return f"Dòng {self.row}, cột «{self.column}»: {self.message}"


@dataclass
class BookCheck:
    """What a file holds and what is wrong with it; nothing has been written."""

    file: str
    rows: int = 0
    valid: int = 0
    errors: list[RowError] = field(default_factory=list)
    by_state: Counter = field(default_factory=Counter)
    by_field: Counter = field(default_factory=Counter)
    first: datetime | None = None
    last: datetime | None = None
    already_present: int = 0

    @property
    def ok(self) -> bool:
        return not self.errors and self.rows > 0

    @property
    def new(self) -> int:
        """Rows that would become dossiers (bad rows and lines already imported left out)."""
        return self.valid - self.already_present

    def to_json(self) -> dict:
        return {
            "file": self.file, "rows": self.rows, "ok": self.ok, "new": self.new,
            "already_present": self.already_present,
            "period": {"from": self.first.date().isoformat() if self.first else None,
                       "to": self.last.date().isoformat() if self.last else None},
            "by_state": dict(self.by_state), "by_field": dict(self.by_field),
            "errors": [{"row": e.row, "column": e.column, "message": e.message}
                       for e in self.errors],
        }  # fmt: skip


class BookRefused(UserError):
    """The file has bad rows: every one of them is named and nothing was written."""

    def __init__(self, check: BookCheck) -> None:
        self.check = check
        super().__init__(refusal_text(check), "file")


def refusal_text(check: BookCheck) -> str:
    if check.rows == 0 and not check.errors:
        return f"Tệp «{check.file}» không có dòng hồ sơ nào; không nhập gì."
    lines = [f"Tệp «{check.file}» có {len(check.errors)} lỗi; chưa nhập hồ sơ nào. "
             "Sửa các dòng sau rồi nhập lại:"]
    return "\n".join(lines + [str(e) for e in check.errors])


class _Parser:
    """Turns one row into an ``ImportedDossier`` or a list of errors; no I/O but the store's
    in-memory catalogue and calendar."""

    def __init__(self, store: Store, now: datetime) -> None:
        self.now = to_vn(now)
        self.calendar = store.calendar
        self.procedures: dict[str, Procedure] = {}
        for p in store.dossiers.procedures().values():
            self.procedures[_words(p.slug)] = p
            self.procedures[_words(p.name)] = p
        self.field_names = store.field_names

    def parse(self, number: int, cells: dict[str, object], *, keep_original: bool = True
              ) -> tuple[ImportedDossier | None, list[RowError]]:
        """``keep_original=False`` (the checking pass) skips formatting the row for its import
        event, except for a line without a code, which is recognised by that text."""
        errors: list[RowError] = []

        def bad(key: str, message: str) -> None:
            errors.append(RowError(number, TITLE[key], message))

        text = {key: _text(value) for key, value in cells.items() if key not in _MOMENTS}
        applicant, message = clean_name(text.get("applicant"))
        if message:
            bad("applicant", message)
        cleaned = {}
        for key, cleaner in (("id_number", clean_id_number), ("phone", clean_phone)):
            cleaned[key], message = cleaner(text.get(key))
            if message:
                bad(key, message)
        procedure = None
        if not text.get("procedure"):
            bad("procedure", "Thủ tục là bắt buộc.")
        else:
            procedure = self.procedures.get(_words(text["procedure"]))
            if procedure is None:
                bad("procedure", f"Không có thủ tục «{text['procedure']}» trong danh mục.")
        channel = _choice(text, "channel", match_channel, Channel.DIRECT, bad,
                          "dùng Trực tiếp, Trực tuyến hoặc Bưu chính công ích")
        state = _choice(text, "state", match_state, channel.start_state, bad,
                        "dùng tên tình trạng như motcua in hoặc số 1–10")
        if state is State.REGISTERED and channel is not Channel.ONLINE:
            bad("state", "Chỉ hồ sơ trực tuyến mới có tình trạng «Mới đăng ký».")
        received = self._moment(cells.get("received_at"), "received_at", bad, required=True)
        appointment = self._moment(cells.get("appointment_at"), "appointment_at", bad)
        end = self._moment(cells.get("end_at"), "end_at", bad)
        if received is not None:
            message = check_not_future(received, self.now)
            if message:
                bad("received_at", message)
            if appointment is not None and appointment < received:
                bad("appointment_at", "Ngày hẹn trả không được trước thời điểm tiếp nhận.")
            if end is not None and end < received:
                bad("end_at", "Thời điểm kết thúc xử lý không được trước thời điểm tiếp nhận.")
        if end is not None and check_not_future(end, self.now):
            bad("end_at", "Thời điểm kết thúc xử lý không được ở tương lai.")
        if state.ends_processing and end is None and "end_at" not in {e.column for e in errors}:
            bad("end_at", f"Hồ sơ ở tình trạng «{state.label}» đã kết thúc xử lý: cần ghi "
                          "thời điểm kết thúc xử lý.")
        if not state.ends_processing and end is not None:
            bad("end_at", f"Hồ sơ ở tình trạng «{state.label}» chưa kết thúc xử lý: để trống "
                          "cột này hoặc sửa tình trạng.")
        code = text.get("code") or None
        if code is not None and (len(code) > MAX_CODE_LENGTH or len(code.split()) != 1):
            bad("code", f"Mã hồ sơ không hợp lệ (không có khoảng trắng, tối đa {MAX_CODE_LENGTH} "
                        "ký tự).")
        if errors:
            return None, errors
        assert procedure is not None and received is not None and applicant is not None
        if appointment is None:
            appointment = self.calendar.appointment(received, procedure.days,
                                                    cutoff_applies=procedure.cutoff)
        return ImportedDossier(
            code=code, procedure=procedure.slug, field=procedure.field, channel=channel,
            state=state, applicant=applicant, id_number=cleaned["id_number"],
            phone=cleaned["phone"], address=clean_text(text.get("address")),
            received_at=to_epoch(received), appointment_at=to_epoch(appointment),
            end_at=None if end is None else to_epoch(end), note=clean_text(text.get("note"), 500),
            original=_original(cells) if keep_original or code is None else {},
        ), []

    def _moment(self, value: object, key: str, bad: Callable[[str, str], None], *,
                required: bool = False) -> datetime | None:
        if value is None or (isinstance(value, str) and not value.strip()):
            if required:
                bad(key, f"{TITLE[key]} là bắt buộc.")
            return None
        if isinstance(value, datetime):  # a serial day number: round off its float error
            return to_vn(value + timedelta(microseconds=500_000)).replace(microsecond=0)
        if isinstance(value, date):
            return to_vn(datetime(value.year, value.month, value.day))
        raw = " ".join(str(value).split())
        for form in _TIME_FORMATS:
            try:
                return to_vn(datetime.strptime(raw, form))
            except ValueError:
                continue
        bad(key, f"«{raw}» không phải ngày giờ hợp lệ: ghi dạng dd/mm/yyyy hh:mm.")
        return None


def _choice(text: dict[str, str], key: str, match: Callable[[str], object | None],
            default: object, bad: Callable[[str, str], None], hint: str):  # noqa: ANN202
    """A value picked from a list (channel, state): the default when empty, named when wrong."""
    if not text.get(key):
        return default
    found = match(text[key])
    if found is None:
        bad(key, f"{TITLE[key]} «{text[key]}» không hợp lệ: {hint}.")
        return default
    return found


def _original(cells: dict[str, object]) -> dict[str, str]:
    """The row as the clerk sees it, for its import event (and a code-less line's identity)."""
    found = {}
    for key, value in cells.items():
        shown = _text(value)
        if shown:
            found[TITLE[key]] = shown
    return found


@lru_cache(maxsize=4096)
def _words(text: str) -> str:
    return " ".join(fold(text).replace("-", " ").split())


def _text(value: object) -> str:
    """A cell as the clerk sees it: whole numbers without ".0", times as on the slip."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime):
        return format_slip_time(to_vn(value))
    if isinstance(value, date):
        return f"{value:%d/%m/%Y}"
    return " ".join(str(value).split())


def _checked_rows(store: Store, path: Path | str, now: datetime, *, keep_original: bool
                  ) -> Iterator[tuple[int, ImportedDossier | None, list[RowError], dict]]:
    parser = _Parser(store, now)
    for number, cells in read_book(path):
        yield number, *parser.parse(number, cells, keep_original=keep_original), cells


def check_book(store: Store, path: Path | str, *, now: datetime) -> BookCheck:
    """Every row checked, every problem listed; writes nothing."""
    check = BookCheck(Path(path).name)
    seen: dict[str, int] = {}
    codes: list[str] = []
    lines = imported_fingerprints(store.conn)
    states: Counter = Counter()
    fields: Counter = Counter()
    for number, item, errors, cells in _checked_rows(store, path, now, keep_original=False):
        check.rows += 1
        code = _text(cells.get("code")) or None
        if code is not None:  # a repeated code is named even on a row with other errors
            if code in seen:
                errors.append(RowError(number, TITLE["code"], f"Mã hồ sơ «{code}» trùng với "
                                                              f"dòng {seen[code]}."))
            else:
                seen[code] = number
        check.errors.extend(sorted(errors, key=lambda e: COLUMN_ORDER[e.column]))
        if item is None or errors:
            continue
        if item.code is not None:
            codes.append(item.code)
        else:
            key = item.fingerprint
            if key in seen:
                check.errors.append(RowError(number, TITLE["applicant"], "Dòng giống hệt dòng "
                                             f"{seen[key]} (không có mã hồ sơ để phân biệt)."))
                continue
            seen[key] = number
            check.already_present += key in lines
        check.valid += 1
        states[item.state] += 1
        fields[item.field] += 1
        received = from_epoch(item.received_at)
        check.first = received if check.first is None else min(check.first, received)
        check.last = received if check.last is None else max(check.last, received)
    check.already_present += len(existing_codes(store.conn, codes))
    check.by_state = Counter({s.label: states[s] for s in State if states[s]})
    check.by_field = Counter({store.field_names.get(f, f): n for f, n in fields.most_common()})
    return check


def import_book(store: Store, path: Path | str, *, now: datetime,
                progress: Callable[[int, int], None] = lambda done, total: None,
                ) -> tuple[BookCheck, ImportOutcome]:
    """All rows or none: raises ``BookRefused`` naming every bad row before writing anything."""
    check = check_book(store, path, now=now)
    if not check.ok:
        raise BookRefused(check)

    def items() -> Iterator[ImportedDossier]:
        for number, item, _errors, _cells in _checked_rows(store, path, now, keep_original=True):
            if item is None:  # the file changed since it was checked: roll everything back
                raise UserError(f"Tệp «{check.file}» đã thay đổi trong khi nhập (dòng {number}); "
                                "chưa nhập hồ sơ nào, hãy nhập lại.", "file")
            yield item

    outcome = import_dossiers(store, items(), check.rows, now=now, progress=progress)
    return check, outcome


__all__ = ["BookCheck", "BookRefused", "RowError", "check_book", "import_book"]
