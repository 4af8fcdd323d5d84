#!/usr/bin/env bash
# Runs the CI post-processing step (scripts/hls-postprocess) in full — rewrite, formal
# check, >= 10,000-failure campaign, in both memory modes where a RAM exists — on every
# HLS-style example, and prints one Markdown table (the table of issue 5). Not part of
# ctest (tests/hls runs the campaigns; formal.<ex> the proofs). Exits non-zero if any
# example fails.
#
#   scripts/hls-examples.sh [example ...]      default: all of them
#   IDETIC_BUILD_DIR   build directory (default build/; run scripts/build.sh first)
#   IDETIC_HLS_OUT     output folder (default out/hls)
#   IDETIC_HLS_FAILURES  failures per campaign (default 10000)
set -euo pipefail
root=$(cd -- "$(dirname -- "${BASH_SOURCE[0]}")/.." && pwd)
cd -- "$root"
build=${IDETIC_BUILD_DIR:-build}
out=${IDETIC_HLS_OUT:-out/hls}
failures=${IDETIC_HLS_FAILURES:-10000}
export IDETIC_HLS_RUNTIME_DIR=$root/$out/verilated_rt

declare -A tops=(
  [vitis_ram_call]=vitis_ram_call [pipelined_loop]=pipelined_loop [bambu_rom]=crc_rom
  [legup_nested]=top [calyx_seqmem]=main [catapult_style]=popcnt_sum [aes_like]=aes_like
)
order=(vitis_ram_call pipelined_loop bambu_rom legup_nested calyx_seqmem catapult_style aes_like)
[ $# -gt 0 ] && order=("$@")

rc=0
for ex in "${order[@]}"; do
  [ -n "${tops[$ex]:-}" ] || { echo "hls-examples: unknown example '$ex'" >&2; exit 2; }
  start=$(date +%s)
  if ! scripts/hls-postprocess --idetic-synth "$build/idetic-synth" --top "${tops[$ex]}" --out "$out/$ex" \
       --failures "$failures" "examples/$ex" > "$out.$ex.log" 2>&1; then
    rc=1
  fi
  echo "hls-examples: $ex: $(tail -1 "$out.$ex.log") ($(( $(date +%s) - start )) s)" >&2
done

python3 - "$out" "${order[@]}" <<'PY'
import json, sys
out, exs = sys.argv[1], sys.argv[2:]
print("| example | mode | controllers found | state tuples | FF bits | memory bits (kind/mode) | checkpoints "
      "| bits saved at chosen states, max (of them RAM) | formal | failures injected | mismatches | result |")
print("|---|---|---|---|---|---|---|---|---|---|---|---|")
for ex in exs:
    try:
        s = json.load(open("%s/%s/summary.json" % (out, ex)))
    except OSError:
        print("| %s | - | (no summary) |||||||||| FAIL |" % ex)
        continue
    for m in s["modes"]:
        c = m.get("campaign", {})
        bad = sum(c.get(k, 0) for k in ("mismatches", "hangs", "replays", "image_errors", "protocol_errors"))
        mems = "; ".join(m.get("memories", [])) or "-"
        print("| %s | %s | %s | %s | %s | %s (%s) | %s | %s (%s) | %s | %s | %s | %s |" % (
            ex, m["mode"], ", ".join(m.get("controllers", [])), m.get("states", "-"), m.get("ff_bits", "-"),
            m.get("memory_bits", "-"), mems, m.get("checkpoint_states", "-"), m.get("max_bits_saved", "-"),
            m.get("max_memory_bits_saved", "-"), m.get("formal", "-"), c.get("failures", "-"),
            bad if c else "-", "pass" if m["ok"] else "FAIL: " + m.get("error", "")))
PY
exit $rc
