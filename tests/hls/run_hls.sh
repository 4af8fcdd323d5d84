#!/usr/bin/env bash
# Runs scripts/hls-postprocess (the CI post-processing step) and checks its verdict.
#
#   run_hls.sh pass OUT [hls-postprocess args...]
#       exit 0, summary.json "ok": true, every mode passed its campaign with
#       >= 10,000 failures (unless --no-campaign) and no mismatch
#   run_hls.sh catch OUT [hls-postprocess args...]
#       a deliberately broken design (a mutant): exit 1, summary.json "ok": false,
#       and the campaign of some mode found mismatches / hangs (the failure was caught
#       by the verification, not by a crash or a usage error)
set -uo pipefail
want=$1 out=$2
shift 2
root=$(cd -- "$(dirname -- "${BASH_SOURCE[0]}")/../.." && pwd)
rm -rf "$out"
"$root/scripts/hls-postprocess" --out "$out" "$@"
rc=$?
summary="$out/summary.json"
[ -f "$summary" ] || { echo "run_hls: no $summary (exit $rc)"; exit 1; }
python3 - "$want" "$rc" "$summary" <<'PY'
import json, sys
want, rc, path = sys.argv[1], int(sys.argv[2]), sys.argv[3]
s = json.load(open(path))
def bad(m):
    c = m.get("campaign", {})
    return sum(c.get(k, 0) for k in ("mismatches", "hangs", "replays", "image_errors", "protocol_errors"))
if want == "pass":
    ok = rc == 0 and s["ok"] and all(m["ok"] for m in s["modes"])
    for m in s["modes"]:
        c = m.get("campaign")
        if c is not None and (c.get("failures", 0) < 10000 or bad(m)):
            ok = False
    print("run_hls: %s (exit %d, modes %s)" % ("PASS" if ok else "FAIL", rc,
          ", ".join("%s=%s" % (m["mode"], "ok" if m["ok"] else m.get("error", "?")) for m in s["modes"])))
    sys.exit(0 if ok else 1)
caught = rc == 1 and not s["ok"] and any(bad(m) > 0 for m in s["modes"])
print("run_hls: mutant %s (exit %d)" % ("CAUGHT" if caught else "NOT caught", rc))
sys.exit(0 if caught else 1)
PY
