// vitis_dot_mul_32ns_8ns_32_1_1.v -- combinational unsigned multiplier core
// (NUM_STAGE = 1), in the style of the *_mul_* cores Vitis HLS emits next to a
// top module. Written for idetic.

`timescale 1 ns / 1 ps

module vitis_dot_mul_32ns_8ns_32_1_1
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

wire [dout_WIDTH - 1 : 0] tmp_product;

assign tmp_product = din0 * din1;
assign dout = tmp_product;

endmodule
