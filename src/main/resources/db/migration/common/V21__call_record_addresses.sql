-- Twilio's From and To are not always phone numbers: SIP addresses (sip:alice@example.com) and
-- client identities (client:front-desk) are longer than any E.164 number.
ALTER TABLE call_record ALTER COLUMN caller SET DATA TYPE VARCHAR(255);
ALTER TABLE call_record ALTER COLUMN called SET DATA TYPE VARCHAR(255);
