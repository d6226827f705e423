#!/usr/bin/env bash
# Runs every test: unit, whole-pipeline and the gate in real Chromium.
set -euo pipefail
cd "$(dirname "$0")"
scripts/setup.sh
dotnet test SendSite.slnx -c Release --logger "console;verbosity=normal" "$@"
