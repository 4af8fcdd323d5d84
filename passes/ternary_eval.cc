#include "ternary_eval.h"

#include "kernel/celltypes.h"

YOSYS_NAMESPACE_BEGIN
namespace idetic_pass {

namespace {

uint8_t t_not(uint8_t a) { return a == kVX ? kVX : uint8_t(!a); }
uint8_t t_and(uint8_t a, uint8_t b) {
    if (a == kV0 || b == kV0)
        return kV0;
    return a == kV1 && b == kV1 ? kV1 : kVX;
}
uint8_t t_or(uint8_t a, uint8_t b) {
    if (a == kV1 || b == kV1)
        return kV1;
    return a == kV0 && b == kV0 ? kV0 : kVX;
}
uint8_t t_xor(uint8_t a, uint8_t b) { return a == kVX || b == kVX ? kVX : uint8_t(a ^ b); }

uint8_t reduce_or(const std::vector<int> &bits, const uint8_t *val) {
    uint8_t r = kV0;
    for (int b : bits)
        r = t_or(r, val[b]);
    return r;
}

void merge(DepSet &dst, const DepSet &src) {
    if (src.size() == 0)
        return;
    if (dst.size() == 0)
        dst = src;
    else
        dst |= src;
}

RTLIL::Const to_const(const std::vector<int> &bits, const uint8_t *val) {
    RTLIL::Const c;
    for (int b : bits)
        c.bits.push_back(val[b] == kV0 ? RTLIL::State::S0 : val[b] == kV1 ? RTLIL::State::S1 : RTLIL::State::Sx);
    return c;
}

} // namespace

Valuation TernaryEval::blank(bool track) const {
    Valuation v;
    v.val.assign(nl_.nbits, kVX);
    v.val[kBit0] = kV0;
    v.val[kBit1] = kV1;
    if (track) {
        v.deps.assign(nl_.nbits, DepSet());
        v.alias.assign(nl_.nbits, -1);
    }
    return v;
}

void TernaryEval::run(Valuation &v, bool track, const std::vector<uint8_t> *forced) const {
    for (const auto &n : nl_.nodes) {
        eval_node_values(n, v.val.data());
        if (forced)
            for (int y : n.y)
                if (y >= kFirstWireBit && (*forced)[y] != kVFree)
                    v.val[y] = (*forced)[y];
        if (track)
            track_node(n, v);
    }
}

void eval_node_values(const CombNode &n, uint8_t *val) {
    auto set_y = [&](int i, uint8_t x) {
        if (n.y[i] >= kFirstWireBit)
            val[n.y[i]] = x;
    };
    auto set_single = [&](uint8_t x) {
        for (int i = 0; i < GetSize(n.y); ++i)
            set_y(i, i == 0 ? x : kV0);
    };
    const int yw = GetSize(n.y);
    switch (n.kind) {
    case NodeKind::Mux: {
        uint8_t s = val[n.s[0]];
        for (int i = 0; i < yw; ++i) {
            uint8_t a = val[n.a[i]], b = val[n.b[i]];
            set_y(i, s == kV0 ? a : s == kV1 ? b : (a == b ? a : uint8_t(kVX)));
        }
        break;
    }
    case NodeKind::Pmux: {
        // Candidates: the B_j whose select may be 1, and A when none is surely 1.
        static thread_local std::vector<int> cands;
        cands.clear();
        int ones = 0;
        for (int j = 0; j < GetSize(n.s); ++j) {
            uint8_t s = val[n.s[j]];
            if (s != kV0)
                cands.push_back(j);
            ones += s == kV1;
        }
        for (int i = 0; i < yw; ++i) {
            uint8_t r = ones > 1 ? uint8_t(kVX) : uint8_t(3);
            for (int k = 0; k < GetSize(cands) && r != kVX; ++k) {
                uint8_t x = val[n.b[cands[k] * yw + i]];
                r = r == 3 ? x : (r == x ? r : kVX);
            }
            if (ones == 0 && r != kVX) {
                uint8_t x = val[n.a[i]];
                r = r == 3 ? x : (r == x ? r : kVX);
            }
            set_y(i, r == 3 ? uint8_t(kVX) : r);
        }
        break;
    }
    case NodeKind::Not:
        for (int i = 0; i < yw; ++i)
            set_y(i, t_not(val[n.a[i]]));
        break;
    case NodeKind::Buf:
        for (int i = 0; i < yw; ++i)
            set_y(i, val[n.a[i]]);
        break;
    case NodeKind::And:
    case NodeKind::Or:
    case NodeKind::Xor:
    case NodeKind::Xnor:
        for (int i = 0; i < yw; ++i) {
            uint8_t a = val[n.a[i]], b = val[n.b[i]];
            uint8_t r = n.kind == NodeKind::And  ? t_and(a, b)
                        : n.kind == NodeKind::Or ? t_or(a, b)
                        : n.kind == NodeKind::Xor ? t_xor(a, b)
                                                  : t_not(t_xor(a, b));
            set_y(i, r);
        }
        break;
    case NodeKind::ReduceAnd: {
        uint8_t r = kV1;
        for (int b : n.a)
            r = t_and(r, val[b]);
        set_single(r);
        break;
    }
    case NodeKind::ReduceOr:
    case NodeKind::ReduceBool:
        set_single(reduce_or(n.a, val));
        break;
    case NodeKind::ReduceXor:
    case NodeKind::ReduceXnor: {
        uint8_t r = kV0;
        for (int b : n.a)
            r = t_xor(r, val[b]);
        set_single(n.kind == NodeKind::ReduceXor ? r : t_not(r));
        break;
    }
    case NodeKind::LogicNot:
        set_single(t_not(reduce_or(n.a, val)));
        break;
    case NodeKind::LogicAnd:
        set_single(t_and(reduce_or(n.a, val), reduce_or(n.b, val)));
        break;
    case NodeKind::LogicOr:
        set_single(t_or(reduce_or(n.a, val), reduce_or(n.b, val)));
        break;
    case NodeKind::Eq:
    case NodeKind::Ne: {
        uint8_t eq = kV1;
        for (int i = 0; i < GetSize(n.a); ++i) {
            uint8_t a = val[n.a[i]], b = val[n.b[i]];
            if (a != kVX && b != kVX && a != b) {
                eq = kV0;
                break;
            }
            if (a == kVX || b == kVX)
                eq = kVX;
        }
        set_single(n.kind == NodeKind::Eq ? eq : t_not(eq));
        break;
    }
    case NodeKind::Eval: {
        bool known = true;
        for (int b : n.inputs)
            known &= val[b] != kVX;
        if (!known) {
            for (int i = 0; i < yw; ++i)
                set_y(i, kVX);
            break;
        }
        bool err = false;
        RTLIL::Const r = CellTypes::eval(n.cell, to_const(n.a, val), to_const(n.b, val), &err);
        for (int i = 0; i < yw; ++i) {
            RTLIL::State s = !err && i < GetSize(r) ? r.bits[i] : RTLIL::State::Sx;
            set_y(i, s == RTLIL::State::S0 ? kV0 : s == RTLIL::State::S1 ? kV1 : kVX);
        }
        break;
    }
    case NodeKind::Opaque:
        for (int i = 0; i < yw; ++i)
            set_y(i, kVX);
        break;
    }
}

int pmux_single_candidate(const CombNode &n, const uint8_t *val) {
    int ones = 0, last = -1, count = 0;
    for (int j = 0; j < GetSize(n.s) && count <= 1; ++j) {
        uint8_t s = val[n.s[j]];
        if (s == kV0)
            continue;
        ones += s == kV1;
        last = j, ++count;
    }
    if (ones == 0)
        ++count, last = count == 1 ? -1 : last; // A is a candidate too
    return count == 1 && ones <= 1 ? last : -2;
}

int node_alias(const CombNode &n, int i, const uint8_t *val, const int *alias) {
    const int yw = GetSize(n.y);
    switch (n.kind) {
    case NodeKind::Mux: {
        uint8_t s = val[n.s[0]];
        int a = n.a[i], b = n.b[i];
        if (s == kV0)
            return alias[a];
        if (s == kV1)
            return alias[b];
        return alias[a] >= 0 && alias[a] == alias[b] ? alias[a] : -1;
    }
    case NodeKind::Pmux: {
        int c = pmux_single_candidate(n, val);
        return c == -2 ? -1 : c < 0 ? alias[n.a[i]] : alias[n.b[c * yw + i]];
    }
    case NodeKind::Buf:
        return alias[n.a[i]];
    case NodeKind::And:
    case NodeKind::Or:
    case NodeKind::Xor: {
        // A copy through an and/or/xor whose other operand is its identity value.
        int a = n.a[i], b = n.b[i];
        uint8_t ident = n.kind == NodeKind::And ? uint8_t(kV1) : uint8_t(kV0);
        if (val[b] == ident)
            return alias[a];
        if (val[a] == ident)
            return alias[b];
        return -1;
    }
    default:
        return -1;
    }
}

void TernaryEval::track_node(const CombNode &n, Valuation &v) const {
    const auto &val = v.val;
    const int yw = GetSize(n.y);
    for (int i = 0; i < yw; ++i) {
        int y = n.y[i];
        if (y < kFirstWireBit)
            continue;
        DepSet &d = v.deps[y];
        d.clear();
        d.resize(0);
        v.alias[y] = -1;
        if (val[y] != kVX)
            continue;
        v.alias[y] = node_alias(n, i, val.data(), v.alias.data());
        switch (n.kind) {
        case NodeKind::Mux: {
            uint8_t s = val[n.s[0]];
            int a = n.a[i], b = n.b[i];
            if (s == kV0) {
                d = v.deps[a];
            } else if (s == kV1) {
                d = v.deps[b];
            } else {
                merge(d, v.deps[n.s[0]]);
                merge(d, v.deps[a]);
                merge(d, v.deps[b]);
            }
            break;
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
                    merge(d, v.deps[n.s[j]]);
                merge(d, v.deps[n.b[j * yw + i]]);
            }
            if (ones == 0)
                merge(d, v.deps[n.a[i]]);
            break;
        }
        case NodeKind::Buf:
        case NodeKind::Not:
            d = v.deps[n.a[i]];
            break;
        case NodeKind::And:
        case NodeKind::Or:
        case NodeKind::Xor:
        case NodeKind::Xnor:
            merge(d, v.deps[n.a[i]]);
            merge(d, v.deps[n.b[i]]);
            break;
        default:
            for (int in : n.inputs)
                merge(d, v.deps[in]);
            break;
        }
    }
}

} // namespace idetic_pass
YOSYS_NAMESPACE_END
