-- The second line of defence behind the per-patient lock: one patient never holds two booked
-- appointments whose visits (buffers left out) overlap, with any provider, whatever code writes
-- the rows. V46 cancelled the overlaps that existed before.
ALTER TABLE appointment
    ADD CONSTRAINT appointment_patient_no_overlap
    EXCLUDE USING gist (patient_id WITH =, tstzrange(starts_at, ends_at) WITH &&)
    WHERE (status = 'booked');
