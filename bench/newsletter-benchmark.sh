#!/usr/bin/env bash
# The newsletter dispatch job against Postfix's smtp-source, sending the same number of messages of
# the same size to the same SMTP sink (Postfix's smtp-sink on 127.0.0.1:2525), in the same run.
# Prints both rates, their ratio, and the server's heap while the job ran.
# Needs Debian's postfix package (smtp-sink, smtp-source) and a platform whose mail goes to the sink:
#   CCI_SMTP_PORT=2525 ./run.sh        (or ./run.sh -Dcci.smtp.port=2525)
# The platform starts the job itself, as it does a scheduled newsletter (its scheduler ticks every 15 s),
# with its own settings (CCI_NEWSLETTER_CONNECTIONS, CCI_NEWSLETTER_CHUNK_SIZE): a CLI call would start
# a JVM that takes the job's CPU. The job's time is its execution's, from the batch repository.
# Usage: bench/newsletter-benchmark.sh [subscribers]
set -euo pipefail
cd "$(dirname "$0")/.."
count=${1:-50000}
port=2525
db=(-h "${CCI_DB_HOST:-127.0.0.1}" -p "${CCI_DB_PORT:-5432}" -U "${CCI_DB_USER:-$(id -un)}" -d "${CCI_DB_NAME:-ccibusiness}")
sql() { psql "${db[@]}" -v ON_ERROR_STOP=1 -Atq "$@"; }
now() { date +%s.%N; }
# The server's process (the one listening on 8080), to watch its heap with one jstat sampling every second.
server_pid() { ss -Htlnp 'sport = :8080' | sed -n 's/.*pid=\([0-9]*\).*/\1/p' | head -1; }
# Waits (two minutes at most) until the server has used under a tenth of a core for three seconds
# running: what the set-up started (the directory catching up with 50,000 new people, say) must not
# run during the job.
quiet() {
    local pid last ticks calm=0
    pid=$(server_pid)
    last=$(awk '{ print $14 + $15 }' "/proc/$pid/stat")
    for _ in $(seq 120); do
        sleep 1
        ticks=$(awk '{ print $14 + $15 }' "/proc/$pid/stat")
        if [ $((ticks - last)) -lt $(( $(getconf CLK_TCK) / 10 )) ]; then calm=$((calm + 1)); else calm=0; fi
        [ "$calm" -ge 3 ] && return
        last=$ticks
    done
    echo "The server did not go quiet; measuring anyway" >&2
}
# Starts a newsletter as the platform's scheduler does when its time comes; prints its execution id.
dispatch() {
    sql -c "UPDATE app.newsletter SET status = 'SCHEDULED', scheduled_at = now() WHERE id = $1"
    until [ -n "$(sql -c "SELECT dispatch_execution_id FROM app.newsletter WHERE id = $1")" ]; do sleep 0.5; done
    sql -c "SELECT dispatch_execution_id FROM app.newsletter WHERE id = $1"
}

command -v smtp-sink >/dev/null || { echo "Install Debian's postfix package (smtp-sink, smtp-source)" >&2; exit 1; }
curl -sf -o /dev/null http://localhost:8080/status.xhtml || { echo "No platform on :8080: start it with CCI_SMTP_PORT=$port ./run.sh" >&2; exit 1; }

work=$(mktemp -d)
sink_pid=""
jstat_pid=""
trap '[ -n "$sink_pid" ] && kill "$sink_pid" 2>/dev/null; [ -n "$jstat_pid" ] && kill "$jstat_pid" 2>/dev/null; rm -rf "$work"' EXIT
start_sink() { # $1: extra options; the sink answers every command at once, like a fast relay
    smtp-sink -u nobody $1 127.0.0.1:$port 1024 &
    sink_pid=$!
    for _ in $(seq 50); do (exec 3<>/dev/tcp/127.0.0.1/$port) 2>/dev/null && return; sleep 0.1; done
    echo "smtp-sink did not start" >&2; exit 1
}
stop_sink() { kill "$sink_pid"; wait "$sink_pid" 2>/dev/null || true; sink_pid=""; }

# A community of $count subscribers, and a newsletter of a realistic length (about 3 KB of HTML).
sql <<SQL
INSERT INTO app.cci (code, name, city) VALUES ('bench', 'CCI du banc d''essai', 'Caen') ON CONFLICT DO NOTHING;
INSERT INTO app.community (cci_id, kind, name, description, join_policy, created_at)
SELECT id, 'SECTOR', 'Banc newsletter ' || to_char(now(), 'HH24MISS'), 'Benchmark.', 'OPEN', now() FROM app.cci WHERE code = 'bench';
CREATE TEMP TABLE bench_community AS SELECT max(id) AS id FROM app.community;
WITH created AS (
    INSERT INTO app.account (email, password_hash, status, language, created_at, verified_at)
    SELECT 'abonne' || n || '-' || (SELECT id FROM bench_community) || '@bench.example.org', 'x', 'ACTIVE',
           CASE WHEN n % 5 = 0 THEN 'en' ELSE 'fr' END, now(), now()
    FROM generate_series(1, $count) n RETURNING id),
members AS (INSERT INTO app.member (account_id, last_name, first_name) SELECT id, 'Abonné', 'Camille' FROM created),
roles AS (INSERT INTO app.account_role (account_id, role) SELECT id, 'member' FROM created),
memberships AS (INSERT INTO app.membership (community_id, account_id, status, requested_at, decided_at)
    SELECT (SELECT id FROM bench_community), id, 'ACTIVE', now(), now() FROM created)
INSERT INTO app.newsletter_subscription (community_id, account_id, subscribed_at, source)
SELECT (SELECT id FROM bench_community), id, now(), 'JOIN' FROM created;
INSERT INTO app.newsletter (community_id, subject, body_html, status, created_at, updated_at)
SELECT (SELECT id FROM bench_community), 'Lettre de la filière — novembre',
       '<h2>Agenda</h2>' || repeat('<p>Rencontres d’affaires, consultations des donneurs d’ordre et ateliers : '
       || 'inscrivez-vous sur la plateforme avant la fin du mois. <a href="https://www.cci.fr/">En savoir plus</a></p>', 14),
       'DRAFT', now(), now();
SQL
# Vacuumed now, so that the database does not do it during the job.
sql -c "VACUUM ANALYZE app.account, app.member, app.account_role, app.membership, app.newsletter_subscription"
newsletter=$(sql -c "SELECT max(id) FROM app.newsletter")

# The size of one message as the platform sends it: the same newsletter to a community of one, on a
# sink that keeps what it receives.
mkdir -p "$work/dump"; chmod 755 "$work"; chmod 777 "$work/dump"
sql <<SQL
INSERT INTO app.community (cci_id, kind, name, description, join_policy, created_at)
SELECT id, 'SECTOR', 'Banc mesure ' || to_char(clock_timestamp(), 'HH24MISSMS'), 'Benchmark.', 'OPEN', now() FROM app.cci WHERE code = 'bench';
CREATE TEMP TABLE probe_community AS SELECT max(id) AS id FROM app.community;
WITH created AS (
    INSERT INTO app.account (email, password_hash, status, language, created_at, verified_at)
    SELECT 'mesure-' || (SELECT id FROM probe_community) || '@bench.example.org', 'x', 'ACTIVE', 'fr', now(), now() RETURNING id),
members AS (INSERT INTO app.member (account_id, last_name, first_name) SELECT id, 'Abonné', 'Camille' FROM created),
memberships AS (INSERT INTO app.membership (community_id, account_id, status, requested_at, decided_at)
    SELECT (SELECT id FROM probe_community), id, 'ACTIVE', now(), now() FROM created)
INSERT INTO app.newsletter_subscription (community_id, account_id, subscribed_at, source)
SELECT (SELECT id FROM probe_community), id, now(), 'JOIN' FROM created;
INSERT INTO app.newsletter (community_id, subject, body_html, status, recipients, created_at, updated_at)
SELECT (SELECT id FROM probe_community), subject, body_html, 'DRAFT', 0, now(), now() FROM app.newsletter WHERE id = $newsletter;
SQL
probe=$(sql -c "SELECT max(id) FROM app.newsletter")
start_sink "-d $work/dump/%M."
dispatch "$probe" >/dev/null
until [ "$(sql -c "SELECT status FROM app.newsletter WHERE id = $probe")" = SENT ]; do sleep 0.2; done
size=$(stat -c %s "$work/dump/"* | head -1)
stop_sink
echo "One message as sent: $size bytes"

# The job, alone on the sink and on a quiet server.
start_sink ""
quiet
jstat -gc "$(server_pid)" 1000 > "$work/heap" &
jstat_pid=$!
execution=$(dispatch "$newsletter")
until [ "$(sql -c "SELECT status FROM app.newsletter WHERE id = $newsletter")" = SENT ]; do sleep 1; done
# The job's own duration, from the batch repository.
until [ -n "$(sql -c "SELECT endtime FROM job_execution WHERE jobexecutionid = $execution")" ]; do sleep 0.2; done
job=$(sql -c "SELECT extract(epoch FROM endtime - starttime) FROM job_execution WHERE jobexecutionid = $execution")
read -r sent failed < <(sql -F' ' -c "SELECT sent, failed FROM app.newsletter WHERE id = $newsletter")
stop_sink
kill "$jstat_pid"; wait "$jstat_pid" 2>/dev/null || true; jstat_pid=""
# Heap used: survivors, eden and old generation (S0U S1U EU OU, in KB).
peak=$(awk 'NR > 1 && $1 ~ /^[0-9.]+$/ { used = ($3 + $4 + $6 + $8) / 1024; if (used > peak) peak = used } END { printf "%d", peak }' "$work/heap")

# smtp-source: the same number of messages of the same size, over one connection kept open (-d).
start_sink ""
start=$(now)
smtp-source -d -s 1 -m "$count" -l "$size" -f newsletter@bench.example.org -t abonne@bench.example.org 127.0.0.1:$port
source=$(python3 -c "print($(now) - $start)")
stop_sink

python3 - "$count" "$sent" "$failed" "$job" "$source" "$peak" <<'PY'
import sys
count, sent, failed, job, source, peak = int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3]), float(sys.argv[4]), float(sys.argv[5]), sys.argv[6]
print(f"dispatch job : {sent} sent, {failed} failed in {job:.1f} s = {sent / job:.0f} msg/s (peak heap used {peak} MB)")
print(f"smtp-source  : {count} sent in {source:.1f} s = {count / source:.0f} msg/s")
print(f"job / smtp-source = {(sent / job) / (count / source) * 100:.0f} %")
PY
