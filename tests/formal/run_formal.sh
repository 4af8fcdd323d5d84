#!/usr/bin/env bash
# Rewrites an example with idetic-synth, then checks it:
#   run_formal.sh formal  EXPECT MUTANT SYNTH TOP WORKDIR SRC...   formal check (EXPECT proved|refuted)
#   run_formal.sh accept  -      -      SYNTH TOP WORKDIR SRC...   Verilator and Icarus accept the output
#   run_formal.sh same    -      -      SYNTH TOP WORKDIR SRC...   the plugin in a Yosys script gives the CLI's result
set -uo pipefail
mode="$1" expect="$2" mutant="$3" synth="$4" top="$5" work="$6"; shift 6
here="$(cd "$(dirname "$0")" && pwd)"
root="$here/../.."
mkdir -p "$work"
out="$work/$top.idetic.v"
# IDETIC_SYNTH_ARGS: extra idetic-synth options (e.g. --policy periodic).
read -r -a extra <<< "${IDETIC_SYNTH_ARGS:-}"
if ! "$synth" "$@" --top "$top" "${extra[@]}" -o "$out" --report "$work/$top.report.json"; then
  echo "run_formal: idetic-synth failed" >&2; exit 1
fi
case "$mode" in
formal)
  args=()
  [ "$mutant" != none ] && args=(--mutant "$mutant")
  "$root/scripts/formal-check.sh" --top "$top" --rewritten "$out" "${args[@]}" "$@"
  rc=$?
  if [ "$expect" = proved ]; then exit $rc; fi
  # A mutant must be refuted (exit 1), not merely undecided (exit 2).
  [ $rc -eq 1 ] && { echo "mutant refuted, as it must be"; exit 0; }
  echo "run_formal: the mutant was NOT refuted (exit $rc)" >&2; exit 1 ;;
accept)
  # Only Yosys needs the ASan runtime a sanitizer test run preloads (scripts/test.sh);
  # preloaded, Icarus's ivl aborts on an assertion of its own string heap.
  env -u LD_PRELOAD verilator --lint-only -Wno-fatal -Wno-lint -Wno-style --top-module "$top" "$out" || exit 1
  env -u LD_PRELOAD iverilog -g2012 -o "$work/$top.vvp" "$out" || exit 1
  echo "Verilator and Icarus accept $out" ;;
same)
  plugin="$(dirname "$synth")/idetic.so"
  files=""
  for f in "$@"; do files="$files $f"; done
  cat > "$work/same.ys" <<EOT
read_verilog -sv -defer $files
hierarchy -check -top $top
proc
checkpoint_insert -report $work/plugin.report.json
write_verilog -noattr $work/plugin.v
EOT
  yosys -q -m "$plugin" -s "$work/same.ys" || exit 1
  # Same Verilog (the engine, the muxes, every name) and the same report but for timing.
  if ! diff -q "$out" "$work/plugin.v" > /dev/null; then
    echo "run_formal: the Yosys-script result differs from idetic-synth's:" >&2
    diff "$out" "$work/plugin.v" | head -20 >&2; exit 1
  fi
  strip() { sed -E 's/"analysis_ms": [0-9.e+-]+/"analysis_ms": 0/' "$1"; }
  if ! diff <(strip "$work/$top.report.json") <(strip "$work/plugin.report.json") > /dev/null; then
    echo "run_formal: the reports differ" >&2; exit 1
  fi
  echo "idetic-synth and 'yosys -m idetic.so ... checkpoint_insert' agree on $top" ;;
*) echo "run_formal: unknown mode $mode" >&2; exit 2 ;;
esac
