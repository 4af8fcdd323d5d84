// The NVM image layout (docs/NVM_PROTOCOL.md): where every saved register bit
// lives in a slot, and which words each checkpoint state writes.
//
// The *union layout* gives every register that some checkpoint saves one fixed
// place (word, bit), so the restore logic of a register does not depend on
// which checkpoint is being restored. Registers are packed in groups of equal
// liveness signature (the set of checkpoint states where they are live): each
// group fills whole words of its own, and its remainder (its tail, < W bits)
// shares a word with other tails, chosen by the overlap of their signatures.
// A checkpoint never writes a word that holds only registers it does not need,
// and never more words than with one word per tail. The controllers form the
// first group and are written by every checkpoint.
#pragma once

#include "model/design_model.h"

#include <nlohmann/json.hpp>

#include <vector>

namespace idetic {

inline constexpr int kHeaderWords = 3; // header, checkpoint index, checksum
// Width of the header's sequence number. The two slots' numbers always differ by one (a
// save or empty record writes the older slot with the newest number + 1), so two bits order
// them; the header bits between the empty flag and the number are zero, and a header whose
// magic or zero bits differ is not valid (docs/NVM_PROTOCOL.md).
inline constexpr int kSeqBits = 2;

struct LayoutPiece {
    std::size_t reg = 0; // RegisterTable index
    int reg_lsb = 0;     // first bit of the register in this piece
    int width = 0;
    int word = 0; // data word (0-based; NVM address = slot base + kHeaderWords + word)
    int word_lsb = 0;
};

struct CheckpointWords {
    StateId state = 0;
    std::vector<int> words; // ascending data words written by a checkpoint in `state`
    long long bits = 0;     // register bits saved (controllers + live registers)
};

struct NvmLayout {
    int word_bits = 32;
    int data_words = 0; // K
    int slot_words = 0; // kHeaderWords + K
    int addr_bits = 1;  // enough for two slots
    // The checkpoint index: index_bits = max(1, ceil(log2(checkpoints))). It goes in the
    // header (between the zero bits and the sequence number) when it fits there, W - 9 -
    // kSeqBits bits; otherwise in the slot's index word (docs/NVM_PROTOCOL.md).
    int index_bits = 1;
    bool index_in_header = true;
    // Reads of a checkpoint's data words per restore: 1 for a design with a reset (the engine
    // loads while it sums and, if the checksum fails, clears the design through its reset),
    // 2 without one (a checksum pass before the load).
    int restore_passes = 2;
    std::vector<LayoutPiece> pieces;          // in word order
    std::vector<CheckpointWords> checkpoints; // in the order of the plan's checkpoint states

    // Index of the checkpoint for `state`, or -1.
    int checkpoint_index(StateId state) const;
    // Commit-record words a save writes besides its data and header: the checksum, and the
    // index word unless the index is in the header.
    int record_words() const { return index_in_header ? 1 : 2; }
};

// Throws std::invalid_argument for a word width below 16 or not a power of two, or
// an empty checkpoint set.
NvmLayout build_nvm_layout(const DesignModel &model, const std::vector<StateId> &checkpoint_states,
                           int word_bits);

nlohmann::json nvm_layout_to_json(const NvmLayout &layout, const DesignModel &model);

} // namespace idetic
