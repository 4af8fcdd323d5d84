// Driver of examples/pipelined_loop (top `pipelined_loop`, Vivado/Vitis HLS ap_ctrl_hs,
// II = 1 pipelined loop of depth 3, coefficient ROM): ap_clk, ap_rst (sync, active
// high); ap_start held high (seed, step, n stable) until ap_done; ap_done is
// combinational (state5), ap_return valid in the ap_done cycle.
#pragma once

#include "drivers/driver_util.h"

#include <vector>

namespace idetic::drivers::pipelined_loop {

struct Vector {
    uint32_t seed, step;
    uint8_t n; // 6 bits: 0..63
};
struct Outputs {
    uint32_t ap_return;
};
inline bool operator==(const Outputs &a, const Outputs &b) { return a.ap_return == b.ap_return; }

struct Driver {
    using Vector = pipelined_loop::Vector;
    using Outputs = pipelined_loop::Outputs;
    static constexpr int kResetCycles = 2;

    // The ROM contents (pipelined_loop_coef_ROM_AUTO_1R.v), signed 16-bit.
    static constexpr int16_t kCoef[16] = {3,   -5,  17,   1000, -32768, 32767, 7,  -1,
                                          0,   255, -300, 12,   4096,   -9,    21, 64};

    // Latency n + 4 (3 for n = 0): edge cases n = 0, 1, 63 and wrap-around, random n.
    static std::vector<Vector> vectors(harness::Rng &rng, int n_random) {
        std::vector<Vector> v = {{0x12345678u, 0x9ABCDEF0u, 9}, {5, 7, 0},
                                 {10, 1, 1},                    {0xFFFFFFFFu, 0xFFFFFFFFu, 63},
                                 {1, 1, 63},                    {0x80000000u, 0x80000000u, 5},
                                 {100, 0, 16}};
        for (int i = 0; i < n_random; ++i)
            v.push_back({static_cast<uint32_t>(rng.next()), static_cast<uint32_t>(rng.next()),
                         static_cast<uint8_t>(rng.range(0, 63))});
        return v;
    }
    static Outputs reference(const Vector &v) {
        uint32_t acc = 0;
        const uint32_t n = v.n & 63u;
        for (uint32_t i = 0; i < n; ++i) {
            const uint32_t x = v.seed + i * v.step;
            acc += static_cast<uint32_t>(static_cast<int32_t>(kCoef[i & 15])) * x;
        }
        return {acc};
    }
    static std::string str(const Vector &v) {
        return "seed=" + hex(v.seed, 8) + " step=" + hex(v.step, 8) + " n=" + std::to_string(v.n);
    }
    static std::string str(const Outputs &o) { return "ap_return=" + hex(o.ap_return, 8); }

    template <class M> static void set_clock(M &m, bool level) { m.ap_clk = level; }
    template <class M> static void set_reset(M &m, bool asserted) { m.ap_rst = asserted; }
    template <class M> static void drive(M &m, const Vector &v, bool request) {
        m.ap_start = request;
        m.seed = v.seed;
        m.step = v.step;
        m.n = v.n & 63u;
    }
    template <class M> static bool done(const M &m) { return m.ap_done; }
    template <class M> static Outputs outputs(const M &m) { return {static_cast<uint32_t>(m.ap_return)}; }
};

} // namespace idetic::drivers::pipelined_loop
