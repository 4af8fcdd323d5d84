// Driver of examples/vitis_ram_call (top `vitis_ram_call`, Vitis HLS ap_ctrl_hs, local
// array in vitis_ram_call_buf_RAM_AUTO_1R1W, sub-function vitis_ram_call_mix): ap_clk,
// ap_rst (sync, active high); ap_start held high (seed, n stable) until ap_done; ap_done
// is combinational, ap_return valid in the ap_done cycle.
#pragma once

#include "drivers/driver_util.h"

#include <vector>

namespace idetic::drivers::vitis_ram_call {

struct Vector {
    uint32_t seed;
    uint8_t n; // 5 bits: 0..31
};
struct Outputs {
    uint32_t ap_return;
};
inline bool operator==(const Outputs &a, const Outputs &b) { return a.ap_return == b.ap_return; }

struct Driver {
    using Vector = vitis_ram_call::Vector;
    using Outputs = vitis_ram_call::Outputs;
    static constexpr int kResetCycles = 2;

    // The sub-function mix (vitis_ram_call_mix.v), modulo 2^32.
    static uint32_t mix(uint32_t a, uint32_t b) {
        uint32_t t = (a ^ b) + 0x6A09E667u;
        t *= 0x85EBCA6Bu;
        t ^= t >> 13;
        t *= 0xC2B2AE35u;
        return t ^ (t >> 16);
    }

    // Latency 8n + 9 (<= 257): edge cases n = 0, 1, 31, then random n.
    static std::vector<Vector> vectors(harness::Rng &rng, int n_random) {
        std::vector<Vector> v = {{0x12345678u, 6}, {0, 0},           {0, 1},
                                 {0xFFFFFFFFu, 31}, {0x80000000u, 2}, {0xDEADBEEFu, 17}};
        for (int i = 0; i < n_random; ++i)
            v.push_back({static_cast<uint32_t>(rng.next()), static_cast<uint8_t>(rng.range(0, 31))});
        return v;
    }
    static Outputs reference(const Vector &v) {
        uint32_t buf[32];
        const uint32_t n = v.n & 31u;
        for (uint32_t i = 0; i < n; ++i)
            buf[i] = v.seed ^ (i * 0x9E3779B9u);
        uint32_t acc = mix(v.seed, n);
        for (uint32_t i = 0; i < n; ++i)
            acc = mix(acc, buf[i]);
        return {acc};
    }
    static std::string str(const Vector &v) { return "seed=" + hex(v.seed, 8) + " n=" + std::to_string(v.n); }
    static std::string str(const Outputs &o) { return "ap_return=" + hex(o.ap_return, 8); }

    template <class M> static void set_clock(M &m, bool level) { m.ap_clk = level; }
    template <class M> static void set_reset(M &m, bool asserted) { m.ap_rst = asserted; }
    template <class M> static void drive(M &m, const Vector &v, bool request) {
        m.ap_start = request;
        m.seed = v.seed;
        m.n = v.n & 31u;
    }
    template <class M> static bool done(const M &m) { return m.ap_done; }
    template <class M> static Outputs outputs(const M &m) { return {static_cast<uint32_t>(m.ap_return)}; }
};

} // namespace idetic::drivers::vitis_ram_call
