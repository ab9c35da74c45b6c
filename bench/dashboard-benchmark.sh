#!/usr/bin/env bash
# The dashboards over two years of activity, on a running platform (./run.sh) whose database holds
# bench/generate-data.sh's people: adds two years of activity once (bench/activity.sql: accounts,
# companies and memberships spread over two years, messages, downloads, newsletters, unsubscribes,
# events, rights requests), then times the whole page, as an administrator, for the platform, a CCI and
# a community over the last two years (month by month) and over the last year (week by week): the first
# request of each (nothing cached anywhere, the statements' plans included) and N more.
# Usage: bench/dashboard-benchmark.sh [N] [base-url]
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-10}
base=${2:-http://localhost:8080}
db=(-h "${CCI_DB_HOST:-127.0.0.1}" -p "${CCI_DB_PORT:-5432}" -U "${CCI_DB_USER:-$(id -un)}" -d "${CCI_DB_NAME:-ccibusiness}")
curl -sf -o /dev/null "$base/status.xhtml" || { echo "No platform at $base: start it with ./run.sh" >&2; exit 1; }

if [ "$(psql "${db[@]}" -At -c "SELECT count(*) FROM app.newsletter WHERE subject LIKE 'Lettre du mois %'")" = 0 ]; then
    psql "${db[@]}" -q -v ON_ERROR_STOP=1 -f bench/activity.sql
    start=$(date +%s)
    psql "${db[@]}" -At -v ON_ERROR_STOP=1 -c "SELECT app.generate_activity(500000, 200000)"
    # The generator rewrote every row of these tables: compacted, as tables that grew by inserts would be.
    for table in account member company membership newsletter_subscription; do
        psql "${db[@]}" -q -c "VACUUM FULL ANALYZE app.$table"
    done
    echo "activity generated in $(( $(date +%s) - start )) s"
fi
psql "${db[@]}" -At -c "SELECT 'accounts ' || (SELECT count(*) FROM app.account) || ', memberships ' || (SELECT count(*) FROM app.membership)
    || ', messages ' || (SELECT count(*) FROM app.message) || ', downloads ' || (SELECT count(*) FROM app.download_log)
    || ', newsletter deliveries ' || (SELECT count(*) FROM app.newsletter_delivery) || ', companies ' || (SELECT count(*) FROM app.company)"

jar=$(mktemp)
trap 'rm -f "$jar"' EXIT
vs=$(curl -s -c "$jar" -b "$jar" "$base/login.xhtml" | grep -o 'name="jakarta.faces.ViewState"[^>]*value="[^"]*"' | head -n 1 \
    | sed 's/.*value="\([^"]*\)"/\1/')
curl -s -o /dev/null -c "$jar" -b "$jar" "$base/login.xhtml" --data-urlencode "login=login" \
    --data-urlencode "login:email=admin@demo.ccibusiness.fr" --data-urlencode "login:password=Demo-CCI-Business-2026" \
    --data-urlencode "login:submit=" --data-urlencode "jakarta.faces.ViewState=$vs"

today=$(date +%F)
two_years=$(date -d "$today - 2 years + 1 day" +%F)
one_year=$(date -d "$today - 1 year + 1 day" +%F)
cci=$(psql "${db[@]}" -At -c "SELECT c.cci_id FROM app.membership m JOIN app.community c ON c.id = m.community_id GROUP BY 1 ORDER BY count(*) DESC LIMIT 1")
community=$(psql "${db[@]}" -At -c "SELECT community_id FROM app.membership GROUP BY 1 ORDER BY count(*) DESC LIMIT 1")

time_page() { # $1 = label, $2 = query string
    local url="$base/admin/dashboard.xhtml?$2" first times
    first=$(curl -s -o /tmp/dashboard.html -w '%{http_code} %{time_total}' -b "$jar" "$url")
    grep -q 'chart-people' /tmp/dashboard.html || { echo "$1: no dashboard ($first)" >&2; return 1; }
    times=$(for _ in $(seq "$n"); do curl -s -o /dev/null -w '%{time_total}\n' -b "$jar" "$url"; done | sort -n)
    echo "$times" | awk -v label="$1" -v first="${first#* }" '{a[NR]=$1} END {printf "%-38s first %5.0f ms   then median %5.0f ms, p95 %5.0f ms, max %5.0f ms (n=%d)\n",
        label, first*1000, a[int((NR+1)/2)]*1000, a[int(NR*0.95+0.5)]*1000, a[NR]*1000, NR}'
}
time_page "platform, two years (months)" "scope=platform&from=$two_years&to=$today"
time_page "platform, one year (weeks)" "scope=platform&from=$one_year&to=$today"
time_page "largest CCI, two years (months)" "scope=cci-$cci&from=$two_years&to=$today"
time_page "largest community, two years (months)" "scope=community-$community&from=$two_years&to=$today"
time_page "largest community, one year (weeks)" "scope=community-$community&from=$one_year&to=$today"
