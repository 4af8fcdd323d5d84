// Graphviz DOT rendering of the control-state graph: each state is labelled
// with its id, its controller code and its live bits; the reset state is drawn
// with a double border and checkpoint states (when given) are filled.
#pragma once

#include "model/design_model.h"

#include <string>
#include <vector>

namespace idetic {

std::string state_graph_to_dot(const DesignModel &model, const std::vector<bool> &checkpoint = {});

} // namespace idetic
