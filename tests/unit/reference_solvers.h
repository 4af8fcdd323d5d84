// Exact reference solvers for the checkpoint-placement tests: exhaustive over every
// subset of the eligible reachable states, with evaluators written independently of
// the production code (fixpoint iteration and DFS instead of Kahn's algorithm and
// heaps). For small graphs only (<= ~16 candidate states). Test-only; header-only so
// that the unit-test glob (test_*.cc) does not pick it up as a test.
#pragma once

#include "optimize/placement_problem.h"

#include <algorithm>
#include <cstdint>
#include <limits>
#include <random>
#include <vector>

namespace idetic::reference {

constexpr double kInf = std::numeric_limits<double>::infinity();

// Successor lists with the shared convention: a state without successors loops on itself.
inline std::vector<std::vector<StateId>> successors(const PlacementProblem &p) {
    std::vector<std::vector<StateId>> out(p.size());
    for (StateId s = 0; s < p.size(); ++s) {
        out[s] = p.succ[s];
        std::sort(out[s].begin(), out[s].end());
        out[s].erase(std::unique(out[s].begin(), out[s].end()), out[s].end());
        if (out[s].empty()) out[s].push_back(s);
    }
    return out;
}

inline std::vector<char> reachable(const PlacementProblem &p, const std::vector<std::vector<StateId>> &succ) {
    std::vector<char> seen(p.size(), 0);
    std::vector<StateId> stack{p.root};
    seen[p.root] = 1;
    while (!stack.empty()) {
        StateId s = stack.back();
        stack.pop_back();
        for (StateId t : succ[s])
            if (!seen[t]) {
                seen[t] = 1;
                stack.push_back(t);
            }
    }
    return seen;
}

// Candidate states: eligible and reachable.
inline std::vector<StateId> candidates(const PlacementProblem &p) {
    const auto succ = successors(p);
    const auto reach = reachable(p, succ);
    std::vector<StateId> out;
    for (StateId s = 0; s < p.size(); ++s)
        if (reach[s] && p.eligible[s]) out.push_back(s);
    return out;
}

inline std::vector<char> subset(const PlacementProblem &p, const std::vector<StateId> &cand,
                                std::uint64_t mask) {
    std::vector<char> c(p.size(), 0);
    for (std::size_t i = 0; i < cand.size(); ++i)
        if (mask >> i & 1) c[cand[i]] = 1;
    return c;
}

// Is there a reachable cycle made only of states outside C? (DFS with colours.)
inline bool has_cycle_outside(const PlacementProblem &p, const std::vector<std::vector<StateId>> &succ,
                              const std::vector<char> &reach, const std::vector<char> &c) {
    const std::size_t n = p.size();
    std::vector<int> colour(n, 0); // 0 new, 1 on stack, 2 done
    for (StateId root = 0; root < n; ++root) {
        if (!reach[root] || c[root] || colour[root]) continue;
        std::vector<std::pair<StateId, std::size_t>> stack{{root, 0}};
        colour[root] = 1;
        while (!stack.empty()) {
            auto &[s, i] = stack.back();
            if (i == succ[s].size()) {
                colour[s] = 2;
                stack.pop_back();
                continue;
            }
            StateId t = succ[s][i++];
            if (c[t]) continue;
            if (colour[t] == 1) return true;
            if (colour[t] == 0) {
                colour[t] = 1;
                stack.push_back({t, 0});
            }
        }
    }
    return false;
}

// R_C(s): greatest fixpoint of R = save on C, e + max R(succ) elsewhere, iterated from
// +inf. After n rounds every state whose paths all reach C is exact; the rest stay inf.
inline std::vector<double> reserve_values(const PlacementProblem &p, const std::vector<char> &c) {
    const auto succ = successors(p);
    const std::size_t n = p.size();
    std::vector<double> r(n, kInf);
    for (std::size_t round = 0; round <= n; ++round) {
        std::vector<double> next(n);
        for (StateId s = 0; s < n; ++s) {
            if (c[s]) {
                next[s] = p.save_pj[s];
                continue;
            }
            double worst = 0;
            for (StateId t : succ[s])
                worst = std::max(worst, r[t]);
            next[s] = p.step_pj[s] + worst;
        }
        r.swap(next);
    }
    return r;
}

inline double reserve(const PlacementProblem &p, const std::vector<char> &c) {
    const auto succ = successors(p);
    const auto reach = reachable(p, succ);
    const auto r = reserve_values(p, c);
    double worst = 0;
    for (StateId s = 0; s < p.size(); ++s)
        if (reach[s]) worst = std::max(worst, r[s]);
    return worst;
}

struct OnDemandOptimum {
    double reserve = kInf;
    std::vector<double> per_state; // min over C of R_C(s)
};

inline OnDemandOptimum brute_force_ondemand(const PlacementProblem &p) {
    const auto cand = candidates(p);
    const auto succ = successors(p);
    const auto reach = reachable(p, succ);
    OnDemandOptimum best;
    best.per_state.assign(p.size(), kInf);
    for (std::uint64_t mask = 0; mask < (std::uint64_t{1} << cand.size()); ++mask) {
        const auto c = subset(p, cand, mask);
        const auto r = reserve_values(p, c);
        double worst = 0;
        for (StateId s = 0; s < p.size(); ++s) {
            if (reach[s]) worst = std::max(worst, r[s]);
            best.per_state[s] = std::min(best.per_state[s], r[s]);
        }
        best.reserve = std::min(best.reserve, worst);
    }
    return best;
}

// Narrowest save multiplexer among the sets whose reserve is <= bound (-1: none).
inline long long brute_force_mux(const PlacementProblem &p, double bound) {
    const auto cand = candidates(p);
    long long best = -1;
    for (std::uint64_t mask = 0; mask < (std::uint64_t{1} << cand.size()); ++mask) {
        const auto c = subset(p, cand, mask);
        if (reserve(p, c) > bound) continue;
        const long long bits = save_mux_bits(p, c);
        if (best < 0 || bits < best) best = bits;
    }
    return best;
}

struct PeriodicEval {
    bool feasible = false;
    double cost = kInf;
    double max_segment = 0;
};

// J(C) of periodic_dp.h: cycle test by DFS, A by Bellman-Ford rounds from -inf.
inline PeriodicEval periodic_eval(const PlacementProblem &p, const std::vector<double> &f,
                                  const std::vector<char> &c) {
    const auto succ = successors(p);
    const auto reach = reachable(p, succ);
    const std::size_t n = p.size();
    PeriodicEval out;
    if (has_cycle_outside(p, succ, reach, c)) return out;
    std::vector<std::vector<StateId>> pred(n);
    for (StateId s = 0; s < n; ++s)
        if (reach[s])
            for (StateId t : succ[s])
                pred[t].push_back(s);
    const double none = -kInf;
    std::vector<double> a(n, none);
    for (std::size_t round = 0; round <= n; ++round)
        for (StateId s = 0; s < n; ++s) {
            if (!reach[s]) continue;
            if (c[s]) {
                a[s] = p.restore_pj[s] + p.step_pj[s];
                continue;
            }
            double base = s == p.root ? 0.0 : none;
            for (StateId q : pred[s])
                base = std::max(base, a[q]);
            a[s] = base == none ? none : p.step_pj[s] + base;
        }
    double seg = c[p.root] ? p.save_pj[p.root] : 0.0;
    double ckpt = 0, recompute = 0;
    for (StateId s = 0; s < n; ++s) {
        if (!reach[s]) continue;
        for (StateId t : succ[s])
            if (c[t]) seg = std::max(seg, a[s] + p.save_pj[t]);
        if (c[s]) ckpt += f[s] * p.save_pj[s];
        recompute += f[s] * p.step_pj[s] * a[s];
    }
    out.max_segment = seg;
    if (seg > p.charge_pj) return out;
    out.feasible = true;
    out.cost = ckpt + recompute / p.charge_pj;
    return out;
}

inline PeriodicEval brute_force_periodic(const PlacementProblem &p, const std::vector<double> &f) {
    const auto cand = candidates(p);
    PeriodicEval best;
    for (std::uint64_t mask = 0; mask < (std::uint64_t{1} << cand.size()); ++mask) {
        const PeriodicEval e = periodic_eval(p, f, subset(p, cand, mask));
        if (e.feasible && e.cost < best.cost) best = e;
    }
    return best;
}

// Every reachable cycle holds a state of C (equivalently: no reachable cycle avoids C).
inline bool every_cycle_has_checkpoint(const PlacementProblem &p, const std::vector<char> &c) {
    const auto succ = successors(p);
    return !has_cycle_outside(p, succ, reachable(p, succ), c);
}

// Random problems: up to `max_states` states, loops and self-loops, integer costs
// (exact in doubles, so optima compare exactly), random eligibility and live sets.
struct RandomProblemOptions {
    std::size_t min_states = 1;
    std::size_t max_states = 14;
    std::size_t max_registers = 8;
    double live_probability = 0.4;
    double eligible_probability = 0.75;
    bool with_live_sets = true;
};

inline PlacementProblem random_problem(std::mt19937_64 &rng, const RandomProblemOptions &o = {}) {
    auto uniform = [&](long long lo, long long hi) {
        return std::uniform_int_distribution<long long>(lo, hi)(rng);
    };
    auto chance = [&](double prob) { return std::uniform_real_distribution<double>(0, 1)(rng) < prob; };
    PlacementProblem p;
    const std::size_t n = static_cast<std::size_t>(
        uniform(static_cast<long long>(o.min_states), static_cast<long long>(o.max_states)));
    p.succ.resize(n);
    const double density = 0.05 + 0.3 * std::uniform_real_distribution<double>(0, 1)(rng);
    const bool tree = chance(0.85); // most graphs: everything reachable from the root
    for (StateId s = 1; s < n; ++s)
        if (tree) p.succ[static_cast<StateId>(uniform(0, static_cast<long long>(s) - 1))].push_back(s);
    for (StateId s = 0; s < n; ++s) {
        for (StateId t = 0; t < n; ++t)
            if (t != s && chance(density)) p.succ[s].push_back(t);
        if (chance(0.15)) p.succ[s].push_back(s);
        if (p.succ[s].empty() && !chance(0.1)) // a few sinks (implicit self-loops)
            p.succ[s].push_back(static_cast<StateId>(uniform(0, static_cast<long long>(n) - 1)));
        std::sort(p.succ[s].begin(), p.succ[s].end());
        p.succ[s].erase(std::unique(p.succ[s].begin(), p.succ[s].end()), p.succ[s].end());
    }
    p.root = 0;
    for (StateId s = 0; s < n; ++s) {
        p.step_pj.push_back(static_cast<double>(uniform(0, 12)));
        p.save_pj.push_back(static_cast<double>(uniform(0, 60)));
        p.restore_pj.push_back(static_cast<double>(uniform(0, 20)));
        p.eligible.push_back(chance(o.eligible_probability));
        p.visit_weight.push_back(static_cast<double>(uniform(0, 9)));
    }
    p.charge_pj = static_cast<double>(uniform(20, 160));
    if (o.with_live_sets) {
        const std::size_t regs =
            static_cast<std::size_t>(uniform(1, static_cast<long long>(o.max_registers)));
        for (std::size_t r = 0; r < regs; ++r)
            p.reg_bits.push_back(uniform(1, 32));
        p.fixed_save_bits = uniform(1, 4);
        for (StateId s = 0; s < n; ++s) {
            RegSet set(regs);
            long long bits = p.fixed_save_bits;
            for (std::size_t r = 0; r < regs; ++r)
                if (chance(o.live_probability)) {
                    set.set(r);
                    bits += p.reg_bits[r];
                }
            p.live.push_back(set);
            p.save_bits.push_back(bits);
        }
        if (chance(0.5)) // save energy proportional to the bits saved, as in real designs
            for (StateId s = 0; s < n; ++s)
                p.save_pj[s] = static_cast<double>(p.save_bits[s]);
    }
    return p;
}

} // namespace idetic::reference
