#!/usr/bin/env bash
# Measures the area finder of a built site: bytes to the first result, and keystroke-to-results time in
# headless Chromium. Usage: scripts/measure-finder.sh SITE_DIR [PAGE]   e.g. scripts/measure-finder.sh output areas/
# Prints Markdown tables for docs/budgets.md. Needs Chromium (scripts/setup.sh) like the gate does.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
exec dotnet run -c Release --file "$root/scripts/measure-finder.cs" -- "$@"
