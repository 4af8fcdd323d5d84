// Driver of examples/bambu_rom (top `crc_rom`, PandA-Bambu conventions): clock,
// reset (sync, ACTIVE LOW); start_port with data_in and len (sampled in S_0, so the
// host may hold the request high until done_port); done_port = one-cycle pulse,
// return_port valid with it. Latency 4*len + 3 cycles.
#pragma once

#include "drivers/driver_util.h"

#include <vector>

namespace idetic::drivers::bambu_rom {

struct Vector {
    uint32_t data_in;
    uint8_t len; // 3 bits
};
struct Outputs {
    uint16_t return_port;
};
inline bool operator==(const Outputs &a, const Outputs &b) { return a.return_port == b.return_port; }

struct Driver {
    using Vector = bambu_rom::Vector;
    using Outputs = bambu_rom::Outputs;
    static constexpr int kResetCycles = 2;

    // Edge cases: len = 0 (returns the init value 0xFFFF), 1, 4 (all of data_in),
    // 7 (max: three zero bytes after data_in), all-zero / all-one data.
    static std::vector<Vector> vectors(harness::Rng &rng, int n_random) {
        std::vector<Vector> v = {{0x34333231u, 4}, {0xDEADBEEFu, 0}, {0u, 0},          {0x31u, 1},
                                 {0xFFFFFFFFu, 4}, {0u, 4},          {0xFFFFFFFFu, 7}, {0xDEADBEEFu, 5},
                                 {0x12345678u, 3}, {0xA5A5A5A5u, 6}};
        for (int i = 0; i < n_random; ++i)
            v.push_back({static_cast<uint32_t>(rng.next()), static_cast<uint8_t>(rng.range(0, 7))});
        return v;
    }
    // The C function: nibble-wise table-driven CRC-16/CCITT-FALSE, byte i = data_in >> 8i.
    static Outputs reference(const Vector &v) {
        static const uint16_t table[16] = {0x0000, 0x1021, 0x2042, 0x3063, 0x4084, 0x50A5, 0x60C6, 0x70E7,
                                           0x8108, 0x9129, 0xA14A, 0xB16B, 0xC18C, 0xD1AD, 0xE1CE, 0xF1EF};
        uint16_t crc = 0xFFFF;
        uint32_t d = v.data_in;
        for (unsigned i = 0; i < (v.len & 7u); ++i) {
            crc = static_cast<uint16_t>((crc << 4) ^ table[(crc >> 12) ^ ((d >> 4) & 0xF)]);
            crc = static_cast<uint16_t>((crc << 4) ^ table[(crc >> 12) ^ (d & 0xF)]);
            d >>= 8;
        }
        return {crc};
    }
    static std::string str(const Vector &v) { return "data_in=" + hex(v.data_in, 8) + " len=" + std::to_string(v.len); }
    static std::string str(const Outputs &o) { return "return_port=" + hex(o.return_port, 4); }

    template <class M> static void set_clock(M &m, bool level) { m.clock = level; }
    template <class M> static void set_reset(M &m, bool asserted) { m.reset = !asserted; }
    template <class M> static void drive(M &m, const Vector &v, bool request) {
        m.start_port = request;
        m.data_in = v.data_in;
        m.len = v.len & 7u;
    }
    template <class M> static bool done(const M &m) { return m.done_port; }
    template <class M> static Outputs outputs(const M &m) { return {static_cast<uint16_t>(m.return_port)}; }
};

} // namespace idetic::drivers::bambu_rom
