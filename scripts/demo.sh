#!/usr/bin/env bash
# Demo: builds idetic, analyses the GCD example with idetic-synth, prints a summary of the
# report, and checks it: exits non-zero unless the report names the controller `state`
# and has at least one control state.
#
# Writes out/gcd.report.json, out/gcd.dot (and out/gcd.svg when Graphviz is installed).
#   IDETIC_DEMO_DESIGN / IDETIC_DEMO_TOP   analyse another design (default: the GCD example)
#   IDETIC_BUILD_DIR                       the build directory (default build/)
set -euo pipefail

root=$(cd -- "$(dirname -- "${BASH_SOURCE[0]}")/.." && pwd)
cd -- "$root"

if ! build_log=$(scripts/build.sh 2>&1); then
  echo "$build_log" >&2
  echo "demo.sh: the build failed" >&2
  exit 1
fi
bin=${IDETIC_BUILD_DIR:-build}

design=${IDETIC_DEMO_DESIGN:-examples/gcd/gcd.v}
top=${IDETIC_DEMO_TOP:-gcd}
if [ ! -f "$design" ]; then
  echo "demo.sh: the example $design does not exist" >&2
  exit 1
fi

mkdir -p out
report=out/gcd.report.json
graph=out/gcd.dot

echo "\$ $bin/idetic-synth $design --top $top --analyze-only --report $report --dot $graph"
"$bin/idetic-synth" "$design" --top "$top" --analyze-only --report "$report" --dot "$graph"
echo
"$bin/idetic-report-summary" "$report" --expect-controller state --min-states 1
echo
if command -v dot >/dev/null 2>&1; then
  dot -Tsvg "$graph" -o out/gcd.svg
  echo "demo.sh: wrote $report, $graph and out/gcd.svg"
else
  echo "demo.sh: wrote $report and $graph"
fi
echo "demo.sh: OK (controller 'state' found, control states explored)"
