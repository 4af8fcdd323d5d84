// State-independent (structural) input cones of every register's next value and
// of the output ports, split by how a source reaches them:
//
//  * direct: the source's value flows into the next value through data paths
//    (multiplexer data inputs, arithmetic, bit-wise logic, wiring);
//  * condition: the source only reaches it through a decision — a multiplexer
//    select or a 1-bit comparison / reduction / logic operator.
//
// Controller detection uses the split: a controller's next value may take data
// only as condition bits, never as a multi-bit value.
#pragma once

#include "netlist.h"

#include <set>
#include <vector>

YOSYS_NAMESPACE_BEGIN
namespace idetic_pass {

struct ConeInfo {
    std::set<int> direct_regs, cond_regs;
    bool direct_multibit_input = false; // a bit of a multi-bit input port flows in directly
    bool self_arithmetic = false;        // an $add/$sub on a direct path reads the register itself
};

struct StructuralCones {
    std::vector<ConeInfo> reg;  // per Netlist register
    ConeInfo outputs;           // union over all output ports
};

StructuralCones compute_structural_cones(const Netlist &nl);

// Backward structural cone of `sinks`: the combinational nodes it contains (indices).
std::vector<int> structural_cone_nodes(const Netlist &nl, const std::vector<int> &sinks);

} // namespace idetic_pass
YOSYS_NAMESPACE_END
