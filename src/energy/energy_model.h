// The energy model (DESIGN.md §5): what an NVM write/read, a clock cycle of the
// design and one charge of the storage capacitor cost, in units named in the fields.
//
// An EnergyModel comes from a built-in preset (energy/nvm_presets.h) optionally
// overridden field by field by a JSON file (docs/ENERGY_MODEL.md). resolve_energy()
// then fixes the figures that depend on the design (compute energy per cycle from a
// cell count) and derives the usable energy per charge.
//
// Every error is an EnergyModelError whose message names the offending field, e.g.
//   energy model: field 'nvm_write_pj_per_bit' must be a positive number (got -1)
#pragma once

#include <nlohmann/json.hpp>

#include <optional>
#include <stdexcept>
#include <string>

namespace idetic {

struct DesignModel;

class EnergyModelError : public std::runtime_error {
  public:
    using std::runtime_error::runtime_error;
};

// Per-cell dynamic energy used when neither compute_pj_per_cycle nor a better figure
// is given: 5 fJ per standard cell per cycle (see docs/ENERGY_MODEL.md).
inline constexpr double kDefaultComputePjPerCellCycle = 0.005;
// Cells per flip-flop bit, used to estimate the cell count when none is known.
inline constexpr double kCellsPerFlipFlopBit = 8.0;

struct EnergyModel {
    std::string name = "custom"; // preset name, or "custom" / the file name
    std::string nvm_technology;  // e.g. "STT-MRAM" (free text)
    std::string source;          // where the figures come from (one line)

    // Non-volatile memory.
    double nvm_write_pj_per_bit = 0;  // energy to write one bit (array + periphery)
    double nvm_read_pj_per_bit = 0;   // energy to read one bit
    int nvm_word_bits = 32;           // width of one NVM word; writes are whole words
    int nvm_write_latency_cycles = 1; // design clock cycles per word write
    int nvm_read_latency_cycles = 1;  // design clock cycles per word read
    int commit_record_bits = 64;      // sequence number + checksum written after every save

    // Compute energy of one clock cycle of the design: given, or
    // compute_pj_per_cell_cycle x cell count (resolve_energy()).
    std::optional<double> compute_pj_per_cycle;
    double compute_pj_per_cell_cycle = kDefaultComputePjPerCellCycle;

    // Energy storage: a capacitor between v_on_v (power-on) and v_off_v (brown-out),
    // or directly an energy budget per charge. Exactly one of the two.
    std::optional<double> capacitance_uf;
    double v_on_v = 0;
    double v_off_v = 0;
    std::optional<double> budget_pj_per_charge;
};

// The model with the design-dependent figures fixed.
struct ResolvedEnergy {
    EnergyModel model;
    double compute_pj_per_cycle = 0;
    std::string compute_source; // "given", "cell count" or "estimated from flip-flops"
    long long cell_count = 0;   // cells used for the estimate (0 when given)
    double charge_pj = 0;       // usable energy of one charge (V_on -> V_off, or the budget)
};

// Throws EnergyModelError naming the first bad field.
void validate(const EnergyModel &model);

// Reads a model: fields present in `j` override `base` (a preset). A "preset" key in
// `j` selects the base preset instead. Unknown keys are errors (they are usually
// typos); keys starting with '_' and "description" are ignored. Validates the result.
EnergyModel energy_model_from_json(const nlohmann::json &j, const EnergyModel &base);
EnergyModel energy_model_from_json(const nlohmann::json &j); // base: the default preset
// Reads a JSON file; the base is `base_preset` (default preset when empty) unless the
// file names one. File and parse errors are EnergyModelErrors naming the file.
EnergyModel load_energy_model_file(const std::string &path, const std::string &base_preset = "");

nlohmann::json energy_model_to_json(const EnergyModel &model);

// Usable energy between V_on and V_off (or the budget), in pJ.
double energy_per_charge_pj(const EnergyModel &model);
// Fixes compute_pj_per_cycle: given in the model; else compute_pj_per_cell_cycle x
// `cell_count`; else x (kCellsPerFlipFlopBit x design.ff_bits_total).
ResolvedEnergy resolve_energy(const EnergyModel &model, const DesignModel &design,
                              std::optional<long long> cell_count = std::nullopt);
// Same without a design: `cell_count` must be given unless compute_pj_per_cycle is.
ResolvedEnergy resolve_energy(const EnergyModel &model, std::optional<long long> cell_count);

// Capacitor voltage at which `reserve_pj` is left above V_off:
//   V = sqrt(V_off^2 + 2 E / C).  Empty when the model has no capacitor.
std::optional<double> warning_voltage_v(const EnergyModel &model, double reserve_pj);

} // namespace idetic
