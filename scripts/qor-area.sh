# Area figures of the quality-of-results scripts (scripts/bench-qor,
# scripts/bench-qor-generated): Yosys transistor counts. Sourced, not run; the caller sets
# $work (a scratch directory) and $build (the build directory holding idetic.so).

# The count after synthesis, the same for every figure: dffunmap, because stat -tech cmos has
# no cost for flip-flops with an enable ($_DFFE_*: it prints "0+"); as a plain flip-flop and a
# multiplexer every flip-flop is counted (async2sync first: flip-flops with an asynchronous
# reset have no cost either; their reset becomes a gate). A count that still ends in '+' (a
# cell without a CMOS cost) is reported as such.
cmos_count() { # stat-file
  echo "async2sync; dffunmap; opt_clean; tee -o $1 stat -tech cmos"
}
transistors() { # top files...
  local t="$1"; shift
  yosys -q -p "read_verilog -sv $*; hierarchy -top $t; synth -flatten -top $t; $(cmos_count "$work/stat.txt")" \
    >/dev/null 2>&1 || { echo "?"; return; }
  grep -oE "Estimated number of transistors: *[0-9]+\+?" "$work/stat.txt" | grep -oE "[0-9]+\+?$" | tail -1
}

# The engine's share of the rewritten design: the same rewrite by the plugin, the engine's
# cells split into their own module (submod) before synthesis, that module's count.
engine_transistors() { # top plugin-args -- files...
  local t="$1" args="$2"; shift 3
  yosys -q -m "$build/idetic.so" -p "read_verilog -sv $*; hierarchy -top $t; checkpoint_insert $args; select -set eng c:*idetic_engine*; submod -name idetic_engine_part @eng; synth -top $t; $(cmos_count "$work/estat.txt")" \
    >/dev/null 2>&1 || { echo "?"; return; }
  awk '/^=== idetic_engine_part ===/ {m = 1} m && /Estimated number of transistors/ {print $NF; exit}' "$work/estat.txt"
}
