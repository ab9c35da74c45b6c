-- Companies are searched in Lucene (DirectoryIndex), fed by the change log of V18: their full-text
-- vectors and the GIN indexes that served the SQL search go, and writing a company no longer
-- computes them. People are still searched here (member.search_vector).
ALTER TABLE company DROP COLUMN search_vector, DROP COLUMN name_vector;
