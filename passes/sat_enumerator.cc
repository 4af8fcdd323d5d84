#include "sat_enumerator.h"

#include "structural_cones.h"
#include "ternary_eval.h"

#include <algorithm>

YOSYS_NAMESPACE_BEGIN
namespace idetic_pass {

SatEnumerator::SatEnumerator(const Netlist &nl, const std::vector<int> &sinks) : nl_(nl), sigmap_(nl.module) {
    satgen_ = std::make_unique<SatGen>(ez_.get(), &sigmap_);
    for (int n : structural_cone_nodes(nl, sinks))
        satgen_->importCell(nl.nodes[n].cell);
}

int SatEnumerator::lit(int bit) {
    if (bit == kBit0)
        return ez_->CONST_FALSE;
    if (bit == kBit1)
        return ez_->CONST_TRUE;
    if (bit == kBitX)
        return ez_->CONST_FALSE; // SatGen's reading of an x constant outside undef mode
    return satgen_->importSigBit(nl_.bit(bit));
}

std::vector<std::vector<bool>> SatEnumerator::enumerate(const std::vector<std::pair<int, bool>> &fixed,
                                                        const std::vector<int> &outputs, int limit) {
    std::vector<int> assumptions;
    for (auto [bit, value] : fixed) {
        int l = lit(bit);
        assumptions.push_back(value ? l : ez_->NOT(l));
    }
    std::vector<int> out_lits;
    for (int b : outputs)
        out_lits.push_back(lit(b));

    // Blocking clauses are guarded by a fresh activation literal, retired afterwards.
    int act = ez_->frozen_literal();
    assumptions.push_back(act);
    std::vector<std::vector<bool>> found;
    std::vector<bool> model;
    while (GetSize(found) <= limit && ez_->solve(out_lits, model, assumptions)) {
        found.push_back(model);
        ez_->assume(ez_->OR(ez_->NOT(act), ez_->vec_ne(out_lits, ez_->vec_const(model))));
    }
    ez_->assume(ez_->NOT(act));
    return found;
}

OpenConeEnumerator::OpenConeEnumerator(const Netlist &nl)
    : nl_(nl), sigmap_(nl.module), out_index_(nl.nbits, -1), bit_seen_(nl.nbits, 0), node_seen_(nl.nodes.size(), 0) {
    for (const auto &n : nl.nodes)
        for (int i = 0; i < GetSize(n.y); ++i)
            if (n.y[i] >= kFirstWireBit)
                out_index_[n.y[i]] = i;
}

std::vector<std::vector<bool>> OpenConeEnumerator::enumerate(const std::vector<uint8_t> &known,
                                                             const std::vector<int> &outputs, int limit) {
    if (++epoch_ == 0) {
        std::fill(bit_seen_.begin(), bit_seen_.end(), 0);
        std::fill(node_seen_.begin(), node_seen_.end(), 0);
        epoch_ = 1;
    }
    ezSatPtr ez;
    SatGen satgen(ez.get(), &sigmap_);
    auto lit = [&](int bit) {
        if (bit == kBit1)
            return ez->CONST_TRUE;
        if (bit < kFirstWireBit)
            return ez->CONST_FALSE; // 0, and x as SatGen reads it outside undef mode
        return satgen.importSigBit(nl_.bit(bit));
    };
    // The input a decided multiplexer passes to output bit i, or -1.
    auto selected = [&](const CombNode &n, int i) {
        if (n.kind == NodeKind::Mux) {
            uint8_t s = known[n.s[0]];
            return s == kVX ? -1 : s == kV1 ? n.b[i] : n.a[i];
        }
        if (n.kind != NodeKind::Pmux)
            return -1;
        int one = -1;
        for (int j = 0; j < GetSize(n.s); ++j) {
            uint8_t s = known[n.s[j]];
            if (s == kVX || (s == kV1 && one >= 0))
                return -1;
            if (s == kV1)
                one = j;
        }
        return one < 0 ? n.a[i] : n.b[one * GetSize(n.y) + i];
    };

    std::vector<int> stack(outputs.begin(), outputs.end());
    while (!stack.empty()) {
        int b = stack.back();
        stack.pop_back();
        if (b < kFirstWireBit || bit_seen_[b] == epoch_)
            continue;
        bit_seen_[b] = epoch_;
        if (known[b] != kVX) {
            int l = lit(b);
            ez->assume(known[b] == kV1 ? l : ez->NOT(l));
            continue;
        }
        int d = nl_.driver[b];
        if (d < 0)
            continue; // a free source
        const CombNode &n = nl_.nodes[d];
        int sel = selected(n, out_index_[b]);
        if (sel >= 0) {
            ez->assume(ez->IFF(lit(b), lit(sel)));
            stack.push_back(sel);
            continue;
        }
        if (node_seen_[d] != epoch_) {
            node_seen_[d] = epoch_;
            satgen.importCell(n.cell);
            stack.insert(stack.end(), n.inputs.begin(), n.inputs.end());
        }
    }

    std::vector<int> out_lits;
    for (int b : outputs)
        out_lits.push_back(lit(b));
    std::vector<std::vector<bool>> found;
    std::vector<bool> model;
    while (GetSize(found) <= limit && ez->solve(out_lits, model)) {
        found.push_back(model);
        ez->assume(ez->vec_ne(out_lits, ez->vec_const(model)));
    }
    std::sort(found.begin(), found.end(), [](const std::vector<bool> &x, const std::vector<bool> &y) {
        for (int i = GetSize(x) - 1; i >= 0; --i)
            if (x[i] != y[i])
                return y[i];
        return false;
    });
    return found;
}

} // namespace idetic_pass
YOSYS_NAMESPACE_END
