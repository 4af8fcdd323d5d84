// Stage 2 of the on-demand policy: narrow the save multiplexer without giving up any
// reserve.
//
// Adding checkpoint states never raises any R(s), so many checkpoint sets reach the
// optimal reserve R*. The save multiplexer must be able to route every register that
// is live at some checkpoint state to the NVM write port, so its width is the number of
// bits of the union of live(s) over C. Minimising that union under "reserve <= R*" is
// a set-cover-like problem (NP-hard in general), so this stage is a heuristic:
//
//  1. Candidates A = eligible reachable states with save(s) <= R* (no other state can
//     be in an optimal C).
//  2. Register elimination: registers with the same membership over A are grouped;
//     groups are tried widest first. Forbidding a group removes from A every state that
//     would save it; the removal is kept when the exact DP restricted to A still reaches
//     R*. (A only shrinks, so a rejected group stays rejected: one pass is a local
//     optimum for single-group moves.)
//  3. C = the DP's checkpoint set over the final A; then each state of C, widest first,
//     is dropped when the reserve of C without it stays <= R*.
//
// The measured gap to the exhaustive optimum over random graphs is in docs/OPTIMIZER.md.
#pragma once

#include "optimize/placement_problem.h"

#include <vector>

namespace idetic {

struct MuxNarrowing {
    std::vector<char> checkpoint; // the new C (reserve <= bound guaranteed)
    std::size_t runs = 0;         // DP runs + fixed-set evaluations used
};

// `initial` is a checkpoint set reaching `bound` (stage 1's); it is returned unchanged
// when the problem has no live sets. `max_runs` bounds the work.
MuxNarrowing narrow_save_mux(const PlacementProblem &p, const Adjacency &adj, const std::vector<char> &reach,
                             double bound, const std::vector<char> &initial, std::size_t max_runs);

} // namespace idetic
