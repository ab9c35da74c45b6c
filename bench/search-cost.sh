#!/usr/bin/env bash
# What a directory search costs Lucene alone, on one thread (bench/SearchCost.java): the server's saved
# index copied aside, searched with the long tail bench/directory-benchmark.sh generated, as saved and
# once merged into one segment. Run it with the platform stopped (its index folder then holds a whole
# commit), after bench/generate-data.sh, one start of the platform and one directory benchmark.
# Usage: bench/search-cost.sh
set -euo pipefail
cd "$(dirname "$0")/.."
saved=ear/target/wildfly-39.0.1.Final/standalone/data/directory-index
searches=bench/gatling/target/longtail.txt
[[ -d "$saved" && -f "$searches" ]] || { echo "Needs $saved (a start of ./run.sh) and $searches (bench/directory-benchmark.sh)" >&2; exit 1; }
work=bench/gatling/target/search-cost
rm -rf "$work" && mkdir -p "$work/classes"
mvn -B -q -o install -DskipTests -pl ejb -am > /dev/null
classpath=$(mvn -B -q -o -pl ejb dependency:build-classpath -Dmdep.includeScope=runtime -Dmdep.outputFile=/dev/stdout)
javac -d "$work/classes" -cp "ejb/target/classes:$classpath" bench/SearchCost.java
for layout in saved merged; do
    rm -rf "$work/index" && cp -r "$saved" "$work/index" && rm -f "$work/index/write.lock"
    echo "The index as $layout ($(ls "$work/index"/*.si | wc -l) segments saved):"
    java -Xmx1g -cp "$work/classes:ejb/target/classes:$classpath" fr.ccibusiness.directory.SearchCost "$work/index" "$searches" \
        "$([[ $layout == merged ]] && echo merged || echo as-saved)"
done
