// pipelined_loop_coef_ROM_AUTO_1R.v -- the constant array `coef` of
// pipelined_loop (16 x 16-bit signed), written for idetic in the style of the
// *_ROM_AUTO_1R modules Vitis HLS emits: one read port, synchronous read
// (q0 <= rom0[address0] when ce0). Vitis loads the contents with $readmemh
// from a .dat file; idetic's flow does not accept $readmemh, so the same
// constants are assigned in an `initial` block instead. `reset` is present,
// as in the Vitis module, but unused.

`timescale 1 ns / 1 ps

module pipelined_loop_coef_ROM_AUTO_1R (
    address0, ce0, q0,
    reset, clk);

parameter DataWidth = 16;
parameter AddressWidth = 4;
parameter AddressRange = 16;

input [AddressWidth-1:0] address0;
input ce0;
output reg [DataWidth-1:0] q0;

input reset;
input clk;

(* ram_style = "auto" *) reg [DataWidth-1:0] rom0[0:AddressRange-1];

initial begin
    rom0[0]  = 16'h0003;   //      3
    rom0[1]  = 16'hfffb;   //     -5
    rom0[2]  = 16'h0011;   //     17
    rom0[3]  = 16'h03e8;   //   1000
    rom0[4]  = 16'h8000;   // -32768
    rom0[5]  = 16'h7fff;   //  32767
    rom0[6]  = 16'h0007;   //      7
    rom0[7]  = 16'hffff;   //     -1
    rom0[8]  = 16'h0000;   //      0
    rom0[9]  = 16'h00ff;   //    255
    rom0[10] = 16'hfed4;   //   -300
    rom0[11] = 16'h000c;   //     12
    rom0[12] = 16'h1000;   //   4096
    rom0[13] = 16'hfff7;   //     -9
    rom0[14] = 16'h0015;   //     21
    rom0[15] = 16'h0040;   //     64
end

always @(posedge clk)
begin
    if (ce0) begin
        q0 <= rom0[address0];
    end
end

endmodule
