"""The HTTP routes, one module per room (``reports``; a commune feed can sit beside it).

Routes find the store as ``request.app.state.store`` and the desk behind the token through
``authenticate``; they never see SQL.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from starlette.concurrency import run_in_threadpool

from central.store import CentralStore, Desk

bearer = HTTPBearer(auto_error=False, description="Desk token from `motcua-central token issue`")


class Refusal(Exception):
    """The whole request is refused, with the status and the reason to show the desk."""

    def __init__(self, status: int, detail: str, headers: dict[str, str] | None = None) -> None:
        super().__init__(detail)
        self.status = status
        self.detail = detail
        self.headers = headers


def store_of(request: Request) -> CentralStore:
    return request.app.state.store


async def authenticate(
        request: Request,
        credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(bearer)]) -> Desk:
    if credentials is None or credentials.scheme.lower() != "bearer":
        raise Refusal(401, "Thiếu mã truy cập (Authorization: Bearer …).")
    desk = await run_in_threadpool(store_of(request).desk_for, credentials.credentials)
    if desk is None:
        raise Refusal(401, "Mã truy cập không hợp lệ hoặc đã bị thu hồi. Hãy xin mã mới và "
                           "đăng nhập lại (motcua login).")
    return desk
