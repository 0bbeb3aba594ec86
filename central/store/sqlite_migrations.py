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
]

LATEST = len(STEPS)
