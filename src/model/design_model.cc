#include "model/design_model.h"

namespace idetic {

long long DesignModel::control_bits() const {
    long long total = 0;
    for (const auto &c : controllers)
        total += c.width;
    return total;
}

} // namespace idetic

namespace idetic {

long long DesignModel::memory_bits() const {
    long long total = 0;
    for (const auto &m : memories)
        total += m.bits();
    return total;
}

} // namespace idetic
