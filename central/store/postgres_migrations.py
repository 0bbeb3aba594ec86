"""The PostgreSQL schema, one step per version, numbered like ``sqlite_migrations``.

The version lives in ``schema_version``; each step runs in one transaction holding an
advisory lock, so several server processes starting at once migrate exactly once.
"""

STEPS: list[str] = [
    """
    CREATE TABLE tokens (
        id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY, token_hash TEXT NOT NULL UNIQUE,
        commune_code TEXT NOT NULL, desk INTEGER NOT NULL, issued_at BIGINT NOT NULL,
        revoked BOOLEAN NOT NULL DEFAULT FALSE
    );
    CREATE TABLE items (
        id TEXT PRIMARY KEY, kind TEXT NOT NULL, entity TEXT NOT NULL, payload JSONB NOT NULL,
        payload_hash TEXT NOT NULL, created_at BIGINT NOT NULL, commune_code TEXT NOT NULL,
        desk INTEGER NOT NULL, app_version TEXT NOT NULL, supersedes TEXT,
        received_at BIGINT NOT NULL, token_id BIGINT NOT NULL REFERENCES tokens(id)
    );
    CREATE INDEX items_entity ON items(commune_code, entity);
    """,
    # 2: report ids are scoped per commune (see sqlite_migrations step 2).
    """
    ALTER TABLE items DROP CONSTRAINT items_pkey, ADD PRIMARY KEY (commune_code, id);
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
    # 4: each desk's daily summaries with their detached signature checked on arrival
    # (central.signatures): signed 1 valid, 0 invalid, NULL unsigned; signer from the certificate.
    """
    CREATE TABLE desk_summaries (
        commune_code TEXT NOT NULL, desk INTEGER NOT NULL, day TEXT NOT NULL, signed INTEGER,
        signer TEXT, reported_at BIGINT NOT NULL, PRIMARY KEY (commune_code, desk, day)
    );
    """,
    # 5: how many times each dossier was asked for papers (see sqlite_migrations step 7).
    """
    ALTER TABLE dossier_state ADD COLUMN supplement_count INTEGER NOT NULL DEFAULT 0;
    UPDATE dossier_state d SET supplement_count = asked.n FROM (
        SELECT commune_code, entity, created_at,
               MAX((payload->>'supplement_count')::int) AS n
        FROM items WHERE kind = 'dossier' AND (payload->>'supplement_count')::int > 0
        GROUP BY commune_code, entity, created_at) AS asked
    WHERE asked.commune_code = d.commune_code AND asked.entity = 'dossier:' || d.code
      AND asked.created_at = d.reported_at;
    """,
]

LATEST = len(STEPS)
