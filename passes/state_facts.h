// Per-state def / kill / use of the data registers (DESIGN.md §4), from one
// three-valued evaluation with dependency tracking per control state:
//
//  def(s):  some bit of R's next value is not a plain copy of R's own bit;
//  kill(s): no bit of R's next value depends on R (it is overwritten whatever
//           the other signals are);
//  use(s):  R reaches the controllers' next value, an output port, or a bit of
//           another register's next value that is not a plain hold.
//  kill(s→t): for states with several successors, the few undecided condition
//           bits that steer the controllers (at most 6) are split on; a register
//           whose next value does not depend on itself in every split that leads
//           to t is killed on that edge.
//
// Where three-valued evaluation cannot decide, the dependency is kept: may-use,
// may-write, never kill.
//
// The evaluation per state is StateEvaluator's (state_eval.h): only the part of the
// netlist the controllers reach is re-evaluated, and dependency sets are computed only
// for the bits asked about: the next value of registers that do not hold (a holding
// bit, a plain copy of its own output, depends on its register by construction), the
// controllers' next value, the observed outputs and memory write ports. The edge-kill
// splits re-evaluate only that part plus the fan-out of the split bits.
#pragma once

#include "controller_detect.h"
#include "model/handshake.h"
#include "netlist.h"

#include <map>
#include <utility>
#include <vector>

YOSYS_NAMESPACE_BEGIN
namespace idetic_pass {

struct StateFacts {
    // Per state, per Netlist register (controllers are always false).
    std::vector<std::vector<bool>> def, kill, use;
    // Per state: successor code -> registers killed on that transition (only where the
    // state has several successors and splitting on its conditions decided them).
    std::vector<std::map<std::vector<bool>, std::vector<bool>>> edge_kill;
};

// An output port as the environment observes it: always (valid empty), or only in the
// cycles where one of the `valid` bits is 1 (-outputs-valid).
struct ObservedOutput {
    std::string name;
    std::vector<int> bits, valid;
};

// The observed outputs from the -outputs-valid declarations: "VALID" gates every output
// except VALID and the handshake signals by VALID; "DATA=VALID" gates DATA. Refuses
// names that are not output ports (VALID: 1 bit) with log_error.
std::vector<ObservedOutput> observed_outputs(const Netlist &nl, const std::vector<std::string> &specs,
                                             const std::vector<idetic::Handshake> &handshakes);

// Uses also come from the write ports of kept memories (nl.memories): in a state where
// a write enable may be 1, the address, data and enable cones are read.
StateFacts compute_state_facts(const Netlist &nl, const ControllerSet &ctrl,
                               const std::vector<std::vector<bool>> &codes,
                               const std::vector<std::pair<int, int>> &edges,
                               const std::vector<ObservedOutput> &observed);

// The same by full evaluation with dense dependency sets (state_facts_reference.cc):
// the specification compute_state_facts is checked against with IDETIC_CHECK_FACTS=1.
constexpr int kMaxStateSplitBits = 6; // at most 2^6 evaluations per state for edge kills
StateFacts reference_state_facts(const Netlist &nl, const ControllerSet &ctrl,
                                 const std::vector<std::vector<bool>> &codes,
                                 const std::vector<std::pair<int, int>> &edges,
                                 const std::vector<ObservedOutput> &observed);

} // namespace idetic_pass
YOSYS_NAMESPACE_END
