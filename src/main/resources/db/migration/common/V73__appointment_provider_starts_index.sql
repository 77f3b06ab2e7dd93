-- The dashboard's schedule reads one provider's appointments of a day or a week by start time.
CREATE INDEX appointment_provider_starts ON appointment (provider_id, starts_at);
