#!/usr/bin/env bash
# The people console at 10 concurrent administrators (Gatling), on a running platform (./run.sh) whose
# database holds bench/generate-data.sh's 250,000 people: each opens the console with a filter (a part of
# a name, an address, a company; a state, a role, a registration period; or none), sorts it, and pages
# through it by the table's ajax requests, some pages far into the list. Prints p50 / p95 / max per kind
# of request and overall, then the plans of the heaviest queries.
# Each administrator reads a page 1 to 3 s before the next click; THINK=false removes the pauses (the worst case).
# The administrators arrive over the first ARRIVAL seconds (10), each then working for the run's length; ARRIVAL=0
# starts them in the same instant (ten sign-ins, then ten first lists at once).
# Usage: [THINK=false] [ARRIVAL=s] bench/people-benchmark.sh [users] [seconds] [base-url]
set -euo pipefail
cd "$(dirname "$0")/.."
users=${1:-10}
seconds=${2:-60}
base=${3:-http://localhost:8080}

curl -sf -o /dev/null "$base/status.xhtml" || { echo "No platform at $base: start it with ./run.sh" >&2; exit 1; }
mkdir -p bench/gatling/target
mvn -B -f bench/gatling/pom.xml gatling:test -Dgatling.simulationClass=fr.ccibusiness.bench.PeopleSimulation \
    -Dusers="$users" -Dseconds="$seconds" -DbaseUrl="$base" -Dthink="${THINK:-true}" -Darrival="${ARRIVAL:-10}" > bench/gatling/target/people.log 2>&1 || true
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
python3 - <<'PY'
import glob, os, re
runs = sorted(glob.glob("bench/gatling/target/gatling/peoplesimulation-*"), key=os.path.getmtime)
for page in sorted(glob.glob(runs[-1] + "/req_people*.html")):
    html = open(page).read()
    def stat(title):
        return re.search(r'<td class="title">' + re.escape(title) + r'</td>\s*<td class="total">([^<]*)</td>', html).group(1)
    name = re.search(r"<title>Gatling Stats - ([^<]*)</title>", html)
    print(f"{(name.group(1) if name else page):24s} n={stat('Total count'):>6s}  p50 {stat('50th percentile'):>6s} ms"
          f"  p95 {stat('95th percentile'):>6s} ms  max {stat('Max'):>6s} ms")
PY
echo "($users concurrent administrators, ${seconds} s; report in bench/gatling/target/gatling/)"

db=(-h "${CCI_DB_HOST:-127.0.0.1}" -p "${CCI_DB_PORT:-5432}" -U "${CCI_DB_USER:-$(id -un)}" -d "${CCI_DB_NAME:-ccibusiness}")
echo; echo "People: $(psql "${db[@]}" -At -c 'SELECT count(*) FROM app.account')"
plan() { psql "${db[@]}" -At -c "EXPLAIN (ANALYZE, COSTS OFF) $1" | grep -E "Execution Time"; }
echo; echo "The statements (PeopleQuery), alone on the database:"
echo "count, whole base:                  $(plan "SELECT count(*) FROM app.account a WHERE TRUE")"
echo "page 2,000 of 10,025 by name:       $(plan "SELECT p.account_id FROM app.member p WHERE TRUE ORDER BY lower(p.last_name), lower(p.first_name), p.account_id LIMIT 25 OFFSET 50000")"
echo "count, name holds 'lef':            $(plan "SELECT count(*) FROM app.member p WHERE TRUE AND lower(p.first_name || ' ' || p.last_name) LIKE '%lef%'")"
echo "page 200 of them by name:           $(plan "SELECT p.account_id FROM app.member p WHERE TRUE AND lower(p.first_name || ' ' || p.last_name) LIKE '%lef%' ORDER BY lower(p.last_name), lower(p.first_name), p.account_id LIMIT 25 OFFSET 5000")"
echo "count, company holds 'usinage':     $(plan "SELECT count(*) FROM app.account a WHERE TRUE AND a.id IN (SELECT l.account_id FROM app.company co JOIN app.company_link l ON l.company_id = co.id WHERE l.status = 'APPROVED' AND lower(co.legal_name) LIKE '%usinage%')")"
