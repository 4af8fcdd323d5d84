// Driver of verilog-tests/designs/mem_fill_sum.v (top `memtop`): clk, rst (sync, active
// high); start held high with seed stable until done (a registered one-cycle pulse);
// sum valid with done. buf0[i] = seed + i (i < 8), sum = sum_i buf0[i] * coef[i] (16-bit).
#pragma once

#include "drivers/driver_util.h"

#include <vector>

namespace idetic::drivers::mem_fill_sum {

struct Vector {
    uint8_t seed;
};
struct Outputs {
    uint16_t sum;
};
inline bool operator==(const Outputs &a, const Outputs &b) { return a.sum == b.sum; }

struct Driver {
    using Vector = mem_fill_sum::Vector;
    using Outputs = mem_fill_sum::Outputs;
    static constexpr int kResetCycles = 2;

    static std::vector<Vector> vectors(harness::Rng &rng, int n_random) {
        std::vector<Vector> v = {{0}, {1}, {0xFF}, {0x80}};
        for (int i = 0; i < n_random; ++i)
            v.push_back({static_cast<uint8_t>(rng.next())});
        return v;
    }
    static Outputs reference(const Vector &v) {
        static const uint16_t coef[8] = {1, 2, 3, 5, 7, 11, 13, 17};
        uint16_t sum = 0;
        for (int i = 0; i < 8; ++i)
            sum = static_cast<uint16_t>(sum + static_cast<uint16_t>(v.seed + i) * coef[i]);
        return {sum};
    }
    static std::string str(const Vector &v) { return "seed=" + hex(v.seed, 2); }
    static std::string str(const Outputs &o) { return "sum=" + hex(o.sum, 4); }

    template <class M> static void set_clock(M &m, bool level) { m.clk = level; }
    template <class M> static void set_reset(M &m, bool asserted) { m.rst = asserted; }
    template <class M> static void drive(M &m, const Vector &v, bool request) {
        m.start = request;
        m.seed = v.seed;
    }
    template <class M> static bool done(const M &m) { return m.done; }
    template <class M> static Outputs outputs(const M &m) { return {static_cast<uint16_t>(m.sum)}; }
};

} // namespace idetic::drivers::mem_fill_sum
