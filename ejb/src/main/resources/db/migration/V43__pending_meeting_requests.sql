-- The timer that expires unanswered requests at the end of their request period reads the pending ones
-- every minute: an index of those only, not a scan of every request ever made.
CREATE INDEX meeting_request_pending ON meeting_request (session_id) WHERE status = 'PENDING';
