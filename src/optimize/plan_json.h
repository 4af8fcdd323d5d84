// Report keys of the energy model, the checkpoint plan and the baselines
// (docs/REPORT_SCHEMA.md). They are added to the object made by design_to_json():
//
//   energy_model   the resolved parameters (units in the names)
//   plan           policy, checkpoint_states, reserve_energy_pj, warning_voltage_v,
//                  max_save_bits, save_mux_bits, ... (policy-specific keys)
//   baselines      full_backup_reserve_pj, every_state_reserve_pj, job_energy_pj, ...
//   states[i]      + checkpoint (bool), save_energy_pj
//
// Energies that are +inf (no plan) are written as null.
#pragma once

#include "optimize/optimize.h"

#include <nlohmann/json.hpp>

namespace idetic {

nlohmann::json energy_model_report(const ResolvedEnergy &energy);
nlohmann::json plan_report(const OptimizeResult &result);
nlohmann::json baselines_report(const Baselines &baselines);

// Adds the three keys and the per-state keys to `report` (from design_to_json of the
// same design). Throws std::invalid_argument if the report's states do not match.
void add_plan_to_report(nlohmann::json &report, const OptimizeResult &result);

} // namespace idetic
