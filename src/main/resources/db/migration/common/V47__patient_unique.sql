-- One record per person: two instances registering the same caller at once insert one row,
-- and the other reads it (io.bella.booking.Patients). The unique index serves the look-ups
-- by number that patient_phone did.
ALTER TABLE patient ALTER COLUMN name_key SET NOT NULL;
CREATE UNIQUE INDEX patient_phone_name_key ON patient (phone, name_key);
DROP INDEX patient_phone;
