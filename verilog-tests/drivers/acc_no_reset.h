// Driver of tests/designs/acc_no_reset.v (top `acc_no_reset`): clk, no reset (the design
// starts from its initial values at every power-on; set_reset does nothing), start (level,
// sampled in IDLE) with x and n; done = one-cycle pulse, result = x * n mod 2^16 from done.
#pragma once

#include "drivers/driver_util.h"

#include <vector>

namespace idetic::drivers::acc_no_reset {

struct Vector {
    uint16_t x;
    uint8_t n;
};
struct Outputs {
    uint16_t result;
};
inline bool operator==(const Outputs &a, const Outputs &b) { return a.result == b.result; }

struct Driver {
    using Vector = acc_no_reset::Vector;
    using Outputs = acc_no_reset::Outputs;
    static constexpr int kResetCycles = 2; // cycles before the first request (no reset to hold)

    static std::vector<Vector> vectors(harness::Rng &rng, int n_random) {
        std::vector<Vector> v = {{3, 5}, {0, 0}, {7, 0}, {0, 9}, {65535, 255}, {1234, 100}, {1, 1}};
        const int edge_cases = static_cast<int>(v.size());
        while (static_cast<int>(v.size()) < edge_cases + n_random)
            v.push_back({static_cast<uint16_t>(rng.next()), static_cast<uint8_t>(rng.range(1, 255))});
        return v;
    }
    static Outputs reference(const Vector &v) { return {static_cast<uint16_t>(uint32_t{v.x} * v.n)}; }
    static std::string str(const Vector &v) { return "x=" + std::to_string(v.x) + " n=" + std::to_string(v.n); }
    static std::string str(const Outputs &o) { return "result=" + std::to_string(o.result); }

    template <class M> static void set_clock(M &m, bool level) { m.clk = level; }
    template <class M> static void set_reset(M &, bool) {}
    template <class M> static void drive(M &m, const Vector &v, bool request) {
        m.start = request;
        m.x = v.x;
        m.n = v.n;
    }
    template <class M> static bool done(const M &m) { return m.done; }
    template <class M> static Outputs outputs(const M &m) { return {static_cast<uint16_t>(m.result)}; }
};

} // namespace idetic::drivers::acc_no_reset
