#include "optimize/baselines.h"

#include "optimize/ondemand_dp.h"

#include <algorithm>
#include <cmath>

namespace idetic {

std::optional<double> acyclic_job_energy_pj(const PlacementProblem &p, long long *cycles) {
    const Adjacency adj(p);
    const auto reach = reachable_mask(p, adj);
    const std::size_t n = p.size();
    // Edges that count: every edge except the self-loop of a final state.
    auto counts = [&](StateId s, StateId t) { return !(s == t && adj.out_degree(s) == 1); };
    std::vector<std::size_t> indeg(n, 0);
    for (StateId s = 0; s < n; ++s)
        if (reach[s]) adj.for_succ(s, [&](StateId t) { indeg[t] += counts(s, t); });
    std::vector<StateId> order;
    for (StateId s = 0; s < n; ++s)
        if (reach[s] && indeg[s] == 0) order.push_back(s);
    for (std::size_t i = 0; i < order.size(); ++i)
        adj.for_succ(order[i], [&](StateId t) {
            if (counts(order[i], t) && --indeg[t] == 0) order.push_back(t);
        });
    std::size_t reachable_count = static_cast<std::size_t>(std::count(reach.begin(), reach.end(), 1));
    if (order.size() != reachable_count) return std::nullopt;
    // Longest path from the root, every state's cycle counted once.
    std::vector<double> energy(n, -1);
    std::vector<long long> steps(n, 0);
    energy[p.root] = p.step_pj[p.root];
    steps[p.root] = 1;
    double best = 0;
    long long best_steps = 0;
    for (StateId s : order) {
        if (energy[s] < 0) continue;
        if (energy[s] > best) {
            best = energy[s];
            best_steps = steps[s];
        }
        adj.for_succ(s, [&](StateId t) {
            if (!counts(s, t)) return;
            if (energy[s] + p.step_pj[t] > energy[t]) {
                energy[t] = energy[s] + p.step_pj[t];
                steps[t] = steps[s] + 1;
            }
        });
    }
    if (cycles) *cycles = best_steps;
    return best;
}

Baselines compute_baselines(const PlacementProblem &p, const DesignModel &design,
                            const ResolvedEnergy &energy, std::optional<long long> job_cycles) {
    const EnergyModel &m = energy.model;
    Baselines b;
    b.charge_pj = energy.charge_pj;
    b.full_backup_bits = design.ff_bits_total;
    b.full_backup_reserve_pj = save_energy_pj(m, energy.compute_pj_per_cycle, design.ff_bits_total);
    const double full_restore_pj =
        restore_energy_pj(m, energy.compute_pj_per_cycle, design.ff_bits_total, restores_in_one_pass(design));

    const Adjacency adj(p);
    const auto reach = reachable_mask(p, adj);
    std::vector<char> all(p.size(), 0);
    for (StateId s = 0; s < p.size(); ++s)
        all[s] = reach[s] && p.eligible[s];
    b.every_state_reserve_pj = reserve_for(p, all);

    if (job_cycles && *job_cycles > 0) {
        b.job_cycles = *job_cycles;
        b.job_energy_pj = static_cast<double>(*job_cycles) * energy.compute_pj_per_cycle;
        b.job_energy_source = "given cycle count";
    } else {
        long long cycles = 0;
        if (auto e = acyclic_job_energy_pj(p, &cycles)) {
            b.job_cycles = cycles;
            b.job_energy_pj = *e;
            b.job_energy_source = "longest path (acyclic graph)";
        }
    }
    if (b.job_energy_pj) b.job_fits_one_charge = *b.job_energy_pj <= b.charge_pj;

    const double room = b.charge_pj - full_restore_pj - b.full_backup_reserve_pj;
    double step = 0;
    for (StateId s = 0; s < p.size(); ++s)
        if (reach[s]) step = std::max(step, p.step_pj[s]);
    if (room > 0 && step > 0 && std::isfinite(room)) {
        b.fixed_interval_cycles = static_cast<long long>(std::floor(room / step));
        if (b.fixed_interval_cycles > 0)
            b.fixed_interval_save_pj_per_cycle =
                b.full_backup_reserve_pj / static_cast<double>(b.fixed_interval_cycles);
    }
    return b;
}

} // namespace idetic
