// The rewrite (DESIGN.md §7): adds the checkpoint engine of docs/NVM_PROTOCOL.md to
// the prepared, flattened top module.
//
//  1. The NVM layout comes from the plan's checkpoint states (src/rewrite).
//  2. The engine is generated as Verilog (engine_verilog), read into the design,
//     instantiated in the top and flattened into it.
//  3. Every original flip-flop gets, in front of D, a hold multiplexer driven by the
//     engine's `freeze` (a global enable) and, for each saved bit, a load
//     multiplexer that takes its NVM read-data bit when the engine reads that
//     bit's word during a restore.
//  4. The write enables of kept RAMs (non-volatile, -memories nv) are gated by
//     `freeze`, so a frozen, booting or restoring design never writes them.
// Mutants for the verification (-mutate) deliberately break one of these.
#pragma once

#include "analysis_worker.h"
#include "engine_verilog.h"

#include "rewrite/nvm_layout.h"

#include <string>
#include <vector>

YOSYS_NAMESPACE_BEGIN
namespace idetic_pass {

enum class RewriteMutation { None, DropLiveRegister, DropRamWord, DropController, CommitFirst, SkipChecksum, SkipClear, WrongRestoreState };

struct RewriteOptions {
    int word_bits = 32;
    std::string prefix = "idetic_";
    RewriteMutation mutation = RewriteMutation::None;
    bool periodic = false; // the engine saves at every visit to a checkpoint state (-policy periodic)
    // The largest constant of one $pmux of the engine's word table (-table-tile-bits): 4,096
    // hex digits when write_verilog prints it, a quarter of the Yosys Verilog lexer's buffer.
    int table_tile_bits = 16384;
};

struct RewriteResult {
    idetic::NvmLayout layout;
    std::string mutation_note; // what the mutant changed, for the log
};

RewriteResult rewrite_design(RTLIL::Design *design, AnalysisResult &analysis,
                             const std::vector<idetic::StateId> &checkpoint_states, const RewriteOptions &opt);

} // namespace idetic_pass
YOSYS_NAMESPACE_END
