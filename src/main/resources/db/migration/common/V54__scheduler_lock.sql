-- Claims that let exactly one instance run a periodic job (operations: alert evaluation, and
-- later budget checks). An instance claims a job with
--   UPDATE scheduler_lock SET locked_until = now + lease ... WHERE name = ? AND locked_until <= now
-- and runs it only when its update changed the row; a job's row is created on first use.
CREATE TABLE scheduler_lock (
    name         VARCHAR(100) PRIMARY KEY,
    locked_until TIMESTAMP WITH TIME ZONE NOT NULL,
    locked_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    locked_by    VARCHAR(100) NOT NULL
);
