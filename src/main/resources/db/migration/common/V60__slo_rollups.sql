-- Good and total events of the SLOs that are counted as they happen (operations.slo: the voice
-- webhooks' availability and latency, the API's errors), one row per series, minute and instance.
-- Each instance keeps its counts in memory and writes its own rows with their absolute counts every
-- 10 s and at shutdown (an idempotent update-or-insert), so instances never write the same row; the
-- SLIs sum over instances. slo_hour holds the same counts per hour, rewritten from slo_minute for
-- the hours a flush touched, so that windows of days read hours rather than minutes. Rows older than
-- the longest window and a margin (35 days) are purged.
CREATE TABLE slo_minute (
    series      VARCHAR(40)  NOT NULL,
    minute_start TIMESTAMP WITH TIME ZONE NOT NULL,
    instance_id VARCHAR(100) NOT NULL,
    total       BIGINT       NOT NULL,
    good        BIGINT       NOT NULL,
    PRIMARY KEY (series, minute_start, instance_id)
);

CREATE TABLE slo_hour (
    series      VARCHAR(40)  NOT NULL,
    hour_start  TIMESTAMP WITH TIME ZONE NOT NULL,
    instance_id VARCHAR(100) NOT NULL,
    total       BIGINT       NOT NULL,
    good        BIGINT       NOT NULL,
    PRIMARY KEY (series, hour_start, instance_id)
);

-- the call-success SLI reads calls by when they ended
CREATE INDEX call_record_ended_at ON call_record (ended_at);
