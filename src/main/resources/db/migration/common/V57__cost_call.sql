-- What the cost ledger took from each call when it ended (operations): the facts behind the cost
-- per call and the recommendations (repeated speech recognitions, long calls, long prompts), so
-- that a month's answer reads one row per call rather than every turn. Written once per call, in
-- the transaction that writes the call's cost lines.
CREATE TABLE cost_call (
    call_sid         VARCHAR(64) PRIMARY KEY,
    started_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    ended_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    duration_sec     INT         NOT NULL,
    outcome          VARCHAR(20) NOT NULL,
    appointment_id   BIGINT,
    gathers          INT         NOT NULL,
    unheard_gathers  INT         NOT NULL,
    llm_requests     INT         NOT NULL,
    llm_input_tokens BIGINT      NOT NULL
);
CREATE INDEX cost_call_ended ON cost_call (ended_at);
CREATE INDEX cost_call_appointment ON cost_call (appointment_id);
