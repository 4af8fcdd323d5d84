// Bad input: malformed Verilog (a missing operand on line 6).
// Expected: exit 1, "syntax_error.v:6: syntax error ...".
module syntax_error(input clk, input a, output reg q);
  always @(posedge clk)
    // the operand of '&' is missing:
    q <= a &;
endmodule
