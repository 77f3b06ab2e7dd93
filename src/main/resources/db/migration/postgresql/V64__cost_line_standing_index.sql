-- The month's cost (operations, /api/unified/cost-optimization) sums the lines that stand (not
-- replaced) incurred in the month, by component, basis and item, in several queries: an index of
-- just those lines that holds every column they read answers each from the index alone, without
-- visiting the table (bench/unified-endpoints.sh: a whole month of 100,000 calls a year, p95 from
-- 278 ms to under the 150 ms budget).
CREATE INDEX cost_line_standing ON cost_line (incurred_at)
    INCLUDE (component, item, basis, confirmed, quantity, unit_price, amount, call_sid)
    WHERE replaced_at IS NULL;
