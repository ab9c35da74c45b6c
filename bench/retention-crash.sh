#!/usr/bin/env bash
# Kills the server (kill -9) while the retention job purges N expired accounts, starts it again and
# checks that the run resumes by itself and ends with every account deleted, each counted once.
# Needs a platform started with ./run.sh; leaves the restarted server running (log in /tmp).
# Usage: bench/retention-crash.sh [accounts]
set -euo pipefail
cd "$(dirname "$0")/.."
count=${1:-50000}
source bench/retention-lib.sh
server=ear/target/wildfly-39.0.1.Final

curl -sf -o /dev/null http://localhost:8080/status.xhtml || { echo "No platform on :8080: start it with ./run.sh" >&2; exit 1; }
seed "crash-"
before=$(sql -c "SELECT coalesce(max(job_instance_id), 0) FROM app.retention_run")
start_job 500
until [ "$(sql -c "SELECT deleted_inactive FROM app.retention_run WHERE job_instance_id > $before")" -gt $((count / 5)) ] 2>/dev/null; do
    sleep 0.2
done
pkill -9 -f "$server/jboss-modules.jar" || pkill -9 -f jboss-modules.jar
pkill -9 -f "$server/bin/standalone.sh" || true
run=$(sql -c "SELECT max(job_instance_id) FROM app.retention_run")
echo "Killed with $(sql -c "SELECT deleted_inactive FROM app.retention_run WHERE job_instance_id = $run") deleted," \
     "$(sql -c "SELECT count(*) FROM app.account WHERE email LIKE 'crash-%'") left."

nohup "$server/bin/standalone.sh" -Dcci.demo=true > /tmp/cci-after-crash.log 2>&1 &
echo "Server restarted (pid $!, log /tmp/cci-after-crash.log); waiting for the run to resume and finish…"
until [ "$(sql -c "SELECT finished_at IS NOT NULL FROM app.retention_run WHERE job_instance_id = $run")" = t ] 2>/dev/null; do
    sleep 1
done
echo "Run $run finished: $(sql -c "SELECT deleted_inactive FROM app.retention_run WHERE job_instance_id = $run") deleted" \
     "in all for $count seeded, $(sql -c "SELECT count(*) FROM app.account WHERE email LIKE 'crash-%'") left."
sql -c "SELECT 'execution ' || e.jobexecutionid || ': ' || e.batchstatus FROM public.job_execution e WHERE e.jobinstanceid = $run ORDER BY 1"
