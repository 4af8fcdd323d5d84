// Harvester mode of the campaign executables (docs/HARVESTER.md): the design runs from
// a capacitor charged by a harvester, cycle by cycle, under the energy model of the
// rewriter's report. Power fails when the capacitor drops below v_off (a fresh model
// with random flip-flops, the NVM kept), the design stays off until the harvester has
// charged it back to v_on, then power-on reset. The power monitor raises idetic_warn
// below the warning voltage. Modes (one row each):
//
//   checkpoint     the rewritten design (V<ex>_idetic) with its checkpoint set
//   no-checkpoint  the original design (V<ex>_orig): restarts from scratch at every power-on
//   full-backup    the rewritten design, but every save and restore is charged as a backup
//                  of all ff_bits_total flip-flop bits, warning from the full-backup reserve
//                  (non-volatile-processor style; meant for the every-state design <ex>_all)
//
// Entry point: harvest_main<Driver, VOriginal, VRewritten>(options, name), called by
// campaign_main() when --harvester is given. Included at the end of campaign.h.
#pragma once

#include "harness/campaign.h"
#include "harness/harvester.h"

#include <nlohmann/json.hpp>

#include <cmath>
#include <cstdio>
#include <fstream>
#include <memory>
#include <string>
#include <vector>

namespace idetic::harness {

struct HarvestRun {
    std::size_t vec = 0;
    bool completed = false, mismatch = false, protocol = false, timeout = false;
    long wall_cycles = 0, on_cycles = 0, failures = 0, saves = 0, torn_saves = 0, restores = 0, warns = 0,
         boots = 0;
    long golden_cycles = 0; // cycles of the uninterrupted original: reset + G + 1
    double golden_pj = 0;   // their compute energy
    double golden_run_pj = 0, golden_reset_pj = 0;
    // compute energy by cycle class: running, reset + restoring (boot check and restore),
    // saving, saved (frozen, waiting for the power to come back or to die), after done
    double e_run = 0, e_boot = 0, e_saving = 0, e_frozen = 0, e_tail = 0;
    double e_write = 0, e_read = 0; // NVM energy (full-backup: the whole backup)
    double harvested = 0, spilled = 0, e_start = 0, e_end = 0;
    std::string detail;

    double compute_total() const { return e_run + e_boot + e_saving + e_frozen + e_tail; }
    double consumed() const { return compute_total() + e_write + e_read; }
    double useful() const { return completed ? golden_pj : 0.0; }
    double wasted() const { return compute_total() - useful(); }
};

struct HarvestRow {
    std::string mode, design, reserve_source;
    double reserve_pj = 0, warn_v = 0;
    std::vector<HarvestRun> runs;

    long count(long HarvestRun::*f) const {
        long s = 0;
        for (const auto &r : runs)
            s += r.*f;
        return s;
    }
    double sum(double (HarvestRun::*f)() const) const {
        double s = 0;
        for (const auto &r : runs)
            s += (r.*f)();
        return s;
    }
    double sumd(double HarvestRun::*f) const {
        double s = 0;
        for (const auto &r : runs)
            s += r.*f;
        return s;
    }
    long completed() const {
        long n = 0;
        for (const auto &r : runs)
            n += r.completed;
        return n;
    }
    bool all_completed() const { return completed() == static_cast<long>(runs.size()); }
    double total() const { return sum(&HarvestRun::consumed); }
    double golden() const { return sumd(&HarvestRun::golden_pj); }
    // Energy overhead versus the uninterrupted original, when every run completed.
    bool has_overhead() const { return all_completed() && golden() > 0; }
    double overhead_pct() const { return 100.0 * (total() - golden()) / golden(); }
};

template <class D, class MO, class MI> class HarvestSim {
  public:
    using Vec = typename D::Vector;
    using Out = typename D::Outputs;
    enum Mode { NoCheckpoint, Checkpoint, FullBackup };

    HarvestSim(const Options &o, std::string name) : o_(o), h_(o.harvest), name_(std::move(name)) {
        ctx_ = std::make_unique<VerilatedContext>();
        ctx_->randReset(2);
        reset_cycles_ = o_.reset_cycles >= 0 ? o_.reset_cycles : D::kResetCycles;
    }

    int main() {
        harvester_ = Harvester::parse(h_.spec);
        if (o_.report.empty())
            throw std::invalid_argument(
                "harvester mode needs --report (the energy model, plan and NVM layout)");
        if (o_.nvm_forged)
            throw std::invalid_argument("--nvm-init forged is for failure campaigns, not the harvester");
        rep_ = ReportEnergy::read(o_.report);
        fig_.compute = h_.compute_pj > 0 ? h_.compute_pj : rep_.compute_pj_per_cycle;
        fig_.write = h_.write_pj > 0 ? h_.write_pj : rep_.write_pj_per_bit;
        fig_.read = h_.read_pj >= 0 ? h_.read_pj : rep_.read_pj_per_bit;
        fig_.word_bits = rep_.word_bits;
        fig_.commit_record_bits = rep_.commit_record_bits;
        overridden_ = h_.compute_pj > 0 || h_.write_pj > 0 || h_.read_pj >= 0;
        c_uf_ = h_.capacitor_uf > 0 ? h_.capacitor_uf : rep_.capacitance_uf;
        if (!(c_uf_ > 0))
            throw std::invalid_argument("the report's energy model has no capacitor: give --capacitor-uf");
        v_on_ = rep_.v_on;
        v_off_ = rep_.v_off;
        v_max_ = h_.v_max > 0 ? h_.v_max : v_on_;
        if (v_max_ < v_on_)
            throw std::invalid_argument("--v-max must be >= v_on_v (" + std::to_string(v_on_) + " V)");
        for (const auto &m : h_.modes)
            if (m != "no-checkpoint" && std::is_void_v<MI>)
                throw std::invalid_argument("harvester mode '" + m +
                                            "' needs the rewritten design (this executable is golden-only)");
        if (h_.expect && ((std::find(h_.modes.begin(), h_.modes.end(), "checkpoint") == h_.modes.end() &&
                           std::find(h_.modes.begin(), h_.modes.end(), "periodic") == h_.modes.end()) ||
                          std::find(h_.modes.begin(), h_.modes.end(), "no-checkpoint") == h_.modes.end()))
            throw std::invalid_argument(
                "--harvest-expect needs --harvest-mode with checkpoint (or periodic) and no-checkpoint");

        // ---- vectors and golden runs (the campaign's vectors, same seed and filters)
        Rng vrng(mix_seed(o_.seed, 0xC0FFEE));
        std::vector<Vec> all = D::vectors(vrng, o_.random_vectors);
        for (std::size_t i = 0; i < all.size(); ++i) {
            Out out{};
            long cycles = 0;
            if (!golden_run<D, MO>(ctx_.get(), all[i], reset_cycles_, o_.host_delay, 50'000'000,
                                   static_cast<int>(1000 + i), out, cycles)) {
                std::printf("harvester %s: golden run of vector %s never completed\n", name_.c_str(),
                            D::str(all[i]).c_str());
                return 2;
            }
            if ((o_.min_cycles && cycles < o_.min_cycles) || (o_.max_cycles && cycles > o_.max_cycles))
                continue;
            if (h_.max_vectors > 0 && static_cast<int>(vecs_.size()) >= h_.max_vectors) break;
            vecs_.push_back(all[i]);
            gold_.push_back({out, cycles});
        }
        if (vecs_.empty()) {
            std::printf("harvester %s: no input vector left after --min-cycles/--max-cycles\n",
                        name_.c_str());
            return 2;
        }
        if constexpr (!std::is_void_v<MI>) {
            using AddrT = decltype(std::declval<MI &>().idetic_nvm_addr);
            using DataT = decltype(std::declval<MI &>().idetic_nvm_wdata);
            layout_ = read_layout(o_.report);
            addr_bits_ = layout_.addr_bits > 0 ? static_cast<unsigned>(layout_.addr_bits)
                                               : std::min(20u, port_bits<AddrT>());
            word_bits_ =
                layout_.word_bits > 0 ? static_cast<unsigned>(layout_.word_bits) : port_bits<DataT>();
        }

        vt_.open(h_.vtrace);
        print_header();

        std::vector<HarvestRow> rows;
        for (const auto &mname : h_.modes) {
            Mode mode = mname == "no-checkpoint" ? NoCheckpoint
                        : mname == "full-backup" ? FullBackup
                                                 : Checkpoint;
            HarvestRow row;
            row.mode = mname;
            row.design = label(mode);
            set_warning(mode, row);
            if (mname == "periodic") { // the periodic engine saves by itself: no power monitor
                row.reserve_source = "none";
                row.warn_v = 0;
                row.reserve_pj = 0;
            }
            std::printf("  %s [%s]: %s\n", row.design.c_str(), mname.c_str(), warning_str(row).c_str());
            if (vt_.on())
                vt_.comment("mode name=" + mname + " v_warn=" + num(row.warn_v) + " label=" + row.design);
            for (std::size_t i = 0; i < vecs_.size(); ++i) {
                HarvestRun r;
                if (mode == NoCheckpoint) {
                    r = run<MO>(mode, mname, i, row.warn_v);
                } else if constexpr (!std::is_void_v<MI>) {
                    r = run<MI>(mode, mname, i, row.warn_v);
                }
                print_run(r);
                row.runs.push_back(r);
            }
            print_row_summary(row);
            rows.push_back(std::move(row));
        }
        if (h_.markdown) print_markdown(rows);
        if (!h_.json.empty()) write_json(rows);

        // ---- exit status
        int rc = 0;
        for (const auto &row : rows)
            for (const auto &r : row.runs)
                if (r.mismatch || r.protocol) rc = 1;
        if (h_.expect) {
            bool ok = rc == 0;
            std::string why;
            for (const auto &row : rows) {
                if (row.mode == "checkpoint" || row.mode == "periodic")
                    for (const auto &r : row.runs) {
                        if (!r.completed) {
                            ok = false;
                            why +=
                                " checkpointed run of vector " + std::to_string(r.vec) + " did not complete;";
                        } else if (r.failures < 1 && (h_.sleep_pj < 0 || r.saves < 1)) {
                            // (With a sleep after each save, a run may get through on saves alone.)
                            ok = false;
                            why += " checkpointed run of vector " + std::to_string(r.vec) +
                                   " completed without a power failure" +
                                   (h_.sleep_pj < 0 ? "" : " or a save") + " (the job fits one charge);";
                        }
                    }
                if (row.mode == "no-checkpoint" && row.completed() > 0) {
                    ok = false;
                    why += " the no-checkpoint baseline completed " + std::to_string(row.completed()) +
                           " run(s);";
                }
            }
            std::printf("harvester %s: --harvest-expect %s%s\n", name_.c_str(),
                        ok ? "PASS" : "FAIL:", ok ? "" : why.c_str());
            rc = ok ? 0 : 1;
        } else {
            std::printf("harvester %s: %s\n", name_.c_str(),
                        rc ? "FAIL (wrong outputs or NVM protocol errors)" : "OK");
        }
        std::fflush(stdout);
        return rc;
    }

  private:
    // ------------------------------------------------------------------------- set-up
    static std::string num(double x, int prec = 6) {
        char b[64];
        std::snprintf(b, sizeof b, "%.*g", prec, x);
        return b;
    }

    static std::string pct(double x) {
        char b[64];
        std::snprintf(b, sizeof b, "%+.1f %%", std::fabs(x) < 0.05 ? 0.0 : x);
        return b;
    }

    std::string label(Mode mode) const {
        switch (mode) {
        case NoCheckpoint:
            return "no checkpoint (original design)";
        case FullBackup:
            return "full backup at warning (all " + std::to_string(rep_.ff_bits_total) + " FF bits)";
        case Checkpoint:
            if (!h_.label.empty()) return h_.label;
            {
                const std::string suffix = "_all";
                bool every = name_.size() > suffix.size() &&
                             name_.compare(name_.size() - suffix.size(), suffix.size(), suffix) == 0;
                return every ? "every state" : (rep_.policy.empty() ? "plan" : rep_.policy + " plan");
            }
        }
        return "?";
    }

    // Reserve and warning voltage of a mode (docs/HARVESTER.md, "Warning voltage").
    void set_warning(Mode mode, HarvestRow &row) const {
        if (mode == NoCheckpoint) {
            row.reserve_source = "none";
            row.warn_v = 0;
            return;
        }
        const int acc = o_.latency_max; // cycles per NVM access of the engine (back to back, NVM_PROTOCOL.md)
        const double e = fig_.compute;
        const long full_data = EnergyFigures::ceil_div(rep_.ff_bits_total, fig_.word_bits);
        // The engine writes the layout's words of the checkpoint and visits no other slot word.
        auto engine_save = [&](long data_words) {
            const int w = EnergyFigures::engine_words(static_cast<int>(data_words), layout_.record_words());
            return w * fig_.write_word() + (static_cast<double>(w) * acc + 3) * e;
        };
        if (h_.warn_v > 0) {
            row.reserve_source = "warn-v";
            row.warn_v = h_.warn_v;
            row.reserve_pj = std::max(0.0, cap_energy_pj(c_uf_, h_.warn_v) - cap_energy_pj(c_uf_, v_off_));
            return;
        }
        if (h_.reserve != "model" && h_.reserve != "engine") {
            row.reserve_source = "given";
            row.reserve_pj = std::stod(h_.reserve);
        } else {
            const bool engine = h_.reserve == "engine";
            row.reserve_source = h_.reserve;
            std::vector<double> save_at(rep_.states.size(), -1.0);
            bool graph = rep_.have_graph && !rep_.hw_ckpts.empty();
            for (const auto &c : rep_.hw_ckpts) {
                if (c.state < 0 || c.state >= static_cast<int>(save_at.size())) {
                    graph = false;
                    continue;
                }
                double s;
                // The optimizer's save cost (docs/OPTIMIZER.md): NVM words + their frozen cycles.
                auto model_save = [&](long bits) {
                    const int w = fig_.model_words(bits);
                    return w * fig_.write_word() + (static_cast<double>(w) * acc + 3) * e;
                };
                if (mode == FullBackup) // a backup of every flip-flop (at least what the engine writes)
                    s = engine ? engine_save(std::max<long>(full_data, c.words))
                               : model_save(rep_.ff_bits_total);
                else
                    s = engine ? engine_save(c.words) : model_save(c.saved_bits);
                save_at[static_cast<std::size_t>(c.state)] = s;
            }
            if (graph) {
                row.reserve_pj = fixed_set_reserve(rep_, save_at, e);
            } else { // no graph in the report: the report's own figures
                row.reserve_pj = mode == FullBackup ? rep_.full_backup_reserve_pj : rep_.plan_reserve_pj;
                row.reserve_source += " (report)";
            }
        }
        row.warn_v = warning_voltage(v_off_, row.reserve_pj, c_uf_);
    }

    std::string warning_str(const HarvestRow &row) const {
        if (row.reserve_source == "none") return "no power monitor";
        std::string s = "reserve " + num(row.reserve_pj, 5) + " pJ (" + row.reserve_source +
                        ") -> warning at " + num(row.warn_v, 5) + " V";
        if (row.reserve_source == "model" && !overridden_ && row.mode == "checkpoint")
            s += std::string(" [report: plan reserve ") + num(rep_.plan_reserve_pj, 5) + " pJ, every-state " +
                 num(rep_.every_state_reserve_pj, 5) + " pJ]";
        if (row.reserve_source == "model" && !overridden_ && row.mode == "full-backup")
            s += " [report: full-backup reserve " + num(rep_.full_backup_reserve_pj, 5) + " pJ]";
        if (row.warn_v >= v_on_) s += " -- ABOVE v_on: the reserve does not fit one charge";
        return s;
    }

    void print_header() {
        const double e_on = cap_energy_pj(c_uf_, v_on_), e_off = cap_energy_pj(c_uf_, v_off_);
        std::printf(
            "harvester %s: %s at %g MHz (%g pJ/cycle mean), capacitor %g uF: %g pJ per charge between "
            "v_on %g V and v_off %g V (charged up to %g V, from %g V)\n",
            name_.c_str(), harvester_.describe().c_str(), h_.clock_mhz, harvester_.mean_uw() / h_.clock_mhz,
            c_uf_, e_on - e_off, v_on_, v_off_, v_max_, h_.v_start);
        std::printf("  energy: compute %g pJ/cycle, NVM write %g / read %g pJ/bit x %d-bit words%s; NVM "
                    "latency %d%s; "
                    "%zu vector(s), golden",
                    fig_.compute, fig_.write, fig_.read, fig_.word_bits,
                    overridden_ ? " (overridden)" : " (report)", o_.latency_min,
                    o_.latency_max != o_.latency_min ? (":" + std::to_string(o_.latency_max)).c_str() : "",
                    vecs_.size());
        for (std::size_t i = 0; i < vecs_.size(); ++i)
            std::printf(" %ld", gold_[i].cycles);
        std::printf(" cycles\n");
        if (vt_.on()) {
            vt_.comment("idetic harvester trace: example=" + name_ + " harvester=" + harvester_.spec() +
                        " clock_mhz=" + num(h_.clock_mhz) + " capacitor_uf=" + num(c_uf_) +
                        " v_on=" + num(v_on_) + " v_off=" + num(v_off_) + " v_max=" + num(v_max_));
            vt_.header();
        }
    }

    // ------------------------------------------------------------------------- one run
    template <class M> HarvestRun run(Mode mode, const std::string &mname, std::size_t vi, double v_warn) {
        constexpr bool kPorts = has_idetic_ports<M>::value;
        const Vec &v = vecs_[vi];
        const long G = gold_[vi].cycles;
        const double e = fig_.compute;
        const int acc = o_.latency_max; // cycles per NVM access (back to back)
        HarvestRun r;
        r.vec = vi;
        r.golden_cycles = reset_cycles_ + G + 1;
        r.golden_run_pj = static_cast<double>(G + 1) * e;
        r.golden_reset_pj = static_cast<double>(reset_cycles_) * e;
        r.golden_pj = r.golden_run_pj + r.golden_reset_pj;

        Rng rng(mix_seed(o_.seed ^ 0x4A2E57ull, vi * 8 + static_cast<uint64_t>(mode)));
        std::unique_ptr<NvmModel> nvm;
        if constexpr (kPorts) {
            nvm = std::make_unique<NvmModel>(addr_bits_, word_bits_, o_.latency_min, o_.latency_max,
                                             rng.next());
            nvm->clear(o_.nvm_random_init, rng);
        }
        const long full_data = EnergyFigures::ceil_div(rep_.ff_bits_total, fig_.word_bits);
        const double E_on = cap_energy_pj(c_uf_, v_on_), E_off = cap_energy_pj(c_uf_, v_off_),
                     E_max = cap_energy_pj(c_uf_, v_max_),
                     E_warn = v_warn > 0 ? cap_energy_pj(c_uf_, v_warn) : -1.0;
        double E = std::min(E_max, cap_energy_pj(c_uf_, h_.v_start));
        r.e_start = E;

        const bool tracing = vt_.on() && (h_.vtrace_vector < 0 || h_.vtrace_vector == static_cast<int>(vi));
        Powered<M> dev(ctx_.get());
        M *m = nullptr;
        bool powered = false, warn = false, completed = false;
        int reset_left = 0;
        long t = 0, pc = 0, tail = 0, quiet = 0;
        bool prev_saving = false, prev_saved = false, prev_restoring = false;
        uint64_t writes_at_saving = 0, reads_at_hold = 0;
        std::vector<uint64_t> nvm_snapshot; // full-backup: the NVM before the current save
        std::string ev;

        auto log = [&](const char *what) {
            if (o_.verbose) std::printf("      t=%ld V=%.4f %s\n", t, cap_voltage(c_uf_, E), what);
        };
        auto trace_row = [&]() {
            if (tracing && t < h_.vtrace_cycles && (!ev.empty() || t % h_.vtrace_every == 0))
                vt_.row(mname, static_cast<int>(vi), t, cap_voltage(c_uf_, E), powered, warn, ev);
            ev.clear();
        };
        auto add_event = [&](const char *x) {
            if (!ev.empty()) ev += "+";
            ev += x;
            log(x);
        };

        while (t < h_.max_cycles) {
            const double in = harvester_.uw_at(t) / h_.clock_mhz;
            r.harvested += in;
            if (!powered) {
                // ---- off: the harvester charges the capacitor
                E += in;
                if (E > E_max) {
                    r.spilled += E - E_max;
                    E = E_max;
                }
                if (E >= E_on) { // power-on at the end of this cycle
                    powered = true;
                    ++r.boots;
                    add_event("boot");
                    if constexpr (kPorts) nvm->power_fail();
                    m = &dev.on(rng.verilator_seed());
                    reset_left = reset_cycles_;
                    pc = 0;
                    warn = false;
                    prev_saving = prev_saved = prev_restoring = false;
                }
                trace_row();
                ++t;
                continue;
            }

            // ---- powered cycle. The monitor compares the voltage at the start of the cycle;
            // the warning falls again only when the capacitor is back at v_on (hysteresis).
            if constexpr (kPorts) {
                if (!warn && E_warn >= 0 && E < E_warn) {
                    warn = true;
                    ++r.warns;
                    add_event("warn");
                } else if (warn && E >= E_on) {
                    warn = false;
                }
            }
            const bool in_reset = reset_left > 0;
            // phase 1: inputs
            D::set_reset(*m, in_reset);
            D::drive(*m, v, !in_reset && !completed && pc >= o_.host_delay);
            if constexpr (kPorts) {
                m->idetic_warn = (in_reset || completed) ? 0 : warn; // after done: only the no-replay record
                m->idetic_nvm_ack = nvm->ack();
                set_port(m->idetic_nvm_rdata, nvm->rdata());
            }
            D::set_clock(*m, false);
            m->eval();

            // phase 2: observe; the energy of this cycle
            double nvm_w = 0, nvm_r = 0, extra_w = 0, extra_r = 0, extra_c = 0;
            double *cls = completed ? &r.e_tail : in_reset ? &r.e_boot : &r.e_run;
            bool saving = false, saved_rise = false, lump_save = false, sleeping = false;
            if constexpr (kPorts) {
                saving = !in_reset && m->idetic_saving;
                const bool saved = !in_reset && m->idetic_saved, restoring = !in_reset && m->idetic_restoring;
                if (saving && !prev_saving) {
                    log("saving");
                    writes_at_saving = nvm->writes();
                    if (mode == FullBackup) {
                        nvm_snapshot.resize(nvm->size());
                        for (std::size_t a = 0; a < nvm->size(); ++a)
                            nvm_snapshot[a] = nvm->peek(a);
                    }
                }
                if (saved && !prev_saved) {
                    saved_rise = true;
                    if (mode == FullBackup) { // the rest of a backup of every flip-flop
                        long done_w = static_cast<long>(nvm->writes() - writes_at_saving);
                        long more = std::max(0L, EnergyFigures::engine_words(static_cast<int>(full_data),
                                                                             layout_.record_words()) -
                                                     done_w);
                        extra_w = static_cast<double>(more) * fig_.write_word();
                        extra_c = static_cast<double>(more) * acc * e;
                        lump_save = more > 0;
                    }
                }
                if (restoring && !prev_restoring) reads_at_hold = nvm->reads();
                if (!restoring && prev_restoring && nvm->reads() - reads_at_hold > 2) {
                    ++r.restores;
                    add_event("restore");
                    if (mode == FullBackup) { // both headers, the commit record, all data words (once
                                              // or twice: nvm_layout.restore_passes)
                        long done_r = static_cast<long>(nvm->reads() - reads_at_hold);
                        long more = std::max(0L, 2 + layout_.record_words() +
                                                     layout_.restore_passes * full_data - done_r);
                        extra_r = static_cast<double>(more) * fig_.read_word();
                        extra_c += static_cast<double>(more) * acc * e;
                    }
                }
                if (nvm->ack()) // performed at the edge ending this cycle (req may already be the next one)
                    (nvm->pending_write() ? nvm_w : nvm_r) =
                        nvm->pending_write() ? fig_.write_word() : fig_.read_word();
                if (!completed && !in_reset) {
                    if (restoring)
                        cls = &r.e_boot;
                    else if (saving)
                        cls = &r.e_saving;
                    else if (saved)
                        cls = &r.e_frozen, sleeping = h_.sleep_pj >= 0;
                }
                prev_saving = saving;
                prev_saved = saved;
                prev_restoring = restoring;
            }
            if (saved_rise && !lump_save) { // the header was committed at the previous edge
                ++r.saves;
                add_event("save");
            }
            // After done the design is idle (the host may gate it, as the original's run ends at done):
            // only the cycles in which the engine writes its no-replay record are charged.
            double ec = sleeping ? h_.sleep_pj : e;
            if constexpr (kPorts)
                if (completed && !m->idetic_nvm_req) ec = 0;
            const double after = E + in - ec - nvm_w - nvm_r - extra_w - extra_r - extra_c;
            if (after < E_off) {
                // ---- power failure in this cycle: the edge ending it never happens (the NVM
                // access of this cycle is not performed, nor the rest of a full backup)
                const double avail = E + in;
                const double used = std::min(ec, avail);
                *cls += used;
                E = avail - used;
                if (E > E_max) {
                    r.spilled += E - E_max;
                    E = E_max;
                }
                ++r.failures;
                if (saving || lump_save) {
                    ++r.torn_saves;
                    add_event("fail-in-save");
                } else {
                    add_event("fail");
                }
                if (lump_save) { // the backup never completed: its image is not in the NVM
                    for (std::size_t a = 0; a < nvm_snapshot.size(); ++a)
                        nvm->poke(a, nvm_snapshot[a]);
                }
                if constexpr (kPorts) nvm->power_fail();
                dev.off();
                m = nullptr;
                powered = false;
                warn = false;
                trace_row();
                ++t;
                if (completed) break; // lost in the tail: the job was done
                continue;
            }
            E = after;
            if (E > E_max) {
                r.spilled += E - E_max;
                E = E_max;
            }
            *cls += ec;
            if (extra_c > 0) (saved_rise ? r.e_saving : r.e_boot) += extra_c;
            r.e_write += nvm_w + extra_w;
            r.e_read += nvm_r + extra_r;
            ++r.on_cycles;
            if (saved_rise && lump_save) { // the rest of the full backup was paid for
                ++r.saves;
                add_event("save");
            }

            // completion: done with restoring low (the host drops its request in this cycle)
            bool restoring_now = false;
            if constexpr (kPorts) restoring_now = m->idetic_restoring;
            if (!completed && !in_reset && !restoring_now && D::done(*m)) {
                completed = true;
                r.completed = true;
                r.wall_cycles = t + 1;
                Out out = D::outputs(*m);
                if (!(out == gold_[vi].out)) {
                    r.mismatch = true;
                    r.detail = "outputs " + D::str(out) + " != golden " + D::str(gold_[vi].out);
                }
                add_event("done");
                D::drive(*m, v, false);
                if constexpr (kPorts) m->idetic_warn = 0;
                m->eval();
                if constexpr (!kPorts) {
                    trace_row();
                    ++t;
                    break;
                }
            }

            // phase 3: clock edge
            if constexpr (kPorts) {
                nvm->edge(m->idetic_nvm_req, m->idetic_nvm_we, as_u64(m->idetic_nvm_addr),
                          as_u64(m->idetic_nvm_wdata));
                quiet = m->idetic_nvm_req ? 0 : quiet + 1;
            }
            D::set_clock(*m, true);
            m->eval();
            if (in_reset)
                --reset_left;
            else
                ++pc;
            trace_row();
            ++t;
            if (completed) { // after done: until the no-replay record is written and the NVM is quiet
                ++tail;
                const long gap = acc + 1L; // an access and a cycle between two: the slowest engine
                if ((tail >= 4L * gap + 8 && quiet >= 4L * gap + 4) || tail > 64L * gap + 64) break;
            }
        }
        if (!r.completed) {
            r.timeout = true;
            r.wall_cycles = t;
            r.detail = "gave up after " + std::to_string(t) + " wall cycles (--harvest-max-cycles)";
        }
        dev.off();
        if constexpr (kPorts) {
            if (nvm->protocol_errors()) {
                r.protocol = true;
                if (r.detail.empty() || r.completed)
                    r.detail = "NVM protocol: " + nvm->first_protocol_error();
            }
        }
        r.e_end = E;
        const double balance = r.e_start + r.harvested - r.spilled - r.consumed() - r.e_end;
        if (std::fabs(balance) > 1e-6 * std::max(1.0, r.harvested + r.e_start))
            std::printf("    warning: energy balance off by %g pJ\n", balance);
        return r;
    }

    // ------------------------------------------------------------------------- output
    void print_run(const HarvestRun &r) const {
        std::printf("    vector %zu %s: %s in %ld wall cycles (golden %ld), %ld power failure(s)", r.vec,
                    D::str(vecs_[r.vec]).c_str(), r.completed ? "completed" : "NOT completed", r.wall_cycles,
                    r.golden_cycles, r.failures);
        if (r.saves || r.restores || r.torn_saves)
            std::printf(", %ld save(s) (%ld torn), %ld restore(s)", r.saves, r.torn_saves, r.restores);
        std::printf("; pJ: compute %.1f save %.1f restore %.1f wasted %.1f total %.1f (golden %.1f)",
                    r.useful(), r.e_write, r.e_read, r.wasted(), r.consumed(), r.golden_pj);
        if (r.completed)
            std::printf(" overhead %s", pct(100.0 * (r.consumed() - r.golden_pj) / r.golden_pj).c_str());
        if (r.mismatch || r.protocol) std::printf(" FAIL");
        if (!r.detail.empty()) std::printf(" -- %s", r.detail.c_str());
        std::printf("\n");
    }

    void print_row_summary(const HarvestRow &row) const {
        std::printf(
            "  => %s: completed %ld/%zu, wall cycles %ld, failures %ld, saves %ld (torn %ld), restores %ld, "
            "pJ compute %.1f save %.1f restore %.1f wasted %.1f total %.1f, overhead %s\n",
            row.design.c_str(), row.completed(), row.runs.size(), row.count(&HarvestRun::wall_cycles),
            row.count(&HarvestRun::failures), row.count(&HarvestRun::saves),
            row.count(&HarvestRun::torn_saves), row.count(&HarvestRun::restores),
            row.sum(&HarvestRun::useful), row.sumd(&HarvestRun::e_write), row.sumd(&HarvestRun::e_read),
            row.sum(&HarvestRun::wasted), row.total(),
            row.has_overhead() ? pct(row.overhead_pct()).c_str() : "n/a (not completed)");
    }

    void print_markdown(const std::vector<HarvestRow> &rows) const {
        std::printf(
            "\n| example | design / policy | completed | wall cycles | failures | saves (torn) | restores | "
            "compute pJ | save pJ | restore pJ | wasted pJ | total pJ | overhead |\n");
        std::printf("|---|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (const auto &row : rows)
            std::printf("| %s | %s | %ld/%zu | %ld | %ld | %ld (%ld) | %ld | %.1f | %.1f | %.1f | %.1f | "
                        "%.1f | %s |\n",
                        name_.c_str(), row.design.c_str(), row.completed(), row.runs.size(),
                        row.count(&HarvestRun::wall_cycles), row.count(&HarvestRun::failures),
                        row.count(&HarvestRun::saves), row.count(&HarvestRun::torn_saves),
                        row.count(&HarvestRun::restores), row.sum(&HarvestRun::useful),
                        row.sumd(&HarvestRun::e_write), row.sumd(&HarvestRun::e_read),
                        row.sum(&HarvestRun::wasted), row.total(),
                        row.has_overhead() ? pct(row.overhead_pct()).c_str() : "n/a");
        std::printf("\n");
    }

    void write_json(const std::vector<HarvestRow> &rows) const {
        using nlohmann::json;
        json j;
        j["example"] = name_;
        j["report"] = o_.report;
        j["harvester"] = {{"spec", harvester_.spec()}, {"mean_uw", harvester_.mean_uw()}};
        j["clock_mhz"] = h_.clock_mhz;
        j["capacitor_uf"] = c_uf_;
        j["v_on_v"] = v_on_;
        j["v_off_v"] = v_off_;
        j["v_max_v"] = v_max_;
        j["v_start_v"] = h_.v_start;
        j["energy_per_charge_pj"] = cap_energy_pj(c_uf_, v_on_) - cap_energy_pj(c_uf_, v_off_);
        j["energy"] = {{"compute_pj_per_cycle", fig_.compute},
                       {"nvm_write_pj_per_bit", fig_.write},
                       {"nvm_read_pj_per_bit", fig_.read},
                       {"nvm_word_bits", fig_.word_bits},
                       {"overridden", overridden_},
                       {"nvm_latency_cycles", o_.latency_max}};
        json jr = json::array();
        for (const auto &row : rows) {
            json x;
            x["example"] = name_;
            x["design"] = row.design;
            x["mode"] = row.mode;
            x["reserve_source"] = row.reserve_source;
            x["reserve_pj"] = row.reserve_pj;
            x["warning_voltage_v"] = row.warn_v;
            x["vectors"] = row.runs.size();
            x["completed"] = row.completed();
            x["all_completed"] = row.all_completed();
            x["wall_cycles"] = row.count(&HarvestRun::wall_cycles);
            x["golden_cycles"] = row.count(&HarvestRun::golden_cycles);
            x["on_cycles"] = row.count(&HarvestRun::on_cycles);
            x["failures"] = row.count(&HarvestRun::failures);
            x["saves"] = row.count(&HarvestRun::saves);
            x["torn_saves"] = row.count(&HarvestRun::torn_saves);
            x["restores"] = row.count(&HarvestRun::restores);
            x["energy_pj"] = {{"compute", row.sum(&HarvestRun::useful)},
                              {"save", row.sumd(&HarvestRun::e_write)},
                              {"restore", row.sumd(&HarvestRun::e_read)},
                              {"wasted", row.sum(&HarvestRun::wasted)},
                              {"total", row.total()},
                              {"golden", row.golden()}};
            double redo = 0, boot = 0;
            for (const auto &r : row.runs) {
                redo += r.e_run - (r.completed ? r.golden_run_pj : 0.0);
                boot += r.e_boot - (r.completed ? r.golden_reset_pj : 0.0);
            }
            x["wasted_pj"] = {{"recompute", redo},
                              {"reset_and_restore_cycles", boot},
                              {"save_cycles", row.sumd(&HarvestRun::e_saving)},
                              {"frozen_after_save", row.sumd(&HarvestRun::e_frozen)},
                              {"after_done", row.sumd(&HarvestRun::e_tail)}};
            x["harvested_pj"] = row.sumd(&HarvestRun::harvested);
            x["spilled_pj"] = row.sumd(&HarvestRun::spilled);
            x["overhead_pct"] = row.has_overhead() ? json(row.overhead_pct()) : json(nullptr);
            json runs = json::array();
            for (const auto &r : row.runs)
                runs.push_back(
                    {{"vector", r.vec},
                     {"input", D::str(vecs_[r.vec])},
                     {"completed", r.completed},
                     {"outputs_ok", r.completed && !r.mismatch},
                     {"wall_cycles", r.wall_cycles},
                     {"golden_cycles", r.golden_cycles},
                     {"failures", r.failures},
                     {"saves", r.saves},
                     {"torn_saves", r.torn_saves},
                     {"restores", r.restores},
                     {"energy_pj",
                      {{"compute", r.useful()},
                       {"save", r.e_write},
                       {"restore", r.e_read},
                       {"wasted", r.wasted()},
                       {"total", r.consumed()},
                       {"golden", r.golden_pj}}},
                     {"overhead_pct",
                      r.completed ? json(100.0 * (r.consumed() - r.golden_pj) / r.golden_pj) : json(nullptr)},
                     {"detail", r.detail}});
            x["runs"] = runs;
            jr.push_back(x);
        }
        j["rows"] = jr;
        std::ofstream f(h_.json);
        if (!f) throw std::runtime_error("cannot write --harvest-json file '" + h_.json + "'");
        f << j.dump(2) << "\n";
    }

    Options o_;
    HarvestOptions h_;
    std::string name_;
    std::unique_ptr<VerilatedContext> ctx_;
    int reset_cycles_ = 2;
    Harvester harvester_;
    ReportEnergy rep_;
    EnergyFigures fig_;
    bool overridden_ = false;
    double c_uf_ = 0, v_on_ = 0, v_off_ = 0, v_max_ = 0;
    struct Golden {
        Out out{};
        long cycles = 0;
    };
    std::vector<Vec> vecs_;
    std::vector<Golden> gold_;
    NvmLayout layout_;
    unsigned addr_bits_ = 8, word_bits_ = 32;
    VTrace vt_;
};

template <class D, class MO, class MI> int harvest_main(const Options &o, const char *name) {
    HarvestSim<D, MO, MI> sim(o, name);
    return sim.main();
}

} // namespace idetic::harness
