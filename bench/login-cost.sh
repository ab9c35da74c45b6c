#!/usr/bin/env bash
# Measures what one sign-in costs on the running platform (./run.sh, demo data): the container realm
# verifies PBKDF2-HMAC-SHA256 at 600,000 iterations. Prints the median and p90 of N sign-ins, and of
# N requests of the same login page without signing in, so the difference is the realm's work.
# Usage: bench/login-cost.sh [N] [base-url]
set -euo pipefail
n=${1:-20}
base=${2:-http://localhost:8080}
email=membre@demo.ccibusiness.fr
password=Demo-CCI-Business-2026
jar=$(mktemp)
trap 'rm -f "$jar"' EXIT

viewstate() {
    curl -s -c "$jar" -b "$jar" "$base/login.xhtml" | grep -o 'name="jakarta.faces.ViewState"[^>]*value="[^"]*"' \
        | head -n 1 | sed 's/.*value="\([^"]*\)"/\1/'
}

post() { # $1 = password; prints the time of the POST alone
    local vs
    vs=$(viewstate)
    curl -s -o /dev/null -w '%{time_total}\n' -c "$jar" -b "$jar" "$base/login.xhtml" \
        --data-urlencode "login=login" --data-urlencode "login:email=$email" \
        --data-urlencode "login:password=$1" --data-urlencode "login:submit=" \
        --data-urlencode "jakarta.faces.ViewState=$vs"
}

stats() { sort -n | awk '{a[NR]=$1} END {printf "median %.0f ms, p90 %.0f ms (n=%d)\n", a[int((NR+1)/2)]*1000, a[int(NR*0.9+0.5)]*1000, NR}'; }

post "$password" >/dev/null   # warm-up
echo -n "sign-in, right password (realm verifies the hash): "
for _ in $(seq "$n"); do rm -f "$jar"; post "$password"; done | stats
echo -n "login page alone (no password check):              "
for _ in $(seq "$n"); do rm -f "$jar"; curl -s -o /dev/null -w '%{time_total}\n' "$base/login.xhtml"; done | stats
