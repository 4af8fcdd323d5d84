#include "sat_enumerator.h"

#include "structural_cones.h"

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

} // namespace idetic_pass
YOSYS_NAMESPACE_END
