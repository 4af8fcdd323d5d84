#include "optimize/plan_json.h"

#include <cmath>
#include <stdexcept>

namespace idetic {

using nlohmann::json;

namespace {

json number_or_null(double v) {
    return std::isfinite(v) ? json(v) : json(nullptr);
}

template <class T> json optional_or_null(const std::optional<T> &v) {
    return v ? json(*v) : json(nullptr);
}

} // namespace

json energy_model_report(const ResolvedEnergy &energy) {
    json j = energy_model_to_json(energy.model);
    j["compute_pj_per_cycle"] = energy.compute_pj_per_cycle;
    j["compute_pj_per_cycle_source"] = energy.compute_source;
    j["cell_count"] = energy.cell_count > 0 ? json(energy.cell_count) : json(nullptr);
    j["energy_per_charge_pj"] = number_or_null(energy.charge_pj);
    return j;
}

json plan_report(const OptimizeResult &r) {
    json j;
    j["policy"] = std::string(to_string(r.policy));
    j["ok"] = r.ok;
    j["error"] = r.error.empty() ? json(nullptr) : json(r.error);
    const double charge = r.energy.charge_pj;
    if (r.ondemand) {
        const OnDemandPlan &p = *r.ondemand;
        j["feasible"] = p.feasible;
        j["checkpoint_states"] = p.checkpoint_states;
        j["checkpoint_count"] = p.checkpoint_states.size();
        j["reserve_energy_pj"] = number_or_null(p.reserve_pj);
        j["warning_voltage_v"] = optional_or_null(r.warning_voltage_v);
        j["reserve_fits_charge"] = p.feasible && p.reserve_pj < charge;
        j["usable_pj_per_charge"] = p.feasible ? number_or_null(charge - p.reserve_pj) : json(nullptr);
        j["max_save_bits"] = p.max_save_bits;
        j["save_mux_bits"] = p.save_mux_bits;
        j["unsafe_cycle"] = p.unsafe_cycle;
        j["stage1"] = {{"checkpoint_count", p.dp_checkpoint_count}, {"save_mux_bits", p.dp_save_mux_bits}};
        j["mux_narrowing_runs"] = p.mux_runs;
    } else if (r.periodic) {
        const PeriodicPlan &p = *r.periodic;
        j["feasible"] = p.feasible;
        j["exact"] = p.exact;
        j["checkpoint_states"] = p.checkpoint_states;
        j["checkpoint_count"] = p.checkpoint_states.size();
        j["reserve_energy_pj"] = nullptr; // no monitor, no reserve
        j["warning_voltage_v"] = nullptr;
        j["max_save_bits"] = p.max_save_bits;
        j["save_mux_bits"] = p.save_mux_bits;
        j["budget_pj_per_charge"] = number_or_null(charge);
        j["max_segment_energy_pj"] = p.feasible ? json(p.cost.max_segment_pj) : json(nullptr);
        j["checkpoint_pj_per_cycle"] = p.feasible ? json(p.cost.checkpoint_pj) : json(nullptr);
        j["recompute_pj_per_cycle"] = p.feasible ? json(p.cost.recompute_pj) : json(nullptr);
        j["overhead_pj_per_cycle"] = number_or_null(p.cost.total_pj);
        j["candidate_count"] = p.candidate_count;
        j["search_nodes"] = p.search_nodes;
    }
    return j;
}

json baselines_report(const Baselines &b) {
    return {{"energy_per_charge_pj", number_or_null(b.charge_pj)},
            {"full_backup_bits", b.full_backup_bits},
            {"full_backup_reserve_pj", b.full_backup_reserve_pj},
            {"every_state_reserve_pj", number_or_null(b.every_state_reserve_pj)},
            {"job_cycles", optional_or_null(b.job_cycles)},
            {"job_energy_pj", optional_or_null(b.job_energy_pj)},
            {"job_energy_source", b.job_energy_source.empty() ? json(nullptr) : json(b.job_energy_source)},
            {"job_fits_one_charge", optional_or_null(b.job_fits_one_charge)},
            {"fixed_interval_cycles", b.fixed_interval_cycles},
            {"fixed_interval_save_pj_per_cycle", number_or_null(b.fixed_interval_save_pj_per_cycle)}};
}

void add_plan_to_report(json &report, const OptimizeResult &r) {
    if (!report.contains("states") || !report["states"].is_array() ||
        report["states"].size() != r.problem.size())
        throw std::invalid_argument("add_plan_to_report: the report's states do not match the plan");
    report["energy_model"] = energy_model_report(r.energy);
    report["plan"] = plan_report(r);
    report["baselines"] = baselines_report(r.baselines);
    const auto &checkpoint = r.checkpoint();
    for (std::size_t s = 0; s < r.problem.size(); ++s) {
        report["states"][s]["checkpoint"] = static_cast<bool>(checkpoint[s]);
        report["states"][s]["save_energy_pj"] = r.problem.save_pj[s];
    }
}

} // namespace idetic
