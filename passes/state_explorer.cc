#include "state_explorer.h"

#include "sat_enumerator.h"
#include "state_eval.h"

#include <deque>
#include <map>

YOSYS_NAMESPACE_BEGIN
namespace idetic_pass {

ExploredStates explore_states(const Netlist &nl, const ControllerSet &ctrl,
                              const idetic_pass_options::AnalysisOptions &opt) {
    ExploredStates out;
    StateEvaluator eval(nl, ctrl, StateEvaluator::Scope::Control);
    std::vector<int> q, d;
    for (int f : ctrl.flop_bits)
        q.push_back(nl.flops[f].q), d.push_back(nl.flops[f].d);
    std::unique_ptr<OpenConeEnumerator> sat; // built on first need
    // IDETIC_GLOBAL_SAT=1: one SAT instance of the whole cone, successors in solver order.
    const bool global_sat = getenv("IDETIC_GLOBAL_SAT") != nullptr;
    std::unique_ptr<SatEnumerator> global;

    std::map<std::vector<bool>, int> index;
    std::deque<int> work;
    auto intern = [&](const std::vector<bool> &code) {
        auto it = index.find(code);
        if (it != index.end())
            return it->second;
        if (GetSize(out.codes) >= opt.max_states) {
            std::string names;
            for (int r : ctrl.regs)
                names += (names.empty() ? "" : ", ") + nl.regs[r].name;
            log_error("idetic: too many control states: more than %d reachable control-state tuples of the "
                      "controllers %s. Raise the limit with -max-states N (--max-states for idetic-synth), or "
                      "name fewer state registers with -state.\n",
                      opt.max_states, names.c_str());
        }
        int id = GetSize(out.codes);
        index[code] = id;
        out.codes.push_back(code);
        work.push_back(id);
        return id;
    };
    intern(ctrl.reset_bits);

    while (!work.empty()) {
        int s = work.front();
        work.pop_front();
        const std::vector<bool> code = out.codes[s];

        eval.evaluate(code);
        std::vector<uint8_t> next = next_values(nl, ctrl.flop_bits, eval.val());
        bool decided = true;
        for (auto x : next)
            decided &= x != kVX;

        std::vector<std::vector<bool>> succ;
        if (decided) {
            std::vector<bool> n;
            for (auto x : next)
                n.push_back(x == kV1);
            succ.push_back(n);
        } else {
            if (global_sat) {
                if (!global)
                    global = std::make_unique<SatEnumerator>(nl, d);
                succ = global->enumerate(fixed_bits(q, code, ctrl.reset), d, opt.max_states + 1);
            } else {
                if (!sat)
                    sat = std::make_unique<OpenConeEnumerator>(nl);
                succ = sat->enumerate(eval.evaluate_safe(code), d, opt.max_states + 1);
            }
            ++out.sat_calls;
        }
        for (auto &n : succ)
            out.edges.push_back({s, intern(n)});
    }
    return out;
}

} // namespace idetic_pass
YOSYS_NAMESPACE_END
