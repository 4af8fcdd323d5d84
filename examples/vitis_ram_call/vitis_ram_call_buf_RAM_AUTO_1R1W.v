// vitis_ram_call_buf_RAM_AUTO_1R1W.v -- the local array `buf` of vitis_ram_call
// (32 x 32-bit words), written for idetic in the style of the *_RAM_AUTO_1R1W
// memory modules Vitis HLS emits next to a top module. Only port 0 is used by
// the design, so only port 0 exists: synchronous read (q0 <= ram[address0] when
// ce0, read-first), write when ce0 & we0. `reset` is present, as in the Vitis
// module, but unused (memory contents are never reset).

`timescale 1 ns / 1 ps

module vitis_ram_call_buf_RAM_AUTO_1R1W (
    address0, ce0,
    d0, we0,
    q0,
    reset, clk);

parameter DataWidth = 32;
parameter AddressWidth = 5;
parameter AddressRange = 32;

input [AddressWidth-1:0] address0;
input ce0;
input [DataWidth-1:0] d0;
input we0;
output reg [DataWidth-1:0] q0;

input reset;
input clk;

(* ram_style = "auto" *) reg [DataWidth-1:0] ram[0:AddressRange-1];

always @(posedge clk)
begin
    if (ce0) begin
        q0 <= ram[address0];
    end
end

always @(posedge clk)
begin
    if (ce0 & we0) begin
        ram[address0] <= d0;
    end
end

endmodule
