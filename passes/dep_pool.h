// Sparse dependency sets (which data registers a signal bit may depend on) for
// StateEvaluator. Most bits depend on one to three registers, so a set is a sorted
// array of register indices in an arena, named by a DepRef:
//
//  * persistent sets (ref >= 0) hold the state-independent dependencies (the part of
//    the netlist no controller reaches); they live as long as the pool;
//  * transient sets (ref < 0) belong to one evaluation and are dropped by
//    clear_transient().
//
// A union returns one of its operands, without copying, when the others are empty or
// the same set (pass-through wiring, buffers, decided multiplexers); otherwise it
// collects the elements with a stamp array (no clearing) and sorts them.
#pragma once

#include "kernel/yosys.h"

#include <cstdint>
#include <utility>
#include <vector>

YOSYS_NAMESPACE_BEGIN
namespace idetic_pass {

using DepRef = int;

class DepPool {
  public:
    static constexpr DepRef kEmpty = 0;

    explicit DepPool(int nregs);

    // {reg}: one persistent set per register, made up front.
    DepRef singleton(int reg) const { return reg + 1; }
    // Union of refs[0..n); persistent only if every operand is.
    DepRef unite(const DepRef *refs, int n, bool persistent);
    bool contains(DepRef ref, int reg) const;
    const int *begin(DepRef ref) const { return data(ref); }
    const int *end(DepRef ref) const { return data(ref) + size(ref); }
    int size(DepRef ref) const { return span(ref).second; }
    void clear_transient();

  private:
    const std::pair<int, int> &span(DepRef ref) const { return ref >= 0 ? psets_[ref] : tsets_[~ref]; }
    const int *data(DepRef ref) const {
        return (ref >= 0 ? pelems_.data() : telems_.data()) + span(ref).first;
    }
    std::vector<int> pelems_, telems_;
    std::vector<std::pair<int, int>> psets_, tsets_; // (offset, size)
    std::vector<uint32_t> stamp_;                    // per register
    uint32_t epoch_ = 0;
    std::vector<DepRef> refs_;
    std::vector<int> scratch_;
};

} // namespace idetic_pass
YOSYS_NAMESPACE_END
