#include "state_eval.h"

#include "structural_cones.h"

#include <algorithm>

YOSYS_NAMESPACE_BEGIN
namespace idetic_pass {

namespace {

// Kinds whose every x output bit depends on every input (TernaryEval::track_node's
// default rule): one union per node serves all its output bits.
bool whole_node_rule(NodeKind k) {
    switch (k) {
    case NodeKind::Mux:
    case NodeKind::Pmux:
    case NodeKind::Buf:
    case NodeKind::Not:
    case NodeKind::And:
    case NodeKind::Or:
    case NodeKind::Xor:
    case NodeKind::Xnor:
        return false;
    default:
        return true;
    }
}

bool sat_opaque(NodeKind k) { return k == NodeKind::Eval || k == NodeKind::Opaque; }

} // namespace

StateEvaluator::StateEvaluator(const Netlist &nl, const ControllerSet &ctrl, Scope scope)
    : nl_(nl), ctrl_(ctrl), is_ctrl_reg_(nl.regs.size(), false), pool_(GetSize(nl.regs)) {
    for (int r : ctrl.regs)
        is_ctrl_reg_[r] = true;
    for (int f : ctrl.flop_bits)
        ctrl_q_.push_back(nl.flops[f].q);
    out_index_.assign(nl.nbits, -1);
    for (const auto &n : nl.nodes)
        for (int i = 0; i < GetSize(n.y); ++i)
            if (n.y[i] >= kFirstWireBit)
                out_index_[n.y[i]] = i;
    build_regions(scope);
    index_decoders();
    init_work(main_, scope == Scope::All, false);

    dirty_.assign((nl.nodes.size() + 63) / 64, 0);
    forced_.assign(nl.nbits, kVFree);
    cur_stamp_.assign(nl.nbits, 0);
    base_ref_.assign(nl.nbits, -1);
    for (int b = 0; b < kFirstWireBit; ++b)
        base_ref_[b] = DepPool::kEmpty;
    cur_ref_.assign(nl.nbits, DepPool::kEmpty);
    cur_ref_stamp_.assign(nl.nbits, 0);
    node_base_ref_.assign(nl.nodes.size(), -1);
    node_cur_ref_.assign(nl.nodes.size(), DepPool::kEmpty);
    node_cur_stamp_.assign(nl.nodes.size(), 0);
}

void StateEvaluator::build_regions(Scope scope) {
    const int nn = GetSize(nl_.nodes);
    // Fan-out lists (bit -> reading nodes), compressed.
    fanout_start_.assign(nl_.nbits + 1, 0);
    for (const auto &n : nl_.nodes)
        for (int in : n.inputs)
            ++fanout_start_[in + 1];
    for (int b = 0; b < nl_.nbits; ++b)
        fanout_start_[b + 1] += fanout_start_[b];
    fanout_.resize(fanout_start_[nl_.nbits]);
    std::vector<int> fill(fanout_start_.begin(), fanout_start_.end() - 1);
    for (int i = 0; i < nn; ++i)
        for (int in : nl_.nodes[i].inputs)
            fanout_[fill[in]++] = i;

    // FO: forward from the controllers' Q bits.
    in_fo_bit_.assign(nl_.nbits, 0);
    std::vector<char> in_fo(nn, 0);
    std::vector<int> stack(ctrl_q_.begin(), ctrl_q_.end());
    for (int q : ctrl_q_)
        in_fo_bit_[q] = 1;
    while (!stack.empty()) {
        int b = stack.back();
        stack.pop_back();
        for (int k = fanout_start_[b]; k < fanout_start_[b + 1]; ++k) {
            int n = fanout_[k];
            if (in_fo[n])
                continue;
            in_fo[n] = 1;
            for (int y : nl_.nodes[n].y)
                if (y >= kFirstWireBit) {
                    in_fo_bit_[y] = 1;
                    stack.push_back(y);
                }
        }
    }
    in_scope_ = in_fo;
    if (scope == Scope::All)
        return;
    // Control: the FO nodes in the cone of the controllers' next value and asynchronous resets.
    std::vector<int> sinks;
    for (int f : ctrl_.flop_bits) {
        sinks.push_back(nl_.flops[f].d);
        if (nl_.flops[f].arst >= 0)
            sinks.push_back(nl_.flops[f].arst);
    }
    std::vector<char> in_cone(nn, 0);
    for (int d : structural_cone_nodes(nl_, sinks))
        in_cone[d] = 1;
    for (int i = 0; i < nn; ++i)
        in_scope_[i] = in_fo[i] && in_cone[i];
}

void StateEvaluator::index_decoders() {
    std::vector<int> pos_of_q(nl_.nbits, -1);
    for (int i = 0; i < GetSize(ctrl_q_); ++i)
        pos_of_q[ctrl_q_[i]] = i;
    is_decoder_.assign(nl_.nodes.size(), 0);
    std::map<std::vector<int>, int> group_of;
    for (int ni = 0; ni < GetSize(nl_.nodes); ++ni) {
        const CombNode &n = nl_.nodes[ni];
        if (!in_scope_[ni] || (n.kind != NodeKind::Eq && n.kind != NodeKind::Ne))
            continue;
        // Every operand pair: a controller bit against 0 or 1, each bit tested once.
        std::map<int, bool> test;
        bool ok = true;
        for (int i = 0; i < GetSize(n.a) && ok; ++i) {
            int a = n.a[i], b = n.b[i];
            if (pos_of_q[a] < 0)
                std::swap(a, b);
            ok = pos_of_q[a] >= 0 && (b == kBit0 || b == kBit1) && !test.count(pos_of_q[a]);
            if (ok)
                test[pos_of_q[a]] = b == kBit1;
        }
        if (!ok || test.empty())
            continue;
        std::vector<int> pos;
        std::vector<bool> key;
        for (auto [p, v] : test)
            pos.push_back(p), key.push_back(v);
        auto it = group_of.find(pos);
        if (it == group_of.end()) {
            it = group_of.emplace(pos, GetSize(decoder_groups_)).first;
            decoder_groups_.push_back({pos, {}});
        }
        decoder_groups_[it->second].nodes[key].push_back(ni);
        is_decoder_[ni] = 1;
        decoders_.push_back(ni);
    }
    // Decoders are seeded by set_code(), never reached through the fan-out lists.
    int out = 0;
    for (int b = 0; b < nl_.nbits; ++b) {
        int from = fanout_start_[b], to = fanout_start_[b + 1];
        fanout_start_[b] = out;
        for (int k = from; k < to; ++k)
            if (!is_decoder_[fanout_[k]])
                fanout_[out++] = fanout_[k];
    }
    fanout_start_[nl_.nbits] = out;
    fanout_.resize(out);
}

// The base valuation: controllers x, reset inactive, data registers x aliasing
// themselves, everything else x, evaluated over the whole netlist.
void StateEvaluator::init_work(Work &w, bool with_alias, bool safe) const {
    w.safe = safe;
    w.val.assign(nl_.nbits, kVX);
    w.val[kBit0] = kV0;
    w.val[kBit1] = kV1;
    if (ctrl_.reset.bit >= 0)
        w.val[ctrl_.reset.bit] = uint8_t(ctrl_.reset.inactive_value());
    w.alias.clear();
    if (with_alias) {
        w.alias.assign(nl_.nbits, -1);
        for (const auto &f : nl_.flops)
            if (!is_ctrl_reg_[f.reg])
                w.alias[f.q] = f.q;
    }
    for (const auto &n : nl_.nodes) {
        if (safe && sat_opaque(n.kind))
            continue; // outputs stay x
        eval_node_values(n, w.val.data());
        if (with_alias)
            for (int i = 0; i < GetSize(n.y); ++i)
                if (n.y[i] >= kFirstWireBit)
                    w.alias[n.y[i]] = w.val[n.y[i]] != kVX ? -1 : node_alias(n, i, w.val.data(), w.alias.data());
    }
}

void StateEvaluator::set_bit(Work &w, int bit, uint8_t v, int alias) {
    const bool track = !w.alias.empty();
    if (w.val[bit] == v && (!track || w.alias[bit] == alias))
        return;
    if (w.logging)
        w.undo.push_back({bit, w.val[bit], track ? w.alias[bit] : -1});
    w.val[bit] = v;
    if (track)
        w.alias[bit] = alias;
    changed_.push_back(bit);
}

void StateEvaluator::set_code(Work &w, const std::vector<bool> &code) {
    for (auto it = w.undo.rbegin(); it != w.undo.rend(); ++it) {
        w.val[it->bit] = it->val;
        if (!w.alias.empty())
            w.alias[it->bit] = it->alias;
    }
    w.undo.clear();
    w.logging = false;
    changed_.clear();
    for (int i = 0; i < GetSize(ctrl_q_); ++i)
        set_bit(w, ctrl_q_[i], code[i] ? kV1 : kV0, -1);
    // Decoders are not readers of the controller bits for mark_readers(): from the base
    // every one is evaluated, from another code those matching either code.
    seeds_.clear();
    if (!w.has_code) {
        seeds_ = decoders_;
    } else {
        std::vector<bool> old_key, new_key;
        for (const auto &g : decoder_groups_) {
            old_key.clear(), new_key.clear();
            for (int p : g.pos)
                old_key.push_back(w.code[p]), new_key.push_back(code[p]);
            if (old_key == new_key)
                continue;
            for (const auto *key : {&old_key, &new_key}) {
                auto it = g.nodes.find(*key);
                if (it != g.nodes.end())
                    seeds_.insert(seeds_.end(), it->second.begin(), it->second.end());
            }
        }
    }
    w.code = code;
    w.has_code = true;
    propagate(w, false);
}

// Re-evaluates, in topological order, the nodes reading a bit in changed_ (inside the
// scope unless `anywhere`), and what their changes reach.
void StateEvaluator::propagate(Work &w, bool anywhere) {
    // Dirty nodes as a bit map over node indices, scanned upwards: readers of a node
    // have higher indices (topological order), so they are met later in the same scan.
    anywhere_ = anywhere;
    dirty_lo_ = GetSize(dirty_), dirty_hi_ = -1;
    for (int b : changed_)
        mark_readers(b);
    changed_.clear();
    for (int n : seeds_) {
        dirty_[n >> 6] |= uint64_t(1) << (n & 63);
        dirty_lo_ = std::min(dirty_lo_, n >> 6);
        dirty_hi_ = std::max(dirty_hi_, n >> 6);
    }
    seeds_.clear();
    for (int word = dirty_lo_; word <= dirty_hi_; ++word)
        while (dirty_[word]) {
            const int ni = word * 64 + __builtin_ctzll(dirty_[word]);
            dirty_[word] &= dirty_[word] - 1;
            update_node(w, ni);
        }
}

void StateEvaluator::mark_readers(int bit) {
    for (int k = fanout_start_[bit]; k < fanout_start_[bit + 1]; ++k) {
        int n = fanout_[k];
        if (anywhere_ || in_scope_[n]) {
            dirty_[n >> 6] |= uint64_t(1) << (n & 63);
            dirty_lo_ = std::min(dirty_lo_, n >> 6);
            dirty_hi_ = std::max(dirty_hi_, n >> 6);
        }
    }
}

// Re-evaluates one node; marks the readers of the outputs whose value or alias changed.
void StateEvaluator::update_node(Work &w, int ni) {
    const CombNode &n = nl_.nodes[ni];
    const bool track = !w.alias.empty();
    uint8_t *val = w.val.data();
    const int yw = GetSize(n.y);
    old_val_.resize(yw);
    old_alias_.resize(yw);
    for (int i = 0; i < yw; ++i) {
        old_val_[i] = val[n.y[i]];
        old_alias_[i] = track ? w.alias[n.y[i]] : -1;
    }
    if (w.safe && sat_opaque(n.kind)) {
        for (int y : n.y)
            if (y >= kFirstWireBit)
                val[y] = kVX;
    } else {
        eval_node_values(n, val);
    }
    const int single = track && n.kind == NodeKind::Pmux ? pmux_single_candidate(n, val) : -2;
    for (int i = 0; i < yw; ++i) {
        const int y = n.y[i];
        if (y < kFirstWireBit)
            continue;
        if (forced_[y] != kVFree)
            val[y] = forced_[y];
        int a = -1;
        if (track && val[y] == kVX)
            a = n.kind != NodeKind::Pmux ? node_alias(n, i, val, w.alias.data())
                : single == -2          ? -1
                : single < 0            ? w.alias[n.a[i]]
                                        : w.alias[n.b[single * yw + i]];
        if (val[y] == old_val_[i] && (!track || a == old_alias_[i]))
            continue;
        if (w.logging)
            w.undo.push_back({y, old_val_[i], old_alias_[i]});
        if (track)
            w.alias[y] = a;
        mark_readers(y);
    }
}

void StateEvaluator::evaluate(const std::vector<bool> &code, const std::vector<std::pair<int, uint8_t>> &forced) {
    log_assert(forced.empty() || !main_.alias.empty());
    if (++epoch_ == 0) { // wrapped: forget every stamp
        for (auto *v : {&cur_stamp_, &cur_ref_stamp_, &node_cur_stamp_})
            std::fill(v->begin(), v->end(), 0);
        epoch_ = 1;
    }
    pool_.clear_transient();
    set_code(main_, code);
    if (forced.empty())
        return;
    main_.logging = true;
    for (auto [b, v] : forced) {
        forced_[b] = v;
        set_bit(main_, b, v, -1);
    }
    mark_forced_closure(forced);
    propagate(main_, true);
    for (auto [b, v] : forced)
        forced_[b] = kVFree;
}

// The forced bits and everything they reach are state-dependent for deps() (a set can
// change even where the value does not).
void StateEvaluator::mark_forced_closure(const std::vector<std::pair<int, uint8_t>> &forced) {
    stack_.clear();
    for (auto [b, v] : forced)
        stack_.push_back(b);
    while (!stack_.empty()) {
        int b = stack_.back();
        stack_.pop_back();
        if (cur_stamp_[b] == epoch_)
            continue;
        cur_stamp_[b] = epoch_;
        for (int k = fanout_start_[b]; k < fanout_start_[b + 1]; ++k)
            for (int y : nl_.nodes[fanout_[k]].y)
                if (y >= kFirstWireBit && cur_stamp_[y] != epoch_)
                    stack_.push_back(y);
    }
}

const std::vector<uint8_t> &StateEvaluator::evaluate_safe(const std::vector<bool> &code) {
    if (safe_.val.empty())
        init_work(safe_, false, true);
    set_code(safe_, code);
    return safe_.val;
}

bool StateEvaluator::memoised(int bit) const {
    return current(bit) ? cur_ref_stamp_[bit] == epoch_ : base_ref_[bit] >= 0;
}

DepRef StateEvaluator::memo(int bit) const { return current(bit) ? cur_ref_[bit] : base_ref_[bit]; }

void StateEvaluator::store(int bit, DepRef ref) {
    if (current(bit)) {
        cur_ref_[bit] = ref;
        cur_ref_stamp_[bit] = epoch_;
    } else {
        base_ref_[bit] = ref;
    }
}

// The per-node union of a whole-node-rule node: per evaluation where the node is
// state-dependent, persistent elsewhere. nullptr when not computed yet.
DepRef *StateEvaluator::node_memo(int node, bool cur) {
    if (cur)
        return node_cur_stamp_[node] == epoch_ ? &node_cur_ref_[node] : nullptr;
    return node_base_ref_[node] >= 0 ? &node_base_ref_[node] : nullptr;
}

bool StateEvaluator::operands(int bit, std::vector<int> &out, DepRef *ready) const {
    const auto &val = main_.val;
    *ready = DepPool::kEmpty;
    if (bit < kFirstWireBit || val[bit] != kVX)
        return false;
    const int d = nl_.driver[bit];
    if (d < 0) {
        // A source: a data register's Q bit depends on its register; inputs, undriven
        // bits and (x-valued, in the base) controller bits on nothing.
        int f = nl_.flop_of_q[bit];
        if (f >= 0 && !is_ctrl_reg_[nl_.flops[f].reg])
            *ready = pool_.singleton(nl_.flops[f].reg);
        return false;
    }
    const CombNode &n = nl_.nodes[d];
    const int i = out_index_[bit], yw = GetSize(n.y);
    switch (n.kind) {
    case NodeKind::Mux: {
        uint8_t s = val[n.s[0]];
        if (s == kV0)
            out.push_back(n.a[i]);
        else if (s == kV1)
            out.push_back(n.b[i]);
        else
            out.insert(out.end(), {n.s[0], n.a[i], n.b[i]});
        return true;
    }
    case NodeKind::Pmux: {
        int ones = 0;
        for (int j = 0; j < GetSize(n.s); ++j) {
            uint8_t s = val[n.s[j]];
            if (s == kV0)
                continue;
            if (s == kV1)
                ++ones;
            else
                out.push_back(n.s[j]);
            out.push_back(n.b[j * yw + i]);
        }
        if (ones == 0)
            out.push_back(n.a[i]);
        return true;
    }
    case NodeKind::Buf:
    case NodeKind::Not:
        out.push_back(n.a[i]);
        return true;
    case NodeKind::And:
    case NodeKind::Or:
    case NodeKind::Xor:
    case NodeKind::Xnor:
        out.insert(out.end(), {n.a[i], n.b[i]});
        return true;
    default:
        out.insert(out.end(), n.inputs.begin(), n.inputs.end());
        return true;
    }
}

DepRef StateEvaluator::deps(int bit) {
    log_assert(!main_.alias.empty());
    if (memoised(bit))
        return memo(bit);
    stack_.clear();
    stack_.push_back(bit);
    while (!stack_.empty()) {
        const int t = stack_.back();
        if (memoised(t)) {
            stack_.pop_back();
            continue;
        }
        const int d = t >= kFirstWireBit ? nl_.driver[t] : -1;
        const bool whole = d >= 0 && main_.val[t] == kVX && whole_node_rule(nl_.nodes[d].kind);
        if (whole) {
            if (DepRef *m = node_memo(d, current(t))) {
                store(t, *m);
                stack_.pop_back();
                continue;
            }
        }
        ops_.clear();
        DepRef ready;
        if (!operands(t, ops_, &ready)) {
            store(t, ready);
            stack_.pop_back();
            continue;
        }
        bool all = true;
        for (int o : ops_)
            if (!memoised(o)) {
                stack_.push_back(o);
                all = false;
            }
        if (!all)
            continue;
        refs_.clear();
        for (int o : ops_)
            refs_.push_back(memo(o));
        const bool persistent = !current(t);
        DepRef r = pool_.unite(refs_.data(), GetSize(refs_), persistent);
        store(t, r);
        if (whole) {
            if (persistent) {
                node_base_ref_[d] = r;
            } else {
                node_cur_ref_[d] = r;
                node_cur_stamp_[d] = epoch_;
            }
        }
        stack_.pop_back();
    }
    return memo(bit);
}

} // namespace idetic_pass
YOSYS_NAMESPACE_END
