// A controller marked in the source: (* idetic_state *) on `phase` makes it the only
// controller, although `mode` (a 1-bit flag that steers decisions and reads phase) would
// otherwise be detected too.
module attr_state(input clk, input rst, input go, input [7:0] d, output reg [7:0] q);
  (* idetic_state *) reg [1:0] phase;
  reg mode;
  reg [7:0] r;
  always @(posedge clk)
    if (rst) begin phase <= 2'd0; mode <= 1'b0; end
    else begin
      case (phase)
        2'd0: if (go) begin phase <= 2'd1; r <= d; end
        2'd1: begin phase <= 2'd2; mode <= ~mode; end
        2'd2: begin phase <= 2'd0; q <= mode ? r : ~r; end
        default: phase <= 2'd0;
      endcase
    end
endmodule
