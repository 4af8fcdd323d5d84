#include "example_runner.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdlib>
#include <fstream>

namespace idetic_test {

const nlohmann::json &Analysis::state(const std::vector<std::string> &code) const {
    for (const auto &s : report.at("states"))
        if (s.at("code").get<std::vector<std::string>>() == code)
            return s;
    ADD_FAILURE() << "no state with that code";
    static const nlohmann::json empty = nlohmann::json::object();
    return empty;
}

std::vector<std::string> Analysis::controller_names() const {
    std::vector<std::string> out;
    for (const auto &c : report.at("controllers"))
        for (const auto &w : c.at("wires"))
            out.push_back(w.get<std::string>());
    return out;
}

Analysis analyse_example(const std::string &example, const std::string &top, const std::vector<std::string> &files,
                         const std::string &extra) {
    std::string dir = std::string(IDETIC_SOURCE_DIR) + "/" + (example.find('/') == std::string::npos ? "examples/" + example : example) + "/";
    std::string tag = extra.empty() ? "" : std::to_string(std::hash<std::string>()(extra) % 100000);
    std::string report = std::string(IDETIC_WORK_DIR) + "/" + example.substr(example.rfind('/') + 1) + tag + ".report.json";
    std::remove(report.c_str());
    std::string script = report + ".ys";
    {
        std::ofstream ys(script);
        ys << "read_verilog -sv";
        for (const auto &f : files)
            ys << " " << dir << f;
        ys << "\nhierarchy -top " << top << "\ncheckpoint_insert -analyze-only -report " << report << " " << extra
           << "\n";
    }
    std::string cmd = std::string("'") + IDETIC_YOSYS + "' -q -m '" + IDETIC_PLUGIN_PATH + "' -s '" + script +
                      "' > '" + report + ".log' 2>&1";
    int rc = std::system(cmd.c_str());
    EXPECT_EQ(rc, 0) << "yosys failed: " << cmd << " (see " << report << ".log)";
    Analysis a;
    std::ifstream in(report);
    if (!in) {
        ADD_FAILURE() << "no report written: " << report;
        a.report = nlohmann::json::object();
        return a;
    }
    a.report = nlohmann::json::parse(in);
    return a;
}

std::vector<std::string> names(const nlohmann::json &list) {
    std::vector<std::string> out = list.get<std::vector<std::string>>();
    std::sort(out.begin(), out.end());
    return out;
}

} // namespace idetic_test
