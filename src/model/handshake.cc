#include "model/handshake.h"

#include <map>
#include <set>

namespace idetic {

namespace {

struct PortIndex {
    std::map<std::string, const Port *> by_name;
    explicit PortIndex(const std::vector<Port> &ports) {
        for (const auto &p : ports)
            by_name[p.name] = &p;
    }
    bool has(const std::string &name, const char *dir, int width = 0) const {
        auto it = by_name.find(name);
        if (it == by_name.end() || it->second->direction != dir)
            return false;
        return width == 0 || it->second->width == width;
    }
};

bool ends_with(const std::string &s, const std::string &suffix, std::string *prefix) {
    if (s.size() <= suffix.size() || s.compare(s.size() - suffix.size(), suffix.size(), suffix) != 0)
        return false;
    *prefix = s.substr(0, s.size() - suffix.size());
    return true;
}

Handshake block(const char *protocol, std::vector<std::string> ports, std::string request, std::string done) {
    Handshake h;
    h.protocol = protocol;
    h.kind = "block";
    h.ports = std::move(ports);
    h.request = std::move(request);
    h.done = std::move(done);
    return h;
}

} // namespace

std::vector<Handshake> detect_handshakes(const std::vector<Port> &ports) {
    PortIndex ix(ports);
    std::vector<Handshake> out;

    // Block level: the first convention that matches.
    if (ix.has("ap_start", "input", 1) && ix.has("ap_done", "output", 1) && ix.has("ap_idle", "output", 1) &&
        ix.has("ap_ready", "output", 1)) {
        bool chain = ix.has("ap_continue", "input", 1);
        std::vector<std::string> p = {"ap_start", "ap_done", "ap_idle", "ap_ready"};
        if (chain)
            p.push_back("ap_continue");
        out.push_back(block(chain ? "ap_ctrl_chain" : "ap_ctrl_hs", p, "ap_start", "ap_done"));
    } else if (ix.has("start_port", "input", 1) && ix.has("done_port", "output", 1)) {
        out.push_back(block("bambu", {"start_port", "done_port"}, "start_port", "done_port"));
    } else if (ix.has("start", "input", 1) && ix.has("finish", "output", 1)) {
        out.push_back(block("legup", {"start", "finish"}, "start", "finish"));
    } else if (ix.has("go", "input", 1) && ix.has("done", "output", 1)) {
        out.push_back(block("calyx", {"go", "done"}, "go", "done"));
    } else if (ix.has("start", "input", 1) && ix.has("done", "output", 1)) {
        out.push_back(block("start_done", {"start", "done"}, "start", "done"));
    }

    std::set<std::string> taken;
    for (const auto &h : out)
        taken.insert(h.ports.begin(), h.ports.end());

    for (const auto &p : ports) {
        std::string base;
        // Vitis scalar port protocols: X_ap_vld / X_ap_ack next to X.
        if (ends_with(p.name, "_ap_vld", &base) && ix.by_name.count(base)) {
            Handshake h;
            bool ack = ix.by_name.count(base + "_ap_ack") > 0;
            h.protocol = ack ? "ap_hs" : "ap_vld";
            h.kind = "data";
            h.ports = {base, p.name};
            if (ack)
                h.ports.push_back(base + "_ap_ack");
            h.data = base;
            h.done = p.direction == "output" ? p.name : "";
            out.push_back(h);
            taken.insert(h.ports.begin(), h.ports.end());
            continue;
        }
        if (ends_with(p.name, "_ap_ack", &base) && ix.by_name.count(base) && !ix.by_name.count(base + "_ap_vld")) {
            Handshake h;
            h.protocol = "ap_ack";
            h.kind = "data";
            h.ports = {base, p.name};
            h.data = base;
            out.push_back(h);
            taken.insert(h.ports.begin(), h.ports.end());
            continue;
        }
        // Vitis ap_memory: an array outside the design.
        if (ends_with(p.name, "_address0", &base) && p.direction == "output" &&
            ix.has(base + "_ce0", "output", 1) &&
            (ix.has(base + "_q0", "input") || ix.has(base + "_d0", "output"))) {
            Handshake h;
            h.protocol = "ap_memory";
            h.kind = "memory";
            h.data = base;
            for (const char *suffix : {"_address0", "_ce0", "_we0", "_d0", "_q0", "_address1", "_ce1", "_we1",
                                       "_d1", "_q1"})
                if (ix.by_name.count(base + suffix))
                    h.ports.push_back(base + suffix);
            out.push_back(h);
            taken.insert(h.ports.begin(), h.ports.end());
            continue;
        }
        // valid/ready channels: P_rsc_vld + P_rsc_rdy (Catapult), P_valid + P_ready, P_vld + P_rdy.
        static const std::pair<const char *, const char *> pairs[] = {
            {"_vld", "_rdy"}, {"_valid", "_ready"}};
        for (auto [vs, rs] : pairs) {
            if (!ends_with(p.name, vs, &base) || taken.count(p.name) || !ix.by_name.count(base + rs))
                continue;
            const Port *ready = ix.by_name.at(base + rs);
            if (ready->direction == p.direction)
                continue;
            Handshake h;
            h.protocol = "valid_ready";
            h.kind = "data";
            h.ports = {p.name, base + rs};
            std::string data = base;
            std::string stem;
            if (ends_with(base, "_rsc", &stem) && ix.by_name.count(base + "_dat"))
                data = base + "_dat";
            if (ix.by_name.count(data) && data != p.name)
                h.ports.push_back(data);
            else
                data.clear();
            h.data = data;
            h.done = p.direction == "output" ? p.name : "";
            h.request = p.direction == "input" ? p.name : "";
            out.push_back(h);
            taken.insert(h.ports.begin(), h.ports.end());
        }
    }
    return out;
}

const Handshake *block_handshake(const std::vector<Handshake> &hs) {
    for (const auto &h : hs)
        if (h.kind == "block")
            return &h;
    return nullptr;
}

} // namespace idetic
