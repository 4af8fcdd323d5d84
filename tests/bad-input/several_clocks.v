// Bad input: a controller on one clock and a data register on another.
// Expected: "idetic: several clocks".
module several_clocks(input clk_a, input clk_b, input rst, input go, input [7:0] d,
                      output reg [7:0] q, output busy);
  reg [1:0] state;
  assign busy = state != 2'd0;
  always @(posedge clk_a)
    if (rst) state <= 2'd0;
    else case (state)
      2'd0: if (go) state <= 2'd1;
      2'd1: state <= 2'd2;
      default: state <= 2'd0;
    endcase
  always @(posedge clk_b)
    if (state == 2'd1) q <= d;
endmodule
