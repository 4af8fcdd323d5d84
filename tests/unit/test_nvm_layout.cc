// The union layout: controllers first, data registers grouped by the checkpoints
// where they are live; whole words per group, tails shared by signature overlap.
#include "rewrite/nvm_layout.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <map>

using namespace idetic;

namespace {
// n control states with nothing live (the tests set live_in).
void add_states(DesignModel &m, int n) {
    for (int s = 0; s < n; ++s) {
        ControlState st;
        st.code = {std::to_string(s)};
        st.def = st.kill = st.use = st.live_in = m.registers.empty_set();
        m.graph.add_state(st);
    }
}

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
    add_states(m, 3);
    m.graph.state(0).live_in = m.registers.set_of({"a", "b"});
    m.graph.state(2).live_in = m.registers.set_of({"a", "c"});
    return m;
}
} // namespace

TEST(NvmLayout, GroupsFillWordsOfTheirOwnAndShareTails) {
    // 16-bit words. st (3 bits) has no whole word: its tail opens word 0, written by every
    // checkpoint. a (live at both, 20 bits) takes word 1 and puts its 4-bit tail in word 0
    // (bits 6..3). Then c (signature 01 sorts before b's 10): words 2-3, tail of 8 bits in
    // word 0 (bits 14..7). b's 8 bits no longer fit word 0 (15 + 8 > 16): word 4 of its own.
    NvmLayout l = build_nvm_layout(model(), {0, 2}, 16);
    EXPECT_EQ(l.data_words, 5);
    EXPECT_EQ(l.slot_words, 8);
    EXPECT_EQ(l.addr_bits, 4); // addresses 0..15
    ASSERT_EQ(l.checkpoints.size(), 2u);
    EXPECT_EQ(l.checkpoints[0].words, (std::vector<int>{0, 1, 4}));
    EXPECT_EQ(l.checkpoints[1].words, (std::vector<int>{0, 1, 2, 3}));
    EXPECT_EQ(l.checkpoints[0].bits, 3 + 20 + 8);
    EXPECT_EQ(l.checkpoints[1].bits, 3 + 20 + 40);
    auto piece = [&](std::size_t reg, int reg_lsb) -> const LayoutPiece * {
        for (const auto &p : l.pieces)
            if (p.reg == reg && p.reg_lsb == reg_lsb) return &p;
        return nullptr;
    };
    const LayoutPiece *a_tail = piece(1, 16), *c_tail = piece(3, 32), *b = piece(2, 0);
    ASSERT_TRUE(a_tail && c_tail && b);
    EXPECT_EQ(a_tail->word, 0);
    EXPECT_EQ(a_tail->word_lsb, 3);
    EXPECT_EQ(a_tail->width, 4);
    EXPECT_EQ(c_tail->word, 0);
    EXPECT_EQ(c_tail->word_lsb, 7);
    EXPECT_EQ(c_tail->width, 8);
    EXPECT_EQ(b->word, 4);
    EXPECT_EQ(b->width, 8);
    // Pieces are listed in word order.
    for (std::size_t i = 1; i < l.pieces.size(); ++i)
        EXPECT_TRUE(
            l.pieces[i - 1].word < l.pieces[i].word ||
            (l.pieces[i - 1].word == l.pieces[i].word && l.pieces[i - 1].word_lsb < l.pieces[i].word_lsb));
    // d is never saved.
    for (const auto &p : l.pieces)
        EXPECT_NE(p.reg, 4u);
    EXPECT_EQ(l.checkpoint_index(2), 1);
    EXPECT_EQ(l.checkpoint_index(1), -1);
}

TEST(NvmLayout, TailsShareTheWordWhoseCheckpointsOverlapMost) {
    // st fills word 0 exactly (no tail). q {1,2} opens word 1; p {0,1} overlaps it at
    // checkpoint 1 and joins it; r {2} would overlap too but no longer fits: word 2.
    DesignModel m;
    m.top = "t";
    m.controllers.push_back({{"st"}, 16, "binary", "detected", std::string(16, '0')});
    m.registers.add({"st", 16, RegisterKind::Control});
    m.registers.add({"p", 6, RegisterKind::Data});
    m.registers.add({"q", 6, RegisterKind::Data});
    m.registers.add({"r", 6, RegisterKind::Data});
    add_states(m, 3);
    m.graph.state(0).live_in = m.registers.set_of({"p"});
    m.graph.state(1).live_in = m.registers.set_of({"p", "q"});
    m.graph.state(2).live_in = m.registers.set_of({"q", "r"});
    NvmLayout l = build_nvm_layout(m, {0, 1, 2}, 16);
    EXPECT_EQ(l.data_words, 3);
    EXPECT_EQ(l.checkpoints[0].words, (std::vector<int>{0, 1}));
    EXPECT_EQ(l.checkpoints[1].words, (std::vector<int>{0, 1}));
    EXPECT_EQ(l.checkpoints[2].words, (std::vector<int>{0, 1, 2}));
}

TEST(NvmLayout, SharingNeverAddsWordsToACheckpoint) {
    // Random designs: each checkpoint writes at most one word per live group's whole words plus
    // one per tail (what a word-boundary layout would write), and every live bit has one place.
    unsigned seed = 12345;
    auto rnd = [&](unsigned n) {
        seed = seed * 1103515245u + 12345u;
        return (seed >> 16) % n;
    };
    for (int trial = 0; trial < 200; ++trial) {
        DesignModel m;
        m.top = "t";
        const int cw = 1 + int(rnd(20));
        m.controllers.push_back({{"st"}, cw, "binary", "detected", std::string(std::size_t(cw), '0')});
        m.registers.add({"st", cw, RegisterKind::Control});
        const int nregs = 1 + int(rnd(12)), nstates = 1 + int(rnd(6));
        for (int r = 0; r < nregs; ++r)
            m.registers.add({"r" + std::to_string(r), 1 + int(rnd(70)), RegisterKind::Data});
        add_states(m, nstates);
        for (int s = 0; s < nstates; ++s)
            for (int r = 0; r < nregs; ++r)
                if (rnd(2)) m.graph.state(StateId(s)).live_in.set(std::size_t(r + 1));
        std::vector<StateId> cps;
        for (int s = 0; s < nstates; ++s)
            if (s == 0 || rnd(2)) cps.push_back(StateId(s));
        const int W = rnd(2) ? 16 : 32;
        NvmLayout l = build_nvm_layout(m, cps, W);
        // Bound: group the live registers by signature, as the layout does.
        std::map<std::vector<bool>, int> group_bits;
        for (int r = 0; r < nregs; ++r) {
            std::vector<bool> sig;
            for (StateId c : cps)
                sig.push_back(m.graph.state(c).live_in.test(std::size_t(r + 1)));
            if (std::find(sig.begin(), sig.end(), true) != sig.end())
                group_bits[sig] += m.registers.at(std::size_t(r + 1)).width;
        }
        for (std::size_t c = 0; c < cps.size(); ++c) {
            int bound = (cw + W - 1) / W;
            for (const auto &[sig, bits] : group_bits)
                if (sig[c]) bound += (bits + W - 1) / W;
            EXPECT_LE(int(l.checkpoints[c].words.size()), bound) << "trial " << trial;
        }
        std::map<std::pair<int, int>, int> used; // (word, bit) -> count
        for (const auto &p : l.pieces)
            for (int i = 0; i < p.width; ++i) {
                EXPECT_LT(p.word_lsb + i, W);
                EXPECT_LT(p.word, l.data_words);
                ++used[{p.word, p.word_lsb + i}];
            }
        for (const auto &[wb, n] : used)
            EXPECT_EQ(n, 1) << "trial " << trial << " word " << wb.first << " bit " << wb.second;
    }
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

TEST(NvmLayout, RestorePassesFollowTheReset) {
    // With a reset the engine loads while it sums (a bad checksum clears the design through
    // its reset): one pass. Without one it verifies first: two.
    DesignModel m = model();
    m.reset.port = "";
    EXPECT_EQ(build_nvm_layout(m, {0, 2}, 32).restore_passes, 2);
    m.reset.port = "rst";
    NvmLayout l = build_nvm_layout(m, {0, 2}, 32);
    EXPECT_EQ(l.restore_passes, 1);
    EXPECT_EQ(nvm_layout_to_json(l, m)["restore_passes"], 1);
}

TEST(NvmLayout, RejectsBadWordWidthsAndEmptyPlans) {
    EXPECT_THROW(build_nvm_layout(model(), {0}, 12), std::invalid_argument);
    EXPECT_THROW(build_nvm_layout(model(), {0}, 24), std::invalid_argument);
    EXPECT_THROW(build_nvm_layout(model(), {}, 32), std::invalid_argument);
}

TEST(NvmLayout, TheCheckpointIndexGoesInTheHeaderWhenItFits) {
    // W - 9 header bits below the magic and empty flag hold the 2-bit sequence number and
    // the index: up to 2^(W-11) checkpoints. 16-bit words: 5 index bits, 32 checkpoints.
    for (int n : {1, 2, 3, 32, 33, 40}) {
        DesignModel m;
        m.top = "t";
        m.controllers.push_back({{"st"}, 6, "binary", "detected", "000000"});
        m.registers.add({"st", 6, RegisterKind::Control});
        add_states(m, n);
        std::vector<StateId> cps;
        for (int s = 0; s < n; ++s)
            cps.push_back(static_cast<StateId>(s));
        int bits = 1;
        while ((1 << bits) < n)
            ++bits;
        NvmLayout w16 = build_nvm_layout(m, cps, 16), w32 = build_nvm_layout(m, cps, 32);
        EXPECT_EQ(w16.index_bits, bits) << n;
        EXPECT_EQ(w16.index_in_header, n <= 32) << n;
        EXPECT_EQ(w16.record_words(), n <= 32 ? 1 : 2) << n;
        EXPECT_TRUE(w32.index_in_header) << n;
        EXPECT_EQ(w32.record_words(), 1) << n;
    }
}
