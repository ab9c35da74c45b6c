-- The file store moves out of the database (platform.FileStore): a file is a file on disk under the
-- store's directory, named by its number; its size and SHA-256 stay here. PostgreSQL wrote large
-- objects at 40 MB/s on our machine, too slow for a 200 MB sealed deposit
-- to be made in a few seconds. V36 (platform.V36__MoveLargeObjectsToDisk) copies the large objects out, V37
-- drops them.
CREATE SEQUENCE stored_file_id_seq;

CREATE TABLE stored_file (
    id         BIGINT      PRIMARY KEY,
    size_bytes BIGINT      NOT NULL,
    sha256     CHAR(64)    NOT NULL,
    created_at TIMESTAMPTZ NOT NULL
);

-- The files whose row went: the sweeper (platform.FileSweeper) deletes them from the disk.
CREATE TABLE file_deletion (
    file_id    BIGINT      PRIMARY KEY,
    deleted_at TIMESTAMPTZ NOT NULL
);

CREATE FUNCTION queue_file_deletion() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO app.file_deletion (file_id, deleted_at) VALUES (OLD.id, now()) ON CONFLICT DO NOTHING;
    RETURN OLD;
END
$$;
CREATE TRIGGER stored_file_deleted AFTER DELETE ON stored_file
    FOR EACH ROW EXECUTE FUNCTION queue_file_deletion();

-- A table that holds files names its column in this trigger: deleting its row deletes the file's.
CREATE FUNCTION forget_stored_file() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    EXECUTE format('DELETE FROM app.stored_file WHERE id = ($1).%I', TG_ARGV[0]) USING OLD;
    RETURN OLD;
END
$$;

ALTER TABLE document_content ADD COLUMN file_id BIGINT REFERENCES stored_file (id);
ALTER TABLE tender_document_version ADD COLUMN file_id BIGINT REFERENCES stored_file (id);
ALTER TABLE response_file ADD COLUMN file_id BIGINT REFERENCES stored_file (id);
