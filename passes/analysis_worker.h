// Runs the whole analysis of one top module and returns the Yosys-free model:
// prepare a private copy (proc; flatten; opt_expr; opt_clean; dffunmap), index
// it, detect the controllers and the reset, explore the reachable control
// states, compute def/kill/use per state and solve liveness in the core.
// The user's design is not modified.
#pragma once

#include "analysis_options.h"

#include "kernel/yosys.h"
#include "model/design_model.h"

YOSYS_NAMESPACE_BEGIN
namespace idetic_pass {

struct AnalysisResult {
    idetic::DesignModel model;
    double analysis_ms = 0;
    int sat_calls = 0;
};

AnalysisResult analyse_design(RTLIL::Design *design, RTLIL::IdString top,
                              const idetic_pass_options::AnalysisOptions &opt);

} // namespace idetic_pass
YOSYS_NAMESPACE_END
