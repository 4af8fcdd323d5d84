// Periodic checkpoint placement (Idetic-style: no energy monitor).
//
// The design saves a checkpoint on every visit to a state of C; after a power failure
// it restores the newest checkpoint and re-executes from there. Nothing warns of a
// failure, so forward progress needs every *segment* - restore at c in C (or start
// from reset), run along any path, save at the next state of C - to fit in one charge:
//
//   restore(c) + e(c) + e(s1) + ... + e(sk) + save(t) <= B      (c, t in C; s_i not in C)
//   e(root) + ... + save(t) <= B                                  (start from reset)
//
// so every reachable cycle holds a state of C. With A_C(s) = the worst-case energy
// spent since the segment began, at the end of a cycle in s,
//
//   A_C(s) = restore(s) + e(s)                                  s in C
//   A_C(s) = e(s) + max( max_{q in pred(s)} A_C(q), [s = root] 0 ) otherwise
//
// the constraint is A_C(q) + save(t) <= B on every edge q -> t into C.
//
// Objective (per cycle of execution, f(s) = visit frequency of s, sum 1):
//
//   J(C) = sum_{c in C} f(c) save(c)                 checkpoint energy
//        + sum_s f(s) (e(s) / B) A_C(s)              expected re-computation
//
// The failure model: one failure per charge, i.e. per B of energy spent, striking
// uniformly in energy, so a cycle in s meets a failure with probability e(s)/B and the
// failure then costs the work since the last checkpoint, A_C(s) (worst case over how s
// was reached, restore included).
//
// Minimising J is NP-hard in general (with B = inf it is minimum-weight directed
// feedback vertex set), so:
//  * Feasibility is exact and cheap. A state c can be in a feasible C only if
//    restore(c) + e(c) + max_{u in succ(c)} R_C(u) <= B, and the on-demand least
//    solution R_A (ondemand_dp.h, with only the states of A allowed) is, state by state,
//    no larger than R_C for any C inside A. So with A = eligible reachable states,
//    repeatedly drop from A every state with restore + e + max_succ R_A > B: no feasible
//    set ever contains a dropped state. At the fixpoint A_max, the checkpoint set of the
//    min-DP over A_max realises R_A and satisfies every constraint of its own states, so
//    a feasible set exists iff R_A(root) <= B, and every feasible C is a subset of A_max.
//  * Exact search: branch and bound over the states of A_max, with lower bounds from a
//    least fixpoint of A over the undecided states, used when A_max is small
//    (options.exact_max_candidates) and within a node limit. Exact on every graph it
//    finishes (PeriodicPlan::exact).
//  * Otherwise, and as the incumbent for the search: local descent from the min-DP's set
//    (drop or add one state while J does not rise - drops also on ties, so no state is
//    a checkpoint for nothing - keeping feasibility), with incremental evaluation.
#pragma once

#include "optimize/placement_problem.h"

#include <string>
#include <vector>

namespace idetic {

struct PeriodicCost {
    bool feasible = false;
    double checkpoint_pj = 0; // sum f(c) save(c)
    double recompute_pj = 0;  // sum f(s) e(s) A(s) / B
    double total_pj = kInfinity;
    double max_segment_pj = 0; // worst segment energy (<= B when feasible)
};

// Evaluates J(C) for a fixed set (checkpoint[s] = 1), weights f. O(V + E).
PeriodicCost periodic_cost(const PlacementProblem &p, const std::vector<double> &f,
                           const std::vector<char> &checkpoint);

struct PeriodicOptions {
    std::size_t exact_max_candidates = 32; // branch and bound only up to this many states in A_max
    std::size_t exact_node_limit = 300000; // search nodes (~1 s) before giving up exactness
    std::size_t descent_max_passes = 20;
    double visit_restart = 0.01; // for the visit estimate when p.visit_weight is empty
};

struct PeriodicPlan {
    bool feasible = false;
    bool exact = false; // proven optimal
    std::string error;
    std::vector<char> checkpoint;
    std::vector<StateId> checkpoint_states;
    PeriodicCost cost;
    std::vector<double> visit_weight; // f used
    long long max_save_bits = 0;
    long long save_mux_bits = 0;
    std::size_t search_nodes = 0;
    std::size_t candidate_count = 0; // |A_max|: states that can be in some feasible set
};

PeriodicPlan solve_periodic(const PlacementProblem &p, const PeriodicOptions &options = {});

// A_max (above): the states that can belong to a feasible set. Sets *feasible to
// whether any feasible set exists and *start to one (the min-DP's set over A_max).
std::vector<char> periodic_candidates(const PlacementProblem &p, const Adjacency &adj,
                                      const std::vector<char> &reach, bool *feasible,
                                      std::vector<char> *start);

} // namespace idetic
