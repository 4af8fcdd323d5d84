// gcd.v -- hand-written controller + datapath: greatest common divisor of two
// 16-bit unsigned numbers by Euclid's subtraction algorithm.
//
//   while (b != 0) { if (a < b) swap(a, b); else a = a - b; }   result = a
//
// gcd(0, x) = gcd(x, 0) = x and gcd(0, 0) = 0 fall out of the loop directly.
//
// Controller: 2-bit binary-encoded `state` (IDLE, CALC, DONE), synchronous
// active-high reset. Datapath: a_reg, b_reg (not reset, loaded on start) and
// the output register result (reset to 0).
`timescale 1ns / 1ps

module gcd (
    input  wire        clk,
    input  wire        rst,
    input  wire        start,
    input  wire [15:0] a_in,
    input  wire [15:0] b_in,
    output wire        done,
    output reg  [15:0] result
);

    // ---------------------------------------------------------------- controller
    localparam [1:0] IDLE = 2'd0,
                     CALC = 2'd1,
                     DONE = 2'd2;

    reg  [1:0]  state;
    reg  [1:0]  state_next;

    // datapath registers (declared here, written below)
    reg  [15:0] a_reg;
    reg  [15:0] b_reg;

    wire b_is_zero = (b_reg == 16'd0);

    always @(posedge clk) begin
        if (rst)
            state <= IDLE;
        else
            state <= state_next;
    end

    always @(*) begin
        case (state)
            IDLE:    state_next = start ? CALC : IDLE;
            CALC:    state_next = b_is_zero ? DONE : CALC;
            DONE:    state_next = IDLE;
            default: state_next = IDLE;
        endcase
    end

    assign done = (state == DONE);

    // ------------------------------------------------------------------ datapath
    wire        a_lt_b = (a_reg < b_reg);
    wire [15:0] a_sub_b = a_reg - b_reg;

    // Operand registers: loaded in IDLE on start, updated in CALC while b != 0.
    always @(posedge clk) begin
        case (state)
            IDLE: begin
                if (start) begin
                    a_reg <= a_in;
                    b_reg <= b_in;
                end
            end
            CALC: begin
                if (!b_is_zero) begin
                    if (a_lt_b) begin
                        a_reg <= b_reg;      // swap
                        b_reg <= a_reg;
                    end else begin
                        a_reg <= a_sub_b;    // subtract
                    end
                end
            end
            default: ;
        endcase
    end

    // Output register: reset to 0, written when CALC finishes.
    always @(posedge clk) begin
        if (rst)
            result <= 16'd0;
        else if (state == CALC && b_is_zero)
            result <= a_reg;
    end

endmodule
