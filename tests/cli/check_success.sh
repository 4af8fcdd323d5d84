#!/usr/bin/env bash
# Runs idetic-synth on a valid design and checks its results.
#
#   check_success.sh [--full] [--spaces] [--also FILE]... [--controller WIRE]
#                    SYNTH SUMMARY DESIGN WORKDIR [EXTRA ARGS...]
#
# The design (DESIGN and every --also FILE) is copied into a fresh directory under
# WORKDIR and the tool is run from there with relative paths (with --spaces, every
# directory and file name has spaces). Default: --analyze-only --report --dot; checks
# the report is a valid idetic report naming the controller WIRE (default 'state') with
# at least one state (idetic-report-summary) and the DOT file is a digraph. With --full:
# -o OUT.v instead of --analyze-only, and checks Yosys reads OUT.v back.
set -uo pipefail

full=0
spaces=0
controller=state
also=()
while [ $# -gt 0 ]; do
  case "$1" in
    --full) full=1; shift ;;
    --spaces) spaces=1; shift ;;
    --controller) controller=$2; shift 2 ;;
    --also) also+=("$(cd -- "$(dirname -- "$2")" && pwd)/$(basename -- "$2")"); shift 2 ;;
    *) break ;;
  esac
done
if [ $# -lt 4 ]; then
  echo "usage: $0 [--full] [--spaces] [--also FILE]... [--controller WIRE] SYNTH SUMMARY DESIGN WORKDIR [ARGS...]" >&2
  exit 2
fi
synth=$1 summary=$2 design=$3 workdir=$4
shift 4

fail() {
  echo "FAIL: $*" >&2
  exit 1
}

if [ "$spaces" = 1 ]; then
  src_dir="src dir" out_dir="out dir" file="my design.v" report="the report.json" dot="the graph.dot" out="the out.v"
else
  src_dir=src out_dir=out file=design.v report=report.json dot=graph.dot out=out.v
fi
rm -rf -- "$workdir"
mkdir -p -- "$workdir/$src_dir" "$workdir/$out_dir" || fail "cannot create $workdir"
cp -- "$design" "$workdir/$src_dir/$file" || fail "cannot copy $design"
args=("$src_dir/$file")
n=0
for f in "${also[@]+"${also[@]}"}"; do
  n=$((n + 1))
  extra="$src_dir/${file%.v} $n.v"
  [ "$spaces" = 1 ] || extra="$src_dir/${file%.v}_$n.v"
  cp -- "$f" "$workdir/$extra" || fail "cannot copy $f"
  args+=("$extra")
done
cd -- "$workdir" || fail "cannot cd to $workdir"

args+=(--report "$out_dir/$report" --dot "$out_dir/$dot")
if [ "$full" = 1 ]; then
  args+=(-o "$out_dir/$out")
else
  args+=(--analyze-only)
fi
args+=("$@")

"$synth" "${args[@]}" >stdout.txt 2>stderr.txt
code=$?
if [ "$code" -ne 0 ]; then
  cat stdout.txt stderr.txt >&2
  fail "idetic-synth exited with status $code (args: ${args[*]})"
fi
[ -s "$out_dir/$report" ] || fail "no report at $out_dir/$report"
[ -s "$out_dir/$dot" ] || fail "no DOT graph at $out_dir/$dot"
"$summary" "$out_dir/$report" --expect-controller "$controller" --min-states 1 || fail "the report failed the checks"
head -c 200 "$out_dir/$dot" | grep -q digraph || fail "$out_dir/$dot is not a DOT digraph"
if [ "$full" = 1 ]; then
  [ -s "$out_dir/$out" ] || fail "no Verilog at $out_dir/$out"
  grep -q '^module ' "$out_dir/$out" || fail "$out_dir/$out holds no module"
  yosys=${IDETIC_YOSYS:-yosys}
  "$yosys" -q -p "read_verilog \"$out_dir/$out\"; hierarchy -check -auto-top" ||
    fail "Yosys cannot read back $out_dir/$out"
fi
leftovers=$(find . -name '*.tmp.*' | head -n 5)
[ -z "$leftovers" ] || fail "temporary files left behind: $leftovers"
echo "ok: idetic-synth ${args[*]}"
