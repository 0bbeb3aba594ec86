"""Realistic synthetic data for trying the app and for benchmarks.

Writes straight to the tables in large transactions (a million dossiers in well under two
minutes) and queues nothing in the outbox: demo data must never be reported upward. It runs only
on a data directory without dossiers, so it can never mix with real work.
"""

from __future__ import annotations

import json
import random
import uuid
from bisect import bisect_left, bisect_right
from collections.abc import Callable
from datetime import date, datetime, timedelta
from functools import cache, lru_cache

from desktop.core.calendar import WorkCalendar
from desktop.core.catalogue import Procedure
from desktop.core.clock import VN_OFFSET_SECONDS, from_epoch, to_epoch, to_vn
from desktop.core.clock import day_start as day_start_of
from desktop.core.codes import make_code
from desktop.core.collation import sort_key
from desktop.core.errors import UserError
from desktop.core.fold import fold
from desktop.core.replay import RECEIVED, STATUS
from desktop.core.states import Channel, State
from desktop.storage.store import Store

DEMO_COMMUNE, DEMO_AGENCY, DEMO_DESK = 70, "000.00.14.H56", 1
PER_DAY = 280  # a busy ward's working day
CHUNK = 50_000
VN_OFFSET = VN_OFFSET_SECONDS

FAMILY = (("Nguyễn", 38), ("Trần", 11), ("Lê", 9), ("Phạm", 7), ("Hoàng", 5), ("Huỳnh", 4),
          ("Phan", 4), ("Vũ", 4), ("Võ", 3), ("Đặng", 2), ("Bùi", 2), ("Đỗ", 2), ("Hồ", 2),
          ("Ngô", 2), ("Dương", 1), ("Lý", 1), ("Đinh", 1), ("Trịnh", 1), ("Đoàn", 1))
MIDDLE_M = ("Văn", "Hữu", "Đức", "Minh", "Quốc", "Thành", "Công", "Xuân", "Gia", "Đình")
MIDDLE_F = ("Thị", "Ngọc", "Thu", "Thanh", "Mỹ", "Kim", "Hồng", "Diệu", "Phương", "Bảo")
GIVEN_M = ("An", "Bình", "Cường", "Dũng", "Đạt", "Hải", "Hiếu", "Hùng", "Huy", "Khánh", "Khoa",
           "Long", "Lộc", "Mạnh", "Nam", "Nghĩa", "Phúc", "Quân", "Quang", "Sơn", "Tài", "Thắng",
           "Thịnh", "Toàn", "Trung", "Tuấn", "Việt", "Vinh", "Vũ", "Ước")
GIVEN_F = ("Anh", "Ánh", "Châu", "Chi", "Dung", "Giang", "Hà", "Hạnh", "Hằng", "Hiền", "Hoa",
           "Hương", "Lan", "Linh", "Loan", "Mai", "My", "Nga", "Ngân", "Nhung", "Oanh", "Phượng",
           "Quyên", "Thảo", "Thủy", "Trang", "Tuyết", "Uyên", "Vân", "Yến")
STREETS = ("Thôn Đông", "Thôn Đoài", "Thôn Thượng", "Thôn Hạ", "Tổ dân phố 3", "Tổ dân phố 7",
           "Xóm Mới", "Ấp Bình Hòa", "Bản Nà Phặc", "Khu phố Ngọc Hà")
PROCEDURE_WEIGHTS = {"khai-sinh": 18, "ket-hon": 6, "ket-hon-xac-minh": 1, "khai-tu": 4,
                     "lien-thong-khai-sinh": 6, "chung-thuc-ban-sao": 34, "chung-thuc-chu-ky": 12,
                     "thuong-tru": 6, "tam-tru": 8, "dat-dai-bien-dong": 3, "tro-cap-xa-hoi": 2}
NOTES = ("Thiếu bản sao giấy tờ tùy thân", "Cần xác minh thông tin cư trú",
         "Chữ ký không khớp mẫu", None, None, None)


def seed(store: Store, count: int, *, now: datetime, seed: int = 2025,
         progress: Callable[[str], None] = lambda _: None) -> str:
    if store.dossiers.count():
        raise UserError("Chỉ tạo dữ liệu mẫu trên thư mục dữ liệu chưa có hồ sơ (dùng --data-dir "
                        "với một thư mục trống) để không lẫn với hồ sơ thật.")
    identity = store.settings.identity()
    if identity is None:
        identity = store.setup(DEMO_COMMUNE, DEMO_AGENCY, DEMO_DESK, "Cán bộ mẫu")
        progress(f"Chưa thiết lập: dùng đơn vị mẫu {identity.commune.label}, quầy 01.")
    rng = random.Random(seed)
    calendar = store.calendar
    now = to_vn(now)
    days = []
    day = now.date()
    while len(days) < max(20, -(-count // PER_DAY)):
        if calendar.is_working_day(day):
            days.append(day)
        day -= timedelta(days=1)
    days.reverse()
    procedures = store.dossiers.procedures()
    slugs = [s for s in PROCEDURE_WEIGHTS if s in procedures]
    weights = [PROCEDURE_WEIGHTS[s] for s in slugs]
    families, family_weights = zip(*FAMILY, strict=True)
    now_s = to_epoch(now)

    @lru_cache(maxsize=65536)
    def folded(name: str) -> str:
        return fold(name)

    appointment = _appointments(calendar, procedures)
    timeline = _Timeline(calendar, days[0] - timedelta(days=1), now.date() + timedelta(days=400))
    documents = {slug: json.dumps(p.documents, ensure_ascii=False) for slug, p in procedures.items()}
    address_tail = f", {identity.commune.name}"

    conn = store.conn
    installation = store.replica.installation()
    conn.execute("PRAGMA synchronous = OFF")
    sequences: dict[str, int] = {}
    year_entries: dict[str, int] = {}
    next_id = (conn.execute("SELECT max(id) FROM dossiers").fetchone()[0] or 0) + 1
    made = 0
    per_day = [count // len(days) + (1 if i < count % len(days) else 0) for i in range(len(days))]
    dossiers, events, texts = [], [], []
    try:
        for day, n in zip(days, per_day, strict=True):
            base = to_epoch(datetime.combine(day, datetime.min.time(), now.tzinfo))
            minutes = sorted(rng.randrange(0, 450) for _ in range(n))
            # Drawn per day in bulk: random.choices(k=n) is several times cheaper per item.
            channels = rng.choices((1, 2, 3), cum_weights=(40, 98, 100), k=n)
            day_slugs = rng.choices(slugs, weights, k=n)
            day_families = rng.choices(families, family_weights, k=n)
            key, year_key = f"D{day:%Y%m%d}", f"Y{day.year}"
            code_prefix = make_code(identity.agency_id, day, identity.desk, 0)[:-4]
            for minute, channel, slug, family in zip(minutes, channels, day_slugs, day_families,
                                                     strict=True):
                offset = 7 * 3600 + 1800 + minute * 60 + (7200 if minute >= 240 else 0)
                if channel == Channel.ONLINE and rng.random() < 0.3:
                    offset = rng.randrange(18 * 3600, 23 * 3600)  # filed online in the evening
                received = base + offset
                if received > now_s:
                    received = now_s - rng.randrange(60, 3600)
                appt = appointment(received - received % 60, slug)
                female = rng.random() < 0.55
                name = " ".join((family, rng.choice(MIDDLE_F if female else MIDDLE_M),
                                 rng.choice(GIVEN_F if female else GIVEN_M)))
                phone = f"0{rng.choice('398753')}{rng.randrange(10**8):08d}" if rng.random() < 0.8 else None
                id_number = (f"0{rng.randrange(1, 96):02d}{rng.choice('0123')}{rng.randrange(40, 99):02d}"
                             f"{rng.randrange(10**6):06d}") if rng.random() < 0.9 else None
                sequences[key] = sequences.get(key, 0) + 1
                year_entries[year_key] = year_entries.get(year_key, 0) + 1
                code = f"{code_prefix}{sequences[key]:04d}"
                row, row_events = _life(rng, timeline, next_id, channel, received, appt, now_s)
                dossiers.append((next_id, code, slug, procedures[slug].field, channel, row["state"],
                                 name, id_number, phone,
                                 rng.choice(STREETS) + address_tail, documents[slug],
                                 received, row["appt"], appt, row["end_at"], row["end_state"],
                                 row["supplement_count"], row["supplement_at"], row["resumed_at"],
                                 row["paused"], row["paused_since"], year_entries[year_key],
                                 row["updated"]))
                events.extend(row_events)
                texts.append((next_id, f"{folded(name)} {code.lower()} {code[-6:]}"
                              f"{' ' + phone if phone else ''}{' ' + id_number if id_number else ''}"))
                next_id += 1
                made += 1
                if len(dossiers) >= CHUNK:
                    _flush(conn, dossiers, events, texts, identity.desk, installation)
                    progress(f"… {made:,} / {count:,} hồ sơ".replace(",", "."))
        _flush(conn, dossiers, events, texts, identity.desk, installation)
        with store.transaction():
            for key, last in (sequences | year_entries).items():
                conn.execute("INSERT INTO code_sequences(key, last) VALUES (?, ?) ON CONFLICT(key)"
                             " DO UPDATE SET last = max(last, excluded.last)", (key, last))
    finally:
        conn.execute("PRAGMA synchronous = FULL")
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.execute("ANALYZE")
    return f"Đã tạo {made:,} hồ sơ mẫu từ {days[0]:%d/%m/%Y} đến {days[-1]:%d/%m/%Y}.".replace(",", ".")


def _appointments(calendar: WorkCalendar, procedures: dict[str, Procedure]
                  ) -> Callable[[int, str], int]:
    """``calendar.appointment`` on epoch seconds, with the day arithmetic cached: a million
    receipts fall on a few thousand days, and building datetimes for each was most of the
    seeding time. tests/test_demo.py checks it against the calendar itself."""
    periods = [(s.hour * 3600 + s.minute * 60, e.hour * 3600 + e.minute * 60)
               for s, e in calendar.hours.periods]
    cutoff = calendar.hours.cutoff.hour * 3600 + calendar.hours.cutoff.minute * 60
    day_end = periods[-1][1]

    @cache
    def working(day_start: int) -> bool:
        return calendar.is_working_day(from_epoch(day_start).date())

    @cache
    def after(day_start: int, days: int) -> int:
        day = calendar.nth_working_day_after(from_epoch(day_start).date(), days)
        return to_epoch(day_start_of(day))

    def appointment(received: int, slug: str) -> int:
        p = procedures[slug]
        of_day = (received + VN_OFFSET) % 86400
        start = received - of_day
        if not (working(start) and any(s <= of_day < e for s, e in periods)):
            effective = to_epoch(calendar.effective_start(from_epoch(received)))
            of_day = (effective + VN_OFFSET) % 86400
            start = effective - of_day
        if p.days == 0:
            if p.cutoff and of_day >= cutoff:
                start = after(start, 1)
            return start + day_end
        return after(start, p.days) + of_day

    return appointment


class _Timeline:
    """Working time as sorted epoch intervals, so the demo's clerks act only during office
    hours and a supplement pause moves the appointment by its working time, at the cost of a
    bisect instead of a calendar walk per dossier."""

    def __init__(self, calendar: WorkCalendar, first: date, last: date) -> None:
        self.starts: list[int] = []
        self.ends: list[int] = []
        self.before: list[int] = []  # working seconds before each interval
        total, day = 0, first
        while day <= last:
            for start, end in calendar.periods_of(day):
                self.starts.append(to_epoch(start))
                self.ends.append(to_epoch(end))
                self.before.append(total)
                total += self.ends[-1] - self.starts[-1]
            day += timedelta(days=1)
        self.until = [b + e - s for b, s, e in zip(self.before, self.starts, self.ends, strict=True)]

    def at_work(self, moment: int) -> int:
        """The moment itself during office hours, else a little after the next opening."""
        i = bisect_right(self.starts, moment) - 1
        if i >= 0 and moment < self.ends[i]:
            return moment
        return self.starts[i + 1] + moment % 1800 if i + 1 < len(self.starts) else moment

    def worked(self, moment: int) -> int:
        i = bisect_right(self.starts, moment) - 1
        return 0 if i < 0 else self.before[i] + min(moment, self.ends[i]) - self.starts[i]

    def add(self, moment: int, seconds: int) -> int:
        if seconds <= 0:
            return moment
        target = self.worked(moment) + seconds
        j = bisect_left(self.until, target)
        return self.starts[j] + target - self.before[j]


def _life(rng: random.Random, timeline: _Timeline, dossier_id: int, channel: int, received: int,
          appt: int, now: int) -> tuple[dict, list[tuple]]:
    """Plausible history: most dossiers end early or on time, a few late, refused or withdrawn;
    recent ones are still open in various states. Every action happens in office hours."""
    actor = "Cán bộ mẫu"
    state = Channel(channel).start_state
    events = [(dossier_id, received, actor, None, int(state), None)]
    row = {"state": int(state), "appt": appt, "end_at": None, "end_state": None,
           "supplement_count": 0, "supplement_at": None, "resumed_at": None, "paused": 0,
           "paused_since": None, "updated": received}
    span = max(appt - received, 1800)
    t = received

    def move(to: State, at: int, note: str | None = None) -> bool:
        nonlocal t, state
        at = timeline.at_work(at)
        if at > now:
            return False
        events.append((dossier_id, at, actor, int(state), int(to), note))
        state, t = to, at
        row["state"], row["updated"] = int(to), at
        if to.ends_processing and row["end_at"] is None:
            row["end_at"], row["end_state"] = at, int(to)
        return True

    roll = rng.random()
    if state is State.REGISTERED:
        if roll < 0.01:
            move(State.REFUSED, t + rng.randrange(600, 7200), "Hồ sơ không thuộc thẩm quyền")
            return row, events
        if not move(State.RECEIVED, t + rng.randrange(300, 3 * 3600)):
            return row, events
    if roll > 0.995:
        move(State.WITHDRAWN, t + rng.randrange(600, span))
        return row, events
    if not move(State.PROCESSING, t + rng.randrange(60, 1800)):
        return row, events
    if rng.random() < 0.05:
        if not move(State.SUPPLEMENT_REQUESTED, t + rng.randrange(600, span // 2 + 601),
                    rng.choice(NOTES)):
            return row, events  # the request would lie in the future: it has not happened
        requested = t
        row["supplement_count"], row["supplement_at"] = 1, requested
        row["paused_since"] = requested  # still waiting unless the citizen came back below
        if not move(State.PROCESSING, t + rng.randrange(3600, 5 * 86400)):
            return row, events
        row["paused_since"] = None
        row["resumed_at"], row["paused"] = t, timeline.worked(t) - timeline.worked(requested)
        row["appt"] = appt = timeline.add(appt, row["paused"])
    finish = rng.random()
    if finish < 0.03:
        end = appt + rng.randrange(3600, 4 * 86400)  # late
    elif finish < 0.035:
        move(State.STOPPED, t + rng.randrange(600, span), "Dừng theo đề nghị cơ quan chuyên môn")
        return row, events
    else:
        end = t + int((appt - t) * rng.uniform(0.05, 0.95))
    if not move(State.RESOLVED, max(end, t + 60)):
        return row, events
    move(State.RETURNED, t + rng.randrange(600, 3 * 86400))
    return row, events


def _flush(conn, dossiers: list, events: list, texts: list, desk: int,  # noqa: ANN001
           installation: str) -> None:
    """Dossiers with their events, each event with its global identity and the facts a
    colleague's desk folds (``desktop.core.replay``), as the write paths make them."""
    if not dossiers:
        return
    conn.execute("BEGIN IMMEDIATE")
    conn.executemany(
        "INSERT INTO dossiers(id, code, procedure, field, channel, state, applicant, id_number,"
        " phone, address, documents, received_at, appointment_at, base_appointment_at, end_at,"
        " end_state, supplement_count, supplement_at, resumed_at, paused_seconds, paused_since,"
        " book_entry, updated_at, applicant_key, origin_desk)"
        " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
        [(*d, sort_key(d[6]), desk) for d in dossiers])
    facts = {d[0]: d for d in dossiers}
    next_id = (conn.execute("SELECT max(id) FROM dossier_events").fetchone()[0] or 0) + 1
    rows = []
    for event_id, (dossier_id, at, actor, from_state, to_state, note) in enumerate(events, next_id):
        if from_state is None:
            d = facts[dossier_id]
            kind, data = RECEIVED, {
                "procedure": d[2], "field": d[3], "channel": d[4], "state": to_state,
                "applicant": d[6], "id_number": d[7], "phone": d[8], "address": d[9],
                "email": None, "authorised": None, "documents": json.loads(d[10]), "sets": 1,
                "appointment_at": d[13], "note": note}
        else:
            kind, data = STATUS, {"from": from_state, "to": to_state, "note": note}
        rows.append((event_id, dossier_id, at, actor, from_state, to_state, note, str(uuid.uuid4()),
                     kind, desk, installation, json.dumps(data, ensure_ascii=False), at, event_id))
    conn.executemany(
        "INSERT INTO dossier_events(id, dossier_id, at, actor, from_state, to_state, note, uid,"
        " kind, origin_desk, installation, data, arrived_at, origin_seq)"
        " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)", rows)
    conn.executemany("INSERT INTO dossier_search(rowid, text) VALUES (?, ?)", texts)
    conn.execute("COMMIT")
    dossiers.clear()
    events.clear()
    texts.clear()
