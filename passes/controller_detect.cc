#include "controller_detect.h"

#include "sat_enumerator.h"
#include "structural_cones.h"
#include "ternary_eval.h"

#include <algorithm>
#include <cctype>
#include <set>

YOSYS_NAMESPACE_BEGIN
namespace idetic_pass {

using idetic_pass_options::AnalysisOptions;

namespace {

std::string lower(std::string s) {
    for (auto &c : s)
        c = char(std::tolower((unsigned char)c));
    return s;
}

bool reset_like_name(const std::string &name) {
    std::string n = lower(name);
    return n.find("rst") != std::string::npos || n.find("reset") != std::string::npos;
}

std::vector<int> flops_of(const Netlist &nl, const std::vector<int> &regs) {
    std::vector<int> out;
    for (int r : regs)
        out.insert(out.end(), nl.regs[r].flops.begin(), nl.regs[r].flops.end());
    return out;
}

// Reset candidates: 1-bit inputs named like a reset, the async resets of flops, or the one named by -reset.
std::vector<ResetChoice> reset_candidates(const Netlist &nl, const AnalysisOptions &opt) {
    std::set<int> arst_bits;
    for (auto &f : nl.flops)
        if (f.arst >= 0)
            arst_bits.insert(f.arst);
    std::vector<ResetChoice> out;
    bool named_found = false;
    for (auto &p : nl.inputs) {
        if (GetSize(p.bits) != 1 || p.bits[0] == nl.clock_bit)
            continue;
        bool named = !opt.reset_port.empty() && p.name == opt.reset_port;
        named_found |= named;
        if (!opt.reset_port.empty() && !named)
            continue;
        if (named || reset_like_name(p.name) || arst_bits.count(p.bits[0])) {
            for (bool high : {true, false}) {
                ResetChoice c;
                c.bit = p.bits[0];
                c.port = p.name;
                c.active_high = high;
                out.push_back(c);
            }
        }
    }
    if (!opt.reset_port.empty() && !named_found)
        log_error("idetic: no reset state: -reset names '%s', which is not a 1-bit input port of '%s'.\n",
                  opt.reset_port.c_str(), log_id(nl.module));
    return out;
}

} // namespace

std::vector<std::pair<int, bool>> fixed_bits(const std::vector<int> &q, const std::vector<bool> &values,
                                             const ResetChoice &reset) {
    std::vector<std::pair<int, bool>> fixed;
    for (int i = 0; i < GetSize(q); ++i)
        fixed.push_back({q[i], values[i]});
    if (reset.bit >= 0)
        fixed.push_back({reset.bit, reset.inactive_value() != 0});
    return fixed;
}

std::vector<uint8_t> next_values(const Netlist &nl, const std::vector<int> &flop_bits,
                                 const std::vector<uint8_t> &val) {
    std::vector<uint8_t> out;
    for (int f : flop_bits) {
        const FlopBit &fb = nl.flops[f];
        uint8_t d = val[fb.d];
        if (fb.arst >= 0) {
            uint8_t a = val[fb.arst];
            uint8_t active = fb.arst_active_high ? kV1 : kV0;
            uint8_t rv = fb.arst_value == RTLIL::State::S0 ? kV0 : fb.arst_value == RTLIL::State::S1 ? kV1 : kVX;
            if (a == active)
                d = rv;
            else if (a == kVX && d != rv)
                d = kVX;
        }
        out.push_back(d);
    }
    return out;
}

namespace {

struct Detector {
    const Netlist &nl;
    const AnalysisOptions &opt;
    StructuralCones cones;
    TernaryEval eval;

    Detector(const Netlist &n, const AnalysisOptions &o) : nl(n), opt(o), cones(compute_structural_cones(n)), eval(n) {}

    // Picks the reset that forces the most bits of `regs` to constants.
    ResetChoice choose_reset(const std::vector<int> &regs, std::vector<uint8_t> *values) {
        std::vector<int> fl = flops_of(nl, regs);
        ResetChoice best;
        int best_known = -1;
        std::vector<uint8_t> best_vals(fl.size(), kVX);
        for (auto &c : reset_candidates(nl, opt)) {
            Valuation v = eval.blank(false);
            v.val[c.bit] = c.active_high ? kV1 : kV0;
            eval.run(v, false);
            auto nv = next_values(nl, fl, v.val);
            int known = 0;
            for (auto x : nv)
                known += x != kVX;
            if (known > best_known && known > 0) {
                best_known = known, best = c, best_vals = nv;
                best.asynchronous = false;
                for (int f : fl)
                    best.asynchronous |= nl.flops[f].arst == c.bit;
            }
        }
        // Bits the reset leaves open start from their initial value.
        for (int i = 0; i < GetSize(fl); ++i)
            if (best_vals[i] == kVX && nl.flops[fl[i]].init != RTLIL::State::Sx)
                best_vals[i] = nl.flops[fl[i]].init == RTLIL::State::S1 ? kV1 : kV0;
        if (values)
            *values = best_vals;
        return best;
    }

    std::vector<bool> reg_reset_value(int r, const std::vector<int> &regs, const std::vector<uint8_t> &vals,
                                      bool *known) {
        int offset = 0;
        for (int x : regs) {
            if (x == r)
                break;
            offset += nl.regs[x].width();
        }
        std::vector<bool> out;
        *known = true;
        for (int i = 0; i < nl.regs[r].width(); ++i) {
            uint8_t v = vals[offset + i];
            *known &= v != kVX;
            out.push_back(v == kV1);
        }
        return out;
    }

    // Number of values register r takes from `start` with everything else free (stops past `limit`).
    int count_values(SatEnumerator &sat, int r, const std::vector<bool> &start, const ResetChoice &reset, int limit) {
        std::vector<int> q, d;
        for (int f : nl.regs[r].flops)
            q.push_back(nl.flops[f].q), d.push_back(nl.flops[f].d);
        std::set<std::vector<bool>> seen{start};
        std::vector<std::vector<bool>> work{start};
        while (!work.empty() && GetSize(seen) <= limit) {
            auto cur = work.back();
            work.pop_back();
            for (auto &next : sat.enumerate(fixed_bits(q, cur, reset), d, limit))
                if (seen.insert(next).second)
                    work.push_back(next);
        }
        return GetSize(seen);
    }

    std::vector<int> structural_filter(std::set<int> cand) {
        bool changed = true;
        while (changed) {
            changed = false;
            for (auto it = cand.begin(); it != cand.end();) {
                int r = *it;
                const ConeInfo &c = cones.reg[r];
                bool data_fed = c.direct_multibit_input;
                for (int s : c.direct_regs)
                    data_fed |= !cand.count(s) && nl.regs[s].width() > 1;
                bool sequential = false;
                for (int s : c.direct_regs)
                    sequential |= cand.count(s) > 0;
                for (int s : c.cond_regs)
                    sequential |= cand.count(s) > 0;
                bool decides = cones.outputs.cond_regs.count(r) > 0;
                for (int x = 0; x < GetSize(nl.regs) && !decides; ++x) {
                    decides |= cones.reg[x].cond_regs.count(r) > 0;
                    decides |= x != r && cand.count(x) && cones.reg[x].direct_regs.count(r);
                }
                if (data_fed || !sequential || !decides) {
                    log("  %s: not a controller (%s)\n", nl.regs[r].name.c_str(),
                        data_fed ? "data flows into its next value" : !sequential ? "its next value reads no controller"
                                                                                  : "it drives no decision");
                    it = cand.erase(it);
                    changed = true;
                } else {
                    ++it;
                }
            }
        }
        return std::vector<int>(cand.begin(), cand.end());
    }

    ControllerSet detect() {
        ControllerSet out;
        std::vector<int> regs;
        // Manual override: -state, then (* idetic_state *).
        if (!opt.state_wires.empty()) {
            for (auto &name : opt.state_wires) {
                int r = nl.find_register(name);
                if (r < 0) {
                    if (nl.module->wire(RTLIL::escape_id(name)))
                        log_error("idetic: unknown state wire: '%s' in module '%s' is not driven by a flip-flop, so "
                                  "it cannot be a state register.\n",
                                  name.c_str(), log_id(nl.module));
                    log_error("idetic: unknown state wire: '%s' is not a wire of module '%s' (after flattening, "
                              "sub-module registers are named like 'instance.reg').\n",
                              name.c_str(), log_id(nl.module));
                }
                regs.push_back(r);
            }
            out.source = "option";
        } else {
            for (int r = 0; r < GetSize(nl.regs); ++r)
                if (nl.regs[r].has_state_attr)
                    regs.push_back(r);
            if (!regs.empty())
                out.source = "attribute";
        }

        if (!regs.empty()) {
            std::sort(regs.begin(), regs.end());
            regs.erase(std::unique(regs.begin(), regs.end()), regs.end());
        } else {
            out.source = "detected";
            std::set<int> no_start; // dropped only because they have no reset or initial value
            std::set<int> cand;
            for (int r = 0; r < GetSize(nl.regs); ++r)
                if (nl.regs[r].width() <= opt.max_controller_width)
                    cand.insert(r);
            while (true) {
                regs = structural_filter(cand);
                if (regs.empty())
                    break;
                std::vector<uint8_t> vals;
                ResetChoice reset = choose_reset(regs, &vals);
                std::vector<int> sinks;
                for (int f : flops_of(nl, regs))
                    sinks.push_back(nl.flops[f].d);
                SatEnumerator sat(nl, sinks);
                std::set<int> keep;
                for (int r : regs) {
                    bool known;
                    auto start = reg_reset_value(r, regs, vals, &known);
                    if (!known) {
                        log("  %s: not a controller (no reset or initial value)\n", nl.regs[r].name.c_str());
                        no_start.insert(r);
                        continue;
                    }
                    int n = count_values(sat, r, start, reset, opt.max_counter_values);
                    if (n > opt.max_counter_values) {
                        log("  %s: not a controller (takes more than %d values: a data counter)\n",
                            nl.regs[r].name.c_str(), opt.max_counter_values);
                        continue;
                    }
                    keep.insert(r);
                }
                if (keep.size() == regs.size())
                    break;
                cand = keep;
            }
            if (regs.empty()) {
                std::string hint;
                for (int r : no_start)
                    hint += (hint.empty() ? "" : ", ") + nl.regs[r].name;
                if (!hint.empty())
                    hint = " Registers that look like controllers but have neither a reset nor an initial value "
                           "(so no start state): " + hint + ".";
                log_error("idetic: no controller found: module '%s' has no register that behaves like a state "
                          "machine (a register stepping through a small set of values that drives the "
                          "datapath's decisions).%s Name the state register with -state WIRE (--state for "
                          "idetic-synth) or mark it (* idetic_state *).\n",
                          log_id(nl.module), hint.c_str());
            }
        }

        out.regs = regs;
        for (int r : regs)
            out.counter.push_back(cones.reg[r].self_arithmetic);
        out.flop_bits = flops_of(nl, regs);
        std::vector<uint8_t> vals;
        out.reset = choose_reset(regs, &vals);
        for (int i = 0; i < GetSize(vals); ++i) {
            if (vals[i] == kVX) {
                int f = out.flop_bits[i];
                const auto &reg = nl.regs[nl.flops[f].reg];
                log_error("idetic: no reset state: controller '%s' is not forced to a constant by any reset input "
                          "and has no initial value, so its start state is unknown. Add a reset (name it with "
                          "-reset PORT if it is not called like 'rst'/'reset') or an initial value.\n",
                          reg.name.c_str());
            }
            out.reset_bits.push_back(vals[i] == kV1);
        }
        return out;
    }
};

} // namespace

ControllerSet detect_controllers(const Netlist &nl, const AnalysisOptions &opt) {
    Detector d(nl, opt);
    return d.detect();
}

} // namespace idetic_pass
YOSYS_NAMESPACE_END
