// Runs the analysis of an example through Yosys and the plugin and returns its report.
#pragma once

#include <nlohmann/json.hpp>

#include <string>
#include <vector>

namespace idetic_test {

struct Analysis {
    nlohmann::json report;
    // The state whose controller codes are `code` (in controllers order); fails the test if absent.
    const nlohmann::json &state(const std::vector<std::string> &code) const;
    // The controllers' register names, in report order.
    std::vector<std::string> controller_names() const;
};

// `files` are relative to examples/<example>/ (or to <example> when it contains a '/', from the source root); `extra` is appended to the checkpoint_insert command.
Analysis analyse_example(const std::string &example, const std::string &top, const std::vector<std::string> &files,
                         const std::string &extra = "");

// Sorted names of a JSON list of strings.
std::vector<std::string> names(const nlohmann::json &list);

} // namespace idetic_test
