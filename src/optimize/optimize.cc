#include "optimize/optimize.h"

#include <fmt/format.h>

namespace idetic {

std::optional<Policy> policy_from_string(std::string_view text) {
    if (text == "on-demand" || text == "ondemand") return Policy::OnDemand;
    if (text == "periodic") return Policy::Periodic;
    return std::nullopt;
}

std::string_view to_string(Policy policy) {
    return policy == Policy::OnDemand ? "on-demand" : "periodic";
}

const std::vector<char> &OptimizeResult::checkpoint() const {
    return ondemand ? ondemand->checkpoint : periodic->checkpoint;
}

std::vector<StateId> OptimizeResult::checkpoint_states() const {
    return ondemand ? ondemand->checkpoint_states : periodic->checkpoint_states;
}

OptimizeResult optimize_checkpoints(const DesignModel &design, const EnergyModel &model,
                                    const OptimizeOptions &options) {
    OptimizeResult r;
    r.policy = options.policy;
    r.energy = resolve_energy(model, design, options.cell_count);
    r.problem = from_design(design, r.energy, options.eligible);
    r.baselines = compute_baselines(r.problem, design, r.energy, options.job_cycles);
    if (options.policy == Policy::OnDemand) {
        r.ondemand = solve_ondemand(r.problem, options.ondemand);
        const OnDemandPlan &plan = *r.ondemand;
        if (!plan.feasible) {
            r.error = plan.error;
            return r;
        }
        r.warning_voltage_v = warning_voltage_v(r.energy.model, plan.reserve_pj);
        if (plan.reserve_pj >= r.energy.charge_pj) {
            r.error = fmt::format("the reserve of {:.6g} pJ does not fit one charge of {:.6g} pJ{}",
                                  plan.reserve_pj, r.energy.charge_pj,
                                  r.warning_voltage_v
                                      ? fmt::format(" (warning voltage {:.4g} V >= v_on_v {:.4g} V)",
                                                    *r.warning_voltage_v, r.energy.model.v_on_v)
                                      : std::string());
            return r;
        }
    } else {
        r.periodic = solve_periodic(r.problem, options.periodic);
        if (!r.periodic->feasible) {
            r.error = r.periodic->error;
            return r;
        }
    }
    r.ok = true;
    return r;
}

} // namespace idetic
