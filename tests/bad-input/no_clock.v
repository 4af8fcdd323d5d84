// Bad input: a purely combinational module has no clock and no state to save.
// Expected: "idetic: no clock".
module no_clock(input [7:0] a, input [7:0] b, input sel, output [7:0] y);
  assign y = sel ? a + b : a - b;
endmodule
