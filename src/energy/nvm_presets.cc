#include "energy/nvm_presets.h"

#include <fmt/format.h>

namespace idetic {

namespace {

// Shared by every preset: a 1 uF storage capacitor used between 2.4 V (power-on)
// and 1.8 V (brown-out), about 1.26 uJ per charge; compute energy estimated from
// the design's cell count (docs/ENERGY_MODEL.md, "Compute energy" and "Capacitor").
EnergyModel common(std::string name, std::string technology, std::string source) {
    EnergyModel m;
    m.name = std::move(name);
    m.nvm_technology = std::move(technology);
    m.source = std::move(source);
    m.commit_record_bits = 64;
    m.compute_pj_per_cell_cycle = kDefaultComputePjPerCellCycle;
    m.capacitance_uf = 1.0;
    m.v_on_v = 2.4;
    m.v_off_v = 1.8;
    return m;
}

struct Preset {
    const char *name;
    EnergyModel (*make)();
};

// Latencies in cycles assume a 10 MHz design clock (100 ns per cycle).
const Preset kPresets[] = {
    {"nand-flash",
     [] {
         // SLC NAND datasheet figures: page program ~200 us and page read ~25 us at
         // ~25 mA, 3.3 V, 2112-byte pages -> ~1 nJ/bit written, ~0.12 nJ/bit read.
         EnergyModel m = common("nand-flash", "NAND Flash (SLC)",
                                "derived from typical SLC NAND datasheet figures (tPROG 200 us, tR 25 us, "
                                "ICC 25 mA at 3.3 V, 2112-byte page); see docs/ENERGY_MODEL.md");
         m.nvm_write_pj_per_bit = 1000.0;
         m.nvm_read_pj_per_bit = 120.0;
         m.nvm_word_bits = 8;
         m.nvm_write_latency_cycles = 2000;
         m.nvm_read_latency_cycles = 250;
         return m;
     }},
    {"pcm",
     [] {
         // Lee, Ipek, Mutlu, Burger, ISCA 2009: array write 16.82 pJ/bit, read
         // 2.47 pJ/bit; write (SET) 150 ns, read 48 ns.
         EnergyModel m = common("pcm", "PCM",
                                "Lee et al., Architecting Phase Change Memory as a Scalable DRAM "
                                "Alternative, ISCA 2009 (array energies and latencies)");
         m.nvm_write_pj_per_bit = 16.82;
         m.nvm_read_pj_per_bit = 2.47;
         m.nvm_word_bits = 64;
         m.nvm_write_latency_cycles = 2;
         m.nvm_read_latency_cycles = 1;
         return m;
     }},
    {"stt-mram",
     [] {
         // ITRS 2011 range 0.1-2.5 pJ/bit, write 10-90 ns, read 10-35 ns (as tabulated
         // by Yang, Strukov, Stewart, Nature Nanotechnology 2013); upper end taken.
         EnergyModel m = common("stt-mram", "STT-MRAM",
                                "ITRS 2011 emerging-memory figures as tabulated in Yang, Strukov, Stewart, "
                                "Memristive devices for computing, Nat. Nanotechnol. 2013 (upper end)");
         m.nvm_write_pj_per_bit = 2.5;
         m.nvm_read_pj_per_bit = 0.5;
         m.nvm_word_bits = 32;
         m.nvm_write_latency_cycles = 1;
         m.nvm_read_latency_cycles = 1;
         return m;
     }},
    {"feram",
     [] {
         // Commercial FeRAM cell-level write energy ~0.03 pJ/bit, write 10 ns, read
         // 45 ns; destructive read (read = read + write-back).
         EnergyModel m =
             common("feram", "FeRAM",
                    "commercial FeRAM figures (write 0.03 pJ/bit, 10 ns; read 45 ns) as tabulated in "
                    "Table 1 of https://pmc.ncbi.nlm.nih.gov/articles/PMC3482632/; cell-level, "
                    "see docs/ENERGY_MODEL.md");
         m.nvm_write_pj_per_bit = 0.03;
         m.nvm_read_pj_per_bit = 0.03;
         m.nvm_word_bits = 16;
         m.nvm_write_latency_cycles = 1;
         m.nvm_read_latency_cycles = 1;
         return m;
     }},
    {"reram",
     [] {
         // ITRS 2011 range 0.1-3 pJ/bit, 10 ns write/read (Yang et al. 2013);
         // 1 pJ/bit write taken, read assumed ~1/5 of write.
         EnergyModel m = common("reram", "ReRAM",
                                "ITRS 2011 emerging-memory figures as tabulated in Yang, Strukov, Stewart, "
                                "Nat. Nanotechnol. 2013 (mid range); read energy assumed 1/5 of write");
         m.nvm_write_pj_per_bit = 1.0;
         m.nvm_read_pj_per_bit = 0.2;
         m.nvm_word_bits = 32;
         m.nvm_write_latency_cycles = 1;
         m.nvm_read_latency_cycles = 1;
         return m;
     }},
};

} // namespace

std::vector<std::string> nvm_preset_names() {
    std::vector<std::string> names;
    for (const auto &p : kPresets)
        names.emplace_back(p.name);
    return names;
}

EnergyModel nvm_preset(std::string_view name) {
    for (const auto &p : kPresets)
        if (name == p.name) return p.make();
    throw EnergyModelError(fmt::format("energy model: unknown NVM preset '{}' (known presets: {})", name,
                                       fmt::join(nvm_preset_names(), ", ")));
}

} // namespace idetic
