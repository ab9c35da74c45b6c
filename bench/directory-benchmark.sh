#!/usr/bin/env bash
# The directory under a long tail of distinct searches vs the smallest Faces page, at 50 concurrent
# users (Gatling), on a running platform whose visitors' page cache is OFF and whose database holds a
# region's worth of data (bench/generate-data.sh: 140,000 companies):
#   ./run.sh -Dcci.directory-cache-seconds=0      then      bench/directory-benchmark.sh
# The searches are generated from the data's own words (names, activities, capacities, NAF labels,
# communes): whole words, beginnings of words, words with a typo, two words of one company, a commune,
# words with a facet filter (department, NAF section, certification), filters alone; some sorted by
# name or at a later page. Each is used once. Lucene's query cache is off in the platform too.
# Prints p50 / p95 latency and throughput of the directory, of the smallest page and of a plain page of the
# platform (its layout around a few paragraphs: legal.xhtml), their ratios, what share came from a cache, and the
# index's size, heap and last rebuild time from the server's log. PROFILE=true also records a JFR
# profile of the platform during the directory run and prints where its time goes.
# Usage: [PROFILE=true] bench/directory-benchmark.sh [users] [seconds] [base-url]
set -euo pipefail
cd "$(dirname "$0")/.."
users=${1:-50}
seconds=${2:-60}
base=${3:-http://localhost:8080}
log=ear/target/wildfly-39.0.1.Final/standalone/log/server.log
db=(-h "${CCI_DB_HOST:-127.0.0.1}" -p "${CCI_DB_PORT:-5432}" -U "${CCI_DB_USER:-$(id -un)}" -d "${CCI_DB_NAME:-ccibusiness}")

curl -sf -o /dev/null "$base/status.xhtml" || { echo "No platform at $base: start it with ./run.sh -Dcci.directory-cache-seconds=0" >&2; exit 1; }
probe="$base/directory.xhtml?q=cache+probe+$RANDOM"
curl -s -o /dev/null "$probe"
if curl -s -D - -o /dev/null "$probe" | grep -qi '^X-Cache: HIT'; then
    echo "The visitors' page cache is on: start the platform with ./run.sh -Dcci.directory-cache-seconds=0" >&2; exit 1
fi

mkdir -p bench/gatling/target
queries=bench/gatling/target/longtail.txt
echo "Generating distinct searches from the data's words..."
psql "${db[@]}" -At -F $'\t' -c "SELECT c.legal_name, coalesce(c.activity, ''), coalesce(c.capacities, ''), n.label, co.name
    FROM app.company c TABLESAMPLE SYSTEM (20) JOIN app.naf_code n ON n.code = c.naf_code
    JOIN app.commune co ON co.code = c.commune_code LIMIT 20000" > bench/gatling/target/companies.tsv
psql "${db[@]}" -At -c "SELECT DISTINCT certification FROM app.company_certification" > bench/gatling/target/certifications.txt
python3 - "$queries" bench/gatling/target/companies.tsv bench/gatling/target/certifications.txt <<'PY'
import random, re, sys, unicodedata, urllib.parse
out, companies, certifications = sys.argv[1], sys.argv[2], sys.argv[3]
random.seed(2026)
rows = [line.rstrip("\n").split("\t") for line in open(companies, encoding="utf-8") if line.strip()]
certs = [c.strip() for c in open(certifications, encoding="utf-8") if c.strip()]
stop = set("de du des la le les et en au aux pour sur par une un d l a à".split())
def words(text):
    return [w for w in re.findall(r"[^\W\d_]{3,}", text) if w.lower() not in stop]
def unaccent(w):
    return "".join(c for c in unicodedata.normalize("NFD", w) if unicodedata.category(c) != "Mn")
def typo(w):
    w = list(w.lower()); i = random.randrange(1, len(w) - 1); kind = random.randrange(3)
    if kind == 0: w[i], w[i + 1] = w[i + 1], w[i]
    elif kind == 1: del w[i]
    else: w[i] = random.choice("abcdefghijklmnopqrstuvwxyz")
    return "".join(w)
departments, sections = ["14", "27", "50", "61", "76"], list("ACFGHIJMNC")
def search():
    row = random.choice(rows); ws = words(" ".join(row[:4])) or ["usinage"]
    kind = random.random(); params = []
    w = random.choice(ws)
    if kind < 0.20: q = w
    elif kind < 0.40: q = unaccent(w)[:random.randint(3, 6)].lower()
    elif kind < 0.55: q = typo(w) if len(w) >= 6 else w
    elif kind < 0.72: q = w + " " + random.choice(ws)
    elif kind < 0.80: q = row[4]
    elif kind < 0.95:
        q = unaccent(w).lower()
        params.append(random.choice([("department", random.choice(departments)), ("section", random.choice(sections)),
                                     ("certification", random.choice(certs) if certs else "ISO 9001")]))
    else:
        q = None
        params += [("department", random.choice(departments)), ("section", random.choice(sections))]
    if q is not None: params.insert(0, ("q", q))
    if random.random() < 0.12: params.append(("sort", "NAME"))
    if random.random() < 0.15: params.append(("page", str(random.randint(1, 3))))
    return urllib.parse.urlencode(params)
seen = set()
while len(seen) < 200_000:
    seen.add(search())
lines = list(seen); random.shuffle(lines)
open(out, "w", encoding="utf-8").write("\n".join(lines) + "\n")
print(f"{len(lines)} distinct searches, e.g. " + " · ".join(lines[:5]))
PY

run() { # $1 = scenario, $2 = its page; prints "p50 p95 req/s requests failed" from Gatling's global statistics
    mvn -B -f bench/gatling/pom.xml gatling:test -Dgatling.simulationClass=fr.ccibusiness.bench.DirectorySimulation \
        -Dscenario="$1" -Dpath="${2:-/status.xhtml}" -Dusers="$users" -Dseconds="$seconds" -DbaseUrl="$base" -Dqueries="$PWD/$queries" 2>&1 \
        | tee "bench/gatling/target/$1.log" | python3 -c '
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

read -r d50 d95 drps dn dko < <(run directory)
read -r m50 m95 mrps mn mko < <(run minimal)
# A plain page of the platform: the layout (header, menus, footer) around a few paragraphs, as a visitor gets it.
read -r p50 p95 prps pn pko < <(run minimal /legal.xhtml)
printf '%-20s p50 %5s ms   p95 %5s ms   %8s req/s   (%s requests, %s failed)\n' \
    "directory search" "$d50" "$d95" "$drps" "$dn" "$dko" "minimal Faces page" "$m50" "$m95" "$mrps" "$mn" "$mko" \
    "plain page (layout)" "$p50" "$p95" "$prps" "$pn" "$pko"
awk -v d="$drps" -v m="$mrps" -v p="$prps" 'BEGIN {
    printf "directory throughput / minimal page throughput = %.0f %%\n", d / m * 100
    printf "directory throughput / plain page throughput = %.0f %% (a directory page costs %.1f plain pages)\n", d / p * 100, p / d }'
grep -h "from the visitors' cache" bench/gatling/target/directory.log || true
echo "($users concurrent users, ${seconds} s each; reports in bench/gatling/target/gatling/)"
echo; echo "The index, from the server's log (its last full indexing):"
grep -a "Directory index:" "$log" | tail -2 | sed 's/.*Directory index:/Directory index:/' || echo "(no server log at $log)"

pid=$(pgrep -f 'jboss-modules.*standalone' | head -1 || true)
if [[ "${PROFILE:-false}" == "true" && -n "$pid" ]]; then
    # A third run, recorded: JFR's default settings (a sample every 20 ms), apart from the runs measured above.
    rm -f /tmp/directory.jfr
    jcmd "$pid" JFR.start name=directory settings=default filename=/tmp/directory.jfr > /dev/null
    run directory > /dev/null
    jcmd "$pid" JFR.stop name=directory > /dev/null
    echo; echo "Where the directory's time goes (JFR execution samples of a third, recorded run):"
    jfr print --events jdk.ExecutionSample --stack-depth 64 /tmp/directory.jfr | python3 -c '
import collections, re, sys
samples, top, kinds = 0, collections.Counter(), collections.Counter()
stack = []
def flush():
    global samples
    if not stack: return
    samples += 1
    top[stack[0]] += 1
    text = " ".join(stack)
    kind = ("Lucene search and facets" if "org.apache.lucene" in text and "Highlighter" not in text else
            "Lucene highlighting" if "uhighlight" in text else
            "Faces rendering (Facelets, EL, components)" if "com.sun.faces" in text or "jakarta.faces" in text else
            "HTTP, gzip and servlet stack" if "io.undertow" in text else "other")
    kinds[kind] += 1
for line in sys.stdin:
    line = line.strip()
    if line.startswith("jdk.ExecutionSample"):
        flush(); stack = []
    m = re.match(r"([\w$.<>]+)\(", line)
    if m and "line:" in line:
        stack.append(m.group(1))
flush()
print(f"{samples} samples")
for kind, n in kinds.most_common():
    print(f"  {100 * n / samples:5.1f} %  {kind}")
print("hottest methods (self time):")
for frame, n in top.most_common(15):
    print(f"  {100 * n / samples:5.1f} %  {frame}")'
fi
