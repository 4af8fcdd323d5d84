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

std::string plural(std::size_t n, const char *one, const char *many) {
    return fmt::format("{} {}", n, n == 1 ? one : many);
}

// The live registers of a state, for its tooltip: "a[16], b[16], ..." (at most kMax names).
std::string live_register_list(const DesignModel &model, const RegSet &live) {
    constexpr std::size_t kMax = 24;
    std::string out;
    std::size_t shown = 0, total = 0;
    for (std::size_t r = live.find_first(); r != RegSet::npos; r = live.find_next(r)) {
        ++total;
        if (shown == kMax)
            continue;
        const Register &reg = model.registers.at(r);
        out += fmt::format("{}{}[{}]", shown ? ", " : "", reg.name, reg.width);
        ++shown;
    }
    if (total == 0)
        return "none";
    if (total > shown)
        out += fmt::format(", ... ({} more)", total - shown);
    return out;
}

constexpr const char *kCheckpointFill = "#9fd39f";
constexpr const char *kCheckpointBorder = "#2e7d32";
} // namespace

std::string state_graph_to_dot(const DesignModel &model, const std::vector<bool> &checkpoint) {
    const std::size_t states = model.graph.size();
    auto is_checkpoint = [&](StateId s) { return s < checkpoint.size() && checkpoint[s]; };
    const std::size_t edges = model.graph.edge_count();
    std::size_t checkpoints = 0;
    for (StateId s = 0; s < states; ++s)
        checkpoints += is_checkpoint(s) ? 1 : 0;

    // Title and legend, left-justified lines above the graph.
    std::string title = model.top + ": " + plural(states, "control state", "control states") + ", " +
                        plural(edges, "transition", "transitions");
    if (!checkpoint.empty())
        title += ", " + plural(checkpoints, "checkpoint state", "checkpoint states");
    std::string legend = "box: state id, controller code(s), live data bits";
    if (!checkpoint.empty())
        legend += "; filled green: checkpoint state";
    if (model.reset_state < states)
        legend += fmt::format("; double border: reset state s{}", model.reset_state);

    std::string out = fmt::format("digraph \"{}\" {{\n  rankdir=LR;\n", escape(model.top));
    out += fmt::format("  graph [label=\"{}\\l{}\\l\", labelloc=t, labeljust=l, fontname=\"Helvetica\", "
                       "fontsize=12];\n",
                       escape(title), escape(legend));
    out += "  node [shape=box, fontname=\"monospace\"];\n";
    out += "  edge [color=\"#555555\", arrowsize=0.7];\n";

    for (StateId s = 0; s < states; ++s) {
        const auto &st = model.graph.state(s);
        // One line per controller (several after flattening cooperating FSMs), already escaped.
        std::string code;
        for (std::size_t c = 0; c < st.code.size(); ++c) {
            if (c)
                code += "\\n";
            std::string name = c < model.controllers.size() && !model.controllers[c].wires.empty()
                                   ? model.controllers[c].wires.front()
                                   : "c" + std::to_string(c);
            code += escape(name + "=" + st.code[c]);
        }
        const long long live_bits = model.registers.bits(st.live_in);
        std::string attrs;
        if (s == model.reset_state)
            attrs += ", peripheries=2";
        if (is_checkpoint(s))
            attrs += fmt::format(", style=filled, fillcolor=\"{}\", color=\"{}\", penwidth=2", kCheckpointFill,
                                 kCheckpointBorder);
        out += fmt::format("  s{} [label=\"s{}\\n{}\\nlive {} bits\"{}];\n", s, s, code, live_bits, attrs);

        // What an SVG keeps of a state: its id, classes and a tooltip with the live registers.
        std::string cls = "state";
        std::string role;
        if (s == model.reset_state) {
            cls += " reset";
            role += ", reset state";
        }
        if (is_checkpoint(s)) {
            cls += " checkpoint";
            role += fmt::format(", checkpoint state: saves {} bits", model.save_bits(s));
        }
        std::string tooltip = escape(fmt::format("s{}{}", s, role)) + "\\n" + code + "\\n" +
                              escape(fmt::format("live {} bits: {}", live_bits,
                                                 live_register_list(model, st.live_in)));
        out += fmt::format("  s{} [id=\"s{}\", class=\"{}\", tooltip=\"{}\"];\n", s, s, cls, tooltip);
    }
    for (StateId s = 0; s < states; ++s)
        for (StateId t : model.graph.successors(s))
            out += fmt::format("  s{} -> s{};\n", s, t);
    out += "}\n";
    return out;
}

} // namespace idetic
