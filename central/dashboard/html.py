"""Page frame and formatting: server-rendered Vietnamese HTML, one inline stylesheet, no script,
nothing fetched from elsewhere (a province office may have no internet)."""

from __future__ import annotations

from html import escape

from desktop.core.clock import day_bounds, from_epoch

STYLE = """
body{font-family:"DejaVu Sans",Arial,sans-serif;margin:0;color:#1d2733;background:#f4f6f8}
header{background:#0b5394;color:#fff;padding:10px 20px;display:flex;align-items:center;gap:16px}
header h1{font-size:18px;margin:0;flex:1}header a{color:#fff}
header form{margin:0}header button{background:#fff;color:#0b5394;border:0;padding:5px 10px;
border-radius:4px;cursor:pointer}
main{padding:16px 20px}nav.crumbs{margin-bottom:10px;font-size:14px}
table{border-collapse:collapse;background:#fff;font-size:13px;margin-bottom:18px}
th,td{border:1px solid #d0d7de;padding:4px 7px;text-align:right}
th{background:#e8eef4;text-align:center}td.l,th.l{text-align:left}
th a{color:#1d2733;text-decoration:none}
.green{background:#d4f4dd}.amber{background:#fff3c4}.red{background:#ffd9d6}
.silent,.bad-signature{color:#b3261e;font-weight:bold}.muted{color:#6b7785}
.grid{display:grid;grid-template-columns:repeat(auto-fill,minmax(200px,1fr));gap:8px;
margin-bottom:18px}
.tile{display:block;padding:8px 10px;border-radius:6px;color:#1d2733;text-decoration:none;
border:1px solid #c4ccd4;font-size:13px}.tile b{display:block;font-size:14px}
.mismatch{background:#ffd9d6;font-weight:bold}.note{font-size:13px;margin:6px 0 14px}
h2{font-size:16px;margin:18px 0 8px}form.login{background:#fff;padding:20px;width:320px;
border:1px solid #d0d7de;border-radius:6px}form.login input{width:100%;margin:4px 0 12px;
padding:6px;box-sizing:border-box}
"""


def page(title: str, body: str, *, viewer: str | None = None, csrf: str | None = None,
         status_line: str = "") -> str:
    logout = ""
    if viewer:
        logout = (f'<span>{escape(viewer)}</span><form method="post" action="/logout">'
                  f'<input type="hidden" name="csrf" value="{escape(csrf or "")}">'
                  '<button type="submit">Đăng xuất</button></form>')
    return (f'<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8">'
            f"<title>{escape(title)} — Giám sát một cửa</title><style>{STYLE}</style></head>"
            f'<body><header><h1><a href="/">Giám sát Bộ phận một cửa cấp xã</a></h1>'
            f"{status_line}{logout}</header><main>{body}</main></body></html>")


def percent(value: float | None) -> str:
    """Vietnamese style: 93,6 %."""
    return "—" if value is None else f"{value * 100:.1f}".replace(".", ",") + " %"


def number(value: int) -> str:
    return f"{value:,}".replace(",", ".")


def moment(epoch: int | None) -> str:
    if epoch is None:
        return "chưa bao giờ"
    return from_epoch(epoch).strftime("%H:%M %d/%m/%Y")


def day_start(epoch: int) -> int:
    """00:00 of the Vietnam day ``epoch`` falls in (``core.clock.day_bounds``, as the desk)."""
    return day_bounds(from_epoch(epoch).date())[0]


def month_start(epoch: int) -> int:
    return day_bounds(from_epoch(epoch).date().replace(day=1))[0]


def local_date(epoch: int) -> str:
    return from_epoch(epoch).date().isoformat()


def share_class(share: float | None) -> str:
    if share is None:
        return "red"
    return "green" if share >= 0.9 else "amber" if share >= 0.6 else "red"
