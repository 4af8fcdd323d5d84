// pipelined_loop_mul_16s_32s_32_1_1.v -- combinational signed multiplier core
// (NUM_STAGE = 1: no internal register), in the style of the *_mul_* cores
// Vitis HLS emits next to a top module. The 16-bit operand is sign-extended;
// dout keeps the low 32 bits of the product. Written for idetic.

`timescale 1 ns / 1 ps

module pipelined_loop_mul_16s_32s_32_1_1
#(parameter
    ID = 1,
    NUM_STAGE = 0,
    din0_WIDTH = 14,
    din1_WIDTH = 12,
    dout_WIDTH = 26
)(
    input  [din0_WIDTH - 1 : 0] din0,
    input  [din1_WIDTH - 1 : 0] din1,
    output [dout_WIDTH - 1 : 0] dout
);

wire signed [dout_WIDTH - 1 : 0] tmp_product;

assign tmp_product = $signed(din0) * $signed(din1);
assign dout = tmp_product;

endmodule
