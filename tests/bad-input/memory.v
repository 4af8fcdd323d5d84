// Bad input: a register file written on the falling clock edge while the FSM runs on
// the rising one: two clock domains. Expected: "idetic: several clocks: memory 'mem'"
// (with -memories nv, where the memory is kept; with save it is mapped to flip-flops
// and the flip-flops are refused the same way).
module memory(input clk, input rst, input go, input we, input [1:0] addr, input [7:0] d, output reg [7:0] q);
  reg [1:0] state;
  reg [7:0] mem [0:3];
  always @(negedge clk)
    if (we) mem[addr] <= d;
  always @(posedge clk)
    if (rst) state <= 2'd0;
    else case (state)
      2'd0: if (go) state <= 2'd1;
      2'd1: begin q <= mem[addr]; state <= 2'd2; end
      default: state <= 2'd0;
    endcase
endmodule
