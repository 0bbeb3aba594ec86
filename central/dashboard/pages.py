"""The three oversight pages: the country, one province, one commune. Pure functions from the
store's answers to HTML; the routes (``central.dashboard``) decide who may see what."""

from __future__ import annotations

import json
from datetime import date, timedelta
from functools import cache
from html import escape
from pathlib import Path

from central.dashboard import geo
from central.dashboard.html import (
    day_start,
    local_date,
    moment,
    month_start,
    number,
    percent,
    share_class,
)  # fmt: skip
from central.dashboard.svg import bar_chart
from central.store import CentralStore, oversight
from central.store.oversight import CommuneFigures
from desktop.core.catalogue import load_catalogue
from desktop.core.clock import day_bounds, from_epoch
from desktop.core.commune import name_order
from desktop.core.errors import UserError

SILENT_AFTER = 24 * 3600
CHECKLIST_FILE = Path(__file__).resolve().parents[2] / "resources" / "checklist.json"
STATE_WORDS = {"done": "Đã đạt", "not_done": "Chưa đạt", "not_applicable": "Không áp dụng"}


@cache
def criterion_titles() -> dict[int, str]:
    try:
        data = json.loads(CHECKLIST_FILE.read_text(encoding="utf-8"))
    except OSError:
        return {}
    return {int(i["id"]): i["title"] for i in data["items"]}


@cache
def catalogue_names() -> tuple[dict[str, str], dict[str, str]]:
    """Field and procedure names by slug, so officers read "Hộ tịch", not "ho-tich"; a slug
    the catalogue does not know (a province's own procedure) is shown as sent."""
    try:
        catalogue = load_catalogue()
    except UserError:
        return {}, {}
    return catalogue.fields, {p.slug: p.name for p in catalogue.procedures}


def _title(item_id: object) -> str:
    try:
        return criterion_titles().get(int(item_id), f"Tiêu chí {item_id}")
    except (TypeError, ValueError):
        return f"Tiêu chí {item_id}"


def figures(store: CentralStore, now: int,
            communes: list[str] | None = None) -> dict[str, CommuneFigures]:
    return oversight.commune_figures(store, now=now, day_start=day_start(now),
                                     month_start=month_start(now), communes=communes)


def _silent(f: CommuneFigures | None, now: int) -> bool:
    return f is None or f.last_report is None or f.last_report < now - SILENT_AFTER


def national(store: CentralStore, now: int) -> str:
    by_commune = figures(store, now)
    today = day_start(now)
    tiles, rows = [], []
    for pcode, pname in sorted(geo.provinces().items(), key=lambda p: int(p[0])):
        places = geo.communes_of(pcode)
        figs = [by_commune.get(p.code) for p in places]
        got = [f for f in figs if f is not None]
        green = sum(1 for f in got if f.green)
        share = green / len(places) if places else None
        reporting = sum(1 for f in got if f.last_report is not None and f.last_report >= today)
        resolved = sum(f.resolved_month for f in got)
        received = sum(f.received_month for f in got)
        on_time = sum(f.in_time_month for f in got) / resolved if resolved else None
        online = sum(f.online_month for f in got) / received if received else None
        silent = sum(1 for f in figs if _silent(f, now))
        cls = share_class(share)
        tiles.append(f'<a class="tile {cls}" href="/p/{pcode}"><b>{escape(pname)}</b>'
                     f"{green}/{len(places)} xã đạt XANH ({percent(share)})</a>")
        rows.append(
            f'<tr data-province="{pcode}"><td class="l"><a href="/p/{pcode}">{escape(pname)}</a></td>'
            f"<td>{len(places)}</td><td class='{cls}' data-k='green'>{green} ({percent(share)})</td>"
            f"<td data-k='reporting'>{reporting}</td>"
            f"<td data-k='received'>{number(sum(f.received_today for f in got))}</td>"
            f"<td>{percent(on_time)}</td><td>{percent(online)}</td>"
            f"<td data-k='overdue'>{number(sum(f.overdue for f in got))}</td>"
            f"<td class='{'silent' if silent else ''}' data-k='silent'>{silent}</td></tr>")
    head = ("<tr><th class='l'>Tỉnh, thành phố</th><th>Số xã</th><th>Xã đạt XANH</th>"
            "<th>Xã báo cáo hôm nay</th><th>Hồ sơ nhận hôm nay</th>"
            "<th>Đúng hạn tháng này</th><th>Trực tuyến tháng này</th><th>Đang quá hạn</th>"
            "<th>Xã im lặng &gt; 24 giờ</th></tr>")
    return (f"<h2>Toàn quốc — {moment(now)}</h2>"
            "<p class='note'>Màu ô: tỉ lệ xã đạt XANH (mọi điều kiện bắt buộc đã đạt): xanh ≥ 90 %, "
            "vàng ≥ 60 %, đỏ dưới 60 %.</p>"
            f"<div class='grid'>{''.join(tiles)}</div>"
            f"<table id='provinces'>{head}{''.join(rows)}</table>")


PROVINCE_COLUMNS = {
    "name": "Xã, phường", "green": "Điều kiện vận hành", "received": "Nhận hôm nay",
    "on_time": "Đúng hạn tháng này", "online": "Trực tuyến tháng này", "overdue": "Đang quá hạn",
    "last": "Báo cáo gần nhất",
}


def _missing(f: CommuneFigures | None) -> list[str]:
    if f is None or f.green is None:
        return []
    return [_title(i.get("id")) for i in f.checklist
            if i.get("required", True) and i.get("state") != "done"
            and i.get("state") != "not_applicable"]


def province(store: CentralStore, pcode: str, now: int, sort: str, descending: bool) -> str:
    places = geo.communes_of(pcode)
    by_commune = figures(store, now, [p.code for p in places])
    entries = [(p, by_commune.get(p.code)) for p in places]
    keys = {
        "name": lambda e: name_order(e[0].name),
        "green": lambda e: (0 if e[1] is None or e[1].green is None else 1 + bool(e[1].green),
                            -len(_missing(e[1]))),
        "received": lambda e: e[1].received_today if e[1] else 0,
        "on_time": lambda e: (e[1].on_time_rate if e[1] and e[1].on_time_rate is not None
                              else -1),
        "online": lambda e: (e[1].online_rate if e[1] and e[1].online_rate is not None else -1),
        "overdue": lambda e: e[1].overdue if e[1] else 0,
        "last": lambda e: (e[1].last_report or 0) if e[1] else 0,
    }
    sort = sort if sort in keys else "name"
    entries.sort(key=keys[sort], reverse=descending)
    head = "".join(
        f"<th class='{'l' if k == 'name' else ''}'><a href='/p/{pcode}?sort={k}"
        f"{'' if (k == sort and descending) else '&amp;desc=1'}'>{label}"
        f"{(' ▼' if descending else ' ▲') if k == sort else ''}</a></th>"
        for k, label in PROVINCE_COLUMNS.items())
    rows = []
    for place, f in entries:
        missing = _missing(f)
        if f is None or f.green is None:
            state, cls = "chưa gửi danh mục", "red"
        elif f.green:
            state, cls = "XANH", "green"
        else:
            state, cls = "Thiếu: " + "; ".join(escape(m) for m in missing), "amber"
        silent = _silent(f, now)
        rows.append(
            f"<tr data-commune='{place.code}'><td class='l'><a href='/c/{place.code}'>"
            f"{escape(place.name)}</a></td><td class='l {cls}'>{state}</td>"
            f"<td data-k='received'>{number(f.received_today) if f else 0}</td>"
            f"<td>{percent(f.on_time_rate if f else None)}</td>"
            f"<td>{percent(f.online_rate if f else None)}</td>"
            f"<td data-k='overdue'>{number(f.overdue) if f else 0}</td>"
            f"<td class='{'silent' if silent else ''}'>{moment(f.last_report if f else None)}</td>"
            "</tr>")
    name = geo.provinces()[pcode]
    return (f"<nav class='crumbs'><a href='/'>Toàn quốc</a> › {escape(name)}</nav>"
            f"<h2>{escape(name)} — {len(entries)} xã, phường — {moment(now)}</h2>"
            "<p class='note'>Đỏ ở cột cuối: không nhận được báo cáo nào quá 24 giờ.</p>"
            f"<table id='communes'><tr>{head}</tr>{''.join(rows)}</table>")


II06A_HEAD = (
    "<tr><th class='l' rowspan='2'>Lĩnh vực</th><th colspan='4'>Số hồ sơ nhận</th>"
    "<th colspan='4'>Đã giải quyết</th><th colspan='3'>Chưa giải quyết cuối kỳ</th></tr>"
    "<tr><th>Tổng</th><th>Trực tuyến</th><th>Trực tiếp, bưu chính</th><th>Kỳ trước chuyển sang</th>"
    "<th>Tổng</th><th>Trước hạn</th><th>Đúng hạn</th><th>Quá hạn</th>"
    "<th>Tổng</th><th>Trong hạn</th><th>Quá hạn</th></tr>")

COMPARE_WORDS = {
    "received_online": "Nhận trực tuyến", "received_direct_post": "Nhận trực tiếp, bưu chính",
    "resolved_total": "Đã giải quyết", "early": "Trước hạn", "on_time": "Đúng hạn",
    "late": "Quá hạn",
}


def _period(first: str | None, last: str | None, now: int) -> tuple[date, date]:
    """Default: the last seven finished days, the ones desks have sent summaries for."""
    yesterday = from_epoch(now).date() - timedelta(days=1)
    try:
        start = date.fromisoformat(first) if first else yesterday - timedelta(days=6)
        end = date.fromisoformat(last) if last else yesterday
    except ValueError:
        start, end = yesterday - timedelta(days=6), yesterday
    return (start, end) if start <= end else (end, start)


def _signature_cell(valid: bool | None, signer: str | None) -> str:
    """Nothing for an unsigned report: signing is optional, its absence is not a fault."""
    if valid is None:
        return "<td class='l'></td>"
    if valid:
        return f"<td class='l signed'>có ký số — {escape(signer or '')}</td>"
    return "<td class='l bad-signature'>chữ ký không hợp lệ</td>"


def commune(store: CentralStore, place: geo.Place, now: int, first: str | None,
            last: str | None) -> str:
    start, end = _period(first, last, now)
    first_second, last_second = day_bounds(start, end)
    rows = oversight.period_rows(store, place.code, first_second, last_second + 1)
    body = []
    for field_name, r in rows.items():
        received = r["received_online"] + r["received_direct_post"] + r["carried_over"]
        label = "Tổng số" if field_name == "" else escape(
            catalogue_names()[0].get(field_name, field_name))
        body.append(
            f"<tr{' id=total' if field_name == '' else ''}><td class='l'>{label}</td>"
            f"<td data-k='received_total'>{received}</td><td>{r['received_online']}</td>"
            f"<td>{r['received_direct_post']}</td><td>{r['carried_over']}</td>"
            f"<td data-k='resolved_total'>{r['resolved_total']}</td><td>{r['early']}</td>"
            f"<td>{r['on_time']}</td><td>{r['late']}</td><td>{r['pending_total']}</td>"
            f"<td>{r['pending_total'] - r['pending_overdue']}</td>"
            f"<td>{r['pending_overdue']}</td></tr>")
    days, sent = oversight.sent_summaries(store, place.code, start.isoformat(), end.isoformat())
    expected_days = (end - start).days + 1
    compare = []
    for key, words in COMPARE_WORDS.items():
        mine, theirs = rows[""][key], sent[key]
        cls = "" if mine == theirs else " class='mismatch'"
        compare.append(f"<tr{cls}><td class='l'>{words}</td><td>{mine}</td><td>{theirs}</td>"
                       f"<td>{'khớp' if mine == theirs else 'KHÔNG KHỚP'}</td></tr>")
    sent_days = "".join(
        f"<tr><td>{date.fromisoformat(day):%d/%m/%Y}</td><td>Quầy {d:02d}</td>"
        f"{_signature_cell(valid, signer)}</tr>"
        for day, d, valid, signer in oversight.desk_summaries(
            store, place.code, start.isoformat(), end.isoformat()))
    green, items, checked_at = oversight.checklist_of(store, place.code)
    checklist = "".join(
        f"<tr><td>{escape(str(i.get('id')))}</td><td class='l'>{escape(_title(i.get('id')))}</td>"
        f"<td>{'bắt buộc' if i.get('required', True) else 'không bắt buộc'}</td>"
        f"<td class='{'green' if i.get('state') == 'done' else 'amber'}'>"
        f"{STATE_WORDS.get(i.get('state'), escape(str(i.get('state'))))}</td>"
        f"<td>{escape((i.get('updated_at') or '')[:10])}</td></tr>" for i in items)
    desks = "".join(f"<tr><td>Quầy {d:02d}</td><td class='{'silent' if at < now - SILENT_AFTER else ''}'>"
                    f"{moment(at)}</td></tr>" for d, at in oversight.desks(store, place.code))
    days14 = [local_date(day_start(now) - 86400 * n) for n in range(13, -1, -1)]
    received = dict.fromkeys(days14, 0)
    resolved = dict.fromkeys(days14, 0)
    for got, ended in oversight.received_since(store, place.code, day_start(now) - 13 * 86400):
        if local_date(got) in received:
            received[local_date(got)] += 1
        if ended is not None and local_date(ended) in resolved:
            resolved[local_date(ended)] += 1
    names = catalogue_names()[1]
    overdue = "".join(f"<tr><td class='l'>{escape(c)}</td>"
                      f"<td class='l'>{escape(names.get(p, p))}</td>"
                      f"<td>{moment(r)}</td><td>{moment(a)}</td></tr>"
                      for c, p, r, a in oversight.overdue_dossiers(store, place.code, now))
    pname = geo.provinces()[place.province_code]
    state = ("chưa gửi danh mục" if green is None else "XANH" if green else "chưa đạt XANH")
    return (
        f"<nav class='crumbs'><a href='/'>Toàn quốc</a> › <a href='/p/{place.province_code}'>"
        f"{escape(pname)}</a> › {escape(place.name)}</nav>"
        f"<h2>{escape(place.name)} (mã {place.code}) — điều kiện vận hành: {state}</h2>"
        f"<form method='get'>Kỳ báo cáo từ <input type='date' name='from' value='{start}'> "
        f"đến <input type='date' name='to' value='{end}'> <button>Xem</button></form>"
        f"<h2>Tình hình giải quyết hồ sơ (mẫu II.06a) từ {start:%d/%m/%Y} đến {end:%d/%m/%Y}, "
        "tính trên máy chủ từ báo cáo từng hồ sơ</h2>"
        f"<table id='ii06a'>{II06A_HEAD}{''.join(body)}</table>"
        f"<h2>Đối chiếu với báo cáo ngày các quầy đã gửi ({days}/{expected_days} ngày)</h2>"
        "<table id='compare'><tr><th class='l'>Chỉ tiêu</th><th>Máy chủ tính</th>"
        f"<th>Quầy báo cáo</th><th></th></tr>{''.join(compare)}</table>"
        "<h2>Báo cáo ngày từng quầy đã gửi</h2>"
        "<table id='desk-summaries'><tr><th>Ngày</th><th>Quầy</th><th class='l'>Ký số</th></tr>"
        f"{sent_days}</table>"
        "<h2>Hồ sơ 14 ngày gần nhất</h2>"
        f"{bar_chart(days14, list(received.values()), list(resolved.values()))}"
        f"<h2>Danh mục điều kiện vận hành (cập nhật {moment(checked_at)})</h2>"
        "<table id='checklist'><tr><th>STT</th><th class='l'>Tiêu chí</th><th>Loại</th>"
        f"<th>Trạng thái</th><th>Ngày</th></tr>{checklist}</table>"
        f"<h2>Các quầy và lần báo cáo gần nhất</h2><table id='desks'>{desks}</table>"
        "<h2>Hồ sơ đang quá hạn (chỉ mã và ngày)</h2>"
        "<table id='overdue'><tr><th class='l'>Mã hồ sơ</th><th class='l'>Thủ tục</th>"
        f"<th>Tiếp nhận</th><th>Hẹn trả</th></tr>{overdue}</table>")
