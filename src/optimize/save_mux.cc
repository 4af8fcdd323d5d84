#include "optimize/save_mux.h"

#include "optimize/ondemand_dp.h"

#include <algorithm>
#include <map>
#include <numeric>

namespace idetic {

namespace {

double reserve_over(const std::vector<double> &r, const std::vector<char> &reach) {
    double worst = 0;
    for (std::size_t s = 0; s < r.size(); ++s)
        if (reach[s]) worst = std::max(worst, r[s]);
    return worst;
}

long long live_bits(const PlacementProblem &p, StateId s) {
    long long bits = 0;
    for (auto i = p.live[s].find_first(); i != RegSet::npos; i = p.live[s].find_next(i))
        bits += p.reg_bits[i];
    return bits;
}

struct RegisterGroup {
    std::vector<StateId> states; // candidate states that save these registers
    long long bits = 0;
};

} // namespace

MuxNarrowing narrow_save_mux(const PlacementProblem &p, const Adjacency &adj, const std::vector<char> &reach,
                             double bound, const std::vector<char> &initial, std::size_t max_runs) {
    MuxNarrowing out{initial, 0};
    if (p.live.empty()) return out;
    const std::size_t n = p.size();

    // 1. Candidates.
    std::vector<char> allowed(n, 0);
    for (StateId s = 0; s < n; ++s)
        allowed[s] = reach[s] && p.eligible[s] && p.save_pj[s] <= bound;

    // 2. Register groups by membership over the candidates, widest first.
    std::map<std::vector<StateId>, long long> by_members;
    for (std::size_t reg = 0; reg < p.reg_bits.size(); ++reg) {
        std::vector<StateId> members;
        for (StateId s = 0; s < n; ++s)
            if (allowed[s] && p.live[s].test(reg)) members.push_back(s);
        if (!members.empty() && p.reg_bits[reg] > 0) by_members[members] += p.reg_bits[reg];
    }
    std::vector<RegisterGroup> groups;
    for (auto &[members, bits] : by_members)
        groups.push_back({members, bits});
    std::stable_sort(groups.begin(), groups.end(), [](const RegisterGroup &a, const RegisterGroup &b) {
        if (a.bits != b.bits) return a.bits > b.bits;
        return a.states.size() < b.states.size();
    });

    std::vector<char> best = initial;
    for (const auto &g : groups) {
        if (out.runs >= max_runs) break;
        std::vector<char> trial = allowed;
        bool removed = false;
        for (StateId s : g.states)
            if (trial[s]) {
                trial[s] = 0;
                removed = true;
            }
        if (!removed) continue;
        ++out.runs;
        const MinMaxSolution dp = solve_minmax_reserve(p, adj, trial);
        if (reserve_over(dp.r_pj, reach) <= bound) {
            allowed = std::move(trial);
            for (StateId s = 0; s < n; ++s)
                best[s] = reach[s] && dp.saves[s];
        }
    }

    // 3. Drop checkpoint states that are not needed, widest first.
    std::vector<StateId> order;
    for (StateId s = 0; s < n; ++s)
        if (best[s]) order.push_back(s);
    std::vector<long long> width(n, 0);
    for (StateId s : order)
        width[s] = live_bits(p, s);
    std::stable_sort(order.begin(), order.end(), [&](StateId a, StateId b) { return width[a] > width[b]; });
    for (StateId s : order) {
        if (out.runs >= max_runs) break;
        ++out.runs;
        best[s] = 0;
        if (reserve_over(reserve_values_for(p, adj, best), reach) > bound) best[s] = 1;
    }

    // Keep whichever of stage 1's and this set has the narrower multiplexer.
    if (save_mux_bits(p, best) <= save_mux_bits(p, initial)) out.checkpoint = std::move(best);
    return out;
}

} // namespace idetic
