#!/usr/bin/env bash
# Formal no-failure check (DESIGN.md §8): the rewritten design, with the power
# warning low and an empty NVM that answers every request at once (ack high,
# read data 0), is equivalent to the original at the original ports, from the
# same (all-zero) initial state and for every input sequence, resets included.
#
#   scripts/formal-check.sh --top TOP --rewritten OUT.v [--mutant] [--bmc N] ORIGINAL.v...
#
# Method, in two stages on the rewritten design read back from Verilog, every
# flip-flop zero-initialised and x constants set to 0, proved by ABC's PDR
# (unbounded; --bmc N: bounded to N cycles with bmc3):
#   A. the engine never raises idetic_freeze nor any idetic_load_word bit;
#   B. with those two nets cut to 0, a miter of the original (prepared like
#      checkpoint_insert prepares it) and the rewritten design never differs.
# A and B together give equivalence at the original ports. (A single miter is
# correct too, but PDR does not finish on datapaths with multipliers.)
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
command -v bc >/dev/null || { echo "formal-check: error: bc is not installed (scripts/setup.sh installs it)" >&2; exit 2; }

warn_value="1'b0"
[ "$mutant" = 1 ] && warn_value="1'b1"

# The gate: the rewritten design with the idetic_* inputs tied (warn as chosen,
# ack high, read data 0: an empty NVM that answers at once).
cat > "$work/gate.ys" <<EOT
read_verilog -sv $rewritten
hierarchy -top $top
proc
rename $top gate
cd gate
connect -set idetic_warn $warn_value
connect -set idetic_nvm_ack 1'b1
connect -set idetic_nvm_rdata 0
cd ..
delete -port gate/w:idetic_*
EOT

# Stage A: the engine never freezes the design nor loads a register.
cat > "$work/stage_a.ys" <<EOT
script $work/gate.ys
delete -port gate/o:*
expose gate/w:idetic_freeze gate/w:idetic_load_word
setundef -undriven -zero gate
hierarchy -top gate
flatten; opt_clean; async2sync; dffunmap; setundef -zero -init
techmap; aigmap; setundef -zero -undriven; setundef -zero; opt_clean
write_aiger -zinit -miter $work/stage_a.aig
EOT

# Stage B: with freeze and load cut to 0, the gate equals the original.
cat > "$work/stage_b.ys" <<EOT
read_verilog -sv ${originals[*]}
hierarchy -top $top
proc; flatten; opt_expr -keepdc; opt_clean; dffunmap
rename $top gold
design -stash gold_design
script $work/gate.ys
expose -cut gate/w:idetic_freeze gate/w:idetic_load_word
delete -port gate/w:idetic_*
setundef -undriven -zero gate
design -copy-from gold_design -as gold gold
miter -equiv -flatten -make_assert -ignore_gold_x gold gate miter
hierarchy -top miter
flatten; opt_clean; async2sync; dffunmap; setundef -zero -init
techmap; aigmap; setundef -zero -undriven; setundef -zero
write_aiger -zinit $work/stage_b.aig
EOT

for stage in stage_a stage_b; do
  if ! "$YOSYS" -q -s "$work/$stage.ys" > "$work/$stage.log" 2>&1; then
    echo "formal-check: error: building $stage failed:" >&2
    grep -E "ERROR" "$work/$stage.log" >&2 || tail -5 "$work/$stage.log" >&2
    exit 2
  fi
done

# prove AIG: prints PROVED / CEX / UNDECIDED and the seconds taken
prove() {
  local aig="$1" cmd out rc start secs
  if [ "$bmc" -gt 0 ]; then cmd="read_aiger $aig; bmc3 -F $bmc"; else cmd="read_aiger $aig; strash; scorr; pdr"; fi
  start=$(date +%s.%N)
  out=$(timeout "$timeout_s" "$ABC" -c "$cmd" 2>&1); rc=$?
  secs=$(echo "$(date +%s.%N) - $start" | bc)
  if echo "$out" | grep -qE "Property proved|No output asserted in [0-9]+ frames"; then
    echo "PROVED $secs"
  elif echo "$out" | grep -qiE "was asserted in frame"; then
    echo "CEX $secs $(echo "$out" | grep -oE "asserted in frame [0-9]+" | head -1)"
  elif [ $rc -eq 124 ]; then
    echo "UNDECIDED $secs timeout"
  else
    echo "UNDECIDED $secs $(echo "$out" | tail -1)"
  fi
}

kind="unbounded, PDR"; [ "$bmc" -gt 0 ] && kind="bounded to $bmc cycles, BMC"
read -r a_res a_secs a_more <<< "$(prove "$work/stage_a.aig")"
if [ "$a_res" = CEX ]; then
  printf 'formal-check: %s: NOT equivalent: the engine freezes or loads the design (%s), %.1f s\n' "$top" "$a_more" "$a_secs"
  exit 1
fi
read -r b_res b_secs b_more <<< "$(prove "$work/stage_b.aig")"
if [ "$b_res" = CEX ]; then
  printf 'formal-check: %s: NOT equivalent: counterexample at the original ports (%s), %.1f s\n' "$top" "$b_more" "$b_secs"
  exit 1
fi
if [ "$a_res" = PROVED ] && [ "$b_res" = PROVED ]; then
  printf 'formal-check: %s: PROVED equivalent (%s; engine never freezes: %.1f s, datapath equal: %.1f s)\n' \
    "$top" "$kind" "$a_secs" "$b_secs"
  exit 0
fi
echo "formal-check: $top: undecided (engine: $a_res $a_more; datapath: $b_res $b_more)" >&2
exit 2
