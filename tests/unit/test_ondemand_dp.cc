#include "optimize/ondemand_dp.h"

#include "reference_solvers.h"

#include <gtest/gtest.h>

#include <cstdio>
#include <random>

using namespace idetic;

namespace {

PlacementProblem ring(std::vector<double> save, double step) {
    PlacementProblem p;
    const std::size_t n = save.size();
    for (StateId s = 0; s < n; ++s) {
        p.succ.push_back({(s + 1) % n});
        p.step_pj.push_back(step);
        p.eligible.push_back(1);
    }
    p.save_pj = std::move(save);
    return p;
}

} // namespace

TEST(OnDemandDp, HandWorkedRing) {
    // 0 -> 1 -> 2 -> 0, one pJ per cycle. Saving in 1 costs 3: R(1) = 3,
    // R(0) = 1 + R(1) = 4 (< 10), R(2) = 1 + R(0) = 5 (< 8). Reserve 5, C = {1}.
    PlacementProblem p = ring({10, 3, 8}, 1);
    OnDemandPlan plan = solve_ondemand(p);
    ASSERT_TRUE(plan.feasible) << plan.error;
    EXPECT_EQ(plan.reserve_pj, 5);
    EXPECT_EQ(plan.checkpoint_states, std::vector<StateId>{1});
    EXPECT_EQ(plan.reserve_at_pj, (std::vector<double>{4, 3, 5}));
    EXPECT_EQ(reserve_for(p, plan.checkpoint), 5);
}

TEST(OnDemandDp, TiesPreferNotToCheckpoint) {
    // Saving in 1 costs exactly as much as running on to 2 and saving there.
    PlacementProblem p = ring({100, 5, 4}, 1);
    OnDemandPlan plan = solve_ondemand(p, {false, 0});
    ASSERT_TRUE(plan.feasible);
    EXPECT_EQ(plan.checkpoint_states, std::vector<StateId>{2});
    EXPECT_EQ(plan.reserve_pj, 6); // R(0) = 1 + R(1) = 1 + 5
}

TEST(OnDemandDp, CycleWithoutEligibleStateIsAnError) {
    PlacementProblem p = ring({1, 1, 1}, 1);
    p.succ = {{1}, {2}, {1}};
    p.eligible = {1, 0, 0};
    OnDemandPlan plan = solve_ondemand(p);
    EXPECT_FALSE(plan.feasible);
    EXPECT_EQ(plan.reserve_pj, kInfinity);
    EXPECT_NE(plan.error.find("cycle without an eligible checkpoint state"), std::string::npos) << plan.error;
    EXPECT_NE(plan.error.find("s1 -> s2 -> s1"), std::string::npos) << plan.error;
}

TEST(OnDemandDp, SelfLoopsAndSinksNeedACheckpoint) {
    PlacementProblem p = ring({7, 2}, 1);
    p.succ = {{1}, {}}; // 1 is a sink: it stays in 1
    OnDemandPlan plan = solve_ondemand(p);
    ASSERT_TRUE(plan.feasible);
    EXPECT_EQ(plan.checkpoint_states, std::vector<StateId>{1});
    EXPECT_EQ(plan.reserve_pj, 3);
    p.eligible = {1, 0};
    EXPECT_FALSE(solve_ondemand(p).feasible);
}

TEST(OnDemandDp, UnreachableStatesDoNotMatter) {
    PlacementProblem p = ring({4, 4, 4}, 1);
    p.succ = {{0}, {2}, {1}};
    p.eligible = {1, 0, 0}; // the 1 <-> 2 cycle has no eligible state but is unreachable
    OnDemandPlan plan = solve_ondemand(p);
    ASSERT_TRUE(plan.feasible) << plan.error;
    EXPECT_EQ(plan.reserve_pj, 4);
    EXPECT_EQ(plan.checkpoint_states, std::vector<StateId>{0});
}

TEST(OnDemandDp, SecondStageNarrowsTheMuxAtTheSameReserve) {
    // Every state saves for 5 pJ and cycles are free: any single state is optimal.
    // Stage 1 picks state 0 (32-bit register A); state 1 saves only the 1-bit B.
    PlacementProblem p = ring({5, 5, 5}, 0);
    p.reg_bits = {32, 1};
    p.fixed_save_bits = 2;
    RegSet a(2), b(2);
    a.set(0);
    b.set(1);
    p.live = {a, b, a};
    p.save_bits = {34, 3, 34};
    OnDemandPlan stage1 = solve_ondemand(p, {false, 0});
    EXPECT_EQ(stage1.checkpoint_states, std::vector<StateId>{0});
    EXPECT_EQ(stage1.save_mux_bits, 34);
    OnDemandPlan plan = solve_ondemand(p);
    EXPECT_EQ(plan.reserve_pj, stage1.reserve_pj);
    EXPECT_EQ(plan.checkpoint_states, std::vector<StateId>{1});
    EXPECT_EQ(plan.save_mux_bits, 3);
    EXPECT_EQ(plan.max_save_bits, 3);
    EXPECT_EQ(plan.dp_save_mux_bits, 34);
}

TEST(OnDemandDp, MatchesBruteForceOnRandomGraphs) {
    std::mt19937_64 rng(20240611);
    int feasible = 0, infeasible = 0;
    for (int g = 0; g < 2500; ++g) {
        PlacementProblem p = reference::random_problem(rng);
        SCOPED_TRACE("graph " + std::to_string(g));
        const auto ref = reference::brute_force_ondemand(p);

        const Adjacency adj(p);
        const MinMaxSolution dp = solve_minmax_reserve(p, adj);
        // The least solution is, state by state, the best any checkpoint set achieves
        // (over reachable states: the reference only enumerates reachable candidates).
        const auto reach = reachable_mask(p, adj);
        for (StateId s = 0; s < p.size(); ++s) {
            if (reach[s]) {
                ASSERT_EQ(dp.r_pj[s], ref.per_state[s]) << "state " << s;
            }
        }

        for (bool narrow : {false, true}) {
            OnDemandPlan plan = solve_ondemand(p, {narrow, 512});
            ASSERT_EQ(plan.reserve_pj, ref.reserve);
            ASSERT_EQ(plan.feasible, ref.reserve != reference::kInf);
            if (!plan.feasible) {
                // The witness is a real cycle of ineligible states.
                ASSERT_GE(plan.unsafe_cycle.size(), 2u);
                ASSERT_EQ(plan.unsafe_cycle.front(), plan.unsafe_cycle.back());
                for (std::size_t i = 0; i + 1 < plan.unsafe_cycle.size(); ++i) {
                    const StateId s = plan.unsafe_cycle[i], t = plan.unsafe_cycle[i + 1];
                    const auto &next = p.succ[s];
                    ASSERT_TRUE(std::find(next.begin(), next.end(), t) != next.end() ||
                                (next.empty() && s == t));
                    ASSERT_FALSE(p.eligible[s]);
                }
                continue;
            }
            // The chosen set achieves the optimum (independent evaluator), uses only
            // eligible states and puts a checkpoint on every reachable cycle.
            ASSERT_EQ(reference::reserve(p, plan.checkpoint), ref.reserve);
            for (StateId s : plan.checkpoint_states)
                ASSERT_TRUE(p.eligible[s]);
            ASSERT_TRUE(reference::every_cycle_has_checkpoint(p, plan.checkpoint));
            ASSERT_EQ(plan.save_mux_bits, save_mux_bits(p, plan.checkpoint));
            if (narrow) {
                ASSERT_LE(plan.save_mux_bits, plan.dp_save_mux_bits);
            }
        }
        (ref.reserve == reference::kInf ? infeasible : feasible)++;
    }
    EXPECT_GT(feasible, 1500);
    EXPECT_GT(infeasible, 50);
}

// Graphs above the brute-force range (and above the radix-sort threshold of the DP):
// the DP must agree with plain value iteration from +inf, R <- min(save, e + max R),
// which reaches the least solution after at most n rounds.
TEST(OnDemandDp, LargeGraphsMatchValueIteration) {
    std::mt19937_64 rng(31);
    for (int g = 0; g < 6; ++g) {
        const std::size_t n = 300 + rng() % 700;
        PlacementProblem p;
        p.succ.resize(n);
        for (StateId s = 0; s < n; ++s) {
            p.succ[s].push_back((s + 1) % n);
            for (int k = 0; k < 2; ++k)
                if (rng() % 3 == 0) p.succ[s].push_back(rng() % n);
            // Half the graphs integer-valued (radix passes skipped), half arbitrary doubles.
            const bool whole = g % 2 == 0;
            p.step_pj.push_back(whole ? static_cast<double>(rng() % 8) : (rng() % 1000) / 97.0);
            p.save_pj.push_back(whole ? static_cast<double>(rng() % 400) : (rng() % 100000) / 13.0);
            p.eligible.push_back(rng() % 10 != 0);
        }
        const Adjacency adj(p);
        const MinMaxSolution dp = solve_minmax_reserve(p, adj);
        std::vector<double> r(n, kInfinity);
        for (std::size_t round = 0; round <= n; ++round) {
            std::vector<double> next(n);
            for (StateId s = 0; s < n; ++s) {
                double worst = 0;
                adj.for_succ(s, [&](StateId t) { worst = std::max(worst, r[t]); });
                next[s] = p.step_pj[s] + worst;
                if (p.eligible[s]) next[s] = std::min(next[s], p.save_pj[s]);
            }
            r.swap(next);
        }
        ASSERT_EQ(dp.r_pj, r) << "graph " << g;
        // The DP's set realises those values.
        ASSERT_EQ(reserve_values_for(p, adj, dp.saves), r) << "graph " << g;
    }
}

// Measures how close stage 2 gets to the narrowest multiplexer at the optimal reserve
// (the figures quoted in docs/OPTIMIZER.md).
namespace {
void measure_mux_gap(const char *label, std::uint64_t seed, int count,
                     const reference::RandomProblemOptions &o) {
    std::mt19937_64 rng(seed);
    int graphs = 0, stage2_optimal = 0, stage1_optimal = 0;
    long long gap_bits = 0, max_gap = 0, stage1_gap_bits = 0, optimum_bits = 0;
    double max_ratio = 1;
    for (int g = 0; g < count; ++g) {
        PlacementProblem p = reference::random_problem(rng, o);
        OnDemandPlan plan = solve_ondemand(p);
        if (!plan.feasible) continue;
        const long long best = reference::brute_force_mux(p, plan.reserve_pj);
        ASSERT_GE(best, 0);
        ASSERT_GE(plan.save_mux_bits, best) << "graph " << g;
        ++graphs;
        stage2_optimal += plan.save_mux_bits == best;
        stage1_optimal += plan.dp_save_mux_bits == best;
        gap_bits += plan.save_mux_bits - best;
        stage1_gap_bits += plan.dp_save_mux_bits - best;
        optimum_bits += best;
        max_gap = std::max(max_gap, plan.save_mux_bits - best);
        if (best > 0)
            max_ratio =
                std::max(max_ratio, static_cast<double>(plan.save_mux_bits) / static_cast<double>(best));
    }
    std::printf(
        "[mux gap, %s] %d feasible graphs: stage 2 optimal on %d (%.1f%%), stage 1 alone on %d (%.1f%%); "
        "excess bits over the optimum: stage 2 %.2f%%, stage 1 %.2f%%; worst gap %lld bits, worst ratio "
        "%.3f\n",
        label, graphs, stage2_optimal, 100.0 * stage2_optimal / graphs, stage1_optimal,
        100.0 * stage1_optimal / graphs,
        100.0 * static_cast<double>(gap_bits) / static_cast<double>(optimum_bits),
        100.0 * static_cast<double>(stage1_gap_bits) / static_cast<double>(optimum_bits), max_gap, max_ratio);
    EXPECT_GT(stage2_optimal, graphs * 9 / 10);
}
} // namespace

TEST(OnDemandDp, SaveMuxGapToExhaustiveOptimum) {
    measure_mux_gap("1-14 states, 1-8 registers", 7, 1000, {});
    reference::RandomProblemOptions hard;
    hard.min_states = 10;
    hard.max_states = 12;
    hard.max_registers = 40;
    hard.live_probability = 0.15;
    hard.eligible_probability = 0.9;
    measure_mux_gap("10-12 states, 1-40 sparse registers", 8, 150, hard);
}

// The sweep quoted in docs/OPTIMIZER.md (about 20 s; run with
// --gtest_also_run_disabled_tests --gtest_filter='*MuxGapSweep').
TEST(OnDemandDp, DISABLED_MuxGapSweep) {
    for (double live : {0.15, 0.3, 0.5, 0.7})
        for (std::size_t regs : {12u, 40u}) {
            reference::RandomProblemOptions o;
            o.min_states = 12;
            o.max_states = 14;
            o.max_registers = regs;
            o.eligible_probability = 1.0;
            o.live_probability = live;
            const std::string label = "12-14 states, live " + std::to_string(live).substr(0, 4) +
                                      ", <= " + std::to_string(regs) + " registers";
            measure_mux_gap(label.c_str(), static_cast<std::uint64_t>(live * 1000) + regs, 150, o);
        }
}
