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

-- The Google account an administrator connected by OAuth consent, when no service account is
-- configured: one row at most. The refresh token is AES-256-GCM encrypted under
-- BELLA_GOOGLE_TOKEN_KEY (base64 of a random 96-bit nonce, the ciphertext and its tag).
CREATE TABLE google_account (
    id            INT           NOT NULL PRIMARY KEY CHECK (id = 1),
    refresh_token VARCHAR(4000) NOT NULL,
    connected_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    connected_by  VARCHAR(320)  NOT NULL
);
