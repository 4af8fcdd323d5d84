#include "analysis_worker.h"

#include "controller_detect.h"
#include "netlist.h"
#include "state_explorer.h"
#include "state_facts.h"

#include "model/liveness.h"

#include "kernel/mem.h"
#include "model/handshake.h"

#include <chrono>
#include <map>
#include <memory>

YOSYS_NAMESPACE_BEGIN
namespace idetic_pass {

namespace {

std::string bits_msb_first(const std::vector<bool> &bits, int offset, int width) {
    std::string s;
    for (int i = width - 1; i >= 0; --i)
        s += bits[offset + i] ? '1' : '0';
    return s;
}

std::string join_names(const std::vector<std::string> &v) {
    std::string s;
    for (const auto &x : v)
        s += (s.empty() ? "" : ", ") + x;
    return s;
}

std::unique_ptr<RTLIL::Design> copy_design(RTLIL::Design *src) {
    auto design = std::make_unique<RTLIL::Design>();
    for (auto m : src->modules())
        design->add(m->clone());
    return design;
}

// Memories (DESIGN.md §4): every array becomes one $mem_v2 with unclocked read ports
// (their flip-flops outside). ROMs (no write port) and RAMs declared non-volatile stay
// memories and are never saved; the other RAMs (-memories save) are mapped to one
// register per word (memory_map names them 'mem[i]') so that liveness decides, word by
// word, which of them a checkpoint saves.
std::vector<idetic::Memory> prepare_memories(RTLIL::Design *work, RTLIL::Module *module, const std::string &mode) {
    Pass::call(work, "memory_collect");
    Pass::call(work, "memory_nordff");
    std::vector<idetic::Memory> out;
    bool map_any = false;
    RTLIL::IdString map_attr = RTLIL::escape_id("idetic_map_memory");
    for (auto &mem : Mem::get_all_memories(module)) {
        idetic::Memory m;
        m.name = RTLIL::unescape_id(mem.memid);
        m.width = mem.width;
        m.depth = mem.size;
        bool nv_attr = mem.has_attribute(RTLIL::escape_id("idetic_nv")) ||
                       (mem.cell && mem.cell->has_attribute(RTLIL::escape_id("idetic_nv")));
        if (mem.wr_ports.empty()) {
            m.kind = "rom", m.mode = "rom";
        } else {
            m.kind = "ram";
            m.mode = nv_attr || mode == "nv" ? "nv" : "save";
        }
        if (m.mode == "save" && mem.cell) {
            mem.cell->set_bool_attribute(map_attr);
            map_any = true;
        }
        out.push_back(m);
    }
    if (map_any)
        Pass::call(work, "memory_map a:idetic_map_memory");
    for (auto &m : out)
        log("  memory %s: %d x %d bits, %s%s\n", m.name.c_str(), m.depth, m.width, m.kind.c_str(),
            m.mode == "rom"  ? " (never saved)"
            : m.mode == "nv" ? ", non-volatile (kept, never saved)"
                             : ", saved (one register per word)");
    return out;
}

} // namespace

AnalysisResult analyse_design(RTLIL::Design *design, RTLIL::IdString top,
                              const idetic_pass_options::AnalysisOptions &opt, bool in_place) {
    auto t0 = std::chrono::steady_clock::now();
    AnalysisResult result;
    if (!in_place)
        result.private_copy = copy_design(design);
    RTLIL::Design *work = in_place ? design : result.private_copy.get();

    log_header(design, "Preparing %s'%s' (proc, flatten, dffunmap).\n", in_place ? "" : "a private copy of ",
               log_id(top));
    log_push();
    Pass::call(work, stringf("hierarchy -top %s", log_id(top)));
    // A script that has run proc already (as before Yosys's own fsm) leaves no processes:
    // proc would then only repeat its closing opt_expr, which follows anyway.
    bool any_process = false;
    for (auto mod : work->modules())
        any_process |= !mod->processes.empty();
    if (any_process)
        Pass::call(work, "proc");
    Pass::call(work, "flatten");
    std::vector<idetic::Memory> memories;
    if (RTLIL::Module *top_module = work->module(top))
        memories = prepare_memories(work, top_module, opt.memories);
    Pass::call(work, "opt_expr -keepdc");
    Pass::call(work, "opt_clean");
    Pass::call(work, "dffunmap");
    log_pop();
    RTLIL::Module *module = work->top_module();
    if (!module)
        log_error("idetic: no top module: '%s' is not in the design.\n", log_id(top));

    log_header(design, "Indexing '%s'.\n", log_id(module));
    result.module = module;
    result.netlist = std::make_unique<Netlist>(module);
    Netlist &nl = *result.netlist;
    log("  %d flip-flop bits in %d registers, %d combinational cells, clock '%s'.\n", GetSize(nl.flops),
        GetSize(nl.regs), GetSize(nl.nodes), nl.clock_name.c_str());

    log_header(design, "Detecting controllers.\n");
    result.controllers = detect_controllers(nl, opt);
    const ControllerSet &ctrl = result.controllers;
    for (int r : ctrl.regs)
        log("  controller: %s (%d bits, %s)\n", nl.regs[r].name.c_str(), nl.regs[r].width(), ctrl.source.c_str());
    if (ctrl.reset.bit >= 0)
        log("  reset: %s, active %s%s\n", ctrl.reset.port.c_str(), ctrl.reset.active_high ? "high" : "low",
            ctrl.reset.asynchronous ? ", asynchronous" : "");
    else
        log("  reset: none; the start state comes from initial values\n");

    log_header(design, "Exploring reachable control states.\n");
    result.explored = explore_states(nl, ctrl, opt);
    const ExploredStates &explored = result.explored;
    log("  %d states, %d transitions, %d SAT enumerations.\n", GetSize(explored.codes), GetSize(explored.edges),
        explored.sat_calls);

    std::vector<idetic::Port> ports;
    {
        std::vector<RTLIL::Wire *> wires;
        for (auto w : module->wires())
            if (w->port_id > 0)
                wires.push_back(w);
        std::sort(wires.begin(), wires.end(), [](auto *x, auto *y) { return x->port_id < y->port_id; });
        for (auto w : wires)
            ports.push_back({RTLIL::unescape_id(w->name),
                             w->port_input && w->port_output ? "inout" : w->port_input ? "input" : "output",
                             w->width});
    }
    std::vector<idetic::Handshake> handshakes = idetic::detect_handshakes(ports);
    for (const auto &h : handshakes)
        log("  handshake: %s (%s)\n", h.protocol.c_str(), join_names(h.ports).c_str());
    std::vector<ObservedOutput> observed = observed_outputs(nl, opt.outputs_valid, handshakes);

    log_header(design, "Computing def/kill/use per state and liveness.\n");
    StateFacts facts = compute_state_facts(nl, ctrl, explored.codes, explored.edges, observed);

    result.sat_calls = explored.sat_calls;
    idetic::DesignModel &m = result.model;
    m.top = RTLIL::unescape_id(top);
    m.ff_bits_total = GetSize(nl.flops);
    m.clock = nl.clock_name;
    if (ctrl.reset.bit >= 0)
        m.reset = {ctrl.reset.port, !ctrl.reset.active_high, ctrl.reset.asynchronous};

    std::vector<bool> is_ctrl(nl.regs.size(), false);
    for (int r : ctrl.regs)
        is_ctrl[r] = true;
    m.memories = memories;
    for (int r = 0; r < GetSize(nl.regs); ++r) {
        std::string mem_of;
        const std::string &name = nl.regs[r].name;
        for (const auto &mem : memories) {
            if (mem.mode != "save" || name.size() < mem.name.size() + 3 ||
                name.compare(0, mem.name.size() + 1, mem.name + "[") != 0 || name.back() != ']')
                continue;
            std::string index = name.substr(mem.name.size() + 1, name.size() - mem.name.size() - 2);
            if (!index.empty() && index.find_first_not_of("0123456789") == std::string::npos)
                mem_of = mem.name;
        }
        m.registers.add({name, nl.regs[r].width(),
                         is_ctrl[r] ? idetic::RegisterKind::Control : idetic::RegisterKind::Data, mem_of});
    }
    m.ports = ports;
    m.handshakes = handshakes;
    m.outputs_valid = opt.outputs_valid;

    // Controller offsets in the concatenated code.
    std::vector<int> offsets;
    int offset = 0;
    for (int r : ctrl.regs) {
        offsets.push_back(offset);
        offset += nl.regs[r].width();
    }
    for (int c = 0; c < GetSize(ctrl.regs); ++c) {
        int r = ctrl.regs[c], w = nl.regs[r].width();
        idetic::Controller con;
        con.wires = {nl.regs[r].name};
        con.width = w;
        con.source = ctrl.source;
        con.reset_value = bits_msb_first(ctrl.reset_bits, offsets[c], w);
        bool onehot = w > 1;
        for (auto &code : explored.codes) {
            int ones = 0;
            for (int i = 0; i < w; ++i)
                ones += code[offsets[c] + i];
            onehot &= ones == 1;
        }
        con.encoding = onehot ? "onehot" : ctrl.counter[c] ? "counter" : "binary";
        m.controllers.push_back(con);
    }

    for (int s = 0; s < GetSize(explored.codes); ++s) {
        idetic::ControlState st;
        for (int c = 0; c < GetSize(ctrl.regs); ++c)
            st.code.push_back(bits_msb_first(explored.codes[s], offsets[c], nl.regs[ctrl.regs[c]].width()));
        st.def = st.kill = st.use = m.registers.empty_set();
        for (int r = 0; r < GetSize(nl.regs); ++r) {
            st.def[r] = facts.def[s][r];
            st.kill[r] = facts.kill[s][r];
            st.use[r] = facts.use[s][r];
        }
        m.graph.add_state(std::move(st));
    }
    std::map<std::vector<bool>, int> id_of_code;
    for (int s = 0; s < GetSize(explored.codes); ++s)
        id_of_code[explored.codes[s]] = s;
    for (auto [from, to] : explored.edges)
        m.graph.add_edge(from, to);
    for (int s = 0; s < GetSize(explored.codes); ++s)
        for (auto &[next, kill] : facts.edge_kill[s]) {
            auto it = id_of_code.find(next);
            if (it == id_of_code.end() || !boost::edge(s, it->second, m.graph.graph()).second)
                continue; // a split that no real transition takes
            idetic::RegSet k = m.registers.empty_set();
            for (int r = 0; r < GetSize(nl.regs); ++r)
                k[r] = kill[r] || facts.kill[s][r];
            m.graph.set_edge_kill(s, it->second, k);
        }
    idetic::compute_liveness(m.graph, m.registers.size());

    result.analysis_ms =
        std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
    return result;
}

} // namespace idetic_pass
YOSYS_NAMESPACE_END
