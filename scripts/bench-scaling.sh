#!/usr/bin/env bash
# Scaling benchmark of checkpoint_insert against Yosys's own `proc; opt; fsm`
# (docs/BENCH_SCALING.md). Not part of scripts/test.sh.
#
# For each size (states, FF bits) of the ladder 10/100, 20/200, ... doubling ...,
# 2560/25600, 5000/50000 it generates a design with scripts/gen-scaling-design.py and
# runs, one after the other (never in parallel):
#   base      yosys -p 'read_verilog d.v; hierarchy -top scaled'
#   yosys     yosys -p 'read_verilog d.v; hierarchy -top scaled; proc; opt; fsm'
#   analyze   yosys -m idetic.so -p '...; checkpoint_insert -analyze-only'
#   full      yosys -m idetic.so -p '...; checkpoint_insert'   (analysis + plan + rewrite)
#   procd     yosys -p 'read_verilog d.v; hierarchy -top scaled; proc'
#   after     yosys -m idetic.so -p '...; proc; checkpoint_insert'  (the pass in a script
#             that has already run proc, as Yosys's own fsm pass is used; net of procd)
# timing each with /usr/bin/time (wall time, peak RSS; a python resource-module wrapper
# if /usr/bin/time is missing) under a timeout. The times in the table are NET of the
# base run (read_verilog + hierarchy, which all three share); the base time is shown.
# Runs shorter than 2 s are repeated (best of 3). It then prints one Markdown table, the
# fitted growth, and a table of where checkpoint_insert spends its time (from the
# time-stamped Yosys log of the full run: the pass's log headers).
#
# Usage: scripts/bench-scaling.sh [--max-states N] [--min-states N] [--timeout S]
#                                 [--results FILE] [--keep DIR]
#   --max-states N   largest size to run, by states (default: all, up to 5000)
#   --min-states N   smallest size to run (default: 10); with --results, lets the big
#                    sizes run one invocation at a time and still print one table
#   --timeout S      per run, in seconds (default 900); a run over it shows as "> S s"
#   --results FILE   keep measured rows in FILE (TSV): rows of the sizes run now
#                    replace older ones, the table shows every row in the file
#   --keep DIR       keep designs and Yosys logs in DIR (default: a temporary directory)
# Environment: IDETIC_BUILD_DIR (default: build), BENCH_MAX_STATES, BENCH_TIMEOUT.
set -euo pipefail

root=$(cd -- "$(dirname -- "${BASH_SOURCE[0]}")/.." && pwd)
build_dir=${IDETIC_BUILD_DIR:-$root/build}
max_states=${BENCH_MAX_STATES:-all}
min_states=0
timeout_s=${BENCH_TIMEOUT:-900}
results=""
keep=""

usage() { sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//'; }
while [ $# -gt 0 ]; do
  case $1 in
    --max-states) max_states=$2; shift 2 ;;
    --min-states) min_states=$2; shift 2 ;;
    --timeout) timeout_s=$2; shift 2 ;;
    --results) results=$2; shift 2 ;;
    --keep) keep=$2; shift 2 ;;
    -h|--help) usage; exit 0 ;;
    *) echo "bench-scaling: unknown option '$1' (see --help)" >&2; exit 2 ;;
  esac
done
[ "$max_states" = all ] && max_states=1000000000

plugin=$build_dir/idetic.so
gen=$root/scripts/gen-scaling-design.py
if [ ! -f "$plugin" ]; then
  echo "bench-scaling: $plugin not found (build first: scripts/build.sh, or set IDETIC_BUILD_DIR)" >&2
  exit 3
fi
command -v yosys >/dev/null || { echo "bench-scaling: yosys not found" >&2; exit 3; }

if [ -n "$keep" ]; then
  work=$keep; mkdir -p "$work"
else
  work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
fi
[ -n "$results" ] || results=$work/results.tsv
touch "$results"

sizes="10:100 20:200 40:400 80:800 160:1600 320:3200 640:6400 1280:12800 2560:25600 5000:50000"

# measure OUT_PREFIX yosys-args... : runs once under the timeout; writes
# "$OUT_PREFIX.time" = "<wall s> <peak KB> <user s> <sys s>" or "timeout"; the log goes to $OUT_PREFIX.log.
measure() {
  local out=$1; shift
  local rc=0
  if [ -x /usr/bin/time ]; then
    /usr/bin/time -f "%e %M %U %S" -o "$out.tm" timeout -k 10 "$timeout_s" "$@" >"$out.stdout" 2>&1 || rc=$?
  else
    python3 - "$out.tm" "$timeout_s" "$@" >"$out.stdout" 2>&1 <<'EOF' || rc=$?
import resource, subprocess, sys, time
out, limit, cmd = sys.argv[1], float(sys.argv[2]), sys.argv[3:]
t0 = time.monotonic()
p = subprocess.Popen(cmd)
try:
    rc = p.wait(timeout=limit)
except subprocess.TimeoutExpired:
    p.kill(); p.wait(); rc = 124
wall = time.monotonic() - t0
ru = resource.getrusage(resource.RUSAGE_CHILDREN)
open(out, "w").write(f"{wall:.2f} {ru.ru_maxrss} {ru.ru_utime:.2f} {ru.ru_stime:.2f}\n")
sys.exit(rc)
EOF
  fi
  if [ $rc -eq 124 ] || [ $rc -eq 137 ]; then
    echo timeout >"$out.time"
  elif [ $rc -ne 0 ]; then
    echo "bench-scaling: failed ($rc): $*" >&2
    tail -n 5 "$out.stdout" >&2 || true
    [ -f "$out.log" ] && grep -m 3 'ERROR' "$out.log" >&2 || true
    echo failed >"$out.time"
  else
    tail -n 1 "$out.tm" | awk '{ print $1, $2, $3 + $4 }' >"$out.time"
  fi
}

# best OUT_PREFIX yosys-args... : measure, repeated (best wall time of 3) while under 2 s.
best() {
  local out=$1; shift
  measure "$out" "$@"
  local first; first=$(cat "$out.time")
  case $first in timeout|failed) return ;; esac
  if awk -v t="${first%% *}" 'BEGIN { exit !(t < 2) }'; then
    local i
    for i in 2 3; do
      cp "$out.time" "$out.best"
      measure "$out" "$@"
          awk 'NR == FNR { b = $1; bm = $2; bc = $3; next }
           { if ($1 + 0 < b + 0) { b = $1; bc = $3 }; if ($2 + 0 > bm + 0) bm = $2 }
           END { print b, bm, bc }' "$out.best" "$out.time" >"$out.tmp" && mv "$out.tmp" "$out.time"
    done
  fi
}

# The full run uses the default energy model (1 uF). Until the engine's accesses went back to
# back and a save lost its invalidation and index words, its reserve at 5000 states
# (1.294e6 pJ) exceeded one charge (1.26e6 pJ) and this run needed a 1 mF capacitor; now
# 0.661e6 pJ.

for sz in $sizes; do
  n=${sz%%:*}; ff=${sz##*:}
  { [ "$n" -le "$max_states" ] && [ "$n" -ge "$min_states" ]; } || continue
  d=$work/scaled_$n.v
  python3 "$gen" "$n" "$ff" >"$d"
  p=$work/s$n
  echo "bench-scaling: $n states, $ff FF bits ..." >&2
  rd="read_verilog $d; hierarchy -top scaled"
  best "$p.base" yosys -q -t -l "$p.base.log" -p "$rd"
  best "$p.yosys" yosys -q -t -l "$p.yosys.log" -p "$rd; proc; opt; fsm"
  best "$p.analyze" yosys -q -t -l "$p.analyze.log" -m "$plugin" -p "$rd; checkpoint_insert -analyze-only"
  best "$p.full" yosys -q -t -l "$p.full.log" -m "$plugin" -p "$rd; checkpoint_insert"
  best "$p.procd" yosys -q -t -l "$p.procd.log" -p "$rd; proc"
  best "$p.after" yosys -q -t -l "$p.after.log" -m "$plugin" -p "$rd; proc; checkpoint_insert"

  # States found (from the pass's summary line) and the stage times of the full run.
  found=$(sed -n "s/.*idetic analysis of 'scaled': [0-9]* controller(s), \([0-9]*\) states.*/\1/p" \
    "$p.full.log" "$p.analyze.log" 2>/dev/null | head -n 1)
  stages=$(awk '
    function ts(line) { return substr(line, 2, index(line, "]") - 2) + 0 }
    /Executing CHECKPOINT_INSERT pass/ { ci = ts($0) }
    /[0-9]\. Preparing / { prep = ts($0) }
    /[0-9]\. Indexing / { idx = ts($0) }
    /[0-9]\. Detecting controllers/ { det = ts($0) }
    /[0-9]\. Exploring reachable/ { exp_ = ts($0) }
    /[0-9]\. Computing def\/kill\/use/ { fac = ts($0) }
    /idetic analysis of/ { an = ts($0); s = $0; sub(/ ms; .*/, "", s); sub(/.*, /, "", s); ams = s / 1000 }
    /Inserted the checkpoint engine/ { ins = ts($0) }
    function d(a, b) { return a == "" || b == "" ? "-" : sprintf("%.2f", b - a) }
    END {
      if (prep == "") { print "-"; exit }
      aend = an == "" ? "" : ci + ams
      # A run that failed in the rewrite has every stage but the last.
      printf "%s %s %s %s %s %s %s\n", d(prep, idx), d(idx, det), d(det, exp_), d(exp_, fac),
        d(fac, aend), d(aend, an), ins == "" ? "failed" : d(an, ins)
    }' "$p.full.log" 2>/dev/null || echo -)
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$n" "$ff" "${found:--}" "$(cat "$p.base.time")" \
    "$(cat "$p.yosys.time")" "$(cat "$p.analyze.time")" "$(cat "$p.full.time")" "$stages" \
    "$(cat "$p.procd.time")" "$(cat "$p.after.time")" >>"$results.new"
  # Replace an older row of this size.
  awk -F'\t' -v n="$n" '$1 != n' "$results" >"$results.tmp"
  cat "$results.tmp" "$results.new" | sort -t "$(printf '\t')" -k1,1n >"$results"
  rm -f "$results.tmp" "$results.new"
done

awk -F'\t' -v T="$timeout_s" '
  function net(v, b) { split(v, a, " "); t = a[1] - b; return t < 0.01 ? 0.01 : t }
  function cnet(v, b) { split(v, a, " "); t = a[3] - b; return t < 0.01 ? 0.01 : t }
  function ok(v) { return v != "timeout" && v != "failed" && v != "" }
  function growth(what, t, base,    k, steps, x, y, sx, sy, sxx, sxy, m) {
    steps = ""
    for (k = 2; k <= rows; k++)
      if (ok(t[k]) && ok(t[k - 1]) && n[k] <= 2.1 * n[k - 1])
        steps = steps sprintf(" %d->%d: %.2fx;", n[k - 1], n[k],
          exp(log(net(t[k], base[k]) / net(t[k - 1], base[k - 1])) / (log(n[k] / n[k - 1]) / log(2))))
    sx = sy = sxx = sxy = m = 0
    for (k = 1; k <= rows; k++) if (n[k] >= 640 && ok(t[k])) {
      x = log(n[k]) / log(2); y = log(net(t[k], base[k])); sx += x; sy += y; sxx += x * x; sxy += x * y; m++
    }
    printf "Growth per doubling, %s:%s", what, steps == "" ? " -" : steps
    if (m > 1) printf " fitted from 640 states: %.2fx", exp((m * sxy - sx * sy) / (m * sxx - sx * sx))
    print what ~ /^checkpoint_insert/ ? " (target <= about 2.2x)." : "."
  }
  function cellb(v, b, cb) { return sprintf("%.2f (%.2f)", net(v, b), cnet(v, cb)) }
  function cell(v, k) {
    return v == "timeout" ? "> " T " s" : v == "failed" ? "failed" : sprintf("%.2f (%.2f)", net(v, base[k]), cnet(v, cbase[k]))
  }
  {
    k = ++rows; n[k] = $1; ff[k] = $2; found[k] = $3; split($4, bb, " "); base[k] = bb[1]; cbase[k] = bb[3]
    yo[k] = $5; an[k] = $6; fu[k] = $7; st[k] = $8
    split($9, pp, " "); pbase[k] = $9 == "" ? "" : pp[1]; cpbase[k] = pp[3]; af[k] = $10
  }
  END {
    print "| states | FF bits | states found | read;hierarchy s | checkpoint_insert s | peak MB | analyze-only s | yosys proc;opt;fsm s | ratio ci/yosys | growth per doubling | yosys proc s | checkpoint_insert after proc s |"
    print "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
    for (k = 1; k <= rows; k++) {
      mb = "-"; if (ok(fu[k])) { split(fu[k], a, " "); mb = sprintf("%.0f", a[2] / 1024) }
      ratio = "-"; if (ok(fu[k]) && ok(yo[k])) ratio = sprintf("%.2f", net(fu[k], base[k]) / net(yo[k], base[k]))
      g = "-"
      if (k > 1 && ok(fu[k]) && ok(fu[k - 1]) && n[k] <= 2.1 * n[k - 1])
        g = sprintf("%.2f", exp(log(net(fu[k], base[k]) / net(fu[k - 1], base[k - 1])) / (log(n[k] / n[k - 1]) / log(2))))
      pc = "-"; ac = "-"
      if (ok(af[k]) && pbase[k] != "") {
        pc = sprintf("%.2f", pbase[k] - base[k])
        ac = cellb(af[k], pbase[k], cpbase[k])
      } else if (af[k] == "timeout" || af[k] == "failed") ac = cell(af[k], k)
      printf "| %d | %d | %s | %.2f | %s | %s | %s | %s | %s | %s | %s | %s |\n", n[k], ff[k], found[k], base[k],
        cell(fu[k], k), mb, cell(an[k], k), cell(yo[k], k), ratio, g, pc, ac
    }
    print ""
    print "Times are wall seconds (CPU seconds, user + system, in parentheses), net of read_verilog +"
    print "hierarchy (the read;hierarchy column, wall); ratio and growth are from the wall times;"
    print "growth per doubling = (t(n) / t(previous n)) ^ (1 / log2 of the size ratio), checkpoint_insert."
    # Growth of each measurement: step by step and fitted over the sizes from 640 states
    # up that finished (least squares, log t vs log2 n).
    growth("checkpoint_insert", fu, base); growth("checkpoint_insert -analyze-only", an, base)
    growth("yosys proc;opt;fsm", yo, base); growth("checkpoint_insert after proc (net of read; hierarchy; proc)", af, pbase)
    for (k = rows; k >= 1; k--) if (ok(fu[k]) && ok(yo[k])) {
      r = net(fu[k], base[k]) / net(yo[k], base[k])
      printf "Largest size where checkpoint_insert finished (%d states): checkpoint_insert / yosys = %.2f (target <= 1.5): %s.\n", n[k], r, r <= 1.5 ? "ok" : "missed"
      break
    }
    for (k = rows; k >= 1; k--) if (ok(an[k]) && ok(yo[k])) {
      printf "Largest size where -analyze-only finished (%d states): analyze-only / yosys = %.2f.\n", n[k], net(an[k], base[k]) / net(yo[k], base[k])
      break
    }
    print ""
    print "Where checkpoint_insert (full run) spends its time, s (from the time-stamped log headers):"
    print ""
    print "| states | prepare (proc, flatten, opt, dffunmap) | index | detect controllers | explore states | def/kill/use + liveness | plan + report | rewrite |"
    print "|---:|---:|---:|---:|---:|---:|---:|---:|"
    for (k = 1; k <= rows; k++) {
      if (st[k] == "-" || st[k] == "") { printf "| %d | - | - | - | - | - | - | - |\n", n[k]; continue }
      split(st[k], s, " ")
      printf "| %d | %s | %s | %s | %s | %s | %s | %s |\n", n[k], s[1], s[2], s[3], s[4], s[5], s[6], s[7]
    }
  }' "$results"
