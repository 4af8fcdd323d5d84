#!/usr/bin/env python3
"""Generates a controller + datapath Verilog design for the scaling benchmark.

    scripts/gen-scaling-design.py N_STATES N_FF_BITS [--seed S] [--no-attr] > design.v

Module `scaled`: one clock `clk`, synchronous active-high reset `rst`, `start` in,
`done` out, data inputs din0[31:0], din1[31:0], din2[15:0], data outputs dout0..dout2.

Controller: a binary `state` register (ceil(log2 N_STATES) bits) stepped by one
`case`, with exactly N_STATES reachable states: 0 is IDLE (waits for `start`, loads
operands), N_STATES-1 is DONE (back to IDLE); every state in between is straight-line
(next state), a forward branch on a data comparison (next state or a few states ahead),
or a loop (back a few states on a data comparison, otherwise next state). Every state
k > 0 can be reached through k-1 -> k, codes >= N_STATES go to IDLE and are
unreachable, so a reachability analysis finds exactly N_STATES states.

Datapath: registers r0, r1, ... of 8..64 bits, no reset, summing to N_FF_BITS flip-flop
bits (exactly). Each is defined in a state that no branch jumps over and read in later
states, mostly by the updates (+ - ^ | &, rotations) of registers defined in the last
24 states, now and then of any earlier one; some writes are conditional. Every
register reaches an output port through a chain of reads (r_k is read by a write of
some r_j with j < k; r0..r2 drive the outputs), so `opt_clean` keeps all of them.
Liveness is non-trivial: a register is live from its definition to its last read.

The state register carries (* idetic_state *): idetic's automatic detection takes a
register with more than -max-counter-values (default 64) values for a data counter,
so larger FSMs need the attribute (or -state / -max-counter-values). --no-attr leaves
it out (for measuring the detection with -max-counter-values).

Deterministic: the same arguments (and seed) always give the same text.
"""
import argparse
import bisect
import random
import sys


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("n_states", type=int)
    ap.add_argument("n_ff_bits", type=int)
    ap.add_argument("--seed", default="idetic-scaling", help="random seed (default: idetic-scaling)")
    ap.add_argument("--no-attr", action="store_true", help="leave (* idetic_state *) out")
    args = ap.parse_args()
    n, ff = args.n_states, args.n_ff_bits
    if n < 4:
        ap.error("N_STATES must be at least 4")
    if ff < 8:
        ap.error("N_FF_BITS must be at least 8")
    rng = random.Random(f"{args.seed}/{n}/{ff}")

    # ---------------------------------------------------------------- registers
    widths = []
    left = ff
    while left > 64:
        wd = rng.randint(8, 64)
        if left - wd < 8:  # keep the remainder at 8 bits or more
            wd = left - 8
        widths.append(wd)
        left -= wd
    widths.append(left)
    m = len(widths)
    total_bits = sum(widths)
    assert total_bits == ff and all(8 <= w <= 64 for w in widths), widths

    inputs = [("din0", 32), ("din1", 32), ("din2", 16)]
    n_out = min(3, m)
    sw = max(1, (n - 1).bit_length())
    last = n - 1
    middle = list(range(1, last))  # states 1 .. n-2

    # ---------------------------------------------------------------- states
    kind = {}
    cond = {}
    target = {}
    for s in middle:
        r = rng.random()
        if s + 2 <= last and r < 0.25:
            kind[s] = "branch"
            target[s] = rng.randint(s + 2, min(last, s + 8))
        elif s >= 2 and r < 0.40:
            kind[s] = "loop"
            target[s] = rng.randint(max(1, s - 8), s - 1)
        else:
            kind[s] = "straight"

    # ---------------------------------------------------------------- writes
    writes = {s: [] for s in range(n)}  # state -> [(dst, [srcs])]; a src is a reg index or an input name

    # Each register gets a defining state; reads in state s take only registers defined
    # before s in the run (or inputs), so a register is live from its definition to its
    # last read, not everywhere.
    span = max(1, len(middle))
    WINDOW = 24
    # Definitions go in states that no forward branch jumps over (every run passes
    # through them), so a register is not live from IDLE for lack of a definition.
    skipped = set()
    for s in middle:
        if kind[s] == "branch":
            skipped.update(range(s + 1, target[s]))
    early = [s for s in middle[:max(1, span - 2)] if s not in skipped] or middle[:1]
    defstate = [0 if k < min(m, 3) else early[rng.randrange(len(early))] for k in range(m)]
    by_def = sorted(range(m), key=lambda k: defstate[k])
    def_sorted = [defstate[k] for k in by_def]

    def pick_src(s, exclude=None):
        avail = bisect.bisect_left(def_sorted, s)  # registers defined before s
        if avail == 0 or rng.random() < 0.15:
            return rng.choice(inputs)[0]
        # Mostly a register defined in the last WINDOW states (locality, as in HLS
        # schedules), sometimes any register defined earlier in the run.
        recent = min(bisect.bisect_left(def_sorted, s - WINDOW), max(0, avail - 6))
        lo = recent if rng.random() < 0.97 else 0
        for _ in range(8):
            k = by_def[rng.randrange(lo, avail)]
            if k != exclude:
                return k
        return rng.choice(inputs)[0]

    # IDLE loads the first registers from the inputs (operands).
    for k in range(min(m, 3)):
        writes[0].append((k, [inputs[k][0]]))
    # Every register gets its definition and a later read by a register of smaller
    # index (so all of them reach r0..r2 and the outputs).
    for k in range(min(m, 3), m):
        d = defstate[k]
        a = pick_src(d, k)
        writes[d].append((k, [a, pick_src(d, a)]))
        if k >= n_out:
            later = [s for s in middle if s > d] or [last]
            u = later[min(len(later) - 1, int(rng.random() ** 2 * min(len(later), 64)))]
            parent = rng.randrange(k)
            writes[u].append((parent, [k, pick_src(u, k)]))
    # Extra random writes so that most states do something.
    for s in middle:
        for _ in range(rng.choice([0, 1, 1, 2])):
            dst = rng.randrange(m)
            if any(d == dst for d, _ in writes[s]):
                continue
            a = pick_src(s)
            writes[s].append((dst, [a, pick_src(s, a)]))
    # Branch conditions compare a register with another register or an input.
    for s in middle:
        if kind[s] != "straight":
            a = pick_src(s)
            if not isinstance(a, int):
                a = by_def[rng.randrange(min(m, 3))]
            b = pick_src(s, a)
            op = rng.choice(["<", "==", "!=", ">="] if isinstance(b, int) else ["<", ">"])
            cond[s] = (a, op, b)
    # DONE: latch outputs from registers.
    a = pick_src(last)
    writes[last].append((0, [a, pick_src(last, a)]))

    # ---------------------------------------------------------------- text
    def name(x):
        return f"r{x}" if isinstance(x, int) else x

    def width(x):
        return widths[x] if isinstance(x, int) else dict(inputs)[x]

    ops = ["+", "-", "^", "|", "&"]

    def expr(dst, srcs):
        if len(srcs) == 1:
            return name(srcs[0])
        a, b = srcs
        op = rng.choice(ops)
        ta = name(a)
        # Rotate the first operand now and then, so that bits move around.
        wa = width(a)
        if wa > 8 and rng.random() < 0.3:
            k = rng.randint(1, wa - 1)
            ta = f"{{{ta}[{k - 1}:0], {ta}[{wa - 1}:{k}]}}"
        return f"{ta} {op} {name(b)}"

    out = []
    w = out.append
    w(f"// Generated by scripts/gen-scaling-design.py {n} {ff} --seed {args.seed}: do not edit.")
    w(f"// {n} control states, {m} datapath registers, {total_bits} datapath flip-flop bits.")
    w("`timescale 1ns / 1ps")
    w("module scaled (")
    w("    input  wire        clk,")
    w("    input  wire        rst,")
    w("    input  wire        start,")
    for nm, wd in inputs:
        w(f"    input  wire [{wd - 1}:0] {nm},")
    w("    output wire        done,")
    outs = []
    for i in range(n_out):
        outs.append((f"dout{i}", widths[i]))
    for i, (nm, wd) in enumerate(outs):
        w(f"    output wire [{wd - 1}:0] {nm}" + ("," if i + 1 < len(outs) else ""))
    w(");")
    attr = "" if args.no_attr else "(* idetic_state *) "
    w(f"    {attr}reg [{sw - 1}:0] state;")
    for k, wd in enumerate(widths):
        w(f"    reg [{wd - 1}:0] r{k};")
    w("")
    for s in sorted(cond):
        a, op, b = cond[s]
        w(f"    wire c{s} = r{a} {op} {name(b)};")
    w("")
    w(f"    assign done = state == {sw}'d{last};")
    for i, (nm, wd) in enumerate(outs):
        w(f"    assign {nm} = r{i};")
    w("")
    w("    always @(posedge clk) begin")
    w("        if (rst)")
    w(f"            state <= {sw}'d0;")
    w("        else")
    w("            case (state)")
    w(f"            {sw}'d0: state <= start ? {sw}'d1 : {sw}'d0;")
    for s in middle:
        if kind[s] == "straight":
            w(f"            {sw}'d{s}: state <= {sw}'d{s + 1};")
        elif kind[s] == "branch":
            w(f"            {sw}'d{s}: state <= c{s} ? {sw}'d{s + 1} : {sw}'d{target[s]};")
        else:
            w(f"            {sw}'d{s}: state <= c{s} ? {sw}'d{target[s]} : {sw}'d{s + 1};")
    w(f"            {sw}'d{last}: state <= {sw}'d0;")
    w(f"            default: state <= {sw}'d0;")
    w("            endcase")
    w("    end")
    w("")
    w("    always @(posedge clk) begin")
    w("        case (state)")
    for s in range(n):
        ws = writes[s]
        if not ws:
            continue
        w(f"        {sw}'d{s}: begin")
        if s == 0:
            w("            if (start) begin")
            for dst, srcs in ws:
                w(f"                r{dst} <= {expr(dst, srcs)};")
            w("            end")
        else:
            for i, (dst, srcs) in enumerate(ws):
                e = expr(dst, srcs)
                # In branching states, some writes happen only on one side of the condition.
                if s in cond and i % 2 == 1:
                    w(f"            if (c{s}) r{dst} <= {e};")
                else:
                    w(f"            r{dst} <= {e};")
        w("        end")
    w("        default: ;")
    w("        endcase")
    w("    end")
    w("endmodule")
    sys.stdout.write("\n".join(out) + "\n")


if __name__ == "__main__":
    main()
