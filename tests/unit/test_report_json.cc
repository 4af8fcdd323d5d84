#include "report/dot_writer.h"
#include "report/report_json.h"
#include "model/liveness.h"

#include "toy_model.h"

#include <gtest/gtest.h>

using namespace idetic;

namespace {
// The shared toy model, plus a reset port, a def set and an edge kill on 2 -> 0.
DesignModel small_model() {
    DesignModel m = idetic_test::toy_model();
    m.reset = {"rst_n", true, false};
    m.graph.state(0).def = m.registers.set_of({"x"});
    m.graph.set_edge_kill(2, 0, m.registers.set_of({"y"}));
    compute_liveness(m.graph, m.registers.size());
    return m;
}
} // namespace

TEST(ReportJson, RoundTripKeepsEverything) {
    DesignModel m = small_model();
    nlohmann::json j = design_to_json(m, {12.5});
    EXPECT_EQ(j["schema_version"], kReportSchemaVersion);
    EXPECT_EQ(j["state_count"], 3);
    EXPECT_EQ(j["states"][1]["live_in"], nlohmann::json::array({"x"}));
    EXPECT_EQ(j["states"][1]["live_bits"], 8);
    EXPECT_EQ(j["states"][2]["successors"], nlohmann::json::array({0, 2}));
    EXPECT_EQ(j["summary"]["max_live_bits"], 8);
    EXPECT_EQ(j["states"][2]["edge_kill"]["0"], nlohmann::json::array({"y"}));

    // Through text and back: the same JSON again.
    DesignModel back = design_from_json(nlohmann::json::parse(j.dump()));
    EXPECT_EQ(design_to_json(back, {12.5}), j);
    EXPECT_EQ(back.controllers.at(0).wires, std::vector<std::string>{"state"});
    EXPECT_TRUE(back.reset.active_low);
    EXPECT_EQ(back.save_bits(2), 4 + 2);
}

TEST(ReportJson, RoundTripKeepsMemoriesPortsAndHandshakes) {
    DesignModel m = small_model();
    m.memories.push_back({"buf", 32, 16, "ram", "save"});
    m.memories.push_back({"coef", 16, 8, "rom", "rom"});
    m.ports = {{"start", "input", 1}, {"done", "output", 1}, {"result", "output", 16}};
    m.handshakes = detect_handshakes(m.ports);
    m.outputs_valid = {"done"};
    nlohmann::json j = design_to_json(m, {1.0});
    EXPECT_EQ(j["memory_bits"], 32 * 16 + 16 * 8);
    EXPECT_EQ(j["memories"][1]["mode"], "rom");
    EXPECT_EQ(j["handshakes"][0]["protocol"], "start_done");
    DesignModel back = design_from_json(nlohmann::json::parse(j.dump()));
    EXPECT_EQ(design_to_json(back, {1.0}), j);
    EXPECT_EQ(back.memories.at(0).bits(), 512);
}

TEST(ReportJson, BadReportsNameTheKey) {
    nlohmann::json j = design_to_json(small_model());
    j["states"][0].erase("live_in");
    try {
        design_from_json(j);
        FAIL() << "expected an error";
    } catch (const std::runtime_error &e) {
        EXPECT_NE(std::string(e.what()).find("live_in"), std::string::npos) << e.what();
    }
    j = design_to_json(small_model());
    j["states"][1]["use"] = {"nope"};
    EXPECT_THROW(design_from_json(j), std::runtime_error);
    j = design_to_json(small_model());
    j["schema_version"] = 99;
    EXPECT_THROW(design_from_json(j), std::runtime_error);
}

TEST(DotWriter, LabelsStatesWithLiveBitsAndMarksCheckpoints) {
    DesignModel m = small_model();
    std::string dot = state_graph_to_dot(m, {false, true, false});
    EXPECT_NE(dot.find("s1 [label=\"s1\\nstate=01\\nlive 8 bits\", style=filled"), std::string::npos) << dot;
    EXPECT_NE(dot.find("s0 [label=\"s0\\nstate=00\\nlive 0 bits\", peripheries=2]"), std::string::npos) << dot;
    EXPECT_NE(dot.find("s2 -> s0;"), std::string::npos);
}
