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
#pragma once

#include "controller_detect.h"
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

StateFacts compute_state_facts(const Netlist &nl, const ControllerSet &ctrl,
                               const std::vector<std::vector<bool>> &codes,
                               const std::vector<std::pair<int, int>> &edges);

} // namespace idetic_pass
YOSYS_NAMESPACE_END
