// Three-valued (0, 1, x) evaluation of a Netlist with dependency tracking.
//
// The analysis fixes the controller flip-flops to one control state and leaves
// every other source (inputs, data registers) at x. Evaluating the
// combinational nodes in topological order then tells which signals are
// decided by the control state alone (constant propagation of the state
// decoders) and, for the others, which data registers they may depend on:
//
//  * a bit whose value is known has no dependencies;
//  * a multiplexer with a known select depends only on the selected input;
//  * a bit-wise cell's output bit depends on the same bit of its operands;
//  * any other cell's output depends on every x input bit.
//
// `alias` records when a bit is a plain copy of a source bit (through wiring,
// buffers and decided multiplexers): a register bit whose next value aliases
// its own output holds its value in that state.
//
// The rules live in eval_node_values (value) and node_alias (alias), shared with
// StateEvaluator (state_eval.h), the incremental, sparse-dependency evaluator the
// analysis uses. TernaryEval with tracking evaluates the whole netlist with a dense
// dependency bit set per bit: it is the executable specification StateEvaluator is
// checked against (IDETIC_CHECK_FACTS=1, state_facts.cc).
#pragma once

#include "netlist.h"

#include <boost/dynamic_bitset.hpp>

#include <cstdint>
#include <vector>

YOSYS_NAMESPACE_BEGIN
namespace idetic_pass {

constexpr uint8_t kV0 = 0, kV1 = 1, kVX = 2, kVFree = 3;

using DepSet = boost::dynamic_bitset<>; // over Netlist::regs; size 0 means empty

struct Valuation {
    std::vector<uint8_t> val; // per bit id
    std::vector<DepSet> deps; // per bit id (only with tracking)
    std::vector<int> alias;   // per bit id, -1 if not a plain copy of a source bit
};

// Evaluates node `n` on `val` (per bit id): writes the values of its output bits.
void eval_node_values(const CombNode &n, uint8_t *val);
// The alias of output bit i of `n` (whose value is x): the source bit it is a plain
// copy of, or -1.
int node_alias(const CombNode &n, int i, const uint8_t *val, const int *alias);
// A $pmux with exactly one candidate left (a select surely 1, or A when every select is
// 0): its index j, or -1 for A; -2 otherwise.
int pmux_single_candidate(const CombNode &n, const uint8_t *val);

class TernaryEval {
  public:
    explicit TernaryEval(const Netlist &netlist) : nl_(netlist) {}

    // A valuation with constants set and every other bit x (no dependencies).
    Valuation blank(bool track) const;
    // Evaluates every combinational node in order. Sources (inputs, FF outputs)
    // must be set by the caller beforehand; with tracking, a source's deps and
    // alias too. `forced` (optional, per bit, kVX+1 = not forced) overrides the
    // computed value of node outputs: used to split on undecided conditions.
    void run(Valuation &v, bool track, const std::vector<uint8_t> *forced = nullptr) const;

  private:
    void track_node(const CombNode &n, Valuation &v) const;
    const Netlist &nl_;
};

} // namespace idetic_pass
YOSYS_NAMESPACE_END
