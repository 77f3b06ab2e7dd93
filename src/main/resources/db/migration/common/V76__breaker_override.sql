-- A circuit breaker forced open, forced closed or reset by an operator, for every instance
-- to apply (each polls this table every 2 s); one row per breaker, its version raised at
-- each change
CREATE TABLE breaker_override (
    breaker VARCHAR(100) PRIMARY KEY,
    mode VARCHAR(20) NOT NULL,
    version BIGINT NOT NULL,
    set_at TIMESTAMP WITH TIME ZONE NOT NULL,
    set_by VARCHAR(100) NOT NULL
);
