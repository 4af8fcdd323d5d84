#!/usr/bin/env bash
# Runs idetic-synth --svg on a valid design and checks the picture.
#
#   check_svg.sh [--full] [--dot] SYNTH DESIGN WORKDIR [EXTRA ARGS...]
#
# The design is copied into a fresh directory under WORKDIR and the tool is run from
# there with relative paths, writing into "svg out/" (a name with a space):
#   --report "svg out/report.json" --svg "svg out/the graph.svg"
# plus -o "svg out/out.v" with --full (else --analyze-only) and --dot "svg out/graph.dot"
# with --dot. Checks that
#   * the SVG is a well-formed XML document whose root is an <svg> element;
#   * it holds one node of class "state" per control state of the report, exactly one
#     of them also of class "reset" (the report's reset state), and as many of class
#     "checkpoint" as the report's plan has checkpoint states, the same states;
#   * the title names the design and the checkpoint count, and every state shows its
#     live bits ("live N bits", N from the report);
#   * "svg out/" holds exactly the requested files (no staged DOT without --dot, no
#     temporary file).
set -uo pipefail

full=0
want_dot=0
while [ $# -gt 0 ]; do
  case "$1" in
    --full) full=1; shift ;;
    --dot) want_dot=1; shift ;;
    *) break ;;
  esac
done
if [ $# -lt 3 ]; then
  echo "usage: $0 [--full] [--dot] SYNTH DESIGN WORKDIR [ARGS...]" >&2
  exit 2
fi
synth=$1 design=$2 workdir=$3
shift 3

fail() {
  echo "FAIL: $*" >&2
  exit 1
}

out_dir="svg out"
svg="$out_dir/the graph.svg"
report="$out_dir/report.json"
rm -rf -- "$workdir"
mkdir -p -- "$workdir/src" "$workdir/$out_dir" || fail "cannot create $workdir"
cp -- "$design" "$workdir/src/design.v" || fail "cannot copy $design"
cd -- "$workdir" || fail "cannot cd to $workdir"

args=(src/design.v --report "$report" --svg "$svg")
expected=("report.json" "the graph.svg")
if [ "$full" = 1 ]; then
  args+=(-o "$out_dir/out.v")
  expected+=("out.v")
else
  args+=(--analyze-only)
fi
if [ "$want_dot" = 1 ]; then
  args+=(--dot "$out_dir/graph.dot")
  expected+=("graph.dot")
fi
args+=("$@")

"$synth" "${args[@]}" >stdout.txt 2>stderr.txt
code=$?
if [ "$code" -ne 0 ]; then
  cat stdout.txt stderr.txt >&2
  fail "idetic-synth exited with status $code (args: ${args[*]})"
fi
[ -s "$svg" ] || fail "no SVG at $svg"
head -n 1 "$svg" | grep -Eq '^(<\?xml|<svg)' || fail "$svg does not start with <?xml or <svg"
grep -q '<svg' "$svg" || fail "$svg has no <svg> element"

python3 - "$svg" "$report" <<'EOF' || fail "the SVG does not match the report"
import json, sys
import xml.etree.ElementTree as ET

svg_path, report_path = sys.argv[1], sys.argv[2]
NS = "{http://www.w3.org/2000/svg}"
root = ET.parse(svg_path).getroot()  # raises on malformed XML
assert root.tag == NS + "svg", "root element is %s, not svg" % root.tag
report = json.load(open(report_path))

def classes(g):
    return g.get("class", "").split()

states = {g.get("id"): g for g in root.iter(NS + "g") if "state" in classes(g)}
want_states = {"s%d" % s["id"] for s in report["states"]}
assert len(want_states) == report["state_count"], "report: state_count does not match its states"
assert set(states) == want_states, "state nodes %s, report states %s" % (sorted(states), sorted(want_states))

resets = sorted(i for i, g in states.items() if "reset" in classes(g))
assert resets == ["s%d" % report["reset_state"]], "reset nodes %s, report reset state %s" % (
    resets, report["reset_state"])

checkpoints = sorted(i for i, g in states.items() if "checkpoint" in classes(g))
plan = report["plan"]["checkpoint_states"]
assert len(checkpoints) == len(plan), "%d checkpoint nodes, the plan has %d checkpoint states" % (
    len(checkpoints), len(plan))
assert checkpoints == sorted("s%d" % s for s in plan), "checkpoint nodes %s, plan %s" % (checkpoints, plan)
# Checkpoint nodes are filled, the others are not.
for i, g in states.items():
    fills = [p.get("fill") for p in g.iter(NS + "polygon")]
    filled = any(f not in (None, "none", "white", "transparent") for f in fills)
    assert filled == (i in checkpoints), "%s: fill %s but checkpoint=%s" % (i, fills, i in checkpoints)

texts = ["".join(t.itertext()) for t in root.iter(NS + "text")]
title = "%s: %d control states" % (report["top"], report["state_count"])
assert any(t.startswith(title) and ("%d checkpoint state" % len(plan)) in t for t in texts), \
    "no title '%s ... %d checkpoint states' in %s" % (title, len(plan), texts[:3])
for s in report["states"]:
    sid = "s%d" % s["id"]
    node_texts = ["".join(t.itertext()) for t in states[sid].iter(NS + "text")]
    assert node_texts[0] == sid, "%s: first line %r" % (sid, node_texts[0])
    assert node_texts[-1] == "live %d bits" % s["live_bits"], "%s: %r, report live_bits %d" % (
        sid, node_texts[-1], s["live_bits"])
print("ok: %d states, %d checkpoint states %s, reset %s" % (len(states), len(checkpoints), checkpoints, resets[0]))
EOF

actual=$(cd -- "$out_dir" && ls -A | sort)
wanted=$(printf '%s\n' "${expected[@]}" | sort)
[ "$actual" = "$wanted" ] || fail "'$out_dir' holds [$(echo $actual)], expected [$(echo $wanted)]"
if [ "$want_dot" = 1 ]; then
  head -c 200 "$out_dir/graph.dot" | grep -q digraph || fail "$out_dir/graph.dot is not a DOT digraph"
fi
echo "ok: idetic-synth ${args[*]}"
