#include "rewrite/nvm_layout.h"

#include <algorithm>
#include <map>
#include <stdexcept>

namespace idetic {

int NvmLayout::checkpoint_index(StateId state) const {
    for (std::size_t i = 0; i < checkpoints.size(); ++i)
        if (checkpoints[i].state == state)
            return int(i);
    return -1;
}

NvmLayout build_nvm_layout(const DesignModel &model, const std::vector<StateId> &checkpoint_states, int word_bits) {
    if (word_bits < 16 || (word_bits & (word_bits - 1)) != 0)
        throw std::invalid_argument("NVM word width must be a power of two of at least 16 bits, got " +
                                    std::to_string(word_bits));
    if (checkpoint_states.empty())
        throw std::invalid_argument("the plan has no checkpoint state");

    NvmLayout layout;
    layout.word_bits = word_bits;
    const auto &regs = model.registers;
    const std::size_t nc = checkpoint_states.size();

    // Signature of each register: controllers "always", data registers the checkpoints where live.
    std::map<std::vector<bool>, std::vector<std::size_t>> groups; // data registers by signature
    std::vector<std::size_t> controllers;
    for (std::size_t r = 0; r < regs.size(); ++r) {
        if (regs.at(r).kind == RegisterKind::Control) {
            controllers.push_back(r);
            continue;
        }
        std::vector<bool> sig(nc, false);
        bool any = false;
        for (std::size_t c = 0; c < nc; ++c) {
            sig[c] = model.graph.state(checkpoint_states[c]).live_in.test(r);
            any |= sig[c];
        }
        if (any)
            groups[sig].push_back(r);
    }

    int bit = 0; // next free bit of the data area
    auto place_group = [&](const std::vector<std::size_t> &members) {
        if (bit % word_bits)
            bit += word_bits - bit % word_bits; // each group starts on a word boundary
        for (std::size_t r : members) {
            int w = regs.at(r).width, done = 0;
            while (done < w) {
                int word = bit / word_bits, lsb = bit % word_bits;
                int take = std::min(w - done, word_bits - lsb);
                layout.pieces.push_back({r, done, take, word, lsb});
                done += take;
                bit += take;
            }
        }
    };
    place_group(controllers);
    // Most widely live groups first (they sit next to the controllers), then by name.
    std::vector<std::pair<std::vector<bool>, std::vector<std::size_t>>> ordered(groups.begin(), groups.end());
    std::stable_sort(ordered.begin(), ordered.end(), [](const auto &a, const auto &b) {
        return std::count(a.first.begin(), a.first.end(), true) > std::count(b.first.begin(), b.first.end(), true);
    });
    for (auto &[sig, members] : ordered)
        place_group(members);

    layout.data_words = std::max(1, (bit + word_bits - 1) / word_bits);
    layout.slot_words = kHeaderWords + layout.data_words;
    int need = 2 * layout.slot_words - 1, a = 1;
    while ((1 << a) <= need)
        ++a;
    layout.addr_bits = a;

    for (std::size_t c = 0; c < nc; ++c) {
        CheckpointWords cw;
        cw.state = checkpoint_states[c];
        const RegSet &live = model.graph.state(cw.state).live_in;
        std::vector<bool> used(layout.data_words, false);
        for (const auto &p : layout.pieces) {
            bool saved = regs.at(p.reg).kind == RegisterKind::Control || live.test(p.reg);
            if (saved) {
                used[p.word] = true;
                cw.bits += p.width;
            }
        }
        for (int w = 0; w < layout.data_words; ++w)
            if (used[w])
                cw.words.push_back(w);
        layout.checkpoints.push_back(std::move(cw));
    }
    return layout;
}

nlohmann::json nvm_layout_to_json(const NvmLayout &layout, const DesignModel &model) {
    nlohmann::json j;
    j["word_bits"] = layout.word_bits;
    j["header_words"] = kHeaderWords;
    j["data_words"] = layout.data_words;
    j["slot_words"] = layout.slot_words;
    j["addr_bits"] = layout.addr_bits;
    j["slot_base"] = {0, layout.slot_words};
    nlohmann::json pieces = nlohmann::json::array();
    for (const auto &p : layout.pieces)
        pieces.push_back({{"register", model.registers.at(p.reg).name},
                          {"bits", {p.reg_lsb + p.width - 1, p.reg_lsb}},
                          {"word", p.word},
                          {"address_offset", kHeaderWords + p.word},
                          {"word_bits", {p.word_lsb + p.width - 1, p.word_lsb}}});
    j["registers"] = pieces;
    nlohmann::json cps = nlohmann::json::array();
    for (std::size_t i = 0; i < layout.checkpoints.size(); ++i) {
        const auto &c = layout.checkpoints[i];
        cps.push_back({{"index", i}, {"state", c.state}, {"words", c.words}, {"saved_bits", c.bits}});
    }
    j["checkpoints"] = cps;
    return j;
}

} // namespace idetic
