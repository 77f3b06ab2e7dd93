-- The exclusion constraint now covers the buffers too, as the booking service's own check does:
-- the time a provider is busy (blocked_from to blocked_to) never overlaps between booked visits.
ALTER TABLE appointment DROP CONSTRAINT appointment_no_overlap;
ALTER TABLE appointment
    ADD CONSTRAINT appointment_no_overlap
    EXCLUDE USING gist (provider_id WITH =, tstzrange(blocked_from, blocked_to) WITH &&)
    WHERE (status = 'booked');
