// Three-valued evaluation of the netlist per control state, incremental and with
// sparse, on-demand dependency sets: the fast equivalent of TernaryEval with
// tracking (same values, aliases and dependencies; ternary_eval.h has the rules).
//
// Per state only the controllers' flip-flops change (fixed to the state's code); the
// reset is always inactive, inputs and data registers always x. So:
//
//  * Values and aliases are kept in one working valuation. It starts as the base
//    valuation (controllers x, computed once for the whole netlist); evaluate()
//    applies the bits of the new code that differ from the previous one and
//    re-evaluates, in topological order (a heap of node indices), only the nodes an
//    input of which changed value or alias. Nodes outside the transitive fan-out (FO)
//    of the controllers' Q bits therefore keep their base values, and between two
//    states typically only the multiplexers of a few registers are re-evaluated, not
//    every multiplexer tree of the datapath.
//  * Decoders (an $eq/$ne of controller bits against constants) are indexed by the
//    pattern they match: from one code to the next only those matching the old or the
//    new code are re-evaluated, not all of them (there are as many as states).
//  * deps() computes the dependency set of one bit by a memoised backward walk that
//    follows only what the dependency rules read in this state (the selected input of
//    a decided multiplexer, ...). Outside the FO a set is the same in every state and
//    kept for good (persistent DepPool sets); inside it is memoised for the current
//    evaluation only. Only the bits the analysis asks about are ever computed.
//  * Forced bits (splitting on undecided conditions, edge kills) are applied on top of
//    the state's valuation with an undo log, replayed by the next evaluate(); the
//    forward closure of the forced bits counts as state-dependent for deps().
//
// Scope::Control follows changes only inside the cone of the controllers' next value
// (and asynchronous resets) and tracks no aliases: what exploration needs. There,
// evaluate_safe() does the same with every Eval/Opaque output at x: the values on
// which the SAT model of the cells (SatGen) surely agrees, used to prune SAT.
#pragma once

#include "controller_detect.h"
#include "dep_pool.h"
#include "netlist.h"
#include "ternary_eval.h"

#include <map>
#include <utility>
#include <vector>

YOSYS_NAMESPACE_BEGIN
namespace idetic_pass {

class StateEvaluator {
  public:
    enum class Scope { Control, All };

    StateEvaluator(const Netlist &nl, const ControllerSet &ctrl, Scope scope);

    // Evaluates control state `code` (ControllerSet::flop_bits order). `forced` bits
    // (sources or node outputs; Scope::All only) take the given value, no alias and
    // no dependencies.
    void evaluate(const std::vector<bool> &code, const std::vector<std::pair<int, uint8_t>> &forced = {});
    // Values (per bit id) of the last evaluation.
    const std::vector<uint8_t> &val() const { return main_.val; }
    int alias(int bit) const { return main_.alias[bit]; }
    // Dependency set of `bit` in the last evaluation (Scope::All).
    DepRef deps(int bit);
    const DepPool &pool() const { return pool_; }

    // Values of state `code` with Eval/Opaque outputs x (Scope::Control).
    const std::vector<uint8_t> &evaluate_safe(const std::vector<bool> &code);

  private:
    struct Undo {
        int bit;
        uint8_t val;
        int alias;
    };
    struct Work { // one incrementally maintained valuation
        std::vector<uint8_t> val;
        std::vector<int> alias; // empty when not tracked
        bool safe = false;      // Eval/Opaque outputs x
        bool logging = false;   // record overwritten values in undo
        std::vector<Undo> undo;
        bool has_code = false; // the decoders hold the values of `code`
        std::vector<bool> code;
    };
    // Decoders testing the same controller bit positions, by the values they match.
    struct DecoderGroup {
        std::vector<int> pos; // indices into ctrl_q_
        std::map<std::vector<bool>, std::vector<int>> nodes;
    };
    void build_regions(Scope scope);
    void index_decoders();
    void init_work(Work &w, bool with_alias, bool safe) const;
    void set_code(Work &w, const std::vector<bool> &code);
    void set_bit(Work &w, int bit, uint8_t v, int alias);
    void propagate(Work &w, bool anywhere);
    void mark_readers(int bit);
    void update_node(Work &w, int node);
    void mark_forced_closure(const std::vector<std::pair<int, uint8_t>> &forced);
    bool current(int bit) const { return in_fo_bit_[bit] || cur_stamp_[bit] == epoch_; }
    bool memoised(int bit) const;
    DepRef memo(int bit) const;
    void store(int bit, DepRef ref);
    // The bits whose dependency sets `bit`'s is the union of; false when the answer
    // needs none of them (stored in *ready).
    bool operands(int bit, std::vector<int> &out, DepRef *ready) const;
    DepRef *node_memo(int node, bool cur);

    const Netlist &nl_;
    const ControllerSet &ctrl_;
    std::vector<int> ctrl_q_;
    std::vector<bool> is_ctrl_reg_;
    std::vector<int> out_index_;             // per bit: its index in its driver's outputs
    std::vector<char> in_scope_;             // per node: followed by propagate()
    std::vector<char> in_fo_bit_;            // per bit: a controller Q bit or an FO node output
    std::vector<int> fanout_start_, fanout_; // per bit: nodes reading it (CSR)

    Work main_, safe_;
    std::vector<int> changed_, seeds_; // changed bits, nodes to re-evaluate
    std::vector<char> is_decoder_;     // per node
    std::vector<int> decoders_;
    std::vector<DecoderGroup> decoder_groups_;
    std::vector<uint64_t> dirty_; // per node: to re-evaluate in this propagation
    int dirty_lo_ = 0, dirty_hi_ = -1;
    bool anywhere_ = false;
    std::vector<uint8_t> forced_; // per bit: kVFree or the forced value
    std::vector<uint32_t> cur_stamp_;
    uint32_t epoch_ = 1;
    std::vector<uint8_t> old_val_;
    std::vector<int> old_alias_;

    DepPool pool_;
    std::vector<DepRef> base_ref_; // per bit, -1 until computed
    std::vector<DepRef> cur_ref_;  // per bit, valid when cur_ref_stamp_ == epoch_
    std::vector<uint32_t> cur_ref_stamp_;
    std::vector<DepRef> node_base_ref_, node_cur_ref_; // per node: union of all inputs
    std::vector<uint32_t> node_cur_stamp_;
    std::vector<int> stack_, ops_;
    std::vector<DepRef> refs_;
};

} // namespace idetic_pass
YOSYS_NAMESPACE_END
