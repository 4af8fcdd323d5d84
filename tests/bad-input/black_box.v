// Bad input: an instance of a module that has no definition (declared as a black box).
// Expected: "idetic: black box".
(* blackbox *)
module mystery_ip(input clk, input [7:0] a, output [7:0] y);
endmodule

module black_box(input clk, input rst, input go, input [7:0] d, output reg [7:0] q);
  reg [1:0] state;
  wire [7:0] y;
  mystery_ip u_ip(.clk(clk), .a(d), .y(y));
  always @(posedge clk)
    if (rst) state <= 2'd0;
    else case (state)
      2'd0: if (go) state <= 2'd1;
      2'd1: begin q <= y; state <= 2'd2; end
      default: state <= 2'd0;
    endcase
endmodule
