// Driver of the harness self-test design verilog-tests/designs/toy_acc(_nvm).v.
// Protocol: `start` (level, sampled in IDLE) with n, seed; `done` pulses for one
// cycle with `result` valid. Reset: `rst`, synchronous, active high.
#pragma once

#include "drivers/driver_util.h"

#include <vector>

namespace idetic::drivers::toy_acc {

struct Vector {
    uint16_t n;
    uint32_t seed;
};
struct Outputs {
    uint32_t result;
};
inline bool operator==(const Outputs &a, const Outputs &b) { return a.result == b.result; }

struct Driver {
    using Vector = toy_acc::Vector;
    using Outputs = toy_acc::Outputs;
    static constexpr int kResetCycles = 2;

    // Edge cases first (n = 0 and 1 finish within the boot header reads: see
    // docs/HARNESS.md, "boot race"), then random vectors of 12..300 iterations.
    static std::vector<Vector> vectors(harness::Rng &rng, int n_random) {
        std::vector<Vector> v = {{40, 0x12345678u}, {0, 0xDEADBEEFu}, {1, 0u}, {12, 0xFFFFFFFFu},
                                 {255, 0x80000000u}};
        for (int i = 0; i < n_random; ++i)
            v.push_back({static_cast<uint16_t>(rng.range(12, 300)), static_cast<uint32_t>(rng.next())});
        return v;
    }
    static Outputs reference(const Vector &v) {
        uint32_t acc = v.seed;
        uint16_t x = static_cast<uint16_t>(v.seed | 1u);
        for (uint32_t i = 0; i < v.n; ++i) {
            uint32_t xi = (uint32_t{x} << 16) | (i & 0xFFFFu);
            acc = rol32(acc, 3) + xi;
            unsigned fb = ((x >> 15) ^ (x >> 13) ^ (x >> 12) ^ (x >> 10)) & 1u;
            x = static_cast<uint16_t>((x << 1) | fb);
        }
        return {acc ^ ((uint32_t{x} << 16) | x)};
    }
    static std::string str(const Vector &v) { return "n=" + std::to_string(v.n) + " seed=" + hex(v.seed, 8); }
    static std::string str(const Outputs &o) { return "result=" + hex(o.result, 8); }

    template <class M> static void set_clock(M &m, bool level) { m.clk = level; }
    template <class M> static void set_reset(M &m, bool asserted) { m.rst = asserted; }
    template <class M> static void drive(M &m, const Vector &v, bool request) {
        m.start = request;
        m.n = v.n;
        m.seed = v.seed;
    }
    template <class M> static bool done(const M &m) { return m.done; }
    template <class M> static Outputs outputs(const M &m) { return {static_cast<uint32_t>(m.result)}; }
};

} // namespace idetic::drivers::toy_acc
