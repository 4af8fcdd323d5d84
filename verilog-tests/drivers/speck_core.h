// Driver of examples/speck_core (top `speck_core`, SPECK32/64): clk, rst_n (ASYNC,
// active low); start (sampled in IDLE) with key, pt; done = one-cycle pulse, ct held.
#pragma once

#include "drivers/driver_util.h"

#include <vector>

namespace idetic::drivers::speck_core {

struct Vector {
    uint64_t key;
    uint32_t pt;
};
struct Outputs {
    uint32_t ct;
};
inline bool operator==(const Outputs &a, const Outputs &b) { return a.ct == b.ct; }

inline uint16_t ror16(uint16_t x, unsigned r) { return static_cast<uint16_t>((x >> r) | (x << (16 - r))); }
inline uint16_t rol16(uint16_t x, unsigned r) { return static_cast<uint16_t>((x << r) | (x >> (16 - r))); }

struct Driver {
    using Vector = speck_core::Vector;
    using Outputs = speck_core::Outputs;
    static constexpr int kResetCycles = 2;

    static std::vector<Vector> vectors(harness::Rng &rng, int n_random) {
        std::vector<Vector> v = {{0x1918111009080100ull, 0x6574694cu}, // designers' vector -> a86842f2
                                 {0, 0},
                                 {0xFFFFFFFFFFFFFFFFull, 0xFFFFFFFFu},
                                 {0x0123456789ABCDEFull, 0x00000001u}};
        for (int i = 0; i < n_random; ++i)
            v.push_back({rng.next(), static_cast<uint32_t>(rng.next())});
        return v;
    }
    static Outputs reference(const Vector &v) {
        uint16_t x = static_cast<uint16_t>(v.pt >> 16), y = static_cast<uint16_t>(v.pt);
        uint16_t k = static_cast<uint16_t>(v.key), l0 = static_cast<uint16_t>(v.key >> 16),
                 l1 = static_cast<uint16_t>(v.key >> 32), l2 = static_cast<uint16_t>(v.key >> 48);
        for (uint16_t i = 0; i < 22; ++i) {
            x = static_cast<uint16_t>((ror16(x, 7) + y) ^ k);
            y = static_cast<uint16_t>(rol16(y, 2) ^ x);
            uint16_t l_new = static_cast<uint16_t>((k + ror16(l0, 7)) ^ i);
            k = static_cast<uint16_t>(rol16(k, 2) ^ l_new);
            l0 = l1;
            l1 = l2;
            l2 = l_new;
        }
        return {(uint32_t{x} << 16) | y};
    }
    static std::string str(const Vector &v) { return "key=" + hex(v.key, 16) + " pt=" + hex(v.pt, 8); }
    static std::string str(const Outputs &o) { return "ct=" + hex(o.ct, 8); }

    template <class M> static void set_clock(M &m, bool level) { m.clk = level; }
    template <class M> static void set_reset(M &m, bool asserted) { m.rst_n = !asserted; }
    template <class M> static void drive(M &m, const Vector &v, bool request) {
        m.start = request;
        m.key = v.key;
        m.pt = v.pt;
    }
    template <class M> static bool done(const M &m) { return m.done; }
    template <class M> static Outputs outputs(const M &m) { return {static_cast<uint32_t>(m.ct)}; }
};

} // namespace idetic::drivers::speck_core
