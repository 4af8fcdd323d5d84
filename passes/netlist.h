// A flat, bit-level index of one module, built once per analysis.
//
// Every canonical (SigMap'ed) bit gets an integer id; ids 0, 1 and 2 are the
// constants 0, 1 and x. Combinational cells become CombNodes in topological
// order; flip-flops are read uniformly through Yosys's FfData and grouped into
// registers by the wire their Q output drives. Building the index is also where
// structural bad input is refused: latches, several clocks, no clock,
// combinational loops, black boxes, memories that are not collected ($mem_v2) or
// have clocked read ports, multiple drivers.
#pragma once

#include "kernel/ff.h"
#include "kernel/ffinit.h"
#include "kernel/sigtools.h"
#include "kernel/yosys.h"

#include <string>
#include <vector>

YOSYS_NAMESPACE_BEGIN
namespace idetic_pass {

// A signal as the user wrote it: log_signal() without Yosys's '\\' escapes.
std::string pretty_signal(const RTLIL::SigSpec &sig);

enum BitConst : int { kBit0 = 0, kBit1 = 1, kBitX = 2, kFirstWireBit = 3 };

enum class NodeKind {
    Mux, Pmux,                      // A, B, S
    Not, Buf, And, Or, Xor, Xnor,   // bit-wise (per output bit)
    ReduceAnd, ReduceOr, ReduceXor, ReduceXnor, ReduceBool,
    LogicNot, LogicAnd, LogicOr,
    Eq, Ne,                         // x-aware equality
    Eval,                           // evaluable by CellTypes::eval when its inputs are known
    Opaque                          // never evaluated: outputs are x, depending on every input
};

struct CombNode {
    RTLIL::Cell *cell = nullptr;
    NodeKind kind = NodeKind::Opaque;
    // Operand bits extended to the cell's operating width where the kind is bit-wise
    // or an (in)equality (extension bits are constants or the repeated sign bit).
    std::vector<int> a, b, s, y;
    std::vector<int> inputs; // every input bit (for Eval / Opaque and the structural cones)
    bool is_condition = false; // a 1-bit decision: comparison, reduction or logic operator
};

struct FlopBit {
    int q = -1, d = -1;
    int arst = -1;          // bit id of the async reset, -1 if none
    bool arst_active_high = true;
    RTLIL::State arst_value = RTLIL::State::Sx;
    RTLIL::State init = RTLIL::State::Sx;
    int reg = -1;           // index into Netlist::regs
};

struct RegisterInfo {
    std::string name;       // wire name without the leading '\'
    RTLIL::Wire *wire = nullptr;
    std::vector<int> flops; // indices into Netlist::flops, LSB first
    bool has_state_attr = false; // (* idetic_state *)
    int width() const { return GetSize(flops); }
};

// A memory kept as a memory ($mem_v2): a ROM, or a RAM declared non-volatile. Its
// contents are not flip-flops of the design: reads are Opaque nodes (their value
// depends on the read address only), writes are observation points like outputs.
struct MemoryWrite {
    std::vector<int> en, addr, data;
};
struct KeptMemory {
    std::string name; // memid without the leading '\'
    RTLIL::Cell *cell = nullptr;
    int width = 0, depth = 0;
    std::vector<MemoryWrite> writes; // empty for a ROM
};

struct PortInfo {
    std::string name;
    RTLIL::Wire *wire = nullptr;
    std::vector<int> bits;
};

class Netlist {
  public:
    // Builds the index; refuses bad input with log_error("idetic: <kind>: ...").
    explicit Netlist(RTLIL::Module *module);

    RTLIL::Module *module;
    SigMap sigmap;
    FfInitVals initvals;
    int nbits = kFirstWireBit;
    std::vector<CombNode> nodes; // topological order
    std::vector<FlopBit> flops;
    std::vector<RegisterInfo> regs;
    std::vector<PortInfo> inputs, outputs;
    std::vector<KeptMemory> memories;
    std::vector<int> driver; // per bit: node index, or -1 (source: input, FF Q or undriven)
    std::vector<int> flop_of_q; // per bit: flop index if it is a FF Q bit, else -1
    int clock_bit = -1;
    bool clock_posedge = true;
    std::string clock_name;

    int id(RTLIL::SigBit bit) const;
    std::vector<int> ids(const RTLIL::SigSpec &sig) const;
    std::string bit_name(int id) const;
    const RTLIL::SigBit &bit(int id) const { return bits_.at(id); }
    int find_register(const std::string &name) const; // -1 if none

  private:
    int intern(RTLIL::SigBit bit);
    void index_cells();
    void index_flops(const std::vector<RTLIL::Cell *> &ff_cells);
    void sort_nodes(std::vector<CombNode> unsorted);
    dict<RTLIL::SigBit, int> ids_;
    std::vector<RTLIL::SigBit> bits_;
};

} // namespace idetic_pass
YOSYS_NAMESPACE_END
