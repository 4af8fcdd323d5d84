#!/usr/bin/env bash
# Demo of the main job: builds idetic, makes the GCD example survive power failures with
# idetic-synth, prints a summary of the report, and verifies the result:
#   1. the report names the controller `state` and has control states and a plan;
#   2. the formal check proves the rewritten design equivalent to the original when no
#      power failure happens (scripts/formal-check.sh);
#   3. a power-failure campaign injects thousands of failures into the same rewrite in
#      Verilator and compares the outputs with the original's (verilog-tests/).
# Exits non-zero on any failure.
#
# Writes out/gcd.idetic.v, out/gcd.report.json, out/gcd.dot (and out/gcd.svg with Graphviz).
#   IDETIC_BUILD_DIR    the build directory (default build/)
#   IDETIC_DEMO_FAILURES  failures injected by the campaign (default 5000)
set -euo pipefail

root=$(cd -- "$(dirname -- "${BASH_SOURCE[0]}")/.." && pwd)
cd -- "$root"

if ! build_log=$(scripts/build.sh 2>&1); then
  echo "$build_log" >&2
  echo "demo.sh: the build failed" >&2
  exit 1
fi
bin=${IDETIC_BUILD_DIR:-build}

design=examples/gcd/gcd.v
top=gcd
if [ ! -f "$design" ]; then
  echo "demo.sh: the example $design does not exist" >&2
  exit 1
fi

mkdir -p out
report=out/gcd.report.json
graph=out/gcd.dot
rewritten=out/gcd.idetic.v

# The state graph as an SVG too (checkpoint states filled) when Graphviz is there.
svg=()
if command -v dot >/dev/null 2>&1; then
  svg=(--svg out/gcd.svg)
fi
echo "\$ $bin/idetic-synth $design --top $top -o $rewritten --report $report --dot $graph ${svg[*]}"
"$bin/idetic-synth" "$design" --top "$top" -o "$rewritten" --report "$report" --dot "$graph" "${svg[@]}"
echo
"$bin/idetic-report-summary" "$report" --expect-controller state --min-states 1
echo

echo "\$ scripts/formal-check.sh --top $top --rewritten $rewritten $design"
scripts/formal-check.sh --top "$top" --rewritten "$rewritten" "$design"
echo

campaign="$bin/verilog-tests/campaign_gcd"
if [ ! -x "$campaign" ]; then
  echo "demo.sh: $campaign was not built (Verilator missing?)" >&2
  exit 1
fi
failures=${IDETIC_DEMO_FAILURES:-5000}
echo "\$ $campaign --report $bin/verilog-tests/gcd/gcd.report.json --failures $failures --exhaustive"
"$campaign" --report "$bin/verilog-tests/gcd/gcd.report.json" --failures "$failures" --exhaustive
echo
echo "demo.sh: OK: $rewritten survives power failures (formal no-failure proof + $failures injected failures)"
