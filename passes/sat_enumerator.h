// Exact enumeration of the possible next values of a set of flip-flops with
// some sources fixed and every other source free, by SAT (Yosys's SatGen over
// ezSAT). Used to explore the reachable control states: with the controller
// bits fixed to one state, every solution for the controller's next-value bits
// is one successor state. Cells SatGen cannot model leave their outputs free,
// which can only add successors (conservative).
//
// SatEnumerator imports the whole cone once and is reused across calls: each solve
// then assigns every variable of the cone, so exploring all states costs states x
// cone size. OpenConeEnumerator builds a small instance per call instead, from the
// part of the cone the fixed bits leave open: given the values `known` the fixed
// bits imply (StateEvaluator::evaluate_safe: three-valued values computed only through
// cells whose SAT model agrees with them, so each known bit has that value in every
// solution of the full instance), the backward walk from the outputs
//
//  * stops at known bits (fixed by a unit clause) and at sources (free);
//  * through a multiplexer whose select is known (a $pmux whose selects are all known,
//    at most one of them 1) follows only the selected input, bound by equivalence;
//  * imports any other cell with SatGen and walks all its inputs.
//
// The solutions projected on the outputs are those of the full instance: everything
// left out is either fixed to the value it has in every solution or cannot reach the
// outputs. Solutions come back sorted by value (bit i weighs 2^i), not in solver order.
#pragma once

#include "netlist.h"

#include "kernel/satgen.h"

#include <memory>
#include <utility>
#include <vector>

YOSYS_NAMESPACE_BEGIN
namespace idetic_pass {

class SatEnumerator {
  public:
    // Imports the combinational cone of `sinks` (bit ids).
    SatEnumerator(const Netlist &nl, const std::vector<int> &sinks);

    // All distinct values of `outputs` under the fixed bits, at most `limit`+1 of
    // them (so a caller can tell "more than limit"). Each value is LSB first.
    std::vector<std::vector<bool>> enumerate(const std::vector<std::pair<int, bool>> &fixed,
                                             const std::vector<int> &outputs, int limit);

  private:
    int lit(int bit);
    const Netlist &nl_;
    ezSatPtr ez_;
    SigMap sigmap_;
    std::unique_ptr<SatGen> satgen_;
};

class OpenConeEnumerator {
  public:
    explicit OpenConeEnumerator(const Netlist &nl);

    // All distinct values of `outputs` (at most `limit`+1 of them) when every bit whose
    // `known` value is 0 or 1 has that value and every other source is free.
    std::vector<std::vector<bool>> enumerate(const std::vector<uint8_t> &known,
                                             const std::vector<int> &outputs, int limit);

  private:
    const Netlist &nl_;
    SigMap sigmap_;
    std::vector<int> out_index_; // per bit: its index in its driver's outputs
    std::vector<uint32_t> bit_seen_, node_seen_;
    uint32_t epoch_ = 0;
};

} // namespace idetic_pass
YOSYS_NAMESPACE_END
