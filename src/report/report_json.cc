#include "report/report_json.h"

#include "util/atomic_file.h"

#include <stdexcept>

namespace idetic {

using nlohmann::json;

namespace {

json regset_names(const RegisterTable &regs, const RegSet &set) { return regs.names(set); }

const json &require(const json &obj, const char *key) {
    if (!obj.is_object() || !obj.contains(key))
        throw std::runtime_error(std::string("report: missing key '") + key + "'");
    return obj.at(key);
}

RegSet regset_from(const RegisterTable &regs, const json &names, const char *key) {
    if (!names.is_array())
        throw std::runtime_error(std::string("report: '") + key + "' must be a list of register names");
    try {
        return regs.set_of(names.get<std::vector<std::string>>());
    } catch (const std::exception &e) {
        throw std::runtime_error(std::string("report: '") + key + "': " + e.what());
    }
}

} // namespace

json design_to_json(const DesignModel &model, const AnalysisStats &stats) {
    json j;
    j["schema_version"] = kReportSchemaVersion;
    j["top"] = model.top;
    j["clock"] = model.clock;
    j["reset"] = {{"port", model.reset.port},
                  {"active_low", model.reset.active_low},
                  {"asynchronous", model.reset.asynchronous}};
    j["ff_bits_total"] = model.ff_bits_total;
    j["control_bits"] = model.control_bits();

    json ctrls = json::array();
    for (const auto &c : model.controllers)
        ctrls.push_back({{"wires", c.wires},
                         {"width", c.width},
                         {"encoding", c.encoding},
                         {"source", c.source},
                         {"reset_value", c.reset_value}});
    j["controllers"] = ctrls;

    json regs = json::array();
    for (const auto &r : model.registers.all()) {
        json reg = {{"name", r.name}, {"width", r.width}, {"kind", std::string(to_string(r.kind))}};
        if (!r.memory.empty())
            reg["memory"] = r.memory;
        regs.push_back(reg);
    }
    j["registers"] = regs;

    json mems = json::array();
    for (const auto &mem : model.memories)
        mems.push_back({{"name", mem.name},
                        {"width", mem.width},
                        {"depth", mem.depth},
                        {"kind", mem.kind},
                        {"mode", mem.mode},
                        {"bits", mem.bits()}});
    j["memories"] = mems;
    j["memory_bits"] = model.memory_bits();
    json ports = json::array();
    for (const auto &p : model.ports)
        ports.push_back({{"name", p.name}, {"direction", p.direction}, {"width", p.width}});
    j["ports"] = ports;
    json hs = json::array();
    for (const auto &h : model.handshakes) {
        json e = {{"protocol", h.protocol}, {"kind", h.kind}, {"ports", h.ports}};
        if (!h.request.empty())
            e["request"] = h.request;
        if (!h.done.empty())
            e["done"] = h.done;
        if (!h.data.empty())
            e["data"] = h.data;
        hs.push_back(e);
    }
    j["handshakes"] = hs;
    j["outputs_valid"] = model.outputs_valid;

    j["state_count"] = model.graph.size();
    j["edge_count"] = model.graph.edge_count();
    j["reset_state"] = model.reset_state;

    long long max_live = 0, min_live = -1;
    json states = json::array();
    for (StateId s = 0; s < model.graph.size(); ++s) {
        const auto &st = model.graph.state(s);
        long long live_bits = model.registers.bits(st.live_in);
        max_live = std::max(max_live, live_bits);
        min_live = min_live < 0 ? live_bits : std::min(min_live, live_bits);
        json edge_kill = json::object();
        for (StateId t : model.graph.successors(s)) {
            const RegSet &ek = model.graph.edge_kill(s, t);
            if (ek.size() == model.registers.size() && (ek - st.kill).any())
                edge_kill[std::to_string(t)] = regset_names(model.registers, ek);
        }
        states.push_back({{"id", s},
                          {"code", st.code},
                          {"successors", model.graph.successors(s)},
                          {"def", regset_names(model.registers, st.def)},
                          {"kill", regset_names(model.registers, st.kill)},
                          {"use", regset_names(model.registers, st.use)},
                          {"edge_kill", edge_kill},
                          {"live_in", regset_names(model.registers, st.live_in)},
                          {"live_bits", live_bits}});
    }
    j["states"] = states;
    j["summary"] = {{"max_live_bits", max_live},
                    {"min_live_bits", min_live < 0 ? 0 : min_live},
                    {"analysis_ms", stats.analysis_ms}};
    return j;
}

DesignModel design_from_json(const json &report) {
    int version = require(report, "schema_version").get<int>();
    if (version != kReportSchemaVersion)
        throw std::runtime_error("report: schema_version " + std::to_string(version) + " is not supported (expected " +
                                 std::to_string(kReportSchemaVersion) + ")");
    DesignModel m;
    m.top = require(report, "top").get<std::string>();
    m.clock = report.value("clock", "");
    if (report.contains("reset")) {
        const auto &r = report.at("reset");
        m.reset.port = r.value("port", "");
        m.reset.active_low = r.value("active_low", false);
        m.reset.asynchronous = r.value("asynchronous", false);
    }
    m.ff_bits_total = require(report, "ff_bits_total").get<long long>();
    for (const auto &c : require(report, "controllers")) {
        Controller ctrl;
        ctrl.wires = require(c, "wires").get<std::vector<std::string>>();
        ctrl.width = require(c, "width").get<int>();
        ctrl.encoding = require(c, "encoding").get<std::string>();
        ctrl.source = require(c, "source").get<std::string>();
        ctrl.reset_value = c.value("reset_value", "");
        m.controllers.push_back(std::move(ctrl));
    }
    for (const auto &r : require(report, "registers")) {
        auto kind = register_kind_from_string(require(r, "kind").get<std::string>());
        if (!kind)
            throw std::runtime_error("report: register kind must be 'control' or 'data'");
        m.registers.add({require(r, "name").get<std::string>(), require(r, "width").get<int>(), *kind,
                         r.value("memory", "")});
    }
    for (const auto &e : report.value("memories", json::array())) {
        Memory mem;
        mem.name = require(e, "name").get<std::string>();
        mem.width = require(e, "width").get<int>();
        mem.depth = require(e, "depth").get<int>();
        mem.kind = require(e, "kind").get<std::string>();
        mem.mode = require(e, "mode").get<std::string>();
        m.memories.push_back(mem);
    }
    for (const auto &e : report.value("ports", json::array()))
        m.ports.push_back({require(e, "name").get<std::string>(), require(e, "direction").get<std::string>(),
                           require(e, "width").get<int>()});
    for (const auto &e : report.value("handshakes", json::array())) {
        Handshake h;
        h.protocol = require(e, "protocol").get<std::string>();
        h.kind = require(e, "kind").get<std::string>();
        h.ports = require(e, "ports").get<std::vector<std::string>>();
        h.request = e.value("request", "");
        h.done = e.value("done", "");
        h.data = e.value("data", "");
        m.handshakes.push_back(h);
    }
    m.outputs_valid = report.value("outputs_valid", std::vector<std::string>{});
    const auto &states = require(report, "states");
    for (const auto &s : states) {
        ControlState st;
        st.code = require(s, "code").get<std::vector<std::string>>();
        st.def = regset_from(m.registers, require(s, "def"), "def");
        st.kill = regset_from(m.registers, require(s, "kill"), "kill");
        st.use = regset_from(m.registers, require(s, "use"), "use");
        st.live_in = regset_from(m.registers, require(s, "live_in"), "live_in");
        StateId id = m.graph.add_state(std::move(st));
        if (id != require(s, "id").get<StateId>())
            throw std::runtime_error("report: state ids must be 0..N-1 in order");
    }
    for (const auto &s : states)
        for (StateId t : require(s, "successors").get<std::vector<StateId>>()) {
            if (t >= m.graph.size())
                throw std::runtime_error("report: successor " + std::to_string(t) + " is not a state");
            m.graph.add_edge(s.at("id").get<StateId>(), t);
        }
    for (const auto &s : states) {
        if (!s.contains("edge_kill"))
            continue;
        for (const auto &[to, names] : s.at("edge_kill").items()) {
            StateId from = s.at("id").get<StateId>(), t = std::stoul(to);
            try {
                m.graph.set_edge_kill(from, t, regset_from(m.registers, names, "edge_kill"));
            } catch (const std::out_of_range &) {
                throw std::runtime_error("report: edge_kill names " + to + ", which is not a successor");
            }
        }
    }
    if (require(report, "state_count").get<std::size_t>() != m.graph.size())
        throw std::runtime_error("report: state_count does not match the number of states");
    m.reset_state = report.value("reset_state", StateId{0});
    return m;
}

void write_json_file(const std::string &path, const json &j) { write_file_atomically(path, j.dump(2) + "\n"); }

} // namespace idetic
