// Driver of examples/calyx_seqmem (top `main`, Calyx go/done, internal seq_mem_d1):
// clk, reset (sync, active high); go held high (a, len stable) until done, then
// lowered; done is a one-cycle pulse with `out` valid.
#pragma once

#include "drivers/driver_util.h"

#include <vector>

namespace idetic::drivers::calyx_seqmem {

struct Vector {
    uint32_t a;
    uint8_t len; // 5 bits
};
struct Outputs {
    uint32_t out;
};
inline bool operator==(const Outputs &x, const Outputs &y) { return x.out == y.out; }

struct Driver {
    using Vector = calyx_seqmem::Vector;
    using Outputs = calyx_seqmem::Outputs;
    static constexpr int kResetCycles = 2;

    // Latency 14*len + 6 cycles. Edge cases: empty loops, one element, the full
    // 16-word memory with wrap-around of a + 3i, and len > 16 (the 4-bit address
    // wraps, later writes overwrite earlier ones); random len in 0..16.
    static std::vector<Vector> vectors(harness::Rng &rng, int n_random) {
        std::vector<Vector> v = {{100, 5},          {7, 0},  {7, 1},           {0, 16}, {0xFFFFFFFFu, 16},
                                 {0x80000000u, 7}, {5, 31}, {0xDEADBEEFu, 17}, {1, 2}};
        for (int i = 0; i < n_random; ++i)
            v.push_back({static_cast<uint32_t>(rng.next()), static_cast<uint8_t>(rng.range(0, 16))});
        return v;
    }
    static Outputs reference(const Vector &v) {
        uint32_t mem[16] = {};
        const uint32_t len = v.len & 31u;
        for (uint32_t i = 0; i < len; ++i)
            mem[i & 15] = v.a + 3 * i;
        uint32_t acc = 0;
        for (uint32_t i = 0; i < len; ++i)
            acc = acc * 5 + mem[i & 15];
        return {acc};
    }
    static std::string str(const Vector &v) { return "a=" + hex(v.a, 8) + " len=" + std::to_string(v.len); }
    static std::string str(const Outputs &o) { return "out=" + hex(o.out, 8); }

    template <class M> static void set_clock(M &m, bool level) { m.clk = level; }
    template <class M> static void set_reset(M &m, bool asserted) { m.reset = asserted; }
    template <class M> static void drive(M &m, const Vector &v, bool request) {
        m.go = request;
        m.a = v.a;
        m.len = v.len & 31u;
    }
    template <class M> static bool done(const M &m) { return m.done; }
    template <class M> static Outputs outputs(const M &m) { return {static_cast<uint32_t>(m.out)}; }
};

} // namespace idetic::drivers::calyx_seqmem
