// The JSON analysis report (schema documented in docs/REPORT_SCHEMA.md).
//
// design_to_json() writes the analysis part; later stages (energy model, plan,
// baselines, NVM layout) add their own top-level keys to the same object.
// design_from_json() reads the analysis part back (round trip, used by tests and
// by tools that post-process reports).
#pragma once

#include "model/design_model.h"

#include <nlohmann/json.hpp>

#include <string>

namespace idetic {

inline constexpr int kReportSchemaVersion = 1;

struct AnalysisStats {
    double analysis_ms = 0; // wall time of extraction + exploration + liveness
};

nlohmann::json design_to_json(const DesignModel &model, const AnalysisStats &stats = {});
// Throws std::runtime_error naming the offending key when the JSON is not a valid report.
DesignModel design_from_json(const nlohmann::json &report);

// Writes `json` to `path` atomically (temporary file, then rename). Throws on failure.
void write_json_file(const std::string &path, const nlohmann::json &json);

} // namespace idetic
