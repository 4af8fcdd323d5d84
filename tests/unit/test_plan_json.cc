#include "optimize/plan_json.h"

#include "energy/nvm_presets.h"
#include "model/liveness.h"
#include "report/report_json.h"

#include "toy_model.h"

#include <gtest/gtest.h>

#include <cmath>

using namespace idetic;
using nlohmann::json;

namespace {

// The toy design of the report tests: 0 -> 1 -> 2 -> {0, 2}; x live in 1, y in 2.
DesignModel toy() { return idetic_test::toy_model(); }

EnergyModel model_with_compute(const char *preset, double pj) {
    EnergyModel m = nvm_preset(preset);
    m.compute_pj_per_cycle = pj;
    return m;
}

} // namespace

TEST(PlanJson, OnDemandReportKeys) {
    DesignModel d = toy();
    OptimizeResult r = optimize_checkpoints(d, model_with_compute("pcm", 5));
    ASSERT_TRUE(r.ok) << r.error;
    json report = design_to_json(d);
    add_plan_to_report(report, r);

    const json &em = report["energy_model"];
    EXPECT_EQ(em["name"], "pcm");
    EXPECT_EQ(em["nvm_write_pj_per_bit"], 16.82);
    EXPECT_EQ(em["compute_pj_per_cycle"], 5.0);
    EXPECT_EQ(em["compute_pj_per_cycle_source"], "given");
    EXPECT_DOUBLE_EQ(em["energy_per_charge_pj"].get<double>(), 0.5 * (2.4 * 2.4 - 1.8 * 1.8) * 1e6);

    // Each checkpoint writes 3 words of 64 bits (one word of data, one commit-record
    // word, header) at 16.82 pJ/bit, each word taking 2 frozen cycles (the
    // write latency; accesses back to back) of 5 pJ, plus 3 cycles: 3 * 64 * 16.82 + (3 * 2 + 3) * 5 pJ in every state. State 2 loops on itself, so
    // it must save; running on from 1 or 0 costs 5 pJ more than saving there, so every
    // state is a checkpoint state and the reserve is one save.
    const double save = 3 * 64 * 16.82 + (3 * 2 + 3) * 5;
    const json &plan = report["plan"];
    EXPECT_EQ(plan["policy"], "on-demand");
    EXPECT_TRUE(plan["ok"].get<bool>());
    EXPECT_EQ(plan["checkpoint_states"], json::array({0, 1, 2}));
    EXPECT_DOUBLE_EQ(plan["reserve_energy_pj"].get<double>(), save);
    const double v = std::sqrt(1.8 * 1.8 + 2e-6 * save / 1.0);
    EXPECT_NEAR(plan["warning_voltage_v"].get<double>(), v, 1e-12);
    EXPECT_EQ(plan["max_save_bits"], 2 + 8);     // state 1 saves x and the controller
    EXPECT_EQ(plan["save_mux_bits"], 2 + 8 + 4); // x, y and the controller
    EXPECT_TRUE(plan["reserve_fits_charge"].get<bool>());

    const json &b = report["baselines"];
    EXPECT_DOUBLE_EQ(b["full_backup_reserve_pj"].get<double>(), save);
    EXPECT_DOUBLE_EQ(b["every_state_reserve_pj"].get<double>(), save);
    EXPECT_TRUE(b["job_energy_pj"].is_null());
    EXPECT_LE(plan["reserve_energy_pj"].get<double>(), b["full_backup_reserve_pj"].get<double>());

    for (std::size_t s = 0; s < 3; ++s) {
        EXPECT_TRUE(report["states"][s]["checkpoint"].is_boolean());
        EXPECT_DOUBLE_EQ(report["states"][s]["save_energy_pj"].get<double>(), save);
    }
    EXPECT_TRUE(report["states"][1]["checkpoint"].get<bool>());
    EXPECT_TRUE(report["states"][2]["checkpoint"].get<bool>());

    // The analysis part still reads back.
    DesignModel back = design_from_json(json::parse(report.dump()));
    EXPECT_EQ(back.graph.size(), 3u);
}

TEST(PlanJson, PeriodicReportKeys) {
    DesignModel d = toy();
    OptimizeOptions o;
    o.policy = *policy_from_string("periodic");
    OptimizeResult r = optimize_checkpoints(d, model_with_compute("stt-mram", 5), o);
    ASSERT_TRUE(r.ok) << r.error;
    json report = design_to_json(d);
    add_plan_to_report(report, r);
    const json &plan = report["plan"];
    EXPECT_EQ(plan["policy"], "periodic");
    EXPECT_TRUE(plan["exact"].get<bool>());
    EXPECT_TRUE(plan["reserve_energy_pj"].is_null());
    EXPECT_TRUE(plan["warning_voltage_v"].is_null());
    EXPECT_FALSE(plan["checkpoint_states"].empty());
    EXPECT_LE(plan["max_segment_energy_pj"].get<double>(), plan["budget_pj_per_charge"].get<double>());
    EXPECT_GT(plan["overhead_pj_per_cycle"].get<double>(), 0);
    EXPECT_TRUE(report["states"][2]["checkpoint"].get<bool>()); // the self-loop
    EXPECT_TRUE(report["baselines"].contains("full_backup_reserve_pj"));
}

TEST(PlanJson, FailuresAreReportedNotThrown) {
    DesignModel d = toy();
    OptimizeOptions o;
    o.eligible = {1, 1, 0}; // the self-loop of state 2 cannot get a checkpoint
    OptimizeResult r = optimize_checkpoints(d, model_with_compute("stt-mram", 5), o);
    EXPECT_FALSE(r.ok);
    EXPECT_NE(r.error.find("cycle without an eligible checkpoint state: s2 -> s2"), std::string::npos)
        << r.error;
    json report = design_to_json(d);
    add_plan_to_report(report, r);
    EXPECT_FALSE(report["plan"]["ok"].get<bool>());
    EXPECT_TRUE(report["plan"]["reserve_energy_pj"].is_null());
    EXPECT_EQ(report["plan"]["unsafe_cycle"], json::array({2, 2}));

    // A charge too small for the reserve: the warning voltage would exceed V_on.
    EnergyModel tiny = model_with_compute("nand-flash", 5);
    tiny.capacitance_uf = 1e-5;
    OptimizeResult small = optimize_checkpoints(d, tiny);
    EXPECT_FALSE(small.ok);
    EXPECT_NE(small.error.find("does not fit one charge"), std::string::npos) << small.error;
    EXPECT_NE(small.error.find("v_on_v"), std::string::npos) << small.error;

    EXPECT_FALSE(policy_from_string("sometimes"));
    EXPECT_EQ(to_string(Policy::OnDemand), "on-demand");
}
