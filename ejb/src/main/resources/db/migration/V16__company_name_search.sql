-- Relevance in the directory puts companies whose name holds the searched words first. Their own
-- vector and GIN index let PostgreSQL count and find them without reading every match, and give the
-- planner true estimates of how many there are.
ALTER TABLE company ADD COLUMN name_vector tsvector GENERATED ALWAYS AS (
    to_tsvector('app.french_unaccent'::regconfig, coalesce(legal_name, ''))) STORED;
CREATE INDEX company_name_search ON company USING GIN (name_vector);
ANALYZE company;
