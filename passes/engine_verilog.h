// The checkpoint engine of docs/NVM_PROTOCOL.md, generated as a Verilog module
// for one design: its tables (checkpoint state codes, checkpoint index, the
// words each checkpoint writes) are constants of the generated text, so the
// engine is plain synthesizable RTL that any reader can review.
#pragma once

#include "rewrite/nvm_layout.h"

#include <string>
#include <vector>

namespace idetic_pass_engine {

enum class ResetStyle { None, Sync, Async };

// Deliberate defects for the verification's mutants (never for real use). CommitFirst
// writes the header before the data and trusts the image (no checksum check); SkipChecksum
// keeps the protocol's order but loads an image without checking its checksum.
// SkipClear (one-pass restore): a bad checksum starts the design without the clear, so
// what was loaded stays.
enum class Mutation { None, CommitFirst, SkipChecksum, SkipClear };

struct EngineSpec {
    std::string module_name;
    int ctrl_bits = 0;                          // controller bits, LSB = first controller flop
    std::vector<std::vector<bool>> ckpt_codes;  // per checkpoint: controller bits (LSB first)
    std::vector<bool> reset_code;               // controller bits of the reset state
    const idetic::NvmLayout *layout = nullptr;
    bool clock_posedge = true;
    ResetStyle reset = ResetStyle::Sync;        // the engine's rst input is active high
    Mutation mutation = Mutation::None;
    // Periodic policy (DESIGN.md §6, docs/OPTIMIZER.md §3): no monitor; the engine saves on
    // every cycle the design spends in a checkpoint state other than the reset state, with at
    // least one design step between two saves (and after a restore). `warn` still works.
    bool periodic = false;
};

// Ports: clk, rst, warn, ctrl[CB], save_bus[K*W], nvm_req, nvm_we, nvm_addr[A], nvm_wdata[W],
// nvm_rdata[W], nvm_ack, saving, saved, restoring, freeze, freeze_after_boot, load_word[K],
// clear (a restore's checksum failed after loading: hold the design's reset for one cycle;
// never high for ResetStyle::None, whose engine verifies an image before loading it),
// row_idx[IB] (out) and row[K] (in): the caller supplies the word table, row = the data
// words checkpoint row_idx writes (bit w = word w; 0 for an index >= NC), e.g. with
// engine_row_table().
std::string engine_verilog(const EngineSpec &spec);

// The word table's rows: per checkpoint index, one flag per data word of the slot.
std::vector<std::vector<bool>> engine_row_table(const idetic::NvmLayout &layout);

} // namespace idetic_pass_engine
