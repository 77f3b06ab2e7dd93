-- The calendar module's tables.

-- Each provider's subscribable ICS feed (GET /calendar/{token}.ics). The token is a lookup
-- id and a secret; only the lookup id and the SHA-256 of the secret (hex) are kept, so this table
-- never holds a usable token. One feed a provider: a new one replaces the row, revoking the
-- old token, and revoking deletes it.
CREATE TABLE calendar_feed (
    provider_id BIGINT      NOT NULL PRIMARY KEY REFERENCES provider (id),
    lookup_id   VARCHAR(16) NOT NULL UNIQUE,
    secret_hash VARCHAR(64) NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
