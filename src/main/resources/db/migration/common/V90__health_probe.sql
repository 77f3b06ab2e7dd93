-- The row every health check updates (io.bella.system.DatabaseHealthIndicator): a database
-- that answers SELECT 1 but cannot commit a write is down. Its CHECK has the shape the booking
-- tables use (a value IN a list), so a store that cannot evaluate those constraints fails the
-- probe just as bookings fail (H2 2.4 could not once the connection that created them closed).
CREATE TABLE health_probe (
    id        INT        PRIMARY KEY,
    state     VARCHAR(8) NOT NULL CHECK (state IN ('created', 'probed')),
    probed_at TIMESTAMP WITH TIME ZONE NOT NULL
);
INSERT INTO health_probe (id, state, probed_at) VALUES (1, 'created', CURRENT_TIMESTAMP);
