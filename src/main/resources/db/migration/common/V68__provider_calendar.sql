-- the Google calendar a provider's bookings go to and whose busy times block availability
ALTER TABLE provider ADD COLUMN google_calendar_id VARCHAR(1024);

-- times a provider is busy in their own calendar (meetings, personal appointments), as the
-- last import read them; they block availability like booked appointments
CREATE TABLE provider_busy (
    provider_id BIGINT                   NOT NULL REFERENCES provider (id),
    starts_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    ends_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    CHECK (ends_at > starts_at)
);
CREATE INDEX provider_busy_provider_starts ON provider_busy (provider_id, starts_at);

-- the last import of a provider's busy times: the window it covered and when; a provider with
-- a calendar has no availability outside a window imported recently enough
CREATE TABLE provider_busy_import (
    provider_id BIGINT PRIMARY KEY REFERENCES provider (id),
    imported_at TIMESTAMP WITH TIME ZONE NOT NULL,
    covers_from TIMESTAMP WITH TIME ZONE NOT NULL,
    covers_to   TIMESTAMP WITH TIME ZONE NOT NULL,
    CHECK (covers_to > covers_from)
);

-- calendar: where the import of each provider's Google calendar stands. The sync token reads
-- only what changed since; covers_to is how far the last full read reached. An instance runs
-- the import of a provider only after claiming it:
--   UPDATE google_busy_sync SET claimed_until = ? WHERE provider_id = ? AND claimed_until <= now
CREATE TABLE google_busy_sync (
    provider_id   BIGINT PRIMARY KEY REFERENCES provider (id),
    calendar_id   VARCHAR(1024),
    sync_token    VARCHAR(4096),
    covers_to     TIMESTAMP WITH TIME ZONE,
    claimed_until TIMESTAMP WITH TIME ZONE NOT NULL
);

-- calendar: the busy events of each provider's Google calendar as the import knows them, kept
-- so that an incremental read (only what changed) can be applied to them
CREATE TABLE google_busy_event (
    provider_id BIGINT                   NOT NULL REFERENCES provider (id),
    event_id    VARCHAR(1024)            NOT NULL,
    starts_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    ends_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (provider_id, event_id)
);
