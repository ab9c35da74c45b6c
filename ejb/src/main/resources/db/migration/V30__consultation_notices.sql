-- A published consultation is announced to the members of its target communities, as each chose
-- (each, daily digest, never): the notice names the consultation, whose title is read when it leaves.
-- The buyer sees how many were told, never who.
ALTER TABLE notification ADD COLUMN consultation_id BIGINT REFERENCES consultation (id);
CREATE INDEX notification_consultation ON notification (consultation_id) WHERE consultation_id IS NOT NULL;
ALTER TABLE consultation ADD COLUMN notified_count INT;
