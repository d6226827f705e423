#!/usr/bin/env bash
# Runs a command and prints the CPU seconds (user + system) of every process it started, by program, e.g.
#   scripts/cpu-of.sh dotnet artifacts/send-site/send-site.dll check --site output
# GNU time misses Chromium (Playwright starts it in a session of its own and nobody waits for it through the
# generator), so this samples /proc every 0.3 s for every descendant of the command and keeps each one's last figure.
# A process that lives less than 0.3 s may be missed; the gate's are long-lived. The command's exit code is kept.
set -uo pipefail
tick=$(getconf CLK_TCK)
samples=$(mktemp)
trap 'rm -f "$samples"' EXIT
start=$(date +%s%N)
"$@" &
root=$!
sample() {
  # After "pid (name) ": $2 is the parent, $12 and $13 the user and system ticks.
  awk -v root="$root" '{
    name = $2; gsub(/[()]/, "", name); sub(/^[^)]*\) /, "");
    split(FILENAME, parts, "/"); pid = parts[3];
    parent[pid] = $2; label[pid] = name; ticks[pid] = $12 + $13
  }
  END {
    for (pid in ticks) {
      for (up = pid; up != "" && up != 0 && up != 1; up = parent[up]) {
        if (up == root) { print pid, label[pid], ticks[pid]; break }
      }
    }
  }' /proc/[0-9]*/stat 2>/dev/null >> "$samples"
}
while kill -0 "$root" 2>/dev/null; do
  sample
  sleep 0.3
done
wait "$root"
code=$?
end=$(date +%s%N)
awk -v tick="$tick" -v wall="$(( (end - start) / 1000000 ))" '
  { if ($3 > last[$1]) last[$1] = $3; name[$1] = $2 }
  END {
    for (pid in last) { byName[name[pid]] += last[pid]; total += last[pid] }
    line = sprintf("cpu: %.1f s of CPU in %.1f s of wall time:", total / tick, wall / 1000);
    for (n in byName) line = line sprintf(" %s %.1f s,", n, byName[n] / tick);
    sub(/,$/, "", line); print line
  }' "$samples" >&2
exit "$code"
