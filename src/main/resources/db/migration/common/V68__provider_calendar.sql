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
