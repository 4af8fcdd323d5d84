// One call from an analysed design to a checkpoint plan: resolve the energy model,
// build the placement problem, run the chosen policy and the baselines.
// This is what the Yosys pass and the CLI call (options -nvm, -energy, -policy).
#pragma once

#include "energy/energy_model.h"
#include "model/design_model.h"
#include "optimize/baselines.h"
#include "optimize/ondemand_dp.h"
#include "optimize/periodic_dp.h"
#include "optimize/placement_problem.h"

#include <optional>
#include <string>
#include <string_view>

namespace idetic {

enum class Policy { OnDemand, Periodic };

// "on-demand" (also "ondemand") or "periodic".
std::optional<Policy> policy_from_string(std::string_view text);
std::string_view to_string(Policy policy);

struct OptimizeOptions {
    Policy policy = Policy::OnDemand;
    std::optional<long long> cell_count; // design cells (e.g. from `stat`), for compute energy
    std::optional<long long> job_cycles; // measured job length, for the no-checkpoint baseline
    std::vector<char> eligible;          // one flag per state; empty: every state is eligible
    OnDemandOptions ondemand;
    PeriodicOptions periodic;
};

struct OptimizeResult {
    Policy policy = Policy::OnDemand;
    ResolvedEnergy energy;
    PlacementProblem problem;
    std::optional<OnDemandPlan> ondemand; // set for Policy::OnDemand
    std::optional<PeriodicPlan> periodic; // set for Policy::Periodic
    Baselines baselines;
    std::optional<double> warning_voltage_v; // on-demand with a capacitor
    bool ok = false;                         // a plan exists and fits one charge
    std::string error;                       // why not (one message for the user)

    const std::vector<char> &checkpoint() const;
    std::vector<StateId> checkpoint_states() const;
};

// Throws EnergyModelError for a bad model; never throws for an infeasible plan (see ok).
OptimizeResult optimize_checkpoints(const DesignModel &design, const EnergyModel &model,
                                    const OptimizeOptions &options = {});

} // namespace idetic
