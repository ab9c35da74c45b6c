#!/usr/bin/env bash
# Kills the server (kill -9, by its process id) while its outbox sends N retention warnings to a slow
# SMTP sink, starts it again, and counts what the sink received: every person at least once, and twice
# only for mails the relay had accepted when the server died, before their rows left the outbox (the
# one window no SMTP client closes). Rows the dead server had claimed wait for their lease (5 min).
# Starts its own server on its own database and SMTP port: stop yours first (both use :8080).
# Usage: bench/outbox-crash.sh [people] [sink delay per message, ms]
set -euo pipefail
cd "$(dirname "$0")/.."
count=${1:-3000}
delay=${2:-20}
export CCI_DB_NAME=ccibusiness_outbox_bench
source bench/crash-lib.sh
start ./run.sh -Dcci.demo=false
echo "Server up (pid $(cat "$pidfile")); seeding $count people due a retention warning"
sql <<SQL
WITH created AS (
    INSERT INTO app.account (email, password_hash, status, language, created_at, verified_at)
    SELECT 'warned-' || n || '@bench.example.org', 'x', 'ACTIVE', 'fr', now() - interval '170 days', now() - interval '170 days'
    FROM generate_series(1, $count) n RETURNING id),
members AS (INSERT INTO app.member (account_id, last_name, first_name) SELECT id, 'Seul', 'Prénom' FROM created)
INSERT INTO app.account_role (account_id, role) SELECT id, 'member' FROM created;
SQL
start_job 500
until [ "$(wc -l < "$received")" -ge $((count / 3)) ]; do sleep 0.2; done
kill -9 "$(cat "$pidfile")"
killed_at=$(wc -l < "$received")
claimed=$(sql -c "SELECT count(*) FROM app.outbox_mail WHERE status = 'SENDING'")
echo "Killed after $killed_at received; $claimed rows claimed by the dead server, $(sql -c "SELECT count(*) FROM app.outbox_mail") left in the outbox"

start "$server/bin/standalone.sh" -Dcci.demo=false
echo "Restarted (pid $(cat "$pidfile")); waiting for the outbox to empty (claimed rows wait for their lease)"
until [ "$(sql -c "SELECT count(*) FROM app.outbox_mail")" = 0 ]; do sleep 2; done
total=$(wc -l < "$received")
distinct=$(sort -u "$received" | wc -l)
stamped=$(sql -c "SELECT count(*) FROM app.account WHERE email LIKE 'warned-%' AND retention_warned_at IS NOT NULL")
echo "Received $total for $count people: $distinct distinct, $((total - distinct)) twice; $stamped stamped warned"
kill "$(cat "$pidfile")"
