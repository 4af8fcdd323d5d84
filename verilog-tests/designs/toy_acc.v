// toy_acc.v -- harness self-test design, ORIGINAL (no checkpointing).
//
// A small controller + datapath: on `start` (in IDLE) it loads `seed`, then for
// i = 0 .. n-1 steps a 16-bit LFSR `x` and folds {x, i} into a rotating 32-bit
// accumulator `acc`; finally result = acc ^ {x, x} and `done` pulses for one cycle.
//
//   IDLE --start--> RUN (n+1 cycles) --> DONE --> IDLE
//
// Registers: state (2, sync reset), i (16), acc (32), x (16), result (32; none of
// the datapath registers is reset, so power-on values are random in Verilator).
// toy_acc_nvm.v is the same computation with a hand-written checkpoint engine that
// implements docs/NVM_PROTOCOL.md; the harness runs this file for the golden outputs.
`timescale 1ns / 1ps

module toy_acc (
    input  wire        clk,
    input  wire        rst,
    input  wire        start,
    input  wire [15:0] n,
    input  wire [31:0] seed,
    output wire        done,
    output reg  [31:0] result
);
    localparam [1:0] IDLE = 2'd0, RUN = 2'd1, DONE = 2'd2;

    reg [1:0]  state;
    reg [15:0] i;
    reg [31:0] acc;
    reg [15:0] x;

    wire [15:0] x_next = {x[14:0], x[15] ^ x[13] ^ x[12] ^ x[10]};
    wire        last   = (i == n);

    always @(posedge clk) begin
        if (rst)
            state <= IDLE;
        else
            case (state)
                IDLE:    if (start) state <= RUN;
                RUN:     if (last) state <= DONE;
                DONE:    state <= IDLE;
                default: state <= IDLE;
            endcase
    end

    always @(posedge clk) begin
        case (state)
            IDLE: if (start) begin
                i   <= 16'd0;
                acc <= seed;
                x   <= seed[15:0] | 16'd1;
            end
            RUN: if (last)
                result <= acc ^ {x, x};
            else begin
                i   <= i + 16'd1;
                x   <= x_next;
                acc <= {acc[28:0], acc[31:29]} + {x, i};
            end
            default: ;
        endcase
    end

    assign done = (state == DONE);
endmodule
