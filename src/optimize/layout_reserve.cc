#include "optimize/layout_reserve.h"

#include <stdexcept>

namespace idetic {

LayoutReserve layout_reserve(const OptimizeResult &plan, const std::vector<StateId> &checkpoints,
                             const std::vector<long long> &data_words, int word_bits,
                             long long record_words) {
    if (checkpoints.size() != data_words.size())
        throw std::invalid_argument("layout_reserve: one data-word count per checkpoint state is needed");
    PlacementProblem p = plan.problem;
    EnergyModel m = plan.energy.model;
    m.nvm_word_bits = word_bits;
    std::vector<char> mask(p.size(), 0);
    for (std::size_t i = 0; i < checkpoints.size(); ++i) {
        const StateId s = checkpoints[i];
        if (s >= p.size()) throw std::invalid_argument("layout_reserve: checkpoint state out of range");
        mask[s] = 1;
        p.save_pj[s] =
            engine_save_energy_pj(m, plan.energy.compute_pj_per_cycle, data_words[i], record_words);
    }
    LayoutReserve r;
    r.reserve_pj = reserve_for(p, mask);
    r.warning_voltage_v = warning_voltage_v(plan.energy.model, r.reserve_pj);
    r.fits = r.reserve_pj < plan.energy.charge_pj;
    return r;
}

} // namespace idetic
