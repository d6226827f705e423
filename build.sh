#!/usr/bin/env bash
# Builds input/ into output/, accessibility gate included. Extra arguments go to `build`,
# e.g. ./build.sh --now 2026-11-23T09:00:00Z
set -euo pipefail
cd "$(dirname "$0")"
scripts/setup.sh
generator=$(scripts/publish-generator.sh)
dotnet "$generator" build --input input --output output "$@"
