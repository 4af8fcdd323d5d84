// The reference implementation of compute_state_facts: one full evaluation with dense
// dependency bit sets per state (TernaryEval with tracking), as the analysis did before
// StateEvaluator. Kept as the executable specification: with IDETIC_CHECK_FACTS=1,
// compute_state_facts also runs it and refuses any difference (slow; for tests).
#include "state_facts.h"

#include "ternary_eval.h"

#include <algorithm>

YOSYS_NAMESPACE_BEGIN
namespace idetic_pass {

namespace {

struct RefWorker {
    const Netlist &nl;
    const ControllerSet &ctrl;
    TernaryEval eval;
    std::vector<bool> is_ctrl;
    const int nregs;

    RefWorker(const Netlist &n, const ControllerSet &c)
        : nl(n), ctrl(c), eval(n), is_ctrl(n.regs.size(), false), nregs(GetSize(n.regs)) {
        for (int r : ctrl.regs)
            is_ctrl[r] = true;
    }

    // A valuation of state `code`: controllers fixed, data registers x with themselves as
    // dependency, reset inactive, `forced` bits (sources or node outputs) set.
    Valuation evaluate(const std::vector<bool> &code, const std::vector<uint8_t> *forced) const {
        Valuation v = eval.blank(true);
        for (int i = 0; i < GetSize(ctrl.flop_bits); ++i)
            v.val[nl.flops[ctrl.flop_bits[i]].q] = code[i] ? kV1 : kV0;
        for (const auto &f : nl.flops) {
            if (is_ctrl[f.reg])
                continue;
            DepSet d(nregs);
            d.set(f.reg);
            v.deps[f.q] = d;
            v.alias[f.q] = f.q;
        }
        if (ctrl.reset.bit >= 0)
            v.val[ctrl.reset.bit] = uint8_t(ctrl.reset.inactive_value());
        if (forced)
            for (int b = kFirstWireBit; b < nl.nbits; ++b)
                if ((*forced)[b] != kVFree && nl.driver[b] < 0) {
                    v.val[b] = (*forced)[b];
                    v.deps[b] = DepSet();
                    v.alias[b] = -1;
                }
        eval.run(v, true, forced);
        return v;
    }

    // kill per register under a valuation: no bit of its next value depends on itself.
    std::vector<bool> kills(const Valuation &v) const {
        std::vector<bool> kill(nregs, false);
        for (int r = 0; r < nregs; ++r) {
            if (is_ctrl[r])
                continue;
            bool reads_self = false;
            for (int f : nl.regs[r].flops) {
                int d = nl.flops[f].d;
                if (d >= kFirstWireBit && v.deps[d].size() && v.deps[d].test(r))
                    reads_self = true;
            }
            kill[r] = !reads_self;
        }
        return kill;
    }

    // The undecided condition bits the controllers' next value is steered by: walking back
    // from the x-valued controller inputs, stop at decisions (1-bit comparison/logic
    // outputs), inputs and flip-flop outputs. Empty if more than kMaxStateSplitBits.
    std::vector<int> frontier(const Valuation &v) const {
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
            if (b < kFirstWireBit || seen[b] || v.val[b] != kVX)
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

    std::vector<bool> code_of(const std::vector<uint8_t> &next, bool *known) const {
        std::vector<bool> code;
        *known = true;
        for (auto x : next) {
            *known &= x != kVX;
            code.push_back(x == kV1);
        }
        return code;
    }

    // Kill sets per successor, from splitting on the frontier. Empty map when undecidable.
    std::map<std::vector<bool>, std::vector<bool>> edge_kills(const std::vector<bool> &code,
                                                               const Valuation &v) const {
        std::map<std::vector<bool>, std::vector<bool>> out;
        std::vector<int> bits = frontier(v);
        if (bits.empty())
            return out;
        std::vector<uint8_t> forced(nl.nbits, kVFree);
        for (int a = 0; a < (1 << GetSize(bits)); ++a) {
            for (int i = 0; i < GetSize(bits); ++i)
                forced[bits[i]] = (a >> i) & 1 ? kV1 : kV0;
            Valuation w = evaluate(code, &forced);
            bool known;
            std::vector<bool> next = code_of(next_values(nl, ctrl.flop_bits, w.val), &known);
            if (!known)
                return {};
            std::vector<bool> k = kills(w);
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

bool ref_may_be_one(const Valuation &v, const std::vector<int> &bits) {
    for (int b : bits)
        if (b == kBit1 || (b >= kFirstWireBit && v.val[b] != kV0) || b == kBitX)
            return true;
    return false;
}

} // namespace

StateFacts reference_state_facts(const Netlist &nl, const ControllerSet &ctrl,
                               const std::vector<std::vector<bool>> &codes,
                               const std::vector<std::pair<int, int>> &edges,
                               const std::vector<ObservedOutput> &observed) {
    RefWorker w(nl, ctrl);
    const int nregs = w.nregs;
    std::vector<int> out_degree(codes.size(), 0);
    for (auto [from, to] : edges)
        ++out_degree[from];

    StateFacts facts;
    facts.edge_kill.resize(codes.size());
    for (int s = 0; s < GetSize(codes); ++s) {
        const auto &code = codes[s];
        Valuation v = w.evaluate(code, nullptr);

        std::vector<bool> def(nregs, false), use(nregs, false);
        std::vector<bool> kill = w.kills(v);
        DepSet used(nregs);
        auto add = [&](int bit, int self) {
            if (bit < kFirstWireBit || v.deps[bit].size() == 0)
                return;
            if (self < 0) {
                used |= v.deps[bit];
                return;
            }
            // R's dependence on itself is not a use: "not killed" already carries R
            // across s when it is live afterwards (gen/kill form).
            DepSet others = v.deps[bit];
            others.reset(self);
            used |= others;
        };
        for (int r = 0; r < nregs; ++r) {
            for (int f : nl.regs[r].flops) {
                const FlopBit &fb = nl.flops[f];
                if (w.is_ctrl[r]) {
                    add(fb.d, -1);
                    continue;
                }
                bool hold = fb.d >= kFirstWireBit && v.alias[fb.d] == fb.q;
                if (!hold) {
                    def[r] = true;
                    add(fb.d, r);
                }
            }
        }
        for (const auto &o : observed)
            if (o.valid.empty() || ref_may_be_one(v, o.valid))
                for (int b : o.bits)
                    add(b, -1);
        for (const auto &mem : nl.memories)
            for (const auto &wr : mem.writes)
                if (ref_may_be_one(v, wr.en))
                    for (const auto *bits : {&wr.en, &wr.addr, &wr.data})
                        for (int b : *bits)
                            add(b, -1);
        for (int r = 0; r < nregs; ++r)
            use[r] = !w.is_ctrl[r] && used.test(r);
        facts.def.push_back(def);
        facts.kill.push_back(kill);
        facts.use.push_back(use);

        if (out_degree[s] > 1)
            for (auto &[next, k] : w.edge_kills(code, v))
                facts.edge_kill[s][next] = k;
    }
    return facts;
}

} // namespace idetic_pass
YOSYS_NAMESPACE_END
