-- PostgreSQL adds an exclusion constraint on each patient's booked visits in V48; H2 has no
-- exclusion constraints and relies on the per-patient lock alone. This keeps the two histories
-- in step.
SELECT 1;
