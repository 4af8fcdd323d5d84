// call_fsm.v -- hand-written top FSM that computes
//
//     result = a*a + b*b + c      (mod 2^32)
//
// in phases and calls the sub-module mul16_seq (its own FSM) twice through a
// start/done handshake: in CALL1/CALL2 it raises sub_start for one cycle, then
// waits in WAIT1/WAIT2 until sub_done, and uses sub_product.
//
// Controller: 3-bit binary `state`, synchronous active-high reset `rst`.
// Datapath: a_reg, b_reg (16), c_reg (32), acc (32) -- not reset --
// and the output register result (32, reset to 0).
`timescale 1ns / 1ps

module call_fsm (
    input  wire        clk,
    input  wire        rst,
    input  wire        start,
    input  wire [15:0] a_in,
    input  wire [15:0] b_in,
    input  wire [31:0] c_in,
    output wire        done,
    output reg  [31:0] result
);

    localparam [2:0] IDLE  = 3'd0,
                     CALL1 = 3'd1,   // start a*a
                     WAIT1 = 3'd2,   // wait for the multiplier
                     CALL2 = 3'd3,   // start b*b
                     WAIT2 = 3'd4,   // wait for the multiplier
                     ACC   = 3'd5,   // result = acc + c
                     DONE  = 3'd6;

    reg  [2:0]  state;
    reg  [2:0]  state_next;

    reg  [15:0] a_reg;
    reg  [15:0] b_reg;
    reg  [31:0] c_reg;
    reg  [31:0] acc;

    // ------------------------------------------------------------ sub-module
    wire        sub_start = (state == CALL1) || (state == CALL2);
    wire [15:0] sub_op    = (state == CALL2) ? b_reg : a_reg;
    wire        sub_done;
    wire [31:0] sub_product;

    mul16_seq u_mul (
        .clk(clk),
        .rst(rst),
        .start(sub_start),
        .a(sub_op),
        .b(sub_op),
        .done(sub_done),
        .product(sub_product)
    );

    // ---------------------------------------------------------------- controller
    always @(posedge clk) begin
        if (rst)
            state <= IDLE;
        else
            state <= state_next;
    end

    always @(*) begin
        case (state)
            IDLE:    state_next = start ? CALL1 : IDLE;
            CALL1:   state_next = WAIT1;
            WAIT1:   state_next = sub_done ? CALL2 : WAIT1;
            CALL2:   state_next = WAIT2;
            WAIT2:   state_next = sub_done ? ACC : WAIT2;
            ACC:     state_next = DONE;
            DONE:    state_next = IDLE;
            default: state_next = IDLE;
        endcase
    end

    assign done = (state == DONE);

    // ------------------------------------------------------------------ datapath
    always @(posedge clk) begin
        case (state)
            IDLE: begin
                if (start) begin
                    a_reg <= a_in;
                    b_reg <= b_in;
                    c_reg <= c_in;
                end
            end
            WAIT1: begin
                if (sub_done)
                    acc <= sub_product;             // a*a
            end
            WAIT2: begin
                if (sub_done)
                    acc <= acc + sub_product;       // a*a + b*b
            end
            default: ;
        endcase
    end

    always @(posedge clk) begin
        if (rst)
            result <= 32'd0;
        else if (state == ACC)
            result <= acc + c_reg;
    end

endmodule
