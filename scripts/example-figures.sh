#!/usr/bin/env bash
# Prints one Markdown table of figures for every example: controllers, control states,
# flip-flop bits, live bits per state, analysis time, the plan (checkpoint states,
# reserve energy against the full-backup baseline, bits saved) and the area before and
# after the rewrite (Yosys `synth; stat -tech cmos` transistors; the NVM array itself is
# outside the design). Needs a build (scripts/build.sh); not part of the test suite.
#   IDETIC_BUILD_DIR   build directory (default build/)
set -euo pipefail
root=$(cd -- "$(dirname -- "${BASH_SOURCE[0]}")/.." && pwd)
bin=$(cd -- "${IDETIC_BUILD_DIR:-$root/build}" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
ex="$root/examples"

examples=(
  "gcd|gcd|$ex/gcd/gcd.v"
  "vitis_dot|vitis_dot|$ex/vitis_dot/vitis_dot.v $ex/vitis_dot/vitis_dot_mul_32ns_8ns_32_1_1.v"
  "bambu_style|isqrt|$ex/bambu_style/bambu_style.v"
  "calyx_style|main|$ex/calyx_style/calyx_style.sv"
  "call_fsm|call_fsm|$ex/call_fsm/call_fsm.v $ex/call_fsm/mul16_seq.v"
  "speck_core|speck_core|$ex/speck_core/speck_core.v"
)

transistors() { # top files...
  local top="$1"; shift
  yosys -q -p "read_verilog -sv $*; hierarchy -top $top; synth -flatten -top $top; tee -o $work/stat.txt stat -tech cmos" >/dev/null 2>&1
  grep -oE "Estimated number of transistors: *[0-9]+" "$work/stat.txt" | grep -oE "[0-9]+$" | tail -1
}

echo "| example | controllers | states | FF bits | live bits min..max | analysis ms | checkpoints | reserve / full backup | max bits saved (full backup) | transistors before → after (+%) |"
echo "|---|---|---|---|---|---|---|---|---|---|"
for e in "${examples[@]}"; do
  IFS='|' read -r name top files <<< "$e"
  # shellcheck disable=SC2086
  "$bin/idetic-synth" $files --top "$top" -o "$work/$name.v" --report "$work/$name.json" > /dev/null
  row=$(python3 - "$work/$name.json" <<'PY'
import json, sys
r = json.load(open(sys.argv[1]))
ctrl = ", ".join(w for c in r["controllers"] for w in c["wires"])
s = r["summary"]; p = r["plan"]; b = r["baselines"]
ratio = p["reserve_energy_pj"] / b["full_backup_reserve_pj"] if b["full_backup_reserve_pj"] else float("nan")
saved = max(c["saved_bits"] for c in r["nvm_layout"]["checkpoints"])
print(f'{ctrl} | {r["state_count"]} | {r["ff_bits_total"]} | {s["min_live_bits"]}..{s["max_live_bits"]} | '
      f'{s["analysis_ms"]:.0f} | {len(p["checkpoint_states"])} of {r["state_count"]} | {ratio:.2f} | '
      f'{saved} ({b["full_backup_bits"]})')
PY
)
  # shellcheck disable=SC2086
  before=$(transistors "$top" $files)
  after=$(transistors "$top" "$work/$name.v")
  pct=$(python3 -c "print(f'{100.0*($after-$before)/$before:.0f}')")
  echo "| $name | $row | $before → $after (+$pct %) |"
done
