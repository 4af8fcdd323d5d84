// Runs the whole analysis of one top module and returns the Yosys-free model:
// prepare a private copy (proc; flatten; opt_expr; opt_clean; dffunmap), index
// it, detect the controllers and the reset, explore the reachable control
// states, compute def/kill/use per state and solve liveness in the core.
// Without in_place the user's design is not modified.
#pragma once

#include "analysis_options.h"
#include "controller_detect.h"
#include "netlist.h"
#include "state_explorer.h"

#include "kernel/yosys.h"
#include "model/design_model.h"

#include <memory>

YOSYS_NAMESPACE_BEGIN
namespace idetic_pass {

struct AnalysisResult {
    idetic::DesignModel model;
    double analysis_ms = 0;
    int sat_calls = 0;
    // What the rewriter needs: the prepared module and the analysis in its terms.
    std::unique_ptr<RTLIL::Design> private_copy; // set when not in place
    RTLIL::Module *module = nullptr;
    std::unique_ptr<Netlist> netlist;
    ControllerSet controllers;
    ExploredStates explored;
};

// With `in_place`, the design itself is prepared (flattened etc.) so that it can be
// rewritten; otherwise a private copy is, and the design is left as it was.
AnalysisResult analyse_design(RTLIL::Design *design, RTLIL::IdString top,
                              const idetic_pass_options::AnalysisOptions &opt, bool in_place);

} // namespace idetic_pass
YOSYS_NAMESPACE_END
