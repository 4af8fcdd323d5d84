// The reserve of the hardware actually generated (DESIGN.md §6-7).
//
// The optimizer runs before the NVM layout exists and counts a save of s as
// ceil(save_bits(s)/W) data words. The rewrite then lays out one slot of K data words
// shared by every checkpoint state (docs/NVM_PROTOCOL.md); a checkpoint may need more
// words than the optimizer counted (pieces of registers do not pack perfectly). Under a
// warning set just high enough for the optimizer's reserve such a save would be torn
// every time (found by the harvester simulation on legup_nested, when the engine still
// stepped over the slot words a checkpoint does not write: 5 of them, 56 pJ short; the
// engine now visits only its checkpoint's words).
//
// layout_reserve() recomputes the reserve of the chosen checkpoint set with the engine's
// exact save energy per checkpoint state (engine_save_energy_pj): R(s) = save_engine(s)
// at a checkpoint state, e(s) + max over successors elsewhere. The report's warning
// voltage is taken from it.
#pragma once

#include "optimize/optimize.h"

#include <optional>
#include <vector>

namespace idetic {

struct LayoutReserve {
    double reserve_pj = 0;
    std::optional<double> warning_voltage_v; // with a capacitor
    bool fits = true;                        // reserve < one charge
};

// `checkpoints[i]` writes `data_words[i]` data words of `word_bits` bits (the layout's
// word width) and `record_words` commit-record words (NvmLayout::record_words(); negative:
// as the energy model counts them). Throws std::invalid_argument when the sizes differ or
// a state is out of range.
LayoutReserve layout_reserve(const OptimizeResult &plan, const std::vector<StateId> &checkpoints,
                             const std::vector<long long> &data_words, int word_bits,
                             long long record_words = -1);

} // namespace idetic
