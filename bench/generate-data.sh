#!/usr/bin/env bash
# Fills a database with a region's worth of data for the benchmarks: by default 140,000 companies,
# 250,000 people and 60 communities (what is already there counts toward the communities).
# Usage: bench/generate-data.sh [companies] [people] [communities]   (database from CCI_DB_* or the run one)
set -euo pipefail
cd "$(dirname "$0")/.."
companies=${1:-140000}
people=${2:-250000}
communities=${3:-60}
db=(-h "${CCI_DB_HOST:-127.0.0.1}" -p "${CCI_DB_PORT:-5432}" -U "${CCI_DB_USER:-$(id -un)}" -d "${CCI_DB_NAME:-ccibusiness}")
psql "${db[@]}" -q -v ON_ERROR_STOP=1 -f ejb/src/main/resources/demo/generator.sql
start=$(date +%s)
psql "${db[@]}" -At -v ON_ERROR_STOP=1 -c "SELECT app.generate_data($companies, $people, $communities)"
echo "generated in $(( $(date +%s) - start )) s"
