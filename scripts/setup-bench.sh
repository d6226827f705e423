#!/usr/bin/env bash
# What the benchmark needs beyond scripts/setup.sh (kept apart so CI does not install it): Debian's Hugo,
# built side by side with send-site, and GNU time, which measures each build's CPU time and peak memory.
# Then the ReadyToRun publish of the generator that the benchmark measures (scripts/publish-generator.sh;
# `bench` runs it again itself unless --generator is given) and a Release build of the benchmark.
# Pagefind, run over Hugo's pages as send-site runs it over its own, comes from node_modules (scripts/setup.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
missing=()
command -v hugo >/dev/null || missing+=(hugo)
[ -x /usr/bin/time ] || missing+=(time)
if [ ${#missing[@]} -gt 0 ]; then
  apt-get update
  apt-get install -y "${missing[@]}"
fi
if ! ls node_modules/@pagefind/*/bin/pagefind* >/dev/null 2>&1; then
  echo "Pagefind is missing from node_modules: run scripts/setup.sh (npm ci) first." >&2
  exit 1
fi
scripts/publish-generator.sh
dotnet build tests/Generator.Benchmarks -c Release
