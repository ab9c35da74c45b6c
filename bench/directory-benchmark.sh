#!/usr/bin/env bash
# Directory search vs the smallest Faces page, at 50 concurrent users (Gatling), on a running
# platform (./run.sh) whose database holds a region's worth of data (bench/generate-data.sh).
# Prints p50 / p95 latency and throughput of both, their ratio, and the plan of the main query.
# Usage: bench/directory-benchmark.sh [users] [seconds] [base-url]
set -euo pipefail
cd "$(dirname "$0")/.."
users=${1:-50}
seconds=${2:-60}
base=${3:-http://localhost:8080}

curl -sf -o /dev/null "$base/status.xhtml" || { echo "No platform at $base: start it with ./run.sh" >&2; exit 1; }
run() { # $1 = scenario; prints "p50 p95 req/s requests failed" from Gatling's global statistics
    mvn -B -f bench/gatling/pom.xml gatling:test -Dgatling.simulationClass=fr.ccibusiness.bench.DirectorySimulation -Dscenario="$1" -Dusers="$users" -Dseconds="$seconds" \
        -DbaseUrl="$base" 2>&1 | tee "bench/gatling/target/$1.log" | python3 -c '
import sys
text = sys.stdin.read()
rows = {}
for line in text[text.rindex("---- Global Information"):].splitlines():
    if line.startswith(">") and "|" in line:
        cells = [c.strip() for c in line[1:].split("|")]
        rows[cells[0]] = cells[1].replace(",", "")

ko = [c.strip() for c in [l for l in text.splitlines() if l.startswith("> request count")][-1].split("|")][3]
print(rows["response time 50th percentile (ms)"], rows["response time 95th percentile (ms)"],
      rows["mean throughput (rps)"], rows["request count"], "0" if ko == "-" else ko.replace(",", ""))'
}

mkdir -p bench/gatling/target
read -r d50 d95 drps dn dko < <(run directory)
read -r m50 m95 mrps mn mko < <(run minimal)
printf '%-20s p50 %5s ms   p95 %5s ms   %8s req/s   (%s requests, %s failed)\n' \
    "directory search" "$d50" "$d95" "$drps" "$dn" "$dko" "minimal Faces page" "$m50" "$m95" "$mrps" "$mn" "$mko"
python3 -c "print(f'directory throughput / minimal page throughput = {$drps / $mrps * 100:.0f} %')"
grep -h "from the visitors' cache" bench/gatling/target/directory.log || true
echo "($users concurrent users, ${seconds} s each; reports in bench/gatling/target/gatling/)"

db=(-h "${CCI_DB_HOST:-127.0.0.1}" -p "${CCI_DB_PORT:-5432}" -U "${CCI_DB_USER:-$(id -un)}" -d "${CCI_DB_NAME:-ccibusiness}")
echo; echo "A search answered by the index (DirectoryIndex) runs one statement, once per distinct text:"
psql "${db[@]}" -At -c "EXPLAIN (ANALYZE, COSTS OFF) SELECT websearch_to_tsquery('app.french_unaccent'::regconfig, 'mecanique')::text"
echo; echo "The index reads the change log after each change the application commits and every 2 seconds:"
seen=$(psql "${db[@]}" -At -c "SELECT pg_current_snapshot()::text")
psql "${db[@]}" -At -c "EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) WITH last AS (SELECT '$seen'::pg_snapshot AS seen),
 unseen AS (SELECT d.company_id, d.account_id FROM app.directory_change d, last
     WHERE d.xid >= pg_snapshot_xmin(last.seen) AND NOT pg_visible_in_snapshot(d.xid, last.seen))
 SELECT pg_current_snapshot()::text, ARRAY(SELECT company_id FROM unseen WHERE company_id IS NOT NULL
     UNION SELECT l.company_id FROM unseen JOIN app.company_link l ON l.account_id = unseen.account_id)"

words="websearch_to_tsquery('app.french_unaccent'::regconfig, 'mecanique')"
echo; echo "A search with a phrase goes to the database (CompanySearch); its plans, for 'mecanique' in department 14:"
echo "the matches counted up to 1,001, those whose name holds the word likewise, then their first page."
for group in "c.search_vector @@ $words" "c.name_vector @@ $words"; do
    psql "${db[@]}" -At -c "EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)
SELECT count(*) FROM (SELECT 1 FROM app.company c WHERE TRUE AND c.department_code = '14' AND $group LIMIT 1001) m"
done
psql "${db[@]}" -At -c "EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)
SELECT h.id, h.legal_name, h.naf_code, n.label, co.name, h.postal_code
FROM (SELECT c.id, c.legal_name, c.naf_code, c.commune_code, c.postal_code FROM app.company c
      WHERE TRUE AND c.department_code = '14' AND c.name_vector @@ $words ORDER BY c.id DESC LIMIT 20 OFFSET 0) h
JOIN app.naf_code n ON n.code = h.naf_code JOIN app.commune co ON co.code = h.commune_code
ORDER BY h.id DESC"
