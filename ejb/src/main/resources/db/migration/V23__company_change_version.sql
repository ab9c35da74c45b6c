-- Each line of a company's history says which version of the record its save produced: a form read
-- at version n is stale once a line above n exists, and those lines are what changed meanwhile.
ALTER TABLE app.company_change ADD COLUMN company_version BIGINT;
CREATE INDEX company_change_version ON app.company_change (company_id, company_version);
