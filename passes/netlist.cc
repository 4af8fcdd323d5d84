#include "netlist.h"

#include "kernel/celltypes.h"
#include "kernel/mem.h"

#include <algorithm>
#include <deque>

YOSYS_NAMESPACE_BEGIN
namespace idetic_pass {

namespace {

std::string plain(RTLIL::IdString name) {
    std::string s = name.str();
    return s.size() > 1 && s[0] == '\\' ? s.substr(1) : s;
}

bool is_latch_type(RTLIL::IdString type) {
    return type.in(ID($dlatch), ID($adlatch), ID($dlatchsr), ID($sr)) || type.begins_with("$_DLATCH") ||
           type.begins_with("$_SR_");
}

bool is_memory_type(RTLIL::IdString type) { return type.begins_with("$mem"); }

bool no_output_type(RTLIL::IdString type) {
    return type.in(ID($assert), ID($assume), ID($live), ID($fair), ID($cover), ID($specify2), ID($specify3),
                   ID($specrule));
}

const pool<RTLIL::IdString> &evaluable_types() {
    static const pool<RTLIL::IdString> types = {
        ID($neg), ID($shl), ID($shr), ID($sshl), ID($sshr), ID($shift), ID($shiftx), ID($lt), ID($le),
        ID($eqx), ID($nex), ID($ge), ID($gt), ID($add), ID($sub), ID($mul), ID($div), ID($mod),
        ID($divfloor), ID($modfloor), ID($pow)};
    return types;
}

} // namespace

std::string pretty_signal(const RTLIL::SigSpec &sig) {
    std::string s = log_signal(sig), out;
    for (size_t i = 0; i < s.size(); ++i)
        if (!(s[i] == '\\' && (i == 0 || s[i - 1] == ' ' || s[i - 1] == '{')))
            out += s[i];
    return out;
}

int Netlist::intern(RTLIL::SigBit bit) {
    bit = sigmap(bit);
    if (bit.wire == nullptr)
        return bit.data == RTLIL::State::S0 ? kBit0 : bit.data == RTLIL::State::S1 ? kBit1 : kBitX;
    auto it = ids_.find(bit);
    if (it != ids_.end())
        return it->second;
    int id = nbits++;
    ids_[bit] = id;
    bits_.push_back(bit);
    return id;
}

int Netlist::id(RTLIL::SigBit bit) const {
    bit = sigmap(bit);
    if (bit.wire == nullptr)
        return bit.data == RTLIL::State::S0 ? kBit0 : bit.data == RTLIL::State::S1 ? kBit1 : kBitX;
    auto it = ids_.find(bit);
    return it == ids_.end() ? kBitX : it->second;
}

std::vector<int> Netlist::ids(const RTLIL::SigSpec &sig) const {
    std::vector<int> out;
    for (auto bit : sig)
        out.push_back(id(bit));
    return out;
}

std::string Netlist::bit_name(int id) const {
    if (id < kFirstWireBit)
        return id == kBit0 ? "1'b0" : id == kBit1 ? "1'b1" : "1'bx";
    const auto &b = bits_.at(id);
    return b.wire->width == 1 ? plain(b.wire->name) : stringf("%s[%d]", plain(b.wire->name).c_str(), b.offset);
}

int Netlist::find_register(const std::string &name) const {
    for (int i = 0; i < GetSize(regs); ++i)
        if (regs[i].name == name)
            return i;
    return -1;
}

Netlist::Netlist(RTLIL::Module *mod) : module(mod) {
    sigmap.set(module);
    initvals.set(&sigmap, module);
    bits_ = {RTLIL::SigBit(RTLIL::State::S0), RTLIL::SigBit(RTLIL::State::S1), RTLIL::SigBit(RTLIL::State::Sx)};

    std::vector<RTLIL::Wire *> ports;
    for (auto w : module->wires())
        if (w->port_id > 0)
            ports.push_back(w);
    std::sort(ports.begin(), ports.end(), [](auto *x, auto *y) { return x->port_id < y->port_id; });
    for (auto w : ports) {
        PortInfo p{plain(w->name), w, {}};
        for (auto bit : RTLIL::SigSpec(w))
            p.bits.push_back(intern(bit));
        (w->port_input ? inputs : outputs).push_back(p);
        if (w->port_input && w->port_output)
            outputs.push_back(p);
    }
    index_cells();
}

void Netlist::index_cells() {
    std::vector<RTLIL::Cell *> ff_cells;
    std::vector<CombNode> unsorted;
    struct MemClock {
        RTLIL::Cell *cell;
        int bit;
        bool posedge;
    };
    std::vector<MemClock> mem_clocks;
    dict<RTLIL::Cell *, Mem> mems;
    for (auto &mem : Mem::get_all_memories(module))
        if (mem.cell)
            mems.emplace(mem.cell, mem);

    for (auto cell : module->cells()) {
        RTLIL::IdString type = cell->type;
        if (is_latch_type(type)) {
            RTLIL::SigSpec q = cell->hasPort(ID::Q) ? cell->getPort(ID::Q) : RTLIL::SigSpec();
            log_error("idetic: latch: signal '%s' in module '%s' is held by a latch (%s); an always @* block "
                      "does not assign it on every path. Assign it in every branch (or give it a default) so that "
                      "the logic is combinational.\n",
                      q.empty() ? log_id(cell) : pretty_signal(q).c_str(), log_id(module), log_id(type));
        }
        if (RTLIL::builtin_ff_cell_types().count(type)) {
            ff_cells.push_back(cell);
            continue;
        }
        if (type == ID($mem_v2) && mems.count(cell)) {
            const Mem &mem = mems.at(cell);
            KeptMemory km;
            km.name = plain(mem.memid);
            km.cell = cell;
            km.width = mem.width;
            km.depth = mem.size;
            auto append = [&](std::vector<int> &v, const RTLIL::SigSpec &sig) {
                for (auto bit : sig)
                    v.push_back(intern(bit));
            };
            CombNode rd;
            rd.cell = cell;
            rd.kind = NodeKind::Opaque;
            for (const auto &port : mem.rd_ports) {
                if (port.clk_enable)
                    log_error("idetic: unsupported memory: memory '%s' in '%s' has a clocked read port; the "
                              "analysis expects read flip-flops outside the memory (run 'memory_nordff').\n",
                              km.name.c_str(), log_id(module));
                append(rd.y, port.data);
                append(rd.inputs, port.addr);
                append(rd.inputs, port.en);
            }
            for (const auto &port : mem.wr_ports) {
                if (!port.clk_enable)
                    log_error("idetic: unsupported memory: memory '%s' in '%s' has an unclocked write port.\n",
                              km.name.c_str(), log_id(module));
                mem_clocks.push_back({cell, intern(port.clk), port.clk_polarity});
                MemoryWrite w;
                append(w.en, port.en);
                append(w.addr, port.addr);
                append(w.data, port.data);
                km.writes.push_back(std::move(w));
            }
            memories.push_back(std::move(km));
            if (!rd.y.empty())
                unsorted.push_back(std::move(rd));
            continue;
        }
        if (is_memory_type(type))
            log_error("idetic: unsupported memory: module '%s' contains memory '%s' as a loose %s cell; run "
                      "'memory_collect' first (checkpoint_insert does when it prepares the design).\n",
                      log_id(module), cell->hasParam(ID::MEMID) ? cell->getParam(ID::MEMID).decode_string().c_str()
                                                                 : log_id(cell),
                      log_id(type));
        if (!type.begins_with("$"))
            log_error("idetic: black box: instance '%s' of module '%s' in '%s' has no definition, so its "
                      "state cannot be saved. Provide its Verilog source (or remove it).\n",
                      log_id(cell), log_id(type), log_id(module));
        if (no_output_type(type))
            continue;
        if (!yosys_celltypes.cell_known(type))
            log_error("idetic: black box: cell '%s' of type '%s' in '%s' is not a Yosys internal cell this tool "
                      "understands.\n",
                      log_id(cell), log_id(type), log_id(module));

        CombNode n;
        n.cell = cell;
        for (auto &conn : cell->connections()) {
            if (yosys_celltypes.cell_output(type, conn.first))
                for (auto bit : conn.second)
                    n.y.push_back(intern(bit));
            else
                for (auto bit : conn.second)
                    n.inputs.push_back(intern(bit));
        }
        auto port = [&](RTLIL::IdString p) {
            std::vector<int> v;
            if (cell->hasPort(p))
                for (auto bit : cell->getPort(p))
                    v.push_back(intern(bit));
            return v;
        };
        auto extend = [&](std::vector<int> v, int width, bool is_signed) {
            int msb = v.empty() ? kBit0 : v.back();
            if (GetSize(v) > width)
                v.resize(width);
            while (GetSize(v) < width)
                v.push_back(is_signed ? msb : int(kBit0));
            return v;
        };
        bool a_signed = cell->hasParam(ID::A_SIGNED) && cell->getParam(ID::A_SIGNED).as_bool();
        bool b_signed = cell->hasParam(ID::B_SIGNED) && cell->getParam(ID::B_SIGNED).as_bool();
        int ywidth = cell->hasPort(ID::Y) ? GetSize(cell->getPort(ID::Y)) : 0;

        if (type == ID($mux) || type == ID($pmux)) {
            n.kind = type == ID($mux) ? NodeKind::Mux : NodeKind::Pmux;
            n.a = port(ID::A), n.b = port(ID::B), n.s = port(ID::S);
        } else if (type.in(ID($not), ID($pos))) {
            n.kind = type == ID($not) ? NodeKind::Not : NodeKind::Buf;
            n.a = extend(port(ID::A), ywidth, a_signed);
        } else if (type.in(ID($and), ID($or), ID($xor), ID($xnor))) {
            n.kind = type == ID($and)   ? NodeKind::And
                     : type == ID($or)  ? NodeKind::Or
                     : type == ID($xor) ? NodeKind::Xor
                                        : NodeKind::Xnor;
            bool sig = a_signed && b_signed;
            n.a = extend(port(ID::A), ywidth, sig);
            n.b = extend(port(ID::B), ywidth, sig);
        } else if (type.in(ID($reduce_and), ID($reduce_or), ID($reduce_xor), ID($reduce_xnor), ID($reduce_bool),
                           ID($logic_not))) {
            n.kind = type == ID($reduce_and)    ? NodeKind::ReduceAnd
                     : type == ID($reduce_or)   ? NodeKind::ReduceOr
                     : type == ID($reduce_xor)  ? NodeKind::ReduceXor
                     : type == ID($reduce_xnor) ? NodeKind::ReduceXnor
                     : type == ID($reduce_bool) ? NodeKind::ReduceBool
                                                : NodeKind::LogicNot;
            n.a = port(ID::A);
        } else if (type.in(ID($logic_and), ID($logic_or))) {
            n.kind = type == ID($logic_and) ? NodeKind::LogicAnd : NodeKind::LogicOr;
            n.a = port(ID::A), n.b = port(ID::B);
        } else if (type.in(ID($eq), ID($ne))) {
            n.kind = type == ID($eq) ? NodeKind::Eq : NodeKind::Ne;
            int w = std::max(GetSize(cell->getPort(ID::A)), GetSize(cell->getPort(ID::B)));
            bool sig = a_signed && b_signed;
            n.a = extend(port(ID::A), w, sig);
            n.b = extend(port(ID::B), w, sig);
        } else if (evaluable_types().count(type)) {
            n.kind = NodeKind::Eval;
            n.a = port(ID::A), n.b = port(ID::B);
        } else {
            n.kind = NodeKind::Opaque;
        }
        n.is_condition = ywidth == 1 && (n.kind == NodeKind::ReduceAnd || n.kind == NodeKind::ReduceOr ||
                                         n.kind == NodeKind::ReduceXor || n.kind == NodeKind::ReduceXnor ||
                                         n.kind == NodeKind::ReduceBool || n.kind == NodeKind::LogicNot ||
                                         n.kind == NodeKind::LogicAnd || n.kind == NodeKind::LogicOr ||
                                         n.kind == NodeKind::Eq || n.kind == NodeKind::Ne ||
                                         type.in(ID($lt), ID($le), ID($gt), ID($ge), ID($eqx), ID($nex)));
        unsorted.push_back(std::move(n));
    }

    if (ff_cells.empty())
        log_error("idetic: no clock: module '%s' has no flip-flops, so it has no controller state to "
                  "checkpoint (a purely combinational design needs no checkpointing).\n",
                  log_id(module));

    driver.assign(nbits, -1);
    flop_of_q.assign(nbits, -1);
    index_flops(ff_cells);
    for (const auto &mc : mem_clocks)
        if (mc.bit != clock_bit || mc.posedge != clock_posedge)
            log_error("idetic: several clocks: memory '%s' in '%s' is written on %s of %s, but the flip-flops "
                      "are clocked by %s of %s; only designs with one clock domain are supported.\n",
                      RTLIL::unescape_id(mc.cell->getParam(ID::MEMID).decode_string()).c_str(), log_id(module),
                      mc.posedge ? "posedge" : "negedge", bit_name(mc.bit).c_str(),
                      clock_posedge ? "posedge" : "negedge", clock_name.c_str());
    sort_nodes(std::move(unsorted));
}

void Netlist::index_flops(const std::vector<RTLIL::Cell *> &ff_cells) {
    dict<RTLIL::Wire *, int> reg_of_wire;
    RTLIL::SigBit clock;
    bool clock_set = false;
    std::string first_ff;

    for (auto cell : ff_cells) {
        FfData ff(&initvals, cell);
        if (ff.has_gclk || !ff.has_clk)
            log_error("idetic: no clock: flip-flop '%s' (%s) in '%s' has no clock input; only designs with "
                      "one clock are supported.\n",
                      pretty_signal(ff.sig_q).c_str(), log_id(cell->type), log_id(module));
        if (ff.has_aload || ff.has_sr || ff.has_ce || ff.has_srst)
            log_error("idetic: unsupported flip-flop: '%s' (%s) in '%s' uses %s; run 'dffunmap' first or "
                      "describe it as a plain D flip-flop with an optional asynchronous reset.\n",
                      pretty_signal(ff.sig_q).c_str(), log_id(cell->type), log_id(module),
                      ff.has_aload ? "an asynchronous load" : ff.has_sr ? "per-bit set/reset" : "an enable");
        RTLIL::SigBit clk = sigmap(ff.sig_clk[0]);
        if (!clock_set) {
            clock = clk, clock_posedge = ff.pol_clk, clock_set = true;
            first_ff = pretty_signal(ff.sig_q).c_str();
        } else if (clk != clock || ff.pol_clk != clock_posedge) {
            log_error("idetic: several clocks: '%s' is clocked by %s (%s) but '%s' by %s (%s); only designs "
                      "with one clock domain are supported.\n",
                      first_ff.c_str(), pretty_signal(clock).c_str(), clock_posedge ? "posedge" : "negedge",
                      pretty_signal(ff.sig_q).c_str(), pretty_signal(clk).c_str(), ff.pol_clk ? "posedge" : "negedge");
        }

        RTLIL::SigSpec raw_q = cell->getPort(ID::Q);
        for (int i = 0; i < ff.width; ++i) {
            FlopBit fb;
            fb.q = intern(raw_q[i]);
            fb.d = intern(ff.sig_d[i]);
            if (ff.has_arst) {
                fb.arst = intern(ff.sig_arst[0]);
                fb.arst_active_high = ff.pol_arst;
                fb.arst_value = ff.val_arst.bits.at(i);
            }
            fb.init = ff.val_init.bits.at(i);
            if (GetSize(flop_of_q) < nbits)
                flop_of_q.resize(nbits, -1);
            if (fb.q < kFirstWireBit || flop_of_q[fb.q] >= 0)
                log_error("idetic: multiple drivers: '%s' in '%s' is driven by more than one flip-flop.\n",
                          pretty_signal(raw_q[i]).c_str(), log_id(module));
            RTLIL::Wire *w = raw_q[i].wire;
            auto it = reg_of_wire.find(w);
            int r;
            if (it == reg_of_wire.end()) {
                r = GetSize(regs);
                reg_of_wire[w] = r;
                RegisterInfo info;
                info.name = plain(w->name);
                info.wire = w;
                info.has_state_attr = w->has_attribute(RTLIL::escape_id("idetic_state"));
                regs.push_back(info);
            } else {
                r = it->second;
            }
            fb.reg = r;
            flop_of_q[fb.q] = GetSize(flops);
            regs[r].flops.push_back(GetSize(flops));
            flops.push_back(fb);
        }
    }
    clock_bit = intern(clock);
    clock_name = bit_name(clock_bit);
    bool clock_is_input = false;
    for (auto &p : inputs)
        for (int b : p.bits)
            clock_is_input |= b == clock_bit;
    if (!clock_is_input)
        log_error("idetic: several clocks: the flip-flops of '%s' are clocked by '%s', which is not an input "
                  "port (a derived or gated clock); only designs clocked directly by one input are supported.\n",
                  log_id(module), clock_name.c_str());

    // Registers in name order, bits in wire-offset order.
    for (auto &r : regs)
        std::sort(r.flops.begin(), r.flops.end(),
                  [&](int x, int y) { return bits_[flops[x].q].offset < bits_[flops[y].q].offset; });
    std::vector<int> order(regs.size());
    for (int i = 0; i < GetSize(order); ++i)
        order[i] = i;
    std::sort(order.begin(), order.end(), [&](int x, int y) { return regs[x].name < regs[y].name; });
    std::vector<RegisterInfo> sorted;
    std::vector<int> new_index(regs.size());
    for (int i = 0; i < GetSize(order); ++i) {
        new_index[order[i]] = i;
        sorted.push_back(regs[order[i]]);
    }
    regs = std::move(sorted);
    for (auto &f : flops)
        f.reg = new_index[f.reg];
}

void Netlist::sort_nodes(std::vector<CombNode> unsorted) {
    driver.resize(nbits, -1);
    flop_of_q.resize(nbits, -1);
    for (int i = 0; i < GetSize(unsorted); ++i)
        for (int y : unsorted[i].y) {
            if (y < kFirstWireBit)
                continue;
            if (driver[y] >= 0 || flop_of_q[y] >= 0)
                log_error("idetic: multiple drivers: signal '%s' in '%s' has more than one driver.\n",
                          bit_name(y).c_str(), log_id(module));
            driver[y] = i;
        }
    for (auto &p : inputs)
        for (int b : p.bits)
            if (b >= kFirstWireBit && (driver[b] >= 0 || flop_of_q[b] >= 0))
                log_error("idetic: multiple drivers: input port '%s' of '%s' is also driven inside the module.\n",
                          p.name.c_str(), log_id(module));

    // Kahn's algorithm over node -> node edges.
    const int n = GetSize(unsorted);
    std::vector<std::vector<int>> users(n);
    std::vector<int> pending(n, 0);
    for (int i = 0; i < n; ++i) {
        pool<int> preds;
        for (int in : unsorted[i].inputs)
            if (in >= kFirstWireBit && driver[in] >= 0)
                preds.insert(driver[in]);
        pending[i] = GetSize(preds);
        for (int p : preds)
            users[p].push_back(i);
    }
    std::deque<int> ready;
    for (int i = 0; i < n; ++i)
        if (pending[i] == 0)
            ready.push_back(i);
    std::vector<int> order;
    while (!ready.empty()) {
        int i = ready.front();
        ready.pop_front();
        order.push_back(i);
        for (int u : users[i])
            if (--pending[u] == 0)
                ready.push_back(u);
    }
    if (GetSize(order) != n) {
        // Name a signal on the loop: walk predecessors among the unsorted nodes until one repeats.
        int cur = -1;
        for (int i = 0; i < n && cur < 0; ++i)
            if (pending[i] > 0)
                cur = i;
        pool<int> seen;
        while (!seen.count(cur)) {
            seen.insert(cur);
            for (int in : unsorted[cur].inputs)
                if (in >= kFirstWireBit && driver[in] >= 0 && pending[driver[in]] > 0) {
                    cur = driver[in];
                    break;
                }
        }
        std::string where;
        for (int y : unsorted[cur].y)
            if (y >= kFirstWireBit) {
                where = bit_name(y);
                break;
            }
        log_error("idetic: combinational loop: signal '%s' in '%s' depends on itself through combinational "
                  "logic (cell '%s'); break the loop with a register.\n",
                  where.c_str(), log_id(module), log_id(unsorted[cur].cell));
    }
    std::vector<int> new_index(n);
    nodes.clear();
    for (int i = 0; i < n; ++i) {
        new_index[order[i]] = i;
        nodes.push_back(std::move(unsorted[order[i]]));
    }
    for (int b = 0; b < nbits; ++b)
        if (driver[b] >= 0)
            driver[b] = new_index[driver[b]];
}

} // namespace idetic_pass
YOSYS_NAMESPACE_END
