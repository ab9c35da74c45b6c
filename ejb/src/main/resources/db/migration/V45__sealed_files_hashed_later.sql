-- A sealed response file authenticates itself (every segment of its AEAD stream carries a tag): the
-- store's SHA-256 of its sealed bytes, which only serves to check a restore with sha256sum, is no longer
-- computed on the request that deposits it but by the file sweeper's next round. NULL until then.
ALTER TABLE stored_file ALTER COLUMN sha256 DROP NOT NULL;
CREATE INDEX stored_file_unhashed ON stored_file (id) WHERE sha256 IS NULL;
