// mul16_seq.v -- sequential 16x16 -> 32-bit shift-and-add multiplier with its
// own FSM and start/done handshake. Called by call_fsm (see call_fsm.v).
//
// Controller: 2-bit `state` (S_IDLE, S_RUN, S_DONE) plus the 4-bit iteration
// counter `cnt` (0..15), both reset by the synchronous active-high `rst`.
// Datapath: mcand (32), mplier (16), prod (32) -- not reset.
`timescale 1ns / 1ps

module mul16_seq (
    input  wire        clk,
    input  wire        rst,
    input  wire        start,
    input  wire [15:0] a,
    input  wire [15:0] b,
    output wire        done,
    output wire [31:0] product
);

    localparam [1:0] S_IDLE = 2'd0,
                     S_RUN  = 2'd1,
                     S_DONE = 2'd2;

    reg  [1:0]  state;
    reg  [1:0]  state_next;
    reg  [3:0]  cnt;

    reg  [31:0] mcand;   // multiplicand, shifted left each step
    reg  [15:0] mplier;  // multiplier, shifted right each step
    reg  [31:0] prod;    // partial product / result

    wire        last = (cnt == 4'd15);

    // ---------------------------------------------------------------- controller
    always @(posedge clk) begin
        if (rst) begin
            state <= S_IDLE;
            cnt   <= 4'd0;
        end else begin
            state <= state_next;
            if (state == S_RUN)
                cnt <= cnt + 4'd1;          // wraps 15 -> 0 on the last step
            else
                cnt <= 4'd0;
        end
    end

    always @(*) begin
        case (state)
            S_IDLE:  state_next = start ? S_RUN : S_IDLE;
            S_RUN:   state_next = last ? S_DONE : S_RUN;
            S_DONE:  state_next = S_IDLE;
            default: state_next = S_IDLE;
        endcase
    end

    assign done    = (state == S_DONE);
    assign product = prod;

    // ------------------------------------------------------------------ datapath
    always @(posedge clk) begin
        case (state)
            S_IDLE: begin
                if (start) begin
                    mcand  <= {16'd0, a};
                    mplier <= b;
                    prod   <= 32'd0;
                end
            end
            S_RUN: begin
                if (mplier[0])
                    prod <= prod + mcand;
                mcand  <= {mcand[30:0], 1'b0};
                mplier <= {1'b0, mplier[15:1]};
            end
            default: ;
        endcase
    end

endmodule
