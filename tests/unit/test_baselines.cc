#include "optimize/baselines.h"

#include "energy/nvm_presets.h"
#include "model/liveness.h"
#include "optimize/ondemand_dp.h"

#include <gtest/gtest.h>

#include <random>

using namespace idetic;

namespace {

// A controller with `n` states in a chain 0 -> 1 -> ... -> n-1, extra edges given,
// an 8-bit control register and data registers x (16 bits), y (8 bits), z (40 bits, never live).
DesignModel chain_design(std::size_t n, const std::vector<std::pair<StateId, StateId>> &extra) {
    DesignModel m;
    m.top = "chain";
    m.controllers.push_back({{"state"}, 8, "binary", "detected", "00000000"});
    m.registers.add({"state", 8, RegisterKind::Control});
    m.registers.add({"x", 16, RegisterKind::Data});
    m.registers.add({"y", 8, RegisterKind::Data});
    m.registers.add({"z", 40, RegisterKind::Data});
    m.ff_bits_total = 8 + 16 + 8 + 40;
    for (std::size_t s = 0; s < n; ++s) {
        ControlState st;
        st.code = {std::to_string(s)};
        st.def = st.kill = st.use = m.registers.empty_set();
        m.graph.add_state(std::move(st));
    }
    for (StateId s = 0; s + 1 < n; ++s)
        m.graph.add_edge(s, s + 1);
    for (auto [a, b] : extra)
        m.graph.add_edge(a, b);
    // x is written in 0 and read in the last state; y is used in state 1 only.
    m.graph.state(0).kill = m.registers.set_of({"x"});
    m.graph.state(n - 1).use = m.registers.set_of({"x"});
    m.graph.state(1).use = m.registers.set_of({"y"});
    compute_liveness(m.graph, m.registers.size());
    return m;
}

ResolvedEnergy stt(double compute_pj = 10) {
    EnergyModel m = nvm_preset("stt-mram");
    m.compute_pj_per_cycle = compute_pj;
    return resolve_energy(m, std::optional<long long>{});
}

} // namespace

TEST(Baselines, FullBackupEveryStateAndFixedInterval) {
    DesignModel d = chain_design(4, {{3, 0}});
    ResolvedEnergy e = stt();
    PlacementProblem p = from_design(d, e);
    Baselines b = compute_baselines(p, d, e);
    // 72 flip-flop bits: 3 data words of 32 + 2 commit-record words + header = 6 words
    // = 192 bits * 2.5 pJ, plus (6 words * 1 + 3) frozen cycles * 10 pJ (one
    // cycle per access at latency 1: the engine issues them back to back).
    EXPECT_EQ(b.full_backup_bits, 72);
    EXPECT_DOUBLE_EQ(b.full_backup_reserve_pj, 192 * 2.5 + (6 * 1 + 3) * 10);
    // Checkpoint in every state: the worst is a state saving x (16 + 8 control bits
    // -> 1 data word + 3 = 4 words = 128 bits, 4 + 3 frozen cycles).
    EXPECT_DOUBLE_EQ(b.every_state_reserve_pj, 128 * 2.5 + (4 * 1 + 3) * 10);
    EXPECT_DOUBLE_EQ(b.charge_pj, 0.5 * 1.0 * (2.4 * 2.4 - 1.8 * 1.8) * 1e6);
    // Loops: the job length is unknown unless measured.
    EXPECT_FALSE(b.job_energy_pj);
    EXPECT_FALSE(b.job_fits_one_charge);
    // Fixed interval: (charge - full restore - full save) / 10 pJ per cycle. A restore
    // reads 2 headers, the commit record and the data twice: 10 words, 10 cycles.
    const double full_save = 192 * 2.5 + (6 * 1 + 3) * 10, full_restore = 320 * 0.5 + 10 * 1 * 10;
    const double room = b.charge_pj - full_restore - full_save;
    EXPECT_EQ(b.fixed_interval_cycles, static_cast<long long>(room / 10));
    EXPECT_DOUBLE_EQ(b.fixed_interval_save_pj_per_cycle,
                     full_save / static_cast<double>(b.fixed_interval_cycles));

    Baselines measured = compute_baselines(p, d, e, 1000000);
    EXPECT_EQ(measured.job_energy_source, "given cycle count");
    EXPECT_DOUBLE_EQ(*measured.job_energy_pj, 1e7);
    EXPECT_FALSE(*measured.job_fits_one_charge); // 10 uJ > 1.26 uJ
}

TEST(Baselines, ADesignWithAResetIsRestoredInOnePass) {
    // The same design with a reset port: the engine loads while it sums (and clears the
    // design through its reset on a bad checksum), so a restore reads the data once:
    // 2 headers + 2 commit-record words + 3 data words = 7 words, 7 cycles.
    DesignModel d = chain_design(4, {{3, 0}});
    ResolvedEnergy e = stt();
    const double two_pass = restore_energy_pj(e.model, 10, d.ff_bits_total, restores_in_one_pass(d));
    EXPECT_DOUBLE_EQ(two_pass, 10 * 32 * 0.5 + 10 * 1 * 10);
    d.reset.port = "rst";
    ASSERT_TRUE(restores_in_one_pass(d));
    EXPECT_EQ(restore_words(e.model, d.ff_bits_total, true), 7);
    const double one_pass = restore_energy_pj(e.model, 10, d.ff_bits_total, restores_in_one_pass(d));
    EXPECT_DOUBLE_EQ(one_pass, 7 * 32 * 0.5 + 7 * 1 * 10);
    // The fixed-interval baseline leaves room for the cheaper restore.
    PlacementProblem p = from_design(d, e);
    Baselines b = compute_baselines(p, d, e);
    const double full_save = 192 * 2.5 + (6 * 1 + 3) * 10;
    EXPECT_EQ(b.fixed_interval_cycles, static_cast<long long>((b.charge_pj - one_pass - full_save) / 10));
}

TEST(Baselines, AcyclicJobEnergyFromTheLongestPath) {
    // 0 -> 1 -> 2 -> 3 and a shortcut 0 -> 2; state 3 stays where it is (done).
    DesignModel d = chain_design(4, {{0, 2}, {3, 3}});
    ResolvedEnergy e = stt(25);
    PlacementProblem p = from_design(d, e);
    Baselines b = compute_baselines(p, d, e);
    ASSERT_TRUE(b.job_energy_pj);
    EXPECT_EQ(b.job_energy_source, "longest path (acyclic graph)");
    EXPECT_EQ(*b.job_cycles, 4);
    EXPECT_DOUBLE_EQ(*b.job_energy_pj, 100);
    EXPECT_TRUE(*b.job_fits_one_charge);
    // A self-loop on a state that can also leave (a wait loop) makes the length unknown.
    DesignModel w = chain_design(4, {{1, 1}});
    EXPECT_FALSE(compute_baselines(from_design(w, e), w, e).job_energy_pj);
}

TEST(Baselines, OptimalReserveNeverExceedsTheBaselines) {
    std::mt19937_64 rng(3);
    for (int g = 0; g < 300; ++g) {
        const std::size_t n = 2 + rng() % 30;
        std::vector<std::pair<StateId, StateId>> extra;
        for (int k = 0; k < static_cast<int>(n); ++k)
            extra.emplace_back(rng() % n, rng() % n);
        extra.emplace_back(n - 1, rng() % n);
        DesignModel d = chain_design(n, extra);
        ResolvedEnergy e = stt(static_cast<double>(1 + rng() % 200));
        PlacementProblem p = from_design(d, e);
        Baselines b = compute_baselines(p, d, e);
        OnDemandPlan plan = solve_ondemand(p);
        ASSERT_TRUE(plan.feasible);
        EXPECT_LE(plan.reserve_pj, b.every_state_reserve_pj);
        EXPECT_LE(b.every_state_reserve_pj, b.full_backup_reserve_pj);
    }
}
