// Scaling benchmark of the checkpoint-placement optimizer on generated graphs.
//
// Two graph families, with a fixed seed per size:
//  * random  - every state has 10 successors (the next state, so that everything is
//              reachable from the reset state, and 9 uniformly random ones, self-loops
//              allowed): 10,000 states have 100,000 edges.
//  * fsm     - controller-like: a long chain of states with nested loops back (every
//              10th state loops back 10 states, every 100th back 100) and a branch every
//              7th state; about 1.4 edges per state.
// Compute energies 1-10 pJ per cycle, save energies 50-500 pJ, all states eligible.
//
// Benchmarks (argument: number of states):
//  BM_OnDemandExact/random|fsm  - the exact min-max DP end to end (solve_ondemand without
//                                 the mux stage: validation, adjacency, Knuth's algorithm,
//                                 the checkpoint set and its reserve). Must take < 1 s at
//                                 10,000 states / 100,000 edges and grow ~ n log n.
//  BM_OnDemandWithMux/fsm       - the same plus the mux-narrowing stage (live sets over 64
//                                 registers, budget 512 DP runs).
//  BM_Periodic/fsm              - the periodic policy (candidate fixpoint + local descent).
//  BM_SortControl               - calibration, not the optimizer: std::sort of n records of
//                                 16 bytes (a textbook n log n). Its growth per doubling on
//                                 the same machine shows what the cache hierarchy alone does
//                                 to an n log n algorithm over these sizes.
//
// scripts/bench-optimizer.sh runs it and prints the size -> time table and the growth
// per doubling.
#include "optimize/ondemand_dp.h"
#include "optimize/periodic_dp.h"

#include <benchmark/benchmark.h>

#include <algorithm>
#include <map>
#include <random>

using namespace idetic;

namespace {

PlacementProblem random_graph(std::size_t n, std::uint64_t seed) {
    std::mt19937_64 rng(seed);
    std::uniform_int_distribution<std::size_t> pick(0, n - 1);
    std::uniform_int_distribution<int> step(1, 10), save(50, 500);
    PlacementProblem p;
    p.succ.resize(n);
    for (StateId s = 0; s < n; ++s) {
        p.succ[s].push_back((s + 1) % n);
        while (p.succ[s].size() < std::min<std::size_t>(10, n)) {
            StateId t = pick(rng);
            if (std::find(p.succ[s].begin(), p.succ[s].end(), t) == p.succ[s].end()) p.succ[s].push_back(t);
        }
        std::sort(p.succ[s].begin(), p.succ[s].end());
        p.step_pj.push_back(step(rng));
        p.save_pj.push_back(save(rng));
        p.restore_pj.push_back(p.save_pj.back() / 5);
        p.eligible.push_back(1);
    }
    return p;
}

PlacementProblem fsm_graph(std::size_t n, std::uint64_t seed, bool live_sets) {
    std::mt19937_64 rng(seed);
    std::uniform_int_distribution<int> step(1, 10), save(50, 500);
    PlacementProblem p;
    p.succ.resize(n);
    const std::size_t regs = 64;
    if (live_sets) {
        for (std::size_t r = 0; r < regs; ++r)
            p.reg_bits.push_back(1 + static_cast<long long>(rng() % 32));
        p.fixed_save_bits = 8;
    }
    for (StateId s = 0; s < n; ++s) {
        p.succ[s].push_back((s + 1) % n);
        if (s % 10 == 9) p.succ[s].push_back(s - 9);
        if (s % 100 == 99) p.succ[s].push_back(s - 99);
        if (s % 7 == 3 && s + 5 < n) p.succ[s].push_back(s + 5);
        std::sort(p.succ[s].begin(), p.succ[s].end());
        p.succ[s].erase(std::unique(p.succ[s].begin(), p.succ[s].end()), p.succ[s].end());
        p.step_pj.push_back(step(rng));
        p.save_pj.push_back(save(rng));
        p.restore_pj.push_back(p.save_pj.back() / 5);
        p.eligible.push_back(1);
        if (live_sets) {
            RegSet live(regs);
            for (std::size_t r = 0; r < regs; ++r)
                if (rng() % 8 == 0) live.set(r);
            p.live.push_back(live);
        }
    }
    p.charge_pj = 20000;
    return p;
}

const PlacementProblem &cached(const char *family, std::size_t n, bool live = false) {
    static std::map<std::tuple<std::string, std::size_t, bool>, PlacementProblem> cache;
    auto key = std::make_tuple(std::string(family), n, live);
    auto it = cache.find(key);
    if (it == cache.end())
        it = cache
                 .emplace(key, std::string(family) == "random" ? random_graph(n, 42 + n)
                                                               : fsm_graph(n, 42 + n, live))
                 .first;
    return it->second;
}

// Every benchmark sets the same counters (the CSV output needs one column set).
void set_counters(benchmark::State &state, std::size_t states, std::size_t edges, std::size_t checkpoints) {
    state.counters["states"] = static_cast<double>(states);
    state.counters["edges"] = static_cast<double>(edges);
    state.counters["checkpoints"] = static_cast<double>(checkpoints);
}

void set_counters(benchmark::State &state, const PlacementProblem &p, std::size_t checkpoints) {
    std::size_t edges = 0;
    for (const auto &s : p.succ)
        edges += s.size();
    set_counters(state, p.size(), edges, checkpoints);
}

void BM_OnDemandExact(benchmark::State &state, const char *family) {
    const PlacementProblem &p = cached(family, static_cast<std::size_t>(state.range(0)));
    OnDemandOptions o;
    o.narrow_mux = false;
    std::size_t checkpoints = 0;
    for (auto _ : state) {
        OnDemandPlan plan = solve_ondemand(p, o);
        checkpoints = plan.checkpoint_states.size();
        benchmark::DoNotOptimize(plan.reserve_pj);
    }
    set_counters(state, p, checkpoints);
}

void BM_OnDemandWithMux(benchmark::State &state) {
    const PlacementProblem &p = cached("fsm", static_cast<std::size_t>(state.range(0)), true);
    std::size_t checkpoints = 0;
    for (auto _ : state) {
        OnDemandPlan plan = solve_ondemand(p);
        checkpoints = plan.checkpoint_states.size();
        benchmark::DoNotOptimize(plan.save_mux_bits);
    }
    set_counters(state, p, checkpoints);
}

void BM_Periodic(benchmark::State &state) {
    const PlacementProblem &p = cached("fsm", static_cast<std::size_t>(state.range(0)));
    PeriodicOptions o;
    std::size_t checkpoints = 0;
    for (auto _ : state) {
        PeriodicPlan plan = solve_periodic(p, o);
        checkpoints = plan.checkpoint_states.size();
        benchmark::DoNotOptimize(plan.cost.total_pj);
    }
    set_counters(state, p, checkpoints);
}

void BM_SortControl(benchmark::State &state) {
    const std::size_t n = static_cast<std::size_t>(state.range(0));
    std::mt19937_64 rng(n);
    std::vector<std::pair<double, std::uint32_t>> base(n);
    for (std::size_t i = 0; i < n; ++i)
        base[i] = {static_cast<double>(50 + rng() % 450), static_cast<std::uint32_t>(i)};
    std::vector<std::pair<double, std::uint32_t>> work;
    for (auto _ : state) {
        work = base;
        std::sort(work.begin(), work.end());
        benchmark::DoNotOptimize(work.data());
    }
    set_counters(state, n, 0, 0);
}

void sizes(benchmark::internal::Benchmark *b) {
    for (long n : {100, 200, 500, 1000, 2000, 5000, 10000, 20000})
        b->Arg(n);
    b->Unit(benchmark::kMillisecond);
}

} // namespace

BENCHMARK_CAPTURE(BM_OnDemandExact, random, "random")->Apply(sizes);
BENCHMARK_CAPTURE(BM_OnDemandExact, fsm, "fsm")->Apply(sizes);
BENCHMARK(BM_OnDemandWithMux)->Apply(sizes);
BENCHMARK(BM_Periodic)->Apply(sizes);
BENCHMARK(BM_SortControl)->Apply(sizes);

BENCHMARK_MAIN();
