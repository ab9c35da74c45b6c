#!/usr/bin/env bash
# Kills the server (kill -9, by its process id) while the newsletter dispatch sends to N subscribers
# through a slow SMTP sink, starts it again (the dispatch resumes by itself), and counts what the sink
# received: every subscriber at least once, and twice only for messages the relay had accepted when the
# server died before their outcomes were recorded (at most 100 per connection, four connections by
# default: the one window no SMTP client closes). The job runs with the platform's default settings.
# Starts its own server on its own database and SMTP port: stop yours first (:8080).
# Usage: bench/newsletter-crash.sh [subscribers] [sink delay per message, ms]
set -euo pipefail
cd "$(dirname "$0")/.."
count=${1:-3000}
delay=${2:-20}
export CCI_DB_NAME=ccibusiness_newsletter_crash
source bench/crash-lib.sh
start ./run.sh -Dcci.demo=false
echo "Server up (pid $(cat "$pidfile")); seeding $count subscribers and a newsletter"
sql <<SQL
INSERT INTO app.cci (code, name, city) VALUES ('bench', 'CCI du banc d''essai', 'Caen') ON CONFLICT DO NOTHING;
INSERT INTO app.community (cci_id, kind, name, description, join_policy, created_at)
SELECT id, 'SECTOR', 'Banc coupure', 'Benchmark.', 'OPEN', now() FROM app.cci WHERE code = 'bench';
CREATE TEMP TABLE bench_community AS SELECT max(id) AS id FROM app.community;
WITH created AS (
    INSERT INTO app.account (email, password_hash, status, language, created_at, verified_at)
    SELECT 'abonne-' || n || '@bench.example.org', 'x', 'ACTIVE', 'fr', now(), now() FROM generate_series(1, $count) n RETURNING id),
members AS (INSERT INTO app.member (account_id, last_name, first_name) SELECT id, 'Abonné', 'Camille' FROM created),
memberships AS (INSERT INTO app.membership (community_id, account_id, status, requested_at, decided_at)
    SELECT (SELECT id FROM bench_community), id, 'ACTIVE', now(), now() FROM created)
INSERT INTO app.newsletter_subscription (community_id, account_id, subscribed_at, source)
SELECT (SELECT id FROM bench_community), id, now(), 'JOIN' FROM created;
INSERT INTO app.newsletter (community_id, subject, body_html, status, recipients, started_at, created_at, updated_at)
SELECT (SELECT id FROM bench_community), 'Lettre coupée', '<p>Une fois chacun.</p>', 'SENDING', $count, now(), now(), now();
SQL
newsletter=$(sql -c "SELECT max(id) FROM app.newsletter")
"$cli" -c --command="/deployment=cci-business.ear/subdeployment=batch.jar/subsystem=batch-jberet:start-job(job-xml-name=newsletter-dispatch, properties={newsletterId=$newsletter})" >/dev/null
until [ "$(wc -l < "$received")" -ge $((count / 3)) ]; do sleep 0.2; done
kill -9 "$(cat "$pidfile")"
echo "Killed after $(wc -l < "$received") received; the newsletter records $(sql -c "SELECT sent FROM app.newsletter WHERE id = $newsletter") sent," \
     "$(sql -c "SELECT count(*) FROM app.newsletter_delivery WHERE newsletter_id = $newsletter AND status = 'SENDING'") claimed without an outcome"

start "$server/bin/standalone.sh" -Dcci.demo=false
echo "Restarted (pid $(cat "$pidfile")); waiting for the dispatch to resume and finish"
until [ "$(sql -c "SELECT status FROM app.newsletter WHERE id = $newsletter")" = SENT ]; do sleep 1; done
total=$(wc -l < "$received")
distinct=$(sort -u "$received" | wc -l)
echo "Received $total for $count subscribers: $distinct distinct, $((total - distinct)) twice;" \
     "the newsletter records $(sql -F' ' -c "SELECT sent || ' sent, ' || failed || ' failed' FROM app.newsletter WHERE id = $newsletter")"
kill "$(cat "$pidfile")"
