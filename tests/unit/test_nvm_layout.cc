// The union layout: controllers first, data registers grouped by the checkpoints
// where they are live, each group on a word boundary.
#include "rewrite/nvm_layout.h"

#include <gtest/gtest.h>

using namespace idetic;

namespace {
// Registers: st (control, 3 bits), a (20 bits), b (8), c (40), d (5, never live at a checkpoint).
// States 0..2 are checkpoints [0, 2]; live_in(0) = {a, b}, live_in(2) = {a, c}.
DesignModel model() {
    DesignModel m;
    m.top = "t";
    m.controllers.push_back({{"st"}, 3, "binary", "detected", "000"});
    m.registers.add({"st", 3, RegisterKind::Control});
    m.registers.add({"a", 20, RegisterKind::Data});
    m.registers.add({"b", 8, RegisterKind::Data});
    m.registers.add({"c", 40, RegisterKind::Data});
    m.registers.add({"d", 5, RegisterKind::Data});
    for (int s = 0; s < 3; ++s) {
        ControlState st;
        st.code = {std::to_string(s)};
        st.def = st.kill = st.use = st.live_in = m.registers.empty_set();
        m.graph.add_state(st);
    }
    m.graph.state(0).live_in = m.registers.set_of({"a", "b"});
    m.graph.state(2).live_in = m.registers.set_of({"a", "c"});
    return m;
}
} // namespace

TEST(NvmLayout, GroupsBySignatureOnWordBoundaries) {
    // 16-bit words. Group order: st (word 0); a (live at both: signature 11, words 1-2);
    // then b (10) and c (01), one live checkpoint each, in signature order: {c}=01 < {b}=10,
    // so c takes words 3..5 (40 bits) and b word 6.
    NvmLayout l = build_nvm_layout(model(), {0, 2}, 16);
    EXPECT_EQ(l.data_words, 7);
    EXPECT_EQ(l.slot_words, 10);
    EXPECT_EQ(l.addr_bits, 5); // addresses 0..19
    ASSERT_EQ(l.checkpoints.size(), 2u);
    EXPECT_EQ(l.checkpoints[0].words, (std::vector<int>{0, 1, 2, 6}));
    EXPECT_EQ(l.checkpoints[1].words, (std::vector<int>{0, 1, 2, 3, 4, 5}));
    EXPECT_EQ(l.checkpoints[0].bits, 3 + 20 + 8);
    EXPECT_EQ(l.checkpoints[1].bits, 3 + 20 + 40);
    // a spans words 1 and 2: bits 15..0 then 19..16.
    bool found = false;
    for (const auto &p : l.pieces)
        if (p.reg == 1 && p.reg_lsb == 16) {
            EXPECT_EQ(p.word, 2);
            EXPECT_EQ(p.word_lsb, 0);
            EXPECT_EQ(p.width, 4);
            found = true;
        }
    EXPECT_TRUE(found);
    // d is never saved.
    for (const auto &p : l.pieces)
        EXPECT_NE(p.reg, 4u);
    EXPECT_EQ(l.checkpoint_index(2), 1);
    EXPECT_EQ(l.checkpoint_index(1), -1);
}

TEST(NvmLayout, EveryLiveBitHasExactlyOnePlace) {
    DesignModel m = model();
    NvmLayout l = build_nvm_layout(m, {0, 2}, 32);
    std::vector<std::vector<int>> seen(m.registers.size());
    for (std::size_t r = 0; r < m.registers.size(); ++r)
        seen[r].assign(m.registers.at(r).width, 0);
    for (const auto &p : l.pieces) {
        EXPECT_LE(p.word_lsb + p.width, 32);
        for (int i = 0; i < p.width; ++i)
            seen[p.reg][p.reg_lsb + i]++;
    }
    for (std::size_t r : {0u, 1u, 2u, 3u})
        for (int n : seen[r])
            EXPECT_EQ(n, 1) << m.registers.at(r).name;
    auto j = nvm_layout_to_json(l, m);
    EXPECT_EQ(j["slot_base"][1], l.slot_words);
    EXPECT_EQ(j["checkpoints"][1]["state"], 2);
}

TEST(NvmLayout, RejectsBadWordWidthsAndEmptyPlans) {
    EXPECT_THROW(build_nvm_layout(model(), {0}, 12), std::invalid_argument);
    EXPECT_THROW(build_nvm_layout(model(), {0}, 24), std::invalid_argument);
    EXPECT_THROW(build_nvm_layout(model(), {}, 32), std::invalid_argument);
}
