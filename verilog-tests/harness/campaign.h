// The power-failure campaign: golden runs of the original design, then the
// checkpointed (rewritten) design under injected power failures. See
// docs/HARNESS.md for the failure model, the schedules and the checks.
//
//   campaign_main<Driver, VOriginal, VRewritten>(argc, argv, "name")
//
// Driver (verilog-tests/drivers/<example>.h) knows the design's ports; its member
// templates take the Verilated class, so one driver runs both models.
// VRewritten = void builds a golden-only executable (rewriter not available).
#pragma once

#include "harness/image_monitor.h"
#include "harness/nvm_model.h"
#include "harness/options.h"
#include "harness/rng.h"

#include "verilated.h"

#include <algorithm>
#include <chrono>
#include <cinttypes>
#include <cstdio>
#include <iostream>
#include <memory>
#include <set>
#include <sstream>
#include <string>
#include <type_traits>
#include <utility>
#include <vector>

namespace idetic::harness {

// ----------------------------------------------------------------------------- traits

template <class M, class = void> struct has_idetic_ports : std::false_type {};
template <class M>
struct has_idetic_ports<
    M, std::void_t<decltype(std::declval<M &>().idetic_warn), decltype(std::declval<M &>().idetic_nvm_req),
                   decltype(std::declval<M &>().idetic_nvm_we), decltype(std::declval<M &>().idetic_nvm_addr),
                   decltype(std::declval<M &>().idetic_nvm_wdata), decltype(std::declval<M &>().idetic_nvm_rdata),
                   decltype(std::declval<M &>().idetic_nvm_ack), decltype(std::declval<M &>().idetic_saving),
                   decltype(std::declval<M &>().idetic_saved), decltype(std::declval<M &>().idetic_restoring)>>
    : std::true_type {};

template <class D, class = void> struct has_reference : std::false_type {};
template <class D>
struct has_reference<D, std::void_t<decltype(D::reference(std::declval<const typename D::Vector &>()))>>
    : std::true_type {};

template <class T> inline uint64_t as_u64(const T &v) {
    static_assert(std::is_integral_v<std::decay_t<T>>,
                  "idetic harness: NVM ports wider than 64 bits are not supported");
    return static_cast<uint64_t>(v);
}
template <class T> inline void set_port(T &port, uint64_t v) { port = static_cast<std::decay_t<T>>(v); }
template <class T> constexpr unsigned port_bits() { return 8 * sizeof(std::decay_t<T>); }

// Memories of the design that survive a power failure (non-volatile RAMs kept as
// arrays, ROMs): a specialisation, generated per campaign from the Verilated model
// (cmake/persist_header.py), copies them from the dying instance into the fresh one.
template <class M, class = void> struct Persistent {
    static constexpr bool enabled = false;
    struct Image {};
    static Image save(M &) { return {}; }
    static void load(M &, const Image &) {}
};

// A Verilated model behind a power switch: power_on() builds a fresh instance whose
// every variable (flip-flops included) starts with a random value drawn from `seed`
// (Verilated with --x-assign unique --x-initial unique; randReset(2) = random),
// except the design's persistent memories, which keep their contents.
template <class M> class Powered {
public:
    explicit Powered(VerilatedContext *ctx) : ctx_(ctx) {}
    M &on(int seed) {
        off();
        ctx_->randReset(2);
        ctx_->randSeed(seed);
        m_ = std::make_unique<M>(ctx_, "TOP");
        if (kept_)
            Persistent<M>::load(*m_, image_);
        return *m_;
    }
    void off() {
        if (Persistent<M>::enabled && m_) {
            image_ = Persistent<M>::save(*m_);
            kept_ = true;
        }
        m_.reset();
    }
    M &get() { return *m_; }

private:
    VerilatedContext *ctx_;
    std::unique_ptr<M> m_;
    typename Persistent<M>::Image image_{};
    bool kept_ = false;
};

// Ties the checkpoint ports off (warning low, no ack) for a model that has them.
template <class M> inline void tie_off(M &m) {
    if constexpr (has_idetic_ports<M>::value) {
        m.idetic_warn = 0;
        m.idetic_nvm_ack = 0;
        set_port(m.idetic_nvm_rdata, 0);
    }
}

// Golden run: power on, reset, request until done. Returns false if no completion
// within max_cycles. `cycles` = the cycle (after reset release) in which done is seen.
template <class D, class M>
bool golden_run(VerilatedContext *ctx, const typename D::Vector &v, int reset_cycles, int host_delay,
                long max_cycles, int seed, typename D::Outputs &out, long &cycles) {
    Powered<M> p(ctx);
    M &m = p.on(seed);
    tie_off(m);
    D::set_reset(m, true);
    for (int c = 0; c < reset_cycles; ++c) {
        D::drive(m, v, false);
        D::set_clock(m, false);
        m.eval();
        D::set_clock(m, true);
        m.eval();
    }
    D::set_reset(m, false);
    for (long pc = 0; pc < max_cycles; ++pc) {
        D::drive(m, v, pc >= host_delay);
        D::set_clock(m, false);
        m.eval();
        if (D::done(m)) {
            out = D::outputs(m);
            cycles = pc;
            return true;
        }
        D::set_clock(m, true);
        m.eval();
    }
    return false;
}

// ----------------------------------------------------------------------------- plans

struct Event {
    enum Kind { Sudden, Warned, InSave, InRestore, WarnOnly } kind = Sudden;
    long gap = 0;       // cycles after the anchor (reset release, or end of the previous warn-only event)
    int k = 0;          // InSave: write acks of the save / InRestore: read acks of the restore
    int delay = 0;      // extra cycles after the trigger
    long warn_len = -1; // WarnOnly: cycles of warning; -1 = until saved (+ delay)

    std::string str() const {
        std::ostringstream os;
        switch (kind) {
        case Sudden: os << "sudden@" << gap; break;
        case Warned: os << "warned@" << gap; break;
        case InSave: os << "in-save@" << gap << "/k=" << k; break;
        case InRestore: os << "in-restore/k=" << k; break;
        case WarnOnly: os << "warn-only@" << gap << "/len=" << warn_len; break;
        }
        if (delay)
            os << "+" << delay;
        return os.str();
    }
};

struct RunSpec {
    long index = 0;
    std::size_t vec = 0;
    std::vector<Event> plan;
    const char *schedule = "";
    bool transparent = false; // no failure: must match the golden run cycle for cycle, no NVM write
};

inline std::string plan_str(const std::vector<Event> &p) {
    if (p.empty())
        return "(none)";
    std::string s;
    for (const auto &e : p)
        s += (s.empty() ? "" : " ") + e.str();
    return s;
}

struct RunResult {
    bool completed = false, mismatch = false, hang = false, replay = false, image = false, protocol = false;
    long failures = 0, saves = 0, restores = 0, skipped = 0, warn_timeouts = 0, warn_events = 0,
         replay_checks = 0, cycles = 0;
    uint64_t reads = 0, writes = 0, empties = 0, dropped = 0;
    std::string detail;
    bool failed() const { return mismatch || hang || replay || image || protocol; }
};

struct Totals {
    long runs = 0, failures = 0, mismatches = 0, hangs = 0, replays = 0, image_errors = 0, protocol_errors = 0,
         saves = 0, restores = 0, skipped = 0, warn_timeouts = 0, warn_events = 0, replay_checks = 0;
    uint64_t cycles = 0, reads = 0, writes = 0, empties = 0, dropped = 0;
    long failed_runs = 0;
    void add(const RunResult &r) {
        ++runs;
        failures += r.failures;
        mismatches += r.mismatch;
        hangs += r.hang;
        replays += r.replay;
        image_errors += r.image;
        protocol_errors += r.protocol;
        saves += r.saves;
        restores += r.restores;
        skipped += r.skipped;
        warn_timeouts += r.warn_timeouts;
        warn_events += r.warn_events;
        replay_checks += r.replay_checks;
        cycles += static_cast<uint64_t>(r.cycles);
        reads += r.reads;
        writes += r.writes;
        empties += r.empties;
        dropped += r.dropped;
        failed_runs += r.failed();
    }
};

// ----------------------------------------------------------------------------- campaign

template <class D, class MO, class MI> class Campaign {
public:
    using Vec = typename D::Vector;
    using Out = typename D::Outputs;
    struct Golden {
        Out out{};
        long cycles = 0;
    };

    Campaign(const Options &o, std::string name) : o_(o), name_(std::move(name)) {
        ctx_ = std::make_unique<VerilatedContext>();
        ctx_->randReset(2);
        reset_cycles_ = o_.reset_cycles >= 0 ? o_.reset_cycles : D::kResetCycles;
    }

    int main() {
        Rng vrng(mix_seed(o_.seed, 0xC0FFEE));
        std::vector<Vec> all = D::vectors(vrng, o_.random_vectors);
        // ---- golden runs (+ the driver's reference model, if it has one)
        int bad_reference = 0;
        for (std::size_t i = 0; i < all.size(); ++i) {
            Golden g;
            if (!golden_run<D, MO>(ctx_.get(), all[i], reset_cycles_, o_.host_delay, 50'000'000,
                                   static_cast<int>(1000 + i), g.out, g.cycles)) {
                std::printf("campaign %s: golden run of vector %s never completed\n", name_.c_str(),
                            D::str(all[i]).c_str());
                return 2;
            }
            if constexpr (has_reference<D>::value) {
                Out ref = D::reference(all[i]);
                if (!(ref == g.out)) {
                    ++bad_reference;
                    std::printf("campaign %s: golden %s != driver reference %s for vector %s\n", name_.c_str(),
                                D::str(g.out).c_str(), D::str(ref).c_str(), D::str(all[i]).c_str());
                }
            }
            if ((o_.min_cycles && g.cycles < o_.min_cycles) || (o_.max_cycles && g.cycles > o_.max_cycles))
                continue;
            vecs_.push_back(all[i]);
            gold_.push_back(g);
        }
        if (vecs_.empty()) {
            std::printf("campaign %s: no input vector left after --min-cycles/--max-cycles\n", name_.c_str());
            return 2;
        }
        long gmin = gold_[0].cycles, gmax = gold_[0].cycles;
        for (const auto &g : gold_) {
            gmin = std::min(gmin, g.cycles);
            gmax = std::max(gmax, g.cycles);
        }
        if (o_.verbose)
            for (std::size_t i = 0; i < vecs_.size(); ++i)
                std::printf("  vector %zu: %s -> %s in %ld cycles\n", i, D::str(vecs_[i]).c_str(),
                            D::str(gold_[i].out).c_str(), gold_[i].cycles);

        int rc_random = 0;
        if (o_.check_random_init) {
            if constexpr (std::is_void_v<MI>)
                rc_random = check_random_init<MO>();
            else
                rc_random = check_random_init<MI>();
        }

        if constexpr (std::is_void_v<MI>) {
            std::printf("campaign %s: golden-only (no rewritten design built): vectors=%zu golden=%ld..%ld cycles "
                        "reference_mismatches=%d %s\n",
                        name_.c_str(), vecs_.size(), gmin, gmax, bad_reference,
                        (bad_reference || rc_random) ? "FAIL" : "PASS");
            return (bad_reference || rc_random) ? 1 : 0;
        } else {
            if (o_.golden_only) {
                std::printf("campaign %s: golden-only: vectors=%zu golden=%ld..%ld cycles reference_mismatches=%d %s\n",
                            name_.c_str(), vecs_.size(), gmin, gmax, bad_reference,
                            (bad_reference || rc_random) ? "FAIL" : "PASS");
                return (bad_reference || rc_random) ? 1 : 0;
            }
            setup_nvm();
            int rc = run_campaign(gmin, gmax);
            if (bad_reference || rc_random)
                rc = rc ? rc : 1;
            return rc;
        }
    }

private:
    // ------------------------------------------------------------------------- setup
    void setup_nvm() {
        if constexpr (!std::is_void_v<MI>) {
            using AddrT = decltype(std::declval<MI &>().idetic_nvm_addr);
            using DataT = decltype(std::declval<MI &>().idetic_nvm_wdata);
            if (!o_.report.empty())
                layout_ = read_layout(o_.report);
            addr_bits_ = layout_.addr_bits > 0 ? static_cast<unsigned>(layout_.addr_bits)
                                               : std::min(20u, port_bits<AddrT>());
            word_bits_ = layout_.word_bits > 0 ? static_cast<unsigned>(layout_.word_bits) : port_bits<DataT>();
            if (addr_bits_ > port_bits<AddrT>() || word_bits_ > port_bits<DataT>())
                throw std::runtime_error("report's addr_bits/word_bits exceed the NVM port widths");
            slot_words_ = layout_.slot_words > 0 ? layout_.slot_words : 16;
            if (o_.nvm_forged && !layout_.known)
                throw std::invalid_argument("--nvm-init forged needs the NVM layout of the report (--report)");
        }
    }
    long lat_max1() const { return o_.latency_max + 1; }
    // Cycles one failure may cost besides lost progress: reset, boot, restore, save.
    long allowance() const { return reset_cycles_ + (3L * slot_words_ + 8) * lat_max1() + 32 + o_.host_delay; }
    long restore_window() const { return 8 * lat_max1() + 32 + o_.host_delay; }
    int kmax_write() const { return slot_words_ + 1; }
    int kmax_read() const { return slot_words_; }

    // ------------------------------------------------------------------------- random init check
    template <class M> int check_random_init() {
        auto snapshot = [&](int seed) {
            Powered<M> p(ctx_.get());
            M &m = p.on(seed);
            tie_off(m);
            D::set_reset(m, false);
            D::drive(m, vecs_[0], false);
            D::set_clock(m, false);
            m.eval();
            std::string snap = D::str(D::outputs(m)) + (D::done(m) ? " done" : "");
            if constexpr (has_idetic_ports<M>::value)
                snap += " nvm=" + std::to_string(int(m.idetic_nvm_req)) + "/" + std::to_string(int(m.idetic_nvm_we)) +
                        "/" + std::to_string(as_u64(m.idetic_nvm_addr)) + "/" +
                        std::to_string(as_u64(m.idetic_nvm_wdata));
            return snap;
        };
        std::set<std::string> distinct;
        for (int s = 1; s <= 8; ++s)
            distinct.insert(snapshot(7919 * s));
        bool deterministic = snapshot(7919) == snapshot(7919);
        bool ok = distinct.size() >= 4 && deterministic;
        std::printf("campaign %s: power-on randomization: %zu distinct pre-reset output snapshots of 8 seeds, "
                    "same seed reproduces: %s %s\n",
                    name_.c_str(), distinct.size(), deterministic ? "yes" : "NO", ok ? "PASS" : "FAIL");
        return ok ? 0 : 1;
    }

    // ------------------------------------------------------------------------- plans
    Event::Kind draw_kind(Rng &rng) const {
        const Mix &x = o_.mix;
        uint64_t r = rng.below(x.total());
        if (r < x.warned) return Event::Warned;
        r -= x.warned;
        if (r < x.sudden) return Event::Sudden;
        r -= x.sudden;
        if (r < x.in_save) return Event::InSave;
        r -= x.in_save;
        if (r < x.in_restore) return Event::InRestore;
        return Event::WarnOnly;
    }

    Event make_event(Event::Kind k, long gap, Rng &rng) const {
        if (o_.contract && (k == Event::Sudden || k == Event::InSave))
            k = Event::Warned; // --contract: the reserve always suffices
        Event e;
        e.kind = k;
        e.gap = gap;
        switch (k) {
        case Event::Warned: e.delay = rng.chance(20) ? static_cast<int>(rng.range(1, 3)) : 0; break;
        case Event::InSave:
            e.k = static_cast<int>(rng.range(0, kmax_write()));
            e.delay = static_cast<int>(rng.range(0, o_.latency_max));
            break;
        case Event::InRestore:
            e.k = static_cast<int>(rng.range(0, kmax_read()));
            e.delay = static_cast<int>(rng.range(0, o_.latency_max));
            break;
        case Event::WarnOnly: {
            long save_len = (slot_words_ + 2L) * lat_max1();
            switch (rng.below(3)) {
            case 0: e.warn_len = -1; e.delay = static_cast<int>(rng.range(0, 5)); break;
            case 1: e.warn_len = rng.range(1, 8); break;
            default: e.warn_len = rng.range(1, 2 * save_len); break;
            }
            break;
        }
        default: break;
        }
        return e;
    }

    // Appends the events of one drawn kind (an in-restore needs a warned failure first).
    void push_kind(std::vector<Event> &p, Event::Kind k, long gap, Rng &rng) const {
        if (k == Event::InRestore) {
            p.push_back(make_event(Event::Warned, gap, rng));
            p.push_back(make_event(Event::InRestore, 0, rng));
        } else {
            p.push_back(make_event(k, gap, rng));
        }
    }

    RunSpec make_run(long j) const {
        RunSpec s;
        s.index = j;
        Rng rng(mix_seed(o_.seed, static_cast<uint64_t>(j)));
        s.vec = static_cast<std::size_t>(rng.below(vecs_.size()));
        const long G = gold_[s.vec].cycles;
        Schedule sch = o_.schedule;
        long jj = j; // position inside the schedule (k sweeps)
        if (sch == Schedule::All || sch == Schedule::Exhaustive) {
            static const Schedule kinds[] = {Schedule::Random, Schedule::InSave, Schedule::InRestore,
                                             Schedule::Repeated, Schedule::WarnOnly};
            sch = kinds[j % 5];
            jj = j / 5;
        }
        s.schedule = schedule_name(sch);
        auto &p = s.plan;
        switch (sch) {
        case Schedule::Random: {
            long n = rng.range(1, o_.max_failures_per_run);
            while (static_cast<long>(p.size()) < n)
                push_kind(p, draw_kind(rng), rng.range(0, G), rng);
            break;
        }
        case Schedule::InSave: {
            Event e = make_event(Event::InSave, rng.range(0, G), rng);
            e.k = static_cast<int>(jj % (kmax_write() + 1));
            p.push_back(e);
            if (rng.chance(40))
                p.push_back(make_event(rng.chance(50) ? Event::InSave : Event::Sudden, rng.range(0, G), rng));
            break;
        }
        case Schedule::InRestore: {
            p.push_back(make_event(Event::Warned, rng.range(0, G), rng));
            Event e = make_event(Event::InRestore, 0, rng);
            e.k = static_cast<int>(jj % (kmax_read() + 1));
            p.push_back(e);
            if (rng.chance(30))
                p.push_back(make_event(Event::InRestore, 0, rng));
            break;
        }
        case Schedule::Repeated: {
            p.push_back(make_event(rng.chance(60) ? Event::Warned : Event::Sudden, rng.range(0, G), rng));
            long n = rng.range(2, o_.max_failures_per_run + 3);
            for (long i = 0; i < n; ++i) {
                long gap;
                switch (rng.below(6)) {
                case 0: gap = 0; break;
                case 1: gap = 1; break;
                case 2: gap = rng.range(2, 3); break;
                case 3: gap = rng.range(0, 20); break;
                default: gap = rng.range(0, G); break;
                }
                switch (rng.below(3)) {
                case 0: p.push_back(make_event(Event::Sudden, gap, rng)); break;
                case 1: p.push_back(make_event(Event::Warned, gap, rng)); break;
                default: p.push_back(make_event(Event::InRestore, 0, rng)); break;
                }
            }
            break;
        }
        case Schedule::WarnOnly: {
            long n = rng.range(1, 4);
            for (long i = 0; i < n; ++i)
                p.push_back(make_event(Event::WarnOnly, rng.range(0, std::max(1L, G / 2)), rng));
            if (rng.chance(50))
                p.push_back(make_event(Event::Warned, rng.range(0, G), rng));
            break;
        }
        default: break;
        }
        return s;
    }

    // Exhaustive sweep: for each sweep vector, a warned and a sudden failure at every
    // cycle 0..golden. Indices start at kExhaustiveBase.
    static constexpr long kExhaustiveBase = 1'000'000'000L;
    std::vector<std::size_t> exhaustive_vectors() const {
        std::vector<std::size_t> v;
        for (std::size_t i = 0; i < vecs_.size() && static_cast<int>(v.size()) < o_.exhaustive_vectors; ++i)
            if (gold_[i].cycles <= o_.exhaustive_max_cycles)
                v.push_back(i);
        return v;
    }
    long exhaustive_count(const std::vector<std::size_t> &ev) const {
        long n = 0;
        for (auto i : ev)
            n += 2 * (gold_[i].cycles + 1);
        return n;
    }
    RunSpec make_exhaustive(long x, const std::vector<std::size_t> &ev) const {
        RunSpec s;
        s.index = kExhaustiveBase + x;
        s.schedule = "exhaustive";
        for (auto i : ev) {
            long n = 2 * (gold_[i].cycles + 1);
            if (x < n) {
                s.vec = i;
                Event e;
                e.kind = (x % 2 && !o_.contract) ? Event::Sudden : Event::Warned;
                e.gap = x / 2;
                s.plan.push_back(e);
                return s;
            }
            x -= n;
        }
        return s;
    }

    // ------------------------------------------------------------------------- one run
    struct EvState {
        long trigger = -1;
        bool saw_saving = false, saw_restoring = false;
        int count = 0;
    };

    RunResult run(const RunSpec &spec) {
        if constexpr (std::is_void_v<MI>) {
            return {};
        } else {
            const Vec &v = vecs_[spec.vec];
            const Golden &g = gold_[spec.vec];
            Rng rng(mix_seed(o_.seed ^ 0x5EEDull, static_cast<uint64_t>(spec.index)));
            NvmModel nvm(addr_bits_, word_bits_, o_.latency_min, o_.latency_max, rng.next());
            nvm.clear(o_.nvm_random_init, rng);
            if (o_.nvm_forged)
                forge_rejected_record(nvm, layout_, rng);
            ImageMonitor mon(layout_, o_.image_check);
            auto peek = [&nvm](uint64_t a) { return nvm.peek(a); };
            RunResult r;
            const long A = allowance();
            // A periodic engine may pause the design for a whole save after each of its cycles.
            const long gc = layout_.periodic ? g.cycles * (slot_words_ + 5) * lat_max1() : g.cycles;
            const long budget = static_cast<long>(o_.budget_factor * static_cast<double>(gc)) +
                                static_cast<long>(spec.plan.size() + 1) * (gc + A) + 1000;
            const long warn_deadline = gc + A;
            const auto &plan = spec.plan;
            std::size_t ev = 0;
            long total = 0;
            Powered<MI> dev(ctx_.get());
            int period = 0;

            if (o_.verbose)
                std::printf("  run %ld [%s] vector %zu %s plan: %s\n", spec.index, spec.schedule, spec.vec,
                            D::str(v).c_str(), plan_str(plan).c_str());

            auto set_nvm_inputs = [&](MI &m) {
                m.idetic_nvm_ack = nvm.ack();
                set_port(m.idetic_nvm_rdata, nvm.rdata());
            };
            auto edge = [&](MI &m, bool saving, bool restoring, EvState *es, const Event *e) {
                NvmCommit c = nvm.edge(m.idetic_nvm_req, m.idetic_nvm_we, as_u64(m.idetic_nvm_addr),
                                       as_u64(m.idetic_nvm_wdata));
                if (c.happened) {
                    if (c.we)
                        mon.on_write(c.addr, c.data, c.old, peek);
                    if (es && e) {
                        if (e->kind == Event::InSave && c.we && saving && es->saw_saving)
                            ++es->count;
                        if (e->kind == Event::InRestore && !c.we && restoring && es->saw_restoring)
                            ++es->count;
                    }
                }
                D::set_clock(m, true);
                m.eval();
                ++total;
            };
            auto trace = [&](MI &m, const char *phase, long pc, bool warn) {
                if (!o_.trace)
                    return;
                std::printf("    p%d %s%ld t%ld warn=%d req=%d we=%d addr=%" PRIu64 " wdata=0x%" PRIx64
                            " ack=%d rdata=0x%" PRIx64 " saving=%d saved=%d restoring=%d done=%d out=%s\n",
                            period, phase, pc, total, warn, int(m.idetic_nvm_req), int(m.idetic_nvm_we),
                            as_u64(m.idetic_nvm_addr), as_u64(m.idetic_nvm_wdata), int(m.idetic_nvm_ack),
                            as_u64(m.idetic_nvm_rdata), int(m.idetic_saving), int(m.idetic_saved),
                            int(m.idetic_restoring), int(D::done(m)), D::str(D::outputs(m)).c_str());
            };
            // Power on: fresh random model, NVM request in flight dropped, reset.
            auto power_on = [&]() -> MI & {
                nvm.power_fail();
                mon.power_fail();
                MI &m = dev.on(rng.verilator_seed());
                mon.on_power_on();
                ++period;
                D::set_reset(m, true);
                for (int c = 0; c < reset_cycles_; ++c) {
                    D::drive(m, v, false);
                    m.idetic_warn = 0;
                    set_nvm_inputs(m);
                    D::set_clock(m, false);
                    m.eval();
                    edge(m, false, false, nullptr, nullptr);
                }
                D::set_reset(m, false);
                return m;
            };

            // ---- power periods until completion
            bool completed = false;
            while (!completed && !r.hang) {
                MI &m = power_on();
                long pc = 0, anchor = 0;
                long held = 0;            // cycles of this period spent with idetic_restoring high
                long reads_at_hold = 0;   // NVM reads when the current restoring episode began
                EvState es;
                bool prev_saved = false, prev_restoring = false;
                for (;;) {
                    if (total > budget) {
                        r.hang = true;
                        r.detail = "no completion within " + std::to_string(budget) + " cycles (" +
                                   std::to_string(r.failures) + " failures injected)";
                        break;
                    }
                    const Event *e = ev < plan.size() ? &plan[ev] : nullptr;
                    const long since = pc - anchor;
                    bool warn = false;
                    if (e && (e->kind == Event::Warned || e->kind == Event::InSave || e->kind == Event::WarnOnly))
                        warn = since >= e->gap;
                    // phase 1: inputs of this cycle
                    D::drive(m, v, pc >= o_.host_delay);
                    m.idetic_warn = warn;
                    set_nvm_inputs(m);
                    D::set_clock(m, false);
                    m.eval();
                    trace(m, "c", pc, warn);
                    // phase 2: observe
                    const bool saving = m.idetic_saving, saved = m.idetic_saved, restoring = m.idetic_restoring;
                    if (saved && !prev_saved) {
                        ++r.saves;
                        mon.on_saved_rise();
                    }
                    // idetic_restoring is high from reset until the engine has read the headers (the
                    // boot check) and, when a checkpoint is found, verified and loaded it. Only an
                    // episode that read more than the two headers is counted as a restore.
                    if (restoring && !prev_restoring)
                        reads_at_hold = long(nvm.reads());
                    if (!restoring && prev_restoring && long(nvm.reads()) - reads_at_hold > 2)
                        ++r.restores;
                    if (restoring)
                        ++held;
                    prev_saved = saved;
                    prev_restoring = restoring;
                    if (!restoring && D::done(m)) {
                        completed = true;
                        Out out = D::outputs(m);
                        if (!(out == g.out)) {
                            r.mismatch = true;
                            r.detail = "outputs " + D::str(out) + " != golden " + D::str(g.out);
                        } else if (spec.transparent && !layout_.periodic &&
                                   (pc - held != g.cycles || nvm.writes() != 0)) {
                            // (A periodic engine pauses the design for its saves: not cycle for cycle.)
                            // Transparent: cycle for cycle the original once the boot check is over.
                            r.mismatch = true;
                            r.detail = "not transparent: done in cycle " + std::to_string(pc) + " minus " +
                                       std::to_string(held) + " boot-check cycles (golden " +
                                       std::to_string(g.cycles) + "), " + std::to_string(nvm.writes()) +
                                       " NVM writes without warning";
                        }
                        if (o_.verbose)
                            std::printf("    completed in period %d cycle %ld (total %ld): %s\n", period, pc, total,
                                        D::str(out).c_str());
                        // The host drops its request in this very cycle (done is registered).
                        D::drive(m, v, false);
                        m.idetic_warn = 0;
                        m.eval();
                        edge(m, saving, restoring, nullptr, nullptr);
                        break;
                    }
                    // failure decision
                    bool fail = false;
                    if (e) {
                        switch (e->kind) {
                        case Event::Sudden:
                            fail = since >= e->gap;
                            break;
                        case Event::Warned:
                            if (since >= e->gap) {
                                if (saved && es.trigger < 0)
                                    es.trigger = pc + e->delay;
                                if (es.trigger >= 0 && pc >= es.trigger) {
                                    fail = true;
                                } else if (since - e->gap > warn_deadline) {
                                    fail = true;
                                    ++r.warn_timeouts;
                                }
                            }
                            break;
                        case Event::InSave:
                            if (since >= e->gap) {
                                if (saving && !es.saw_saving) {
                                    es.saw_saving = true;
                                    if (e->k == 0)
                                        es.trigger = pc + e->delay;
                                }
                                if (es.trigger < 0 && e->k > 0 && es.count >= e->k)
                                    es.trigger = pc + e->delay;
                                if (saved || (es.trigger >= 0 && pc >= es.trigger)) {
                                    fail = true;
                                } else if (since - e->gap > warn_deadline) {
                                    fail = true;
                                    ++r.warn_timeouts;
                                }
                            }
                            break;
                        case Event::InRestore:
                            if (restoring && !es.saw_restoring) {
                                es.saw_restoring = true;
                                if (e->k == 0)
                                    es.trigger = pc + e->delay;
                            }
                            if (es.saw_restoring) {
                                if (es.trigger < 0 && e->k > 0 && es.count >= e->k)
                                    es.trigger = pc + e->delay;
                                if (!restoring || (es.trigger >= 0 && pc >= es.trigger))
                                    fail = true;
                            } else if (since > restore_window()) {
                                ++r.skipped; // no restore in this period: nothing to interrupt
                                ++ev;
                                anchor = pc;
                                es = EvState{};
                            }
                            break;
                        case Event::WarnOnly:
                            if (since >= e->gap) {
                                bool end = false;
                                if (e->warn_len >= 0) {
                                    end = since >= e->gap + e->warn_len - 1;
                                } else {
                                    if (saved && es.trigger < 0)
                                        es.trigger = pc + e->delay;
                                    end = es.trigger >= 0 && pc >= es.trigger;
                                }
                                if (!end && since - e->gap > warn_deadline) {
                                    end = true;
                                    ++r.warn_timeouts;
                                }
                                if (end) {
                                    ++r.warn_events;
                                    ++ev;
                                    anchor = pc + 1;
                                    es = EvState{};
                                }
                            }
                            break;
                        }
                    }
                    if (fail) {
                        if (o_.verbose)
                            std::printf("    power failure %ld (%s) in period %d cycle %ld (total %ld)%s%s\n",
                                        r.failures + 1, e->str().c_str(), period, pc, total,
                                        saving ? " saving" : "", restoring ? " restoring" : "");
                        ++r.failures;
                        ++ev;
                        dev.off();
                        break;
                    }
                    // phase 3: clock edge
                    edge(m, saving, restoring, &es, e);
                    ++pc;
                }
            }

            // ---- after completion: settle, then a failure; the design must come back idle
            if (completed) {
                MI &m = dev.get();
                long quiet = 0;
                const long Q = 4 * lat_max1() + 4, settle_min = 4 * lat_max1() + 8,
                           settle_max = g.cycles + A + settle_min;
                bool prev_done = true, prev_restoring = false, restored_after = false;
                for (long s = 0; s < settle_max; ++s) {
                    D::drive(m, v, false);
                    m.idetic_warn = 0;
                    set_nvm_inputs(m);
                    D::set_clock(m, false);
                    m.eval();
                    trace(m, "settle", s, false);
                    const bool restoring = m.idetic_restoring, done = D::done(m);
                    // A restore attempt alone is not a replay (an engine may read a record
                    // and reject it); a second completion is.
                    if (restoring && !prev_restoring)
                        restored_after = true;
                    if (done && !prev_done && !restoring && !r.replay) {
                        r.replay = true;
                        r.detail = std::string("second completion (done rose again ") + std::to_string(s) +
                                   " cycles after completion, request low" +
                                   (restored_after ? ", after a restore" : "") + ")";
                    }
                    prev_done = done;
                    prev_restoring = restoring;
                    quiet = m.idetic_nvm_req ? 0 : quiet + 1;
                    if (s >= settle_min && quiet >= Q)
                        break;
                    edge(m, m.idetic_saving, restoring, nullptr, nullptr);
                }
                if (o_.replay_check) {
                    ++r.replay_checks;
                    dev.off();
                    MI &m2 = power_on();
                    const long window = g.cycles + A + restore_window();
                    bool prev_r = false, restored = false;
                    for (long pc = 0; pc < window; ++pc) {
                        D::drive(m2, v, false);
                        m2.idetic_warn = 0;
                        set_nvm_inputs(m2);
                        D::set_clock(m2, false);
                        m2.eval();
                        trace(m2, "replay-check", pc, false);
                        const bool restoring = m2.idetic_restoring;
                        if (restoring && !prev_r)
                            restored = true;
                        if (!restoring && D::done(m2) && !r.replay) {
                            r.replay = true;
                            r.detail = std::string("after completion + power failure, the design completed again "
                                                   "(cycle ") + std::to_string(pc) + ", request low" +
                                       (restored ? ", after restoring a checkpoint" : "") + ")";
                        }
                        prev_r = restoring;
                        edge(m2, m2.idetic_saving, restoring, nullptr, nullptr);
                    }
                }
            }
            dev.off();
            r.completed = completed;
            r.cycles = total;
            r.reads = nvm.reads();
            r.writes = nvm.writes();
            r.dropped = nvm.dropped();
            r.empties = mon.empties();
            if (nvm.protocol_errors()) {
                r.protocol = true;
                if (r.detail.empty())
                    r.detail = "NVM protocol: " + nvm.first_protocol_error();
            }
            if (mon.errors()) {
                r.image = true;
                if (r.detail.empty())
                    r.detail = "NVM image: " + mon.first_error();
            }
            if (o_.verbose)
                std::printf("    -> %s%s%s\n", r.failed() ? "FAIL" : "ok", r.detail.empty() ? "" : ": ",
                            r.detail.c_str());
            return r;
        }
    }

    // ------------------------------------------------------------------------- campaign
    int run_campaign(long gmin, long gmax) {
        Totals t;
        std::vector<std::pair<RunSpec, RunResult>> failed;
        auto account = [&](const RunSpec &s, const RunResult &r) {
            t.add(r);
            if (r.failed() && static_cast<int>(failed.size()) < o_.max_reported)
                failed.emplace_back(s, r);
        };
        const auto ex = exhaustive_vectors();
        const bool sweep = o_.exhaustive || o_.schedule == Schedule::Exhaustive;
        const auto t0 = std::chrono::steady_clock::now();

        if (o_.run_only >= 0) {
            RunSpec s = o_.run_only >= kExhaustiveBase ? make_exhaustive(o_.run_only - kExhaustiveBase, ex)
                                                       : make_run(o_.run_only);
            account(s, run(s));
        } else {
            // Failure-free runs first: transparent (cycle for cycle) on every vector.
            for (std::size_t i = 0; i < vecs_.size(); ++i) {
                RunSpec s;
                s.index = -1 - static_cast<long>(i);
                s.vec = i;
                s.schedule = "transparent";
                s.transparent = true;
                account(s, run(s));
            }
            if (o_.schedule != Schedule::Exhaustive) {
                for (long j = 0; o_.failures > 0 ? t.failures < o_.failures : j < o_.runs; ++j) {
                    RunSpec s = make_run(j);
                    account(s, run(s));
                    if (o_.failures > 0 && j > 1000 * std::max(1L, o_.failures))
                        break; // a schedule that injects nothing (cannot happen with sane flags)
                }
            }
            if (sweep) {
                const long n = exhaustive_count(ex);
                for (long x = 0; x < n; ++x) {
                    RunSpec s = make_exhaustive(x, ex);
                    account(s, run(s));
                }
            }
        }
        const double secs =
            std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();

        const long bad = t.mismatches + t.hangs + t.replays + t.image_errors + t.protocol_errors;
        int rc = bad ? 1 : 0;
        std::string verdict = bad ? "FAIL" : "PASS";
        if (!o_.expect.empty()) {
            long caught = o_.expect == "mismatch" ? t.mismatches
                          : o_.expect == "hang"   ? t.hangs
                          : o_.expect == "replay" ? t.replays
                          : o_.expect == "image"  ? t.image_errors
                          : o_.expect == "protocol" ? t.protocol_errors
                                                    : bad;
            rc = caught ? 0 : 1;
            verdict = caught ? "EXPECTED-FAILURE-CAUGHT (" + o_.expect + ")"
                             : "NOT-CAUGHT (expected " + o_.expect + " failures, found none)";
        }
        std::string lat = std::to_string(o_.latency_min) +
                          (o_.latency_max != o_.latency_min ? ":" + std::to_string(o_.latency_max) : "");
        std::printf("campaign %s: runs=%ld failures=%ld mismatches=%ld hangs=%ld replays=%ld image_errors=%ld "
                    "protocol_errors=%ld saves=%ld restores=%ld time=%.2fs failures/s=%.0f "
                    "[schedule=%s%s seed=%" PRIu64 " latency=%s vectors=%zu golden=%ld..%ld cycles "
                    "sim_cycles=%" PRIu64 " nvm_reads=%" PRIu64 " nvm_writes=%" PRIu64 " empty_records=%s"
                    " replay_checks=%ld warn_only=%ld warn_timeouts=%ld skipped=%ld image_checks=%s] %s\n",
                    name_.c_str(), t.runs, t.failures, t.mismatches, t.hangs, t.replays, t.image_errors,
                    t.protocol_errors, t.saves, t.restores, secs, secs > 0 ? static_cast<double>(t.failures) / secs : 0.0,
                    schedule_name(o_.schedule), sweep && o_.schedule != Schedule::Exhaustive ? "+exhaustive" : "",
                    o_.seed, lat.c_str(), vecs_.size(), gmin, gmax, t.cycles, t.reads, t.writes,
                    (o_.image_check && layout_.known) ? std::to_string(t.empties).c_str() : "n/a",
                    t.replay_checks, t.warn_events, t.warn_timeouts, t.skipped,
                    (o_.image_check && layout_.known) ? "on" : "off", verdict.c_str());
        if (t.failures > 0 && t.saves == 0)
            std::printf("  note: no checkpoint was ever saved: every warning was ridden out to completion, so this "
                        "campaign did not exercise save/restore (the plan's checkpoint states are not reached inside "
                        "the computation; try a smaller charge, e.g. verilog-tests/energy/small_charge.json)\n");
        for (const auto &[s, r] : failed)
            std::printf("  failed run %ld [%s] vector %s plan %s: %s%s%s%s%s -- %s\n", s.index, s.schedule,
                        D::str(vecs_[s.vec]).c_str(), plan_str(s.plan).c_str(), r.mismatch ? "mismatch " : "",
                        r.hang ? "hang " : "", r.replay ? "replay " : "", r.image ? "image " : "",
                        r.protocol ? "protocol " : "", r.detail.c_str());
        if (!failed.empty())
            std::printf("  (reproduce one run with the same flags plus --run-only <run>)\n");
        std::fflush(stdout);
        return rc;
    }

    Options o_;
    std::string name_;
    std::unique_ptr<VerilatedContext> ctx_;
    int reset_cycles_ = 2;
    std::vector<Vec> vecs_;
    std::vector<Golden> gold_;
    NvmLayout layout_;
    unsigned addr_bits_ = 8, word_bits_ = 32;
    int slot_words_ = 16;
};

// Harvester mode (--harvester): harvest_main.h, included at the end of this file.
template <class D, class MO, class MI> int harvest_main(const Options &o, const char *name);

template <class D, class MO, class MI> int campaign_main(int argc, char **argv, const char *name) {
    Options o;
    try {
        if (!parse_options(argc, argv, o))
            return 0;
        if (o.harvest.enabled)
            return harvest_main<D, MO, MI>(o, name);
        Campaign<D, MO, MI> c(o, name);
        return c.main();
    } catch (const std::exception &e) {
        std::fprintf(stderr, "campaign %s: error: %s\n", name, e.what());
        return 2;
    }
}

} // namespace idetic::harness

#include "harness/harvest_main.h"
