-- Outside effects claimed once across instances and redeliveries (issue 14).
-- text_id: the text's own key, sent to Twilio in its StatusCallback URL
-- (/twilio/sms-status?text=<text_id>), so that a status callback for a text whose create
-- reply was lost records its SID on the right claim.
ALTER TABLE outbound_message ADD COLUMN text_id VARCHAR(36);
CREATE UNIQUE INDEX outbound_message_text ON outbound_message (text_id);
-- transcription_claimed_at: when a delivery took the voicemail's transcription (Whisper
-- costs money): another delivery or instance transcribes only once this claim ran out.
ALTER TABLE callback_request ADD COLUMN transcription_claimed_at TIMESTAMP WITH TIME ZONE;
