-- PostgreSQL widens its exclusion constraint to the buffers in V3; H2 has no exclusion
-- constraints and relies on the per-provider lock alone. This keeps the two histories in step.
SELECT 1;
