#!/usr/bin/env bash
# The people console at 10 concurrent administrators (Gatling), on a running platform (./run.sh) whose
# database holds bench/generate-data.sh's 250,000 people: each opens the console with a filter (a part of
# a name, an address, a company; a state, a role, a registration period; or none), sorts it, and pages
# through it by the table's ajax requests, some pages far into the list. Prints p50 / p95 / max per kind
# of request and overall, then the plans of the heaviest queries.
# Usage: bench/people-benchmark.sh [users] [seconds] [base-url]
set -euo pipefail
cd "$(dirname "$0")/.."
users=${1:-10}
seconds=${2:-60}
base=${3:-http://localhost:8080}

curl -sf -o /dev/null "$base/status.xhtml" || { echo "No platform at $base: start it with ./run.sh" >&2; exit 1; }
mkdir -p bench/gatling/target
mvn -B -f bench/gatling/pom.xml gatling:test -Dgatling.simulationClass=fr.ccibusiness.bench.PeopleSimulation \
    -Dusers="$users" -Dseconds="$seconds" -DbaseUrl="$base" > bench/gatling/target/people.log 2>&1 || true
python3 - bench/gatling/target/people.log <<'PY'
import sys, re
text = open(sys.argv[1]).read()
if "---- Global Information" not in text:
    print(text[-3000:]); sys.exit(1)
# Per request: Gatling's console table of the last report ("> name  | total OK KO ...").
stats = text[text.rindex("---- Requests"):] if "---- Requests" in text else ""
glob = {}
for line in text[text.rindex("---- Global Information"):].splitlines():
    if line.startswith(">") and "|" in line:
        cells = [c.strip() for c in line[1:].split("|")]
        glob[cells[0]] = cells[1:]
def cell(name, i=0):
    return glob[name][i].replace(",", "")
print(f"all requests: {cell('request count')} ({cell('request count', 2)} failed), p50 {cell('response time 50th percentile (ms)')} ms,"
      f" p95 {cell('response time 95th percentile (ms)')} ms, p99 {cell('response time 99th percentile (ms)')} ms,"
      f" max {cell('max response time (ms)')} ms, {cell('mean throughput (rps)')} req/s")
PY
for request in "people: first page" "people: sort" "people: another page"; do
    python3 - "$request" <<'PY'
import sys, glob, json, os
name = sys.argv[1]
runs = sorted(glob.glob("bench/gatling/target/gatling/peoplesimulation-*/js/stats.js"), key=os.path.getmtime)
if not runs:
    sys.exit(0)
text = open(runs[-1]).read()
i = text.find('name: "' + name + '"')
if i < 0:
    sys.exit(0)
part = text[i:]
def stat(key):
    j = part.index(key + ": {")
    seg = part[j:part.index("}", j)]
    return seg.split('ok: "')[1].split('"')[0]
print(f"{name:22s} n={stat('numberOfRequests'):>6s}  p50 {stat('percentiles1'):>5s} ms  p95 {stat('percentiles3'):>5s} ms  max {stat('maxResponseTime'):>5s} ms")
PY
done
echo "($users concurrent administrators, ${seconds} s; report in bench/gatling/target/gatling/)"

db=(-h "${CCI_DB_HOST:-127.0.0.1}" -p "${CCI_DB_PORT:-5432}" -U "${CCI_DB_USER:-$(id -un)}" -d "${CCI_DB_NAME:-ccibusiness}")
echo; echo "People: $(psql "${db[@]}" -At -c 'SELECT count(*) FROM app.account')"
echo; echo "Plan of a name filter ('lef'), sorted by name, page 200:"
psql "${db[@]}" -At -c "EXPLAIN (ANALYZE, COSTS OFF) SELECT a.id FROM app.account a JOIN app.member p ON p.account_id = a.id
 WHERE lower(p.first_name || ' ' || p.last_name) LIKE '%lef%' ORDER BY lower(p.last_name), lower(p.first_name), p.account_id LIMIT 25 OFFSET 5000" | tail -4
echo; echo "Plan of the whole base's count:"
psql "${db[@]}" -At -c "EXPLAIN (ANALYZE, COSTS OFF) SELECT count(*) FROM app.account a JOIN app.member p ON p.account_id = a.id" | tail -3
