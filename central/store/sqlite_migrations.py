"""The SQLite schema, one step per version (``PRAGMA user_version``).

Step 1 is the schema of the first reference endpoint, written with ``IF NOT EXISTS`` so a file
made before versioning is adopted as it is. Append new steps; never edit a released one.
"""

STEPS: list[str] = [
    """
    CREATE TABLE IF NOT EXISTS tokens (
        id INTEGER PRIMARY KEY, token_hash TEXT NOT NULL UNIQUE, commune_code TEXT NOT NULL,
        desk INTEGER NOT NULL, issued_at INTEGER NOT NULL, revoked INTEGER NOT NULL DEFAULT 0
    );
    CREATE TABLE IF NOT EXISTS items (
        id TEXT PRIMARY KEY, kind TEXT NOT NULL, entity TEXT NOT NULL, payload TEXT NOT NULL,
        payload_hash TEXT NOT NULL, created_at INTEGER NOT NULL, commune_code TEXT NOT NULL,
        desk INTEGER NOT NULL, app_version TEXT NOT NULL, supersedes TEXT,
        received_at INTEGER NOT NULL, token_id INTEGER NOT NULL REFERENCES tokens(id)
    ) WITHOUT ROWID;
    CREATE INDEX IF NOT EXISTS items_entity ON items(commune_code, entity);
    """,
    # 2: report ids are scoped per commune, so one commune can never be told ``duplicate``
    # for an id only another commune sent (its desk would mark unsent data as delivered).
    """
    CREATE TABLE items_by_commune (
        commune_code TEXT NOT NULL, id TEXT NOT NULL, kind TEXT NOT NULL, entity TEXT NOT NULL,
        payload TEXT NOT NULL, payload_hash TEXT NOT NULL, created_at INTEGER NOT NULL,
        desk INTEGER NOT NULL, app_version TEXT NOT NULL, supersedes TEXT,
        received_at INTEGER NOT NULL, token_id INTEGER NOT NULL REFERENCES tokens(id),
        PRIMARY KEY (commune_code, id)
    ) WITHOUT ROWID;
    INSERT INTO items_by_commune(commune_code, id, kind, entity, payload, payload_hash,
        created_at, desk, app_version, supersedes, received_at, token_id)
    SELECT commune_code, id, kind, entity, payload, payload_hash, created_at, desk, app_version,
        supersedes, received_at, token_id FROM items;
    DROP TABLE items;
    ALTER TABLE items_by_commune RENAME TO items;
    CREATE INDEX items_entity ON items(commune_code, entity);
    CREATE INDEX items_id ON items(id);
    """,
    # 3: what the oversight pages read, folded from the reports as they are stored (the
    # newest report of an entity wins): a dossier's current state, a commune's checklist and
    # daily summaries, each desk's last contact, and read-only viewer accounts.
    """
    CREATE TABLE dossier_state (
        commune_code TEXT NOT NULL, code TEXT NOT NULL, field TEXT, procedure TEXT NOT NULL,
        online INTEGER NOT NULL, state INTEGER NOT NULL, received_at BIGINT NOT NULL,
        appointment_at BIGINT, end_at BIGINT, timing TEXT, reported_at BIGINT NOT NULL,
        PRIMARY KEY (commune_code, code)
    );
    CREATE INDEX dossier_received ON dossier_state(received_at, commune_code);
    CREATE INDEX dossier_ended ON dossier_state(end_at, commune_code);
    CREATE INDEX dossier_commune_received ON dossier_state(commune_code, received_at);
    CREATE INDEX dossier_commune_ended ON dossier_state(commune_code, end_at);
    CREATE INDEX dossier_open ON dossier_state(appointment_at, commune_code) WHERE end_at IS NULL;
    CREATE TABLE checklist_state (
        commune_code TEXT PRIMARY KEY, green INTEGER NOT NULL, items TEXT NOT NULL,
        reported_at BIGINT NOT NULL
    );
    CREATE TABLE daily_totals (
        commune_code TEXT NOT NULL, day TEXT NOT NULL, received_online BIGINT NOT NULL,
        received_direct_post BIGINT NOT NULL, resolved_total BIGINT NOT NULL, early BIGINT NOT NULL,
        on_time BIGINT NOT NULL, late BIGINT NOT NULL, pending_overdue BIGINT NOT NULL,
        reported_at BIGINT NOT NULL, PRIMARY KEY (commune_code, day)
    );
    CREATE TABLE desk_seen (
        commune_code TEXT NOT NULL, desk INTEGER NOT NULL, last_received_at BIGINT NOT NULL,
        PRIMARY KEY (commune_code, desk)
    );
    CREATE TABLE viewers (
        name TEXT PRIMARY KEY, password_hash TEXT NOT NULL, province_code TEXT,
        created_at BIGINT NOT NULL
    );
    CREATE TABLE sessions (
        token_hash TEXT PRIMARY KEY, viewer TEXT NOT NULL REFERENCES viewers(name),
        csrf TEXT NOT NULL, expires_at BIGINT NOT NULL
    );
    """,
    # The commune hub: every desk's dossier events (the feed, read by cursor = seq), and which
    # installation holds each desk number of a commune.
    """
    CREATE TABLE IF NOT EXISTS feed_events (
        seq INTEGER PRIMARY KEY AUTOINCREMENT, uid TEXT NOT NULL UNIQUE,
        commune_code TEXT NOT NULL, code TEXT NOT NULL, kind TEXT NOT NULL,
        origin_desk INTEGER NOT NULL, at INTEGER NOT NULL, body TEXT NOT NULL,
        received_at INTEGER NOT NULL
    );
    CREATE INDEX IF NOT EXISTS feed_events_commune ON feed_events(commune_code, seq);
    CREATE TABLE IF NOT EXISTS desk_claims (
        commune_code TEXT NOT NULL, desk INTEGER NOT NULL, installation TEXT NOT NULL,
        claimed_at INTEGER NOT NULL, PRIMARY KEY (commune_code, desk)
    );
    """,
    # The hub's relay upward: which received items the province has acknowledged (or refused).
    """
    CREATE TABLE IF NOT EXISTS relay (
        item_id TEXT PRIMARY KEY, state TEXT NOT NULL, at INTEGER NOT NULL, reason TEXT
    );
    CREATE INDEX IF NOT EXISTS items_received ON items(received_at, id);
    """,
    # 6: each desk's daily summaries with their detached signature checked on arrival
    # (central.signatures): signed 1 valid, 0 invalid, NULL unsigned; signer from the certificate.
    """
    CREATE TABLE desk_summaries (
        commune_code TEXT NOT NULL, desk INTEGER NOT NULL, day TEXT NOT NULL, signed INTEGER,
        signer TEXT, reported_at BIGINT NOT NULL, PRIMARY KEY (commune_code, desk, day)
    );
    """,
    # 7: how many times each dossier was asked for papers (the desk's report carries it): asked
    # twice, a dossier is late whatever its dates (core.timing.FORCED_LATE_SUPPLEMENTS), and
    # asked once it is paused only until a later move. Filled from the report each row was
    # folded from (only rows asked at least once change).
    """
    ALTER TABLE dossier_state ADD COLUMN supplement_count INTEGER NOT NULL DEFAULT 0;
    UPDATE dossier_state SET supplement_count = asked.n FROM (
        SELECT commune_code, entity, created_at,
               MAX(json_extract(payload, '$.supplement_count')) AS n
        FROM items WHERE kind = 'dossier' AND json_extract(payload, '$.supplement_count') > 0
        GROUP BY commune_code, entity, created_at) AS asked
    WHERE asked.commune_code = dossier_state.commune_code
      AND asked.entity = 'dossier:' || dossier_state.code
      AND asked.created_at = dossier_state.reported_at;
    """,
]

LATEST = len(STEPS)
