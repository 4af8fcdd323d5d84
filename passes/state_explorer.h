// Reachable control states: breadth-first from the reset state over tuples of
// all controller values (coordinated: one tuple is one state). A state's
// successors come from three-valued evaluation when the controllers' next value
// is decided by the state alone, and from SAT enumeration (everything but the
// controllers and the reset free) otherwise. Exceeding -max-states is an error
// that names the option.
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
