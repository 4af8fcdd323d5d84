#include "rewrite/nvm_layout.h"

#include <boost/dynamic_bitset.hpp>

#include <algorithm>
#include <map>
#include <stdexcept>

namespace idetic {

int NvmLayout::checkpoint_index(StateId state) const {
    for (std::size_t i = 0; i < checkpoints.size(); ++i)
        if (checkpoints[i].state == state) return int(i);
    return -1;
}

NvmLayout build_nvm_layout(const DesignModel &model, const std::vector<StateId> &checkpoint_states,
                           int word_bits) {
    if (word_bits < 16 || (word_bits & (word_bits - 1)) != 0)
        throw std::invalid_argument("NVM word width must be a power of two of at least 16 bits, got " +
                                    std::to_string(word_bits));
    if (checkpoint_states.empty()) throw std::invalid_argument("the plan has no checkpoint state");

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
        if (any) groups[sig].push_back(r);
    }

    // Each group (all its bits live at the same checkpoints) gets whole words of its own,
    // and its remainder of fewer than W bits (its tail) goes, in one piece, into a shared
    // tail word. A checkpoint writes a tail word when any of its tails is live there, so
    // sharing never makes a checkpoint write more words than a word of its own per tail
    // would, and it saves words wherever two tails of one word are live together: each tail
    // goes to the open word whose checkpoints overlap its own most (the controllers' word,
    // written by every checkpoint, first), then to the fullest.
    using Checkpoints = boost::dynamic_bitset<>; // one bit per checkpoint of the plan
    struct OpenWord {
        int word = 0, fill = 0; // bits used
        Checkpoints sig;        // checkpoints that write it
    };
    std::vector<OpenWord> open;
    int next_word = 0;
    auto place = [&](const std::vector<std::size_t> &members, const std::vector<bool> &sig) {
        long long total = 0;
        for (std::size_t r : members)
            total += regs.at(r).width;
        const long long full_bits = total / word_bits * word_bits;
        const int tail = int(total - full_bits);
        const int first_full = next_word;
        next_word += int(full_bits / word_bits);
        int tail_word = -1, tail_lsb = 0;
        if (tail > 0) {
            Checkpoints v(nc);
            for (std::size_t c = 0; c < nc; ++c)
                v[c] = sig[c];
            int best = -1;
            std::size_t best_overlap = 0;
            for (std::size_t i = 0; i < open.size(); ++i) {
                if (open[i].fill + tail > word_bits) continue;
                const std::size_t overlap = (open[i].sig & v).count();
                if (best < 0 || overlap > best_overlap ||
                    (overlap == best_overlap && open[i].fill > open[std::size_t(best)].fill))
                    best = int(i), best_overlap = overlap;
            }
            if (best < 0) {
                open.push_back({next_word++, 0, Checkpoints(nc)});
                best = int(open.size()) - 1;
            }
            OpenWord &ow = open[std::size_t(best)];
            tail_word = ow.word;
            tail_lsb = ow.fill;
            ow.fill += tail;
            ow.sig |= v;
            if (ow.fill == word_bits) open.erase(open.begin() + best);
        }
        long long bit = 0; // of the group
        for (std::size_t r : members) {
            int w = regs.at(r).width, done = 0;
            while (done < w) {
                int word, lsb, room;
                if (bit < full_bits) {
                    word = first_full + int(bit / word_bits);
                    lsb = int(bit % word_bits);
                    room = word_bits - lsb;
                } else {
                    word = tail_word;
                    lsb = tail_lsb + int(bit - full_bits);
                    room = tail - int(bit - full_bits);
                }
                int take = std::min(w - done, room);
                layout.pieces.push_back({r, done, take, word, lsb});
                done += take;
                bit += take;
            }
        }
    };
    place(controllers, std::vector<bool>(nc, true));
    // Most widely live groups first, then by signature (std::map order): deterministic.
    std::vector<std::pair<std::vector<bool>, std::vector<std::size_t>>> ordered(groups.begin(), groups.end());
    std::stable_sort(ordered.begin(), ordered.end(), [](const auto &a, const auto &b) {
        return std::count(a.first.begin(), a.first.end(), true) >
               std::count(b.first.begin(), b.first.end(), true);
    });
    for (auto &[sig, members] : ordered)
        place(members, sig);
    std::sort(layout.pieces.begin(), layout.pieces.end(), [](const LayoutPiece &x, const LayoutPiece &y) {
        return x.word != y.word ? x.word < y.word : x.word_lsb < y.word_lsb;
    });

    layout.data_words = std::max(1, next_word);
    layout.index_bits = 1;
    while ((std::size_t{1} << layout.index_bits) < nc)
        ++layout.index_bits;
    layout.index_in_header = kSeqBits + layout.index_bits <= word_bits - 9;
    layout.restore_passes = restores_in_one_pass(model) ? 1 : 2;
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
            if (used[w]) cw.words.push_back(w);
        layout.checkpoints.push_back(std::move(cw));
    }
    return layout;
}

nlohmann::json nvm_layout_to_json(const NvmLayout &layout, const DesignModel &model) {
    nlohmann::json j;
    j["word_bits"] = layout.word_bits;
    j["header_words"] = kHeaderWords;
    j["seq_bits"] = kSeqBits;
    j["index_bits"] = layout.index_bits;
    j["index_in_header"] = layout.index_in_header;
    j["restore_passes"] = layout.restore_passes;
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
