// Handshake protocols recognised on a design's top-level ports (DESIGN.md §2, §4).
//
// HLS tools wrap the computation in a block-level protocol and give data ports
// their own; the names are the tools' conventions:
//
//   ap_ctrl_hs     Vitis HLS   ap_start in; ap_done, ap_idle, ap_ready out
//   ap_ctrl_chain  Vitis HLS   ap_ctrl_hs plus ap_continue in
//   ap_vld/ap_ack/ap_hs  Vitis HLS  X with X_ap_vld and/or X_ap_ack
//   ap_memory      Vitis HLS   P_address0, P_ce0 out; P_q0 in and/or P_we0, P_d0 out:
//                              an array outside the design (the environment's memory)
//   bambu          Bambu       start_port in, done_port out
//   legup          LegUp       start in, finish out
//   calyx          Calyx       go in, done out
//   start_done     hand-written start in, done out
//   valid_ready    Catapult (P_rsc_vld / P_rsc_rdy) and plain P_valid/P_ready, P_vld/P_rdy
//
// Recognition is by name and direction only; the report names what was found so a
// user can check it, and the CI post-processing step generates its driver from it.
#pragma once

#include <string>
#include <vector>

namespace idetic {

struct Port {
    std::string name;
    std::string direction; // "input", "output" or "inout"
    int width = 1;
};

struct Handshake {
    std::string protocol;          // one of the names above
    std::string kind;              // "block" (start/done of the whole computation), "data", "memory"
    std::vector<std::string> ports; // every port that belongs to it
    std::string request;           // block: the input that starts the computation
    std::string done;              // block: the output that says it has finished / data: the valid
    std::string data;              // data: the data port; memory: the array's name prefix
};

std::vector<Handshake> detect_handshakes(const std::vector<Port> &ports);

// The block-level handshake (start/done), or nullptr.
const Handshake *block_handshake(const std::vector<Handshake> &hs);

} // namespace idetic
