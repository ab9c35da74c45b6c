# Shared by the retention benchmarks: database access and the seeding of expired accounts.
cli=ear/target/wildfly-39.0.1.Final/bin/jboss-cli.sh
db=(-h "${CCI_DB_HOST:-127.0.0.1}" -p "${CCI_DB_PORT:-5432}" -U "${CCI_DB_USER:-$(id -un)}" -d "${CCI_DB_NAME:-ccibusiness}")
sql() { psql "${db[@]}" -v ON_ERROR_STOP=1 -Atq "$@"; }

# N accounts created 7 months ago, warned 20 days ago, in no community any more, each with the rows
# a real member leaves behind. All rows carry the e-mail prefix $1.
seed() {
    sql <<SQL
CREATE TEMP TABLE seeded AS
WITH created AS (
    INSERT INTO app.account (email, password_hash, status, language, created_at, verified_at, retention_warned_at)
    SELECT '$1' || n || '@bench.example.org', 'x', 'ACTIVE', 'fr', now() - interval '7 months',
           now() - interval '7 months', now() - interval '20 days'
    FROM generate_series(1, $count) n RETURNING id)
SELECT id FROM created;
INSERT INTO app.account_role (account_id, role) SELECT id, 'member' FROM seeded;
INSERT INTO app.member (account_id, last_name, first_name, job_title) SELECT id, 'Expiré', 'Compte', 'Gérant' FROM seeded;
INSERT INTO app.member_competence (account_id, competence) SELECT id, c FROM seeded, unnest(ARRAY['usinage', 'export']) c;
INSERT INTO app.consent (account_id, policy_version_id, given_at)
SELECT id, (SELECT max(id) FROM app.policy_version), now() - interval '7 months' FROM seeded;
INSERT INTO app.company_link (company_id, account_id, status, requested_at, decided_at)
SELECT (SELECT min(id) FROM app.company), id, 'APPROVED', now(), now() FROM seeded;
INSERT INTO app.membership (community_id, account_id, status, requested_at, decided_at, left_at)
SELECT (SELECT min(id) FROM app.community), id, 'LEFT', now() - interval '7 months', now() - interval '7 months',
       now() - interval '6 months' FROM seeded;
INSERT INTO app.newsletter_subscription (community_id, account_id, subscribed_at, source, unsubscribed_at)
SELECT (SELECT min(id) FROM app.community), id, now() - interval '7 months', 'JOIN', now() - interval '6 months' FROM seeded;
INSERT INTO app.connection_log (account_id, occurred_at, address, outcome)
SELECT id, now() - interval '7 months' + k * interval '1 day', '192.0.2.10', 'SUCCESS' FROM seeded, generate_series(1, 3) k;
ANALYZE;
SQL
}

# Starts the retention job through the server's management interface, as an operator would.
start_job() {
    "$cli" -c --command="/deployment=cci-business.ear/subdeployment=batch.jar/subsystem=batch-jberet:start-job(job-xml-name=retention, properties={chunkSize=$1})" >/dev/null
}
