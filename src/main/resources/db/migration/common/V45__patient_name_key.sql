-- A patient is their phone number and their name as io.bella.booking.PatientNames reads it
-- (no case, accents, punctuation or repeated spaces). V46 fills the key in Java, the one
-- implementation of that reading, and merges the patients registered twice; V47 makes the
-- key required and unique with the number.
ALTER TABLE patient ADD COLUMN name_key VARCHAR(600);
