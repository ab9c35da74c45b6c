#!/usr/bin/env bash
# The directory's Lucene index over the database's companies (bench/generate-data.sh: 140,000), built
# outside the server by the platform's own classes (bench/IndexFootprint.java): indexing time, size on
# disk, Java heap it holds. Then the server's own full indexing, database read included, from its log.
# Needs no running server. Usage: bench/index-footprint.sh
set -euo pipefail
cd "$(dirname "$0")/.."
db=(-h "${CCI_DB_HOST:-127.0.0.1}" -p "${CCI_DB_PORT:-5432}" -U "${CCI_DB_USER:-$(id -un)}" -d "${CCI_DB_NAME:-ccibusiness}")
work=bench/gatling/target/footprint
mkdir -p "$work"
mvn -B -q -o install -DskipTests -pl ejb -am > /dev/null
classpath=$(mvn -B -q -o -pl ejb dependency:build-classpath -Dmdep.includeScope=runtime -Dmdep.outputFile=/dev/stdout)
javac -d "$work" -cp "ejb/target/classes:$classpath" bench/IndexFootprint.java

# The columns DirectoryIndex reads, one line per company, lists joined by |.
flat() { echo "regexp_replace(coalesce($1, ''), '[\\t\\r\\n]', ' ', 'g')"; }
start=$(date +%s%N)
psql "${db[@]}" -At -F $'\t' -c "SELECT c.id, c.legal_name, c.naf_code, n.label, co.name, c.postal_code, c.commune_code,
    c.department_code, d.name, $(flat c.activity), $(flat c.main_references), $(flat c.capacities),
    coalesce(c.workforce_band, ''),
    array_to_string(ARRAY(SELECT cc.certification FROM app.company_certification cc WHERE cc.company_id = c.id ORDER BY 1), '|'),
    array_to_string(ARRAY(SELECT DISTINCT ms.community_id FROM app.company_link l JOIN app.membership ms ON ms.account_id = l.account_id
        WHERE l.company_id = c.id AND l.status = 'APPROVED' AND ms.status = 'ACTIVE'), '|')
    FROM app.company c JOIN app.naf_code n ON n.code = c.naf_code JOIN app.commune co ON co.code = c.commune_code
    JOIN app.department d ON d.code = c.department_code" > "$work/companies.tsv"
echo "companies read from the database in $(( ($(date +%s%N) - start) / 1000000 )) ms ($(wc -l < "$work/companies.tsv") rows)"
java -Xmx1g -cp "$work:ejb/target/classes:$classpath" fr.ccibusiness.directory.IndexFootprint "$work/companies.tsv"

log=ear/target/wildfly-39.0.1.Final/standalone/log/server.log
echo; echo "The server's last full indexing (database read included), from its log:"
grep -a "Directory index:" "$log" | tail -1 | sed 's/.*Directory index:/Directory index:/' || echo "(no server log at $log)"
