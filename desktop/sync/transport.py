"""How reports travel: the ``Transport`` interface and the HTTP implementation of protocol v1.

A province with its own API plugs in by writing another ``Transport``: ``send`` answers per
report or raises one of the three failures below; ``probe`` says cheaply whether the
endpoint is reachable. The engine never learns what HTTP is.

The HTTP transport treats anything but the documented JSON answer as a failure, never as a
delivery: a captive portal's 200 page or a truncated body leaves every row owed.
"""

from __future__ import annotations

import email.utils
import gzip
import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Protocol
from urllib.parse import urlsplit

import requests

from desktop import __version__
from desktop.sync.deadline import deadline, install

PROTOCOL_VERSION = 1
ANSWERS = frozenset({"accepted", "duplicate", "conflict", "rejected"})
MAX_REASON_CHARS = 300
#: The protocol's answers to a whole batch that mean "this content": split it to find the row.
#: Any other status (404/405 from a wrong path, 407 from a proxy…) says nothing about the rows
#: and never sets one aside. 400/415 count only with the protocol's JSON ``detail``.
BATCH_REFUSALS = frozenset({400, 413, 415})
#: The answer to 1,000 rows is about 100 KB; anything far bigger is not our server talking,
#: and is never read whole into memory.
MAX_ANSWER_BYTES = 4 * 1024 * 1024
#: One request, from connecting to the last byte of the answer.
REQUEST_DEADLINE = 300.0
PIN_MISMATCH = ("Chứng thư bảo mật của máy chủ KHÔNG khớp dấu vân tay đã ghim khi đăng nhập; chưa "
                "gửi gì. Có thể một máy khác đang giả máy chủ xã, hoặc máy chủ đã đổi chứng thư: "
                "hãy so dấu vân tay với máy chủ rồi đăng nhập lại với --pin mới.")


@dataclass(frozen=True)
class Report:
    """One outbox row as it leaves the desk; ``payload`` is already canonical JSON."""

    id: str
    kind: str
    entity: str
    payload: str
    payload_hash: str
    created_at: int
    commune_code: str
    desk: int
    app_version: str
    supersedes: str | None


@dataclass(frozen=True)
class Answer:
    status: str  # accepted | duplicate | conflict | rejected
    reason: str | None = None


@dataclass(frozen=True)
class Delivery:
    answers: dict[str, Answer]
    server_date: datetime | None = None
    bytes_sent: int = 0


class SyncFailure(Exception):
    """A whole request failed; ``reason`` is plain Vietnamese and never contains the token."""

    def __init__(self, reason: str, *, server_date: datetime | None = None) -> None:
        super().__init__(reason)
        self.reason = reason
        self.server_date = server_date


class TransientFailure(SyncFailure):
    """Try the same rows again later: no network, DNS, timeout, stall, 5xx, 429, bad answer."""

    def __init__(self, reason: str, *, retry_after: float | None = None,
                 server_date: datetime | None = None) -> None:
        super().__init__(reason, server_date=server_date)
        self.retry_after = retry_after


class CredentialsRefused(SyncFailure):
    """401/403: the token or the commune is not accepted; the rows are set aside."""


class BatchRefused(SyncFailure):
    """Another 4xx for the whole batch: split it until the one row the server refuses is alone."""


class Transport(Protocol):
    def send(self, reports: Sequence[Report]) -> Delivery: ...

    def probe(self) -> bool: ...


def encode_batch(reports: Sequence[Report]) -> bytes:
    """The JSON body, splicing each stored payload in unchanged so its hash still matches."""
    parts = []
    for r in reports:
        head = json.dumps(
            {"id": r.id, "kind": r.kind, "entity": r.entity, "payload_hash": r.payload_hash,
             "created_at": r.created_at, "commune_code": r.commune_code, "desk": r.desk,
             "app_version": r.app_version, "supersedes": r.supersedes},
            ensure_ascii=False, separators=(",", ":"))
        parts.append(f'{head[:-1]},"payload":{r.payload}}}')
    return f'{{"protocol":{PROTOCOL_VERSION},"items":[{",".join(parts)}]}}'.encode()


def parse_answers(body: bytes, sent: Sequence[Report]) -> dict[str, Answer]:
    """Answers for the rows we sent, or ``TransientFailure`` if this is not our server talking."""
    bad = TransientFailure(
        "Máy chủ trả lời không đúng định dạng của hệ thống (có thể mạng đòi đăng nhập Wi-Fi, "
        "đi qua proxy, hoặc câu trả lời bị cắt cụt). Báo cáo chưa được coi là đã gửi.")
    try:
        data = json.loads(body)
    except (ValueError, RecursionError):
        raise bad from None
    results = data.get("results") if isinstance(data, dict) else None
    if not isinstance(results, list):
        raise bad
    wanted = {r.id for r in sent}
    answers: dict[str, Answer] = {}
    for item in results:
        if not isinstance(item, dict) or item.get("status") not in ANSWERS:
            raise bad
        if item.get("id") in wanted:
            reason = item.get("reason")
            answers[item["id"]] = Answer(item["status"], _short(reason) if isinstance(reason, str)
                                         else None)
    return answers


def _short(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= MAX_REASON_CHARS else text[:MAX_REASON_CHARS - 1] + "…"


@dataclass
class HttpTransport:
    """Protocol v1 over HTTPS with ``requests``; the session is injected for tests and proxies.

    ``stall_timeout`` is the read timeout, which requests applies to every socket read: it
    fires when no byte has moved for that long. ``deadline`` bounds the whole request, so a
    server dripping a byte now and then cannot hold the sender forever; ``max_answer_bytes``
    bounds what is read of its answer.
    """

    endpoint: str
    token: str = field(repr=False)
    session: requests.Session = field(default_factory=requests.Session)
    verify: bool | str = True
    connect_timeout: float = 15.0
    stall_timeout: float = 60.0
    deadline: float = REQUEST_DEADLINE
    max_answer_bytes: int = MAX_ANSWER_BYTES

    def __post_init__(self) -> None:
        self.endpoint = self.endpoint.rstrip("/")
        if self.verify is False and not getattr(self.session, "pinned_fingerprint", None):
            raise ValueError("TLS verification cannot be turned off (only replaced by a pin)")
        install(self.session)

    def send(self, reports: Sequence[Report]) -> Delivery:
        body = gzip.compress(encode_batch(reports), compresslevel=6)
        headers = {"Authorization": f"Bearer {self.token}", "Content-Encoding": "gzip",
                   "Content-Type": "application/json", "Accept": "application/json",
                   "User-Agent": f"motcua/{__version__}"}
        response, answer = self._request("POST", "/v1/reports", data=body, headers=headers)
        date = server_date(response)
        if response.status_code == 200:
            answers = parse_answers(answer, reports)
            return Delivery(answers, date, len(body))
        raise self._failure(response, answer, date)

    def probe(self) -> bool:
        try:
            response, answer = self._request("GET", "/health")
            return response.status_code == 200 and json.loads(answer).get("status") == "ok"
        except (SyncFailure, ValueError, AttributeError):
            return False

    def whoami(self) -> dict:
        """The commune and desk the token belongs to; raises the same failures as ``send``."""
        response, answer = self._request("GET", "/v1/whoami", headers={
            "Authorization": f"Bearer {self.token}", "Accept": "application/json"})
        if response.status_code != 200:
            raise self._failure(response, answer, server_date(response))
        try:
            data = json.loads(answer)
            return {"commune_code": str(data["commune_code"]), "desk": int(data["desk"])}
        except (ValueError, KeyError, TypeError):
            raise TransientFailure("Máy chủ trả lời không đúng định dạng của hệ thống.") from None

    def _request(self, method: str, path: str,
                 **kwargs: object) -> tuple[requests.Response, bytes]:
        """The response and at most ``max_answer_bytes`` of its body, within ``deadline``."""
        too_slow = TransientFailure(
            f"Máy chủ trả lời quá chậm: quá {round(self.deadline)} giây cho một lần gửi. Báo cáo "
            "được giữ lại và sẽ gửi lại sau.")
        with deadline(self.deadline) as expired:
            try:
                with self.session.request(method, f"{self.endpoint}{path}", verify=self.verify,
                                          timeout=(self.connect_timeout, self.stall_timeout),
                                          allow_redirects=False, stream=True,
                                          **kwargs) as response:
                    answer = self._read(response)
            except requests.RequestException as exc:
                if expired.is_set():
                    raise too_slow from None
                raise TransientFailure(self._scrub(describe_network_error(
                    exc, self.endpoint, self.stall_timeout))) from None
        if expired.is_set():  # what was read when the connection was cut is not an answer
            raise too_slow
        return response, answer

    def _read(self, response: requests.Response) -> bytes:
        too_big = TransientFailure(
            f"Câu trả lời của máy chủ quá lớn (hơn {self.max_answer_bytes // 1024} KB): không phải "
            "câu trả lời của hệ thống. Báo cáo được giữ lại và sẽ gửi lại sau.")
        declared = response.headers.get("Content-Length", "")
        if declared.isdigit() and int(declared) > self.max_answer_bytes:
            raise too_big
        chunks, size = [], 0
        for chunk in response.iter_content(64 * 1024):
            size += len(chunk)
            if size > self.max_answer_bytes:
                raise too_big
            chunks.append(chunk)
        return b"".join(chunks)

    def _failure(self, response: requests.Response, answer: bytes,
                 date: datetime | None) -> SyncFailure:
        status = response.status_code
        detail = self._scrub(_detail(answer))
        said = f" Máy chủ báo: {detail}" if detail else ""
        if status in (401, 403):
            what = ("Mã truy cập không được máy chủ chấp nhận" if status == 401
                    else "Máy chủ không cho phép quầy này gửi báo cáo này")
            return CredentialsRefused(f"{what} (HTTP {status}).{said}", server_date=date)
        if status in (429, 503) or status >= 500 or status in (408, 425):
            wait = retry_after(response, date)
            later = f" Sẽ thử lại sau {round(wait)} giây." if wait is not None else ""
            what = {429: "Máy chủ yêu cầu gửi chậm lại", 503: "Máy chủ đang bận hoặc bảo trì"}.get(
                status, "Máy chủ gặp lỗi")
            return TransientFailure(f"{what} (HTTP {status}).{later}", retry_after=wait,
                                    server_date=date)
        if 300 <= status < 400:
            return TransientFailure(
                f"Máy chủ chuyển hướng sang địa chỉ khác (HTTP {status}); có thể mạng đòi đăng nhập "
                "Wi-Fi, hoặc địa chỉ máy chủ đã đổi.", server_date=date)
        if status == 413 or (status in BATCH_REFUSALS and detail):
            return BatchRefused(f"Máy chủ từ chối yêu cầu (HTTP {status}).{said}", server_date=date)
        return TransientFailure(
            f"Máy chủ không đúng giao thức (HTTP {status}): có thể địa chỉ sai, hoặc một proxy "
            "đứng giữa trả lời thay máy chủ. Báo cáo được giữ lại và sẽ gửi lại sau.",
            server_date=date)

    def _scrub(self, text: str) -> str:
        return text.replace(self.token, "***") if self.token else text


def _detail(answer: bytes) -> str:
    try:
        data = json.loads(answer)
    except (ValueError, RecursionError):
        return ""
    detail = data.get("detail") if isinstance(data, dict) else None
    return _short(detail) if isinstance(detail, str) else ""


def server_date(response: requests.Response) -> datetime | None:
    value = response.headers.get("Date")
    if not value:
        return None
    try:
        return email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None


def retry_after(response: requests.Response, date: datetime | None) -> float | None:
    value = (response.headers.get("Retry-After") or "").strip()
    if not value:
        return None
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if date is None or when.tzinfo is None:
        return None
    return max(0.0, (when - date).total_seconds())


def _causes(exc: BaseException) -> list[BaseException]:
    seen: list[BaseException] = []
    todo: list[BaseException] = [exc]
    while todo:
        current = todo.pop()
        if current in seen:
            continue
        seen.append(current)
        todo.extend(a for a in current.args if isinstance(a, BaseException))
        for linked in (current.__cause__, current.__context__, getattr(current, "reason", None)):
            if isinstance(linked, BaseException):
                todo.append(linked)
    return seen


def describe_network_error(exc: requests.RequestException, endpoint: str, stall: float) -> str:
    """Plain words for IT staff; the exception text (which may hold internals) is not shown."""
    host = urlsplit(endpoint).hostname or endpoint
    names = {type(c).__name__ for c in _causes(exc)}
    text = " ".join(str(c) for c in _causes(exc)).lower()
    if "fingerprints did not match" in text:
        return PIN_MISMATCH
    if isinstance(exc, requests.exceptions.SSLError) or "SSLError" in names:
        return ("Chứng thư bảo mật (TLS) của máy chủ không hợp lệ hoặc không được tin cậy; chưa "
                "gửi gì. Nếu máy chủ dùng CA riêng của cơ quan nhà nước, khai báo tệp CA trong cài "
                "đặt «Tệp chứng thư CA bổ sung».")
    if "NameResolutionError" in names or "gaierror" in names or "name or service not known" in text:
        return (f"Không tìm thấy máy chủ «{host}» (lỗi tên miền/DNS hoặc máy đang mất mạng).")
    if isinstance(exc, requests.exceptions.ConnectTimeout):
        return f"Hết thời gian chờ kết nối tới máy chủ «{host}» (mạng chậm hoặc bị chặn)."
    if (isinstance(exc, requests.exceptions.ReadTimeout) or "ReadTimeoutError" in names
            or "read timed out" in text):
        return (f"Đường truyền bị treo: không nhận được dữ liệu nào từ máy chủ trong "
                f"{round(stall)} giây.")
    if "ConnectionRefusedError" in names or "connection refused" in text:
        return f"Máy chủ «{host}» từ chối kết nối (máy chủ không chạy hoặc sai cổng)."
    if isinstance(exc, requests.exceptions.ChunkedEncodingError) or "IncompleteRead" in names:
        return "Kết nối bị ngắt giữa chừng khi đang nhận câu trả lời của máy chủ."
    if isinstance(exc, requests.exceptions.ConnectionError):
        return f"Mất kết nối tới máy chủ «{host}»."
    return f"Lỗi mạng khi gửi tới máy chủ «{host}»."
