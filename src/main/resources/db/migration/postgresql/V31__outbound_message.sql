-- One row per outgoing text, claimed before Twilio is called, so that an event delivered
-- again (after a crash, on restart) never texts a patient twice (voice-messages, V30-V39).
-- claimed: being sent, or the outcome is unknown (crash mid-send): Twilio's message list
--          is checked before sending again
-- sent:    Twilio took it (message_sid)
-- failed:  Twilio did not take it; sending again is safe
CREATE TABLE outbound_message (
    effect_key   VARCHAR(200) PRIMARY KEY,
    recipient    VARCHAR(32)  NOT NULL,
    body         TEXT NOT NULL,
    status       VARCHAR(8)   NOT NULL CHECK (status IN ('claimed', 'sent', 'failed')),
    message_sid  VARCHAR(64),
    attempts     INTEGER      NOT NULL DEFAULT 1,
    claimed_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
