#!/usr/bin/env bash
# The pull-request build: the accessibility gate scans the pages this branch changes, plus one page of each
# template, instead of every page. It builds the base branch's input/ without the gate, with this checkout's
# generator, theme and npm packages and the same clock, then builds this branch with --gate-changed-from that
# build: a page that is new, differs byte for byte, or loads a file that differs is scanned (docs/performance.md,
# "The gate at scale"). A branch that changes anything outside input/ (generator, theme, packages, scripts) can
# change any page, so it gets the full gate, as main does.
# Usage: scripts/build-pull-request.sh [BASE_REF]   (default: $GITHUB_BASE_REF, which GitHub sets on pull requests)
set -euo pipefail
cd "$(dirname "$0")/.."
base_ref=${1:-${GITHUB_BASE_REF:-main}}
# Actions' containers run git as another user than the checkout's owner; trust this folder for these calls only.
git() { command git -c safe.directory="$PWD" "$@"; }

git fetch --quiet --no-tags --depth=1 origin "$base_ref"
base=$(git rev-parse FETCH_HEAD)
if ! git diff --quiet "$base" HEAD -- . ':(exclude)input'; then
  echo "This branch changes files outside input/ (compared with $base_ref): running the full gate."
  exec ./build.sh "${@:2}"
fi

scripts/setup.sh
generator=$(scripts/publish-generator.sh)
now=$(date -u +%Y-%m-%dT%H:%M:%SZ)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
git archive "$base" input | tar -x -C "$work"
echo "Building $base_ref ($base) without the gate, to compare with."
dotnet "$generator" build --no-gate --no-search-index --input "$work/input" --output "$work/base-output" --now "$now" >/dev/null
dotnet "$generator" build --input input --output output --now "$now" --gate-changed-from "$work/base-output"
