-- Availability reads the booked time of all providers in a window; a range scan on blocked_from
-- serves that on every database (H2 cannot combine an IN list with a range on the composite index).
CREATE INDEX appointment_blocked_from ON appointment (blocked_from);
