# Shared by the crash benchmarks (outbox-crash.sh, newsletter-crash.sh): a slow SMTP sink on port 2526
# that writes each recipient to "$received", one line each, and start(), which starts a server in the
# background with its process id in "$pidfile" and waits for it to answer. Expects $count, $delay and
# CCI_DB_NAME set; drops that database first; stops the sink and the server on exit.
source bench/retention-lib.sh
export CCI_SMTP_PORT=2526
server=ear/target/wildfly-39.0.1.Final
work=$(mktemp -d)
received="$work/received"
pidfile="$work/server.pid"
: > "$received"

curl -s -o /dev/null http://localhost:8080/ && { echo "Something answers on :8080: stop it first" >&2; exit 1; }
psql -h "${CCI_DB_HOST:-127.0.0.1}" -d postgres -qc "DROP DATABASE IF EXISTS $CCI_DB_NAME WITH (FORCE)"

# A relay that takes $delay ms per message and writes each recipient to a file, one line each.
python3 - "$received" "$delay" > "$work/sink.log" 2>&1 <<'PY' &
import asyncore, smtpd, sys, time, warnings
warnings.filterwarnings("ignore")
out, delay = sys.argv[1], int(sys.argv[2]) / 1000
class Sink(smtpd.SMTPServer):
    def process_message(self, peer, mailfrom, rcpttos, data, **kwargs):
        time.sleep(delay)
        with open(out, "a") as f:
            f.write("".join(r + "\n" for r in rcpttos))
Sink(("127.0.0.1", 2526), None)
asyncore.loop()
PY
sink=$!
trap 'kill $sink 2>/dev/null || true; [ -f "$pidfile" ] && kill "$(cat "$pidfile")" 2>/dev/null || true' EXIT

starts=0
start() {
    starts=$((starts + 1))
    (LAUNCH_JBOSS_IN_BACKGROUND=1 JBOSS_PIDFILE="$pidfile" setsid "$@" > "$work/server-$starts.log" 2>&1 &)
    for _ in $(seq 1 120); do
        curl -s http://localhost:8080/status.xhtml | grep -q '>OK<' && return 0
        sleep 1
    done
    echo "The server did not start; see $work" >&2
    exit 1
}
