# Shared by the benchmarks that drive the running platform's pages with curl. Needs $base and $work.

# Signs $1 in with password $2, cookies in jar $3 (the login page is a Faces form: its view state and
# PrimeFaces nonce go with it).
sign_in() {
    form_state "$base/login.xhtml" "$3"
    curl -s -o /dev/null -c "$3" -b "$3" "$base/login.xhtml" --data-urlencode "login=login" \
        --data-urlencode "login:email=$1" --data-urlencode "login:password=$2" --data-urlencode "login:submit=" \
        --data-urlencode "jakarta.faces.ViewState=$viewstate" --data-urlencode "primefaces.nonce=$nonce"
}

# Loads page $1 with jar $2; sets $page, $viewstate (its first form's) and $nonce (the answer's).
form_state() {
    page=$(curl -s -D "$work/headers" -c "$2" -b "$2" "$1")
    viewstate=$(grep -o 'name="jakarta.faces.ViewState"[^>]*value="[^"]*"' <<<"$page" | head -1 | sed 's/.*value="\([^"]*\)"/\1/')
    nonce=$(grep -io "content-security-policy:.*" "$work/headers" | grep -o "nonce-[^']*" | head -1 | sed 's/nonce-//')
}

# From jstat -gc samples (file $1): heap used (survivors, eden, old generation) first and at its peak,
# and the old generation alone first and at its peak, in MB. Chunks that die young churn the first;
# only files held whole would grow the second.
heap() { awk 'NR > 1 && $1 ~ /^[0-9.]+$/ { used = ($3 + $4 + $6 + $8) / 1024; old = $8 / 1024
                if (first == "") { first = used; firstOld = old } if (used > peak) peak = used; if (old > peakOld) peakOld = old }
              END { printf "%d %d %d %d\n", first, peak, firstOld, peakOld }' "$1"; }
