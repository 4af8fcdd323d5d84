// Energy-harvesting power supply for the harvester mode of the campaign executables
// (docs/HARVESTER.md): a harvester (constant, bursty or trace-driven power), a storage
// capacitor E = 1/2 C V^2 between the power-on and brown-out thresholds of the energy
// model, the energy figures read from the rewriter's report, and the reserve (hence
// the warning voltage) of a checkpoint set. No Verilator dependency: harvest_main.h
// drives the designs with it.
//
// Units: power in uW, energy in pJ, capacitance in uF, voltage in V, clock in MHz.
// One clock cycle at F MHz lasts 1/F us, so a harvester of P uW delivers P / F pJ
// per cycle (1 uW * 1 us = 1 pJ); a capacitor of C uF at V volts holds
// 0.5 * C * V^2 * 1e6 pJ.
#pragma once

#include "harness/image_monitor.h"
#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <fstream>
#include <functional>
#include <limits>
#include <map>
#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

namespace idetic::harness {

// ----------------------------------------------------------------------------- options

struct HarvestOptions {
    bool enabled = false;     // --harvester given: harvester mode instead of a campaign
    std::string spec;         // constant:<uW> | bursty:<uW>:<on>:<off> | trace:<file>[:<block>]
    double clock_mhz = 10.0;  // --clock-mhz
    double capacitor_uf = -1; // --capacitor-uf (default: the report's capacitance_uf)
    double v_max = -1;        // --v-max: the capacitor is not charged above it (default v_on)
    double v_start = 0.0;     // --v-start: capacitor voltage at the start of every run
    double sleep_pj = -1;     // --sleep-pj-per-cycle: energy of a cycle with `saved` high (< 0: compute)
    std::vector<std::string> modes{"checkpoint"}; // --harvest-mode a,b,...
    std::string label;                            // --label: name of the checkpointed design in the rows
    std::string reserve = "model";                // --reserve model|engine|<pJ>
    double warn_v = -1;                           // --warn-v: warning voltage, overrides --reserve
    double compute_pj = -1, write_pj = -1, read_pj = -1; // energy overrides (-1: the report's)
    long max_cycles = 2'000'000;  // --harvest-max-cycles: wall cycles per run before giving up
    int max_vectors = 0;          // --harvest-vectors N: only the first N vectors (0: all)
    std::string json;             // --harvest-json FILE
    bool markdown = false;        // --harvest-md
    bool expect = false;          // --harvest-expect
    std::string vtrace;           // --vtrace FILE.csv
    long vtrace_every = 1;        // --vtrace-every N
    long vtrace_cycles = 200'000; // --vtrace-cycles N: wall cycles traced per run
    int vtrace_vector = 0;        // --vtrace-vector I (-1: every vector)
};

inline const char *kHarvestUsage = R"(
Harvester mode (docs/HARVESTER.md): instead of a campaign, run the design from a
capacitor charged by a harvester; power fails below v_off, the design restarts at v_on.
  --harvester SPEC         constant:<uW> | bursty:<uW>:<on_cycles>:<off_cycles> |
                           trace:<file>[:<block_cycles>] (one uW sample per block, 1000)
  --clock-mhz F            design clock (default 10)
  --capacitor-uf C         storage capacitor (default: the report's capacitance_uf)
  --v-max V / --v-start V  charge ceiling (default v_on) / initial voltage (default 0)
  --sleep-pj-per-cycle P   a power manager that gates the design's clock while `saved` is
                           high (Hibernus-style sleep after a save): such a cycle costs P pJ
                           instead of the compute energy (default: not gated)
  --harvest-mode LIST      comma list of checkpoint (the rewritten design, default),
                           no-checkpoint (the original design), full-backup (the rewritten
                           design charged as a backup of every flip-flop; use the
                           every-state executable campaign_<ex>_all), periodic (the
                           rewritten design with the power monitor off: for designs
                           rewritten with --policy periodic, whose engine saves by itself)
  --reserve model|engine|PJ  warning voltage from the optimizer's reserve for the design's
                           checkpoint set (model, = the plan's), from the engine's real save
                           cost (engine), or a given reserve;  --warn-v V  sets it directly
  --compute-pj-per-cycle X / --nvm-write-pj-per-bit X / --nvm-read-pj-per-bit X
                           override the report's energy figures
  --harvest-vectors N      only the first N vectors (after --min-cycles/--max-cycles)
  --harvest-max-cycles N   give a run up after N wall cycles (default 2000000)
  --label NAME             name of the checkpointed design in the rows
  --harvest-json FILE      rows as JSON;  --harvest-md  rows as a Markdown table
  --harvest-expect         exit 0 only if the checkpointed design completes every vector
                           with >= 1 power failure and the no-checkpoint baseline none
  --vtrace FILE.csv        capacitor voltage and events per cycle (scripts/plot-voltage.sh);
                           --vtrace-every N, --vtrace-cycles N (200000), --vtrace-vector I (0; -1 all)
)";

inline double harvest_parse_double(const std::string &opt, const std::string &v) {
    char *end = nullptr;
    double r = std::strtod(v.c_str(), &end);
    if (v.empty() || *end || !std::isfinite(r))
        throw std::invalid_argument(opt + " needs a number, got '" + v + "'");
    return r;
}
inline long harvest_parse_long(const std::string &opt, const std::string &v) {
    char *end = nullptr;
    long r = std::strtol(v.c_str(), &end, 0);
    if (v.empty() || *end) throw std::invalid_argument(opt + " needs an integer, got '" + v + "'");
    return r;
}

// One option of the harvester mode; false if `opt` is not one of them.
inline bool parse_harvest_option(const std::string &opt, const std::function<std::string()> &value,
                                 HarvestOptions &h) {
    auto positive = [&](double x) {
        if (!(x > 0)) throw std::invalid_argument(opt + " must be > 0");
        return x;
    };
    if (opt == "--harvester") {
        h.enabled = true;
        h.spec = value();
    } else if (opt == "--clock-mhz") {
        h.clock_mhz = positive(harvest_parse_double(opt, value()));
    } else if (opt == "--capacitor-uf") {
        h.capacitor_uf = positive(harvest_parse_double(opt, value()));
    } else if (opt == "--v-max") {
        h.v_max = positive(harvest_parse_double(opt, value()));
    } else if (opt == "--sleep-pj-per-cycle") {
        h.sleep_pj = harvest_parse_double(opt, value());
        if (h.sleep_pj < 0) throw std::invalid_argument("--sleep-pj-per-cycle must be >= 0");
    } else if (opt == "--v-start") {
        h.v_start = harvest_parse_double(opt, value());
        if (h.v_start < 0) throw std::invalid_argument("--v-start must be >= 0");
    } else if (opt == "--harvest-mode") {
        h.modes.clear();
        std::stringstream ss(value());
        std::string m;
        while (std::getline(ss, m, ',')) {
            if (m != "checkpoint" && m != "no-checkpoint" && m != "full-backup" && m != "periodic")
                throw std::invalid_argument("--harvest-mode: unknown mode '" + m +
                                            "' (checkpoint, no-checkpoint, full-backup, periodic)");
            h.modes.push_back(m);
        }
        if (h.modes.empty()) throw std::invalid_argument("--harvest-mode needs at least one mode");
    } else if (opt == "--label") {
        h.label = value();
    } else if (opt == "--reserve") {
        h.reserve = value();
        if (h.reserve != "model" && h.reserve != "engine") positive(harvest_parse_double(opt, h.reserve));
    } else if (opt == "--warn-v") {
        h.warn_v = positive(harvest_parse_double(opt, value()));
    } else if (opt == "--compute-pj-per-cycle") {
        h.compute_pj = positive(harvest_parse_double(opt, value()));
    } else if (opt == "--nvm-write-pj-per-bit") {
        h.write_pj = positive(harvest_parse_double(opt, value()));
    } else if (opt == "--nvm-read-pj-per-bit") {
        h.read_pj = harvest_parse_double(opt, value());
        if (h.read_pj < 0) throw std::invalid_argument("--nvm-read-pj-per-bit must be >= 0");
    } else if (opt == "--harvest-max-cycles") {
        h.max_cycles = harvest_parse_long(opt, value());
        if (h.max_cycles < 1) throw std::invalid_argument("--harvest-max-cycles must be >= 1");
    } else if (opt == "--harvest-vectors") {
        h.max_vectors = static_cast<int>(harvest_parse_long(opt, value()));
    } else if (opt == "--harvest-json") {
        h.json = value();
    } else if (opt == "--harvest-md") {
        h.markdown = true;
    } else if (opt == "--harvest-expect") {
        h.expect = true;
    } else if (opt == "--vtrace") {
        h.vtrace = value();
    } else if (opt == "--vtrace-every") {
        h.vtrace_every = std::max(1L, harvest_parse_long(opt, value()));
    } else if (opt == "--vtrace-cycles") {
        h.vtrace_cycles = harvest_parse_long(opt, value());
    } else if (opt == "--vtrace-vector") {
        h.vtrace_vector = static_cast<int>(harvest_parse_long(opt, value()));
    } else {
        return false;
    }
    return true;
}

// ----------------------------------------------------------------------------- harvester

class Harvester {
  public:
    enum Kind { Constant, Bursty, Trace };

    static Harvester parse(const std::string &spec) {
        Harvester h;
        h.spec_ = spec;
        auto colon = spec.find(':');
        std::string kind = spec.substr(0, colon);
        std::string rest = colon == std::string::npos ? "" : spec.substr(colon + 1);
        auto fields = [&]() {
            std::vector<std::string> f;
            std::stringstream ss(rest);
            std::string x;
            while (std::getline(ss, x, ':'))
                f.push_back(x);
            return f;
        };
        const std::string opt = "--harvester " + kind;
        if (kind == "constant") {
            auto f = fields();
            if (f.size() != 1) throw std::invalid_argument("--harvester constant:<uW>");
            h.kind_ = Constant;
            h.uw_ = harvest_parse_double(opt, f[0]);
        } else if (kind == "bursty") {
            auto f = fields();
            if (f.size() != 3)
                throw std::invalid_argument("--harvester bursty:<uW>:<on_cycles>:<off_cycles>");
            h.kind_ = Bursty;
            h.uw_ = harvest_parse_double(opt, f[0]);
            h.on_ = harvest_parse_long(opt, f[1]);
            h.off_ = harvest_parse_long(opt, f[2]);
            if (h.on_ < 1 || h.off_ < 0)
                throw std::invalid_argument("--harvester bursty: on_cycles >= 1, off_cycles >= 0");
        } else if (kind == "trace") {
            if (rest.empty()) throw std::invalid_argument("--harvester trace:<file>[:<block_cycles>]");
            h.kind_ = Trace;
            std::string file = rest;
            auto c = rest.rfind(':');
            if (c != std::string::npos && c + 1 < rest.size() &&
                rest.find_first_not_of("0123456789", c + 1) == std::string::npos) {
                file = rest.substr(0, c);
                h.block_ = harvest_parse_long(opt, rest.substr(c + 1));
            }
            if (h.block_ < 1) throw std::invalid_argument("--harvester trace: block_cycles must be >= 1");
            h.load_trace(file);
        } else {
            throw std::invalid_argument("unknown --harvester '" + spec +
                                        "' (constant:<uW>, bursty:<uW>:<on>:<off>, trace:<file>[:<block>])");
        }
        if (h.uw_ < 0) throw std::invalid_argument("--harvester: power must be >= 0 uW");
        return h;
    }

    // Harvested power in wall cycle t (cycles since the start of the run).
    double uw_at(long t) const {
        switch (kind_) {
        case Constant:
            return uw_;
        case Bursty:
            return (t % (on_ + off_)) < on_ ? uw_ : 0.0;
        case Trace:
            return samples_[static_cast<std::size_t>((t / block_) % static_cast<long>(samples_.size()))];
        }
        return 0;
    }
    double mean_uw() const {
        switch (kind_) {
        case Constant:
            return uw_;
        case Bursty:
            return uw_ * static_cast<double>(on_) / static_cast<double>(on_ + off_);
        case Trace: {
            double s = 0;
            for (double x : samples_)
                s += x;
            return s / static_cast<double>(samples_.size());
        }
        }
        return 0;
    }
    const std::string &spec() const { return spec_; }
    std::string describe() const {
        std::ostringstream os;
        switch (kind_) {
        case Constant:
            os << "constant " << uw_ << " uW";
            break;
        case Bursty:
            os << "bursty " << uw_ << " uW for " << on_ << " of every " << on_ + off_ << " cycles";
            break;
        case Trace:
            os << "trace of " << samples_.size() << " samples x " << block_ << " cycles";
            break;
        }
        os << " (mean " << mean_uw() << " uW)";
        return os.str();
    }

  private:
    void load_trace(const std::string &file) {
        std::ifstream in(file);
        if (!in) throw std::invalid_argument("--harvester trace: cannot open '" + file + "'");
        std::string line;
        long n = 0;
        while (std::getline(in, line)) {
            ++n;
            auto hash = line.find('#');
            if (hash != std::string::npos) line.resize(hash);
            for (char &c : line)
                if (c == ',' || c == ';' || c == '\t' || c == '\r') c = ' ';
            std::stringstream ss(line);
            std::string tok, last;
            while (ss >> tok)
                last = tok;
            if (last.empty()) continue;
            double v =
                harvest_parse_double("--harvester trace '" + file + "' line " + std::to_string(n), last);
            if (v < 0)
                throw std::invalid_argument("--harvester trace '" + file + "' line " + std::to_string(n) +
                                            ": negative power");
            samples_.push_back(v);
        }
        if (samples_.empty()) throw std::invalid_argument("--harvester trace '" + file + "' has no samples");
    }

    Kind kind_ = Constant;
    std::string spec_;
    double uw_ = 0;
    long on_ = 1, off_ = 0, block_ = 1000;
    std::vector<double> samples_;
};

// ----------------------------------------------------------------------------- capacitor

inline double cap_energy_pj(double c_uf, double v) {
    return 0.5 * c_uf * v * v * 1e6;
}
inline double cap_voltage(double c_uf, double e_pj) {
    return std::sqrt(std::max(0.0, 2.0 * e_pj / (c_uf * 1e6)));
}
// Warning voltage that keeps `reserve_pj` above v_off (docs/ENERGY_MODEL.md).
inline double warning_voltage(double v_off, double reserve_pj, double c_uf) {
    return std::sqrt(v_off * v_off + 2e-6 * reserve_pj / c_uf);
}

// ----------------------------------------------------------------------------- report

// What the harvester needs from the rewriter's report (docs/REPORT_SCHEMA.md).
struct ReportEnergy {
    double compute_pj_per_cycle = 0, write_pj_per_bit = 0, read_pj_per_bit = 0;
    int word_bits = 32, commit_record_bits = 64;
    double capacitance_uf = 0, v_on = 0, v_off = 0;
    std::string policy;
    double plan_reserve_pj = 0, plan_warning_v = 0;
    double full_backup_reserve_pj = 0, every_state_reserve_pj = 0;
    long ff_bits_total = 0;
    int reset_state = 0;
    struct State {
        std::vector<int> succ; // indices into states
    };
    std::vector<State> states;
    struct Ckpt {
        int state = -1; // index into states
        int words = 0;  // data words written by a save at this state
        int saved_bits = 0;
    };
    std::vector<Ckpt> hw_ckpts; // the checkpoint states of the rewritten hardware (nvm_layout)
    bool have_graph = false;

    static ReportEnergy read(const std::string &path) {
        ReportEnergy r;
        nlohmann::json j = read_report_json(path);
        auto num = [&](const nlohmann::json &o, const char *k, double def) {
            return (o.contains(k) && o[k].is_number()) ? o[k].get<double>() : def;
        };
        if (!j.contains("energy_model") || !j["energy_model"].is_object())
            throw std::runtime_error("report '" + path + "' has no energy_model (harvester mode needs it)");
        const auto &em = j["energy_model"];
        r.compute_pj_per_cycle = num(em, "compute_pj_per_cycle", 0);
        r.write_pj_per_bit = num(em, "nvm_write_pj_per_bit", 0);
        r.read_pj_per_bit = num(em, "nvm_read_pj_per_bit", 0);
        r.word_bits = static_cast<int>(num(em, "nvm_word_bits", 32));
        r.commit_record_bits = static_cast<int>(num(em, "commit_record_bits", 64));
        r.capacitance_uf = num(em, "capacitance_uf", 0);
        r.v_on = num(em, "v_on_v", 0);
        r.v_off = num(em, "v_off_v", 0);
        if (j.contains("plan") && j["plan"].is_object()) {
            const auto &p = j["plan"];
            r.plan_reserve_pj = num(p, "reserve_energy_pj", 0);
            r.plan_warning_v = num(p, "warning_voltage_v", 0);
            if (p.contains("policy") && p["policy"].is_string()) r.policy = p["policy"].get<std::string>();
        }
        if (j.contains("baselines") && j["baselines"].is_object()) {
            r.full_backup_reserve_pj = num(j["baselines"], "full_backup_reserve_pj", 0);
            r.every_state_reserve_pj = num(j["baselines"], "every_state_reserve_pj", 0);
        }
        r.ff_bits_total = static_cast<long>(num(j, "ff_bits_total", 0));
        r.reset_state = static_cast<int>(num(j, "reset_state", 0));
        std::map<int, int> index; // state id -> position
        if (j.contains("states") && j["states"].is_array()) {
            const auto &st = j["states"];
            for (std::size_t i = 0; i < st.size(); ++i)
                index[st[i].value("id", static_cast<int>(i))] = static_cast<int>(i);
            r.states.resize(st.size());
            for (std::size_t i = 0; i < st.size(); ++i)
                if (st[i].contains("successors"))
                    for (int s : st[i]["successors"].get<std::vector<int>>())
                        if (index.count(s)) r.states[i].succ.push_back(index[s]);
            r.have_graph = !st.empty();
        }
        if (j.contains("nvm_layout") && j["nvm_layout"].is_object())
            if (j.contains("nvm_layout") && j["nvm_layout"].is_object() &&
                j["nvm_layout"].contains("checkpoints")) {
                for (const auto &c : j["nvm_layout"]["checkpoints"]) {
                    Ckpt k;
                    int sid = c.value("state", -1);
                    k.state = index.count(sid) ? index[sid] : -1;
                    k.words = c.contains("words") ? static_cast<int>(c["words"].size()) : 0;
                    k.saved_bits = c.value("saved_bits", 0);
                    r.hw_ckpts.push_back(k);
                }
            }
        if (!(r.v_on > r.v_off) || r.compute_pj_per_cycle <= 0 || r.write_pj_per_bit <= 0)
            throw std::runtime_error("report '" + path +
                                     "': energy_model needs compute_pj_per_cycle, nvm_write_pj_per_bit, "
                                     "v_on_v > v_off_v (harvester mode)");
        return r;
    }
};

// Energy figures of one simulation (the report's, possibly overridden).
struct EnergyFigures {
    double compute = 0, write = 0, read = 0; // pJ/cycle, pJ/bit, pJ/bit
    int word_bits = 32, commit_record_bits = 64;
    double write_word() const { return write * word_bits; }
    double read_word() const { return read * word_bits; }
    static int ceil_div(long a, long b) { return static_cast<int>((a + b - 1) / b); }
    // Words of a save, as the optimizer counts them (docs/OPTIMIZER.md: data, commit
    // record, header) ...
    int model_words(long saved_bits) const {
        return ceil_div(saved_bits, word_bits) + ceil_div(commit_record_bits, word_bits) + 1;
    }
    // ... and as the engine writes them (docs/NVM_PROTOCOL.md): the data words, the
    // commit record (checksum; index word unless the index is in the header), header.
    static int engine_words(int data_words, int record_words) { return data_words + record_words + 1; }
};

// The on-demand reserve of a fixed checkpoint set: R(s) = save(s) at a checkpoint state,
// e + max over successors R(t) elsewhere; the reserve is the largest R over all states
// (every state of the report is reachable). Returns +inf when a cycle avoids the set.
inline double fixed_set_reserve(const ReportEnergy &r, const std::vector<double> &save_at /* <0: none */,
                                double e) {
    const std::size_t n = r.states.size();
    std::vector<double> R(n, 0);
    std::vector<int> mark(n, 0); // 0 new, 1 on stack, 2 done
    const double inf = std::numeric_limits<double>::infinity();
    std::function<double(std::size_t)> eval = [&](std::size_t s) -> double {
        if (mark[s] == 2) return R[s];
        if (mark[s] == 1) return inf; // a cycle without a checkpoint state
        if (save_at[s] >= 0) {
            mark[s] = 2;
            return R[s] = save_at[s];
        }
        mark[s] = 1;
        double m = 0;
        for (int t : r.states[s].succ)
            m = std::max(m, eval(static_cast<std::size_t>(t)));
        mark[s] = 2;
        return R[s] = e + m;
    };
    double worst = 0;
    for (std::size_t s = 0; s < n; ++s)
        worst = std::max(worst, eval(s));
    return worst;
}

// ----------------------------------------------------------------------------- voltage trace

class VTrace {
  public:
    VTrace() = default;
    VTrace(const VTrace &) = delete;
    VTrace &operator=(const VTrace &) = delete;
    void open(const std::string &path) {
        if (path.empty()) return;
        f_ = std::fopen(path.c_str(), "w");
        if (!f_) throw std::runtime_error("cannot write --vtrace file '" + path + "'");
    }
    ~VTrace() {
        if (f_) std::fclose(f_);
    }
    bool on() const { return f_ != nullptr; }
    void comment(const std::string &s) {
        if (f_) std::fprintf(f_, "# %s\n", s.c_str());
    }
    void header() {
        if (f_) std::fprintf(f_, "mode,vector,cycle,voltage_v,powered,warn,event\n");
    }
    void row(const std::string &mode, int vec, long cycle, double v, bool powered, bool warn,
             const std::string &ev) {
        if (f_)
            std::fprintf(f_, "%s,%d,%ld,%.5f,%d,%d,%s\n", mode.c_str(), vec, cycle, v, int(powered),
                         int(warn), ev.c_str());
    }

  private:
    std::FILE *f_ = nullptr;
};

} // namespace idetic::harness
