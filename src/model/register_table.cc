#include "model/register_table.h"

#include <stdexcept>

namespace idetic {

std::string_view to_string(RegisterKind kind) { return kind == RegisterKind::Control ? "control" : "data"; }

std::optional<RegisterKind> register_kind_from_string(std::string_view text) {
    if (text == "control")
        return RegisterKind::Control;
    if (text == "data")
        return RegisterKind::Data;
    return std::nullopt;
}

std::size_t RegisterTable::add(Register reg) {
    if (index_.count(reg.name))
        throw std::invalid_argument("duplicate register name '" + reg.name + "'");
    index_.emplace(reg.name, regs_.size());
    regs_.push_back(std::move(reg));
    return regs_.size() - 1;
}

std::optional<std::size_t> RegisterTable::find(std::string_view name) const {
    auto it = index_.find(std::string(name));
    if (it == index_.end())
        return std::nullopt;
    return it->second;
}

long long RegisterTable::bits(const RegSet &set) const {
    long long total = 0;
    for (auto i = set.find_first(); i != RegSet::npos; i = set.find_next(i))
        total += regs_.at(i).width;
    return total;
}

std::vector<std::string> RegisterTable::names(const RegSet &set) const {
    std::vector<std::string> out;
    for (auto i = set.find_first(); i != RegSet::npos; i = set.find_next(i))
        out.push_back(regs_.at(i).name);
    return out;
}

RegSet RegisterTable::set_of(const std::vector<std::string> &names) const {
    RegSet set = empty_set();
    for (const auto &name : names) {
        auto idx = find(name);
        if (!idx)
            throw std::invalid_argument("unknown register '" + name + "'");
        set.set(*idx);
    }
    return set;
}

} // namespace idetic
