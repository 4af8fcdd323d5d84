// idetic-report-summary: prints a short human summary of an idetic JSON report
// (docs/REPORT_SCHEMA.md) and optionally checks it, for scripts and demos.
//
//   idetic-report-summary REPORT.json [--expect-controller WIRE] [--min-states N]
//
// Exit status: 0 fine, 1 the report is invalid or an expectation failed, 2 usage.
#include "report/report_json.h"

#include "idetic_version.h"

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>

namespace {

constexpr const char *kProg = "idetic-report-summary";

std::string join(const std::vector<std::string> &parts, const std::string &sep) {
    std::string out;
    for (std::size_t i = 0; i < parts.size(); ++i)
        out += (i ? sep : "") + parts[i];
    return out;
}

// Yosys-style names may carry a leading '\'; compare without it.
std::string plain(std::string name) {
    if (!name.empty() && name[0] == '\\')
        name.erase(0, 1);
    return name;
}

} // namespace

int main(int argc, char **argv) {
    std::string path, expect_controller;
    long long min_states = -1;

    CLI::App app{"Prints a short summary of an idetic JSON analysis report and checks it.", kProg};
    app.set_version_flag("--version", std::string(kProg) + " " + IDETIC_VERSION);
    app.add_option("report", path, "The report written by idetic-synth --report / checkpoint_insert -report")
        ->type_name("REPORT.json")
        ->required();
    app.add_option("--expect-controller", expect_controller,
                   "Fail unless a controller consists of (or includes) this register")
        ->type_name("WIRE");
    app.add_option("--min-states", min_states, "Fail unless the report has at least N control states")
        ->type_name("N");
    try {
        app.parse(argc, argv);
    } catch (const CLI::CallForHelp &) {
        std::cout << app.help();
        return 0;
    } catch (const CLI::CallForVersion &e) {
        std::cout << e.what() << std::endl;
        return 0;
    } catch (const CLI::ParseError &e) {
        std::cerr << kProg << ": error: " << e.what() << "\nRun '" << kProg << " --help' for usage." << std::endl;
        return 2;
    }

    idetic::DesignModel model;
    nlohmann::json j;
    try {
        std::ifstream in(path);
        if (!in) {
            std::cerr << kProg << ": error: cannot read '" << path << "'" << std::endl;
            return 1;
        }
        j = nlohmann::json::parse(in);
        model = idetic::design_from_json(j);
    } catch (const std::exception &e) {
        std::cerr << kProg << ": error: '" << path << "' is not a valid idetic report: " << e.what() << std::endl;
        return 1;
    }

    long long min_live = -1, max_live = 0;
    for (idetic::StateId s = 0; s < model.graph.size(); ++s) {
        long long bits = model.registers.bits(model.graph.state(s).live_in);
        max_live = std::max(max_live, bits);
        min_live = min_live < 0 ? bits : std::min(min_live, bits);
    }
    if (min_live < 0)
        min_live = 0;
    long long data_bits = 0;
    for (const auto &r : model.registers.all())
        if (r.kind == idetic::RegisterKind::Data)
            data_bits += r.width;

    std::ostringstream out;
    out << "top:          " << model.top << "\n";
    if (!model.clock.empty())
        out << "clock:        " << model.clock << "\n";
    if (!model.reset.port.empty())
        out << "reset:        " << model.reset.port << (model.reset.active_low ? " (active low" : " (active high")
            << (model.reset.asynchronous ? ", asynchronous)" : ", synchronous)") << "\n";
    if (model.controllers.empty())
        out << "controllers:  none\n";
    for (std::size_t i = 0; i < model.controllers.size(); ++i) {
        const auto &c = model.controllers[i];
        out << (i == 0 ? "controllers:  " : "              ") << join(c.wires, ", ") << " (" << c.width << " bits, "
            << c.encoding << ", " << c.source << ")\n";
    }
    out << "states:       " << model.graph.size() << " (" << model.graph.edge_count() << " transitions)\n";
    out << "FF bits:      " << model.ff_bits_total << " total (" << model.control_bits() << " control, " << data_bits
        << " in data registers; " << model.registers.size() << " registers)\n";
    out << "live bits:    min " << min_live << ", max " << max_live << " (live data bits per control state)\n";
    // The checkpoint plan, present when the report comes from a full (not analysis-only) run.
    try {
        if (j.contains("plan") && j.at("plan").is_object()) {
            const auto &plan = j.at("plan");
            out << "checkpoints:  ";
            if (plan.value("feasible", true)) {
                out << plan.value("checkpoint_count", 0) << " of " << model.graph.size() << " states ("
                    << plan.value("policy", std::string("?")) << " policy";
                if (j.contains("energy_model") && j.at("energy_model").is_object())
                    out << ", " << j.at("energy_model").value("name", std::string("?"));
                out << "), at most " << plan.value("max_save_bits", 0LL) << " bits saved";
                if (j.contains("baselines") && j.at("baselines").is_object() &&
                    j.at("baselines").contains("full_backup_bits"))
                    out << " (full backup: " << j.at("baselines").value("full_backup_bits", 0LL) << ")";
                out << "\n";
            } else {
                out << "no feasible plan";
                if (plan.contains("error") && plan.at("error").is_string())
                    out << ": " << plan.at("error").get<std::string>();
                out << "\n";
            }
        }
    } catch (const std::exception &e) {
        out << "(unreadable plan: " << e.what() << ")\n";
    }
    std::cout << out.str() << std::flush;

    int status = 0;
    if (!expect_controller.empty()) {
        bool found = false;
        for (const auto &c : model.controllers)
            for (const auto &w : c.wires)
                found = found || plain(w) == plain(expect_controller);
        if (!found) {
            std::cerr << kProg << ": check failed: no controller named '" << expect_controller << "'" << std::endl;
            status = 1;
        }
    }
    if (min_states >= 0 && static_cast<long long>(model.graph.size()) < min_states) {
        std::cerr << kProg << ": check failed: " << model.graph.size() << " control states, expected at least "
                  << min_states << std::endl;
        status = 1;
    }
    return status;
}
