#!/usr/bin/env bash
# Measures the gate on the bundled site as docs/performance.md reports it: a cold build (the gate's cache removed),
# a build with nothing changed (every result from the cache), then `check --site output`. Prints each run's wall
# and CPU time (scripts/cpu-of.sh: every process of the run, Chromium's included), the gate's own lines (pages from
# the cache, pages opened, where the browser's time went) and the load average around each run.
# Uses the ReadyToRun generator that build.sh uses. Removes .gate-cache/ first.
set -uo pipefail
cd "$(dirname "$0")/.."
dll=$(scripts/publish-generator.sh 2>/dev/null)
log=$(mktemp -d)
rm -rf .gate-cache
for run in cold cached; do
  echo "== $run: load average $(cut -d' ' -f1-3 /proc/loadavg) at $(date -u +%H:%M:%S) UTC"
  scripts/cpu-of.sh dotnet "$dll" build --input input --output output --timings > "$log/$run.log" 2>&1
  echo "exit $?"
  grep -E "^gate: ([0-9]+ pages from|no page needs|browser time|passed|FAILED|[0-9]+ pages checked)|^  gate |^  total|^cpu:" "$log/$run.log"
done
echo "== check --site output: load average $(cut -d' ' -f1-3 /proc/loadavg)"
scripts/cpu-of.sh dotnet "$dll" check --site output > "$log/check.log" 2>&1
echo "exit $?"
grep -E "^gate: (the site|[0-9]+ pages from|no page needs|passed|FAILED|[0-9]+ pages checked)|^cpu:" "$log/check.log"
echo "== end: load average $(cut -d' ' -f1-3 /proc/loadavg) at $(date -u +%H:%M:%S) UTC; logs in $log"
