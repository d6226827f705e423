#!/usr/bin/env bash
# Measures the gate on the bundled site as docs/performance.md reports it: a cold build (the gate's cache removed),
# a build with nothing changed (every result from the cache), then `check --site output`. Prints each run's wall
# and CPU time, the gate's own lines (pages from the cache, pages opened) and the load average around each run.
# Uses the ReadyToRun generator that build.sh uses. Removes .gate-cache/ first.
set -uo pipefail
cd "$(dirname "$0")/.."
dll=$(scripts/publish-generator.sh 2>/dev/null)
log=$(mktemp -d)
rm -rf .gate-cache
for run in cold cached; do
  echo "== $run: load average $(cut -d' ' -f1-3 /proc/loadavg) at $(date -u +%H:%M:%S) UTC"
  /usr/bin/time -f "$run: %e s wall, %U s user, %S s sys (the generator and the children it waited for)" \
    dotnet "$dll" build --input input --output output --timings > "$log/$run.log" 2>&1
  echo "exit $?"
  grep -E "^gate: ([0-9]+ pages from|passed|FAILED|[0-9]+ pages checked)|^  gate |^  total|wall" "$log/$run.log"
done
echo "== check --site output: load average $(cut -d' ' -f1-3 /proc/loadavg)"
/usr/bin/time -f "check: %e s wall" dotnet "$dll" check --site output > "$log/check.log" 2>&1
echo "exit $?"
grep -E "^gate: (the site|[0-9]+ pages from|passed|FAILED|[0-9]+ pages checked)|wall" "$log/check.log"
echo "== end: load average $(cut -d' ' -f1-3 /proc/loadavg) at $(date -u +%H:%M:%S) UTC; logs in $log"
