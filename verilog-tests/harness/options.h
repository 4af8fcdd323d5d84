// Command-line options of a campaign executable (see docs/HARNESS.md).
#pragma once

#include "harness/harvester.h"

#include <cstdint>
#include <cstdlib>
#include <iostream>
#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

namespace idetic::harness {

enum class Schedule { Random, Exhaustive, InSave, InRestore, Repeated, WarnOnly, All };

inline const char *schedule_name(Schedule s) {
    switch (s) {
    case Schedule::Random: return "random";
    case Schedule::Exhaustive: return "exhaustive";
    case Schedule::InSave: return "in-save";
    case Schedule::InRestore: return "in-restore";
    case Schedule::Repeated: return "repeated";
    case Schedule::WarnOnly: return "warn-only";
    case Schedule::All: return "all";
    }
    return "?";
}

// Weights of the failure kinds drawn by the random (and repeated) schedules.
struct Mix {
    unsigned warned = 50, sudden = 20, in_save = 15, in_restore = 10, warn_only = 5;
    unsigned total() const { return warned + sudden + in_save + in_restore + warn_only; }
};

struct Options {
    long runs = 200;
    long failures = 0; // > 0: run until this many failures were injected (overrides runs)
    uint64_t seed = 1;
    Schedule schedule = Schedule::All;
    bool exhaustive = false;         // add the exhaustive sweep
    long exhaustive_max_cycles = 4000;
    int exhaustive_vectors = 1;
    int latency_min = 2, latency_max = 2;
    int max_failures_per_run = 3;
    Mix mix;
    std::string report;
    bool nvm_random_init = false;
    bool nvm_forged = false; // --nvm-init forged: a record the checksum must reject
    bool replay_check = true;
    bool image_check = true;
    double budget_factor = 20.0;
    int reset_cycles = -1; // -1: the driver's
    int host_delay = 0;    // cycles after reset release before the host raises its request
    int random_vectors = 8;
    long min_cycles = 0, max_cycles = 0; // vector filter on golden length (0 = none)
    std::string expect;                  // "", mismatch, hang, replay, image, protocol, any
    bool check_random_init = false;
    bool golden_only = false;
    bool contract = false; // every failure follows a completed save (no sudden / in-save failures)
    long run_only = -1;
    bool verbose = false;
    bool trace = false;
    int max_reported = 5;
    HarvestOptions harvest; // --harvester ...: harvester mode (harvester.h, docs/HARVESTER.md)
};

inline const char *kUsage = R"(usage: campaign_<design> [options]

Power-failure campaign: golden run of the original design, then the checkpointed
design under injected power failures; outputs at completion must equal the golden.

  --runs N                 runs of the failure schedules (default 200)
  --failures N             instead: run until N failures have been injected
  --seed S                 campaign seed (default 1); run i uses seed mix(S, i)
  --schedule KIND          random|exhaustive|in-save|in-restore|repeated|warn-only|all
                           (default all: the five non-exhaustive kinds in turn)
  --exhaustive             also sweep one failure at every cycle of a golden run
                           (warned and sudden), for vectors of <= --exhaustive-max-cycles
  --exhaustive-max-cycles N  (default 4000)      --exhaustive-vectors N (default 1)
  --latency L | L:M        NVM latency in cycles, fixed or drawn per request (default 2)
  --max-failures-per-run K failures per run of the random schedule: 1..K (default 3)
  --mix W:S:I:R:O          weights of warned, sudden, in-save, in-restore and
                           warn-only events (default 50:20:15:10:5)
  --report R.json          the rewriter's report (nvm_layout: word_bits, addr_bits,
                           slot_words, checkpoints) -- enables the image checks
  --nvm-init zero|random|forged
                           initial NVM contents of every run (default zero; forged: a
                           record in slot 0 whose checksum does not match, to be rejected)
  --no-replay-check        skip the failure after completion (no-replay check)
  --no-image-check         skip the NVM image checks
  --budget-factor F        a run hangs after F x golden cycles + per-failure allowance (20)
  --reset-cycles N         power-on reset length (default: the driver's)
  --host-delay N           the host raises its request N cycles after reset release
  --vectors N              random input vectors besides the driver's edge cases (8)
  --min-cycles N / --max-cycles N   only vectors whose golden run is in this range
  --expect KIND            mutant mode: exit 0 only if a KIND failure is found
                           (mismatch|hang|replay|image|protocol|any)
  --check-random-init      self-test: power-on state must differ between seeds
  --golden-only            only the golden runs and the driver's reference check
  --contract               only failures the energy contract allows: every failure
                           follows a completed save (sudden and in-save failures
                           become warned ones); for non-volatile memories
  --run-only I             run only run I (same flags), verbosely
  -v, --verbose            one line per run;  --trace  one line per cycle
)";

inline long parse_long(const std::string &opt, const std::string &v) {
    char *end = nullptr;
    long r = std::strtol(v.c_str(), &end, 0);
    if (v.empty() || *end)
        throw std::invalid_argument(opt + " needs an integer, got '" + v + "'");
    return r;
}

// Returns false when --help was given.
inline bool parse_options(int argc, char **argv, Options &o) {
    std::vector<std::string> a(argv + 1, argv + argc);
    for (std::size_t i = 0; i < a.size(); ++i) {
        std::string opt = a[i], val;
        auto eq = opt.find('=');
        bool has_eq = opt.rfind("--", 0) == 0 && eq != std::string::npos;
        if (has_eq) {
            val = opt.substr(eq + 1);
            opt = opt.substr(0, eq);
        }
        auto value = [&]() -> std::string {
            if (has_eq)
                return val;
            if (i + 1 >= a.size())
                throw std::invalid_argument(opt + " needs a value");
            return a[++i];
        };
        if (opt == "-h" || opt == "--help") {
            std::cout << kUsage << kHarvestUsage;
            return false;
        } else if (opt == "--runs") {
            o.runs = parse_long(opt, value());
        } else if (opt == "--failures") {
            o.failures = parse_long(opt, value());
        } else if (opt == "--seed") {
            o.seed = static_cast<uint64_t>(parse_long(opt, value()));
        } else if (opt == "--schedule") {
            std::string s = value();
            if (s == "random") o.schedule = Schedule::Random;
            else if (s == "exhaustive") o.schedule = Schedule::Exhaustive;
            else if (s == "in-save") o.schedule = Schedule::InSave;
            else if (s == "in-restore") o.schedule = Schedule::InRestore;
            else if (s == "repeated") o.schedule = Schedule::Repeated;
            else if (s == "warn-only") o.schedule = Schedule::WarnOnly;
            else if (s == "all") o.schedule = Schedule::All;
            else throw std::invalid_argument("unknown --schedule '" + s + "'");
        } else if (opt == "--exhaustive") {
            o.exhaustive = true;
        } else if (opt == "--exhaustive-max-cycles") {
            o.exhaustive_max_cycles = parse_long(opt, value());
        } else if (opt == "--exhaustive-vectors") {
            o.exhaustive_vectors = static_cast<int>(parse_long(opt, value()));
        } else if (opt == "--latency") {
            std::string s = value();
            auto c = s.find(':');
            o.latency_min = static_cast<int>(parse_long(opt, s.substr(0, c)));
            o.latency_max = c == std::string::npos ? o.latency_min
                                                   : static_cast<int>(parse_long(opt, s.substr(c + 1)));
            if (o.latency_min < 1 || o.latency_max < o.latency_min)
                throw std::invalid_argument("--latency must be L >= 1 or L:M with 1 <= L <= M");
        } else if (opt == "--max-failures-per-run") {
            o.max_failures_per_run = static_cast<int>(parse_long(opt, value()));
            if (o.max_failures_per_run < 1)
                throw std::invalid_argument("--max-failures-per-run must be >= 1");
        } else if (opt == "--mix") {
            std::string s = value();
            std::vector<unsigned> w;
            std::stringstream ss(s);
            std::string part;
            while (std::getline(ss, part, ':'))
                w.push_back(static_cast<unsigned>(parse_long(opt, part)));
            if (w.size() != 5)
                throw std::invalid_argument("--mix needs five weights W:S:I:R:O");
            o.mix = Mix{w[0], w[1], w[2], w[3], w[4]};
            if (o.mix.total() == 0)
                throw std::invalid_argument("--mix: all weights are zero");
        } else if (opt == "--report") {
            o.report = value();
        } else if (opt == "--nvm-init") {
            std::string s = value();
            if (s == "zero") o.nvm_random_init = false;
            else if (s == "random") o.nvm_random_init = true;
            else if (s == "forged") o.nvm_random_init = false, o.nvm_forged = true;
            else throw std::invalid_argument("--nvm-init must be zero, random or forged");
        } else if (opt == "--no-replay-check") {
            o.replay_check = false;
        } else if (opt == "--no-image-check") {
            o.image_check = false;
        } else if (opt == "--budget-factor") {
            o.budget_factor = std::stod(value());
        } else if (opt == "--reset-cycles") {
            o.reset_cycles = static_cast<int>(parse_long(opt, value()));
        } else if (opt == "--host-delay") {
            o.host_delay = static_cast<int>(parse_long(opt, value()));
        } else if (opt == "--vectors") {
            o.random_vectors = static_cast<int>(parse_long(opt, value()));
        } else if (opt == "--min-cycles") {
            o.min_cycles = parse_long(opt, value());
        } else if (opt == "--max-cycles") {
            o.max_cycles = parse_long(opt, value());
        } else if (opt == "--expect") {
            o.expect = value();
            if (o.expect != "mismatch" && o.expect != "hang" && o.expect != "replay" && o.expect != "image" &&
                o.expect != "protocol" && o.expect != "any")
                throw std::invalid_argument("--expect must be mismatch, hang, replay, image, protocol or any");
        } else if (opt == "--check-random-init") {
            o.check_random_init = true;
        } else if (opt == "--golden-only") {
            o.golden_only = true;
        } else if (opt == "--contract") {
            o.contract = true;
        } else if (opt == "--run-only") {
            o.run_only = parse_long(opt, value());
            o.verbose = true;
        } else if (opt == "-v" || opt == "--verbose") {
            o.verbose = true;
        } else if (opt == "--trace") {
            o.trace = true;
            o.verbose = true;
        } else if (parse_harvest_option(opt, value, o.harvest)) {
            // harvester mode (harvester.h)
        } else {
            throw std::invalid_argument("unknown option '" + a[i] + "' (--help lists them)");
        }
    }
    return true;
}

} // namespace idetic::harness
