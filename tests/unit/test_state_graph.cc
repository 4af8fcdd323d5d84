#include "model/state_graph.h"

#include <gtest/gtest.h>

using namespace idetic;

TEST(StateGraph, EdgesAreDeduplicatedAndSorted) {
    StateGraph g;
    for (int i = 0; i < 4; ++i)
        g.add_state(ControlState{{std::to_string(i)}, {}, {}, {}, {}});
    g.add_edge(0, 3);
    g.add_edge(0, 1);
    g.add_edge(0, 3);
    g.add_edge(2, 0);
    EXPECT_EQ(g.edge_count(), 3u);
    EXPECT_EQ(g.successors(0), (std::vector<StateId>{1, 3}));
    EXPECT_EQ(g.predecessors(0), (std::vector<StateId>{2}));
    EXPECT_EQ(g.predecessors(3), (std::vector<StateId>{0}));
    EXPECT_EQ(g.reachable_from(0), (std::vector<StateId>{0, 1, 3}));
    EXPECT_EQ(g.reachable_from(2), (std::vector<StateId>{0, 1, 2, 3}));
}

TEST(StateGraph, RejectsUnknownIds) {
    StateGraph g;
    g.add_state({});
    EXPECT_THROW(g.add_edge(0, 5), std::out_of_range);
    EXPECT_THROW(g.successors(1), std::out_of_range);
}
