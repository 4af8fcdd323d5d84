// Driver of examples/call_fsm (top `call_fsm`, calls mul16_seq twice): clk, rst
// (sync, active high); start (sampled in IDLE) with a_in, b_in, c_in; done = one-cycle
// pulse, result held. result = a*a + b*b + c mod 2^32.
#pragma once

#include "drivers/driver_util.h"

#include <vector>

namespace idetic::drivers::call_fsm {

struct Vector {
    uint16_t a, b;
    uint32_t c;
};
struct Outputs {
    uint32_t result;
};
inline bool operator==(const Outputs &x, const Outputs &y) { return x.result == y.result; }

struct Driver {
    using Vector = call_fsm::Vector;
    using Outputs = call_fsm::Outputs;
    static constexpr int kResetCycles = 2;

    static std::vector<Vector> vectors(harness::Rng &rng, int n_random) {
        std::vector<Vector> v = {{3, 4, 5},           {0, 0, 0},      {65535, 65535, 0xFFFFFFFFu},
                                 {65535, 0, 1},       {1, 1, 0},      {0x8000, 0x8000, 0x12345678u}};
        for (int i = 0; i < n_random; ++i)
            v.push_back({static_cast<uint16_t>(rng.next()), static_cast<uint16_t>(rng.next()),
                         static_cast<uint32_t>(rng.next())});
        return v;
    }
    static Outputs reference(const Vector &v) {
        return {static_cast<uint32_t>(uint32_t{v.a} * v.a + uint32_t{v.b} * v.b + v.c)};
    }
    static std::string str(const Vector &v) {
        return "a=" + std::to_string(v.a) + " b=" + std::to_string(v.b) + " c=" + hex(v.c, 8);
    }
    static std::string str(const Outputs &o) { return "result=" + hex(o.result, 8); }

    template <class M> static void set_clock(M &m, bool level) { m.clk = level; }
    template <class M> static void set_reset(M &m, bool asserted) { m.rst = asserted; }
    template <class M> static void drive(M &m, const Vector &v, bool request) {
        m.start = request;
        m.a_in = v.a;
        m.b_in = v.b;
        m.c_in = v.c;
    }
    template <class M> static bool done(const M &m) { return m.done; }
    template <class M> static Outputs outputs(const M &m) { return {static_cast<uint32_t>(m.result)}; }
};

} // namespace idetic::drivers::call_fsm
