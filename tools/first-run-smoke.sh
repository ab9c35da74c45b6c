#!/usr/bin/env bash
# Command 1 of the README, tried as a newcomer would, twice: on a database created empty, then again on
# the same database. Each start must answer healthy within the deadline; the demo member signs in and
# sees their account, the directory and their community's space; the second start must not load the
# demo data again. Prints how long each start took. Stops on the first failure, with the end of the
# server's log, and leaves no server running. .ci/run runs it before the test suite.
#
#   tools/first-run-smoke.sh          # on the throw-away database ccibusiness_smoke
#   SMOKE_DEADLINE=180 tools/first-run-smoke.sh
set -euo pipefail
cd "$(dirname "$0")/.."

database="${SMOKE_DB:-ccibusiness_smoke}"
deadline="${SMOKE_DEADLINE:-120}"        # seconds from the server's launch to a healthy status page
build_deadline="${SMOKE_BUILD_DEADLINE:-900}"
base="http://localhost:8080"
work="$(mktemp -d)"
pidfile="$work/server.pid"
server_group=""

psql_smoke() { PGOPTIONS='-c client_min_messages=warning' psql -h "${CCI_DB_HOST:-127.0.0.1}" -p "${CCI_DB_PORT:-5432}" -v ON_ERROR_STOP=1 -qAt "$@"; }

fail() {
    echo "SMOKE FAILED: $*" >&2
    if [ -f "$work/run.log" ]; then
        echo "---- last lines of the server's log ($work/run.log) ----" >&2
        tail -n 60 "$work/run.log" >&2
    fi
    exit 1
}

stop_server() {
    [ -n "$server_group" ] || return 0
    local java_pid=""
    [ -s "$pidfile" ] && java_pid="$(cat "$pidfile")"
    kill -TERM -- "-$server_group" 2>/dev/null || true
    for _ in $(seq 1 60); do
        if ! kill -0 -- "-$server_group" 2>/dev/null && { [ -z "$java_pid" ] || ! kill -0 "$java_pid" 2>/dev/null; }; then
            server_group=""
            rm -f "$pidfile"
            return 0
        fi
        sleep 1
    done
    kill -KILL -- "-$server_group" 2>/dev/null || true
    [ -n "$java_pid" ] && kill -KILL "$java_pid" 2>/dev/null || true
    server_group=""
    rm -f "$pidfile"
}
trap stop_server EXIT

if curl -s -o /dev/null --max-time 2 "$base/"; then
    fail "something already answers at $base: stop that server first (the smoke test needs ports 8080, 8443, 9990)"
fi

echo "Smoke: database $database, dropped and created empty"
psql_smoke -d postgres -c "DROP DATABASE IF EXISTS $database WITH (FORCE)"
psql_smoke -d postgres -c "CREATE DATABASE $database"

# Builds (as ./run.sh does) before the clock of a start runs: the deadline is the server's, not Maven's.
echo "Smoke: building"
timeout "$build_deadline" mvn -B -q install -DskipTests -pl ear -am > "$work/build.log" 2>&1 \
    || { tail -n 40 "$work/build.log" >&2; fail "the build failed"; }

# Starts ./run.sh in the background in its own process group; waits until status.xhtml answers OK.
start() {
    local which="$1" began now
    : > "$work/run.log"
    began=$(date +%s.%N)
    CCI_DB_NAME="$database" LAUNCH_JBOSS_IN_BACKGROUND=1 JBOSS_PIDFILE="$pidfile" \
        setsid ./run.sh > "$work/run.log" 2>&1 < /dev/null &
    server_group=$!
    while true; do
        if curl -s --max-time 5 "$base/status.xhtml" | grep -q '>OK<'; then
            break
        fi
        kill -0 "$server_group" 2>/dev/null || fail "$which start: ./run.sh ended before the platform answered"
        now=$(date +%s.%N)
        if awk -v b="$began" -v n="$now" -v d="$deadline" 'BEGIN { exit !(n - b > d) }'; then
            fail "$which start: not healthy ${deadline} s after ./run.sh began (status.xhtml)"
        fi
        sleep 0.5
    done
    now=$(date +%s.%N)
    awk -v w="$which" -v b="$began" -v n="$now" 'BEGIN { printf "Smoke: %s start healthy in %.1f s (./run.sh, build included)\n", w, n - b }'
    # The last start report is the server's (the build's configuration step starts an embedded one).
    grep -o 'WFLYSRV0025.*started in [0-9]*ms' "$work/run.log" | tail -n 1 \
        | sed 's/.*started in \([0-9]*\)ms/Smoke: the server reported it started in \1 ms/' || true
}

# Signs the demo member in through the sign-in form, as a browser does.
sign_in() {
    local jar="$work/cookies" page state
    rm -f "$jar"
    page="$(curl -s -c "$jar" -b "$jar" "$base/login.xhtml")"
    state="$(printf '%s' "$page" | grep -o 'name="jakarta.faces.ViewState"[^>]*value="[^"]*"' | head -n 1 | sed 's/.*value="\([^"]*\)"/\1/')"
    [ -n "$state" ] || fail "the sign-in page has no form"
    curl -s -o /dev/null -c "$jar" -b "$jar" -L \
        --data-urlencode "login=login" \
        --data-urlencode "login:email=membre@demo.ccibusiness.fr" \
        --data-urlencode "login:password=Demo-CCI-Business-2026" \
        --data-urlencode "login:submit=" \
        --data-urlencode "jakarta.faces.ViewState=$state" \
        "$base/login.xhtml"
}

# Opens a page as the signed-in member and checks that it shows the expected text.
expect_page() {
    local path="$1" expected="$2" status
    status="$(curl -s -o "$work/page.html" -w '%{http_code}' -b "$work/cookies" "$base/$path")"
    [ "$status" = 200 ] || fail "$path answered $status"
    grep -Eq -- "$expected" "$work/page.html" || fail "$path does not show \"$expected\""
    echo "Smoke: $path shows \"$expected\""
}

visit_as_member() {
    local space
    sign_in
    expect_page "account/index.xhtml" "Camille"
    expect_page "directory.xhtml?q=mecanique" "(Un résultat|[0-9] résultats)"
    space="$(psql_smoke -d "$database" -c "SELECT id FROM app.community WHERE name = 'Aéronautique & spatial'")"
    [ -n "$space" ] || fail "the demo community is missing"
    expect_page "space.xhtml?id=$space" "Aéronautique"
}

companies() { psql_smoke -d "$database" -c "SELECT count(*) FROM app.company"; }

start first
[ "$(psql_smoke -d "$database" -c "SELECT count(*) FROM app.demo_data")" = 1 ] || fail "the demo data is not marked loaded"
loaded="$(companies)"
[ "$loaded" -gt 0 ] || fail "no demo company"
visit_as_member
stop_server

start second
visit_as_member
[ "$(companies)" = "$loaded" ] || fail "the second start changed the demo companies ($loaded, then $(companies))"
grep -q "not loaded again" "$work/run.log" || fail "the second start did not say the demo data was there"
stop_server

rm -rf "$work"
echo "Smoke: passed"
