// Bad input: an incomplete always @* infers a latch (hold is not assigned when en is 0).
// Expected: "idetic: latch".
module latch(input clk, input rst, input go, input en, input [7:0] d, output reg [7:0] q);
  reg [1:0] state;
  reg [7:0] hold;
  always @* begin
    if (en)
      hold = d;
  end
  always @(posedge clk)
    if (rst) state <= 2'd0;
    else case (state)
      2'd0: if (go) state <= 2'd1;
      2'd1: begin q <= hold; state <= 2'd2; end
      default: state <= 2'd0;
    endcase
endmodule
