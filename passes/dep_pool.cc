#include "dep_pool.h"

#include <algorithm>

YOSYS_NAMESPACE_BEGIN
namespace idetic_pass {

DepPool::DepPool(int nregs) : stamp_(nregs, 0) {
    psets_.push_back({0, 0}); // kEmpty
    for (int r = 0; r < nregs; ++r) {
        psets_.push_back({int(pelems_.size()), 1});
        pelems_.push_back(r);
    }
}

DepRef DepPool::unite(const DepRef *refs, int n, bool persistent) {
    refs_.clear();
    for (int i = 0; i < n; ++i)
        if (size(refs[i]) > 0)
            refs_.push_back(refs[i]);
    if (refs_.size() > 1) {
        std::sort(refs_.begin(), refs_.end());
        refs_.erase(std::unique(refs_.begin(), refs_.end()), refs_.end());
    }
    if (refs_.empty())
        return kEmpty;
    if (refs_.size() == 1)
        return refs_[0];

    if (++epoch_ == 0) { // wrapped: forget every stamp
        std::fill(stamp_.begin(), stamp_.end(), 0);
        epoch_ = 1;
    }
    scratch_.clear();
    for (DepRef r : refs_)
        for (const int *p = begin(r), *e = end(r); p != e; ++p)
            if (stamp_[*p] != epoch_) {
                stamp_[*p] = epoch_;
                scratch_.push_back(*p);
            }
    std::sort(scratch_.begin(), scratch_.end());
    auto &elems = persistent ? pelems_ : telems_;
    auto &sets = persistent ? psets_ : tsets_;
    sets.push_back({int(elems.size()), int(scratch_.size())});
    elems.insert(elems.end(), scratch_.begin(), scratch_.end());
    int id = int(sets.size()) - 1;
    return persistent ? id : ~id;
}

bool DepPool::contains(DepRef ref, int reg) const { return std::binary_search(begin(ref), end(ref), reg); }

void DepPool::clear_transient() {
    telems_.clear();
    tsets_.clear();
}

} // namespace idetic_pass
YOSYS_NAMESPACE_END
