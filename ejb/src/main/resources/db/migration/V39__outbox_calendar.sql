-- A mail may carry an iCalendar invitation, update or cancellation (events), sent as a text/calendar
-- alternative and as an .ics attachment.
ALTER TABLE outbox_mail ADD COLUMN calendar TEXT;
