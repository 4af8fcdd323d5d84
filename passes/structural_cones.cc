#include "structural_cones.h"

#include <algorithm>

YOSYS_NAMESPACE_BEGIN
namespace idetic_pass {

namespace {

struct Walker {
    const Netlist &nl;
    std::vector<int> input_width; // per bit: width of its input port, 0 if not an input
    explicit Walker(const Netlist &n) : nl(n), input_width(n.nbits, 0) {
        for (auto &p : nl.inputs)
            for (int b : p.bits)
                if (b >= kFirstWireBit)
                    input_width[b] = GetSize(p.bits);
    }

    // Walks back from `sinks`; `self` is the register whose cone this is (-1 for outputs).
    // Mode bits: 1 = behind a decision (condition), 2 = behind an adder/subtractor on a
    // direct path (to tell counter-style controllers).
    ConeInfo walk(const std::vector<int> &sinks, int self) const {
        ConeInfo info;
        std::vector<char> seen[4];
        for (auto &v : seen)
            v.assign(nl.nbits, 0);
        std::vector<std::pair<int, int>> stack;
        for (int s : sinks)
            stack.push_back({s, 0});
        while (!stack.empty()) {
            auto [b, mode] = stack.back();
            stack.pop_back();
            const int cond = mode & 1;
            if (b < kFirstWireBit || seen[mode][b])
                continue;
            seen[mode][b] = 1;
            if (nl.flop_of_q[b] >= 0) {
                int r = nl.flops[nl.flop_of_q[b]].reg;
                (cond ? info.cond_regs : info.direct_regs).insert(r);
                if (mode == 2 && r == self)
                    info.self_arithmetic = true;
                continue;
            }
            if (input_width[b] > 0) {
                if (!cond && input_width[b] > 1)
                    info.direct_multibit_input = true;
                continue;
            }
            int d = nl.driver[b];
            if (d < 0)
                continue;
            const CombNode &n = nl.nodes[d];
            if (n.is_condition) {
                for (int in : n.inputs)
                    stack.push_back({in, 1});
                continue;
            }
            if (n.kind == NodeKind::Mux || n.kind == NodeKind::Pmux) {
                for (int s : n.s)
                    stack.push_back({s, 1});
                int yw = GetSize(n.y);
                int i = int(std::find(n.y.begin(), n.y.end(), b) - n.y.begin());
                stack.push_back({n.a[i], mode});
                for (int j = 0; j * yw < GetSize(n.b); ++j)
                    stack.push_back({n.b[j * yw + i], mode});
                continue;
            }
            if (n.kind == NodeKind::Not || n.kind == NodeKind::Buf || n.kind == NodeKind::And ||
                n.kind == NodeKind::Or || n.kind == NodeKind::Xor || n.kind == NodeKind::Xnor) {
                int i = int(std::find(n.y.begin(), n.y.end(), b) - n.y.begin());
                stack.push_back({n.a[i], mode});
                if (!n.b.empty())
                    stack.push_back({n.b[i], mode});
                continue;
            }
            int next = mode;
            if (!cond && n.cell->type.in(ID($add), ID($sub)))
                next = 2;
            for (int in : n.inputs)
                stack.push_back({in, next});
        }
        return info;
    }
};

} // namespace

StructuralCones compute_structural_cones(const Netlist &nl) {
    Walker w(nl);
    StructuralCones out;
    for (int r = 0; r < GetSize(nl.regs); ++r) {
        std::vector<int> sinks;
        for (int f : nl.regs[r].flops)
            sinks.push_back(nl.flops[f].d);
        out.reg.push_back(w.walk(sinks, r));
    }
    std::vector<int> sinks;
    for (auto &p : nl.outputs)
        sinks.insert(sinks.end(), p.bits.begin(), p.bits.end());
    out.outputs = w.walk(sinks, -1);
    return out;
}

std::vector<int> structural_cone_nodes(const Netlist &nl, const std::vector<int> &sinks) {
    std::vector<char> seen(nl.nbits, 0), node_seen(nl.nodes.size(), 0);
    std::vector<int> stack(sinks.begin(), sinks.end()), out;
    while (!stack.empty()) {
        int b = stack.back();
        stack.pop_back();
        if (b < kFirstWireBit || seen[b])
            continue;
        seen[b] = 1;
        int d = nl.driver[b];
        if (d < 0 || node_seen[d])
            continue;
        node_seen[d] = 1;
        out.push_back(d);
        for (int in : nl.nodes[d].inputs)
            stack.push_back(in);
    }
    std::sort(out.begin(), out.end());
    return out;
}

} // namespace idetic_pass
YOSYS_NAMESPACE_END
