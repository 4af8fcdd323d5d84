// A controller + datapath with no reset: every register starts from its initial value
// (as Bambu's registers do). It multiplies by repeated addition: on `start` (sampled in
// IDLE) it takes x and n and adds x to acc n times; done is a one-cycle pulse with
// result = x * n (16 bits). The rewrite restores it in two passes (verify, then load):
// without a reset there is nothing to clear a half-loaded image with
// (docs/NVM_PROTOCOL.md, Behaviour 2). Used by tests/pass/rewrite_no_reset_two_pass.ys,
// the formal check formal.acc_no_reset and the campaigns campaign.acc_no_reset.*
// (driver verilog-tests/drivers/acc_no_reset.h).
module acc_no_reset(input clk, input start, input [15:0] x, input [7:0] n,
                    output [15:0] result, output reg done = 1'b0);
  localparam IDLE = 2'd0, ADD = 2'd1, DONE = 2'd2;
  reg [1:0] state = IDLE;
  reg [15:0] acc = 16'd0, xr = 16'd0;
  reg [7:0] cnt = 8'd0;
  assign result = acc;
  always @(posedge clk) begin
    done <= 1'b0;
    case (state)
      IDLE: if (start) begin acc <= 16'd0; xr <= x; cnt <= n; state <= ADD; end
      ADD: if (cnt == 8'd0) state <= DONE;
           else begin acc <= acc + xr; cnt <= cnt - 8'd1; end
      DONE: begin done <= 1'b1; state <= IDLE; end
      default: state <= IDLE;
    endcase
  end
endmodule
