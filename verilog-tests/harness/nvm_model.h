// Cycle-level model of the word-addressed non-volatile memory of
// docs/NVM_PROTOCOL.md, as seen from the checkpointed design's NVM port.
//
// Timing (one clock, cycle-based): a request is taken at the edge ending the first
// cycle c in which req is high and the port is free (no access in flight, or the
// one in flight is acked in c); the memory raises ack for exactly one cycle,
// c + latency (latency >= 1, fixed or drawn per request from [min, max]); read
// data is valid in that cycle; a write is performed at the edge ending the ack
// cycle (atomically, the whole word). In the ack cycle the design's outputs are
// already its next request (or req low): back-to-back accesses take `latency`
// cycles each. Between the taking edge and the ack cycle the design must hold
// req, we, addr (and wdata for a write) stable: any change is a protocol error.
// rdata carries noise in every cycle without a read ack.
//
// The memory persists across power failures (it lives outside the Verilated
// model); power_fail() drops a request that has not been acknowledged.
#pragma once

#include "harness/rng.h"

#include <cstdint>
#include <stdexcept>
#include <string>
#include <vector>

namespace idetic::harness {

struct NvmCommit {
    bool happened = false; // a request completed at this edge
    bool we = false;
    uint64_t addr = 0;
    uint64_t data = 0; // written or read value
    uint64_t old = 0;  // word value before a write
};

class NvmModel {
  public:
    NvmModel(unsigned addr_bits, unsigned word_bits, int latency_min, int latency_max, uint64_t seed)
        : addr_bits_(addr_bits), word_bits_(word_bits), lat_min_(latency_min), lat_max_(latency_max),
          noise_(seed) {
        if (addr_bits_ < 1 || addr_bits_ > 24)
            throw std::invalid_argument("NvmModel: address width must be 1..24 bits");
        if (word_bits_ < 1 || word_bits_ > 64)
            throw std::invalid_argument("NvmModel: word width must be 1..64 bits");
        if (lat_min_ < 1 || lat_max_ < lat_min_)
            throw std::invalid_argument("NvmModel: latency must be >= 1 (and min <= max)");
        mem_.assign(std::size_t{1} << addr_bits_, 0);
        mask_ = word_bits_ == 64 ? ~uint64_t{0} : ((uint64_t{1} << word_bits_) - 1);
        noise_word_ = noise_.next() & mask_;
    }

    unsigned addr_bits() const { return addr_bits_; }
    unsigned word_bits() const { return word_bits_; }
    std::size_t size() const { return mem_.size(); }
    uint64_t mask() const { return mask_; }

    // Blank memory (all zero) or random garbage.
    void clear(bool random, Rng &rng) {
        for (auto &w : mem_)
            w = random ? (rng.next() & mask_) : 0;
        pending_ = false;
    }

    uint64_t peek(uint64_t addr) const { return addr < mem_.size() ? mem_[addr] : 0; }
    void poke(uint64_t addr, uint64_t v) {
        if (addr < mem_.size()) mem_[addr] = v & mask_;
    }

    // ---- phase 1: what the memory drives in the current cycle
    bool ack() const { return pending_ && now_ == ack_cycle_; }
    uint64_t rdata() const { return (ack() && !p_we_) ? mem_[p_addr_] : noise_word_; }

    // ---- the clock edge ending the current cycle; arguments are the design's NVM
    // outputs in this cycle. Returns what completed at this edge.
    NvmCommit edge(bool req, bool we, uint64_t addr, uint64_t wdata) {
        NvmCommit c;
        wdata &= mask_;
        if (pending_ && now_ == ack_cycle_) { // the access completes; the port is free again
            c.happened = true;
            c.we = p_we_;
            c.addr = p_addr_;
            if (p_we_) {
                c.old = mem_[p_addr_];
                c.data = p_wdata_;
                mem_[p_addr_] = p_wdata_;
                ++writes_;
            } else {
                c.data = mem_[p_addr_];
                ++reads_;
            }
            pending_ = false;
        } else if (pending_) {
            if (!req)
                protocol_error("request withdrawn before its ack (addr " + std::to_string(p_addr_) + ")");
            else if (we != p_we_ || addr != p_addr_ || (we && wdata != p_wdata_))
                protocol_error("request changed before its ack (addr " + std::to_string(p_addr_) + " -> " +
                               std::to_string(addr) + ")");
            if (!req) pending_ = false; // the memory gives up on it
            ++now_;
            noise_word_ = noise_.next() & mask_;
            return c;
        }
        if (req) {
            if (addr >= mem_.size()) {
                protocol_error("address " + std::to_string(addr) + " outside the memory (" +
                               std::to_string(mem_.size()) + " words)");
            } else {
                pending_ = true;
                p_we_ = we;
                p_addr_ = addr;
                p_wdata_ = wdata;
                ack_cycle_ = now_ + static_cast<uint64_t>(
                                        lat_min_ == lat_max_ ? lat_min_ : noise_.range(lat_min_, lat_max_));
            }
        }
        ++now_;
        noise_word_ = noise_.next() & mask_;
        return c;
    }

    // A request without ack is lost with the power.
    void power_fail() {
        if (pending_) ++dropped_;
        pending_ = false;
    }
    bool busy() const { return pending_; }
    // The access in flight is a write (meaningful while busy()).
    bool pending_write() const { return p_we_; }

    uint64_t reads() const { return reads_; }
    uint64_t writes() const { return writes_; }
    uint64_t dropped() const { return dropped_; }
    uint64_t protocol_errors() const { return protocol_errors_; }
    const std::string &first_protocol_error() const { return first_error_; }

  private:
    void protocol_error(const std::string &what) {
        if (protocol_errors_++ == 0) first_error_ = what;
    }

    unsigned addr_bits_, word_bits_;
    int lat_min_, lat_max_;
    uint64_t mask_ = 0;
    std::vector<uint64_t> mem_;
    Rng noise_;
    uint64_t noise_word_ = 0;

    uint64_t now_ = 0;
    bool pending_ = false;
    bool p_we_ = false;
    uint64_t p_addr_ = 0, p_wdata_ = 0, ack_cycle_ = 0;

    uint64_t reads_ = 0, writes_ = 0, dropped_ = 0, protocol_errors_ = 0;
    std::string first_error_;
};

} // namespace idetic::harness
