// Reachable control states: breadth-first from the reset state over tuples of
// all controller values (coordinated: one tuple is one state). A state's
// successors come from three-valued evaluation when the controllers' next value
// is decided by the state alone, and from SAT enumeration (everything but the
// controllers and the reset free) otherwise. Exceeding -max-states is an error
// that names the option.
//
// Per state, StateEvaluator evaluates only the controller-dependent part of the
// controllers' next-value cone, and the SAT instance (OpenConeEnumerator) holds only
// the part of that cone the state leaves open, so a state costs the size of its own
// decision logic rather than the whole netlist. Several successors are numbered in
// increasing order of their code (as an unsigned number per controller tuple, bit i
// of ControllerSet::flop_bits weighing 2^i), independent of the SAT solver.
//
// IDETIC_GLOBAL_SAT=1 (for comparisons only) enumerates with one SatEnumerator over the
// whole cone instead, as before: the same states and transitions, successors in the
// order the solver finds them (the state numbering of earlier versions); its cost grows
// with states x cone size.
#pragma once

#include "analysis_options.h"
#include "controller_detect.h"
#include "netlist.h"

#include <utility>
#include <vector>

YOSYS_NAMESPACE_BEGIN
namespace idetic_pass {

struct ExploredStates {
    std::vector<std::vector<bool>> codes; // per state: controller flop bits (ControllerSet::flop_bits order)
    std::vector<std::pair<int, int>> edges;
    int sat_calls = 0;
};

ExploredStates explore_states(const Netlist &nl, const ControllerSet &ctrl,
                              const idetic_pass_options::AnalysisOptions &opt);

} // namespace idetic_pass
YOSYS_NAMESPACE_END
