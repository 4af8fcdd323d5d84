#include "model/liveness.h"

#include <deque>
#include <stdexcept>

namespace idetic {

std::size_t compute_liveness(StateGraph &graph, std::size_t register_count) {
    const std::size_t n = graph.size();
    for (StateId s = 0; s < n; ++s) {
        auto &st = graph.state(s);
        if (st.use.size() != register_count || st.kill.size() != register_count)
            throw std::invalid_argument("state " + std::to_string(s) + " has use/kill sets of the wrong size");
        st.live_in = st.use;
    }

    // Start from every state; a state is re-queued when a successor's live_in grows.
    std::deque<StateId> work;
    std::vector<char> queued(n, 1);
    for (StateId s = n; s-- > 0;)
        work.push_back(s);

    std::size_t iterations = 0;
    RegSet live_out(register_count);
    while (!work.empty()) {
        StateId s = work.front();
        work.pop_front();
        queued[s] = 0;
        ++iterations;

        live_out.reset();
        for (StateId t : graph.successors(s)) {
            const RegSet &ek = graph.edge_kill(s, t);
            if (ek.size() == register_count)
                live_out |= graph.state(t).live_in - ek;
            else
                live_out |= graph.state(t).live_in;
        }
        auto &st = graph.state(s);
        RegSet next = st.use | (live_out - st.kill);
        if (next == st.live_in)
            continue;
        st.live_in = std::move(next);
        for (StateId p : graph.predecessors(s)) {
            if (!queued[p]) {
                queued[p] = 1;
                work.push_back(p);
            }
        }
    }
    return iterations;
}

} // namespace idetic
