#include "model/handshake.h"

#include <gtest/gtest.h>

using namespace idetic;

namespace {
std::vector<Port> ports(std::initializer_list<Port> p) { return p; }
} // namespace

TEST(Handshake, VitisBlockLevelAndScalarAndMemoryPorts) {
    auto hs = detect_handshakes(ports({{"ap_clk", "input", 1},
                                       {"ap_rst", "input", 1},
                                       {"ap_start", "input", 1},
                                       {"ap_done", "output", 1},
                                       {"ap_idle", "output", 1},
                                       {"ap_ready", "output", 1},
                                       {"out_r", "output", 32},
                                       {"out_r_ap_vld", "output", 1},
                                       {"x_address0", "output", 4},
                                       {"x_ce0", "output", 1},
                                       {"x_q0", "input", 32}}));
    ASSERT_EQ(hs.size(), 3u);
    EXPECT_EQ(hs[0].protocol, "ap_ctrl_hs");
    EXPECT_EQ(hs[0].request, "ap_start");
    EXPECT_EQ(hs[0].done, "ap_done");
    EXPECT_EQ(hs[1].protocol, "ap_vld");
    EXPECT_EQ(hs[1].data, "out_r");
    EXPECT_EQ(hs[1].done, "out_r_ap_vld");
    EXPECT_EQ(hs[2].protocol, "ap_memory");
    EXPECT_EQ(hs[2].kind, "memory");
    EXPECT_EQ(hs[2].ports, (std::vector<std::string>{"x_address0", "x_ce0", "x_q0"}));
    ASSERT_NE(block_handshake(hs), nullptr);
    EXPECT_EQ(block_handshake(hs)->protocol, "ap_ctrl_hs");
}

TEST(Handshake, ChainNeedsApContinue) {
    auto hs = detect_handshakes(ports({{"ap_start", "input", 1},
                                       {"ap_done", "output", 1},
                                       {"ap_idle", "output", 1},
                                       {"ap_ready", "output", 1},
                                       {"ap_continue", "input", 1}}));
    ASSERT_EQ(hs.size(), 1u);
    EXPECT_EQ(hs[0].protocol, "ap_ctrl_chain");
}

TEST(Handshake, EachToolsBlockConvention) {
    EXPECT_EQ(detect_handshakes(ports({{"start_port", "input", 1}, {"done_port", "output", 1}}))[0].protocol,
              "bambu");
    EXPECT_EQ(detect_handshakes(ports({{"start", "input", 1}, {"finish", "output", 1}}))[0].protocol, "legup");
    EXPECT_EQ(detect_handshakes(ports({{"go", "input", 1}, {"done", "output", 1}}))[0].protocol, "calyx");
    EXPECT_EQ(detect_handshakes(ports({{"start", "input", 1}, {"done", "output", 1}}))[0].protocol, "start_done");
    // Wrong direction or width: nothing.
    EXPECT_TRUE(detect_handshakes(ports({{"start", "output", 1}, {"done", "output", 1}})).empty());
    EXPECT_TRUE(detect_handshakes(ports({{"go", "input", 2}, {"done", "output", 1}})).empty());
    EXPECT_EQ(block_handshake({}), nullptr);
}

TEST(Handshake, CatapultChannelsAndPlainValidReady) {
    auto hs = detect_handshakes(ports({{"din_rsc_dat", "input", 32},
                                       {"din_rsc_vld", "input", 1},
                                       {"din_rsc_rdy", "output", 1},
                                       {"dout_rsc_dat", "output", 32},
                                       {"dout_rsc_vld", "output", 1},
                                       {"dout_rsc_rdy", "input", 1},
                                       {"s_valid", "input", 1},
                                       {"s_ready", "output", 1}}));
    ASSERT_EQ(hs.size(), 3u);
    EXPECT_EQ(hs[0].protocol, "valid_ready");
    EXPECT_EQ(hs[0].data, "din_rsc_dat");
    EXPECT_EQ(hs[0].request, "din_rsc_vld");
    EXPECT_EQ(hs[1].data, "dout_rsc_dat");
    EXPECT_EQ(hs[1].done, "dout_rsc_vld");
    EXPECT_EQ(hs[2].ports, (std::vector<std::string>{"s_valid", "s_ready"}));
    EXPECT_TRUE(hs[2].data.empty());
}
