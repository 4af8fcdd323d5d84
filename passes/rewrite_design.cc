#include "rewrite_design.h"

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <fstream>
#include <map>

YOSYS_NAMESPACE_BEGIN
namespace idetic_pass {

namespace {

std::string sanitize(const std::string &name) {
    std::string out;
    for (char c : name)
        out += std::isalnum((unsigned char)c) ? c : '_';
    return out;
}

// Copies the engine (module `tpl`, instantiated in `m` as `inst`) into `m` and removes the
// instance, as `flatten` would, with one difference: a port wire of the engine becomes the
// signal the instance connects to, instead of a new wire aliased to it by an assignment.
// Those aliases are what the whole-module `opt_clean` after `flatten` used to merge (the
// costliest step of the rewrite on large designs: 6.6 s of 8.8 s at 5000 states), and
// `connect -set` on a port (scripts/formal-check.sh) would cut them. The engine is cleaned
// on its own first, so its cells drive its port wires directly.
void inline_engine(RTLIL::Design *design, RTLIL::Module *m, RTLIL::Cell *inst, RTLIL::Module *tpl) {
    if (tpl == nullptr || !tpl->processes.empty())
        log_error("idetic: internal error: the engine module is missing or still has processes.\n");
    Pass::call_on_module(design, tpl, "opt_clean");
    // Names as `flatten` gives them: public "idetic_engine.mode", private "$flatten" +
    // the instance name + "." + the name.
    const std::string prefix = inst->name.str();
    auto map_name = [&](RTLIL::IdString n) {
        return m->uniquify(n[0] == '\\' ? prefix + "." + n.str().substr(1) : "$flatten" + prefix + "." + n.str());
    };
    // Memories: `proc` turns a large constant `case` (the checkpoint-state decoder of a
    // design with many checkpoint states) into a ROM, a $memrd_v2 naming its memory.
    dict<RTLIL::IdString, RTLIL::IdString> memory_map;
    for (auto &it : tpl->memories)
        memory_map[it.first] = m->addMemory(map_name(it.first), it.second)->name;
    dict<RTLIL::Wire *, RTLIL::SigSpec> wire_map;
    for (auto w : tpl->wires()) {
        if (w->port_id > 0) {
            RTLIL::SigSpec s = inst->getPort(w->name);
            if (GetSize(s) != w->width)
                log_error("idetic: internal error: engine port %s is %d bits, connected to %d.\n",
                          log_id(w->name), w->width, GetSize(s));
            wire_map[w] = s;
            continue;
        }
        RTLIL::Wire *nw = m->addWire(map_name(w->name), w);
        nw->port_input = nw->port_output = false;
        nw->port_id = 0;
        wire_map[w] = nw;
    }
    auto map_sig = [&](RTLIL::SigSpec &sig) {
        RTLIL::SigSpec out;
        for (const auto &c : sig.chunks())
            out.append(c.wire ? wire_map.at(c.wire).extract(c.offset, c.width) : RTLIL::SigSpec(c));
        sig = out;
    };
    for (auto c : tpl->cells()) {
        RTLIL::Cell *nc = m->addCell(map_name(c->name), c);
        nc->rewrite_sigspecs(map_sig);
        if (nc->is_mem_cell()) {
            RTLIL::IdString memid = nc->getParam(ID::MEMID).decode_string();
            nc->setParam(ID::MEMID, RTLIL::Const((nc->has_memid() ? memory_map.at(memid) : map_name(memid)).str()));
        }
    }
    for (auto conn : tpl->connections()) {
        map_sig(conn.first);
        map_sig(conn.second);
        m->connect(conn);
    }
    m->remove(inst);
    design->remove(tpl);
}

// The DesignModel the layout is built from. Mutants change it: drop-live-register and
// drop-ram-word remove one live register (any / a RAM word) from the largest checkpoint
// where that really leaves it unsaved; drop-controller makes the last controller a data
// register that no checkpoint saves (a sub-FSM left out of the control tuple).
idetic::DesignModel layout_model(const idetic::DesignModel &model, const std::vector<idetic::StateId> &ckpts,
                                 RewriteMutation mutation, int word_bits, std::string *note) {
    idetic::DesignModel m = model;
    if (mutation == RewriteMutation::DropController) {
        int last = -1;
        for (size_t r = 0; r < m.registers.size(); ++r)
            if (m.registers.at(r).kind == idetic::RegisterKind::Control)
                last = int(r);
        if (last < 0 || m.controllers.size() < 2)
            log_error("idetic: mutant: drop-controller needs a design with at least two controllers.\n");
        idetic::RegisterTable regs;
        for (size_t r = 0; r < m.registers.size(); ++r) {
            idetic::Register reg = m.registers.at(r);
            if (int(r) == last)
                reg.kind = idetic::RegisterKind::Data;
            regs.add(reg);
        }
        m.registers = regs;
        for (auto c : ckpts)
            m.graph.state(c).live_in.reset(last);
        *note = stringf("left controller '%s' out of the saved control state", m.registers.at(last).name.c_str());
        return m;
    }
    if (mutation != RewriteMutation::DropLiveRegister && mutation != RewriteMutation::DropRamWord)
        return m;
    bool ram = mutation == RewriteMutation::DropRamWord;
    // The candidates: (checkpoint, live register, a RAM word for drop-ram-word), the largest
    // checkpoints first. A dropped register whose tail shares a word with one the checkpoint
    // still saves would be saved anyway (the whole word is written), and the mutant would
    // change nothing: take the first candidate whose bits, in the layout built without them,
    // lie only in words that checkpoint does not write.
    std::vector<idetic::StateId> order = ckpts;
    std::stable_sort(order.begin(), order.end(), [&](idetic::StateId a, idetic::StateId b) {
        return m.graph.state(a).live_in.count() > m.graph.state(b).live_in.count();
    });
    std::vector<std::pair<idetic::StateId, size_t>> candidates;
    for (auto c : order) {
        const idetic::RegSet &live = m.graph.state(c).live_in;
        for (auto r = live.find_first(); r != idetic::RegSet::npos; r = live.find_next(r))
            if (!ram || !m.registers.at(r).memory.empty())
                candidates.push_back({c, r});
    }
    if (candidates.empty())
        log_error("idetic: mutant: no checkpoint state has a live %s to drop.\n", ram ? "RAM word" : "data register");
    const char *what = ram ? "RAM word" : "register";
    for (auto [c, r] : candidates) {
        idetic::DesignModel t = m;
        t.graph.state(c).live_in.reset(r);
        idetic::NvmLayout l;
        try {
            l = idetic::build_nvm_layout(t, ckpts, word_bits);
        } catch (const std::exception &) {
            return m; // the caller reports the bad option
        }
        const auto &words = l.checkpoints.at(size_t(l.checkpoint_index(c))).words;
        bool still_saved = false;
        for (const auto &p : l.pieces)
            if (p.reg == r && std::binary_search(words.begin(), words.end(), p.word))
                still_saved = true;
        if (!still_saved) {
            *note = stringf("dropped live %s '%s' from checkpoint state %zu", what, m.registers.at(r).name.c_str(),
                            size_t(c));
            return t;
        }
    }
    // Every candidate shares a word the checkpoint still writes: drop the first from every
    // checkpoint instead (it is then never saved at all).
    auto [c, r] = candidates.front();
    for (auto k : ckpts)
        m.graph.state(k).live_in.reset(r);
    *note = stringf("dropped live %s '%s' from every checkpoint (at checkpoint state %zu alone it would still be "
                    "saved, in a word shared with registers live there)",
                    what, m.registers.at(r).name.c_str(), size_t(c));
    return m;
}

} // namespace

RewriteResult rewrite_design(RTLIL::Design *design, AnalysisResult &an,
                             const std::vector<idetic::StateId> &ckpts, const RewriteOptions &opt) {
    RTLIL::Module *m = an.module;
    Netlist &nl = *an.netlist;
    const ControllerSet &ctrl = an.controllers;
    RewriteResult res;

    idetic::DesignModel lm = layout_model(an.model, ckpts, opt.mutation, opt.word_bits, &res.mutation_note);
    try {
        res.layout = idetic::build_nvm_layout(lm, ckpts, opt.word_bits);
    } catch (const std::exception &e) {
        log_error("idetic: bad option: %s.\n", e.what());
    }
    const idetic::NvmLayout &L = res.layout;
    const int W = L.word_bits, K = L.data_words;

    // The original flip-flops, before anything is added.
    std::vector<RTLIL::Cell *> ffs;
    for (auto cell : m->cells())
        if (RTLIL::builtin_ff_cell_types().count(cell->type))
            ffs.push_back(cell);

    // Ports.
    auto port = [&](const std::string &name, int width, bool input) {
        RTLIL::IdString id = RTLIL::escape_id(opt.prefix + name);
        if (m->wire(id))
            log_error("idetic: port clash: module '%s' already has a wire '%s'; choose another -prefix.\n",
                      log_id(m), log_id(id));
        RTLIL::Wire *w = m->addWire(id, width);
        w->port_input = input;
        w->port_output = !input;
        return w;
    };
    RTLIL::Wire *warn = port("warn", 1, true);
    RTLIL::Wire *req = port("nvm_req", 1, false), *we = port("nvm_we", 1, false);
    RTLIL::Wire *addr = port("nvm_addr", L.addr_bits, false), *wdata = port("nvm_wdata", W, false);
    RTLIL::Wire *rdata = port("nvm_rdata", W, true), *ack = port("nvm_ack", 1, true);
    RTLIL::Wire *saving = port("saving", 1, false), *saved = port("saved", 1, false);
    RTLIL::Wire *restoring = port("restoring", 1, false);
    m->fixup_ports();
    // Named and kept: the formal check cuts them (docs/NVM_PROTOCOL.md, scripts/formal-check.sh).
    RTLIL::Wire *freeze = m->addWire(RTLIL::escape_id(opt.prefix + "freeze"), 1);
    RTLIL::Wire *load_word = m->addWire(RTLIL::escape_id(opt.prefix + "load_word"), K);
    RTLIL::Wire *freeze_after_boot = m->addWire(RTLIL::escape_id(opt.prefix + "freeze_after_boot"), 1);
    RTLIL::Wire *clear = m->addWire(RTLIL::escape_id(opt.prefix + "clear"), 1);
    freeze->set_bool_attribute(ID::keep);
    freeze_after_boot->set_bool_attribute(ID::keep);
    load_word->set_bool_attribute(ID::keep);
    clear->set_bool_attribute(ID::keep);

    // A design with a reset is restored in one pass (the engine loads each word as it reads
    // it, and checks the checksum at the end); if the checksum fails, the engine raises
    // `clear` for one cycle and the design takes its reset: every reader of the reset
    // input reads (reset OR clear) instead. The engine keeps the input itself.
    if (ctrl.reset.bit >= 0) {
        RTLIL::SigBit port_bit = nl.bit(ctrl.reset.bit);
        SigMap sigmap(m);
        RTLIL::SigBit key = sigmap(port_bit);
        std::vector<RTLIL::Cell *> readers(m->cells().begin(), m->cells().end());
        RTLIL::Wire *eff = m->addWire(RTLIL::escape_id(opt.prefix + "design_reset"), 1);
        for (auto cell : readers) {
            for (const auto &conn : cell->connections()) {
                if (!cell->input(conn.first))
                    continue;
                RTLIL::SigSpec sig = conn.second;
                bool hit = false;
                for (int i = 0; i < GetSize(sig); ++i)
                    if (sig[i].wire && sigmap(sig[i]) == key) {
                        sig[i] = RTLIL::SigBit(eff);
                        hit = true;
                    }
                if (hit)
                    cell->setPort(conn.first, sig);
            }
        }
        if (ctrl.reset.active_high)
            m->addOr(NEW_ID, port_bit, RTLIL::SigSpec(clear), eff);
        else
            m->addAnd(NEW_ID, port_bit, m->Not(NEW_ID, RTLIL::SigSpec(clear)), eff);
    }

    // The engine.
    idetic_pass_engine::EngineSpec spec;
    spec.module_name = "idetic_engine_" + sanitize(an.model.top);
    if (design->module(RTLIL::escape_id(spec.module_name)))
        log_error("idetic: already rewritten: the design already contains '%s'.\n", spec.module_name.c_str());
    spec.ctrl_bits = GetSize(ctrl.flop_bits);
    for (auto s : ckpts)
        spec.ckpt_codes.push_back(an.explored.codes.at(s));
    spec.reset_code = ctrl.reset_bits;
    spec.layout = &L;
    spec.clock_posedge = nl.clock_posedge;
    spec.reset = ctrl.reset.bit < 0           ? idetic_pass_engine::ResetStyle::None
                 : ctrl.reset.asynchronous ? idetic_pass_engine::ResetStyle::Async
                                           : idetic_pass_engine::ResetStyle::Sync;
    spec.periodic = opt.periodic;
    if (opt.mutation == RewriteMutation::CommitFirst)
        spec.mutation = idetic_pass_engine::Mutation::CommitFirst;
    if (opt.mutation == RewriteMutation::SkipChecksum)
        spec.mutation = idetic_pass_engine::Mutation::SkipChecksum;
    if (opt.mutation == RewriteMutation::SkipClear) {
        if (ctrl.reset.bit < 0)
            log_error("idetic: mutant: skip-clear needs a design with a reset (one-pass restore).\n");
        spec.mutation = idetic_pass_engine::Mutation::SkipClear;
    }
    std::string text = idetic_pass_engine::engine_verilog(spec);
    std::string path = make_temp_file("/tmp/idetic_engine_XXXXXX.v");
    {
        std::ofstream f(path);
        f << text;
    }
    Pass::call(design, "read_verilog -sv " + path);
    std::remove(path.c_str());
    Pass::call(design, "proc " + spec.module_name);

    RTLIL::SigSpec ctrl_bus, save_bus(RTLIL::State::S0, K * W);
    for (int f : ctrl.flop_bits)
        ctrl_bus.append(nl.bit(nl.flops[f].q));
    std::map<int, std::pair<int, int>> place; // flop -> (word, bit in word)
    for (const auto &p : L.pieces)
        for (int i = 0; i < p.width; ++i) {
            int f = nl.regs[p.reg].flops[p.reg_lsb + i];
            place[f] = {p.word, p.word_lsb + i};
            save_bus[p.word * W + p.word_lsb + i] = nl.bit(nl.flops[f].q);
        }

    RTLIL::SigSpec rst(RTLIL::State::S0);
    if (ctrl.reset.bit >= 0) {
        rst = nl.bit(ctrl.reset.bit);
        if (!ctrl.reset.active_high)
            rst = m->Not(NEW_ID, rst);
    }
    RTLIL::Cell *inst = m->addCell(RTLIL::escape_id(opt.prefix + "engine"), RTLIL::escape_id(spec.module_name));
    inst->setPort(RTLIL::escape_id("clk"), nl.bit(nl.clock_bit));
    inst->setPort(RTLIL::escape_id("rst"), rst);
    inst->setPort(RTLIL::escape_id("warn"), warn);
    inst->setPort(RTLIL::escape_id("ctrl"), ctrl_bus);
    inst->setPort(RTLIL::escape_id("save_bus"), save_bus);
    inst->setPort(RTLIL::escape_id("nvm_req"), req);
    inst->setPort(RTLIL::escape_id("nvm_we"), we);
    inst->setPort(RTLIL::escape_id("nvm_addr"), addr);
    inst->setPort(RTLIL::escape_id("nvm_wdata"), wdata);
    inst->setPort(RTLIL::escape_id("nvm_rdata"), rdata);
    inst->setPort(RTLIL::escape_id("nvm_ack"), ack);
    inst->setPort(RTLIL::escape_id("saving"), saving);
    inst->setPort(RTLIL::escape_id("saved"), saved);
    inst->setPort(RTLIL::escape_id("restoring"), restoring);
    inst->setPort(RTLIL::escape_id("freeze"), freeze);
    inst->setPort(RTLIL::escape_id("freeze_after_boot"), freeze_after_boot);
    inst->setPort(RTLIL::escape_id("load_word"), load_word);
    inst->setPort(RTLIL::escape_id("clear"), clear);
    {
        // The engine's word table: row = ROW(row_idx), constant rows selected by
        // row_idx == c (0 when no row matches), as proc would make of a Verilog case: one
        // $pmux when its constant has at most opt.table_tile_bits bits. A larger table is
        // cut into tiles of at most that many bits (slices of columns, chunks of rows),
        // one $pmux each with 0 as its default; as at most one select is high, the OR of a
        // slice's chunks is its part of the row. write_verilog prints a $pmux's constant
        // as one literal, and Yosys's own Verilog lexer rejects a token longer than its
        // 16 KiB buffer ("input buffer overflow"): a 1280-state design's 353,431-bit table
        // made a rewritten design that Yosys could not read back.
        const int IB = L.index_bits;
        RTLIL::Wire *row_idx = m->addWire(NEW_ID, IB), *row = m->addWire(NEW_ID, K);
        inst->setPort(RTLIL::escape_id("row_idx"), row_idx);
        inst->setPort(RTLIL::escape_id("row"), row);
        const auto rows = idetic_pass_engine::engine_row_table(L);
        RTLIL::SigSpec sel;
        for (size_t c = 0; c < rows.size(); ++c)
            sel.append(m->Eq(NEW_ID, row_idx, RTLIL::Const(int(c), IB)));
        const int n_rows = GetSize(sel);
        const int tile_bits = std::max(1, opt.table_tile_bits);
        const int slice_w = std::min(K, tile_bits);
        const int chunk_rows = std::max(1, tile_bits / std::max(1, slice_w));
        RTLIL::SigSpec row_sig;
        for (int c0 = 0; c0 < K; c0 += slice_w) {
            const int w = std::min(slice_w, K - c0);
            RTLIL::SigSpec slice;
            for (int r0 = 0; r0 < n_rows; r0 += chunk_rows) {
                const int r1 = std::min(n_rows, r0 + chunk_rows);
                std::vector<RTLIL::State> table;
                table.reserve(size_t(r1 - r0) * size_t(w));
                for (int r = r0; r < r1; ++r)
                    for (int b = c0; b < c0 + w; ++b)
                        table.push_back(rows[r][b] ? RTLIL::State::S1 : RTLIL::State::S0);
                const bool whole = w == K && r0 == 0 && r1 == n_rows; // one tile: the row itself
                RTLIL::SigSpec tile = whole ? RTLIL::SigSpec(row) : RTLIL::SigSpec(m->addWire(NEW_ID, w));
                m->addPmux(NEW_ID_SUFFIX("word_table"), RTLIL::Const(RTLIL::State::S0, w),
                           RTLIL::Const(table), sel.extract(r0, r1 - r0), tile);
                slice = slice.empty() ? tile : m->Or(NEW_ID, slice, tile);
            }
            row_sig.append(slice.empty() ? RTLIL::SigSpec(RTLIL::State::S0, w) : slice);
        }
        if (row_sig != RTLIL::SigSpec(row)) m->connect(row, row_sig);
    }

    // Freeze and load multiplexers in front of every original flip-flop.
    std::vector<bool> is_ctrl_reg(nl.regs.size(), false);
    for (int r : ctrl.regs)
        is_ctrl_reg[r] = true;
    for (auto cell : ffs) {
        RTLIL::SigSpec q = cell->getPort(ID::Q), d = cell->getPort(ID::D);
        RTLIL::SigSpec next = m->Mux(NEW_ID, d, q, freeze);
        std::map<int, std::vector<int>> by_word; // word -> positions in this cell
        for (int i = 0; i < GetSize(q); ++i) {
            int f = nl.flop_of_q.at(nl.id(q[i]));
            auto it = place.find(f);
            if (it == place.end())
                continue;
            by_word[it->second.first].push_back(i);
        }
        for (auto &[word, positions] : by_word) {
            RTLIL::SigSpec a, b;
            for (int i : positions) {
                a.append(next[i]);
                int f = nl.flop_of_q.at(nl.id(q[i]));
                const RegisterInfo &reg = nl.regs[nl.flops[f].reg];
                if (opt.mutation == RewriteMutation::WrongRestoreState && is_ctrl_reg[nl.flops[f].reg] &&
                    reg.width() > 1) {
                    // MUTANT: each controller is restored with its bits rotated by one (a wrong state).
                    int pos = int(std::find(reg.flops.begin(), reg.flops.end(), f) - reg.flops.begin());
                    f = reg.flops[(pos + 1) % reg.width()];
                }
                b.append(RTLIL::SigBit(rdata, place[f].second));
            }
            RTLIL::SigSpec y = m->Mux(NEW_ID, a, b, RTLIL::SigBit(load_word, word));
            for (int j = 0; j < GetSize(positions); ++j)
                next[positions[j]] = y[j];
        }
        cell->setPort(ID::D, next);
    }
    // Kept RAMs (non-volatile) must not be written while the design is frozen, nor while
    // reset is asserted: a power-on reset starts from random flip-flop values, and a
    // write enable decoded from a random state would corrupt the non-volatile contents.
    // idetic_mem_hold = freeze | reset (kept, so the formal check can cut it).
    bool any_ram = false;
    for (const auto &mem : nl.memories)
        any_ram |= !mem.writes.empty();
    if (any_ram) {
        RTLIL::Wire *hold = m->addWire(RTLIL::escape_id(opt.prefix + "mem_hold"), 1);
        hold->set_bool_attribute(ID::keep);
        // With one-pass restores the design's reset includes the engine's clear (rst is the
        // reset input made active high; clear is active high).
        RTLIL::SigSpec held_reset = ctrl.reset.bit >= 0 ? m->Or(NEW_ID, rst, RTLIL::SigSpec(clear)) : rst;
        m->addOr(NEW_ID, RTLIL::SigSpec(freeze), held_reset, hold);
        RTLIL::SigSpec mask = m->Not(NEW_ID, RTLIL::SigSpec(hold));
        for (const auto &mem : nl.memories) {
            if (mem.writes.empty())
                continue;
            RTLIL::SigSpec en = mem.cell->getPort(ID::WR_EN);
            RTLIL::SigSpec wide;
            for (int i = 0; i < GetSize(en); ++i)
                wide.append(mask);
            mem.cell->setPort(ID::WR_EN, m->And(NEW_ID, en, wide));
        }
    }

    if (opt.mutation == RewriteMutation::WrongRestoreState)
        res.mutation_note = "controllers are restored with their bits rotated (a wrong control state)";
    if (opt.mutation == RewriteMutation::CommitFirst)
        res.mutation_note = "the commit record (header) is written first and the checksum is not checked";
    if (opt.mutation == RewriteMutation::SkipChecksum)
        res.mutation_note = "a restore loads the image without checking its checksum";
    if (opt.mutation == RewriteMutation::SkipClear)
        res.mutation_note =
            "a restore whose checksum fails starts the design without clearing what it loaded";

    inline_engine(design, m, inst, design->module(RTLIL::escape_id(spec.module_name)));
    return res;
}

} // namespace idetic_pass
YOSYS_NAMESPACE_END
