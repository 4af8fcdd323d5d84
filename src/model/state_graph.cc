#include "model/state_graph.h"

#include <boost/graph/breadth_first_search.hpp>

#include <algorithm>
#include <stdexcept>

namespace idetic {

StateId StateGraph::check(StateId id) const {
    if (id >= size())
        throw std::out_of_range("state id " + std::to_string(id) + " out of range");
    return id;
}

StateId StateGraph::add_state(ControlState state) { return boost::add_vertex(std::move(state), g_); }

void StateGraph::add_edge(StateId from, StateId to) { boost::add_edge(check(from), check(to), g_); }

void StateGraph::set_edge_kill(StateId from, StateId to, RegSet kill) {
    auto [e, found] = boost::edge(check(from), check(to), g_);
    if (!found)
        throw std::out_of_range("no edge " + std::to_string(from) + " -> " + std::to_string(to));
    g_[e].kill = std::move(kill);
}

const RegSet &StateGraph::edge_kill(StateId from, StateId to) const {
    auto [e, found] = boost::edge(check(from), check(to), g_);
    if (!found)
        throw std::out_of_range("no edge " + std::to_string(from) + " -> " + std::to_string(to));
    return g_[e].kill;
}

std::vector<StateId> StateGraph::successors(StateId id) const {
    std::vector<StateId> out;
    for (auto [it, end] = boost::adjacent_vertices(check(id), g_); it != end; ++it)
        out.push_back(*it);
    std::sort(out.begin(), out.end());
    return out;
}

std::vector<StateId> StateGraph::predecessors(StateId id) const {
    std::vector<StateId> out;
    for (auto [it, end] = boost::in_edges(check(id), g_); it != end; ++it)
        out.push_back(boost::source(*it, g_));
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

std::vector<StateId> StateGraph::reachable_from(StateId root) const {
    std::vector<boost::default_color_type> color(size(), boost::white_color);
    std::vector<StateId> seen;
    struct Visitor : boost::default_bfs_visitor {
        std::vector<StateId> *out;
        void discover_vertex(StateId v, const Graph &) const { out->push_back(v); }
    } vis;
    vis.out = &seen;
    boost::breadth_first_search(
        g_, check(root),
        boost::visitor(vis).color_map(boost::make_iterator_property_map(
            color.begin(), boost::get(boost::vertex_index, g_))));
    std::sort(seen.begin(), seen.end());
    return seen;
}

} // namespace idetic
