#include "optimize/placement_problem.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <stdexcept>

namespace idetic {

namespace {

void check_energy(const std::vector<double> &v, std::size_t n, const char *what, bool allow_empty) {
    if (v.empty() && allow_empty) return;
    if (v.size() != n)
        throw std::invalid_argument(
            fmt::format("placement problem: {} has {} entries for {} states", what, v.size(), n));
    for (std::size_t s = 0; s < n; ++s)
        if (!std::isfinite(v[s]) || v[s] < 0)
            throw std::invalid_argument(fmt::format(
                "placement problem: {} of state {} must be a finite non-negative number", what, s));
}

} // namespace

void PlacementProblem::validate() const {
    const std::size_t n = succ.size();
    if (n == 0) throw std::invalid_argument("placement problem: no states");
    if (root >= n)
        throw std::invalid_argument(fmt::format("placement problem: root {} is not a state", root));
    for (std::size_t s = 0; s < n; ++s)
        for (StateId t : succ[s])
            if (t >= n)
                throw std::invalid_argument(
                    fmt::format("placement problem: successor {} of state {} is not a state", t, s));
    check_energy(step_pj, n, "step_pj", false);
    check_energy(save_pj, n, "save_pj", false);
    check_energy(restore_pj, n, "restore_pj", true);
    check_energy(visit_weight, n, "visit_weight", true);
    if (eligible.size() != n)
        throw std::invalid_argument("placement problem: eligible must have one entry per state");
    if (!live.empty() && live.size() != n)
        throw std::invalid_argument("placement problem: live must be empty or have one set per state");
    for (const auto &set : live)
        if (set.size() != reg_bits.size())
            throw std::invalid_argument("placement problem: live sets and reg_bits disagree in size");
    if (!save_bits.empty() && save_bits.size() != n)
        throw std::invalid_argument("placement problem: save_bits must be empty or have one entry per state");
    if (!(charge_pj > 0)) throw std::invalid_argument("placement problem: charge_pj must be positive");
}

Adjacency::Adjacency(const PlacementProblem &p) {
    const std::size_t n = p.size();
    // Successors: copy each list into place, sort and deduplicate it there; a state
    // without successors gets a self-loop.
    succ_begin.assign(n + 1, 0);
    std::size_t total = 0;
    for (StateId s = 0; s < n; ++s)
        total += std::max<std::size_t>(1, p.succ[s].size());
    if (n >= (std::size_t{1} << 31) || total >= (std::size_t{1} << 31))
        throw std::invalid_argument("placement problem: too many states or edges");
    succ.resize(total);
    std::size_t end = 0;
    for (StateId s = 0; s < n; ++s) {
        const auto first = succ.begin() + static_cast<std::ptrdiff_t>(end);
        auto last = first;
        if (p.succ[s].empty()) {
            *last++ = static_cast<std::uint32_t>(s);
        } else {
            for (StateId t : p.succ[s])
                *last++ = static_cast<std::uint32_t>(t);
            if (!std::is_sorted(first, last)) std::sort(first, last);
            last = std::unique(first, last);
        }
        end = static_cast<std::size_t>(last - succ.begin());
        succ_begin[s + 1] = static_cast<std::uint32_t>(end);
    }
    succ.resize(end);
    // Predecessors by counting sort.
    pred_begin.assign(n + 1, 0);
    for (std::uint32_t t : succ)
        ++pred_begin[t + 1];
    for (StateId s = 0; s < n; ++s)
        pred_begin[s + 1] += pred_begin[s];
    pred.resize(succ.size());
    std::vector<std::uint32_t> fill(pred_begin.begin(), pred_begin.end() - 1);
    for (StateId s = 0; s < n; ++s)
        for (std::uint32_t i = succ_begin[s]; i < succ_begin[s + 1]; ++i)
            pred[fill[succ[i]]++] = static_cast<std::uint32_t>(s);
}

std::vector<char> reachable_mask(const PlacementProblem &p, const Adjacency &adj) {
    std::vector<char> seen(p.size(), 0);
    std::vector<StateId> stack{p.root};
    seen[p.root] = 1;
    while (!stack.empty()) {
        StateId s = stack.back();
        stack.pop_back();
        adj.for_succ(s, [&](StateId t) {
            if (!seen[t]) {
                seen[t] = 1;
                stack.push_back(t);
            }
        });
    }
    return seen;
}

long long save_mux_bits(const PlacementProblem &p, const std::vector<char> &checkpoint) {
    if (p.live.empty()) return 0;
    RegSet all(p.reg_bits.size());
    bool any = false;
    for (StateId s = 0; s < p.size(); ++s)
        if (checkpoint[s]) {
            all |= p.live[s];
            any = true;
        }
    if (!any) return 0;
    long long bits = p.fixed_save_bits;
    for (auto i = all.find_first(); i != RegSet::npos; i = all.find_next(i))
        bits += p.reg_bits[i];
    return bits;
}

long long max_save_bits(const PlacementProblem &p, const std::vector<char> &checkpoint) {
    long long best = 0;
    if (p.save_bits.empty()) return 0;
    for (StateId s = 0; s < p.size(); ++s)
        if (checkpoint[s]) best = std::max(best, p.save_bits[s]);
    return best;
}

namespace {
constexpr long long kSaveHeaderWords = 1;    // a save writes its slot's header (last)
constexpr long long kRestoreHeaderWords = 2; // a restore reads both slots' headers
// Cycles of a save besides its word writes: the monitor's sampling cycle, the cycle from
// the warning to the first request and the cycle in which `saved` rises (NVM_PROTOCOL.md).
constexpr double kSaveExtraCycles = 3;
long long data_words(const EnergyModel &m, long long bits) {
    return (bits + m.nvm_word_bits - 1) / m.nvm_word_bits;
}
long long record_words(const EnergyModel &m) {
    return (m.commit_record_bits + m.nvm_word_bits - 1) / m.nvm_word_bits;
}
} // namespace

long long checkpoint_words(const EnergyModel &m, long long bits) {
    return data_words(m, bits) + record_words(m) + kSaveHeaderWords;
}

long long restore_words(const EnergyModel &m, long long bits, bool one_pass) {
    return (one_pass ? 1 : 2) * data_words(m, bits) + record_words(m) + kRestoreHeaderWords;
}

double save_energy_pj(const EnergyModel &m, double compute_pj_per_cycle, long long bits) {
    const auto words = static_cast<double>(checkpoint_words(m, bits));
    return words * m.nvm_word_bits * m.nvm_write_pj_per_bit +
           (words * m.nvm_write_latency_cycles + kSaveExtraCycles) * compute_pj_per_cycle;
}

double restore_energy_pj(const EnergyModel &m, double compute_pj_per_cycle, long long bits, bool one_pass) {
    const auto words = static_cast<double>(restore_words(m, bits, one_pass));
    return words * m.nvm_word_bits * m.nvm_read_pj_per_bit +
           words * m.nvm_read_latency_cycles * compute_pj_per_cycle;
}

double engine_save_energy_pj(const EnergyModel &m, double compute_pj_per_cycle, long long data_words,
                             long long record) {
    const auto words =
        static_cast<double>(data_words + (record < 0 ? record_words(m) : record) + kSaveHeaderWords);
    return words * m.nvm_word_bits * m.nvm_write_pj_per_bit +
           (words * m.nvm_write_latency_cycles + kSaveExtraCycles) * compute_pj_per_cycle;
}

PlacementProblem from_design(const DesignModel &design, const ResolvedEnergy &energy,
                             const std::vector<char> &eligible) {
    const EnergyModel &m = energy.model;
    const std::size_t n = design.graph.size();
    if (!eligible.empty() && eligible.size() != n)
        throw std::invalid_argument("from_design: eligible must have one flag per state");
    PlacementProblem p;
    p.root = design.reset_state;
    p.succ.resize(n);
    p.step_pj.assign(n, energy.compute_pj_per_cycle);
    p.save_pj.resize(n);
    p.restore_pj.resize(n);
    p.save_bits.resize(n);
    p.live.resize(n);
    p.eligible = eligible.empty() ? std::vector<char>(n, 1) : eligible;
    p.fixed_save_bits = design.control_bits();
    p.charge_pj = energy.charge_pj;
    for (std::size_t i = 0; i < design.registers.size(); ++i)
        p.reg_bits.push_back(design.registers.at(i).width);
    for (StateId s = 0; s < n; ++s) {
        p.succ[s] = design.graph.successors(s);
        const long long bits = design.save_bits(s);
        p.save_bits[s] = bits;
        p.save_pj[s] = save_energy_pj(m, energy.compute_pj_per_cycle, bits);
        p.restore_pj[s] =
            restore_energy_pj(m, energy.compute_pj_per_cycle, bits, restores_in_one_pass(design));
        p.live[s] = design.graph.state(s).live_in;
        if (p.live[s].size() != design.registers.size()) p.live[s].resize(design.registers.size());
    }
    return p;
}

std::vector<double> estimate_visit_frequencies(const PlacementProblem &p, double restart) {
    const Adjacency adj(p);
    const std::size_t n = p.size();
    const auto reach = reachable_mask(p, adj);
    std::vector<double> x(n, 0.0), next(n);
    x[p.root] = 1.0;
    // Power iteration of x' = restart * e_root + (1 - restart) * x P; the error
    // shrinks by (1 - restart) per step.
    for (int iter = 0; iter < 100000; ++iter) {
        std::fill(next.begin(), next.end(), 0.0);
        next[p.root] = restart;
        for (StateId s = 0; s < n; ++s) {
            if (x[s] == 0) continue;
            const double share = (1.0 - restart) * x[s] / static_cast<double>(adj.out_degree(s));
            adj.for_succ(s, [&](StateId t) { next[t] += share; });
        }
        double diff = 0;
        for (StateId s = 0; s < n; ++s)
            diff += std::abs(next[s] - x[s]);
        x.swap(next);
        if (diff < 1e-12) break;
    }
    for (StateId s = 0; s < n; ++s)
        if (!reach[s]) x[s] = 0;
    return x;
}

} // namespace idetic
