-- The cost ledger reads the texts Twilio took in the last days (messaging's SentTexts) every few
-- minutes; without an index that would read every text ever sent.
CREATE INDEX outbound_message_sent ON outbound_message (status, updated_at);
