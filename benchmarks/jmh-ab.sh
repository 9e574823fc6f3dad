#!/usr/bin/env bash
# Compare two builds of the JMH benchmarks on a host whose speed drifts: both run at the same
# time, each JVM pinned to its own CPU, then again with the CPUs swapped, so that every moment of
# the host meets both. Run one after the other, two runs can differ by more than the change.
#
#   benchmarks/jmh-ab.sh before.jar after.jar 'JwtBenchmark.(issuePair|verifyAccess)' -p algorithm=HS256
#
# The JMH arguments after the two jars go to both runs (default: -f 1 -wi 4 -w 2s -i 8 -r 2s,
# one thread). Needs two CPUs and taskset (util-linux). Outputs stay in $JMH_AB_OUT
# (default target/jmh-ab); the script prints each run's scores, and each round's sum per jar.
set -euo pipefail
if [ $# -lt 3 ]; then
  echo "usage: $0 before.jar after.jar <benchmark regex> [JMH options]" >&2
  exit 2
fi
command -v taskset > /dev/null || { echo "$0 needs taskset (util-linux)" >&2; exit 2; }
[ "$(nproc --all)" -ge 2 ] || { echo "$0 needs two CPUs" >&2; exit 2; }
before=$1 after=$2
shift 2
out=${JMH_AB_OUT:-target/jmh-ab}
mkdir -p "$out"
# JMH refuses an option given twice: a default goes in only when the caller did not give it.
defaults=()
for pair in "-t 1" "-f 1" "-wi 4" "-w 2s" "-i 8" "-r 2s"; do
  option=${pair%% *}
  given=false
  for arg in "$@"; do [ "$arg" = "$option" ] && given=true; done
  if [ "$given" = false ]; then
    read -r -a words <<< "$pair"
    defaults+=("${words[@]}")
  fi
done
run() { # jar cpu file args...
  local jar=$1 cpu=$2 file=$3
  shift 3
  # Each JVM sees one CPU, so its JIT and GC threads stay on it too; JMH's lock file is per host.
  taskset -c "$cpu" java -Djmh.ignoreLock=true -jar "$jar" "${defaults[@]}" "$@" \
    -jvmArgs "-XX:ActiveProcessorCount=1" > "$file" 2>&1
}
for round in 1 2; do
  if [ "$round" = 1 ]; then cb=0 ca=1; else cb=1 ca=0; fi
  run "$before" "$cb" "$out/before-$round.txt" "$@" &
  b=$!
  run "$after" "$ca" "$out/after-$round.txt" "$@" &
  a=$!
  wait "$b" || true
  wait "$a" || true
done
for round in 1 2; do
  for side in before after; do
    file="$out/$side-$round.txt"
    echo "round $round, $side ($([ "$side" = before ] && echo "$before" || echo "$after")):"
    grep -E '^[A-Za-z].*(avgt|thrpt|sample|ss) ' "$file" || { echo "  no scores: see $file"; continue; }
    # The score follows the mode and the count; the error is missing when there are two iterations.
    grep -E '^[A-Za-z].* avgt ' "$file" |
      awk '{ for (i = 1; i <= NF; i++) if ($i == "avgt") { sum += $(i + 2) } } END { if (NR) printf "  sum of averages: %.3f %s\n", sum, $NF }'
  done
done
