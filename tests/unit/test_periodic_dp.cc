#include "optimize/periodic_dp.h"

#include "reference_solvers.h"

#include <gtest/gtest.h>

#include <cstdio>
#include <random>

using namespace idetic;

namespace {

// 0 -> 1 -> 2 -> 3 -> 0: one pJ per cycle, save 2, restore 1, one visit each.
PlacementProblem ring4(double budget) {
    PlacementProblem p;
    for (StateId s = 0; s < 4; ++s) {
        p.succ.push_back({(s + 1) % 4});
        p.step_pj.push_back(1);
        p.save_pj.push_back(s == 2 ? 3 : 2);
        p.restore_pj.push_back(1);
        p.eligible.push_back(1);
        p.visit_weight.push_back(1);
    }
    p.charge_pj = budget;
    return p;
}

} // namespace

TEST(PeriodicDp, CostOfAFixedSetByHand) {
    PlacementProblem p = ring4(100);
    // C = {1}: A(1) = 1 + 1 = 2, A(2) = 3, A(3) = 4, A(0) = 5 (from 3; the reset start
    // gives only 1). Recompute = (2 + 3 + 4 + 5) / 100; checkpoints = 1 * 2.
    // Segments: restore(1) + e(1) + e(2) + e(3) + e(0) + save(1) = 7; from reset 1 + 2.
    const PeriodicCost c = periodic_cost(p, p.visit_weight, {0, 1, 0, 0});
    ASSERT_TRUE(c.feasible);
    EXPECT_DOUBLE_EQ(c.checkpoint_pj, 2);
    EXPECT_DOUBLE_EQ(c.recompute_pj, 0.14);
    EXPECT_DOUBLE_EQ(c.total_pj, 2.14);
    EXPECT_DOUBLE_EQ(c.max_segment_pj, 7);
    EXPECT_FALSE(periodic_cost(p, p.visit_weight, {0, 0, 0, 0}).feasible); // the ring needs a checkpoint
}

TEST(PeriodicDp, TighterChargesNeedMoreCheckpoints) {
    // A roomy charge: one checkpoint, at a cheap state.
    PeriodicPlan roomy = solve_periodic(ring4(100));
    ASSERT_TRUE(roomy.feasible) << roomy.error;
    EXPECT_TRUE(roomy.exact);
    EXPECT_EQ(roomy.checkpoint_states.size(), 1u);
    EXPECT_NE(roomy.checkpoint_states[0], 2u);
    // One checkpoint needs segments of 7 pJ; with 6 two opposite ones (5 pJ) are needed.
    PeriodicPlan tight = solve_periodic(ring4(6));
    ASSERT_TRUE(tight.feasible) << tight.error;
    EXPECT_EQ(tight.checkpoint_states.size(), 2u);
    EXPECT_LE(tight.cost.max_segment_pj, 6);
    // With 4 pJ only a checkpoint in every state fits (1 + 1 + 2)... except state 2,
    // whose save costs 3: no placement fits.
    PeriodicPlan none = solve_periodic(ring4(4));
    EXPECT_FALSE(none.feasible);
    EXPECT_NE(none.error.find("within one charge"), std::string::npos) << none.error;
    PlacementProblem p = ring4(4);
    p.save_pj[2] = 2;
    PeriodicPlan every = solve_periodic(p);
    ASSERT_TRUE(every.feasible) << every.error;
    EXPECT_EQ(every.checkpoint_states, (std::vector<StateId>{0, 1, 2, 3}));
}

TEST(PeriodicDp, CycleWithoutEligibleStateIsAnError) {
    PlacementProblem p = ring4(100);
    p.eligible = {1, 0, 0, 0};
    p.succ[3] = {1};
    PeriodicPlan plan = solve_periodic(p);
    EXPECT_FALSE(plan.feasible);
    EXPECT_NE(plan.error.find("cycle without an eligible checkpoint state"), std::string::npos) << plan.error;
}

TEST(PeriodicDp, EstimatesVisitFrequenciesWhenNoneGiven) {
    PlacementProblem p = ring4(100);
    p.visit_weight.clear();
    PeriodicPlan plan = solve_periodic(p);
    ASSERT_TRUE(plan.feasible);
    ASSERT_EQ(plan.visit_weight.size(), 4u);
    double sum = 0;
    for (double f : plan.visit_weight)
        sum += f;
    EXPECT_NEAR(sum, 1.0, 1e-9);
    EXPECT_GT(plan.visit_weight[0], plan.visit_weight[3]); // restarts land on the root
}

TEST(PeriodicDp, MatchesBruteForceOnRandomGraphs) {
    std::mt19937_64 rng(99);
    int feasible = 0, infeasible = 0;
    for (int g = 0; g < 2500; ++g) {
        PlacementProblem p = reference::random_problem(rng);
        SCOPED_TRACE("graph " + std::to_string(g));
        const auto ref = reference::brute_force_periodic(p, p.visit_weight);
        PeriodicPlan plan = solve_periodic(p);
        ASSERT_EQ(plan.feasible, ref.feasible) << plan.error;
        if (!plan.feasible) {
            ++infeasible;
            ASSERT_FALSE(plan.error.empty());
            continue;
        }
        ++feasible;
        ASSERT_TRUE(plan.exact);
        ASSERT_DOUBLE_EQ(plan.cost.total_pj, ref.cost);
        const auto check = reference::periodic_eval(p, p.visit_weight, plan.checkpoint);
        ASSERT_TRUE(check.feasible);
        ASSERT_DOUBLE_EQ(check.cost, plan.cost.total_pj);
        ASSERT_DOUBLE_EQ(check.max_segment, plan.cost.max_segment_pj);
        ASSERT_LE(plan.cost.max_segment_pj, p.charge_pj);
        ASSERT_TRUE(reference::every_cycle_has_checkpoint(p, plan.checkpoint));
        for (StateId s : plan.checkpoint_states)
            ASSERT_TRUE(p.eligible[s]);
    }
    EXPECT_GT(feasible, 1000);
    EXPECT_GT(infeasible, 100);
}

TEST(PeriodicDp, EveryFeasibleSetLiesInsideTheCandidates) {
    std::mt19937_64 rng(5);
    for (int g = 0; g < 600; ++g) {
        PlacementProblem p = reference::random_problem(rng, {1, 10, 8, 0.4, 0.8, false});
        const Adjacency adj(p);
        const auto reach = reachable_mask(p, adj);
        bool any = false;
        std::vector<char> start;
        const auto cand_max = periodic_candidates(p, adj, reach, &any, &start);
        const auto cand = reference::candidates(p);
        bool found = false;
        for (std::uint64_t mask = 0; mask < (std::uint64_t{1} << cand.size()); ++mask) {
            const auto c = reference::subset(p, cand, mask);
            if (!reference::periodic_eval(p, p.visit_weight, c).feasible) continue;
            found = true;
            for (StateId s = 0; s < p.size(); ++s)
                ASSERT_TRUE(!c[s] || cand_max[s]) << "graph " << g << " state " << s;
        }
        ASSERT_EQ(found, any) << "graph " << g;
        if (any) {
            ASSERT_TRUE(reference::periodic_eval(p, p.visit_weight, start).feasible) << "graph " << g;
        }
    }
}

// How good is the local descent alone (what large graphs get)? Figures quoted in
// docs/OPTIMIZER.md.
TEST(PeriodicDp, DescentGapToExhaustiveOptimum) {
    std::mt19937_64 rng(1234);
    PeriodicOptions heuristic_only;
    heuristic_only.exact_max_candidates = 0;
    int graphs = 0, optimal = 0;
    double excess = 0, worst = 1, optimum_total = 0;
    for (int g = 0; g < 1500; ++g) {
        PlacementProblem p = reference::random_problem(rng);
        const auto ref = reference::brute_force_periodic(p, p.visit_weight);
        PeriodicPlan plan = solve_periodic(p, heuristic_only);
        ASSERT_EQ(plan.feasible, ref.feasible);
        if (!ref.feasible) continue;
        ASSERT_FALSE(plan.exact);
        ASSERT_GE(plan.cost.total_pj, ref.cost * (1 - 1e-12));
        ++graphs;
        optimal += plan.cost.total_pj <= ref.cost * (1 + 1e-12);
        excess += plan.cost.total_pj - ref.cost;
        optimum_total += ref.cost;
        if (ref.cost > 0) worst = std::max(worst, plan.cost.total_pj / ref.cost);
    }
    std::printf(
        "[periodic descent] %d feasible graphs: optimal on %d (%.1f%%), total excess %.2f%% of the optimum, "
        "worst ratio %.3f\n",
        graphs, optimal, 100.0 * optimal / graphs, 100.0 * excess / optimum_total, worst);
    EXPECT_GT(optimal, graphs * 19 / 20);
}

TEST(PeriodicDp, LargeGraphUsesTheDescent) {
    // A 2000-state controller-like graph: a long chain with nested loops back.
    PlacementProblem p;
    const std::size_t n = 2000;
    for (StateId s = 0; s < n; ++s) {
        p.succ.push_back({(s + 1) % n});
        if (s % 10 == 9) p.succ.back().push_back(s - 9);
        if (s % 100 == 99) p.succ.back().push_back(s - 99);
        p.step_pj.push_back(10);
        p.save_pj.push_back(50 + static_cast<double>(s % 7) * 10);
        p.restore_pj.push_back(20);
        p.eligible.push_back(1);
    }
    p.charge_pj = 2000;
    PeriodicPlan plan = solve_periodic(p);
    ASSERT_TRUE(plan.feasible) << plan.error;
    EXPECT_FALSE(plan.exact);
    EXPECT_LE(plan.cost.max_segment_pj, p.charge_pj);
    EXPECT_TRUE(reference::every_cycle_has_checkpoint(p, plan.checkpoint));
    EXPECT_LT(plan.checkpoint_states.size(), n / 2);
}
