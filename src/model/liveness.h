// Register liveness over the control-state graph (DESIGN.md §4):
//
//   live_out(s) = ∪ live_in(t) over successors t of s
//   live_in(s)  = use(s) ∪ (live_out(s) − kill(s))
//
// refined by edge kills (StateGraph::edge_kill): what a transition s -> t
// certainly overwrites is not carried back from t:
//
//   live_in(s)  = use(s) ∪ ∪_t (live_in(t) − kill(s) − kill(s→t))
//
// Solved backwards with a worklist until the least fixpoint. States need not be
// reachable from reset; the equations hold for every vertex of the graph.
#pragma once

#include "model/state_graph.h"

namespace idetic {

// Fills ControlState::live_in of every state. Every def/kill/use set must have
// `register_count` bits. Returns the number of worklist iterations (for tests).
std::size_t compute_liveness(StateGraph &graph, std::size_t register_count);

} // namespace idetic
