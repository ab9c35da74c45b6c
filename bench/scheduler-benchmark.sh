#!/usr/bin/env bash
# The meeting scheduler's quality and speed on convention-sized instances (bench/SchedulerBenchmark.java):
# per instance the upper bound, the meetings placed, the ratio, idle gaps and time, beside a first-fit
# baseline. Needs no server: it runs the ejb module's classes. Usage: bench/scheduler-benchmark.sh [seed] [gap-ms]
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -o install -DskipTests -pl ejb -am >/dev/null
classpath=$(mvn -B -q -o -pl ejb dependency:build-classpath -Dmdep.includeScope=runtime -Dmdep.outputFile=/dev/stdout)
java -Xmx2g -cp "ejb/target/classes:$classpath" bench/SchedulerBenchmark.java "$@"
