-- The operations page's p95 turn latency over the last 15 minutes reads the turns answered
-- in a range of time.
CREATE INDEX call_turn_answered_at ON call_turn (answered_at);
