// The reserve of the generated hardware (src/optimize/layout_reserve.h): the layout's real
// data-word counts per checkpoint state, computed by hand. The engine visits only the words
// of its checkpoint, so a wider slot costs nothing more.
#include "optimize/layout_reserve.h"

#include "energy/nvm_presets.h"

#include "toy_model.h"

#include <gtest/gtest.h>

#include <cmath>

using namespace idetic;

namespace {

OptimizeResult toy_plan() {
    EnergyModel m = nvm_preset("pcm"); // 64-bit words
    m.compute_pj_per_cycle = 5;
    OptimizeResult r = optimize_checkpoints(idetic_test::toy_model(), m);
    EXPECT_TRUE(r.ok) << r.error;
    return r;
}

} // namespace

TEST(LayoutReserve, LayoutWordsRaiseTheReserve) {
    // The toy graph 0 -> 1 -> 2 -> {0, 2}; every state is a checkpoint state with one data
    // word (docs of test_plan_json): save = 3 * 64 * 16.82 + (3 * 2 + 3) * 5
    // (PCM: a write takes 2 cycles, back to back).
    OptimizeResult r = toy_plan();
    const double w = 64 * 16.82, e = 5;
    const double optimizer = 3 * w + (3 * 2 + 3) * e;
    ASSERT_DOUBLE_EQ(r.ondemand->reserve_pj, optimizer);

    // Same layout as the optimizer assumed (one word each): same reserve.
    LayoutReserve same = layout_reserve(r, {0, 1, 2}, {1, 1, 1}, 64);
    EXPECT_DOUBLE_EQ(same.reserve_pj, optimizer);
    EXPECT_TRUE(same.fits);

    // State 1 writes 2 words (one more than the optimizer counted), state 2 writes 1 and
    // state 0 none: R(1) = 4 words and their cycles is the largest (s0: 2 words, s2: 3).
    LayoutReserve wide = layout_reserve(r, {0, 1, 2}, {0, 2, 1}, 64);
    const double s0 = 2 * w + (2 * 2 + 3) * e, s1 = 4 * w + (4 * 2 + 3) * e, s2 = 3 * w + (3 * 2 + 3) * e;
    EXPECT_DOUBLE_EQ(wide.reserve_pj, std::max({s0, s1, s2}));
    EXPECT_DOUBLE_EQ(wide.reserve_pj, s1);
    EXPECT_GT(wide.reserve_pj, optimizer);
    ASSERT_TRUE(wide.warning_voltage_v.has_value());
    EXPECT_NEAR(*wide.warning_voltage_v, std::sqrt(1.8 * 1.8 + 2e-6 * wide.reserve_pj / 1.0), 1e-12);
}

TEST(LayoutReserve, OnlyTheCheckpointStatesSave) {
    // With state 2 alone a checkpoint state, a warning in 0 runs 0 -> 1 -> 2 and saves there.
    OptimizeResult r = toy_plan();
    const double w = 64 * 16.82, e = 5;
    LayoutReserve lr = layout_reserve(r, {2}, {3}, 64);
    const double s2 = 5 * w + (5 * 2 + 3) * e;
    EXPECT_DOUBLE_EQ(lr.reserve_pj, 2 * e + s2);
}

TEST(LayoutReserve, BadInput) {
    OptimizeResult r = toy_plan();
    EXPECT_THROW(layout_reserve(r, {0, 1}, {1}, 64), std::invalid_argument);
    EXPECT_THROW(layout_reserve(r, {7}, {1}, 64), std::invalid_argument);
}
