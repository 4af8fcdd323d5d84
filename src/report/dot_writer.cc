#include "report/dot_writer.h"

#include <fmt/format.h>

namespace idetic {

namespace {
std::string escape(const std::string &text) {
    std::string out;
    for (char c : text) {
        if (c == '"' || c == '\\')
            out += '\\';
        out += c;
    }
    return out;
}
} // namespace

std::string state_graph_to_dot(const DesignModel &model, const std::vector<bool> &checkpoint) {
    std::string out = fmt::format("digraph \"{}\" {{\n  rankdir=LR;\n  node [shape=box, fontname=\"monospace\"];\n",
                                  escape(model.top));
    for (StateId s = 0; s < model.graph.size(); ++s) {
        const auto &st = model.graph.state(s);
        std::string code;
        for (std::size_t c = 0; c < st.code.size(); ++c) {
            if (c)
                code += ",";
            std::string name = c < model.controllers.size() && !model.controllers[c].wires.empty()
                                   ? model.controllers[c].wires.front()
                                   : "c" + std::to_string(c);
            code += name + "=" + st.code[c];
        }
        std::string attrs;
        if (s == model.reset_state)
            attrs += ", peripheries=2";
        if (s < checkpoint.size() && checkpoint[s])
            attrs += ", style=filled, fillcolor=\"#9fd39f\"";
        out += fmt::format("  s{} [label=\"s{}\\n{}\\nlive {} bits\"{}];\n", s, s, escape(code),
                           model.registers.bits(st.live_in), attrs);
    }
    for (StateId s = 0; s < model.graph.size(); ++s)
        for (StateId t : model.graph.successors(s))
            out += fmt::format("  s{} -> s{};\n", s, t);
    out += "}\n";
    return out;
}

} // namespace idetic
