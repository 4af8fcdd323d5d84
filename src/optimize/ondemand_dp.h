// On-demand checkpoint placement (DESIGN.md §6, the default policy).
//
// The energy monitor raises a warning at an arbitrary cycle; the design then runs on
// to the next checkpoint state and saves there. The energy that must be held in
// reserve when the warning can come in state s is
//
//   R(s) = min( save(s), e(s) + max_{t in succ(s)} R(t) )   s eligible
//   R(s) =              e(s) + max_{t in succ(s)} R(t)      otherwise
//
// and the reserve is max R(s) over the states reachable from reset. Taking the save
// branch at s means "s is a checkpoint state" (s in C).
//
// Stage 1 (exact): the system is a superior-function system in Knuth's sense (1977):
// every right-hand side is min over terms, each term monotone in its arguments and no
// smaller than any of them (e(s) >= 0). Its least solution is computed by Knuth's
// generalisation of Dijkstra's algorithm: take the smallest tentative value, declare
// it final (save terms are known up front and sit in one radix-sorted array; only
// successor terms go through a heap). A term e(s) + max R(t) becomes available once every
// successor t is final, and its value is then e(s) + (value of the successor finalised
// last), because values are finalised in non-decreasing order. Cycles are handled like
// in Dijkstra: a state on a cycle can only be finalised through a save term, so every
// cycle of reachable states gets a checkpoint state, and a cycle without an eligible
// state never finalises (R = +inf: no plan exists). O((V + E) log V).
// On ties the non-saving term wins, so no state is a checkpoint without need.
//
// Stage 2 (heuristic, optional): among checkpoint sets with the same optimal reserve,
// look for a narrower save multiplexer (save_mux.h).
#pragma once

#include "optimize/placement_problem.h"

#include <string>
#include <vector>

namespace idetic {

// Raw result of Knuth's algorithm on all states.
struct MinMaxSolution {
    std::vector<double> r_pj; // least solution R(s); +inf where no checkpoint is reachable
    std::vector<char> saves;  // 1 where R(s) = save(s) was chosen
};

// Runs stage 1 with `allowed` (one flag per state) as the eligible set; an empty
// `allowed` means p.eligible.
MinMaxSolution solve_minmax_reserve(const PlacementProblem &p, const Adjacency &adj,
                                    const std::vector<char> &allowed = {});

// R_C(s) for a fixed checkpoint set C (checkpoint[s] = 1): save(s) on C, e(s) + max over
// successors elsewhere; +inf where a path can avoid C forever. O(V + E).
std::vector<double> reserve_values_for(const PlacementProblem &p, const Adjacency &adj,
                                       const std::vector<char> &checkpoint);
// max over reachable s of R_C(s).
double reserve_for(const PlacementProblem &p, const std::vector<char> &checkpoint);

struct OnDemandOptions {
    bool narrow_mux = true;         // run stage 2
    std::size_t mux_max_runs = 512; // stage-2 budget: DP runs + evaluations
};

struct OnDemandPlan {
    bool feasible = false;
    std::string error;                 // why not, when infeasible
    std::vector<StateId> unsafe_cycle; // a reachable cycle without an eligible state
    double reserve_pj = kInfinity;     // the optimal reserve (stage 1 = stage 2)
    std::vector<double> reserve_at_pj; // R_C(s) under the final C (+inf when unreachable)
    std::vector<char> checkpoint;      // the final C, one flag per state
    std::vector<StateId> checkpoint_states;
    long long max_save_bits = 0; // largest checkpoint over C
    long long save_mux_bits = 0; // union of live bits over C + controller bits
    // Stage-1 figures, to show what stage 2 gained.
    std::size_t dp_checkpoint_count = 0;
    long long dp_save_mux_bits = 0;
    std::size_t mux_runs = 0;
};

OnDemandPlan solve_ondemand(const PlacementProblem &p, const OnDemandOptions &options = {});

// "s3 -> s5 -> s3": a cycle of state ids for messages.
std::string format_cycle(const std::vector<StateId> &cycle);

} // namespace idetic
