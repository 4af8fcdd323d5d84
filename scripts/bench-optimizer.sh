#!/usr/bin/env bash
# Builds and runs the optimizer benchmark (tests/bench/bench_optimizer.cc) and prints,
# per benchmark family, a table: states, edges, CPU time per solve, and the growth of
# the time per doubling of the size, step by step and fitted over all sizes
# (least squares on log(time) vs log2(states)).
#
# Checks the targets of the exact on-demand DP (BM_OnDemandExact/random): under 1 s at
# 10,000 states / 100,000 edges (hard: exit 1 otherwise), and a growth of about 2.2x
# per doubling, fitted over the sizes from 5,000 up (past the cache transitions of
# small sizes; the full-range fit is printed too). BM_SortControl (a plain std::sort)
# shows what the machine's caches alone do to an n log n algorithm over the same sizes.
#
#   IDETIC_BUILD_DIR   build directory (default: build)
#   IDETIC_JOBS        parallel build jobs (default: all cores)
#   BENCH_FILTER       --benchmark_filter regex (default: all benchmarks)
#   BENCH_MIN_TIME     --benchmark_min_time in seconds (default: 0.2)
set -euo pipefail

root=$(cd -- "$(dirname -- "${BASH_SOURCE[0]}")/.." && pwd)
build_dir=${IDETIC_BUILD_DIR:-$root/build}
filter=${BENCH_FILTER:-.}
min_time=${BENCH_MIN_TIME:-0.2}

if [ ! -f "$build_dir/build.ninja" ]; then
  cmake -S "$root" -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
fi
ninja -C "$build_dir" -j "${IDETIC_JOBS:-$(nproc)}" idetic_bench_optimizer >/dev/null
bench=$(find "$build_dir" -name idetic_bench_optimizer -type f -perm -u+x | head -n 1)
if [ -z "$bench" ]; then
  echo "bench-optimizer: idetic_bench_optimizer was not built (is libbenchmark-dev installed?)" >&2
  exit 1
fi

# Newer Google Benchmark wants a unit suffix on --benchmark_min_time.
if "$bench" --benchmark_list_tests --benchmark_min_time=0.01s >/dev/null 2>&1; then min_time="${min_time}s"; fi

csv=$(mktemp)
trap 'rm -f "$csv"' EXIT
"$bench" --benchmark_filter="$filter" --benchmark_min_time="$min_time" --benchmark_format=csv \
  --benchmark_counters_tabular=true 2>/dev/null >"$csv"

awk -F, '
  function unq(s) { gsub(/"/, "", s); return s }
  NR == 1 { for (i = 1; i <= NF; i++) col[unq($i)] = i; next }
  {
    name = unq($col["name"]); split(name, part, "/")
    fam = part[1]; for (i = 2; i < length(part); i++) fam = fam "/" part[i]
    n = part[length(part)] + 0
    t = $col["cpu_time"] + 0; unit = unq($col["time_unit"])
    if (unit == "ns") t /= 1e6; else if (unit == "us") t /= 1e3; else if (unit == "s") t *= 1e3
    if (!(fam in seen)) { seen[fam] = 1; order[++fams] = fam }
    k = ++cnt[fam]; size[fam, k] = n; ms[fam, k] = t; edges[fam, k] = $col["edges"] + 0
    ckpt[fam, k] = $col["checkpoints"] + 0
  }
  END {
    status = 0
    for (f = 1; f <= fams; f++) {
      fam = order[f]
      printf "\n%s\n%10s %10s %12s %14s %16s\n", fam, "states", "edges", "checkpoints", "time/solve", "x per doubling"
      sx = sy = sxx = sxy = 0; m = cnt[fam]
      for (k = 1; k <= m; k++) {
        ratio = "-"
        if (k > 1 && ms[fam, k - 1] > 0)
          ratio = sprintf("%.2f", exp(log(ms[fam, k] / ms[fam, k - 1]) / (log(size[fam, k] / size[fam, k - 1]) / log(2))))
        printf "%10d %10d %12d %11.3f ms %16s\n", size[fam, k], edges[fam, k], ckpt[fam, k], ms[fam, k], ratio
        x = log(size[fam, k]) / log(2); y = log(ms[fam, k])
        sx += x; sy += y; sxx += x * x; sxy += x * y
        if (fam == "BM_OnDemandExact/random" && size[fam, k] == 10000) t10k = ms[fam, k]
      }
      if (m > 1) {
        slope = (m * sxy - sx * sy) / (m * sxx - sx * sx)
        printf "%10s fitted growth, all sizes: %.2fx per doubling\n", "", exp(slope)
      }
      bx = by = bxx = bxy = 0; bm = 0
      for (k = 1; k <= m; k++) if (size[fam, k] >= 5000) {
        x = log(size[fam, k]) / log(2); y = log(ms[fam, k])
        bx += x; by += y; bxx += x * x; bxy += x * y; bm++
      }
      if (bm > 1) {
        big = exp((bm * bxy - bx * by) / (bm * bxx - bx * bx))
        printf "%10s fitted growth, >= 5000 states: %.2fx per doubling\n", "", big
        if (fam == "BM_OnDemandExact/random") fitted = big
      }
    }
    if (t10k != "") {
      printf "\nexact on-demand DP, 10,000 states / 100,000 edges: %.3f ms (target < 1000 ms): %s\n", t10k, (t10k < 1000 ? "ok" : "FAILED")
      if (t10k >= 1000) status = 1
    }
    if (fitted != "")
      printf "exact on-demand DP, growth per doubling from 5,000 states: %.2fx (target about 2.2x): %s\n", fitted, (fitted <= 2.25 ? "ok" : "above 2.2 (see docs/OPTIMIZER.md, Benchmark)")
    exit status
  }' "$csv"
