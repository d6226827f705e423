#!/usr/bin/env bash
# What the benchmark needs beyond scripts/setup.sh (kept apart so CI does not install it): Debian's Hugo,
# built side by side with send-site, and GNU time, which measures each build's CPU time and peak memory.
set -euo pipefail
cd "$(dirname "$0")/.."
missing=()
command -v hugo >/dev/null || missing+=(hugo)
[ -x /usr/bin/time ] || missing+=(time)
if [ ${#missing[@]} -gt 0 ]; then
  apt-get update
  apt-get install -y "${missing[@]}"
fi
dotnet build src/Generator -c Release
dotnet build tests/Generator.Benchmarks -c Release
