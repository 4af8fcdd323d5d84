#include "state_facts.h"

#include "state_eval.h"

#include <algorithm>
#include <map>
#include <set>

YOSYS_NAMESPACE_BEGIN
namespace idetic_pass {

namespace {

struct FactsWorker {
    const Netlist &nl;
    const ControllerSet &ctrl;
    StateEvaluator ev;
    std::vector<bool> is_ctrl;
    const int nregs;

    FactsWorker(const Netlist &n, const ControllerSet &c)
        : nl(n), ctrl(c), ev(n, c, StateEvaluator::Scope::All), is_ctrl(n.regs.size(), false), nregs(GetSize(n.regs)) {
        for (int r : ctrl.regs)
            is_ctrl[r] = true;
    }

    // Some bit of r's next value depends on r. A bit aliasing a Q bit of r (a hold, a
    // rotation) does by construction; the others are asked for their dependency set.
    bool reads_self(int r) {
        for (int f : nl.regs[r].flops) {
            int d = nl.flops[f].d;
            if (d < kFirstWireBit)
                continue;
            int a = ev.alias(d);
            if (a >= 0 && nl.flop_of_q[a] >= 0 && nl.flops[nl.flop_of_q[a]].reg == r)
                return true;
        }
        for (int f : nl.regs[r].flops) {
            int d = nl.flops[f].d;
            if (d >= kFirstWireBit && ev.pool().contains(ev.deps(d), r))
                return true;
        }
        return false;
    }

    // kill per register under the last evaluation: no bit of its next value depends on itself.
    std::vector<bool> kills() {
        std::vector<bool> kill(nregs, false);
        for (int r = 0; r < nregs; ++r)
            kill[r] = !is_ctrl[r] && !reads_self(r);
        return kill;
    }

    // The undecided condition bits the controllers' next value is steered by: walking back
    // from the x-valued controller inputs, stop at decisions (1-bit comparison/logic
    // outputs), inputs and flip-flop outputs. Empty if more than kMaxStateSplitBits.
    std::vector<int> frontier(const std::vector<uint8_t> &val) const {
        std::vector<int> stack, out;
        std::vector<char> seen(nl.nbits, 0);
        for (int f : ctrl.flop_bits) {
            stack.push_back(nl.flops[f].d);
            if (nl.flops[f].arst >= 0)
                stack.push_back(nl.flops[f].arst);
        }
        while (!stack.empty()) {
            int b = stack.back();
            stack.pop_back();
            if (b < kFirstWireBit || seen[b] || val[b] != kVX)
                continue;
            seen[b] = 1;
            int d = nl.driver[b];
            if (d < 0 || nl.nodes[d].is_condition) {
                out.push_back(b);
                if (GetSize(out) > kMaxStateSplitBits)
                    return {};
                continue;
            }
            for (int in : nl.nodes[d].inputs)
                stack.push_back(in);
        }
        std::sort(out.begin(), out.end());
        return out;
    }

    // Kill sets per successor, from splitting on the frontier of the last evaluation
    // (state `code`). Empty map when undecidable.
    std::map<std::vector<bool>, std::vector<bool>> edge_kills(const std::vector<bool> &code) {
        std::map<std::vector<bool>, std::vector<bool>> out;
        std::vector<int> bits = frontier(ev.val());
        if (bits.empty())
            return out;
        std::vector<std::pair<int, uint8_t>> forced;
        for (int a = 0; a < (1 << GetSize(bits)); ++a) {
            forced.clear();
            for (int i = 0; i < GetSize(bits); ++i)
                forced.push_back({bits[i], (a >> i) & 1 ? kV1 : kV0});
            ev.evaluate(code, forced);
            std::vector<bool> next;
            for (auto x : next_values(nl, ctrl.flop_bits, ev.val())) {
                if (x == kVX)
                    return {};
                next.push_back(x == kV1);
            }
            std::vector<bool> k = kills();
            auto it = out.find(next);
            if (it == out.end()) {
                out.emplace(next, k);
            } else {
                for (int r = 0; r < nregs; ++r)
                    it->second[r] = it->second[r] && k[r];
            }
        }
        return out;
    }
};

bool may_be_one(const std::vector<uint8_t> &val, const std::vector<int> &bits) {
    for (int b : bits)
        if (b == kBit1 || (b >= kFirstWireBit && val[b] != kV0) || b == kBitX)
            return true;
    return false;
}

void check_against_reference(const StateFacts &facts, const StateFacts &ref, const Netlist &nl) {
    for (int s = 0; s < GetSize(ref.def); ++s)
        if (facts.def[s] != ref.def[s] || facts.kill[s] != ref.kill[s] || facts.use[s] != ref.use[s] ||
            facts.edge_kill[s] != ref.edge_kill[s])
            log_error("idetic: internal error: IDETIC_CHECK_FACTS: the facts of state %d of '%s' differ from "
                      "the reference evaluation.\n",
                      s, log_id(nl.module));
    log("  IDETIC_CHECK_FACTS: def/kill/use and edge kills of %d states agree with the reference.\n",
        GetSize(ref.def));
}

} // namespace

std::vector<ObservedOutput> observed_outputs(const Netlist &nl, const std::vector<std::string> &specs,
                                             const std::vector<idetic::Handshake> &handshakes) {
    std::vector<ObservedOutput> out;
    std::map<std::string, int> index;
    for (const auto &p : nl.outputs) {
        index[p.name] = GetSize(out);
        out.push_back({p.name, p.bits, {}});
    }
    auto valid_port = [&](const std::string &name, const std::string &spec) -> const ObservedOutput & {
        auto it = index.find(name);
        if (it == index.end() || GetSize(out[it->second].bits) != 1)
            log_error("idetic: bad option: -outputs-valid '%s': '%s' is not a 1-bit output port of '%s'.\n",
                      spec.c_str(), name.c_str(), log_id(nl.module));
        return out[it->second];
    };
    std::set<std::string> exempt;
    for (const auto &h : handshakes)
        for (const auto &p : h.ports)
            if (p != h.data)
                exempt.insert(p);
    // Whole-design declarations first, then the per-port ones override them.
    for (int pass = 0; pass < 2; ++pass)
        for (const auto &spec : specs) {
            auto eq = spec.find('=');
            if ((eq == std::string::npos) != (pass == 0))
                continue;
            if (eq == std::string::npos) {
                std::vector<int> valid = valid_port(spec, spec).bits;
                for (auto &o : out)
                    if (o.name != spec && !exempt.count(o.name))
                        o.valid = valid;
                continue;
            }
            std::string data = spec.substr(0, eq), vname = spec.substr(eq + 1);
            std::vector<int> valid = valid_port(vname, spec).bits;
            auto it = index.find(data);
            if (it == index.end() || data == vname)
                log_error("idetic: bad option: -outputs-valid '%s': '%s' is not another output port of '%s'.\n",
                          spec.c_str(), data.c_str(), log_id(nl.module));
            out[it->second].valid = valid;
        }
    return out;
}

StateFacts compute_state_facts(const Netlist &nl, const ControllerSet &ctrl,
                               const std::vector<std::vector<bool>> &codes,
                               const std::vector<std::pair<int, int>> &edges,
                               const std::vector<ObservedOutput> &observed) {
    FactsWorker w(nl, ctrl);
    const int nregs = w.nregs;
    std::vector<int> out_degree(codes.size(), 0);
    for (auto [from, to] : edges)
        ++out_degree[from];

    StateFacts facts;
    facts.edge_kill.resize(codes.size());
    std::vector<bool> used(nregs);
    for (int s = 0; s < GetSize(codes); ++s) {
        const auto &code = codes[s];
        w.ev.evaluate(code);
        const std::vector<uint8_t> &val = w.ev.val();

        std::vector<bool> def(nregs, false), use(nregs, false);
        std::vector<bool> kill = w.kills();
        std::fill(used.begin(), used.end(), false);
        // R's dependence on itself is not a use: "not killed" already carries R across s
        // when it is live afterwards (gen/kill form).
        auto add = [&](int bit, int self) {
            if (bit < kFirstWireBit)
                return;
            DepRef d = w.ev.deps(bit);
            for (const int *p = w.ev.pool().begin(d), *e = w.ev.pool().end(d); p != e; ++p)
                if (*p != self)
                    used[*p] = true;
        };
        for (int r = 0; r < nregs; ++r) {
            for (int f : nl.regs[r].flops) {
                const FlopBit &fb = nl.flops[f];
                if (w.is_ctrl[r]) {
                    add(fb.d, -1);
                    continue;
                }
                bool hold = fb.d >= kFirstWireBit && w.ev.alias(fb.d) == fb.q;
                if (!hold) {
                    def[r] = true;
                    add(fb.d, r);
                }
            }
        }
        for (const auto &o : observed)
            if (o.valid.empty() || may_be_one(val, o.valid))
                for (int b : o.bits)
                    add(b, -1);
        for (const auto &mem : nl.memories)
            for (const auto &wr : mem.writes)
                if (may_be_one(val, wr.en))
                    for (const auto *bits : {&wr.en, &wr.addr, &wr.data})
                        for (int b : *bits)
                            add(b, -1);
        for (int r = 0; r < nregs; ++r)
            use[r] = !w.is_ctrl[r] && used[r];
        facts.def.push_back(def);
        facts.kill.push_back(kill);
        facts.use.push_back(use);

        if (out_degree[s] > 1)
            for (auto &[next, k] : w.edge_kills(code))
                facts.edge_kill[s][next] = k;
    }
    if (getenv("IDETIC_CHECK_FACTS"))
        check_against_reference(facts, reference_state_facts(nl, ctrl, codes, edges, observed), nl);
    return facts;
}

} // namespace idetic_pass
YOSYS_NAMESPACE_END
