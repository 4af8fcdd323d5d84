"""Figures of one idetic report that the quality-of-results scripts share
(scripts/bench-qor, scripts/bench-qor-generated): the reserve ratio, the bits the
largest checkpoint saves, and the floor of the area overhead."""

import statistics

# One 2:1 multiplexer ($_MUX_) in Yosys's `stat -tech cmos`.
MUX_TRANSISTORS = 12


def reserve_ratio(report):
    """The plan's reserve against the full-backup baseline's, like with like: the
    optimizer's reserve (the rewritten design's layout-exact reserve adds skipped slot
    words and is reported apart) when the report has it."""
    p = report["plan"]
    return p.get("optimizer_reserve_energy_pj", p["reserve_energy_pj"]) / report["baselines"]["full_backup_reserve_pj"]


def largest_save_bits(report):
    """Bits the largest checkpoint of the NVM layout saves."""
    return max(c["saved_bits"] for c in report["nvm_layout"]["checkpoints"])


def restored_bits(report):
    """Flip-flop bits the NVM layout restores (the union over the checkpoints)."""
    return sum(abs(g["bits"][0] - g["bits"][1]) + 1 for g in report["nvm_layout"]["registers"])


def area_floor_pct(report, before):
    """The least any restore through the flip-flops' D inputs adds, in % of `before`
    transistors: one 2:1 multiplexer per restored bit, with no engine, no save path and
    no freeze."""
    return 100.0 * MUX_TRANSISTORS * restored_bits(report) / before


def median_str(values):
    return ("%.2f" % statistics.median(values)) if values else "n/a"
