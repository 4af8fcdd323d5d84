// Driver of examples/vitis_dot (top `vitis_dot`, Vitis HLS ap_ctrl_hs): ap_clk,
// ap_rst (sync, active high); ap_start held high (x, y, n stable) until ap_done;
// ap_done is combinational, ap_return valid in the ap_done cycle.
#pragma once

#include "drivers/driver_util.h"

#include <vector>

namespace idetic::drivers::vitis_dot {

struct Vector {
    uint32_t x, y;
    uint8_t n;
};
struct Outputs {
    uint32_t ap_return;
};
inline bool operator==(const Outputs &a, const Outputs &b) { return a.ap_return == b.ap_return; }

struct Driver {
    using Vector = vitis_dot::Vector;
    using Outputs = vitis_dot::Outputs;
    static constexpr int kResetCycles = 2;

    // Latency 3n + 2: edge cases (n = 0, 1, 255, wrap-around), random n <= 40.
    static std::vector<Vector> vectors(harness::Rng &rng, int n_random) {
        std::vector<Vector> v = {{3, 5, 10},
                                 {0, 0, 0},
                                 {7, 1, 1},
                                 {0xFFFFFFFFu, 0xFFFFFFFFu, 255},
                                 {0x80000000u, 1, 2},
                                 {123456789u, 987654321u, 37}};
        for (int i = 0; i < n_random; ++i)
            v.push_back({static_cast<uint32_t>(rng.next()), static_cast<uint32_t>(rng.next()),
                         static_cast<uint8_t>(rng.range(0, 40))});
        return v;
    }
    static Outputs reference(const Vector &v) {
        uint32_t sum = 0;
        for (uint32_t i = 0; i < v.n; ++i)
            sum += i * v.x + v.y;
        return {sum};
    }
    static std::string str(const Vector &v) {
        return "x=" + hex(v.x, 8) + " y=" + hex(v.y, 8) + " n=" + std::to_string(v.n);
    }
    static std::string str(const Outputs &o) { return "ap_return=" + hex(o.ap_return, 8); }

    template <class M> static void set_clock(M &m, bool level) { m.ap_clk = level; }
    template <class M> static void set_reset(M &m, bool asserted) { m.ap_rst = asserted; }
    template <class M> static void drive(M &m, const Vector &v, bool request) {
        m.ap_start = request;
        m.x = v.x;
        m.y = v.y;
        m.n = v.n;
    }
    template <class M> static bool done(const M &m) { return m.ap_done; }
    template <class M> static Outputs outputs(const M &m) { return {static_cast<uint32_t>(m.ap_return)}; }
};

} // namespace idetic::drivers::vitis_dot
