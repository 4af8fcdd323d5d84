// The harness's NVM model (verilog-tests/harness/nvm_model.h) against the timing of
// docs/NVM_PROTOCOL.md: a request is taken at the first edge where the port is free,
// which includes the edge ending an ack cycle, so back-to-back accesses take L cycles.
#include "harness/nvm_model.h"

#include <gtest/gtest.h>

#include <vector>

using idetic::harness::NvmCommit;
using idetic::harness::NvmModel;
using idetic::harness::Rng;

namespace {

NvmModel blank(int latency) {
    NvmModel m(4, 16, latency, latency, 7);
    Rng r(1);
    m.clear(false, r);
    return m;
}

} // namespace

TEST(NvmModel, BackToBackWritesTakeTheLatencyEach) {
    for (int L : {1, 3}) {
        NvmModel m = blank(L);
        // An engine writing words 0, 1, 2: in each ack cycle its outputs are already the
        // next write (addr advances), as the generated engine's are.
        uint64_t addr = 0;
        int cycle = 0;
        std::vector<int> acks;
        while (addr < 3 && cycle < 100) {
            const bool ack = m.ack();
            const uint64_t present = ack ? addr + 1 : addr; // the next request in the ack cycle
            NvmCommit c = m.edge(present < 3, true, present, 0x100 + present);
            EXPECT_EQ(c.happened, ack);
            if (ack) {
                EXPECT_EQ(c.addr, addr);
                acks.push_back(cycle);
                addr = present;
            }
            ++cycle;
        }
        // Taken at the edge ending cycle 0, acked in cycles L, 2L, 3L.
        EXPECT_EQ(acks, (std::vector<int>{L, 2 * L, 3 * L})) << "L=" << L;
        EXPECT_EQ(m.peek(0), 0x100u);
        EXPECT_EQ(m.peek(2), 0x102u);
        EXPECT_EQ(m.writes(), 3u);
        EXPECT_EQ(m.protocol_errors(), 0u) << m.first_protocol_error();
    }
}

TEST(NvmModel, TheRequestInTheAckCycleIsTakenAtOnce) {
    NvmModel m = blank(1);
    // Cycle 0: read of word 2 presented, taken at its edge.
    m.poke(2, 0xBEEF);
    m.poke(5, 0x1234);
    EXPECT_FALSE(m.ack());
    EXPECT_FALSE(m.edge(true, false, 2, 0).happened);
    // Cycle 1: ack of the read, data valid; the port already carries a write of word 5.
    ASSERT_TRUE(m.ack());
    EXPECT_EQ(m.rdata(), 0xBEEFu);
    NvmCommit c = m.edge(true, true, 5, 0x5555);
    EXPECT_TRUE(c.happened);
    EXPECT_FALSE(c.we);
    EXPECT_EQ(c.data, 0xBEEFu);
    EXPECT_TRUE(m.busy()); // the write was taken at the same edge
    EXPECT_TRUE(m.pending_write());
    // Cycle 2: its ack; nothing more requested.
    ASSERT_TRUE(m.ack());
    c = m.edge(false, false, 0, 0);
    EXPECT_TRUE(c.happened);
    EXPECT_TRUE(c.we);
    EXPECT_EQ(c.old, 0x1234u);
    EXPECT_EQ(m.peek(5), 0x5555u);
    EXPECT_FALSE(m.busy());
    EXPECT_EQ(m.protocol_errors(), 0u);
}

TEST(NvmModel, ChangingARequestBeforeItsAckIsAProtocolError) {
    NvmModel m = blank(3);
    m.edge(true, true, 1, 0xAA); // taken
    m.edge(true, true, 1, 0xAA); // held: fine
    EXPECT_EQ(m.protocol_errors(), 0u);
    m.edge(true, true, 2, 0xAA); // changed before the ack (cycle 3)
    EXPECT_EQ(m.protocol_errors(), 1u);
    EXPECT_NE(m.first_protocol_error().find("changed"), std::string::npos);
}

TEST(NvmModel, HoldingTheRequestThroughItsAckRepeatsIt) {
    // An engine that keeps the old request on in the ack cycle (the first engine's timing)
    // makes the memory take it a second time: a duplicate write the image monitor sees.
    NvmModel m = blank(1);
    m.edge(true, true, 3, 0x11);
    ASSERT_TRUE(m.ack());
    EXPECT_TRUE(m.edge(true, true, 3, 0x11).happened);
    ASSERT_TRUE(m.ack());
    EXPECT_TRUE(m.edge(false, false, 0, 0).happened);
    EXPECT_EQ(m.writes(), 2u);
}

TEST(NvmModel, PowerFailureDropsTheAccessInFlight) {
    NvmModel m = blank(2);
    m.edge(true, true, 4, 0x77);
    m.power_fail();
    EXPECT_FALSE(m.busy());
    EXPECT_EQ(m.dropped(), 1u);
    EXPECT_EQ(m.peek(4), 0u);
}
