#include "energy/energy_model.h"

#include "energy/nvm_presets.h"
#include "model/design_model.h"

#include <fmt/format.h>

#include <cmath>
#include <fstream>
#include <limits>
#include <set>
#include <sstream>

namespace idetic {

using nlohmann::json;

namespace {

[[noreturn]] void fail(const std::string &field, const std::string &what) {
    throw EnergyModelError(fmt::format("energy model: field '{}' {}", field, what));
}

std::string shown(double v) {
    return fmt::format("{}", v);
}

void check_positive(const char *field, double v) {
    if (!std::isfinite(v) || v <= 0) fail(field, "must be a positive number (got " + shown(v) + ")");
}

void check_non_negative(const char *field, double v) {
    if (!std::isfinite(v) || v < 0) fail(field, "must be a non-negative number (got " + shown(v) + ")");
}

double get_number(const json &j, const char *field) {
    const json &v = j.at(field);
    if (!v.is_number()) fail(field, "must be a number (got " + v.dump() + ")");
    return v.get<double>();
}

int get_int(const json &j, const char *field, int lo, int hi) {
    const json &v = j.at(field);
    if (!v.is_number_integer() && !(v.is_number_float() && std::floor(v.get<double>()) == v.get<double>()))
        fail(field, "must be an integer (got " + v.dump() + ")");
    double d = v.get<double>();
    if (d < lo || d > hi) fail(field, fmt::format("must be between {} and {} (got {})", lo, hi, v.dump()));
    return static_cast<int>(d);
}

std::string get_string(const json &j, const char *field) {
    const json &v = j.at(field);
    if (!v.is_string()) fail(field, "must be a string (got " + v.dump() + ")");
    return v.get<std::string>();
}

// Reads an optional number: absent keeps `current`, null clears it.
std::optional<double> get_optional(const json &j, const char *field, std::optional<double> current) {
    if (!j.contains(field)) return current;
    if (j.at(field).is_null()) return std::nullopt;
    return get_number(j, field);
}

const std::set<std::string> kKnownFields = {"preset",
                                            "name",
                                            "nvm_technology",
                                            "source",
                                            "nvm_write_pj_per_bit",
                                            "nvm_read_pj_per_bit",
                                            "nvm_word_bits",
                                            "nvm_write_latency_cycles",
                                            "nvm_read_latency_cycles",
                                            "commit_record_bits",
                                            "compute_pj_per_cycle",
                                            "compute_pj_per_cell_cycle",
                                            "capacitance_uf",
                                            "v_on_v",
                                            "v_off_v",
                                            "budget_pj_per_charge",
                                            "description"};

} // namespace

void validate(const EnergyModel &m) {
    check_positive("nvm_write_pj_per_bit", m.nvm_write_pj_per_bit);
    check_non_negative("nvm_read_pj_per_bit", m.nvm_read_pj_per_bit);
    if (m.nvm_word_bits < 1 || m.nvm_word_bits > 4096)
        fail("nvm_word_bits", fmt::format("must be between 1 and 4096 (got {})", m.nvm_word_bits));
    if (m.nvm_write_latency_cycles < 1)
        fail("nvm_write_latency_cycles",
             fmt::format("must be at least 1 (got {})", m.nvm_write_latency_cycles));
    if (m.nvm_read_latency_cycles < 1)
        fail("nvm_read_latency_cycles",
             fmt::format("must be at least 1 (got {})", m.nvm_read_latency_cycles));
    if (m.commit_record_bits < 1)
        fail("commit_record_bits", fmt::format("must be at least 1 (got {})", m.commit_record_bits));
    if (m.compute_pj_per_cycle) check_positive("compute_pj_per_cycle", *m.compute_pj_per_cycle);
    check_positive("compute_pj_per_cell_cycle", m.compute_pj_per_cell_cycle);
    if (m.capacitance_uf && m.budget_pj_per_charge)
        fail("budget_pj_per_charge",
             "and the capacitor (capacitance_uf, v_on_v, v_off_v) are both given; give exactly one "
             "(set \"capacitance_uf\": null to drop a preset's capacitor)");
    if (m.budget_pj_per_charge) {
        check_positive("budget_pj_per_charge", *m.budget_pj_per_charge);
    } else if (m.capacitance_uf) {
        check_positive("capacitance_uf", *m.capacitance_uf);
        check_non_negative("v_off_v", m.v_off_v);
        check_positive("v_on_v", m.v_on_v);
        if (!(m.v_on_v > m.v_off_v))
            fail("v_on_v",
                 fmt::format("must be above v_off_v (got v_on_v {} <= v_off_v {})", m.v_on_v, m.v_off_v));
    } else {
        fail("capacitance_uf", "is missing: give the capacitor (capacitance_uf, v_on_v, v_off_v) or "
                               "budget_pj_per_charge");
    }
}

EnergyModel energy_model_from_json(const json &j, const EnergyModel &base_in) {
    if (!j.is_object())
        throw EnergyModelError("energy model: the file must contain a JSON object (got " +
                               std::string(j.type_name()) + ")");
    for (const auto &[key, value] : j.items()) {
        (void)value;
        if (!key.empty() && key[0] == '_') continue;
        if (!kKnownFields.count(key))
            throw EnergyModelError(fmt::format("energy model: unknown field '{}' (known fields: {})", key,
                                               fmt::join(kKnownFields, ", ")));
    }
    EnergyModel m = base_in;
    if (j.contains("preset")) m = nvm_preset(get_string(j, "preset"));
    bool overridden = false;
    auto has = [&](const char *field) {
        bool present = j.contains(field);
        overridden = overridden || present;
        return present;
    };
    if (j.contains("name")) m.name = get_string(j, "name");
    if (j.contains("nvm_technology")) m.nvm_technology = get_string(j, "nvm_technology");
    if (j.contains("source")) m.source = get_string(j, "source");
    if (has("nvm_write_pj_per_bit")) m.nvm_write_pj_per_bit = get_number(j, "nvm_write_pj_per_bit");
    if (has("nvm_read_pj_per_bit")) m.nvm_read_pj_per_bit = get_number(j, "nvm_read_pj_per_bit");
    if (has("nvm_word_bits")) m.nvm_word_bits = get_int(j, "nvm_word_bits", 1, 4096);
    if (has("nvm_write_latency_cycles"))
        m.nvm_write_latency_cycles = get_int(j, "nvm_write_latency_cycles", 1, 100000000);
    if (has("nvm_read_latency_cycles"))
        m.nvm_read_latency_cycles = get_int(j, "nvm_read_latency_cycles", 1, 100000000);
    if (has("commit_record_bits")) m.commit_record_bits = get_int(j, "commit_record_bits", 1, 65536);
    if (has("compute_pj_per_cycle"))
        m.compute_pj_per_cycle = get_optional(j, "compute_pj_per_cycle", m.compute_pj_per_cycle);
    if (has("compute_pj_per_cell_cycle"))
        m.compute_pj_per_cell_cycle = get_number(j, "compute_pj_per_cell_cycle");
    if (has("budget_pj_per_charge")) {
        m.budget_pj_per_charge = get_optional(j, "budget_pj_per_charge", m.budget_pj_per_charge);
        // A budget replaces the base preset's capacitor unless the file gives one too.
        if (m.budget_pj_per_charge && !j.contains("capacitance_uf")) m.capacitance_uf.reset();
    }
    if (has("capacitance_uf")) {
        m.capacitance_uf = get_optional(j, "capacitance_uf", m.capacitance_uf);
        if (m.capacitance_uf && !j.contains("budget_pj_per_charge")) m.budget_pj_per_charge.reset();
    }
    if (has("v_on_v")) m.v_on_v = get_number(j, "v_on_v");
    if (has("v_off_v")) m.v_off_v = get_number(j, "v_off_v");
    if (overridden && !j.contains("name")) m.name = m.name + "+file";
    validate(m);
    return m;
}

EnergyModel energy_model_from_json(const json &j) {
    return energy_model_from_json(j, nvm_preset(kDefaultNvmPreset));
}

EnergyModel load_energy_model_file(const std::string &path, const std::string &base_preset) {
    std::ifstream in(path);
    if (!in) throw EnergyModelError(fmt::format("energy model: cannot open '{}'", path));
    std::stringstream text;
    text << in.rdbuf();
    json j;
    try {
        j = json::parse(text.str());
    } catch (const json::parse_error &e) {
        throw EnergyModelError(fmt::format("energy model: '{}' is not valid JSON: {}", path, e.what()));
    }
    try {
        EnergyModel base = nvm_preset(base_preset.empty() ? kDefaultNvmPreset : base_preset);
        return energy_model_from_json(j, base);
    } catch (const EnergyModelError &e) {
        throw EnergyModelError(fmt::format("{} (in '{}')", e.what(), path));
    }
}

json energy_model_to_json(const EnergyModel &m) {
    json j;
    j["name"] = m.name;
    j["nvm_technology"] = m.nvm_technology;
    j["source"] = m.source;
    j["nvm_write_pj_per_bit"] = m.nvm_write_pj_per_bit;
    j["nvm_read_pj_per_bit"] = m.nvm_read_pj_per_bit;
    j["nvm_word_bits"] = m.nvm_word_bits;
    j["nvm_write_latency_cycles"] = m.nvm_write_latency_cycles;
    j["nvm_read_latency_cycles"] = m.nvm_read_latency_cycles;
    j["commit_record_bits"] = m.commit_record_bits;
    j["compute_pj_per_cycle"] = m.compute_pj_per_cycle ? json(*m.compute_pj_per_cycle) : json(nullptr);
    j["compute_pj_per_cell_cycle"] = m.compute_pj_per_cell_cycle;
    if (m.budget_pj_per_charge) {
        j["budget_pj_per_charge"] = *m.budget_pj_per_charge;
        j["capacitance_uf"] = nullptr;
    } else {
        j["capacitance_uf"] = m.capacitance_uf ? json(*m.capacitance_uf) : json(nullptr);
        j["v_on_v"] = m.v_on_v;
        j["v_off_v"] = m.v_off_v;
    }
    return j;
}

double energy_per_charge_pj(const EnergyModel &m) {
    if (m.budget_pj_per_charge) return *m.budget_pj_per_charge;
    if (!m.capacitance_uf) return std::numeric_limits<double>::infinity();
    // E = 1/2 C (V_on^2 - V_off^2); C in uF and E in pJ: 1 uF * 1 V^2 = 1e6 pJ.
    return 0.5 * *m.capacitance_uf * (m.v_on_v * m.v_on_v - m.v_off_v * m.v_off_v) * 1e6;
}

ResolvedEnergy resolve_energy(const EnergyModel &model, std::optional<long long> cell_count) {
    validate(model);
    ResolvedEnergy r;
    r.model = model;
    r.charge_pj = energy_per_charge_pj(model);
    if (model.compute_pj_per_cycle) {
        r.compute_pj_per_cycle = *model.compute_pj_per_cycle;
        r.compute_source = "given";
        return r;
    }
    if (!cell_count || *cell_count <= 0)
        fail("compute_pj_per_cycle", "is not given and the design's cell count is unknown");
    r.cell_count = *cell_count;
    r.compute_pj_per_cycle = model.compute_pj_per_cell_cycle * static_cast<double>(*cell_count);
    r.compute_source = "cell count";
    return r;
}

ResolvedEnergy resolve_energy(const EnergyModel &model, const DesignModel &design,
                              std::optional<long long> cell_count) {
    if (model.compute_pj_per_cycle || (cell_count && *cell_count > 0))
        return resolve_energy(model, cell_count);
    long long estimate = std::max<long long>(
        1,
        static_cast<long long>(std::ceil(kCellsPerFlipFlopBit * static_cast<double>(design.ff_bits_total))));
    ResolvedEnergy r = resolve_energy(model, estimate);
    r.compute_source = "estimated from flip-flops";
    return r;
}

std::optional<double> warning_voltage_v(const EnergyModel &m, double reserve_pj) {
    if (!m.capacitance_uf || m.budget_pj_per_charge || !std::isfinite(reserve_pj)) return std::nullopt;
    // 2E/C with E in pJ and C in uF: 2 * E * 1e-12 / (C * 1e-6) = 2e-6 * E / C  [V^2].
    return std::sqrt(m.v_off_v * m.v_off_v + 2e-6 * reserve_pj / *m.capacitance_uf);
}

} // namespace idetic
