// The Yosys-free picture of an analysed design: what the plugin's extraction
// produces and what the optimizer, the reports and the rewriter consume.
#pragma once

#include "model/register_table.h"
#include "model/state_graph.h"

#include <optional>
#include <string>
#include <vector>

namespace idetic {

struct Controller {
    std::vector<std::string> wires; // the register(s) holding this controller's state
    int width = 0;
    std::string encoding; // "binary", "onehot" or "counter"
    std::string source;   // "detected", "option" (--state) or "attribute" ((* idetic_state *))
    std::string reset_value; // binary, MSB first
};

struct ResetInfo {
    std::string port;        // empty when the start state comes from initial values
    bool active_low = false;
    bool asynchronous = false;
};

struct DesignModel {
    std::string top;
    long long ff_bits_total = 0;
    std::string clock;
    ResetInfo reset;
    std::vector<Controller> controllers;
    RegisterTable registers; // control and data registers
    StateGraph graph;        // vertex 0 is the reset state
    StateId reset_state = 0;

    long long control_bits() const;
    // Bits a checkpoint in state s writes: its live data registers plus all controllers.
    long long save_bits(StateId s) const { return registers.bits(graph.state(s).live_in) + control_bits(); }
};

} // namespace idetic
