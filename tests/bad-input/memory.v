// Bad input: a register file (memory) written by the datapath.
// Expected: "idetic: unsupported memory".
module memory(input clk, input rst, input go, input [1:0] addr, input [7:0] d, output reg [7:0] q);
  reg [1:0] state;
  reg [7:0] mem [0:3];
  always @(posedge clk)
    if (rst) state <= 2'd0;
    else case (state)
      2'd0: if (go) begin mem[addr] <= d; state <= 2'd1; end
      2'd1: begin q <= mem[addr]; state <= 2'd2; end
      default: state <= 2'd0;
    endcase
endmodule
