#!/usr/bin/env bash
# Formal no-failure check (DESIGN.md §8): the rewritten design, with the power
# warning low and an empty NVM that answers every request at once (ack high,
# read data 0), is equivalent to the original at the original ports, for every
# input sequence, resets included, from the same initial state, once the boot
# check after reset is over (the design is held in its reset state while the
# engine reads the two NVM headers; docs/NVM_PROTOCOL.md).
#
#   scripts/formal-check.sh --top TOP --rewritten OUT.v [--mutant warn|freeze] ORIGINAL.v...
#
# Two stages on the rewritten design read back from Verilog:
#   A. the engine holds the design only while booting (idetic_freeze_after_boot
#      stays 0) and never loads a register (idetic_load_word stays 0): ABC's PDR,
#      unbounded, every flip-flop zero-initialised;
#   B. with idetic_freeze and idetic_load_word cut to 0, the rewritten design
#      equals the original (prepared the way checkpoint_insert prepares it):
#      Yosys equiv_make / equiv_simple / equiv_induct, signals paired by name,
#      unbounded induction.
# A design rewritten with -policy periodic (its engine has a `hold_off` register) pauses
# for its saves whatever the warning: stage A then proves only that nothing is ever
# loaded from the empty NVM; stage B is unchanged (the pauses are the freeze it cuts).
# Mutants, which must FAIL (so that a pass is not vacuous):
#   --mutant warn    ties the warning HIGH: the design stops at a checkpoint (stage A);
#   --mutant freeze  cuts idetic_freeze to 1 instead of 0: the design never moves (stage B).
# Exit: 0 proved, 1 not equivalent (counterexample), 2 usage/tool error or undecided.
set -uo pipefail

top="" rewritten="" mutant="" timeout_s="${IDETIC_FORMAL_TIMEOUT:-600}"
originals=()
while [ $# -gt 0 ]; do
  case "$1" in
    --top) top="$2"; shift 2 ;;
    --rewritten) rewritten="$2"; shift 2 ;;
    --mutant) mutant="$2"; shift 2 ;;
    -h|--help) sed -n '2,23p' "$0"; exit 0 ;;
    *) originals+=("$1"); shift ;;
  esac
done
if [ -z "$top" ] || [ -z "$rewritten" ] || [ ${#originals[@]} -eq 0 ]; then
  echo "formal-check: usage: formal-check.sh --top TOP --rewritten OUT.v [--mutant warn|freeze] ORIGINAL.v..." >&2
  exit 2
fi
case "$mutant" in ""|warn|freeze) ;; *) echo "formal-check: --mutant takes warn or freeze" >&2; exit 2 ;; esac
YOSYS="${IDETIC_YOSYS:-yosys}"
ABC="${IDETIC_YOSYS_ABC:-yosys-abc}"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

warn_value="1'b0"; freeze_cut="1'b0"
[ "$mutant" = warn ] && warn_value="1'b1"
[ "$mutant" = freeze ] && freeze_cut="1'b1"

# The gate: the rewritten design with the idetic_* inputs tied.
cat > "$work/gate.ys" <<EOT
read_verilog -sv $rewritten
hierarchy -top $top
proc
flatten
memory_collect
rename $top gate
cd gate
connect -set idetic_warn $warn_value
connect -set idetic_nvm_ack 1'b1
connect -set idetic_nvm_rdata 0
cd ..
delete -port gate/w:idetic_*
EOT

periodic=0
grep -q 'idetic_engine\.hold_off' "$rewritten" && periodic=1
stage_a_bad="gate/w:idetic_freeze_after_boot gate/w:idetic_load_word"
[ $periodic = 1 ] && stage_a_bad="gate/w:idetic_load_word gate/w:idetic_clear"

# Stage A: bad states are idetic_freeze_after_boot or any idetic_load_word bit.
cat > "$work/stage_a.ys" <<EOT
script $work/gate.ys
# Memory contents do not matter to the engine: read data become free inputs.
delete gate/t:\$mem_v2
setundef -undriven -anyseq gate
delete -port gate/o:*
expose $stage_a_bad
setundef -undriven -zero gate
hierarchy -top gate
flatten; opt_clean; async2sync; dffunmap; setundef -zero -init
techmap; aigmap; setundef -zero -undriven; setundef -zero; opt_clean
write_aiger -zinit -miter $work/stage_a.aig
EOT

# Kept (non-volatile) RAMs are not written while idetic_mem_hold = freeze | reset: the
# documented deviation (docs/MEMORIES.md). Stage B cuts it to 0 like the freeze; stage A
# proves the freeze part never acts after boot.
mem_hold_cut=""; mem_hold_set=""
if grep -q "idetic_mem_hold" "$rewritten"; then
  mem_hold_cut="gate/w:idetic_mem_hold"
  mem_hold_set="connect -set idetic_mem_hold.i 1'b0"
fi

# A design with a reset reads (reset OR idetic_clear): the engine's clear after a restore
# whose checksum failed. Stage A proves it never rises after boot (it is part of
# idetic_freeze_after_boot); stage B cuts it to 0 like the freeze.
clear_cut=""; clear_set=""
if grep -q "idetic_design_reset" "$rewritten"; then
  clear_cut="gate/w:idetic_clear"
  clear_set="connect -set idetic_clear.i 1'b0"
fi

# Stage B: with freeze and load cut, the gate equals the original.
cat > "$work/stage_b.ys" <<EOT
read_verilog -sv ${originals[*]}
hierarchy -top $top
proc; flatten; memory_collect; memory_map; opt_expr -keepdc; opt_clean; dffunmap
rename $top gold
design -stash gold_design
script $work/gate.ys
expose -cut gate/w:idetic_freeze gate/w:idetic_load_word $mem_hold_cut $clear_cut
delete -port gate/w:idetic_*
cd gate
connect -set idetic_freeze.i $freeze_cut
$mem_hold_set
$clear_set
cd ..
setundef -undriven -zero gate
# No enable / sync-reset extraction (-nodffe -nosdff): opt_dff would turn the Q-feedback
# inputs of the muxes in front of a flip-flop into x (harmless for the flip-flop, which
# is then disabled) and drop reset muxes, and so change named wires that equiv_make
# pairs with the gold's (a LegUp next_state or a select feeding one register only).
opt -fast -nodffe -nosdff gate
# Memories are mapped to words after the freeze is cut, so the write-enable gating of
# kept (non-volatile) RAMs is gone and both sides map the same memory the same way.
memory_map gate
opt -fast -nodffe -nosdff gate
design -copy-from gold_design -as gold gold
async2sync
equiv_make gold gate equiv
hierarchy -top equiv
equiv_simple -seq 2
equiv_induct -seq 2
equiv_status -assert
EOT

start=$(date +%s%N)
if ! "$YOSYS" -q -s "$work/stage_a.ys" > "$work/stage_a.log" 2>&1; then
  echo "formal-check: error: building the stage A model failed:" >&2
  grep -E "ERROR" "$work/stage_a.log" >&2 || tail -5 "$work/stage_a.log" >&2
  exit 2
fi
out=$(timeout "$timeout_s" "$ABC" -c "read_aiger $work/stage_a.aig; pdr" 2>&1); rc=$?
a_ms=$(( ($(date +%s%N) - start) / 1000000 ))
if echo "$out" | grep -q "was asserted in frame"; then
  echo "formal-check: $top: NOT equivalent: the engine holds or loads the design after boot ($(echo "$out" | grep -oE "asserted in frame [0-9]+" | head -1)), stage A ${a_ms} ms"
  exit 1
fi
if ! echo "$out" | grep -q "Property proved"; then
  [ $rc -eq 124 ] && echo "formal-check: $top: undecided: stage A timed out after ${timeout_s}s" >&2 ||
    { echo "formal-check: $top: undecided in stage A:" >&2; echo "$out" | tail -3 >&2; }
  exit 2
fi

start=$(date +%s%N)
timeout "$timeout_s" "$YOSYS" -q -l "$work/stage_b.log" -s "$work/stage_b.ys" > "$work/stage_b.out" 2>&1; rc=$?
b_ms=$(( ($(date +%s%N) - start) / 1000000 ))
if [ $rc -ne 0 ]; then
  if grep -qE "unproven|Found [0-9]+ unproven" "$work/stage_b.log"; then
    echo "formal-check: $top: NOT equivalent: $(grep -oE "[0-9]+ unproven [^ ]+ cells" "$work/stage_b.log" | tail -1) (stage B ${b_ms} ms)"
    exit 1
  fi
  echo "formal-check: $top: error in stage B:" >&2
  grep -E "ERROR" "$work/stage_b.log" >&2 || tail -5 "$work/stage_b.log" >&2
  exit 2
fi
cells=$(grep -oE "Found [0-9]+ \\\$equiv cells" "$work/stage_b.log" | grep -oE "[0-9]+" | head -1)
what="engine holds only while booting"
[ $periodic = 1 ] && what="periodic engine: never loads from an empty NVM; its pauses are the freeze"
echo "formal-check: $top: PROVED equivalent, unbounded ($what: PDR ${a_ms} ms; ${cells:-?} paired signals equal: equiv_induct ${b_ms} ms)"
exit 0
