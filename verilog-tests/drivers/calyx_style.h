// Driver of examples/calyx_style (top `main`, Calyx go/done): clk, reset (sync,
// active high); go held high (x, n stable) until done, then lowered; done is a
// one-cycle pulse with `out` valid.
#pragma once

#include "drivers/driver_util.h"

#include <vector>

namespace idetic::drivers::calyx_style {

struct Vector {
    uint32_t x, n;
};
struct Outputs {
    uint32_t out;
};
inline bool operator==(const Outputs &a, const Outputs &b) { return a.out == b.out; }

struct Driver {
    using Vector = calyx_style::Vector;
    using Outputs = calyx_style::Outputs;
    static constexpr int kResetCycles = 2;

    // Latency 7n + 3: edge cases (n = 0, 1, wrap-around), random n <= 30.
    static std::vector<Vector> vectors(harness::Rng &rng, int n_random) {
        std::vector<Vector> v = {{5, 6}, {0, 0}, {7, 1}, {0xFFFFFFF0u, 3}, {0x7FFFFFFFu, 20}, {100, 30}};
        for (int i = 0; i < n_random; ++i)
            v.push_back({static_cast<uint32_t>(rng.next()), static_cast<uint32_t>(rng.range(0, 30))});
        return v;
    }
    static Outputs reference(const Vector &v) {
        uint32_t acc = 0;
        for (uint32_t i = 0; i < v.n; ++i)
            acc += v.x + i;
        return {acc};
    }
    static std::string str(const Vector &v) { return "x=" + hex(v.x, 8) + " n=" + std::to_string(v.n); }
    static std::string str(const Outputs &o) { return "out=" + hex(o.out, 8); }

    template <class M> static void set_clock(M &m, bool level) { m.clk = level; }
    template <class M> static void set_reset(M &m, bool asserted) { m.reset = asserted; }
    template <class M> static void drive(M &m, const Vector &v, bool request) {
        m.go = request;
        m.x = v.x;
        m.n = v.n;
    }
    template <class M> static bool done(const M &m) { return m.done; }
    template <class M> static Outputs outputs(const M &m) { return {static_cast<uint32_t>(m.out)}; }
};

} // namespace idetic::drivers::calyx_style
