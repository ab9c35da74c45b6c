#!/usr/bin/env bash
# Regenerates the official reference data migration from the pinned npm packages:
#   NAF rev. 2 codes        @socialgouv/codes-naf            (Apache-2.0)
#   regions, departments,
#   communes, postal codes  @etalab/decoupage-administratif  (MIT, INSEE's official geography)
# Writes ejb/src/main/resources/db/migration/V2__reference_data.sql. A new version of the data goes
# into a new migration (copy this output to V<n>__…, with upserts), never into an applied one.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
naf_version=1.1.1
geo_version=6.0.0
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

cd "$work"
npm pack --silent "@socialgouv/codes-naf@$naf_version" "@etalab/decoupage-administratif@$geo_version" >/dev/null
mkdir naf geo
tar xzf "socialgouv-codes-naf-$naf_version.tgz" -C naf
tar xzf "etalab-decoupage-administratif-$geo_version.tgz" -C geo

node "$here/to-sql.mjs" "$work/naf/package/index.json" "$work/geo/package/data" \
    "codes-naf@$naf_version, decoupage-administratif@$geo_version" \
    > "$here/../../ejb/src/main/resources/db/migration/V2__reference_data.sql"
echo "written: ejb/src/main/resources/db/migration/V2__reference_data.sql"
