-- Rights requests whose address was never confirmed hold a name, an address and a message that may
-- not even be the sender's: the retention job removes them after the same 7 days as registrations.
ALTER TABLE retention_run ADD COLUMN purged_unconfirmed_requests INTEGER NOT NULL DEFAULT 0;
CREATE INDEX rights_request_unconfirmed ON rights_request (submitted_at) WHERE status = 'UNVERIFIED';
