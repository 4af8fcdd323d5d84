// The Yosys-free picture of an analysed design: what the plugin's extraction
// produces and what the optimizer, the reports and the rewriter consume.
#pragma once

#include "model/handshake.h"
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

// A memory (Verilog array) of the design and how the checkpoint treats it.
struct Memory {
    std::string name;
    int width = 0, depth = 0;
    std::string kind; // "rom" (no write port) or "ram"
    // "rom": never saved; "nv": declared non-volatile (--memories nv or (* idetic_nv *)),
    // kept as a memory, never saved; "save": mapped to one register per word, saved where live.
    std::string mode;
    long long bits() const { return static_cast<long long>(width) * depth; }
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
    std::vector<Memory> memories;
    std::vector<Port> ports;          // the original top-level ports
    std::vector<Handshake> handshakes; // protocols recognised on those ports
    std::vector<std::string> outputs_valid; // -outputs-valid declarations as given

    long long memory_bits() const;

    long long control_bits() const;
    // Bits a checkpoint in state s writes: its live data registers plus all controllers.
    long long save_bits(StateId s) const { return registers.bits(graph.state(s).live_in) + control_bits(); }
};

// Whether the generated engine restores `design` in one pass: it has a reset to fall back
// on (a bad checksum clears the design through it); otherwise it verifies, then loads
// (docs/NVM_PROTOCOL.md, Behaviour 2). The layout's restore_passes and the optimizer's
// restore energy both follow it.
inline bool restores_in_one_pass(const DesignModel &design) {
    return !design.reset.port.empty();
}

} // namespace idetic
