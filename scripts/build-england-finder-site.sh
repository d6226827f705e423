#!/usr/bin/env bash
# Builds an England-size site (the 153 areas of src/Generator/Data/england-local-areas.yml, no reports
# or plans) into OUT_DIR, without the gate, to measure the area finder at full size:
#   scripts/build-england-finder-site.sh /tmp/england && scripts/measure-finder.sh /tmp/england
# The input is written to a temporary folder and removed afterwards; nothing here is published.
set -euo pipefail
if [ $# -ne 1 ]; then
  echo "usage: scripts/build-england-finder-site.sh OUT_DIR" >&2
  exit 2
fi
root="$(cd "$(dirname "$0")/.." && pwd)"
input="$(mktemp -d)/input"
trap 'rm -rf "$(dirname "$input")"' EXIT
mkdir -p "$input/pages"
cat > "$input/site.yml" <<'YAML'
title: Area SEND inspections (finder measurement)
base_url: https://example.org/
publisher: Measurement only
contact_email: help@example.org
sample_data: true
sample_notice: A site built only to measure the area finder at England's size. It has no reports.
YAML
# The registry's `abolished` list is not part of the areas schema (yet): keep everything before it.
sed '/^abolished:/,$d' "$root/src/Generator/Data/england-local-areas.yml" > "$input/areas.yml"
cp "$root/input/pages/what-the-outcomes-mean.md" "$input/pages/"
dotnet run --project "$root/src/Generator" -c Release -- build --input "$input" --output "$1" --now 2026-11-23T09:00:00Z --no-gate
