// Driver of examples/legup_nested (top `top`, LegUp 4.x conventions): clk, reset (sync,
// active high); start held high with seed, n stable until finish (main reads its
// arguments in several states); waitrequest tied to 0 (no stalls); finish = one-cycle
// pulse, return_val valid with it. main fills arr[i] = (seed + i*0x9E37) ^ (i << 12) for
// i < n, then return_val = sum_sq(n) = sum of arr[i]^2 (each square by the sq module)
// modulo 2^32. Latency 24*n + 8 cycles.
#pragma once

#include "drivers/driver_util.h"

#include <vector>

namespace idetic::drivers::legup_nested {

struct Vector {
    uint16_t seed;
    uint8_t n; // 4 bits
};
struct Outputs {
    uint32_t return_val;
};
inline bool operator==(const Outputs &a, const Outputs &b) { return a.return_val == b.return_val; }

struct Driver {
    using Vector = legup_nested::Vector;
    using Outputs = legup_nested::Outputs;
    static constexpr int kResetCycles = 2;

    // Edge cases: n = 0 (no stores, no calls: 0), n = 1, n = 15 (max, the sum wraps),
    // seed 0 / 0xFFFF.
    static std::vector<Vector> vectors(harness::Rng &rng, int n_random) {
        std::vector<Vector> v = {{0x0003, 1}, {0x0000, 0}, {0x1234, 0}, {0xFFFF, 1},
                                 {0x0000, 15}, {0xFFFF, 15}, {0x1234, 5}, {0x8000, 2}};
        for (int i = 0; i < n_random; ++i)
            v.push_back({static_cast<uint16_t>(rng.next()), static_cast<uint8_t>(rng.range(0, 15))});
        return v;
    }
    // The C program: main fills arr, sum_sq sums sq(arr[i]).
    static Outputs reference(const Vector &v) {
        uint16_t arr[16] = {};
        uint16_t x = v.seed;
        const unsigned n = v.n & 15u;
        for (unsigned i = 0; i < n; ++i) {
            arr[i] = static_cast<uint16_t>(x ^ (i << 12));
            x = static_cast<uint16_t>(x + 0x9E37);
        }
        uint32_t s = 0;
        for (unsigned i = 0; i < n; ++i)
            s += uint32_t{arr[i]} * arr[i];
        return {s};
    }
    static std::string str(const Vector &v) { return "seed=" + hex(v.seed, 4) + " n=" + std::to_string(v.n); }
    static std::string str(const Outputs &o) { return "return_val=" + hex(o.return_val, 8); }

    template <class M> static void set_clock(M &m, bool level) { m.clk = level; }
    template <class M> static void set_reset(M &m, bool asserted) { m.reset = asserted; }
    template <class M> static void drive(M &m, const Vector &v, bool request) {
        m.start = request;
        m.waitrequest = 0;
        m.seed = v.seed;
        m.n = v.n & 15u;
    }
    template <class M> static bool done(const M &m) { return m.finish; }
    template <class M> static Outputs outputs(const M &m) { return {static_cast<uint32_t>(m.return_val)}; }
};

} // namespace idetic::drivers::legup_nested
