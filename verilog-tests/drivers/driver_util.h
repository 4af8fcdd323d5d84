// Small helpers shared by the per-design drivers.
#pragma once

#include "harness/rng.h"

#include <cstdint>
#include <cstdio>
#include <string>

namespace idetic::drivers {

inline std::string hex(uint64_t v, int digits) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "0x%0*llx", digits, static_cast<unsigned long long>(v));
    return buf;
}

inline uint32_t rol32(uint32_t x, unsigned r) { return (x << r) | (x >> (32 - r)); }

} // namespace idetic::drivers
