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

-- One function for the four tables: TG_ARGV[0] names the row's column holding the id, TG_ARGV[1]
-- the log's column it goes to (company_id or account_id). An update logs the old id and the new one.
CREATE FUNCTION directory_row_changed() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    old_id bigint := CASE WHEN TG_OP <> 'INSERT' THEN (to_jsonb(OLD) ->> TG_ARGV[0])::bigint END;
    new_id bigint := CASE WHEN TG_OP <> 'DELETE' THEN (to_jsonb(NEW) ->> TG_ARGV[0])::bigint END;
BEGIN
    INSERT INTO app.directory_change (company_id, account_id)
        SELECT CASE WHEN TG_ARGV[1] = 'company_id' THEN id END, CASE WHEN TG_ARGV[1] = 'account_id' THEN id END
        FROM (SELECT DISTINCT id FROM unnest(ARRAY[old_id, new_id]) AS ids(id) WHERE id IS NOT NULL) changed;
    RETURN NULL;
END $$;

CREATE TRIGGER directory_change AFTER INSERT OR UPDATE OR DELETE ON company
    FOR EACH ROW EXECUTE FUNCTION directory_row_changed('id', 'company_id');
CREATE TRIGGER directory_change AFTER INSERT OR UPDATE OR DELETE ON company_certification
    FOR EACH ROW EXECUTE FUNCTION directory_row_changed('company_id', 'company_id');
CREATE TRIGGER directory_change AFTER INSERT OR UPDATE OR DELETE ON company_link
    FOR EACH ROW EXECUTE FUNCTION directory_row_changed('company_id', 'company_id');
CREATE TRIGGER directory_change AFTER INSERT OR UPDATE OR DELETE ON membership
    FOR EACH ROW EXECUTE FUNCTION directory_row_changed('account_id', 'account_id');
