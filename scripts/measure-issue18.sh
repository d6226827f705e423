#!/usr/bin/env bash
# Every speed figure of issue 18 in one run, in order, with the load average beside each (docs/performance.md):
#   1. the bundled site: a cold build, a build with nothing changed, then `check --site output` (measure-gate.sh);
#   2. the pull-request gate at England's size, with the cache main's run leaves, then with none (measure-pr-gate.sh);
#   3. the full gate at England's size: a cold build (no cache), then the same build again (every result cached).
# Takes about half an hour on an idle 2-core machine, most of it the cold England gate.
#   scripts/measure-issue18.sh [corpus-input-folder]
set -uo pipefail
cd "$(dirname "$0")/.."
corpus=${1:-${SEND_SITE_INPUT:-/tmp/send-site-bench/england-20261123/input}}
now=2026-11-23T09:00:00Z
load() { echo "[load average $(cut -d' ' -f1-3 /proc/loadavg) at $(date -u +%H:%M:%S) UTC]"; }
dll=$(scripts/publish-generator.sh 2>/dev/null)
echo "main at $(git rev-parse --short HEAD); $(nproc) cores"

echo "== 1. bundled site"; load
scripts/measure-gate.sh

for cache in warm cold; do
  echo "== 2. pull-request gate at England, $cache cache"; load
  SEND_SITE_DLL=$dll scripts/measure-pr-gate.sh $([[ $cache == cold ]] && echo --cold-cache) "$corpus" | tail -3
done

echo "== 3. full gate at England"
work=$(mktemp -d /tmp/measure-issue18.XXXXXX)
trap 'rm -rf "$work"' EXIT
for run in cold cached; do
  load
  scripts/cpu-of.sh dotnet "$dll" build --input "$corpus" --output "$work/output" --now "$now" --timings > "$work/$run.log" 2>&1
  echo "exit $?"
  grep -E "^gate: ([0-9]+ pages (checked|from)|no page needs|browser time|passed|FAILED)|^Built|^  gate |^  total|^cpu:" "$work/$run.log"
  pages=$(grep -oE "^gate: [0-9]+ pages checked" "$work/$run.log" | grep -oE "[0-9]+" || echo 0)
  gate_ms=$(awk '$1 == "gate" { print $2 }' "$work/$run.log")
  awk -v p="$pages" -v ms="$gate_ms" -v run="$run" 'BEGIN { if (ms > 0) printf "England %s gate: %d pages in %.1f s, %.1f pages/s\n", run, p, ms / 1000, p * 1000 / ms }'
done
load
