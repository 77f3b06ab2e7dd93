-- The month's cost reads the lines that stand (not replaced) incurred in the month; H2 has neither
-- partial indexes nor included columns (PostgreSQL's V64 has both), so the range and the filter.
CREATE INDEX cost_line_standing ON cost_line (incurred_at, replaced_at);
