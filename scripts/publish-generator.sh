#!/usr/bin/env bash
# Publishes the generator ahead-of-time compiled (ReadyToRun) to artifacts/send-site/ and prints the path of
# its dll. A build is a batch job of seconds: with JIT, compiling the generator and its libraries took about
# a fifth of its CPU time at England's scale (perf, docs/performance.md); ReadyToRun code starts compiled.
# Falls back to a plain Release build where no ReadyToRun compiler can be restored for this machine.
set -euo pipefail
cd "$(dirname "$0")/.."
out=artifacts/send-site
if ! dotnet publish src/Generator -c Release --use-current-runtime --self-contained false \
     -p:PublishReadyToRun=true -o "$out" -v quiet -nologo >&2; then
  echo "ReadyToRun publish failed; using a plain Release build instead." >&2
  dotnet publish src/Generator -c Release -o "$out" -v quiet -nologo >&2
fi
echo "$PWD/$out/send-site.dll"
