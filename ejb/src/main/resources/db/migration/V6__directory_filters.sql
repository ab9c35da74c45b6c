-- Directory filters without joins: a company keeps its commune's department (set with the commune),
-- and NAF prefixes ("25", "25.62") use an index whatever the database's collation.
ALTER TABLE company ADD COLUMN department_code VARCHAR(3);
UPDATE company c SET department_code = co.department_code FROM commune co WHERE co.code = c.commune_code;
ALTER TABLE company ALTER COLUMN department_code SET NOT NULL;
CREATE INDEX company_department ON company (department_code, legal_name);
CREATE INDEX company_naf_prefix ON company (naf_code text_pattern_ops);
