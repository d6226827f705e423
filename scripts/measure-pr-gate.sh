#!/usr/bin/env bash
# Measures the pull-request gate mode as CI runs it (scripts/build-pull-request.sh): a copy of a corpus is the
# base branch, a second copy with one plan edited is the pull request. Timed: the base build without the gate or its
# search index (only its pages are compared), then the branch's build with --gate-changed-from it (search index and
# gate included). The copies are not timed.
# CI restores the build's cache (.gate-cache/, with the search index's parts) from main's last run, so by default an
# untimed build of the base with its search index, and a gate run that opens no page, come first: they leave the cache
# as main's run does (search index parts, and what each page links to). With --cold-cache there
# is no cache, as for the first pull request of a repository.
#
#   scripts/measure-pr-gate.sh [--cold-cache] [corpus-input-folder]
#   SEND_SITE_DLL=artifacts/send-site/send-site.dll scripts/measure-pr-gate.sh   # skip the publish step
# Prints "pull-request gate: N ms" (the bench reads it) and the two parts.
set -euo pipefail
cd "$(dirname "$0")/.."
cache=warm
if [[ ${1:-} == --cold-cache ]]; then cache=cold; shift; fi
corpus=${1:-${SEND_SITE_INPUT:-/tmp/send-site-bench/england-20261123/input}}
now=2026-11-23T09:00:00Z
dll=${SEND_SITE_DLL:-$(scripts/publish-generator.sh)}
work=$(mktemp -d /tmp/measure-pr-gate.XXXXXX)
trap 'rm -rf "$work"' EXIT
cp -r "$corpus" "$work/base"
cp -r "$corpus" "$work/branch"
plan=$(find "$work/branch/plans" -name '*.md' | sort | head -1)
# A local area's typical pull request: one sentence of its plan changed.
printf '\nWe will publish a progress update for families every term.\n' >> "$plan"
if [[ $cache == warm ]]; then
  dotnet "$dll" build --no-gate --input "$work/base" --output "$work/main-output" --now "$now" > "$work/main.log" 2>&1 \
    || { cat "$work/main.log"; exit 1; }
  # What main's full gate keeps of every page besides its result (what the page links to and contains), without
  # opening a page: nothing is new compared with itself.
  dotnet "$dll" check --site "$work/main-output" --changed-from "$work/main-output" --report "$work/main-report" >> "$work/main.log" 2>&1 \
    || { cat "$work/main.log"; exit 1; }
fi
ms() { echo $(( $(date +%s%N) / 1000000 )); }
start=$(ms)
dotnet "$dll" build --no-gate --no-search-index --input "$work/base" --output "$work/base-output" --now "$now" > "$work/base.log" 2>&1 \
  || { cat "$work/base.log"; exit 1; }
middle=$(ms)
dotnet "$dll" build --input "$work/branch" --output "$work/branch-output" --now "$now" \
  --gate-changed-from "$work/base-output" > "$work/branch.log" 2>&1 \
  || { cat "$work/branch.log"; exit 1; }
end=$(ms)
grep -E "pages|scanned|Scanned" "$work/branch.log" | tail -3 || true
echo "cache: $cache (the search index's parts and the gate's results$([[ $cache == warm ]] && echo " from a build of the base, as main's run leaves them"))"
echo "base build without the gate or search index: $((middle - start)) ms; branch build with the gate on changed pages: $((end - middle)) ms"
echo "pull-request gate: $((end - start)) ms"
