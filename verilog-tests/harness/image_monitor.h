// The NVM image layout from the rewriter's report, and a monitor that checks every
// committed NVM write against the image rules of docs/NVM_PROTOCOL.md:
//
//  * a save is a transaction on ONE slot, never the slot holding the newest valid
//    record: it opens with its first write to that slot (the generated engine writes
//    data words first; an engine may also open it by invalidating the slot's header, a
//    value without the 0xA5 magic, as the hand-written toy engine does), writes only
//    words of that slot, and ends with the header {magic, empty = 0, seq = newest
//    seq + 1} written LAST;
//  * when the header is committed, the checksum word (and the index word, unless the
//    layout puts the index in the header) has been written in this transaction, the checksum equals the XOR
//    of the data words written, and (when the report lists them) the data words written are exactly
//    the words of that checkpoint index;
//  * an empty record (no-replay) is a single header write {magic, empty = 1,
//    seq + 1} to the older slot, outside any open transaction;
//  * `saved` rises only after a checkpoint header has been committed.
#pragma once

#include <nlohmann/json.hpp>

#include <cstdint>
#include <fstream>
#include <set>
#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

namespace idetic::harness {

struct NvmLayout {
    bool known = false;
    int word_bits = 0; // 0: unknown
    int addr_bits = 0; // 0: unknown
    int header_words = 3;
    int seq_bits = 0;             // 0: W - 9 (the whole rest of the header)
    bool index_in_header = false; // the checkpoint index sits above the sequence number
    int index_bits = 0;           // its width (with index_in_header)
    int restore_passes = 2;       // reads of the data per restore (1: load while summing)
    // Commit-record words a save writes besides data and header (checksum, index word).
    int record_words() const { return index_in_header ? 1 : 2; }
    int slot_words = 0;                             // 0: unknown (image checks off)
    std::vector<std::vector<int>> checkpoint_words; // by checkpoint index: data words (0-based)
    bool have_checkpoint_words = false;
    std::string source;
    bool periodic = false; // nvm_layout.engine_trigger == "periodic": saves without a warning
};

// Reads a report JSON file; throws std::runtime_error naming the file.
inline nlohmann::json read_report_json(const std::string &path) {
    std::ifstream in(path);
    if (!in) throw std::runtime_error("cannot open report '" + path + "'");
    nlohmann::json j;
    try {
        in >> j;
    } catch (const std::exception &e) {
        throw std::runtime_error("report '" + path + "' is not valid JSON: " + e.what());
    }
    return j;
}

// Reads `nvm_layout` (or the same keys at top level) from a report JSON file.
inline NvmLayout read_layout(const std::string &path) {
    NvmLayout l;
    l.source = path;
    nlohmann::json j = read_report_json(path);
    const nlohmann::json *n = &j;
    if (j.contains("nvm_layout") && j["nvm_layout"].is_object())
        n = &j["nvm_layout"];
    else if (j.contains("rewrite") && j["rewrite"].is_object() && j["rewrite"].contains("nvm_layout"))
        n = &j["rewrite"]["nvm_layout"];
    auto get_int = [&](const char *k, int def) { return n->contains(k) ? (*n)[k].get<int>() : def; };
    l.word_bits = get_int("word_bits", 0);
    l.addr_bits = get_int("addr_bits", 0);
    l.header_words = get_int("header_words", 3);
    l.seq_bits = get_int("seq_bits", 0);
    l.index_bits = get_int("index_bits", 0);
    l.index_in_header =
        n->contains("index_in_header") && (*n)["index_in_header"].get<bool>() && l.index_bits > 0;
    l.slot_words = get_int("slot_words", 0);
    l.restore_passes = get_int("restore_passes", 2);
    if (n->contains("checkpoints") && (*n)["checkpoints"].is_array()) {
        const auto &cps = (*n)["checkpoints"];
        l.checkpoint_words.resize(cps.size());
        for (std::size_t i = 0; i < cps.size(); ++i) {
            std::size_t idx = cps[i].contains("index") ? cps[i]["index"].get<std::size_t>() : i;
            if (idx >= l.checkpoint_words.size()) l.checkpoint_words.resize(idx + 1);
            if (cps[i].contains("words")) l.checkpoint_words[idx] = cps[i]["words"].get<std::vector<int>>();
        }
        l.have_checkpoint_words = !cps.empty();
    }
    l.periodic = n->contains("engine_trigger") && (*n)["engine_trigger"] == "periodic";
    l.known = l.slot_words > 0 && l.word_bits > 0;
    return l;
}

// The commit record's checksum (docs/NVM_PROTOCOL.md): the XOR of the data words `data`
// (word numbers, 0 = the first data word) of the slot that starts at word `base`.
template <class Peek>
uint64_t record_checksum(Peek peek, uint64_t base, int header_words, const std::vector<int> &data,
                         uint64_t mask) {
    uint64_t ck = 0;
    for (int d : data)
        ck ^= peek(base + static_cast<uint64_t>(header_words + d));
    return ck & mask;
}

// --nvm-init forged: slot 0 holds a record that looks valid (magic, not empty, seq 1,
// checkpoint index 0) over random data words, with a checksum that cannot match them (the
// complement of their XOR). The engine must reject it and start fresh; an engine that does
// not check the checksum (the skip-checksum mutant) loads the random words.
// The caller checks that the layout is known.
template <class Mem, class R> void forge_rejected_record(Mem &nvm, const NvmLayout &l, R &rng) {
    const uint64_t mask = nvm.mask();
    for (int off = l.header_words; off < l.slot_words; ++off)
        nvm.poke(static_cast<uint64_t>(off), rng.next() & mask);
    std::vector<int> data; // checkpoint 0's words, or the whole slot when the layout does not list them
    if (l.have_checkpoint_words && !l.checkpoint_words.empty())
        data = l.checkpoint_words[0];
    else
        for (int d = 0; d < l.slot_words - l.header_words; ++d)
            data.push_back(d);
    const uint64_t sum =
        record_checksum([&](uint64_t a) { return nvm.peek(a); }, 0, l.header_words, data, mask);
    nvm.poke(1, 0);
    nvm.poke(2, ~sum & mask);
    nvm.poke(0, (uint64_t{0xA5} << (l.word_bits - 8)) | 1);
}

struct Header {
    bool valid = false; // magic 0xA5, and zeros between the empty flag and the index / sequence number
    bool empty = false;
    uint64_t seq = 0;
    uint64_t idx = 0; // the checkpoint index, when the layout puts it in the header
};

class ImageMonitor {
  public:
    ImageMonitor() = default;
    ImageMonitor(const NvmLayout &l, bool enabled) : l_(l), enabled_(enabled && l.known) {
        if (enabled_) {
            w_ = static_cast<unsigned>(l_.word_bits);
            seq_bits_ = l_.seq_bits > 0 ? static_cast<unsigned>(l_.seq_bits) : w_ - 9;
            idx_bits_ = l_.index_in_header ? static_cast<unsigned>(l_.index_bits) : 0;
            mask_ = w_ == 64 ? ~uint64_t{0} : ((uint64_t{1} << w_) - 1);
        }
    }
    bool enabled() const { return enabled_; }

    Header decode(uint64_t h) const {
        Header r;
        const unsigned low = seq_bits_ + idx_bits_; // number and index below the zero bits
        const unsigned zeros = w_ - 9 - low;        // bits between the empty flag and them
        r.valid = ((h >> (w_ - 8)) & 0xFF) == 0xA5 && ((h >> low) & ((uint64_t{1} << zeros) - 1)) == 0;
        r.idx = (h >> seq_bits_) & ((uint64_t{1} << idx_bits_) - 1);
        r.empty = (h >> (w_ - 9)) & 1;
        r.seq = h & ((uint64_t{1} << seq_bits_) - 1);
        return r;
    }
    // a newer than b: (a - b) mod 2^S in [1, 2^(S-1)), S = seq_bits_
    bool newer(uint64_t a, uint64_t b) const {
        uint64_t d = (a - b) & ((uint64_t{1} << seq_bits_) - 1);
        return d != 0 && d < (uint64_t{1} << (seq_bits_ - 1));
    }

    // Newest valid record given the two header words; slot -1 if none.
    struct Newest {
        int slot = -1;
        Header h;
    };
    Newest newest(uint64_t h0, uint64_t h1) const {
        Header a = decode(h0), b = decode(h1);
        Newest n;
        if (a.valid && b.valid)
            n.slot = newer(b.seq, a.seq) ? 1 : 0;
        else if (a.valid)
            n.slot = 0;
        else if (b.valid)
            n.slot = 1;
        if (n.slot >= 0) n.h = n.slot ? b : a;
        return n;
    }

    void power_fail() { open_ = -1; }

    // A committed write. `peek(addr)` reads the memory AFTER the write; `old` is the
    // word's value before it.
    template <class Peek> void on_write(uint64_t addr, uint64_t value, uint64_t old, Peek peek) {
        if (!enabled_) return;
        const uint64_t sw = static_cast<uint64_t>(l_.slot_words);
        if (addr >= 2 * sw) {
            error("write to address " + std::to_string(addr) + " outside both slots (2 x " +
                  std::to_string(sw) + " words)");
            return;
        }
        const int slot = static_cast<int>(addr / sw);
        const uint64_t off = addr % sw;
        if (off == 0) {
            uint64_t h0 = slot == 0 ? old : peek(0), h1 = slot == 1 ? old : peek(sw);
            Newest before = newest(h0, h1);
            Header h = decode(value);
            if (!h.valid) { // invalidation: opens a save transaction
                if (open_ >= 0)
                    error("slot " + std::to_string(slot) +
                          " header invalidated inside an open save of slot " + std::to_string(open_));
                open_save(slot, before);
            } else if (h.empty) {
                ++empties_;
                if (open_ >= 0) error("empty record written inside an open save");
                if (before.slot == slot)
                    error("empty record overwrites the newest valid record (slot " + std::to_string(slot) +
                          ")");
                if (before.slot >= 0 && h.seq != ((before.h.seq + 1) & ((uint64_t{1} << seq_bits_) - 1)))
                    error("empty record seq " + std::to_string(h.seq) + " is not newest seq + 1 (" +
                          std::to_string(before.h.seq) + " + 1)");
            } else {
                if (open_ != slot) {
                    error("checkpoint header of slot " + std::to_string(slot) +
                          " written before its save wrote anything else (the header must be written last)");
                    return;
                }
                check_commit(slot, h, peek);
                open_ = -1;
                ++commits_;
            }
        } else {
            if (open_ < 0) { // the first write of a save
                open_save(slot, newest(peek(0), peek(sw)));
            } else if (open_ != slot) {
                error("write to slot " + std::to_string(slot) + " word " + std::to_string(off) +
                      " inside an open save of slot " + std::to_string(open_));
                return;
            }
            written_.insert(static_cast<int>(off));
        }
    }

    void on_saved_rise() {
        if (!enabled_) return;
        if (commits_ == commits_at_saved_)
            error("saved raised without a checkpoint header committed since the previous save");
        commits_at_saved_ = commits_;
    }
    void on_power_on() { commits_at_saved_ = commits_; }

    uint64_t errors() const { return errors_; }
    const std::string &first_error() const { return first_error_; }
    uint64_t commits() const { return commits_; }
    uint64_t empties() const { return empties_; }

  private:
    void open_save(int slot, const Newest &before) {
        if (before.slot == slot)
            error("save writes slot " + std::to_string(slot) +
                  ", which holds the newest valid record (a save must target the older slot)");
        open_ = slot;
        open_before_ = before;
        written_.clear();
    }

    template <class Peek> void check_commit(int slot, const Header &h, Peek peek) {
        const uint64_t base = static_cast<uint64_t>(slot) * static_cast<uint64_t>(l_.slot_words);
        const int hw = l_.header_words;
        if (!l_.index_in_header && !written_.count(1))
            error("checkpoint committed without writing its index word");
        if (!written_.count(2)) error("checkpoint committed without writing its checksum word");
        std::vector<int> data;
        for (int off : written_)
            if (off >= hw) data.push_back(off - hw);
        const uint64_t sum = record_checksum(peek, base, hw, data, mask_);
        uint64_t ck = peek(base + 2);
        if (ck != sum) {
            std::ostringstream os;
            os << "checksum word 0x" << std::hex << ck << " != XOR of the data words written 0x" << sum;
            error(os.str());
        }
        uint64_t idx = l_.index_in_header ? h.idx : peek(base + 1);
        if (l_.have_checkpoint_words) {
            if (idx >= l_.checkpoint_words.size())
                error("checkpoint index " + std::to_string(idx) + " not in the report's layout");
            else if (l_.checkpoint_words[idx] != data) {
                std::string got, want;
                for (int d : data)
                    got += " " + std::to_string(d);
                for (int d : l_.checkpoint_words[idx])
                    want += " " + std::to_string(d);
                error("checkpoint index " + std::to_string(idx) + " wrote data words {" + got +
                      " } but the layout lists {" + want + " }");
            }
        }
        if (open_before_.slot >= 0 && h.seq != ((open_before_.h.seq + 1) & ((uint64_t{1} << seq_bits_) - 1)))
            error("checkpoint seq " + std::to_string(h.seq) + " is not newest seq + 1 (" +
                  std::to_string(open_before_.h.seq) + " + 1)");
    }

    void error(const std::string &what) {
        if (errors_++ == 0) first_error_ = what;
    }

    NvmLayout l_;
    bool enabled_ = false;
    unsigned w_ = 32, seq_bits_ = 23, idx_bits_ = 0;
    uint64_t mask_ = 0xFFFFFFFFu;
    int open_ = -1;
    Newest open_before_;
    std::set<int> written_;
    uint64_t commits_ = 0, commits_at_saved_ = 0, empties_ = 0, errors_ = 0;
    std::string first_error_;
};

} // namespace idetic::harness
