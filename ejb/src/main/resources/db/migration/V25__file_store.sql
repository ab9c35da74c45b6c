-- The platform's file store (platform.FileStore): files are PostgreSQL large objects, streamed a
-- chunk at a time both ways, instead of bytea values that are read whole into memory. A table that
-- holds files names the column in this trigger, so deleting a row deletes its file.
CREATE FUNCTION unlink_large_object() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    EXECUTE format('SELECT lo_unlink(($1).%I)', TG_ARGV[0]) USING OLD;
    RETURN OLD;
END
$$;

-- The community space's documents move to the store.
ALTER TABLE document_content ADD COLUMN content_oid OID;
UPDATE document_content SET content_oid = lo_from_bytea(0, content);
ALTER TABLE document_content ALTER COLUMN content_oid SET NOT NULL;
ALTER TABLE document_content DROP COLUMN content;

CREATE TRIGGER document_content_file AFTER DELETE ON document_content
    FOR EACH ROW EXECUTE FUNCTION unlink_large_object('content_oid');
