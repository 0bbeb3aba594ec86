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
]

LATEST = len(STEPS)
