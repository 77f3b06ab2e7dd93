-- the Google calendar a provider's bookings go to and whose busy times block availability
ALTER TABLE provider ADD COLUMN google_calendar_id VARCHAR(1024);
