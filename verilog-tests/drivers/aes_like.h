// Driver of examples/aes_like (top `aes_like`, toy 4-round cipher, two cooperating
// FSMs): clk, rst_n (ASYNC, active low); start held high (key, pt stable) until
// done; done = one-cycle pulse, ct valid with it and held.
#pragma once

#include "drivers/driver_util.h"

#include <vector>

namespace idetic::drivers::aes_like {

struct Vector {
    uint32_t key, pt;
};
struct Outputs {
    uint32_t ct;
};
inline bool operator==(const Outputs &a, const Outputs &b) { return a.ct == b.ct; }

// The S-box ROM of aes_like_sbox (the PRESENT S-box).
inline constexpr uint8_t kSbox[16] = {0xC, 0x5, 0x6, 0xB, 0x9, 0x0, 0xA, 0xD,
                                      0x3, 0xE, 0xF, 0x8, 0x4, 0x7, 0x1, 0x2};

struct Driver {
    using Vector = aes_like::Vector;
    using Outputs = aes_like::Outputs;
    static constexpr int kResetCycles = 2;

    // Fixed latency (done in cycle 14 after reset release). Edge cases: all-zero
    // and all-one key/block combinations, a single key bit at the rotation edge.
    static std::vector<Vector> vectors(harness::Rng &rng, int n_random) {
        std::vector<Vector> v = {{0x01234567u, 0x89ABCDEFu}, {0, 0},          {0xFFFFFFFFu, 0xFFFFFFFFu},
                                 {0, 0xFFFFFFFFu},           {0xFFFFFFFFu, 0}, {0x80000000u, 1},
                                 {0xDEADBEEFu, 0xCAFEF00Du}};
        for (int i = 0; i < n_random; ++i)
            v.push_back({static_cast<uint32_t>(rng.next()), static_cast<uint32_t>(rng.next())});
        return v;
    }
    // Key schedule: w = key; for r = 0..3: t = rotl(w, 3); rk_r = w = {t[31:4], S[t[3:0]]} ^ r.
    // Rounds: st = pt; for r = 0..3: st = SubNibbles(st); st = rotl(st, 5) ^ rk_r. ct = st.
    static Outputs reference(const Vector &v) {
        uint32_t w = v.key, st = v.pt;
        for (uint32_t r = 0; r < 4; ++r) {
            const uint32_t t = rol32(w, 3);
            w = ((t & ~0xFu) | kSbox[t & 0xFu]) ^ r;
            uint32_t s = 0;
            for (int j = 0; j < 8; ++j)
                s |= uint32_t{kSbox[(st >> (4 * j)) & 0xFu]} << (4 * j);
            st = rol32(s, 5) ^ w;
        }
        return {st};
    }
    static std::string str(const Vector &v) { return "key=" + hex(v.key, 8) + " pt=" + hex(v.pt, 8); }
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

} // namespace idetic::drivers::aes_like
