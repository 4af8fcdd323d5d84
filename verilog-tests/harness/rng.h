// Deterministic random numbers for the power-failure harness (splitmix64).
// Every run derives its own generator from (campaign seed, run index), so a single
// run can be replayed with --run-only.
#pragma once

#include <cstdint>

namespace idetic::harness {

class Rng {
public:
    explicit Rng(uint64_t seed = 1) : s_(seed) {}

    uint64_t next() {
        uint64_t z = (s_ += 0x9E3779B97F4A7C15ull);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return z ^ (z >> 31);
    }
    // Uniform in [0, n); 0 when n == 0.
    uint64_t below(uint64_t n) { return n ? next() % n : 0; }
    // Uniform in [lo, hi] (inclusive); lo when hi < lo.
    long range(long lo, long hi) {
        return hi <= lo ? lo : lo + static_cast<long>(below(static_cast<uint64_t>(hi - lo) + 1));
    }
    bool chance(unsigned percent) { return below(100) < percent; }
    // A non-zero 31-bit seed for Verilator's randSeed (0 would mean "time based").
    int verilator_seed() {
        int s = static_cast<int>(next() & 0x7FFFFFFF);
        return s ? s : 1;
    }

private:
    uint64_t s_;
};

inline uint64_t mix_seed(uint64_t a, uint64_t b) {
    Rng r(a * 0xD1B54A32D192ED03ull ^ (b + 0x8CB92BA72F3D8DD7ull));
    r.next();
    return r.next();
}

} // namespace idetic::harness
