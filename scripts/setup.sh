#!/usr/bin/env bash
# Installs what the build and the tests need on a fresh machine that has the .NET SDK and Node.js:
# Debian's Chromium (Playwright's own browser download cannot work here), Java for the Nu Html Checker,
# and the npm packages. Safe to run again: it skips what is already there.
set -euo pipefail
cd "$(dirname "$0")/.."

missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
command -v java >/dev/null 2>&1 || missing+=(default-jre-headless)
if [ ${#missing[@]} -gt 0 ]; then
  echo "setup: installing ${missing[*]} with apt-get"
  sudo_cmd=""
  [ "$(id -u)" -eq 0 ] || sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# --ignore-scripts: vnu-jar's install script would try to download a Java runtime; we use Debian's.
# npm install, not npm ci: npm 11 leaves pagefind's optional packages for other platforms out of the lock
# file and then refuses it in ci. Every dependency is pinned to an exact version in package.json.
if [ ! -f node_modules/vnu-jar/build/dist/vnu.jar ] || [ ! -d node_modules/govuk-frontend ] || [ package.json -nt node_modules/.package-lock.json ]; then
  npm install --ignore-scripts --no-audit --no-fund --no-save --loglevel=error
fi
