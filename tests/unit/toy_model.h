// The small design model shared by the report and plan tests:
// registers state (control, 2 bits), x (8), y (4); states 00 -> 01 -> 10 -> {00, 10};
// x killed in 00 and used in 01, y killed in 01 and used in 10. Liveness solved.
#pragma once

#include "model/design_model.h"
#include "model/liveness.h"

namespace idetic_test {

inline idetic::DesignModel toy_model() {
    using namespace idetic;
    DesignModel m;
    m.top = "toy";
    m.clock = "clk";
    m.ff_bits_total = 2 + 8 + 4;
    m.controllers.push_back({{"state"}, 2, "binary", "detected", "00"});
    m.registers.add({"state", 2, RegisterKind::Control});
    m.registers.add({"x", 8, RegisterKind::Data});
    m.registers.add({"y", 4, RegisterKind::Data});
    for (const char *code : {"00", "01", "10"}) {
        ControlState s;
        s.code = {code};
        s.def = s.kill = s.use = m.registers.empty_set();
        m.graph.add_state(std::move(s));
    }
    m.graph.state(0).kill = m.registers.set_of({"x"});
    m.graph.state(1).use = m.registers.set_of({"x"});
    m.graph.state(1).kill = m.registers.set_of({"y"});
    m.graph.state(2).use = m.registers.set_of({"y"});
    m.graph.add_edge(0, 1);
    m.graph.add_edge(1, 2);
    m.graph.add_edge(2, 0);
    m.graph.add_edge(2, 2);
    compute_liveness(m.graph, m.registers.size());
    return m;
}

} // namespace idetic_test
