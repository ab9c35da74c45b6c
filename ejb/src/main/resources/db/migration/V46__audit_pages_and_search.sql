-- The animators' member list is read a page at a time: one audit row per page viewed names the people
-- shown by their account ids (subject_ids), not one row per person. The DPO's search of the trail by a
-- part of a name or address (LIKE '%…%') is served by trigram indexes (pg_trgm, a trusted extension).
ALTER TABLE audit_entry ADD COLUMN subject_ids BIGINT[];
CREATE INDEX audit_entry_subject_ids ON audit_entry USING gin (subject_ids);
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE INDEX audit_entry_actor_trgm ON audit_entry USING gin (lower(actor_label) gin_trgm_ops);
CREATE INDEX audit_entry_subject_trgm ON audit_entry USING gin (lower(subject_label) gin_trgm_ops);
