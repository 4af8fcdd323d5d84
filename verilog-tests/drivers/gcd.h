// Driver of examples/gcd (top `gcd`): clk, rst (sync, active high), start (level,
// sampled in IDLE) with a_in, b_in; done = one-cycle pulse, result valid from done.
#pragma once

#include "drivers/driver_util.h"

#include <utility>
#include <vector>

namespace idetic::drivers::gcd {

struct Vector {
    uint16_t a, b;
};
struct Outputs {
    uint16_t result;
};
inline bool operator==(const Outputs &x, const Outputs &y) { return x.result == y.result; }

// Loop iterations of the subtraction algorithm (CALC cycles).
inline long gcd_steps(uint32_t a, uint32_t b) {
    long n = 0;
    while (b != 0) {
        if (a < b)
            std::swap(a, b);
        else
            a -= b;
        ++n;
    }
    return n;
}

struct Driver {
    using Vector = gcd::Vector;
    using Outputs = gcd::Outputs;
    static constexpr int kResetCycles = 2;

    // Edge cases, then random pairs whose run stays short (<= 400 CALC cycles;
    // gcd(65535, 1) would take 65,540 cycles per run).
    static std::vector<Vector> vectors(harness::Rng &rng, int n_random) {
        std::vector<Vector> v = {{48, 18},       {0, 0},         {0, 7},     {9, 0},         {1, 1},
                                 {65535, 65535}, {65535, 21845}, {1, 300},   {40902, 24140}, {65280, 255}};
        const int edge_cases = static_cast<int>(v.size());
        while (static_cast<int>(v.size()) < edge_cases + n_random) {
            Vector x;
            if (rng.chance(50)) {
                x = {static_cast<uint16_t>(rng.next()), static_cast<uint16_t>(rng.next())};
            } else { // a common factor, so the result is not just 1
                uint32_t f = static_cast<uint32_t>(rng.range(2, 200));
                x = {static_cast<uint16_t>(f * rng.range(1, 65535 / f)),
                     static_cast<uint16_t>(f * rng.range(1, 65535 / f))};
            }
            if (gcd_steps(x.a, x.b) <= 400)
                v.push_back(x);
        }
        return v;
    }
    static Outputs reference(const Vector &v) {
        uint32_t a = v.a, b = v.b;
        while (b) {
            uint32_t t = a % b;
            a = b;
            b = t;
        }
        return {static_cast<uint16_t>(a)};
    }
    static std::string str(const Vector &v) {
        return "a=" + std::to_string(v.a) + " b=" + std::to_string(v.b);
    }
    static std::string str(const Outputs &o) { return "result=" + std::to_string(o.result); }

    template <class M> static void set_clock(M &m, bool level) { m.clk = level; }
    template <class M> static void set_reset(M &m, bool asserted) { m.rst = asserted; }
    template <class M> static void drive(M &m, const Vector &v, bool request) {
        m.start = request;
        m.a_in = v.a;
        m.b_in = v.b;
    }
    template <class M> static bool done(const M &m) { return m.done; }
    template <class M> static Outputs outputs(const M &m) { return {static_cast<uint16_t>(m.result)}; }
};

} // namespace idetic::drivers::gcd
