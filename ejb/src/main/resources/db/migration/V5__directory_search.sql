-- The directory's French-aware full-text search: French stemming (plurals) after removing accents,
-- so "mecanique" finds "Mécaniques". Search vectors are generated columns with GIN indexes.

CREATE TEXT SEARCH CONFIGURATION french_unaccent (COPY = pg_catalog.french);
ALTER TEXT SEARCH CONFIGURATION french_unaccent
    ALTER MAPPING FOR hword, hword_part, word WITH public.unaccent, french_stem;

ALTER TABLE company ADD COLUMN search_vector tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('app.french_unaccent'::regconfig, coalesce(legal_name, '')), 'A')
    || setweight(to_tsvector('app.french_unaccent'::regconfig, coalesce(activity, '')), 'B')
    || setweight(to_tsvector('app.french_unaccent'::regconfig,
                             coalesce(main_references, '') || ' ' || coalesce(capacities, '')), 'C')) STORED;
CREATE INDEX company_search ON company USING GIN (search_vector);
CREATE INDEX company_legal_name ON company (legal_name);

ALTER TABLE member ADD COLUMN search_vector tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('app.french_unaccent'::regconfig, coalesce(first_name, '') || ' ' || coalesce(last_name, '')), 'A')
    || setweight(to_tsvector('app.french_unaccent'::regconfig, coalesce(job_title, '')), 'B')
    || setweight(to_tsvector('app.french_unaccent'::regconfig, coalesce(about_me, '')), 'C')) STORED;
CREATE INDEX member_search ON member USING GIN (search_vector);

CREATE INDEX company_link_company ON company_link (company_id, status);
CREATE INDEX company_certification_value ON company_certification (lower(certification));
CREATE INDEX member_competence_value ON member_competence (lower(competence));
