// Baselines reported beside every plan (DESIGN.md §6), so that the optimum can be
// judged against what simpler schemes would need:
//
//  * full backup     - non-volatile-processor style: at the warning, every flip-flop of
//                      the design is written at once (no run-on to a checkpoint state).
//                      Reserve = NVM write energy of all flip-flop bits + commit record.
//  * every state     - the on-demand reserve with every eligible state a checkpoint state
//                      (R(s) = save(s) wherever allowed).
//  * no checkpoint   - the energy of one whole job, when it is known: from a measured
//                      cycle count, or, when the reachable graph has no cycle other than
//                      the self-loop of a final state, from the longest path from reset.
//                      It fits one charge or it does not.
//  * fixed interval  - a timer saves every flip-flop every N cycles, N as large as one
//                      charge allows (restore + N cycles + save <= B).
#pragma once

#include "energy/energy_model.h"
#include "model/design_model.h"
#include "optimize/placement_problem.h"

#include <optional>
#include <string>

namespace idetic {

struct Baselines {
    double charge_pj = 0;           // usable energy of one charge
    long long full_backup_bits = 0; // every flip-flop bit
    double full_backup_reserve_pj = 0;
    double every_state_reserve_pj = kInfinity; // +inf when a reachable cycle has no eligible state
    std::optional<long long> job_cycles;       // known job length
    std::optional<double> job_energy_pj;       // compute energy of one job without checkpoints
    std::string job_energy_source;             // "given cycle count", "longest path (acyclic graph)" or ""
    std::optional<bool> job_fits_one_charge;
    long long fixed_interval_cycles = 0; // 0: not even one cycle fits between full saves
    double fixed_interval_save_pj_per_cycle = kInfinity;
};

// `job_cycles`: a measured cycle count of one job (e.g. from simulation), if known.
Baselines compute_baselines(const PlacementProblem &p, const DesignModel &design,
                            const ResolvedEnergy &energy, std::optional<long long> job_cycles = std::nullopt);

// Longest-path job energy from the root when the reachable graph is acyclic apart from
// self-loops of states with no other successor; empty otherwise. Also gives the cycles.
std::optional<double> acyclic_job_energy_pj(const PlacementProblem &p, long long *cycles = nullptr);

} // namespace idetic
