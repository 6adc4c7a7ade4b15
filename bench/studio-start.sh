#!/usr/bin/env bash
# Studio start-up: wall time from launching `./framewright studio examples/sme-alliances.fwk` until the example is
# open in the editor and its diagram drawn (the Studio writes the moment into a report file), under Xvfb.
# Run 1 is cold (fresh workspace, empty OSGi caches); runs 2.. are warm (same workspace and configuration).
# Baseline in the same run: the same product started without a file (the Eclipse workbench alone).
# Target: under 5 s warm. Needs xvfb-run (Debian's xvfb).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
runs="${1:-4}"
command -v xvfb-run >/dev/null || { echo "bench: needs xvfb-run (apt-get install xvfb)" >&2; exit 2; }
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/frameworks"
cp "$root/examples/sme-alliances.fwk" "$root/examples/sme-partnerships.fwk" "$work/frameworks/"

# build the product if needed, outside the timings (a missing file stops the launcher right after the build)
"$root/framewright" studio "$work/frameworks/no-such-file.fwk" 2>/dev/null || true

start_once() { # $1: label, $2: workspace, $3...: files
  local label="$1" workspace="$2"; shift 2
  local report="$work/report-$RANDOM"
  local t0 t1
  t0=$(date +%s%N)
  FRAMEWRIGHT_WORKSPACE="$work/$workspace" FRAMEWRIGHT_STUDIO_JAVA_OPTIONS="-Dframewright.startupReport=$report" \
    xvfb-run -a -s "-screen 0 1600x1000x24" "$root/framewright" studio "$@" >/dev/null 2>&1 &
  local pid=$!
  for _ in $(seq 1 1200); do
    [ -s "$report" ] && break
    sleep 0.05
  done
  t1=$(date +%s%N)
  pkill -f "framewright.startupReport=$report" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  if [ ! -s "$report" ]; then echo "$label: did not start within 60 s" >&2; return 1; fi
  printf '%s\t%6.2f s wall\t(JVM up %5.2f s when ready)\n' "$label" "$(echo "($t1 - $t0) / 1000000000" | bc -l)" "$(echo "$(cat "$report") / 1000" | bc -l)"
}

. "$root/releng/scripts/java-home.sh"
echo "Framewright Studio start-up, $(nproc) cores, $("$(framewright_java_home)/bin/java" -version 2>&1 | head -n 1)"
for i in $(seq 1 "$runs"); do
  label=$([ "$i" = 1 ] && echo "cold" || echo "warm")
  start_once "example-$label" workspace-example "$work/frameworks/sme-alliances.fwk" | sed "s/^/run $i  /"
done
for i in 1 2; do
  start_once "workbench-only" workspace-empty | sed "s/^/baseline $i  /"
done
