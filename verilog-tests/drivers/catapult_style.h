// Driver of examples/catapult_style (top `popcnt_sum`, Catapult ac_channel I/O):
// clk, arst_n (ASYNC, active low). The request is din_rsc_vld, held high with the
// word on din_rsc_dat until completion; the host always holds dout_rsc_rdy high, so
// the result is taken in the cycle dout_rsc_vld is high: completion = dout_rsc_vld,
// outputs = dout_rsc_dat in that cycle. din_rsc_rdy (output) is not looked at.
#pragma once

#include "drivers/driver_util.h"

#include <vector>

namespace idetic::drivers::catapult_style {

struct Vector {
    uint32_t word;
};
struct Outputs {
    uint32_t dout;
};
inline bool operator==(const Outputs &a, const Outputs &b) { return a.dout == b.dout; }

struct Driver {
    using Vector = catapult_style::Vector;
    using Outputs = catapult_style::Outputs;
    static constexpr int kResetCycles = 2;

    // Fixed latency (main_C_0, while_C_0, 8 x for_C_0, while_C_1: completion in
    // cycle 10 after reset release). Edge cases: no bit set, all bits set (the
    // 9-bit maximum 256), bits wrapping around the rotation, one bit.
    static std::vector<Vector> vectors(harness::Rng &rng, int n_random) {
        std::vector<Vector> v = {{0x12345678u}, {0u}, {0xFFFFFFFFu}, {0x80000001u},
                                 {1u},          {0xF0F0F0F0u}, {0x7FFFFFFFu}};
        for (int i = 0; i < n_random; ++i)
            v.push_back({static_cast<uint32_t>(rng.next())});
        return v;
    }
    // sum_{k=1..8} popcount(rotl(word, k)), as the design iterates it.
    static Outputs reference(const Vector &v) {
        uint32_t rot = v.word, sum = 0;
        for (int k = 1; k <= 8; ++k) {
            rot = rol32(rot, 1);
            for (int b = 0; b < 32; ++b)
                sum += (rot >> b) & 1u;
        }
        return {sum};
    }
    static std::string str(const Vector &v) { return "din=" + hex(v.word, 8); }
    static std::string str(const Outputs &o) { return "dout=" + std::to_string(o.dout); }

    template <class M> static void set_clock(M &m, bool level) { m.clk = level; }
    template <class M> static void set_reset(M &m, bool asserted) { m.arst_n = !asserted; }
    template <class M> static void drive(M &m, const Vector &v, bool request) {
        m.din_rsc_vld = request;
        m.din_rsc_dat = v.word;
        m.dout_rsc_rdy = 1;
    }
    template <class M> static bool done(const M &m) { return m.dout_rsc_vld; }
    template <class M> static Outputs outputs(const M &m) { return {static_cast<uint32_t>(m.dout_rsc_dat)}; }
};

} // namespace idetic::drivers::catapult_style
