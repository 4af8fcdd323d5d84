// The checkpoint-placement problem, free of Yosys and of the report format: a
// directed graph of control states with, per state, the compute energy of one cycle,
// the energy of saving (and restoring) a checkpoint there, whether a checkpoint may be
// taken there, and the registers it would save (for the save-multiplexer width).
//
// from_design() builds it from an analysed DesignModel and a resolved energy model:
//
//   data(s)    = ceil(save_bits(s) / W)
//   words(s)   = data(s) + ceil(commit_record_bits / W) + 1
//   save(s)    = words(s) * W * nvm_write_pj_per_bit
//              + (words(s) * nvm_write_latency_cycles + 3) * compute_pj_per_cycle
//   restore(s) = (p * data(s) + ceil(commit_record_bits / W) + 2) * W * nvm_read_pj_per_bit
//              + that many words * nvm_read_latency_cycles * compute_pj_per_cycle
//   e(s)       = compute_pj_per_cycle
//
// where W = nvm_word_bits and save_bits(s) = bits of live_in(s) + the controller bits
// (DesignModel::save_bits). Whole words are written, so a partial word costs a full one.
// The counts follow the generated engine (docs/NVM_PROTOCOL.md): a save writes the
// data, the commit record (index + checksum, DESIGN.md §7) and the header (with the
// sequence number) last; a restore reads the two headers, the commit record
// and the data p times: once (p = 1) for a design with a reset, whose engine loads while
// it sums and clears the design through its reset if the checksum fails; twice (p = 2)
// otherwise (checksum pass, then load). The engine issues its accesses back to
// back (the next request in the cycle of the previous ack), so an access takes the latency
// in cycles, not one more. The design keeps being clocked while it
// is frozen, so every cycle of a save or restore also costs a cycle of compute energy
// (a save has 3 cycles besides its writes: monitor sampling, first request, `saved`).
//
// Conventions shared by every solver: successor lists are sorted and duplicate-free;
// a state without successors is treated as if it had a self-loop (a clocked controller
// always has a next state); only states reachable from `root` matter.
#pragma once

#include "energy/energy_model.h"
#include "model/design_model.h"

#include <cstddef>
#include <cstdint>
#include <limits>
#include <vector>

namespace idetic {

inline constexpr double kInfinity = std::numeric_limits<double>::infinity();

struct PlacementProblem {
    std::vector<std::vector<StateId>> succ; // successors of each state
    std::vector<double> step_pj;            // e(s): compute energy of one cycle in s
    std::vector<double> save_pj;            // save(s): NVM energy of a checkpoint taken in s
    std::vector<double> restore_pj;         // restore(s): NVM energy of restoring it (periodic policy)
    std::vector<char> eligible;             // may a checkpoint be taken in s?
    StateId root = 0;                       // the reset state

    // Save-multiplexer objective (optional: empty `live` disables it).
    std::vector<RegSet> live;         // registers saved by a checkpoint in s
    std::vector<long long> reg_bits;  // width of each register index used in `live`
    long long fixed_save_bits = 0;    // bits saved by every checkpoint (the controllers)
    std::vector<long long> save_bits; // total bits written by a checkpoint in s

    // Periodic policy.
    double charge_pj = kInfinity;     // usable energy of one charge
    std::vector<double> visit_weight; // expected visits of s (empty: estimated)

    std::size_t size() const { return succ.size(); }
    // Throws std::invalid_argument naming the first inconsistency (sizes, negative or
    // non-finite energies, bad successor ids, root out of range, >= 2^31 states/edges).
    void validate() const;
};

// Compressed adjacency (CSR) of a problem with the conventions above applied:
// duplicates removed, a self-loop added to states without successors.
// Ids are stored in 32 bits (graphs are far smaller than 4 G states) to halve the
// memory traffic of the solvers.
struct Adjacency {
    std::vector<std::uint32_t> succ_begin, pred_begin; // size n + 1
    std::vector<std::uint32_t> succ, pred;

    explicit Adjacency(const PlacementProblem &p);
    std::size_t size() const { return succ_begin.size() - 1; }
    template <class F> void for_succ(StateId s, F f) const {
        for (std::uint32_t i = succ_begin[s], e = succ_begin[s + 1]; i < e; ++i)
            f(static_cast<StateId>(succ[i]));
    }
    template <class F> void for_pred(StateId s, F f) const {
        for (std::uint32_t i = pred_begin[s], e = pred_begin[s + 1]; i < e; ++i)
            f(static_cast<StateId>(pred[i]));
    }
    std::size_t out_degree(StateId s) const { return succ_begin[s + 1] - succ_begin[s]; }
};

// States reachable from p.root (including it), as a 0/1 mask.
std::vector<char> reachable_mask(const PlacementProblem &p, const Adjacency &adj);

// Bits of the union of live(s) over the states with checkpoint[s] set, plus
// fixed_save_bits: the number of distinct bits the save multiplexer selects from.
// 0 when the problem has no live sets.
long long save_mux_bits(const PlacementProblem &p, const std::vector<char> &checkpoint);
// Largest save_bits(s) over the checkpoint states (0 without save_bits).
long long max_save_bits(const PlacementProblem &p, const std::vector<char> &checkpoint);

// NVM words written by a checkpoint of `bits` bits (data, commit record, header).
long long checkpoint_words(const EnergyModel &m, long long bits);
// NVM words read by a restore of a checkpoint of `bits` bits: the data once when the engine
// restores in one pass (a design with a reset: a bad checksum clears it through its reset),
// twice otherwise (checksum pass, then load).
long long restore_words(const EnergyModel &m, long long bits, bool one_pass);
// Energy of one save / one restore of `bits` bits, NVM and frozen compute cycles (pJ).
double save_energy_pj(const EnergyModel &m, double compute_pj_per_cycle, long long bits);
double restore_energy_pj(const EnergyModel &m, double compute_pj_per_cycle, long long bits, bool one_pass);
// Energy of one save by the generated engine once the NVM layout is known: the
// `data_words` data words the layout gives its checkpoint (the engine visits only those),
// `record_words` commit-record words (the checksum, and the index word when the index does
// not fit in the header; negative: the energy model's ceil(commit_record_bits / W)) and
// the header.
double engine_save_energy_pj(const EnergyModel &m, double compute_pj_per_cycle, long long data_words,
                             long long record_words = -1);

// Builds the problem of DESIGN.md §6 from an analysed design (liveness computed).
// Every state is eligible unless `eligible` (one flag per state) says otherwise.
PlacementProblem from_design(const DesignModel &design, const ResolvedEnergy &energy,
                             const std::vector<char> &eligible = {});

// Visit-frequency estimate for the periodic policy: the stationary distribution of a
// random walk that leaves each state to a uniformly chosen successor and, with
// probability `restart` per cycle, restarts at the root (a job restarted every 1/restart
// cycles on average). Sums to 1 over the states; 0 on unreachable states.
std::vector<double> estimate_visit_frequencies(const PlacementProblem &p, double restart = 0.01);

} // namespace idetic
