#!/usr/bin/env bash
# Renders harvester voltage traces (campaign_<ex> ... --harvester ... --vtrace trace.csv,
# docs/HARVESTER.md) as one SVG with gnuplot: the capacitor voltage over wall cycles, one
# panel per (file, mode), the v_on / v_off / warning voltages as dashed lines, and the
# events marked: warning, power failure (x; in a save: boxed x), save, restore, boot, done.
#
#   scripts/plot-voltage.sh [-o out.svg] [--vector I] [--from C] [--to C] trace.csv [more.csv ...]
#
#   -o FILE      output (default: the first trace with .svg instead of .csv; a .png name
#                gives a PNG instead)
#   --vector I   which input vector to plot (default: the first one in each file)
#   --from/--to  wall-cycle window (default: the whole trace)
# Needs gnuplot (Debian package gnuplot-nox; scripts/setup.sh installs it).
set -euo pipefail

out="" vector="" from="" to=""
files=()
while [ $# -gt 0 ]; do
  case "$1" in
    -o) out="$2"; shift 2 ;;
    --vector) vector="$2"; shift 2 ;;
    --from) from="$2"; shift 2 ;;
    --to) to="$2"; shift 2 ;;
    -h|--help) sed -n '2,14p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    -*) echo "plot-voltage: unknown option $1" >&2; exit 2 ;;
    *) files+=("$1"); shift ;;
  esac
done
if [ ${#files[@]} -eq 0 ]; then
  echo "usage: scripts/plot-voltage.sh [-o out.svg] [--vector I] [--from C] [--to C] trace.csv [more.csv ...]" >&2
  exit 2
fi
if ! command -v gnuplot >/dev/null 2>&1; then
  echo "plot-voltage: gnuplot not found (Debian: apt-get install gnuplot-nox, or scripts/setup.sh)" >&2
  exit 3
fi
for f in "${files[@]}"; do
  [ -r "$f" ] || { echo "plot-voltage: cannot read $f" >&2; exit 2; }
done
[ -n "$out" ] || out="${files[0]%.csv}.svg"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# Per file and mode: data files for the voltage and for each event kind.
panels=0
gp="$work/plot.gp"
: > "$work/panels.gp"
vtop=0
for f in "${files[@]}"; do
  head=$(grep -m1 '^# idetic harvester trace:' "$f" || true)
  [ -n "$head" ] || { echo "plot-voltage: $f is not a harvester trace (--vtrace)" >&2; exit 2; }
  field() { echo "$head" | tr ' ' '\n' | sed -n "s/^$1=//p" | head -1; }
  example=$(field example); v_on=$(field v_on); v_off=$(field v_off); v_max=$(field v_max)
  harvester=$(field harvester); cap=$(field capacitor_uf); mhz=$(field clock_mhz)
  vtop=$(awk -v a="$vtop" -v b="$v_max" 'BEGIN{print (b>a)?b:a}')
  vec="$vector"
  [ -n "$vec" ] || vec=$(awk -F, '!/^#/ && $1!="mode" {print $2; exit}' "$f")
  # modes in file order, with their warning voltage and label
  while IFS= read -r line; do
    mode=$(echo "$line" | sed -n 's/^# mode name=\([^ ]*\) .*/\1/p')
    vwarn=$(echo "$line" | sed -n 's/.* v_warn=\([^ ]*\) .*/\1/p')
    label=$(echo "$line" | sed -n 's/.* label=\(.*\)$/\1/p')
    panels=$((panels + 1))
    p="$work/p$panels"
    awk -F, -v m="$mode" -v v="$vec" -v lo="$from" -v hi="$to" -v p="$p" '
      !/^#/ && $1 == m && $2 == v && (lo == "" || $3 >= lo) && (hi == "" || $3 <= hi) {
        print $3, $4 > (p ".v")
        n = split($7, ev, "+")
        for (i = 1; i <= n; i++) {
          k = ev[i]
          if (k == "fail-in-save") { print $3, $4 > (p ".torn"); k = "fail" }
          if (k != "") print $3, $4 > (p "." k)
        }
      }' "$f"
    if [ ! -s "$p.v" ]; then
      echo "plot-voltage: $f has no rows for mode $mode, vector $vec" >&2
      panels=$((panels - 1))
      continue
    fi
    title="$example: $label [$mode], vector $vec"
    {
      echo "set title \"${title//\"/\\\"}\" noenhanced"
      echo "unset arrow"
      for lv in "$v_on:v_{on}:#2a9d8f" "$v_off:v_{off}:#e63946" "$vwarn:v_{warn}:#f4a261"; do
        val=${lv%%:*}; rest=${lv#*:}; name=${rest%%:*}; col=${rest#*:}
        if [ -n "$val" ] && awk -v x="$val" 'BEGIN{exit !(x > 0)}'; then
          echo "set arrow from graph 0, first $val to graph 1, first $val nohead dt 2 lw 1 lc rgb \"$col\""
          if [ "$name" = "v_{warn}" ]; then
            echo "set label \"$name\" at graph 0.005, first $val left offset 0,0.6 textcolor rgb \"$col\" front"
          else
            echo "set label \"$name\" at graph 1.005, first $val left textcolor rgb \"$col\" front"
          fi
        fi
      done
      plot="plot \"$p.v\" using 1:2 with lines lw 1.2 lc rgb \"#1d3557\" title \"V_{cap}\""
      add() { # kind point-type size colour title
        [ -s "$p.$1" ] && plot="$plot, \"$p.$1\" using 1:2 with points pt $2 ps $3 lc rgb \"$4\" title \"$5\""
        return 0
      }
      add boot 7 0.6 "#6c757d" "boot"
      add warn 6 1.0 "#f4a261" "warning"
      add save 9 1.2 "#2a9d8f" "save"
      add restore 11 1.2 "#457b9d" "restore"
      add fail 2 1.4 "#e63946" "power failure"
      add torn 4 1.8 "#e63946" "failure in a save"
      add done 3 1.8 "#000000" "done"
      echo "$plot"
      echo "unset label"
    } >> "$work/panels.gp"
  done < <(grep '^# mode name=' "$f")
done
[ "$panels" -gt 0 ] || { echo "plot-voltage: nothing to plot" >&2; exit 1; }

yhi=$(awk -v v="$vtop" 'BEGIN{printf "%.3f", v * 1.08}')
# one x range for every panel, so that the designs can be compared
xlo=${from:-0}
xhi=${to:-$(cat "$work"/p*.v | awk 'BEGIN{m=0} $1>m{m=$1} END{print m}')}
{
  if [ "${out##*.}" = png ]; then
    echo "set terminal pngcairo size 1100,$((260 * panels + 60)) enhanced font 'sans,10' background rgb 'white'"
  else
    echo "set terminal svg size 1100,$((260 * panels + 60)) dynamic enhanced font 'sans,11' background rgb 'white'"
  fi
  echo "set output \"$out\""
  echo "set multiplot layout $panels,1 title \"capacitor voltage: ${harvester//\"/}, C = $cap uF, $mhz MHz\" noenhanced"
  echo "set xlabel 'wall cycle'"
  echo "set ylabel 'V'"
  echo "set yrange [0:$yhi]"
  echo "set xrange [$xlo:$xhi]"
  echo "set key outside right top vertical spacing 1.1"
  echo "set rmargin 24"
  echo "set grid ytics lc rgb '#dddddd'"
  cat "$work/panels.gp"
  echo "unset multiplot"
} > "$gp"
gnuplot "$gp"
echo "plot-voltage: wrote $out ($panels panel(s))"
