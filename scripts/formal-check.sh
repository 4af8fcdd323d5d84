#!/usr/bin/env bash
# Formal no-failure check (DESIGN.md §8): the rewritten design, with the power
# warning low and an empty NVM that answers every request at once (ack high,
# read data 0), is equivalent to the original at the original ports, from the
# same (all-zero) initial state and for every input sequence, resets included.
#
#   scripts/formal-check.sh --top TOP --rewritten OUT.v [--mutant] [--bmc N] ORIGINAL.v...
#
# Method: miter of the original (prepared like checkpoint_insert prepares it) and
# the rewritten design read back from Verilog; every flip-flop zero-initialised,
# x constants set to 0 in both; written as AIGER and proved by ABC's PDR
# (unbounded). --bmc N runs a bounded check of N cycles instead (ABC bmc3).
# --mutant ties the warning HIGH instead of low: the design then stops at a
# checkpoint state, so the check must FAIL (it proves the check is not vacuous).
# Exit: 0 proved, 1 not equivalent (counterexample), 2 usage/tool error or undecided.
set -uo pipefail

top="" rewritten="" mutant=0 bmc=0 timeout_s="${IDETIC_FORMAL_TIMEOUT:-600}"
originals=()
while [ $# -gt 0 ]; do
  case "$1" in
    --top) top="$2"; shift 2 ;;
    --rewritten) rewritten="$2"; shift 2 ;;
    --mutant) mutant=1; shift ;;
    --bmc) bmc="$2"; shift 2 ;;
    -h|--help) sed -n '2,16p' "$0"; exit 0 ;;
    *) originals+=("$1"); shift ;;
  esac
done
if [ -z "$top" ] || [ -z "$rewritten" ] || [ ${#originals[@]} -eq 0 ]; then
  echo "formal-check: usage: formal-check.sh --top TOP --rewritten OUT.v [--mutant] [--bmc N] ORIGINAL.v..." >&2
  exit 2
fi
YOSYS="${IDETIC_YOSYS:-yosys}"
ABC="${IDETIC_YOSYS_ABC:-yosys-abc}"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

warn_value="1'b0"
[ "$mutant" = 1 ] && warn_value="1'b1"

cat > "$work/miter.ys" <<EOT
read_verilog -sv ${originals[*]}
hierarchy -top $top
proc; flatten; opt_expr -keepdc; opt_clean; dffunmap
rename $top gold
design -stash gold_design
read_verilog -sv $rewritten
hierarchy -top $top
proc
rename $top gate
design -copy-from gold_design -as gold gold
delete -port gate/w:idetic_*
connect -set gate/idetic_warn $warn_value
setundef -undriven -zero gate
miter -equiv -flatten -make_assert -ignore_gold_x gold gate miter
hierarchy -top miter
flatten; opt_clean; async2sync; dffunmap; setundef -zero -init
techmap; aigmap; setundef -zero -undriven; setundef -zero
write_aiger -zinit $work/miter.aig
EOT
sed -i "s#^connect -set gate/idetic_warn \(.*\)#cd gate\nconnect -set idetic_warn \1\nconnect -set idetic_nvm_ack 1'b1#; s#^setundef -undriven -zero gate#cd ..\nsetundef -undriven -zero gate#" "$work/miter.ys"

if ! "$YOSYS" -q -s "$work/miter.ys" > "$work/yosys.log" 2>&1; then
  echo "formal-check: error: building the miter failed:" >&2
  grep -E "ERROR" "$work/yosys.log" >&2 || tail -5 "$work/yosys.log" >&2
  exit 2
fi

if [ "$bmc" -gt 0 ]; then
  cmd="read_aiger $work/miter.aig; bmc3 -F $bmc"
else
  cmd="read_aiger $work/miter.aig; pdr"
fi
start=$(date +%s.%N)
out=$(timeout "$timeout_s" "$ABC" -c "$cmd" 2>&1)
rc=$?
secs=$(echo "$(date +%s.%N) - $start" | bc)
stats=$("$ABC" -c "read_aiger $work/miter.aig; print_stats" 2>/dev/null | grep -o "lat = *[0-9]*" | head -1)
if echo "$out" | grep -q "Property proved"; then
  printf 'formal-check: %s: PROVED equivalent (unbounded, PDR), %s, %.1f s\n' "$top" "$stats" "$secs"
  exit 0
fi
if echo "$out" | grep -qE "No output asserted in [0-9]+ frames|No CEX found"; then
  printf 'formal-check: %s: no difference within %s cycles (bounded, BMC), %.1f s\n' "$top" "$bmc" "$secs"
  exit 0
fi
if echo "$out" | grep -qiE "was asserted in frame|Counter-example|cex|falsified"; then
  printf 'formal-check: %s: NOT equivalent: counterexample found (%s), %.1f s\n' "$top" \
    "$(echo "$out" | grep -iE "asserted|frame" | head -1 | tr -s ' ')" "$secs"
  exit 1
fi
[ $rc -eq 124 ] && echo "formal-check: $top: undecided: ABC timed out after ${timeout_s}s" >&2 || \
  { echo "formal-check: $top: undecided:" >&2; echo "$out" | tail -3 >&2; }
exit 2
