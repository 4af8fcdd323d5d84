#include "energy/energy_model.h"
#include "energy/nvm_presets.h"
#include "model/design_model.h"

#include <gtest/gtest.h>

#include <cmath>
#include <cstdio>
#include <fstream>

using namespace idetic;
using nlohmann::json;

namespace {

// Expects an EnergyModelError whose message contains `needle`.
template <class F> void expect_error(F f, const std::string &needle) {
    try {
        f();
        FAIL() << "expected an EnergyModelError mentioning " << needle;
    } catch (const EnergyModelError &e) {
        EXPECT_NE(std::string(e.what()).find(needle), std::string::npos) << e.what();
    }
}

std::string temp_file(const std::string &name, const std::string &text) {
    std::string path = ::testing::TempDir() + name;
    std::ofstream(path) << text;
    return path;
}

} // namespace

TEST(EnergyModel, EveryPresetIsValidAndDocumented) {
    const auto names = nvm_preset_names();
    EXPECT_EQ(names, (std::vector<std::string>{"nand-flash", "pcm", "stt-mram", "feram", "reram"}));
    for (const auto &name : names) {
        EnergyModel m = nvm_preset(name);
        EXPECT_NO_THROW(validate(m)) << name;
        EXPECT_EQ(m.name, name);
        EXPECT_FALSE(m.source.empty()) << name;
        EXPECT_FALSE(m.nvm_technology.empty()) << name;
    }
    EXPECT_NO_THROW(nvm_preset(kDefaultNvmPreset));
    expect_error([] { nvm_preset("core-memory"); }, "unknown NVM preset 'core-memory'");
    expect_error([] { nvm_preset("core-memory"); }, "stt-mram");
    // The technologies are ordered as the literature has them: flash writes cost most.
    EXPECT_GT(nvm_preset("nand-flash").nvm_write_pj_per_bit, nvm_preset("pcm").nvm_write_pj_per_bit);
    EXPECT_GT(nvm_preset("pcm").nvm_write_pj_per_bit, nvm_preset("stt-mram").nvm_write_pj_per_bit);
}

TEST(EnergyModel, JsonRoundTrip) {
    for (const auto &name : nvm_preset_names()) {
        EnergyModel m = nvm_preset(name);
        json j = energy_model_to_json(m);
        EnergyModel back = energy_model_from_json(j, nvm_preset("feram"));
        EXPECT_EQ(energy_model_to_json(back), j) << name;
    }
}

TEST(EnergyModel, FileOverridesThePreset) {
    EnergyModel m = energy_model_from_json(json::parse(R"({
        "preset": "pcm",
        "_comment": "ignored",
        "nvm_word_bits": 16,
        "compute_pj_per_cycle": 12.5
    })"));
    EXPECT_EQ(m.nvm_word_bits, 16);
    EXPECT_DOUBLE_EQ(m.nvm_write_pj_per_bit, 16.82); // from the preset
    EXPECT_EQ(m.compute_pj_per_cycle, 12.5);
    EXPECT_EQ(m.name, "pcm+file");
    // A budget replaces the preset's capacitor.
    EnergyModel b = energy_model_from_json(json{{"budget_pj_per_charge", 5e5}}, nvm_preset("reram"));
    EXPECT_FALSE(b.capacitance_uf);
    EXPECT_DOUBLE_EQ(energy_per_charge_pj(b), 5e5);
    EXPECT_FALSE(warning_voltage_v(b, 100));
}

TEST(EnergyModel, BadValuesNameTheField) {
    auto load = [](const char *text) { return [text] { energy_model_from_json(json::parse(text)); }; };
    expect_error(load(R"({"nvm_write_pj_per_bit": -1})"),
                 "field 'nvm_write_pj_per_bit' must be a positive number (got -1)");
    expect_error(load(R"({"nvm_write_pj_per_bit": "fast"})"),
                 "field 'nvm_write_pj_per_bit' must be a number");
    expect_error(load(R"({"nvm_read_pj_per_bit": -0.5})"), "'nvm_read_pj_per_bit'");
    expect_error(load(R"({"nvm_word_bits": 0})"), "field 'nvm_word_bits' must be between 1 and 4096");
    expect_error(load(R"({"nvm_word_bits": 8.5})"), "field 'nvm_word_bits' must be an integer");
    expect_error(load(R"({"nvm_write_latency_cycles": 0})"), "'nvm_write_latency_cycles'");
    expect_error(load(R"({"compute_pj_per_cycle": 0})"),
                 "field 'compute_pj_per_cycle' must be a positive number");
    expect_error(load(R"({"capacitance_uf": -2})"), "field 'capacitance_uf' must be a positive number");
    expect_error(load(R"({"v_on_v": 1.0, "v_off_v": 1.8})"), "field 'v_on_v' must be above v_off_v");
    expect_error(load(R"({"capacitance_uf": 1, "budget_pj_per_charge": 10})"), "give exactly one");
    expect_error(load(R"({"capacitance_uf": null})"), "field 'capacitance_uf' is missing");
    expect_error(load(R"({"nvm_write_pj_per_bitt": 1})"), "unknown field 'nvm_write_pj_per_bitt'");
    expect_error(load(R"({"preset": "floppy"})"), "unknown NVM preset 'floppy'");
    expect_error(load(R"([1, 2])"), "must contain a JSON object");
}

TEST(EnergyModel, FilesReportTheirName) {
    const std::string good =
        temp_file("idetic_energy_good.json", R"({"preset": "feram", "nvm_word_bits": 8})");
    EnergyModel m = load_energy_model_file(good);
    EXPECT_EQ(m.nvm_word_bits, 8);
    EXPECT_EQ(m.nvm_technology, "FeRAM");
    // Without a preset key the caller's base preset (--nvm) applies.
    const std::string plain = temp_file("idetic_energy_plain.json", R"({"nvm_word_bits": 8})");
    EXPECT_EQ(load_energy_model_file(plain, "pcm").nvm_technology, "PCM");
    expect_error([&] { load_energy_model_file(plain, "nope"); }, "unknown NVM preset 'nope'");
    const std::string bad = temp_file("idetic_energy_bad.json", R"({"nvm_word_bits": 8,)");
    expect_error([&] { load_energy_model_file(bad); }, "is not valid JSON");
    expect_error([&] { load_energy_model_file(bad); }, "idetic_energy_bad.json");
    const std::string wrong = temp_file("idetic_energy_wrong.json", R"({"v_off_v": -1})");
    expect_error([&] { load_energy_model_file(wrong); }, "field 'v_off_v'");
    expect_error([&] { load_energy_model_file(wrong); }, "idetic_energy_wrong.json");
    expect_error([] { load_energy_model_file("/nonexistent/model.json"); },
                 "cannot open '/nonexistent/model.json'");
    std::remove(good.c_str());
    std::remove(plain.c_str());
    std::remove(bad.c_str());
    std::remove(wrong.c_str());
}

TEST(EnergyModel, ChargeAndWarningVoltage) {
    EnergyModel m = nvm_preset("stt-mram");
    m.capacitance_uf = 10.0;
    m.v_on_v = 3.0;
    m.v_off_v = 2.0;
    // 1/2 * 10 uF * (9 - 4) V^2 = 25 uJ = 2.5e7 pJ.
    EXPECT_DOUBLE_EQ(energy_per_charge_pj(m), 2.5e7);
    // Reserve 5 uJ: V = sqrt(4 + 2 * 5e-6 / 10e-6) = sqrt(5).
    EXPECT_NEAR(*warning_voltage_v(m, 5e6), std::sqrt(5.0), 1e-12);
    EXPECT_DOUBLE_EQ(*warning_voltage_v(m, 0), 2.0);
    // The whole charge in reserve: the warning voltage is V_on.
    EXPECT_NEAR(*warning_voltage_v(m, 2.5e7), 3.0, 1e-12);
}

TEST(EnergyModel, ComputeEnergyFromCellCount) {
    EnergyModel m = nvm_preset("stt-mram");
    DesignModel d;
    d.ff_bits_total = 100;
    ResolvedEnergy est = resolve_energy(m, d);
    EXPECT_EQ(est.compute_source, "estimated from flip-flops");
    EXPECT_EQ(est.cell_count, 800);
    EXPECT_DOUBLE_EQ(est.compute_pj_per_cycle, 800 * kDefaultComputePjPerCellCycle);
    ResolvedEnergy cells = resolve_energy(m, d, 2000);
    EXPECT_EQ(cells.compute_source, "cell count");
    EXPECT_DOUBLE_EQ(cells.compute_pj_per_cycle, 2000 * kDefaultComputePjPerCellCycle);
    m.compute_pj_per_cycle = 42;
    ResolvedEnergy given = resolve_energy(m, d, 2000);
    EXPECT_EQ(given.compute_source, "given");
    EXPECT_DOUBLE_EQ(given.compute_pj_per_cycle, 42);
    EXPECT_DOUBLE_EQ(given.charge_pj, energy_per_charge_pj(m));
    m.compute_pj_per_cycle.reset();
    expect_error([&] { resolve_energy(m, std::optional<long long>{}); }, "'compute_pj_per_cycle'");
}
