#!/usr/bin/env bash
# Sealed responses on the running platform (./run.sh, demo data), two figures of issue 16:
#  1. the deposit of a response of one large file (200 MB by default) as the consultation page's script
#     sends it (bench/chunked-upload.py: chunks sized to the line, each sealed into the file store as it arrives,
#     then the form), and as a form sent whole (no script: one multipart request), against a plain cp
#     of the same file on the same disk; the server's heap sampled by jstat every 100 ms: it must not
#     grow with the file;
#  2. the opening of 100 responses of 5 MB: 100 deposits (the demo member, linked for the run to 100
#     demo companies), the deadline moved into the past in the database, then the demo buyer opens
#     them and downloads every file, decrypted as it streams, each checked against its SHA-256.
# A consultation of the demo buyer is created for the run (reference BENCH-…) and left in the database.
# Needs psql and jstat on this machine. Usage (REPEAT: deposits in chunks of the large file, 5 by default):
#   [REPEAT=5] bench/deposit-benchmark.sh [megabytes] [responses] [response-megabytes]
set -euo pipefail
cd "$(dirname "$0")/.."
megabytes=${1:-200}
responses=${2:-100}
small=${3:-5}
repeat=${REPEAT:-5}
base=http://localhost:8080
db=(-h "${CCI_DB_HOST:-127.0.0.1}" -p "${CCI_DB_PORT:-5432}" -U "${CCI_DB_USER:-$(id -un)}" -d "${CCI_DB_NAME:-ccibusiness}")
sql() { psql "${db[@]}" -v ON_ERROR_STOP=1 -Atq "$@"; }
now() { date +%s.%N; }
# Seconds since $1 (awk: a Python started per figure would itself cost a quarter of a second under pyenv).
elapsed() { awk -v from="$1" -v to="$(now)" 'BEGIN { printf "%.3f\n", to - from }'; }
. bench/web-lib.sh
curl -sf -o /dev/null "$base/status.xhtml" || { echo "No platform on :8080: start it with ./run.sh" >&2; exit 1; }
server=$(ss -Htlnp 'sport = :8080' | sed -n 's/.*pid=\([0-9]*\).*/\1/p' | head -1)
server_log=$(tr '\0' '\n' < "/proc/$server/cmdline" | sed -n 's/^-Dorg.jboss.boot.log.file=//p')
# What the server says the last deposit cost it to hash, seal and store (the wait for the network apart), in s.
sealing() { grep -o 'bytes hashed, sealed and stored in [0-9]* ms' "$server_log" | tail -1 | awk '{ printf "%.3f\n", $(NF - 1) / 1000 }'; }
password=Demo-CCI-Business-2026

work=$(mktemp -d --tmpdir="${TMPDIR:-/var/tmp}")
jstat_pid=""
trap '[ -n "$jstat_pid" ] && kill "$jstat_pid" 2>/dev/null; rm -rf "$work"' EXIT

# A public consultation of the demo buyer, open for a day; the demo member linked to $responses companies.
reference="BENCH-$(date +%s)"
consultation=$(sql <<SQL
INSERT INTO app.consultation (organisation_id, reference, title, object_html, value_band, question_deadline,
                              response_deadline, public_access, status, created_at, published_at)
SELECT o.id, '$reference', 'Banc d''essai des plis', '<p>Mesure.</p>', 'UNDER_40K', now() + interval '1 day',
       now() + interval '2 days', TRUE, 'PUBLISHED', now(), now()
FROM app.buyer_organisation o JOIN app.buyer_member m ON m.organisation_id = o.id
JOIN app.account a ON a.id = m.account_id WHERE a.email = 'donneur@demo.ccibusiness.fr' RETURNING id;
SQL
)
sql <<SQL
INSERT INTO app.company_link (company_id, account_id, status, requested_at, decided_at)
SELECT c.id, a.id, 'APPROVED', now(), now() FROM (SELECT id FROM app.company ORDER BY id LIMIT $responses) c
CROSS JOIN app.account a WHERE a.email = 'membre@demo.ccibusiness.fr'
AND NOT EXISTS (SELECT 1 FROM app.company_link l WHERE l.company_id = c.id AND l.account_id = a.id);
SQL
companies=($(sql -c "SELECT c.id FROM app.company c JOIN app.company_link l ON l.company_id = c.id JOIN app.account a
    ON a.id = l.account_id WHERE a.email = 'membre@demo.ccibusiness.fr' AND l.status = 'APPROVED' ORDER BY c.id LIMIT $responses"))
member="$work/member"
sign_in membre@demo.ccibusiness.fr "$password" "$member"

# Deposits file $1 for company $2; prints the seconds the POST took (upload, sealing, receipt).
deposit() {
    form_state "$base/consultation.xhtml?id=$consultation" "$member"
    local started answer
    started=$(now)
    answer=$(curl -s -b "$member" -c "$member" "$base/consultation.xhtml?id=$consultation" -F "deposit=deposit" \
        -F "deposit:company=$2" -F "deposit:text=Réponse de mesure" -F "deposit:files=@$1;type=application/pdf;filename=offre.pdf" \
        -F "deposit:send=" -F "jakarta.faces.ViewState=$viewstate" -F "primefaces.nonce=$nonce")
    elapsed "$started"
    grep -q "$(sha256sum "$1" | cut -d' ' -f1)" <<<"$answer" || { echo "Deposit of $1 refused: no receipt with its SHA-256" >&2; exit 1; }
}

# Deposits file $1 for company $2 as the page's script does; prints the seconds from the first chunk sent to the
# receipt: the chunks' requests as the uploader times them, then the form's as curl does (neither process's start).
chunked_deposit() {
    form_state "$base/consultation.xhtml?id=$consultation" "$member"
    local token staged sent form
    token=$(grep -o 'data-upload-token="[^"]*"' <<<"$page" | head -1 | sed 's/.*="\([^"]*\)"/\1/')
    read -r staged sent < <(python3 bench/chunked-upload.py "$base" "$member" "$token" "$consultation" "$1")
    echo "$sent" > "$work/chunks"
    form=$(curl -s -o "$work/answer" -w '%{time_total}' -b "$member" -c "$member" "$base/consultation.xhtml?id=$consultation" \
        -F "deposit=deposit" -F "deposit:company=$2" -F "deposit:text=Réponse de mesure" -F "deposit:staged=$staged" \
        -F "deposit:send=" -F "jakarta.faces.ViewState=$viewstate" -F "primefaces.nonce=$nonce")
    awk -v a="$sent" -v b="$form" 'BEGIN { printf "%.3f\n", a + b }'
    grep -q "$(sha256sum "$1" | cut -d' ' -f1)" "$work/answer" || { echo "Chunked deposit of $1 refused: no receipt with its SHA-256" >&2; exit 1; }
}

# 1. One large deposit against cp.
{ printf '%%PDF-1.4\n'; head -c $((megabytes * 1000 * 1000 - 9)) /dev/urandom; } > "$work/large.pdf"
# Each copy three times, after a sync (the file just written is still being flushed): the median.
copies=(); syncs=()
for _ in 1 2 3; do
    sync; started=$(now); cp "$work/large.pdf" "$work/copy.pdf"; copies+=("$(elapsed "$started")")
    rm -f "$work/copy.pdf"
    sync; started=$(now); cp "$work/large.pdf" "$work/copy.pdf"; sync; syncs+=("$(elapsed "$started")")
    rm -f "$work/copy.pdf"
done
median() { printf '%s\n' "$@" | sort -g | sed -n 2p; }
copied=$(median "${copies[@]}"); synced=$(median "${syncs[@]}")
sync
jstat -gc "$server" 100 > "$work/heap" &
jstat_pid=$!
sleep 1
# $repeat deposits in chunks, one after the other (on a server just started, the first is its first deposit): a run's
# figure moves with what the disk and the other core are doing, so each is printed, with the median and the worst.
for _ in $(seq "$repeat"); do
    chunked=$(chunked_deposit "$work/large.pdf" "${companies[0]}")
    echo "$chunked $(cat "$work/chunks") $(sealing)" >> "$work/runs"
    sleep 1
done
deposited=$(deposit "$work/large.pdf" "${companies[0]}")
whole_sealing=$(sealing)
sleep 0.5
kill "$jstat_pid"; wait "$jstat_pid" 2>/dev/null || true; jstat_pid=""
read -r before peak old_before old_peak < <(heap "$work/heap")
rm -f "$work/large.pdf"

# 2. $responses deposits of $small MB, one per company, then the opening.
for n in $(seq 0 $((responses - 1))); do
    { printf '%%PDF-1.4\n'; head -c $((small * 1000 * 1000 - 9)) /dev/urandom; } > "$work/response-$n.pdf"
done
small_started=$(now)
for n in $(seq 0 $((responses - 1))); do
    deposit "$work/response-$n.pdf" "${companies[$n]}" > /dev/null
done
small_deposits=$(elapsed "$small_started")
sql -c "UPDATE app.consultation SET question_deadline = now() - interval '2 minutes', response_deadline = now() - interval '1 minute'
        WHERE id = $consultation"
buyer="$work/buyer"
sign_in donneur@demo.ccibusiness.fr "$password" "$buyer"
form_state "$base/buyer/consultation.xhtml?id=$consultation" "$buyer"
grep -q 'id="opening"' <<<"$page" || { echo "No opening form for the buyer" >&2; exit 1; }
open_started=$(now)
opened=$(curl -s -b "$buyer" -c "$buyer" "$base/buyer/consultation.xhtml?id=$consultation" --data-urlencode "opening=opening" \
    --data-urlencode "opening:open=" --data-urlencode "jakarta.faces.ViewState=$viewstate" --data-urlencode "primefaces.nonce=$nonce")
opening=$(elapsed "$open_started")
links=($(grep -o 'buyer/response-file?f=[0-9]*' <<<"$opened" | sort -u))
[ "${#links[@]}" -ge "$responses" ] || { echo "The opening shows ${#links[@]} files, not $responses" >&2; exit 1; }
expected=$(for n in $(seq 0 $((responses - 1))); do sha256sum "$work/response-$n.pdf" | cut -d' ' -f1; done | sort)
read_started=$(now)
for link in "${links[@]}"; do curl -s -b "$buyer" "$base/$link" | sha256sum | cut -d' ' -f1; done | sort > "$work/read"
reading=$(elapsed "$read_started")
intact=$(comm -12 <(echo "$expected") "$work/read" | wc -l)

python3 - "$megabytes" "$deposited" "$copied" "$synced" "$before" "$peak" "$old_before" "$old_peak" "$responses" "$small" \
    "$small_deposits" "$opening" "$reading" "$intact" "$work/runs" "$whole_sealing" <<'PY'
import sys
a = sys.argv[1:]
mb, deposited, copied, synced = int(a[0]), float(a[1]), float(a[2]), float(a[3])
before, peak, old_before, old_peak = map(int, a[4:8])
n, small, deposits, opening, reading, intact = int(a[8]), int(a[9]), float(a[10]), float(a[11]), float(a[12]), int(a[13])
runs = [tuple(map(float, line.split())) for line in open(a[14])]
whole_sealing = float(a[15])
print(f"cp of a {mb} MB file: {copied:.2f} s (page cache); cp then sync: {synced:.2f} s (medians of 3)")
print(f"deposit of {mb} MB in chunks sized to the line, as the page sends it (each sealed into the file store as it arrives,"
      f" then the form, the receipt), {len(runs)} runs; the server's part is its hashing, sealing and storing"
      f" (encrypt and store, the network apart); target: at most 3x")
for number, (total, chunks, sealing) in enumerate(runs, 1):
    print(f"  run {number}: {total:.2f} s, {mb / total:.0f} MB/s, {total / synced:.1f}x (cp + sync), {total / copied:.1f}x cp;"
          f" chunks {chunks:.2f} s, form and receipt {total - chunks:.2f} s; server's part {sealing:.2f} s,"
          f" {sealing / synced:.1f}x (cp + sync), {sealing / copied:.1f}x cp")


def summary(values):
    values = sorted(values)
    middle, worst = values[len(values) // 2], values[-1]
    within = sum(v <= 3 * synced for v in values)
    return (f"median {middle:.2f} s ({middle / synced:.1f}x), worst {worst:.2f} s ({worst / synced:.1f}x),"
            f" at most 3x (cp + sync) in {within} of {len(values)} runs")


print(f"  end to end: {summary(r[0] for r in runs)}")
print(f"  server's part: {summary(r[2] for r in runs)}")
print(f"deposit of {mb} MB as one form (no script; upload to the server's temporary file, sealing, receipt):"
      f" {deposited:.2f} s, {mb / deposited:.0f} MB/s; / cp: {deposited / copied:.1f}x; / (cp + sync): {deposited / synced:.1f}x;"
      f" of which reading the temporary file, hashing, sealing and storing: {whole_sealing:.2f} s")
print(f"heap used: {before} MB before, {peak} MB at the peak (+{peak - before} MB for the {len(runs) + 1} deposits of {mb} MB);"
      f" old generation {old_before} -> {old_peak} MB (+{old_peak - old_before} MB)")
print(f"{n} deposits of {small} MB: {deposits:.1f} s ({deposits / n * 1000:.0f} ms each)")
print(f"opening of {n} responses: {opening:.2f} s; reading their {n} files ({n * small} MB, decrypted): {reading:.1f} s,"
      f" {n * small / reading:.0f} MB/s; {intact} of {n} intact (SHA-256)")
PY
