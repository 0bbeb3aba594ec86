"""Who may see what: a session cookie from a viewer login, a province viewer kept to its own
province, logout only with the session's CSRF token (and cookies are SameSite=Strict)."""

from __future__ import annotations

import hmac
from typing import Annotated
from urllib.parse import parse_qs

from fastapi import APIRouter, Depends, Request
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from starlette.concurrency import run_in_threadpool

from central.api import store_of
from central.dashboard import geo, pages
from central.dashboard.html import day_start, month_start, page
from central.store import oversight
from central.store.viewers import Session, log_in, log_out, session_for

COOKIE = "motcua_session"
router = APIRouter(include_in_schema=False)


class LoginNeeded(Exception):
    pass


def now_of(request: Request) -> int:
    return int(request.app.state.clock())


async def session(request: Request) -> Session:
    cookie = request.cookies.get(COOKIE)
    found = cookie and await run_in_threadpool(session_for, store_of(request), cookie,
                                               now_of(request))
    if not found:
        raise LoginNeeded
    return found


Viewing = Annotated[Session, Depends(session)]


def _html(title: str, body: str, s: Session | None, status: int = 200) -> HTMLResponse:
    return HTMLResponse(page(title, body, viewer=s.viewer.name if s else None,
                             csrf=s.csrf if s else None), status_code=status)


def _refused(s: Session, what: str) -> HTMLResponse:
    return _html("Không có quyền", f"<h2>Tài khoản này không được xem {what}.</h2>"
                 "<p><a href='/'>Về trang đầu</a></p>", s, 403)


async def _form(request: Request) -> dict[str, str]:
    body = await request.body()
    if len(body) > 4096:
        return {}
    return {k: v[0] for k, v in parse_qs(body.decode("utf-8", "replace")).items()}


LOGIN_FORM = """<form class="login" method="post" action="/login"><h2>Đăng nhập</h2>{error}
<label>Tên tài khoản<input name="name" autocomplete="username" required></label>
<label>Mật khẩu<input name="password" type="password" autocomplete="current-password" required>
</label><button type="submit">Đăng nhập</button></form>"""


@router.get("/login")
def login_page() -> HTMLResponse:
    return _html("Đăng nhập", LOGIN_FORM.format(error=""), None)


@router.post("/login")
async def login(request: Request) -> Response:
    form = await _form(request)
    opened = await run_in_threadpool(log_in, store_of(request), form.get("name", ""),
                                     form.get("password", ""), now_of(request))
    if opened is None:
        error = "<p class='silent'>Sai tên tài khoản hoặc mật khẩu.</p>"
        return _html("Đăng nhập", LOGIN_FORM.format(error=error), None, 401)
    response = RedirectResponse("/", status_code=303)
    response.set_cookie(COOKIE, opened[0], httponly=True, samesite="strict", path="/",
                        secure=request.url.scheme == "https")
    return response


@router.post("/logout")
async def logout(request: Request, s: Viewing) -> Response:
    form = await _form(request)
    if not hmac.compare_digest(form.get("csrf", ""), s.csrf):
        return _html("Không hợp lệ", "<h2>Yêu cầu đăng xuất không hợp lệ.</h2>", s, 403)
    await run_in_threadpool(log_out, store_of(request), request.cookies[COOKIE])
    response = RedirectResponse("/login", status_code=303)
    response.delete_cookie(COOKIE, path="/")
    return response


@router.get("/")
async def national(request: Request, s: Viewing) -> Response:
    if s.viewer.province_code is not None:
        return RedirectResponse(f"/p/{s.viewer.province_code}", status_code=303)
    body = await run_in_threadpool(pages.national, store_of(request), now_of(request))
    return _html("Toàn quốc", body, s)


@router.get("/p/{pcode}")
async def province(request: Request, pcode: str, s: Viewing, sort: str = "name",
                   desc: int = 0) -> Response:
    if pcode not in geo.provinces():
        return _html("Không có", "<h2>Không có tỉnh, thành phố này.</h2>", s, 404)
    if not s.viewer.sees_province(pcode):
        return _refused(s, "tỉnh, thành phố này")
    body = await run_in_threadpool(pages.province, store_of(request), pcode, now_of(request),
                                   sort, bool(desc))
    return _html(geo.provinces()[pcode], body, s)


@router.get("/c/{code}")
async def commune(request: Request, code: str, s: Viewing) -> Response:
    place = geo.communes().get(code)
    if place is None:
        return _html("Không có", "<h2>Không có xã, phường này.</h2>", s, 404)
    if not s.viewer.sees_province(place.province_code):
        return _refused(s, "xã, phường này")
    params = request.query_params
    body = await run_in_threadpool(pages.commune, store_of(request), place, now_of(request),
                                   params.get("from"), params.get("to"))
    return _html(place.name, body, s)


@router.get("/api/p/{pcode}")
async def province_figures(request: Request, pcode: str, s: Viewing) -> Response:
    """The numbers behind a province page, for checking and for other tools."""
    if pcode not in geo.provinces() or not s.viewer.sees_province(pcode):
        return JSONResponse({"detail": "Không có quyền."}, status_code=403)
    now = now_of(request)
    figures = await run_in_threadpool(oversight.commune_figures, store_of(request), now=now,
                                      day_start=day_start(now), month_start=month_start(now))
    return JSONResponse({place.code: {
        "name": place.name, "received_today": f.received_today, "overdue": f.overdue,
        "on_time_rate": f.on_time_rate, "online_rate": f.online_rate, "green": f.green,
        "last_report": f.last_report}
        for place in geo.communes_of(pcode) if (f := figures.get(place.code))})
