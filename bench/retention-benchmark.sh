#!/usr/bin/env bash
# The retention job purging N expired accounts (profile, competences, consent, company link,
# memberships, newsletter subscriptions, connection logs) against a raw-SQL delete of the same rows,
# in the same run, on a running platform (./run.sh). Prints both times and their ratio.
# Usage: bench/retention-benchmark.sh [accounts] [chunk-size]
set -euo pipefail
cd "$(dirname "$0")/.."
count=${1:-100000}
chunk=${2:-500}
source bench/retention-lib.sh

curl -sf -o /dev/null http://localhost:8080/status.xhtml || { echo "No platform on :8080: start it with ./run.sh" >&2; exit 1; }

now() { date +%s.%N; }

echo "Seeding $count expired accounts for the job…"
seed "bench-job-"
before=$(sql -c "SELECT coalesce(max(job_instance_id), 0) FROM app.retention_run")
heap() { # used heap of the server, in MB
    "$cli" -c --command="/core-service=platform-mbean/type=memory:read-attribute(name=heap-memory-usage)" \
        | sed -n 's/.*"used" => \([0-9]*\)L.*/\1/p' | awk '{ printf "%d", $1 / 1048576 }'
}
start=$(now)
start_job "$chunk"
until [ -n "$(sql -c "SELECT 1 FROM app.retention_run WHERE job_instance_id > $before AND finished_at IS NOT NULL")" ]; do
    sleep 0.2
done
job=$(python3 -c "print(f'{$(now) - $start:.1f}')")
read -r deleted left < <(sql -F' ' -c "SELECT deleted_inactive, (SELECT count(*) FROM app.account WHERE email LIKE 'bench-job-%')
    FROM app.retention_run WHERE job_instance_id = (SELECT max(job_instance_id) FROM app.retention_run)")
echo "Job: $deleted accounts deleted in $job s ($left left), heap used after: $(heap) MB"

echo "Seeding $count expired accounts for the raw SQL…"
seed "bench-sql-"
start=$(now)
sql <<'SQL'
BEGIN;
CREATE TEMP TABLE doomed AS SELECT id FROM app.account WHERE email LIKE 'bench-sql-%';
DELETE FROM app.consent WHERE account_id IN (SELECT id FROM doomed);
DELETE FROM app.company_link WHERE account_id IN (SELECT id FROM doomed);
UPDATE app.company_change SET account_id = NULL WHERE account_id IN (SELECT id FROM doomed);
DELETE FROM app.membership WHERE account_id IN (SELECT id FROM doomed);
DELETE FROM app.newsletter_subscription WHERE account_id IN (SELECT id FROM doomed);
DELETE FROM app.connection_log WHERE account_id IN (SELECT id FROM doomed);
DELETE FROM app.account_token WHERE account_id IN (SELECT id FROM doomed);
DELETE FROM app.member_photo WHERE account_id IN (SELECT id FROM doomed);
DELETE FROM app.member_competence WHERE account_id IN (SELECT id FROM doomed);
DELETE FROM app.member WHERE account_id IN (SELECT id FROM doomed);
DELETE FROM app.account_role WHERE account_id IN (SELECT id FROM doomed);
DELETE FROM app.account WHERE id IN (SELECT id FROM doomed);
COMMIT;
SQL
raw=$(python3 -c "print(f'{$(now) - $start:.1f}')")
echo "Raw SQL: $count accounts deleted in $raw s"
python3 -c "print(f'job / raw SQL = {$job / $raw:.2f} x')"
