// Bad input: the state register has neither a reset nor an initial value, so
// the start state (and hence every reachable state) is unknown. Run with
// --state state (without it, a register with no reset is not a controller
// candidate and the message is "no controller found").
// Expected: "idetic: no reset state".
module no_reset(input clk, input go, input [7:0] d, output reg [7:0] q);
  reg [1:0] state;
  always @(posedge clk)
    case (state)
      2'd0: if (go) state <= 2'd1;
      2'd1: begin q <= d; state <= 2'd2; end
      default: state <= 2'd0;
    endcase
endmodule
