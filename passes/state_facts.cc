#include "state_facts.h"

#include "ternary_eval.h"

YOSYS_NAMESPACE_BEGIN
namespace idetic_pass {

StateFacts compute_state_facts(const Netlist &nl, const ControllerSet &ctrl,
                               const std::vector<std::vector<bool>> &codes) {
    const int nregs = GetSize(nl.regs);
    std::vector<bool> is_ctrl(nregs, false);
    for (int r : ctrl.regs)
        is_ctrl[r] = true;

    TernaryEval eval(nl);
    StateFacts facts;
    for (const auto &code : codes) {
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
        eval.run(v, true);

        std::vector<bool> def(nregs, false), kill(nregs, false), use(nregs, false);
        DepSet used(nregs);
        auto add = [&](int bit) {
            if (bit >= kFirstWireBit && v.deps[bit].size())
                used |= v.deps[bit];
        };
        for (int r = 0; r < nregs; ++r) {
            const auto &reg = nl.regs[r];
            bool reads_self = false;
            for (int f : reg.flops) {
                const FlopBit &fb = nl.flops[f];
                bool hold = fb.d >= kFirstWireBit && v.alias[fb.d] == fb.q;
                if (is_ctrl[r]) {
                    add(fb.d);
                    continue;
                }
                if (!hold) {
                    // R's dependence on itself is not a use: "not killed" already carries
                    // R across s when it is live afterwards (gen/kill form).
                    def[r] = true;
                    if (fb.d >= kFirstWireBit && v.deps[fb.d].size()) {
                        DepSet others = v.deps[fb.d];
                        others.reset(r);
                        used |= others;
                    }
                }
                if (fb.d >= kFirstWireBit && v.deps[fb.d].size() && v.deps[fb.d].test(r))
                    reads_self = true;
            }
            if (!is_ctrl[r])
                kill[r] = !reads_self;
        }
        for (auto &p : nl.outputs)
            for (int b : p.bits)
                add(b);
        for (int r = 0; r < nregs; ++r)
            use[r] = !is_ctrl[r] && used.test(r);
        facts.def.push_back(def);
        facts.kill.push_back(kill);
        facts.use.push_back(use);
    }
    return facts;
}

} // namespace idetic_pass
YOSYS_NAMESPACE_END
