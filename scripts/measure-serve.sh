#!/usr/bin/env bash
# Measures `serve` after a save (docs/performance.md, "serve: incremental rebuilds"): copies a corpus to a temp
# folder, starts `serve` (the ReadyToRun binary) on it, waits until the preview is complete, then edits one plan
# 10 times (a different sentence each time) and prints, for each save, the milliseconds from the write to the first
# HTTP response from 127.0.0.1 whose page contains the new sentence (curl polls without pause), then the median.
# Between saves it waits for serve to finish the background part of the previous one, as an author pausing would.
#
#   scripts/measure-serve.sh [corpus-input-folder] [runs]
#   SEND_SITE_DLL=artifacts/send-site/send-site.dll scripts/measure-serve.sh   # skip the publish step
set -euo pipefail
cd "$(dirname "$0")/.."
corpus=${1:-/tmp/send-site-bench/england-20261123/input}
runs=${2:-10}
now=2026-11-23T09:00:00Z
dll=${SEND_SITE_DLL:-$(scripts/publish-generator.sh)}

work=$(mktemp -d /tmp/measure-serve.XXXXXX)
pid=""
cleanup() {
  if [[ -n "$pid" ]] && kill -0 "$pid" 2>/dev/null; then
    kill -TERM "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
  fi
  rm -rf "$work"
}
trap cleanup EXIT
cp -r "$corpus" "$work/input"

# A plan that is published at $now: the first whose page the preview serves.
dotnet "$dll" serve --input "$work/input" --now "$now" > "$work/log" 2>&1 &
pid=$!
started=$(date +%s%N)
until grep -q "Watching for changes" "$work/log"; do
  kill -0 "$pid" 2>/dev/null || { cat "$work/log"; echo "serve stopped" >&2; exit 1; }
  sleep 0.05
done
base=$(grep -o 'http://127.0.0.1:[0-9]*/' "$work/log" | head -1)
echo "serve ready after $(( ($(date +%s%N) - started) / 1000000 )) ms at $base"
checks() { grep -c "checked after" "$work/log" || true; }
wait_checked() {
  local want=$1 deadline=$(( $(date +%s) + 120 ))
  while (( $(checks) < want )); do
    (( $(date +%s) < deadline )) || { tail -20 "$work/log"; echo "serve did not finish its checks" >&2; exit 1; }
    sleep 0.05
  done
}
wait_checked 1
echo "first build checked after $(( ($(date +%s%N) - started) / 1000000 )) ms"

plan="" url=""
for file in $(cd "$work/input" && ls plans/*/*.md | sort); do
  area=$(echo "$file" | cut -d/ -f2)
  id=$(basename "$file" .md)
  candidate="${base}areas/$area/plans/$id/"
  if [[ $(curl -s -o /dev/null -w '%{http_code}' "$candidate") == 200 ]]; then
    plan=$file url=$candidate
    break
  fi
done
[[ -n "$plan" ]] || { echo "no published plan found" >&2; exit 1; }
echo "editing $plan, watching $url"

original=$(cat "$work/input/$plan")
nonce=$$
times=()
for i in $(seq 1 "$runs"); do
  sentence="Serve timing sentence $i of run $nonce: the waiting list falls by a further $((i * 7)) children."
  expected=$(checks)
  printf '%s\n\n%s\n' "$original" "$sentence" > "$work/input/$plan.tmp"
  start=$(date +%s%N)
  mv "$work/input/$plan.tmp" "$work/input/$plan"   # an editor's atomic save: write a copy, rename it over
  while ! curl -s "$url" | grep -qF "$sentence"; do :; done
  end=$(date +%s%N)
  ms=$(( (end - start) / 1000000 ))
  times+=("$ms")
  echo "save $i: $ms ms"
  wait_checked $((expected + 1))
done
median=$(printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {if (NR % 2) print a[(NR+1)/2]; else print (a[NR/2] + a[NR/2+1]) / 2}')
echo "median: $median ms over $runs saves (load average: $(cut -d' ' -f1-3 /proc/loadavg))"
grep -E "Showing the update|Site complete" "$work/log" | tail -n $((runs * 2)) | sed 's/^/  serve: /'
