// Built-in energy-model presets, one per NVM technology (--nvm NAME).
//
// The NVM figures are representative published figures (device papers, surveys of
// the ITRS tables, datasheets); docs/ENERGY_MODEL.md gives the source of every number
// and what it does and does not include. All presets share the same compute and
// capacitor defaults, so that only the NVM technology differs between them.
#pragma once

#include "energy/energy_model.h"

#include <string>
#include <string_view>
#include <vector>

namespace idetic {

inline constexpr const char *kDefaultNvmPreset = "stt-mram";

// "nand-flash", "pcm", "stt-mram", "feram", "reram".
std::vector<std::string> nvm_preset_names();
// Throws EnergyModelError listing the known names when `name` is not one.
EnergyModel nvm_preset(std::string_view name);

} // namespace idetic
