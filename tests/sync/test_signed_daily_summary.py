"""A desk's signed daily II.06a summary, end to end: the desk signs it with a real .p12, syncs it
to the loopback endpoint (both engines), and the province officer reads the verdict on the
commune page."""

from __future__ import annotations

import json
import re
from datetime import date, timedelta

import requests
from sync_helpers import COMMUNE, make_engine
from test_sync_reports import MemoryKeyring

from central.store.viewers import add_viewer
from desktop.core.clock import now_vn, to_epoch
from desktop.sign.setup import SecretStore, configure
from desktop.sign.sources import P12Source
from desktop.storage.outbox import canonical_json, payload_hash
from desktop.sync.reports import RECHECK_DAYS, queue_daily_summaries
from tests.sign.pki import HOLDER, P12_PASSWORD

PASSWORD = "mat-khau-rat-dai-1"


def send_summary(store, central, pki, *, signed: bool, tamper: bool = False) -> date:
    """Queue one day's summary the way the sender does (signed only with a remembered secret),
    optionally alter it in the outbox after signing, and sync it. The day lies beyond the
    sender's correction window, so the desk does not re-queue the altered report itself."""
    queued_at = now_vn() - timedelta(days=RECHECK_DAYS + 2)
    day = queued_at.date() - timedelta(days=1)
    secrets = SecretStore(store.data_dir, backend=MemoryKeyring())
    if signed:
        configure(store, P12Source(pki.p12), P12_PASSWORD, now=queued_at, remember=True,
                  secrets=secrets)
    store.update_settings(last_daily_summary=(day - timedelta(days=1)).isoformat())
    [queued] = queue_daily_summaries(store, queued_at, secrets=secrets)
    if tamper:
        payload = json.loads(store.conn.execute(
            "SELECT payload FROM outbox WHERE id = ?", (queued,)).fetchone()[0])
        payload["total"]["late"] = payload["total"].get("late", 0) + 3
        body = canonical_json(payload)
        with store.transaction() as conn:
            conn.execute("UPDATE outbox SET payload = ?, payload_hash = ? WHERE id = ?",
                         (body, payload_hash(body), queued))
    make_engine(store, central.url, central.token).run_once()
    assert store.conn.execute("SELECT state FROM outbox WHERE id = ?",
                              (queued,)).fetchone()[0] == "sent"
    return day


def desk_summary_row(central, day: date) -> str:
    add_viewer(central.db, "tinh", PASSWORD, None, to_epoch(now_vn()))
    session = requests.Session()
    assert session.post(f"{central.url}/login",
                        data={"name": "tinh", "password": PASSWORD}).status_code == 200
    page = session.get(f"{central.url}/c/{COMMUNE}", params={"from": day.isoformat(),
                                                              "to": day.isoformat()})
    assert page.status_code == 200, page.text
    table = re.search(r"<table id='desk-summaries'>.*?</table>", page.text, re.S).group(0)
    return re.search(rf"<tr><td>{day:%d/%m/%Y}</td><td>Quầy 01</td>.*?</tr>", table, re.S).group(0)


def test_a_signed_summary_shows_signed_with_the_holder(store, central, pki):
    day = send_summary(store, central, pki, signed=True)
    row = desk_summary_row(central, day)
    assert f"có ký số — {HOLDER}" in row
    assert "không hợp lệ" not in row


def test_a_summary_altered_after_signing_shows_the_invalid_mark_in_red(store, central, pki):
    day = send_summary(store, central, pki, signed=True, tamper=True)
    row = desk_summary_row(central, day)
    assert "<td class='l bad-signature'>chữ ký không hợp lệ</td>" in row
    assert "có ký số" not in row and HOLDER not in row


def test_an_unsigned_summary_shows_no_mark(store, central, pki):
    day = send_summary(store, central, pki, signed=False)
    row = desk_summary_row(central, day)
    assert "ký số" not in row and "không hợp lệ" not in row
