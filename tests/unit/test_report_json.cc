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

TEST(DotWriter, TitleCountsStatesTransitionsAndCheckpoints) {
    DesignModel m = small_model();
    std::string dot = state_graph_to_dot(m, {false, true, false});
    EXPECT_NE(dot.find("graph [label=\"toy: 3 control states, 4 transitions, 1 checkpoint state\\l"),
              std::string::npos)
        << dot;
    EXPECT_NE(dot.find("filled green: checkpoint state; double border: reset state s0\\l"), std::string::npos)
        << dot;
    EXPECT_NE(dot.find("labelloc=t"), std::string::npos);
    // Without a plan: no checkpoint count, nothing filled.
    std::string plain = state_graph_to_dot(m);
    EXPECT_NE(plain.find("toy: 3 control states, 4 transitions\\l"), std::string::npos) << plain;
    EXPECT_EQ(plain.find("checkpoint"), std::string::npos) << plain;
    EXPECT_EQ(plain.find("filled"), std::string::npos) << plain;
}

TEST(DotWriter, EveryStateHasAnIdClassesAndALiveRegisterTooltip) {
    DesignModel m = small_model();
    std::string dot = state_graph_to_dot(m, {false, true, true});
    EXPECT_NE(dot.find("s0 [id=\"s0\", class=\"state reset\", tooltip=\"s0, reset state\\nstate=00\\nlive 0 bits: "
                       "none\"];"),
              std::string::npos)
        << dot;
    // A checkpoint in s1 saves x (8 bits) and the 2-bit controller.
    EXPECT_NE(dot.find("s1 [id=\"s1\", class=\"state checkpoint\", tooltip=\"s1, checkpoint state: saves 10 "
                       "bits\\nstate=01\\nlive 8 bits: x[8]\"];"),
              std::string::npos)
        << dot;
    EXPECT_NE(dot.find("s2 [id=\"s2\", class=\"state checkpoint\""), std::string::npos) << dot;
    // One class list naming "checkpoint" per checkpoint state: what the SVG test counts.
    std::size_t count = 0;
    for (auto pos = dot.find("checkpoint\", tooltip"); pos != std::string::npos;
         pos = dot.find("checkpoint\", tooltip", pos + 1))
        ++count;
    EXPECT_EQ(count, 2u);
}

TEST(DotWriter, EscapesNamesAndShortensLongRegisterLists) {
    DesignModel m = idetic_test::toy_model();
    m.top = "we\"ird";
    for (int i = 0; i < 30; ++i)
        m.registers.add({"r" + std::to_string(i), 1, RegisterKind::Data});
    RegSet all(m.registers.size());
    all.set();
    for (StateId s = 0; s < m.graph.size(); ++s)
        m.graph.state(s).live_in = all;
    std::string dot = state_graph_to_dot(m, {true, false, false});
    EXPECT_NE(dot.find("digraph \"we\\\"ird\""), std::string::npos) << dot;
    EXPECT_NE(dot.find("graph [label=\"we\\\"ird: 3 control states"), std::string::npos) << dot;
    // 33 registers, 24 named: "... (9 more)".
    EXPECT_NE(dot.find("r20[1], ... (9 more)\"];"), std::string::npos) << dot;
}

TEST(DotWriter, SeveralControllersGetOneLineEach) {
    DesignModel m = small_model();
    m.controllers.push_back({{"phase"}, 1, "binary", "detected", "0"});
    for (StateId s = 0; s < m.graph.size(); ++s)
        m.graph.state(s).code.push_back(s == 1 ? "1" : "0");
    std::string dot = state_graph_to_dot(m, {false, true, false});
    EXPECT_NE(dot.find("s1 [label=\"s1\\nstate=01\\nphase=1\\nlive 8 bits\", style=filled"), std::string::npos)
        << dot;
    EXPECT_NE(dot.find("tooltip=\"s2\\nstate=10\\nphase=0\\nlive 4 bits: y[4]\""), std::string::npos) << dot;
}
