// Liveness on hand-made graphs. Registers: 0=a, 1=b, 2=c, 3=d (all data).
#include "model/liveness.h"

#include <gtest/gtest.h>

using namespace idetic;

namespace {

struct Builder {
    RegisterTable regs;
    StateGraph g;
    Builder() {
        for (const char *n : {"a", "b", "c", "d"})
            regs.add({n, 8, RegisterKind::Data});
    }
    StateId state(std::vector<std::string> use, std::vector<std::string> kill) {
        ControlState s;
        s.code = {std::to_string(g.size())};
        s.use = regs.set_of(use);
        s.kill = regs.set_of(kill);
        s.def = s.kill;
        return g.add_state(std::move(s));
    }
    std::vector<std::string> live(StateId s) { return regs.names(g.state(s).live_in); }
    void run() { compute_liveness(g, regs.size()); }
};

using Names = std::vector<std::string>;

} // namespace

TEST(Liveness, StraightLine) {
    // s0 kills a; s1 uses a, kills b; s2 uses b.  s0 -> s1 -> s2.
    // live_in(s2) = {b}; live_in(s1) = {a} ∪ ({b} − {b}) = {a}; live_in(s0) = {} ∪ ({a} − {a}) = {}.
    Builder b;
    auto s0 = b.state({}, {"a"}), s1 = b.state({"a"}, {"b"}), s2 = b.state({"b"}, {});
    b.g.add_edge(s0, s1);
    b.g.add_edge(s1, s2);
    b.run();
    EXPECT_EQ(b.live(s0), Names{});
    EXPECT_EQ(b.live(s1), Names{"a"});
    EXPECT_EQ(b.live(s2), Names{"b"});
}

TEST(Liveness, DiamondUnionsBothBranches) {
    // s0 -> {s1, s2} -> s3. s1 uses a, s2 uses b, s3 uses c; s0 kills c.
    // live_in(s3) = {c}; s1 = {a,c}; s2 = {b,c}; s0 = ({a,b,c}) − {c} = {a,b}.
    Builder b;
    auto s0 = b.state({}, {"c"}), s1 = b.state({"a"}, {}), s2 = b.state({"b"}, {}), s3 = b.state({"c"}, {});
    b.g.add_edge(s0, s1);
    b.g.add_edge(s0, s2);
    b.g.add_edge(s1, s3);
    b.g.add_edge(s2, s3);
    b.run();
    EXPECT_EQ(b.live(s0), (Names{"a", "b"}));
    EXPECT_EQ(b.live(s1), (Names{"a", "c"}));
    EXPECT_EQ(b.live(s2), (Names{"b", "c"}));
    EXPECT_EQ(b.live(s3), Names{"c"});
}

TEST(Liveness, LoopCarriesValuesAroundTheBackEdge) {
    // s0 kills a,b -> s1 (uses a, kills a: a = f(a)) -> s2 (uses b) -> s1 | s3 (uses a).
    // Fixpoint: live_in(s3) = {a}; live_in(s2) = {b} ∪ live_in(s1) ∪ {a};
    // live_in(s1) = {a} ∪ (live_in(s2) − {a}) = {a,b}; live_in(s2) = {a,b}; live_in(s0) = {}.
    Builder b;
    auto s0 = b.state({}, {"a", "b"}), s1 = b.state({"a"}, {"a"}), s2 = b.state({"b"}, {}), s3 = b.state({"a"}, {});
    b.g.add_edge(s0, s1);
    b.g.add_edge(s1, s2);
    b.g.add_edge(s2, s1);
    b.g.add_edge(s2, s3);
    b.run();
    EXPECT_EQ(b.live(s0), Names{});
    EXPECT_EQ(b.live(s1), (Names{"a", "b"}));
    EXPECT_EQ(b.live(s2), (Names{"a", "b"}));
    EXPECT_EQ(b.live(s3), Names{"a"});
}

TEST(Liveness, SelfLoopKeepsWhatItDoesNotKill) {
    // s0 (idle, self-loop, uses d) -> s1 (kills d, uses c) -> s0.
    // live_in(s0) = {d} ∪ live_in(s0) ∪ live_in(s1); live_in(s1) = {c} ∪ (live_in(s0) − {d}).
    // Least fixpoint: live_in(s1) = {c}, live_in(s0) = {c, d}.
    Builder b;
    auto s0 = b.state({"d"}, {}), s1 = b.state({"c"}, {"d"});
    b.g.add_edge(s0, s0);
    b.g.add_edge(s0, s1);
    b.g.add_edge(s1, s0);
    b.run();
    EXPECT_EQ(b.live(s0), (Names{"c", "d"}));
    EXPECT_EQ(b.live(s1), Names{"c"});
}

TEST(Liveness, UnreachableStatesStillGetTheirEquations) {
    // s0 -> s1; s2 -> s1 is unreachable from s0 but is solved all the same.
    // s1 uses a; s2 kills b and uses nothing: live_in(s2) = {a}; s0 = {a}.
    Builder b;
    auto s0 = b.state({}, {}), s1 = b.state({"a"}, {}), s2 = b.state({}, {"b"});
    b.g.add_edge(s0, s1);
    b.g.add_edge(s2, s1);
    b.run();
    EXPECT_EQ(b.live(s2), Names{"a"});
    EXPECT_EQ(b.live(s0), Names{"a"});
    EXPECT_EQ(b.g.reachable_from(s0), (std::vector<StateId>{s0, s1}));
}

TEST(Liveness, KillWithoutSuccessorUseMakesDead) {
    // A register killed and never used later is not live anywhere.
    Builder b;
    auto s0 = b.state({}, {}), s1 = b.state({}, {"a"}), s2 = b.state({}, {});
    b.g.add_edge(s0, s1);
    b.g.add_edge(s1, s2);
    b.g.add_edge(s2, s0);
    b.run();
    for (StateId s : {s0, s1, s2})
        EXPECT_EQ(b.live(s), Names{});
}

TEST(Liveness, RejectsSetsOfTheWrongSize) {
    Builder b;
    b.state({}, {});
    EXPECT_THROW(compute_liveness(b.g, 7), std::invalid_argument);
}

TEST(Liveness, EdgeKillStopsValuesOnThatEdgeOnly) {
    // s0 (idle: self-loop, or load a on start) -> s1 (uses a) -> s0.
    // Without the edge kill a is live in s0 (it flows back from s1 along s0 -> s1).
    // With kill(s0 -> s1) = {a}: live_in(s0) = live_in(s0) ∪ (live_in(s1) − {a}) = {} (least fixpoint),
    // and the self-loop carries nothing in.
    Builder b;
    auto s0 = b.state({}, {}), s1 = b.state({"a"}, {});
    b.g.add_edge(s0, s0);
    b.g.add_edge(s0, s1);
    b.g.add_edge(s1, s0);
    b.run();
    EXPECT_EQ(b.live(s0), Names{"a"});
    b.g.set_edge_kill(s0, s1, b.regs.set_of({"a"}));
    b.run();
    EXPECT_EQ(b.live(s0), Names{});
    EXPECT_EQ(b.live(s1), Names{"a"});
    EXPECT_THROW(b.g.set_edge_kill(s1, s1, b.regs.set_of({})), std::out_of_range);
}
