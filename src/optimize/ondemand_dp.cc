#include "optimize/ondemand_dp.h"

#include "optimize/save_mux.h"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstring>
#include <queue>

namespace idetic {

namespace {

// A successor term waiting in the heap: min-heap on (value, state).
struct Candidate {
    double value;
    std::uint32_t state;
    bool operator>(const Candidate &o) const { return value != o.value ? value > o.value : state > o.state; }
};

// A save term; the terms are sorted once by (value, state).
struct SaveTerm {
    double value;
    std::uint32_t state;
};

// Sorts save terms given in increasing state order by value, ties by state: a stable
// LSD radix sort on the bit pattern of the (non-negative) doubles, which orders like
// the values. Bytes that are equal in every key are skipped (integer-valued energies
// need only two or three passes). Linear time, streaming memory access.
void sort_save_terms(std::vector<SaveTerm> &terms) {
    const std::size_t n = terms.size();
    if (n < 256) {
        std::stable_sort(terms.begin(), terms.end(),
                         [](const SaveTerm &a, const SaveTerm &b) { return a.value < b.value; });
        return;
    }
    auto key = [](const SaveTerm &t) {
        const double v = t.value + 0.0; // -0.0 -> +0.0
        std::uint64_t bits;
        std::memcpy(&bits, &v, sizeof bits);
        return bits;
    };
    std::vector<std::array<std::uint32_t, 256>> count(8);
    for (auto &c : count)
        c.fill(0);
    for (const SaveTerm &t : terms) {
        const std::uint64_t k = key(t);
        for (int d = 0; d < 8; ++d)
            ++count[d][(k >> (8 * d)) & 0xff];
    }
    std::vector<SaveTerm> buffer(n);
    for (int d = 0; d < 8; ++d) {
        auto &c = count[d];
        if (std::find(c.begin(), c.end(), n) != c.end()) continue; // every key has the same byte here
        std::uint32_t sum = 0;
        for (auto &slot : c) {
            const std::uint32_t here = slot;
            slot = sum;
            sum += here;
        }
        for (const SaveTerm &t : terms)
            buffer[c[(key(t) >> (8 * d)) & 0xff]++] = t;
        terms.swap(buffer);
    }
}

// A reachable cycle of states that never got a finite R: each such state is
// ineligible and has a successor with R = +inf, so following those never stops.
std::vector<StateId> find_unsafe_cycle(const Adjacency &adj, const std::vector<char> &reach,
                                       const std::vector<double> &r) {
    const std::size_t n = adj.size();
    StateId start = n;
    for (StateId s = 0; s < n && start == n; ++s)
        if (reach[s] && r[s] == kInfinity) start = s;
    if (start == n) return {};
    std::vector<std::size_t> pos(n, n);
    std::vector<StateId> walk;
    StateId s = start;
    while (pos[s] == n) {
        pos[s] = walk.size();
        walk.push_back(s);
        StateId next = n;
        adj.for_succ(s, [&](StateId t) {
            if (next == n && r[t] == kInfinity) next = t;
        });
        if (next == n) return {}; // cannot happen for a least solution; be safe
        s = next;
    }
    std::vector<StateId> cycle(walk.begin() + static_cast<std::ptrdiff_t>(pos[s]), walk.end());
    cycle.push_back(s);
    return cycle;
}

} // namespace

std::string format_cycle(const std::vector<StateId> &cycle) {
    std::string out;
    for (std::size_t i = 0; i < cycle.size(); ++i)
        out += (i ? " -> s" : "s") + std::to_string(cycle[i]);
    return out;
}

MinMaxSolution solve_minmax_reserve(const PlacementProblem &p, const Adjacency &adj,
                                    const std::vector<char> &allowed_in) {
    const std::size_t n = adj.size();
    const std::vector<char> &allowed = allowed_in.empty() ? p.eligible : allowed_in;
    MinMaxSolution out;
    out.r_pj.assign(n, kInfinity);
    out.saves.assign(n, 0);

    // Save terms are known up front: keep them in one sorted array instead of the heap,
    // which then only holds successor terms (those whose successors are all final).
    // Pops take the smaller of the two fronts, a successor term first on a tie.
    std::vector<SaveTerm> saves;
    saves.reserve(n);
    for (StateId s = 0; s < n; ++s)
        if (allowed[s]) saves.push_back({p.save_pj[s], static_cast<std::uint32_t>(s)});
    sort_save_terms(saves);
    std::size_t next_save = 0;

    // Per-state data the main loop touches, packed so that finalising a state and
    // visiting a predecessor each cost about one cache line: step energy, save bound
    // (+inf when it may not save), the value once final, the predecessor range, the
    // count of non-final successors and the status (0 open, 1 final by the save term,
    // 2 final by the successor term).
    struct Node {
        double step;
        double save_bound;
        double value;
        std::uint32_t pred_begin, pred_end;
        std::uint32_t pending;
        char status;
    };
    std::vector<Node> node(n);
    for (StateId s = 0; s < n; ++s)
        node[s] = {
            p.step_pj[s],          allowed[s] ? p.save_pj[s] : kInfinity,     kInfinity, adj.pred_begin[s],
            adj.pred_begin[s + 1], adj.succ_begin[s + 1] - adj.succ_begin[s], 0};
    const std::uint32_t *pred = adj.pred.data();
    std::priority_queue<Candidate, std::vector<Candidate>, std::greater<Candidate>> heap;

    std::size_t open = n;
    while (open > 0) {
        StateId s;
        double value;
        char how;
        if (!heap.empty() && (next_save == saves.size() || heap.top().value <= saves[next_save].value)) {
            s = heap.top().state;
            value = heap.top().value;
            how = 2;
            heap.pop();
        } else if (next_save < saves.size()) {
            value = saves[next_save].value;
            s = saves[next_save].state;
            how = 1;
            ++next_save;
        } else {
            break;
        }
        Node &ns = node[s];
        if (ns.status) continue; // a stale term: s was finalised by its other term
        ns.status = how;
        ns.value = value;
        --open;
        for (std::uint32_t i = ns.pred_begin; i < ns.pred_end; ++i) {
            const std::uint32_t q = pred[i];
            Node &nq = node[q];
            if (nq.status || --nq.pending != 0) continue;
            // Every successor of q is final and s was the last: its value is the max.
            // Pushed unless the save term is strictly better (ties: run on).
            const double candidate = nq.step + value;
            if (candidate <= nq.save_bound) heap.push({candidate, q});
        }
    }
    for (StateId s = 0; s < n; ++s) {
        out.r_pj[s] = node[s].value;
        out.saves[s] = node[s].status == 1;
    }
    return out;
}

std::vector<double> reserve_values_for(const PlacementProblem &p, const Adjacency &adj,
                                       const std::vector<char> &checkpoint) {
    const std::size_t n = adj.size();
    std::vector<double> r(n, kInfinity), worst(n, 0.0);
    std::vector<std::size_t> pending(n);
    std::vector<StateId> ready;
    for (StateId s = 0; s < n; ++s) {
        pending[s] = adj.out_degree(s);
        if (checkpoint[s]) {
            r[s] = p.save_pj[s];
            ready.push_back(s);
        }
    }
    // Backwards from the checkpoint states: a state is done when all its successors are.
    while (!ready.empty()) {
        const StateId t = ready.back();
        ready.pop_back();
        adj.for_pred(t, [&](StateId q) {
            if (checkpoint[q]) return;
            worst[q] = std::max(worst[q], r[t]);
            if (--pending[q] == 0) {
                r[q] = p.step_pj[q] + worst[q];
                ready.push_back(q);
            }
        });
    }
    return r;
}

double reserve_for(const PlacementProblem &p, const std::vector<char> &checkpoint) {
    const Adjacency adj(p);
    const auto reach = reachable_mask(p, adj);
    const auto r = reserve_values_for(p, adj, checkpoint);
    double worst = 0;
    for (StateId s = 0; s < p.size(); ++s)
        if (reach[s]) worst = std::max(worst, r[s]);
    return worst;
}

OnDemandPlan solve_ondemand(const PlacementProblem &p, const OnDemandOptions &options) {
    p.validate();
    const std::size_t n = p.size();
    const Adjacency adj(p);
    const auto reach = reachable_mask(p, adj);
    MinMaxSolution dp = solve_minmax_reserve(p, adj);

    OnDemandPlan plan;
    plan.checkpoint.assign(n, 0);
    plan.reserve_pj = 0;
    for (StateId s = 0; s < n; ++s)
        if (reach[s]) plan.reserve_pj = std::max(plan.reserve_pj, dp.r_pj[s]);
    if (plan.reserve_pj == kInfinity) {
        plan.unsafe_cycle = find_unsafe_cycle(adj, reach, dp.r_pj);
        plan.error = "cycle without an eligible checkpoint state: " + format_cycle(plan.unsafe_cycle);
        plan.reserve_at_pj = dp.r_pj;
        return plan;
    }
    plan.feasible = true;
    for (StateId s = 0; s < n; ++s)
        plan.checkpoint[s] = reach[s] && dp.saves[s];
    plan.dp_checkpoint_count =
        static_cast<std::size_t>(std::count(plan.checkpoint.begin(), plan.checkpoint.end(), 1));
    plan.dp_save_mux_bits = save_mux_bits(p, plan.checkpoint);

    if (options.narrow_mux && !p.live.empty()) {
        MuxNarrowing narrowed =
            narrow_save_mux(p, adj, reach, plan.reserve_pj, plan.checkpoint, options.mux_max_runs);
        plan.checkpoint = std::move(narrowed.checkpoint);
        plan.mux_runs = narrowed.runs;
        plan.reserve_at_pj = reserve_values_for(p, adj, plan.checkpoint);
    } else {
        plan.reserve_at_pj = dp.r_pj; // the DP's own set realises the least solution
    }
    for (StateId s = 0; s < n; ++s) {
        if (!reach[s]) plan.reserve_at_pj[s] = kInfinity;
        if (plan.checkpoint[s]) plan.checkpoint_states.push_back(s);
    }
    plan.max_save_bits = max_save_bits(p, plan.checkpoint);
    plan.save_mux_bits = save_mux_bits(p, plan.checkpoint);
    return plan;
}

} // namespace idetic
