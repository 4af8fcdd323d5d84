// The control-state graph: one vertex per reachable tuple of controller values,
// one edge per possible transition in one clock cycle. Built on Boost.Graph.
//
// Each state carries the per-state dataflow facts of DESIGN.md §4:
//   def(s)  – registers that may change in a cycle spent in s,
//   kill(s) – registers certainly overwritten in s whatever the other signals,
//   use(s)  – registers whose current value may reach the next controller value,
//             the next value of a register written in s, or an output port,
//   live_in(s) – filled in by compute_liveness().
#pragma once

#include "model/register_table.h"

#include <boost/graph/adjacency_list.hpp>

#include <cstddef>
#include <string>
#include <vector>

namespace idetic {

using StateId = std::size_t;

struct ControlState {
    // One binary string (MSB first) per controller, in DesignModel::controllers order.
    std::vector<std::string> code;
    RegSet def, kill, use, live_in;
};

// A transition may kill more than its source state: a register written whenever
// this particular transition is taken (e.g. loaded on `start`) is dead on that
// edge even when the state as a whole only writes it conditionally.
// An empty (size 0) set means "no more than kill(source)".
struct Transition {
    RegSet kill;
};

class StateGraph {
  public:
    using Graph = boost::adjacency_list<boost::setS, boost::vecS, boost::bidirectionalS, ControlState, Transition>;

    StateId add_state(ControlState state);
    // Adds the edge from -> to; a repeated edge is stored once.
    void add_edge(StateId from, StateId to);
    // Registers killed on the edge from -> to (must exist); kill(from) is implied.
    void set_edge_kill(StateId from, StateId to, RegSet kill);
    // The edge's own kill set; size 0 when it kills no more than its source state.
    const RegSet &edge_kill(StateId from, StateId to) const;

    std::size_t size() const { return boost::num_vertices(g_); }
    std::size_t edge_count() const { return boost::num_edges(g_); }
    ControlState &state(StateId id) { return g_[check(id)]; }
    const ControlState &state(StateId id) const { return g_[check(id)]; }
    // Sorted successor / predecessor ids.
    std::vector<StateId> successors(StateId id) const;
    std::vector<StateId> predecessors(StateId id) const;
    // States reachable from `root` (including it), in ascending id order.
    std::vector<StateId> reachable_from(StateId root) const;
    const Graph &graph() const { return g_; }

  private:
    StateId check(StateId id) const;
    Graph g_;
};

} // namespace idetic
