// A controller + datapath with no reset: every register starts from its initial value
// (as Bambu's registers do). The rewrite restores it in two passes (verify, then load):
// without a reset there is nothing to clear a half-loaded image with
// (docs/NVM_PROTOCOL.md, Behaviour 2). Used by tests/pass/rewrite_no_reset_two_pass.ys
// and the formal check formal.acc_no_reset.
module acc_no_reset(input clk, input start, input [7:0] din, output reg [15:0] sum = 16'd0,
                    output reg done = 1'b0);
  reg [1:0] state = 2'd0;
  reg [2:0] n = 3'd0;
  always @(posedge clk) begin
    done <= 1'b0;
    case (state)
      2'd0: if (start) begin sum <= 16'd0; n <= 3'd0; state <= 2'd1; end
      2'd1: begin sum <= sum + din; n <= n + 3'd1; if (n == 3'd7) state <= 2'd2; end
      2'd2: begin done <= 1'b1; state <= 2'd0; end
      default: state <= 2'd0;
    endcase
  end
endmodule
