-- Retention (operations, V65-V67; docs/operations.md#retention): the words of a call and of a
-- voicemail are purged after BELLA_RETENTION_DAYS, the rows stay. texts_purged_at says when; the
-- indexes let each day's purge find the rows still to purge without reading those done before.
ALTER TABLE call_turn ADD COLUMN texts_purged_at TIMESTAMP WITH TIME ZONE;
CREATE INDEX call_turn_texts_to_purge ON call_turn (texts_purged_at, answered_at);
ALTER TABLE callback_request ADD COLUMN texts_purged_at TIMESTAMP WITH TIME ZONE;
CREATE INDEX callback_request_texts_to_purge ON callback_request (texts_purged_at, created_at);
