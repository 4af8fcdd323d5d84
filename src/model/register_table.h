// Registers of the analysed design and sets of them.
//
// A register is one Verilog reg (one RTLIL wire) whose bits are flip-flop outputs.
// Controllers (state registers) are kind Control and are saved in every checkpoint;
// everything else is Data and is saved only where it is live.
#pragma once

#include <boost/dynamic_bitset.hpp>

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

namespace idetic {

enum class RegisterKind { Control, Data };

std::string_view to_string(RegisterKind kind);
std::optional<RegisterKind> register_kind_from_string(std::string_view text);

struct Register {
    Register() = default;
    Register(std::string name_, int width_, RegisterKind kind_ = RegisterKind::Data, std::string memory_ = {})
        : name(std::move(name_)), width(width_), kind(kind_), memory(std::move(memory_)) {}
    std::string name;
    int width = 0;
    RegisterKind kind = RegisterKind::Data;
    std::string memory; // a word of this RAM (mapped to flip-flops, --memories save); "" if none
};

// A set of registers, indexed by the register's position in the RegisterTable.
using RegSet = boost::dynamic_bitset<>;

class RegisterTable {
  public:
    // Adds a register and returns its index. Names must be unique.
    std::size_t add(Register reg);
    std::size_t size() const { return regs_.size(); }
    const Register &at(std::size_t index) const { return regs_.at(index); }
    const std::vector<Register> &all() const { return regs_; }
    std::optional<std::size_t> find(std::string_view name) const;

    RegSet empty_set() const { return RegSet(regs_.size()); }
    // Sum of the widths of the registers in `set`.
    long long bits(const RegSet &set) const;
    // Names of the registers in `set`, in table order.
    std::vector<std::string> names(const RegSet &set) const;
    // Builds a set from names; throws std::invalid_argument on an unknown name.
    RegSet set_of(const std::vector<std::string> &names) const;

  private:
    std::vector<Register> regs_;
    std::unordered_map<std::string, std::size_t> index_;
};

} // namespace idetic
