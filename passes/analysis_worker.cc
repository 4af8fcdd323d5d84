#include "analysis_worker.h"

#include "controller_detect.h"
#include "netlist.h"
#include "state_explorer.h"
#include "state_facts.h"

#include "model/liveness.h"

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

std::unique_ptr<RTLIL::Design> copy_design(RTLIL::Design *src) {
    auto design = std::make_unique<RTLIL::Design>();
    for (auto m : src->modules())
        design->add(m->clone());
    return design;
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
    Pass::call(work, "proc");
    Pass::call(work, "flatten");
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

    log_header(design, "Computing def/kill/use per state and liveness.\n");
    StateFacts facts = compute_state_facts(nl, ctrl, explored.codes, explored.edges);

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
    for (int r = 0; r < GetSize(nl.regs); ++r)
        m.registers.add({nl.regs[r].name, nl.regs[r].width(),
                         is_ctrl[r] ? idetic::RegisterKind::Control : idetic::RegisterKind::Data});

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
