#!/usr/bin/env bash
# Big power-failure campaigns (docs/HARNESS.md): builds idetic (scripts/build.sh) and
# the campaign executables, then runs for every example (and for every
# <example>_all every-state variant and <example>_small_charge variant that was built)
#   random      --schedule random, >= IDETIC_CAMPAIGN_FAILURES failures (default 10000)
#   mixed       --schedule all: random, in-save, in-restore, repeated, warn-only in turn
#   jitter      as mixed, with the NVM latency drawn per request from 1..4 cycles
#   garbage-nvm as mixed, every run starting from random NVM contents
#   exhaustive  one warned and one sudden failure at every cycle of every vector whose
#               golden run is <= 4000 cycles
# (one axis per line, so a failure says which property broke)
# and the harness self-test campaigns (the hand-written toy design must pass, its
# mutants must be caught). Prints a summary table; exits non-zero if any campaign fails.
# Not part of ctest (ctest runs the small campaign.<name>.quick and harness.* tests).
#
#   scripts/campaign.sh [example ...]     default: all six examples
#
#   IDETIC_BUILD_DIR            build directory (default build/)
#   IDETIC_HAVE_REWRITER=ON     re-configure with the rewritten examples enabled
#   IDETIC_CAMPAIGN_FAILURES    failures per random / mixed campaign (default 10000)
#   IDETIC_CAMPAIGN_SEED        campaign seed (default 1)
#   IDETIC_CAMPAIGN_NO_BUILD=1  do not run scripts/build.sh (use the existing build)
set -euo pipefail

root=$(cd -- "$(dirname -- "${BASH_SOURCE[0]}")/.." && pwd)
cd -- "$root"

build_dir=${IDETIC_BUILD_DIR:-build}
failures=${IDETIC_CAMPAIGN_FAILURES:-10000}
seed=${IDETIC_CAMPAIGN_SEED:-1}

if [ "${IDETIC_CAMPAIGN_NO_BUILD:-0}" != 1 ]; then
  scripts/build.sh
fi
if [ -n "${IDETIC_HAVE_REWRITER:-}" ]; then
  cmake -S . -B "$build_dir" -DIDETIC_HAVE_REWRITER="$IDETIC_HAVE_REWRITER" >/dev/null
fi
cmake --build "$build_dir" --target campaigns -j "$(nproc)"

bin=$build_dir/verilog-tests
examples=("$@")
if [ ${#examples[@]} -eq 0 ]; then
  examples=(gcd vitis_dot bambu_style calyx_style call_fsm speck_core)
  for ex in gcd vitis_dot bambu_style calyx_style call_fsm speck_core; do
    if [ -x "$bin/campaign_${ex}_all" ]; then
      examples+=("${ex}_all")
    fi
    if [ -x "$bin/campaign_${ex}_small_charge" ]; then
      examples+=("${ex}_small_charge")
    fi
  done
fi

log=$(mktemp "${TMPDIR:-/tmp}/idetic-campaign.XXXXXX")
trap 'rm -f "$log"' EXIT
summary=()
status=0

# run LABEL EXPECT_RC EXE ARGS... : runs one campaign, keeps its summary line.
run() {
  local label=$1 expect=$2 exe=$3
  shift 3
  local rc=0
  "$exe" "$@" >"$log" 2>&1 || rc=$?
  local line
  line=$(grep -m1 '^campaign ' "$log" | grep -v 'power-on randomization' || true)
  if [ -z "$line" ]; then
    line="campaign ?: $(tail -n 1 "$log")"
  fi
  summary+=("$label|$line")
  if [ "$rc" -ne "$expect" ]; then
    status=1
    echo "campaign.sh: $label exited with $rc (expected $expect):" >&2
    sed -n '1,20p' "$log" >&2
  fi
}

for ex in "${examples[@]}"; do
  exe=$bin/campaign_$ex
  if [ ! -x "$exe" ]; then
    echo "campaign.sh: no campaign executable for '$ex' ($exe)" >&2
    status=1
    continue
  fi
  report=$bin/$ex/$ex.report.json
  if [ ! -f "$report" ]; then
    # Rewriter not enabled: only the golden runs (the driver against the original).
    run "$ex golden-only" 0 "$exe" --golden-only
    continue
  fi
  run "$ex random" 0 "$exe" --report "$report" --schedule random --failures "$failures" \
      --max-failures-per-run 4 --seed "$seed"
  run "$ex mixed" 0 "$exe" --report "$report" --schedule all --failures "$failures" \
      --seed "$((seed + 1))"
  run "$ex jitter" 0 "$exe" --report "$report" --schedule all --failures "$failures" \
      --latency 1:4 --seed "$((seed + 2))"
  run "$ex garbage-nvm" 0 "$exe" --report "$report" --schedule all --failures "$failures" \
      --nvm-init random --seed "$((seed + 3))"
  run "$ex exhaustive" 0 "$exe" --report "$report" --schedule exhaustive \
      --exhaustive-vectors 1000 --exhaustive-max-cycles 4000 --seed "$seed"
done

# The harness itself: the correct hand-written toy passes, every mutant is caught.
toy_report=verilog-tests/designs/toy_acc.report.json
run "toy (self-test)" 0 "$bin/campaign_toy_acc" --report "$toy_report" --schedule all \
    --failures "$failures" --exhaustive --exhaustive-vectors 3 --latency 1:4 --seed "$seed"
run "toy mutant: dropped register" 0 "$bin/campaign_toy_acc_mutant1" \
    --report verilog-tests/designs/toy_acc_mutant_dropreg.report.json --failures 1000 --expect mismatch
run "toy mutant: header first" 0 "$bin/campaign_toy_acc_mutant2" --report "$toy_report" \
    --no-image-check --schedule in-save --failures 1000 --expect mismatch
run "toy mutant: no empty record" 0 "$bin/campaign_toy_acc_mutant3" --report "$toy_report" \
    --failures 1000 --expect replay

echo
printf '%-36s %8s %9s %10s %6s %8s %6s %9s %8s %8s %9s %11s  %s\n' \
  campaign runs failures mismatches hangs replays image protocol saves restores time failures/s verdict
for entry in "${summary[@]}"; do
  label=${entry%%|*}
  line=${entry#*|}
  get() { sed -n "s|.* $1=\([^ ]*\).*|\1|p" <<<"$line"; }
  verdict=${line##*] }
  if [[ $line == *golden-only* ]]; then
    printf '%-36s %s\n' "$label" "${line#*: }"
    continue
  fi
  printf '%-36s %8s %9s %10s %6s %8s %6s %9s %8s %8s %9s %11s  %s\n' "$label" \
    "$(get runs)" "$(get failures)" "$(get mismatches)" "$(get hangs)" "$(get replays)" \
    "$(get image_errors)" "$(get protocol_errors)" "$(get saves)" "$(get restores)" \
    "$(get time)" "$(get failures/s)" "$verdict"
done
if [ ! -f "$bin/${examples[0]}/${examples[0]}.report.json" ]; then
  echo
  echo "campaign.sh: the examples ran golden-only; build with IDETIC_HAVE_REWRITER=ON" \
       "(IDETIC_HAVE_REWRITER=ON scripts/campaign.sh) once idetic-synth writes checkpointed Verilog."
fi
exit "$status"
