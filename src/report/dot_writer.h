// Graphviz DOT rendering of the control-state graph: each state is labelled
// with its id, its controller code and its live bits; the reset state is drawn
// with a double border and checkpoint states (when given) are filled.
//
// The graph carries a title and legend (design, state / transition / checkpoint
// counts, what the marks mean), so that `dot -Tsvg` (idetic-synth --svg) gives a
// self-explaining picture. Every state gets a second attribute statement with the
// details an SVG keeps: id="sN", class="state[ reset][ checkpoint]" (so the SVG's
// <g class="node state checkpoint"> elements can be counted or styled) and a tooltip
// listing the live registers.
#pragma once

#include "model/design_model.h"

#include <string>
#include <vector>

namespace idetic {

// `checkpoint[s]` marks state s as a checkpoint state; an empty vector means "no
// plan" (no state is filled and the title gives no checkpoint count).
std::string state_graph_to_dot(const DesignModel &model, const std::vector<bool> &checkpoint = {});

} // namespace idetic
