-- The award: the consultation's date, and the responses it retained.
ALTER TABLE consultation ADD COLUMN awarded_at TIMESTAMPTZ;
ALTER TABLE response_deposit ADD COLUMN awarded BOOLEAN NOT NULL DEFAULT FALSE;
