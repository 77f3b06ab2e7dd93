-- The dashboard's Calls, Patients and Export pages (docs/dashboard.md#calls): a call's p95 turn
-- latency is kept with its record when it ends (voice's CallRecords.end), so that the list can
-- filter on it without reading every call's turns; the calls already ended get theirs here.
ALTER TABLE call_record ADD COLUMN p95_latency_ms INT;
UPDATE call_record SET p95_latency_ms = (
    SELECT PERCENTILE_DISC(0.95) WITHIN GROUP (ORDER BY t.latency_ms) FROM call_turn t
    WHERE t.call_sid = call_record.call_sid)
WHERE ended_at IS NOT NULL;

-- the list's filters by caller and by outcome, newest first within them
CREATE INDEX call_record_caller_started ON call_record (caller, started_at);
CREATE INDEX call_record_outcome_started ON call_record (outcome, started_at);
-- a patient's texts (messaging's SentTexts.to) and a call's voicemails (CallbackRequests.ofCall)
CREATE INDEX outbound_message_recipient ON outbound_message (recipient, updated_at);
CREATE INDEX callback_request_call ON callback_request (call_sid);
-- the patients registered in a period (the Patients export)
CREATE INDEX patient_created ON patient (created_at);
