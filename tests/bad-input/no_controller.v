// Bad input: a three-stage pipeline only passes data through; no register
// decides anything, so there is no controller (no state register) to find.
// Expected: "idetic: no controller found".
module no_controller(input clk, input rst, input [7:0] d, output reg [7:0] q);
  reg [7:0] s1, s2;
  always @(posedge clk)
    if (rst) begin
      s1 <= 8'd0; s2 <= 8'd0; q <= 8'd0;
    end else begin
      s1 <= d + 8'd1;
      s2 <= s1 ^ 8'h5a;
      q  <= s2;
    end
endmodule
