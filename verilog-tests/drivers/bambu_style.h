// Driver of examples/bambu_style (top `isqrt`, PandA-Bambu conventions): clock,
// reset (sync, ACTIVE LOW); start_port with x (only sampled in S_0, so the host may
// hold it high until done_port); done_port = one-cycle pulse, return_port valid with it.
#pragma once

#include "drivers/driver_util.h"

#include <vector>

namespace idetic::drivers::bambu_style {

struct Vector {
    uint32_t x;
};
struct Outputs {
    uint32_t return_port;
};
inline bool operator==(const Outputs &a, const Outputs &b) { return a.return_port == b.return_port; }

struct Driver {
    using Vector = bambu_style::Vector;
    using Outputs = bambu_style::Outputs;
    static constexpr int kResetCycles = 2;

    static std::vector<Vector> vectors(harness::Rng &rng, int n_random) {
        std::vector<Vector> v = {{1000000u}, {0u},          {1u},           {2u},          {15u},
                                 {16u},      {0xFFFFFFFFu}, {0xFFFE0001u},  {2147395600u}, {99980001u}};
        for (int i = 0; i < n_random; ++i)
            v.push_back({static_cast<uint32_t>(rng.next())});
        return v;
    }
    static Outputs reference(const Vector &v) {
        uint64_t lo = 0, hi = 65536; // floor(sqrt(x)) by binary search
        while (hi - lo > 1) {
            uint64_t mid = (lo + hi) / 2;
            if (mid * mid <= v.x)
                lo = mid;
            else
                hi = mid;
        }
        return {static_cast<uint32_t>(lo)};
    }
    static std::string str(const Vector &v) { return "x=" + std::to_string(v.x); }
    static std::string str(const Outputs &o) { return "return_port=" + std::to_string(o.return_port); }

    template <class M> static void set_clock(M &m, bool level) { m.clock = level; }
    template <class M> static void set_reset(M &m, bool asserted) { m.reset = !asserted; }
    template <class M> static void drive(M &m, const Vector &v, bool request) {
        m.start_port = request;
        m.x = v.x;
    }
    template <class M> static bool done(const M &m) { return m.done_port; }
    template <class M> static Outputs outputs(const M &m) { return {static_cast<uint32_t>(m.return_port)}; }
};

} // namespace idetic::drivers::bambu_style
