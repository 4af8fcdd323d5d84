#!/usr/bin/env bash
# One harvester simulation (docs/HARVESTER.md) of an example under every design and policy,
# same harvester and capacitor: one Markdown (and JSON) row each for
#   no checkpoint   the original design             campaign_<ex>      --harvest-mode no-checkpoint
#   full backup     every FF bit saved at the warning campaign_<ex>_all  --harvest-mode full-backup
#   every state     checkpoint at every control state campaign_<ex>_all  --harvest-mode checkpoint
#   on-demand plan  idetic's plan   campaign_<ex>_feram (else campaign_<ex>) --harvest-mode checkpoint
#   periodic plan   --policy periodic, no monitor       campaign_<ex>_periodic --harvest-mode periodic
#                   (only where that executable exists: gcd, vitis_dot, calyx_style)
#
#   scripts/harvest-compare.sh [--reference] [--json OUT.json] [--md OUT.md] [--plot DIR]
#                              EXAMPLE [campaign flags ...]
#
#   --reference   the reference harvester of docs/HARVESTER.md (constant 5 uW at 10 MHz,
#                 250 pF, FeRAM-class NVM energies, engine reserve, the example's long
#                 vectors); flags given after EXAMPLE override it or add to it (e.g.
#                 --sleep-pj-per-cycle 0.05: the power manager that sleeps after a save)
#   --variant S   the plan's design is campaign_<ex>S (default: _feram, the plan made for
#                 the reference harvester's NVM, when that executable is built; else the
#                 default design). --variant '' forces the default design.
#   --json/--md   also write the rows to these files
#   --plot DIR    voltage traces (DIR/<ex>.*.csv) and DIR/<ex>.svg (scripts/plot-voltage.sh)
# Needs the executables (ninja -C build campaign_<ex> campaign_<ex>_all). IDETIC_BUILD_DIR:
# build directory (default build/). Exit status: non-zero if a run produced wrong outputs.
set -euo pipefail
root=$(cd -- "$(dirname -- "${BASH_SOURCE[0]}")/.." && pwd)
bin="${IDETIC_BUILD_DIR:-$root/build}/verilog-tests"

reference=0 json="" md="" plot="" ex="" variant=auto
pass=()
while [ $# -gt 0 ]; do # the script's own options anywhere; the rest goes to the executables
  case "$1" in
    --reference) reference=1; shift ;;
    --json) json="$2"; shift 2 ;;
    --md) md="$2"; shift 2 ;;
    --plot) plot="$2"; shift 2 ;;
    --variant) variant="$2"; shift 2 ;;
    -h|--help) sed -n '2,24p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    -*) pass+=("$1"); shift ;;
    *) if [ -z "$ex" ]; then ex="$1"; else pass+=("$1"); fi; shift ;;
  esac
done
[ -n "$ex" ] || { echo "usage: scripts/harvest-compare.sh [--reference] [--json F] [--md F] [--plot DIR] EXAMPLE [flags...]" >&2; exit 2; }

flags=()
if [ "$reference" = 1 ]; then
  # docs/HARVESTER.md, "The reference harvester"
  flags=(--harvester constant:5 --clock-mhz 10 --capacitor-uf 0.00025
         --nvm-write-pj-per-bit 0.03 --nvm-read-pj-per-bit 0.03 --latency 1 --reserve engine)
  case "$ex" in
    gcd) flags+=(--min-cycles 250) ;;
    vitis_dot) flags+=(--min-cycles 700) ;;
    calyx_style) flags+=(--min-cycles 150) ;;
  esac
fi
flags+=("${pass[@]}")

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
[ -z "$plot" ] || mkdir -p "$plot"

rc=0
run() { # tag campaign-name modes
  local tag="$1" exe="$bin/campaign_$2" report="$bin/$2/$2.report.json" modes="$3"
  if [ ! -x "$exe" ] || [ ! -r "$report" ]; then
    echo "harvest-compare: campaign_$2 not built (ninja -C build campaign_$2): skipped" >&2
    return 0
  fi
  local vt=()
  [ -z "$plot" ] || vt=(--vtrace "$plot/$ex.$tag.csv")
  echo "== campaign_$2 --harvest-mode $modes" >&2
  if ! "$exe" --report "$report" "${flags[@]}" --harvest-mode "$modes" --harvest-json "$work/$tag.json" \
       "${vt[@]}" > "$work/$tag.log" 2>&1; then
    rc=1
  fi
  sed 's/^/  /' "$work/$tag.log" >&2
}
if [ "$variant" = auto ]; then
  variant=""
  [ -x "$bin/campaign_${ex}_feram" ] && variant=_feram
fi
run plan "$ex$variant" no-checkpoint,checkpoint
run all "${ex}_all" full-backup,checkpoint
run periodic "${ex}_periodic" periodic

python3 - "$work" "$ex" "$json" "$md" <<'EOF'
import json, os, sys
work, ex, out_json, out_md = sys.argv[1:5]
docs = {}
for tag in ("plan", "all", "periodic"):
    p = os.path.join(work, tag + ".json")
    if os.path.exists(p):
        docs[tag] = json.load(open(p))
if not docs:
    sys.exit("harvest-compare: no run produced rows")
order = [("plan", "no-checkpoint", "no checkpoint (original)"),
         ("all", "full-backup", "full backup at warning (NVP)"),
         ("all", "checkpoint", "checkpoint at every state"),
         ("plan", "checkpoint", "idetic on-demand plan"),
         ("periodic", "periodic", "idetic periodic plan")]
rows = []
for tag, mode, name in order:
    for r in docs.get(tag, {}).get("rows", []):
        if r["mode"] == mode:
            r = dict(r, policy=name, executable="campaign_" + r["example"])
            rows.append(r)
any_doc = next(iter(docs.values()))
head = ("{ex}: harvester {h} at {mhz} MHz, C = {c} uF ({e:.0f} pJ per charge), compute {cp} pJ/cycle, "
        "NVM {w}/{rd} pJ/bit, latency {lat}").format(
    ex=ex, h=any_doc["harvester"]["spec"], mhz=any_doc["clock_mhz"], c=any_doc["capacitor_uf"],
    e=any_doc["energy_per_charge_pj"], cp=any_doc["energy"]["compute_pj_per_cycle"],
    w=any_doc["energy"]["nvm_write_pj_per_bit"], rd=any_doc["energy"]["nvm_read_pj_per_bit"],
    lat=any_doc["energy"]["nvm_latency_cycles"])
lines = [head, "",
         "| example | design / policy | completed | wall cycles | failures | saves (torn) | restores "
         "| compute pJ | save pJ | restore pJ | wasted pJ | total pJ | overhead |",
         "|---|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"]
for r in rows:
    e = r["energy_pj"]
    ov = "n/a" if r["overhead_pct"] is None else "%+.1f %%" % r["overhead_pct"]
    lines.append("| %s | %s | %d/%d | %d | %d | %d (%d) | %d | %.1f | %.1f | %.1f | %.1f | %.1f | %s |" % (
        ex, r["policy"], r["completed"], r["vectors"], r["wall_cycles"], r["failures"], r["saves"],
        r["torn_saves"], r["restores"], e["compute"], e["save"], e["restore"], e["wasted"], e["total"], ov))
text = "\n".join(lines) + "\n"
print(text)
if out_md:
    open(out_md, "w").write(text)
if out_json:
    json.dump({"example": ex, "scenario": head, "runs": docs, "rows": rows}, open(out_json, "w"), indent=2)
EOF

if [ -n "$plot" ]; then
  traces=()
  for tag in plan all periodic; do [ -s "$plot/$ex.$tag.csv" ] && traces+=("$plot/$ex.$tag.csv"); done
  [ ${#traces[@]} -eq 0 ] || "$root/scripts/plot-voltage.sh" -o "$plot/$ex.svg" "${traces[@]}" >&2 || rc=1
fi
exit $rc
