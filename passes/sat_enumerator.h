// Exact enumeration of the possible next values of a set of flip-flops with
// some sources fixed and every other source free, by SAT (Yosys's SatGen over
// ezSAT). Used to explore the reachable control states: with the controller
// bits fixed to one state, every solution for the controller's next-value bits
// is one successor state. Cells SatGen cannot model leave their outputs free,
// which can only add successors (conservative).
#pragma once

#include "netlist.h"

#include "kernel/satgen.h"

#include <memory>
#include <utility>
#include <vector>

YOSYS_NAMESPACE_BEGIN
namespace idetic_pass {

class SatEnumerator {
  public:
    // Imports the combinational cone of `sinks` (bit ids).
    SatEnumerator(const Netlist &nl, const std::vector<int> &sinks);

    // All distinct values of `outputs` under the fixed bits, at most `limit`+1 of
    // them (so a caller can tell "more than limit"). Each value is LSB first.
    std::vector<std::vector<bool>> enumerate(const std::vector<std::pair<int, bool>> &fixed,
                                             const std::vector<int> &outputs, int limit);

  private:
    int lit(int bit);
    const Netlist &nl_;
    ezSatPtr ez_;
    SigMap sigmap_;
    std::unique_ptr<SatGen> satgen_;
};

} // namespace idetic_pass
YOSYS_NAMESPACE_END
