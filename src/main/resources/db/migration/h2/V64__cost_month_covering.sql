-- A month's cost reads the month's standing ledger lines and calls (PostgreSQL has covering
-- indexes for it, V64 there); H2 has neither INCLUDE nor partial indexes, and its ledger is one
-- clinic's, so the index by time that V56 made serves it.
CREATE INDEX cost_line_standing ON cost_line (incurred_at, replaced_at);
