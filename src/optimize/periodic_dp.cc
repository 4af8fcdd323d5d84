#include "optimize/periodic_dp.h"

#include "optimize/ondemand_dp.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <deque>

namespace idetic {

namespace {

constexpr double kNone = -kInfinity; // "no segment reaches here yet"

// Full evaluation of J(C); fills `a` with A_C (kNone on unreachable states).
PeriodicCost evaluate(const PlacementProblem &p, const Adjacency &adj, const std::vector<char> &reach,
                      const std::vector<double> &f, const std::vector<char> &c, std::vector<double> &a) {
    const std::size_t n = adj.size();
    const double budget = p.charge_pj;
    PeriodicCost cost;
    a.assign(n, kNone);
    std::vector<double> base(n, kNone);
    std::vector<std::size_t> indeg(n, 0);
    std::vector<StateId> ready;
    base[p.root] = 0;
    for (StateId s = 0; s < n; ++s) {
        if (!reach[s]) continue;
        if (c[s]) {
            a[s] = p.restore_pj[s] + p.step_pj[s];
            continue;
        }
        adj.for_pred(s, [&](StateId q) {
            if (reach[q] && !c[q]) ++indeg[s];
        });
    }
    for (StateId s = 0; s < n; ++s) {
        if (!reach[s] || c[s]) continue;
        adj.for_pred(s, [&](StateId q) {
            if (reach[q] && c[q]) base[s] = std::max(base[s], a[q]);
        });
        if (indeg[s] == 0) ready.push_back(s);
    }
    std::size_t done = 0, open = 0;
    for (StateId s = 0; s < n; ++s)
        open += reach[s] && !c[s];
    while (!ready.empty()) {
        const StateId s = ready.back();
        ready.pop_back();
        ++done;
        a[s] = p.step_pj[s] + base[s];
        adj.for_succ(s, [&](StateId t) {
            if (c[t]) return;
            base[t] = std::max(base[t], a[s]);
            if (--indeg[t] == 0) ready.push_back(t);
        });
    }
    if (done != open) return cost; // a reachable cycle avoids C
    cost.feasible = true;
    if (c[p.root]) {
        cost.max_segment_pj = p.save_pj[p.root];
    }
    for (StateId s = 0; s < n; ++s) {
        if (!reach[s]) continue;
        adj.for_succ(s, [&](StateId t) {
            if (c[t]) cost.max_segment_pj = std::max(cost.max_segment_pj, a[s] + p.save_pj[t]);
        });
        if (c[s]) cost.checkpoint_pj += f[s] * p.save_pj[s];
        cost.recompute_pj += f[s] * p.step_pj[s] * a[s];
    }
    cost.recompute_pj /= budget;
    if (cost.max_segment_pj > budget) {
        cost.feasible = false;
        return cost;
    }
    cost.total_pj = cost.checkpoint_pj + cost.recompute_pj;
    return cost;
}

// Local descent with incremental evaluation: toggling c only changes A on c and on
// the states reachable from c without passing through C.
class Descent {
  public:
    Descent(const PlacementProblem &p, const Adjacency &adj, const std::vector<char> &reach,
            const std::vector<double> &f, std::vector<char> start)
        : p_(p), adj_(adj), reach_(reach), f_(f), c_(std::move(start)), mark_(adj.size(), 0),
          indeg_(adj.size(), 0), new_a_(adj.size(), 0) {
        cost_ = evaluate(p_, adj_, reach_, f_, c_, a_).total_pj;
    }

    // Returns the change of J if c is toggled, or +inf when the result is infeasible.
    double try_toggle(StateId c) {
        const bool add = !c_[c];
        auto in_new = [&](StateId x) { return x == c ? add : c_[x] != 0; };
        ++stamp_;
        region_.assign(1, c);
        mark_[c] = stamp_;
        for (std::size_t i = 0; i < region_.size(); ++i) {
            bool cycle = false;
            adj_.for_succ(region_[i], [&](StateId t) {
                if (in_new(t)) return;
                if (t == c) cycle = true;
                if (mark_[t] != stamp_) {
                    mark_[t] = stamp_;
                    region_.push_back(t);
                }
            });
            if (cycle) return kInfinity;
        }
        // Kahn order inside the region (a DAG once the cycle test passed).
        ready_.clear();
        for (StateId s : region_) {
            indeg_[s] = 0;
            if (!in_new(s))
                adj_.for_pred(s, [&](StateId q) { indeg_[s] += reach_[q] && mark_[q] == stamp_; });
            if (indeg_[s] == 0) ready_.push_back(s);
        }
        double delta = (add ? 1.0 : -1.0) * f_[c] * p_.save_pj[c];
        std::size_t done = 0;
        while (!ready_.empty()) {
            const StateId s = ready_.back();
            ready_.pop_back();
            ++done;
            double value;
            if (in_new(s)) {
                value = p_.restore_pj[s] + p_.step_pj[s];
            } else {
                double base = s == p_.root ? 0.0 : kNone;
                adj_.for_pred(s, [&](StateId q) {
                    if (reach_[q]) base = std::max(base, mark_[q] == stamp_ ? new_a_[q] : a_[q]);
                });
                value = p_.step_pj[s] + base;
            }
            new_a_[s] = value;
            delta += f_[s] * p_.step_pj[s] * (value - a_[s]) / p_.charge_pj;
            adj_.for_succ(s, [&](StateId t) {
                if (mark_[t] == stamp_ && !in_new(t) && --indeg_[t] == 0) ready_.push_back(t);
            });
        }
        if (done != region_.size()) return kInfinity;
        // Constraints that can change: edges out of the region into C, edges into c.
        for (StateId s : region_) {
            bool bad = false;
            adj_.for_succ(
                s, [&](StateId t) { bad = bad || (in_new(t) && new_a_[s] + p_.save_pj[t] > p_.charge_pj); });
            if (bad) return kInfinity;
        }
        if (add) {
            if (c == p_.root && p_.save_pj[c] > p_.charge_pj) return kInfinity;
            bool bad = false;
            adj_.for_pred(c, [&](StateId q) {
                if (!reach_[q]) return;
                const double aq = mark_[q] == stamp_ ? new_a_[q] : a_[q];
                bad = bad || aq + p_.save_pj[c] > p_.charge_pj;
            });
            if (bad) return kInfinity;
        }
        return delta;
    }

    // Applies the toggle last evaluated by try_toggle(c).
    void commit(StateId c, double delta) {
        c_[c] = !c_[c];
        for (StateId s : region_)
            a_[s] = new_a_[s];
        cost_ += delta;
    }

    const std::vector<char> &set() const { return c_; }
    double cost() const { return cost_; }

  private:
    const PlacementProblem &p_;
    const Adjacency &adj_;
    const std::vector<char> &reach_;
    const std::vector<double> &f_;
    std::vector<char> c_;
    std::vector<double> a_;
    double cost_ = kInfinity;
    std::vector<unsigned> mark_;
    unsigned stamp_ = 0;
    std::vector<std::size_t> indeg_;
    std::vector<double> new_a_;
    std::vector<StateId> region_, ready_;
};

enum : char { kOut = 0, kIn = 1, kOpen = 2 };

// Branch and bound over the candidate states.
class BranchAndBound {
  public:
    BranchAndBound(const PlacementProblem &p, const Adjacency &adj, const std::vector<char> &reach,
                   const std::vector<double> &f, std::vector<StateId> order, std::vector<char> incumbent,
                   double incumbent_cost, std::size_t node_limit)
        : p_(p), adj_(adj), reach_(reach), f_(f), order_(std::move(order)), best_(std::move(incumbent)),
          best_cost_(incumbent_cost), node_limit_(node_limit), x_(adj.size(), kOut), lb_(adj.size(), 0) {
        for (StateId s : order_)
            x_[s] = kOpen;
    }

    void run() { branch(0); }
    bool complete() const { return !aborted_; }
    std::size_t nodes() const { return nodes_; }
    const std::vector<char> &best() const { return best_; }

  private:
    void branch(std::size_t depth) {
        if (aborted_) return;
        if (++nodes_ > node_limit_) {
            aborted_ = true;
            return;
        }
        double bound;
        if (!lower_bound(bound)) return;
        if (bound >= best_cost_ - 1e-9 * std::abs(best_cost_)) return;
        if (depth == order_.size()) {
            std::vector<char> c(adj_.size(), 0);
            for (StateId s = 0; s < adj_.size(); ++s)
                c[s] = x_[s] == kIn;
            std::vector<double> a;
            const PeriodicCost cost = evaluate(p_, adj_, reach_, f_, c, a);
            if (cost.feasible && cost.total_pj < best_cost_) {
                best_cost_ = cost.total_pj;
                best_ = std::move(c);
            }
            return;
        }
        const StateId s = order_[depth];
        const char first = best_[s] ? kIn : kOut;
        for (char v : {first, static_cast<char>(first == kIn ? kOut : kIn)}) {
            x_[s] = v;
            branch(depth + 1);
        }
        x_[s] = kOpen;
    }

    // Lower bound of J over every completion of x_; false when none is feasible.
    bool lower_bound(double &bound) {
        const std::size_t n = adj_.size();
        // A cycle of states that are certainly not checkpoints: infeasible.
        std::vector<std::size_t> indeg(n, 0);
        std::vector<StateId> ready;
        std::size_t open = 0, done = 0;
        for (StateId s = 0; s < n; ++s) {
            if (!reach_[s] || x_[s] != kOut) continue;
            ++open;
            adj_.for_pred(s, [&](StateId q) { indeg[s] += reach_[q] && x_[q] == kOut; });
            if (indeg[s] == 0) ready.push_back(s);
        }
        while (!ready.empty()) {
            const StateId s = ready.back();
            ready.pop_back();
            ++done;
            adj_.for_succ(s, [&](StateId t) {
                if (x_[t] == kOut && --indeg[t] == 0) ready.push_back(t);
            });
        }
        if (done != open) return false;

        // Least fixpoint of A with open states taking the cheaper of their two options.
        std::deque<StateId> work;
        std::vector<char> queued(n, 0);
        for (StateId s = 0; s < n; ++s) {
            if (!reach_[s]) continue;
            lb_[s] = p_.step_pj[s] + (x_[s] == kIn ? p_.restore_pj[s] : 0.0);
            if (x_[s] != kIn) {
                work.push_back(s);
                queued[s] = 1;
            }
        }
        while (!work.empty()) {
            const StateId s = work.front();
            work.pop_front();
            queued[s] = 0;
            double base = s == p_.root ? 0.0 : kNone;
            adj_.for_pred(s, [&](StateId q) {
                if (reach_[q]) base = std::max(base, lb_[q]);
            });
            if (x_[s] == kOpen) base = std::min(base, p_.restore_pj[s]);
            const double value = p_.step_pj[s] + std::max(base, 0.0);
            if (value > lb_[s]) {
                lb_[s] = value;
                adj_.for_succ(s, [&](StateId t) {
                    if (x_[t] != kIn && !queued[t]) {
                        queued[t] = 1;
                        work.push_back(t);
                    }
                });
            }
        }
        double checkpoint = 0, recompute = 0;
        if (x_[p_.root] == kIn && p_.save_pj[p_.root] > p_.charge_pj) return false;
        for (StateId s = 0; s < n; ++s) {
            if (!reach_[s]) continue;
            if (x_[s] == kIn) {
                checkpoint += f_[s] * p_.save_pj[s];
                bool bad = false;
                adj_.for_pred(
                    s, [&](StateId q) { bad = bad || (reach_[q] && lb_[q] + p_.save_pj[s] > p_.charge_pj); });
                if (bad) return false;
            }
            recompute += f_[s] * p_.step_pj[s] * lb_[s];
        }
        bound = checkpoint + recompute / p_.charge_pj;
        return true;
    }

    const PlacementProblem &p_;
    const Adjacency &adj_;
    const std::vector<char> &reach_;
    const std::vector<double> &f_;
    std::vector<StateId> order_;
    std::vector<char> best_;
    double best_cost_;
    std::size_t node_limit_;
    std::vector<char> x_;
    std::vector<double> lb_;
    std::size_t nodes_ = 0;
    bool aborted_ = false;
};

} // namespace

PeriodicCost periodic_cost(const PlacementProblem &p, const std::vector<double> &f,
                           const std::vector<char> &checkpoint) {
    const Adjacency adj(p);
    const auto reach = reachable_mask(p, adj);
    std::vector<double> a;
    return evaluate(p, adj, reach, f, checkpoint, a);
}

std::vector<char> periodic_candidates(const PlacementProblem &p, const Adjacency &adj,
                                      const std::vector<char> &reach, bool *feasible,
                                      std::vector<char> *start) {
    const std::size_t n = adj.size();
    std::vector<char> allowed(n, 0);
    for (StateId s = 0; s < n; ++s)
        allowed[s] = reach[s] && p.eligible[s];
    for (;;) {
        const MinMaxSolution dp = solve_minmax_reserve(p, adj, allowed);
        bool changed = false;
        for (StateId s = 0; s < n; ++s) {
            if (!allowed[s]) continue;
            double worst = 0;
            adj.for_succ(s, [&](StateId t) { worst = std::max(worst, dp.r_pj[t]); });
            if (!(p.restore_pj[s] + p.step_pj[s] + worst <= p.charge_pj)) {
                allowed[s] = 0;
                changed = true;
            }
        }
        if (changed) continue;
        if (feasible) *feasible = dp.r_pj[p.root] <= p.charge_pj;
        if (start) {
            start->assign(n, 0);
            for (StateId s = 0; s < n; ++s)
                (*start)[s] = reach[s] && dp.saves[s];
        }
        return allowed;
    }
}

PeriodicPlan solve_periodic(const PlacementProblem &p_in, const PeriodicOptions &options) {
    p_in.validate();
    PlacementProblem p = p_in;
    const std::size_t n = p.size();
    if (p.restore_pj.empty()) p.restore_pj.assign(n, 0.0);
    const Adjacency adj(p);
    const auto reach = reachable_mask(p, adj);

    PeriodicPlan plan;
    plan.visit_weight =
        p.visit_weight.empty() ? estimate_visit_frequencies(p, options.visit_restart) : p.visit_weight;
    plan.checkpoint.assign(n, 0);
    const std::vector<double> &f = plan.visit_weight;

    bool feasible = false;
    std::vector<char> start;
    const std::vector<char> cmax = periodic_candidates(p, adj, reach, &feasible, &start);
    for (StateId s = 0; s < n; ++s)
        plan.candidate_count += cmax[s];
    if (!feasible) {
        // Explain: a cycle without any eligible state, or segments that cannot fit.
        OnDemandPlan od = solve_ondemand(p, {false, 0});
        if (!od.feasible)
            plan.error = od.error;
        else
            plan.error = fmt::format("no checkpoint placement keeps every segment (restore + run + save) "
                                     "within one charge of {:g} pJ",
                                     p.charge_pj);
        plan.cost = PeriodicCost{};
        return plan;
    }

    // Incumbent: local descent from the min-DP's feasible set.
    std::vector<StateId> candidates;
    for (StateId s = 0; s < n; ++s)
        if (cmax[s]) candidates.push_back(s);
    std::stable_sort(candidates.begin(), candidates.end(),
                     [&](StateId a, StateId b) { return f[a] * p.save_pj[a] > f[b] * p.save_pj[b]; });
    Descent descent(p, adj, reach, f, start);
    std::vector<char> is_candidate(n, 0);
    for (StateId s : candidates)
        is_candidate[s] = 1;
    auto tolerance = [&] { return 1e-12 * std::abs(descent.cost()); };
    // Moves the checkpoint from c to d (two toggles, in the order given); kept only
    // when the pair lowers J, undone otherwise.
    auto try_swap = [&](StateId first, StateId second) {
        const double d1 = descent.try_toggle(first);
        if (d1 == kInfinity) return false;
        descent.commit(first, d1);
        const double d2 = descent.try_toggle(second);
        if (d2 != kInfinity && d1 + d2 < -tolerance()) {
            descent.commit(second, d2);
            return true;
        }
        descent.commit(first, descent.try_toggle(first)); // back to the feasible start
        return false;
    };
    for (std::size_t pass = 0; pass < options.descent_max_passes; ++pass) {
        bool improved = false;
        for (StateId s : candidates) {
            const bool drop = descent.set()[s];
            const double delta = descent.try_toggle(s);
            // Drops are taken on ties too (fewer checkpoints, narrower mux); adds only
            // when they pay. So the loop cannot cycle.
            if (drop ? delta <= tolerance() : delta < -tolerance()) {
                descent.commit(s, delta);
                improved = true;
            }
        }
        if (improved) continue;
        // No single toggle helps: try moving a checkpoint to a neighbouring state.
        for (StateId c : candidates) {
            if (!descent.set()[c]) continue;
            std::vector<StateId> neighbours;
            adj.for_succ(c, [&](StateId d) { neighbours.push_back(d); });
            adj.for_pred(c, [&](StateId d) { neighbours.push_back(d); });
            for (StateId d : neighbours) {
                if (!is_candidate[d] || descent.set()[d] || d == c) continue;
                if (try_swap(d, c) || try_swap(c, d)) {
                    improved = true;
                    break;
                }
            }
        }
        if (!improved) break;
    }
    plan.checkpoint = descent.set();

    // Exact search when small enough.
    if (candidates.size() <= options.exact_max_candidates) {
        std::vector<double> a;
        const double incumbent = evaluate(p, adj, reach, f, plan.checkpoint, a).total_pj;
        // Decide states near the root first: their choices shape the bounds downstream.
        std::vector<StateId> order;
        {
            std::vector<char> seen(n, 0);
            std::deque<StateId> bfs{p.root};
            seen[p.root] = 1;
            while (!bfs.empty()) {
                const StateId s = bfs.front();
                bfs.pop_front();
                if (cmax[s]) order.push_back(s);
                adj.for_succ(s, [&](StateId t) {
                    if (!seen[t]) {
                        seen[t] = 1;
                        bfs.push_back(t);
                    }
                });
            }
        }
        BranchAndBound bb(p, adj, reach, f, order, plan.checkpoint, incumbent, options.exact_node_limit);
        bb.run();
        plan.checkpoint = bb.best();
        plan.exact = bb.complete();
        plan.search_nodes = bb.nodes();
    }

    std::vector<double> a;
    plan.cost = evaluate(p, adj, reach, f, plan.checkpoint, a);
    plan.feasible = plan.cost.feasible;
    if (!plan.feasible) plan.error = "internal error: the periodic plan is not feasible";
    for (StateId s = 0; s < n; ++s)
        if (plan.checkpoint[s]) plan.checkpoint_states.push_back(s);
    plan.max_save_bits = max_save_bits(p, plan.checkpoint);
    plan.save_mux_bits = save_mux_bits(p, plan.checkpoint);
    return plan;
}

} // namespace idetic
