-- The directory's companies are searched in memory (DirectoryIndex). Every change to what it holds of
-- a company (its record, certifications, linked accounts and their memberships) is logged here by
-- triggers, whoever makes it (the application, a script, another server), with the id of the
-- transaction that made it: the index reads the entries its last read could not see yet.
-- A membership is logged by account: which companies it counts for is read with the log, once both
-- the membership and any new link to a company are committed.
-- Not seen: TRUNCATE, and loads that disable triggers; NAF labels and commune names, which change only
-- by a migration (the index is loaded in full when the platform starts).
CREATE TABLE directory_change (
    company_id bigint,
    account_id bigint,
    xid xid8 NOT NULL DEFAULT pg_current_xact_id(),
    changed_at timestamptz NOT NULL DEFAULT now(),
    CHECK ((company_id IS NULL) <> (account_id IS NULL))
);
CREATE INDEX directory_change_xid ON directory_change (xid);

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
    IF TG_OP = 'INSERT' OR (TG_OP = 'UPDATE' AND NEW.company_id <> OLD.company_id) THEN
        INSERT INTO app.directory_change (company_id) VALUES (NEW.company_id);
    END IF;
    RETURN NULL;
END $$;

CREATE FUNCTION directory_membership_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP <> 'INSERT' THEN
        INSERT INTO app.directory_change (account_id) VALUES (OLD.account_id);
    END IF;
    IF TG_OP = 'INSERT' OR (TG_OP = 'UPDATE' AND NEW.account_id <> OLD.account_id) THEN
        INSERT INTO app.directory_change (account_id) VALUES (NEW.account_id);
    END IF;
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
