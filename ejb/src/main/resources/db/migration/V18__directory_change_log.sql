-- The directory's companies are searched in memory (DirectoryIndex). Every change to what it holds of
-- a company (its record, certifications, linked accounts and their memberships) leaves the company's id
-- here, with the id of the transaction that made it, whoever made it: the application, a script, or
-- another server. The index reads the entries of the transactions that had not ended at its last read.
CREATE TABLE directory_change (
    company_id bigint NOT NULL,
    xid xid8 NOT NULL DEFAULT pg_current_xact_id(),
    changed_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX directory_change_xid ON directory_change (xid);
CREATE INDEX directory_change_time ON directory_change (changed_at);

CREATE FUNCTION directory_company_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO app.directory_change (company_id) VALUES (CASE WHEN TG_OP = 'DELETE' THEN OLD.id ELSE NEW.id END);
    RETURN NULL;
END $$;

-- company_certification and company_link both name their company company_id.
CREATE FUNCTION directory_company_part_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP <> 'INSERT' THEN
        INSERT INTO app.directory_change (company_id) VALUES (OLD.company_id);
    END IF;
    IF TG_OP <> 'DELETE' AND (TG_OP = 'INSERT' OR NEW.company_id <> OLD.company_id) THEN
        INSERT INTO app.directory_change (company_id) VALUES (NEW.company_id);
    END IF;
    RETURN NULL;
END $$;

-- A membership counts for the companies its account is linked to (the community filter).
CREATE FUNCTION directory_membership_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO app.directory_change (company_id)
        SELECT l.company_id FROM app.company_link l
        WHERE l.account_id IN (CASE WHEN TG_OP = 'INSERT' THEN NEW.account_id ELSE OLD.account_id END,
                               CASE WHEN TG_OP = 'DELETE' THEN OLD.account_id ELSE NEW.account_id END);
    RETURN NULL;
END $$;

CREATE TRIGGER directory_change AFTER INSERT OR UPDATE OR DELETE ON company
    FOR EACH ROW EXECUTE FUNCTION directory_company_changed();
CREATE TRIGGER directory_change AFTER INSERT OR UPDATE OR DELETE ON company_certification
    FOR EACH ROW EXECUTE FUNCTION directory_company_part_changed();
CREATE TRIGGER directory_change AFTER INSERT OR UPDATE OR DELETE ON company_link
    FOR EACH ROW EXECUTE FUNCTION directory_company_part_changed();
CREATE TRIGGER directory_change AFTER INSERT OR UPDATE OR DELETE ON membership
    FOR EACH ROW EXECUTE FUNCTION directory_membership_changed();
