// Options of the analysis, shared by the passes and their workers.
#pragma once

#include <string>
#include <vector>

namespace idetic_pass_options {

struct AnalysisOptions {
    std::vector<std::string> state_wires; // -state: controllers named by the user
    std::string reset_port;               // -reset: the reset input named by the user
    int max_states = 100000;              // -max-states: reachable control-state tuples
    int max_controller_width = 256;       // -max-controller-width: widest register considered a controller
    int max_counter_values = 64;          // -max-counter-values: values a counter-style controller may take
    std::string memories = "save";        // -memories save|nv: what a RAM is (ROMs are never saved)
    std::vector<std::string> outputs_valid; // -outputs-valid VALID or DATA=VALID (repeatable)
};

} // namespace idetic_pass_options
