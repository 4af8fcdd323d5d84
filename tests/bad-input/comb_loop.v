// Bad input: a and b depend on each other without a register in between.
// Expected: "idetic: combinational loop".
module comb_loop(input clk, input rst, input go, input [7:0] x, input [7:0] y, output reg [7:0] q);
  reg [1:0] state;
  wire [7:0] a, b;
  assign a = b ^ x;
  assign b = a & y;
  always @(posedge clk)
    if (rst) state <= 2'd0;
    else case (state)
      2'd0: if (go) state <= 2'd1;
      2'd1: begin q <= a; state <= 2'd2; end
      default: state <= 2'd0;
    endcase
endmodule
