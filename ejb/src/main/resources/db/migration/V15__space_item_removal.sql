-- An animator removes a document or link from a space: the item stays as a removed row (its download
-- log lines keep pointing at it), and a document's bytes are deleted at once.
ALTER TABLE space_item ADD COLUMN removed_at TIMESTAMPTZ;
