#!/usr/bin/env bash
# Twelve people download a newly published 20 MB document of the community space at once, on the
# running platform (./run.sh, demo data): every byte streams from the file store through a 64 KB
# buffer, so the server's heap must not grow with the file's size times the readers. Prints the time,
# the throughput, and the heap used before and at its peak (jstat, every 100 ms), and checks each
# download's SHA-256. Needs psql and jstat on this machine (the database is the platform's).
# Usage: bench/space-download.sh [readers] [megabytes]
set -euo pipefail
cd "$(dirname "$0")/.."
readers=${1:-12}
megabytes=${2:-20}
base=http://localhost:8080
db=(-h "${CCI_DB_HOST:-127.0.0.1}" -p "${CCI_DB_PORT:-5432}" -U "${CCI_DB_USER:-$(id -un)}" -d "${CCI_DB_NAME:-ccibusiness}")
sql() { psql "${db[@]}" -v ON_ERROR_STOP=1 -Atq "$@"; }
. bench/web-lib.sh
curl -sf -o /dev/null "$base/status.xhtml" || { echo "No platform on :8080: start it with ./run.sh" >&2; exit 1; }
server=$(ss -Htlnp 'sport = :8080' | sed -n 's/.*pid=\([0-9]*\).*/\1/p' | head -1)

work=$(mktemp -d)
jstat_pid=""
trap '[ -n "$jstat_pid" ] && kill "$jstat_pid" 2>/dev/null; rm -rf "$work"' EXIT

# A PDF-looking file of the size asked, published as a new version of the demo space's document.
{ printf '%%PDF-1.4\n'; head -c $((megabytes * 1024 * 1024 - 9)) /dev/urandom; } > "$work/report.pdf"
expected=$(sha256sum "$work/report.pdf" | cut -d' ' -f1)
# Put in the file store as the platform does: a numbered file in its directory, with its row.
base_dir=$(tr '\0' '\n' < "/proc/$server/cmdline" | sed -n 's/^-Djboss.server.base.dir=//p')
store=${CCI_FILES_DIR:-$base_dir/data/cci-files/${CCI_DB_NAME:-ccibusiness}}
file=$(sql -c "SELECT nextval('app.stored_file_id_seq')")
mkdir -p "$store/$(printf %03d $((file % 1000)))"
cp "$work/report.pdf" "$store/$(printf %03d $((file % 1000)))/$file"
sql -c "INSERT INTO app.stored_file (id, size_bytes, sha256, created_at) VALUES ($file, $(stat -c %s "$work/report.pdf"), '$expected', now())"
version=$(sql <<SQL
WITH item AS (SELECT i.id FROM app.space_item i JOIN app.account a ON a.id = i.created_by
              WHERE a.email = 'animateur@demo.ccibusiness.fr' AND i.kind = 'DOCUMENT' AND i.removed_at IS NULL
              ORDER BY i.id LIMIT 1),
version AS (INSERT INTO app.document_version (item_id, number, file_name, media_type, size_bytes, sha256, uploaded_by, uploaded_at)
            SELECT item.id, (SELECT max(number) + 1 FROM app.document_version WHERE item_id = item.id), 'rapport-$megabytes-mo.pdf',
                   'application/pdf', $(stat -c %s "$work/report.pdf"), '$expected',
                   (SELECT id FROM app.account WHERE email = 'animateur@demo.ccibusiness.fr'), now()
            FROM item RETURNING id)
INSERT INTO app.document_content (version_id, file_id) SELECT id, $file FROM version RETURNING version_id;
SQL
)
echo "Version $version: $megabytes MB (file $file of the store)"

# The demo member, signed in.
jar="$work/jar"
sign_in membre@demo.ccibusiness.fr Demo-CCI-Business-2026 "$jar"
type=$(curl -s -o /dev/null -w '%{content_type}' -b "$jar" "$base/space/file?v=$version")
[ "$type" = application/pdf ] || { echo "The demo member could not download version $version (got $type)" >&2; exit 1; }

jstat -gc "$server" 100 > "$work/heap" &
jstat_pid=$!
sleep 1
start=$(date +%s.%N)
for n in $(seq "$readers"); do
    curl -s -b "$jar" -o "$work/download-$n" "$base/space/file?v=$version" &
done
for pid in $(jobs -p); do [ "$pid" = "$jstat_pid" ] || wait "$pid"; done
seconds=$(python3 -c "print($(date +%s.%N) - $start)")
sleep 0.5
kill "$jstat_pid"; wait "$jstat_pid" 2>/dev/null || true; jstat_pid=""
read -r before peak old_before old_peak < <(heap "$work/heap")
good=0
for n in $(seq "$readers"); do
    if [ "$(sha256sum "$work/download-$n" | cut -d' ' -f1)" = "$expected" ]; then good=$((good + 1)); fi
done
python3 - "$readers" "$megabytes" "$seconds" "$before" "$peak" "$good" "$old_before" "$old_peak" <<'PY'
import sys
readers, mb, seconds, before, peak, good, old_before, old_peak = (int(sys.argv[1]), int(sys.argv[2]), float(sys.argv[3]),
    int(sys.argv[4]), int(sys.argv[5]), int(sys.argv[6]), int(sys.argv[7]), int(sys.argv[8]))
print(f"{readers} downloads of {mb} MB at once: {seconds:.1f} s, {readers * mb / seconds:.0f} MB/s, {good} of {readers} intact (SHA-256)")
print(f"heap used: {before} MB before, {peak} MB at the peak (+{peak - before} MB for {readers * mb} MB served)")
print(f"old generation: {old_before} MB before, {old_peak} MB at the peak (+{old_peak - old_before} MB)")
PY
