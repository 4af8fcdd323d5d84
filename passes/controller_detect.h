// Controller detection (DESIGN.md §4) and the reset state.
//
// Yosys's fsm_detect misses most HLS controllers (one-hot registers read through
// bit-selects, state registers with initial values, counter-style controllers
// advanced by adders), so idetic classifies registers itself:
//
//  1. Candidates: registers no wider than -max-controller-width.
//  2. Data-fed candidates are dropped: a controller's next value may take data
//     (multi-bit inputs, non-controller multi-bit registers) only through
//     decisions — multiplexer selects and 1-bit comparisons/reductions.
//  3. A controller is sequential (its next value reads some candidate) and it
//     drives decisions (it is read by some decision, or feeds another
//     candidate's next value directly).
//  4. The reset: an input port named like a reset (or -reset PORT), or the
//     asynchronous reset of a flip-flop, that forces the candidates to
//     constants; otherwise their initial values. A candidate with neither is
//     dropped (it has no known start value).
//  5. Counters: each candidate's own reachable values (everything else free)
//     are enumerated by SAT; one taking more than -max-counter-values values is
//     a data counter, not a controller.
// Steps 2–5 repeat until nothing changes. -state and (* idetic_state *) skip
// steps 1–3 and 5.
#pragma once

#include "analysis_options.h"
#include "netlist.h"

#include <string>
#include <utility>
#include <vector>

YOSYS_NAMESPACE_BEGIN
namespace idetic_pass {

struct ResetChoice {
    int bit = -1;            // input bit id; -1 when the start state comes from initial values
    std::string port;
    bool active_high = true;
    bool asynchronous = false;
    int inactive_value() const { return active_high ? 0 : 1; }
};

struct ControllerSet {
    std::vector<int> regs;     // Netlist register indices, in Netlist order
    std::string source;        // "detected", "option" or "attribute"
    ResetChoice reset;
    std::vector<bool> reset_bits; // per controller flop bit (regs order, LSB first)
    std::vector<int> flop_bits;   // the flops of all controllers, in the same order
    std::vector<bool> counter;    // per controller: advanced by an adder/subtractor reading itself
};

ControllerSet detect_controllers(const Netlist &nl, const idetic_pass_options::AnalysisOptions &opt);

// SAT assumptions for a functional cycle: the bits `q` hold `values`, the reset (if any) is inactive.
std::vector<std::pair<int, bool>> fixed_bits(const std::vector<int> &q, const std::vector<bool> &values,
                                             const ResetChoice &reset);

// Next value of every flop in `flop_bits` under valuation `val` (reset inactive or active as set in val).
std::vector<uint8_t> next_values(const Netlist &nl, const std::vector<int> &flop_bits, const std::vector<uint8_t> &val);

} // namespace idetic_pass
YOSYS_NAMESPACE_END
