-- The large objects are on disk now (V36): their columns and triggers go, and the files' rows
-- are deleted with the rows that hold them.
DROP TRIGGER document_content_file ON document_content;
DROP TRIGGER tender_document_version_file ON tender_document_version;
DROP TRIGGER response_file_content ON response_file;

SELECT lo_unlink(content_oid) FROM document_content;
SELECT lo_unlink(content_oid) FROM tender_document_version;
SELECT lo_unlink(content_oid) FROM response_file;

ALTER TABLE document_content DROP COLUMN content_oid, ALTER COLUMN file_id SET NOT NULL;
ALTER TABLE tender_document_version DROP COLUMN content_oid, ALTER COLUMN file_id SET NOT NULL;
ALTER TABLE response_file DROP COLUMN content_oid, ALTER COLUMN file_id SET NOT NULL;
DROP FUNCTION unlink_large_object();

CREATE UNIQUE INDEX document_content_file ON document_content (file_id);
CREATE UNIQUE INDEX tender_document_version_file ON tender_document_version (file_id);
CREATE UNIQUE INDEX response_file_file ON response_file (file_id);

CREATE TRIGGER document_content_file AFTER DELETE ON document_content
    FOR EACH ROW EXECUTE FUNCTION forget_stored_file('file_id');
CREATE TRIGGER tender_document_version_file AFTER DELETE ON tender_document_version
    FOR EACH ROW EXECUTE FUNCTION forget_stored_file('file_id');
CREATE TRIGGER response_file_file AFTER DELETE ON response_file
    FOR EACH ROW EXECUTE FUNCTION forget_stored_file('file_id');
