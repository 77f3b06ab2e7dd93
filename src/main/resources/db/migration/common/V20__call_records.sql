-- one row per phone call; the caller's number is the patient's data that staff need to
-- call back, so it is stored here, but never written to the logs
CREATE TABLE call_record (
    call_sid       VARCHAR(64)  PRIMARY KEY,
    caller         VARCHAR(32)  NOT NULL,
    called         VARCHAR(32),
    started_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    ended_at       TIMESTAMP WITH TIME ZONE,
    duration_sec   INT,
    outcome        VARCHAR(20),
    appointment_id BIGINT
);

CREATE INDEX call_record_started_at ON call_record (started_at DESC);

CREATE TABLE call_turn (
    call_sid   VARCHAR(64)   NOT NULL REFERENCES call_record (call_sid) ON DELETE CASCADE,
    turn       INT           NOT NULL,
    heard      VARCHAR(2000),
    confidence DOUBLE PRECISION,
    said       VARCHAR(4000) NOT NULL,
    action     VARCHAR(20)   NOT NULL,
    latency_ms INT           NOT NULL,
    fallback   BOOLEAN       NOT NULL DEFAULT FALSE,
    answered_at TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (call_sid, turn)
);
