// bambu_rom.v -- written for idetic in the style of the Verilog that
// PandA-Bambu emits for a C function that reads a constant table: a top module
// named after the function (crc_rom) that instantiates controller_crc_rom,
// datapath_crc_rom and the done_delayed_REG flip-flop; a one-hot controller
// with an initial value on _present_state and a synchronous ACTIVE-LOW reset;
// a datapath made of register_SE / MUX_GATE / UUdata_converter_FU / ui_*_expr_FU
// library instances; the constant table as a ROM module with a synchronous,
// one-cycle-latency read port (a simplified stand-in for Bambu's
// ARRAY_1D_STD_BRAM, initialised with constant assignments instead of a
// $readmemb of an init file).
// C source it corresponds to (CRC-16/CCITT-FALSE, nibble-wise, table-driven):
//
//   static const unsigned short crc_rom_table[16] = {
//       0x0000, 0x1021, 0x2042, 0x3063, 0x4084, 0x50A5, 0x60C6, 0x70E7,
//       0x8108, 0x9129, 0xA14A, 0xB16B, 0xC18C, 0xD1AD, 0xE1CE, 0xF1EF};
//
//   unsigned short crc_rom(unsigned data_in, unsigned char len /* 3 bits */) {
//       unsigned short crc = 0xFFFF;
//       unsigned d = data_in;
//       for (unsigned char k = len; k != 0; k--) {    // len bytes, LSB byte first
//           crc = (crc << 4) ^ crc_rom_table[(crc >> 12) ^ ((d >> 4) & 0xF)];
//           crc = (crc << 4) ^ crc_rom_table[(crc >> 12) ^ (d & 0xF)];
//           d = d >> 8;                               // len 5..7: zero bytes
//       }
//       return crc;
//   }

`timescale 1ns / 1ps

// ---------------------------------------------------------------- library
module constant_value(out1);
  parameter BITSIZE_out1=1,
    value=1'b0;
  // OUT
  output [BITSIZE_out1-1:0] out1;
  assign out1 = value;
endmodule

module register_SE(clock, reset, in1, wenable, out1);
  parameter BITSIZE_in1=1,
    BITSIZE_out1=1;
  // IN
  input clock;
  input reset;
  input [BITSIZE_in1-1:0] in1;
  input wenable;
  // OUT
  output [BITSIZE_out1-1:0] out1;
  reg [BITSIZE_out1-1:0] reg_out1 =0;
  assign out1 = reg_out1;
  always @(posedge clock)
    if (wenable)
      reg_out1 <= in1;
endmodule

module flipflop_AR(clock, reset, in1, out1);
  parameter BITSIZE_in1=1,
    BITSIZE_out1=1;
  // IN
  input clock;
  input reset;
  input in1;
  // OUT
  output out1;
  reg reg_out1 =0;
  assign out1 = reg_out1;
  always @(posedge clock)
    if (reset == 1'b0)
      reg_out1 <= 1'b0;
    else
      reg_out1 <= in1;
endmodule

module MUX_GATE(sel, in1, in2, out1);
  parameter BITSIZE_in1=1,
    BITSIZE_in2=1,
    BITSIZE_out1=1;
  // IN
  input sel;
  input [BITSIZE_in1-1:0] in1;
  input [BITSIZE_in2-1:0] in2;
  // OUT
  output [BITSIZE_out1-1:0] out1;
  assign out1 = sel ? in1 : in2;
endmodule

module UUdata_converter_FU(in1, out1);
  parameter BITSIZE_in1=1,
    BITSIZE_out1=1;
  // IN
  input [BITSIZE_in1-1:0] in1;
  // OUT
  output [BITSIZE_out1-1:0] out1;
  generate
  if (BITSIZE_out1 <= BITSIZE_in1)
  begin
    assign out1 = in1[BITSIZE_out1-1:0];
  end
  else
  begin
    assign out1 = {{(BITSIZE_out1-BITSIZE_in1){1'b0}}, in1};
  end
  endgenerate
endmodule

module ui_minus_expr_FU(in1, in2, out1);
  parameter BITSIZE_in1=1,
    BITSIZE_in2=1,
    BITSIZE_out1=1;
  // IN
  input [BITSIZE_in1-1:0] in1;
  input [BITSIZE_in2-1:0] in2;
  // OUT
  output [BITSIZE_out1-1:0] out1;
  assign out1 = in1 - in2;
endmodule

module ui_ne_expr_FU(in1, in2, out1);
  parameter BITSIZE_in1=1,
    BITSIZE_in2=1,
    BITSIZE_out1=1;
  // IN
  input [BITSIZE_in1-1:0] in1;
  input [BITSIZE_in2-1:0] in2;
  // OUT
  output [BITSIZE_out1-1:0] out1;
  assign out1 = in1 != in2;
endmodule

module ui_bit_xor_expr_FU(in1, in2, out1);
  parameter BITSIZE_in1=1,
    BITSIZE_in2=1,
    BITSIZE_out1=1;
  // IN
  input [BITSIZE_in1-1:0] in1;
  input [BITSIZE_in2-1:0] in2;
  // OUT
  output [BITSIZE_out1-1:0] out1;
  assign out1 = in1 ^ in2;
endmodule

module ui_lshift_expr_FU(in1, in2, out1);
  parameter BITSIZE_in1=1,
    BITSIZE_in2=1,
    BITSIZE_out1=1,
    PRECISION=1;
  // IN
  input [BITSIZE_in1-1:0] in1;
  input [BITSIZE_in2-1:0] in2;
  // OUT
  output [BITSIZE_out1-1:0] out1;
  assign out1 = in1 << in2;
endmodule

module ui_rshift_expr_FU(in1, in2, out1);
  parameter BITSIZE_in1=1,
    BITSIZE_in2=1,
    BITSIZE_out1=1,
    PRECISION=1;
  // IN
  input [BITSIZE_in1-1:0] in1;
  input [BITSIZE_in2-1:0] in2;
  // OUT
  output [BITSIZE_out1-1:0] out1;
  assign out1 = in1 >> in2;
endmodule

// ---------------------------------------------------------------- ROM
// The constant table crc_rom_table[16] (16 x 16 bits). Simplified from Bambu's
// ARRAY_1D_STD_BRAM: one read channel (address in1, request sel_LOAD), the
// data register dout_a is written on the clock edge after the request, so out1
// is valid in the cycle after sel_LOAD (latency 1) and held until the next
// request. No write channel: the contents come from the initial block.
module crc_rom_table(clock, reset, in1, sel_LOAD, out1);
  parameter BITSIZE_in1=4,
    BITSIZE_out1=16,
    n_elements=16;
  // IN
  input clock;
  input reset;
  input [BITSIZE_in1-1:0] in1;
  input sel_LOAD;
  // OUT
  output [BITSIZE_out1-1:0] out1;
  reg [BITSIZE_out1-1:0] memory [0:n_elements-1];
  reg [BITSIZE_out1-1:0] dout_a =0;
  initial
  begin
    memory[0] = 16'b0000000000000000;
    memory[1] = 16'b0001000000100001;
    memory[2] = 16'b0010000001000010;
    memory[3] = 16'b0011000001100011;
    memory[4] = 16'b0100000010000100;
    memory[5] = 16'b0101000010100101;
    memory[6] = 16'b0110000011000110;
    memory[7] = 16'b0111000011100111;
    memory[8] = 16'b1000000100001000;
    memory[9] = 16'b1001000100101001;
    memory[10] = 16'b1010000101001010;
    memory[11] = 16'b1011000101101011;
    memory[12] = 16'b1100000110001100;
    memory[13] = 16'b1101000110101101;
    memory[14] = 16'b1110000111001110;
    memory[15] = 16'b1111000111101111;
  end
  assign out1 = dout_a;
  always @(posedge clock)
    if (sel_LOAD)
      dout_a <= memory[in1];
endmodule

// ---------------------------------------------------------------- datapath
module datapath_crc_rom(clock,
  reset,
  in_port_data_in,
  in_port_len,
  return_port,
  selector_IN_UNBOUNDED_crc_rom_27094_27128,
  selector_IN_UNBOUNDED_crc_rom_27094_27141,
  selector_MUX_5_crc_rom_table_0_i0_0_0_0,
  selector_MUX_10_reg_0_0_0_0,
  selector_MUX_11_reg_1_0_0_0,
  selector_MUX_12_reg_2_0_0_0,
  wrenable_reg_0,
  wrenable_reg_1,
  wrenable_reg_2,
  OUT_CONDITION_crc_rom_27094_27170);
  // IN
  input clock;
  input reset;
  input [31:0] in_port_data_in;
  input [2:0] in_port_len;
  input selector_IN_UNBOUNDED_crc_rom_27094_27128;
  input selector_IN_UNBOUNDED_crc_rom_27094_27141;
  input selector_MUX_5_crc_rom_table_0_i0_0_0_0;
  input selector_MUX_10_reg_0_0_0_0;
  input selector_MUX_11_reg_1_0_0_0;
  input selector_MUX_12_reg_2_0_0_0;
  input wrenable_reg_0;
  input wrenable_reg_1;
  input wrenable_reg_2;
  // OUT
  output [15:0] return_port;
  output OUT_CONDITION_crc_rom_27094_27170;
  // Component and signal declarations
  wire fuselector_crc_rom_table_0_i0_LOAD;
  wire [3:0] out_MUX_5_crc_rom_table_0_i0_0_0_0;
  wire [15:0] out_MUX_10_reg_0_0_0_0;
  wire [2:0] out_MUX_11_reg_1_0_0_0;
  wire [31:0] out_MUX_12_reg_2_0_0_0;
  wire [15:0] out_const_0;
  wire [2:0] out_const_1;
  wire [2:0] out_const_2;
  wire [2:0] out_const_3;
  wire [3:0] out_const_4;
  wire [3:0] out_const_5;
  wire [15:0] out_crc_rom_table_0_i0_crc_rom_table_0;
  wire [15:0] out_reg_0_reg_0;
  wire [2:0] out_reg_1_reg_1;
  wire [31:0] out_reg_2_reg_2;
  wire [3:0] out_UUdata_converter_FU_4_i0_fu_crc_rom_27094_27112;
  wire [3:0] out_UUdata_converter_FU_5_i0_fu_crc_rom_27094_27118;
  wire [3:0] out_UUdata_converter_FU_6_i0_fu_crc_rom_27094_27136;
  wire [3:0] out_ui_bit_xor_expr_FU_4_4_4_i0_fu_crc_rom_27094_27122;
  wire [15:0] out_ui_bit_xor_expr_FU_16_16_16_i0_fu_crc_rom_27094_27132;
  wire [15:0] out_ui_lshift_expr_FU_16_0_16_i0_fu_crc_rom_27094_27130;
  wire [2:0] out_ui_minus_expr_FU_8_0_8_i0_fu_crc_rom_27094_27150;
  wire out_ui_ne_expr_FU_8_0_8_i0_fu_crc_rom_27094_27166;
  wire [15:0] out_ui_rshift_expr_FU_16_0_16_i0_fu_crc_rom_27094_27110;
  wire [31:0] out_ui_rshift_expr_FU_32_0_32_i0_fu_crc_rom_27094_27116;
  wire [31:0] out_ui_rshift_expr_FU_32_0_32_i1_fu_crc_rom_27094_27146;

  // both loads of the table use the single read channel of the ROM
  assign fuselector_crc_rom_table_0_i0_LOAD = selector_IN_UNBOUNDED_crc_rom_27094_27128 | selector_IN_UNBOUNDED_crc_rom_27094_27141;

  MUX_GATE #(.BITSIZE_in1(4),
    .BITSIZE_in2(4),
    .BITSIZE_out1(4)) MUX_5_crc_rom_table_0_i0_0_0_0 (.out1(out_MUX_5_crc_rom_table_0_i0_0_0_0),
    .sel(selector_MUX_5_crc_rom_table_0_i0_0_0_0),
    .in1(out_UUdata_converter_FU_6_i0_fu_crc_rom_27094_27136),
    .in2(out_UUdata_converter_FU_5_i0_fu_crc_rom_27094_27118));
  MUX_GATE #(.BITSIZE_in1(16),
    .BITSIZE_in2(16),
    .BITSIZE_out1(16)) MUX_10_reg_0_0_0_0 (.out1(out_MUX_10_reg_0_0_0_0),
    .sel(selector_MUX_10_reg_0_0_0_0),
    .in1(out_const_0),
    .in2(out_ui_bit_xor_expr_FU_16_16_16_i0_fu_crc_rom_27094_27132));
  MUX_GATE #(.BITSIZE_in1(3),
    .BITSIZE_in2(3),
    .BITSIZE_out1(3)) MUX_11_reg_1_0_0_0 (.out1(out_MUX_11_reg_1_0_0_0),
    .sel(selector_MUX_11_reg_1_0_0_0),
    .in1(in_port_len),
    .in2(out_ui_minus_expr_FU_8_0_8_i0_fu_crc_rom_27094_27150));
  MUX_GATE #(.BITSIZE_in1(32),
    .BITSIZE_in2(32),
    .BITSIZE_out1(32)) MUX_12_reg_2_0_0_0 (.out1(out_MUX_12_reg_2_0_0_0),
    .sel(selector_MUX_12_reg_2_0_0_0),
    .in1(in_port_data_in),
    .in2(out_ui_rshift_expr_FU_32_0_32_i1_fu_crc_rom_27094_27146));
  constant_value #(.BITSIZE_out1(16),
    .value(16'b1111111111111111)) const_0 (.out1(out_const_0));
  constant_value #(.BITSIZE_out1(3),
    .value(3'b000)) const_1 (.out1(out_const_1));
  constant_value #(.BITSIZE_out1(3),
    .value(3'b001)) const_2 (.out1(out_const_2));
  constant_value #(.BITSIZE_out1(3),
    .value(3'b100)) const_3 (.out1(out_const_3));
  constant_value #(.BITSIZE_out1(4),
    .value(4'b1000)) const_4 (.out1(out_const_4));
  constant_value #(.BITSIZE_out1(4),
    .value(4'b1100)) const_5 (.out1(out_const_5));
  crc_rom_table #(.BITSIZE_in1(4),
    .BITSIZE_out1(16),
    .n_elements(16)) crc_rom_table_0_i0 (.out1(out_crc_rom_table_0_i0_crc_rom_table_0),
    .clock(clock),
    .reset(reset),
    .in1(out_ui_bit_xor_expr_FU_4_4_4_i0_fu_crc_rom_27094_27122),
    .sel_LOAD(fuselector_crc_rom_table_0_i0_LOAD));
  // crc >> 12
  ui_rshift_expr_FU #(.BITSIZE_in1(16),
    .BITSIZE_in2(4),
    .BITSIZE_out1(16),
    .PRECISION(16)) fu_crc_rom_27094_27110 (.out1(out_ui_rshift_expr_FU_16_0_16_i0_fu_crc_rom_27094_27110),
    .in1(out_reg_0_reg_0),
    .in2(out_const_5));
  UUdata_converter_FU #(.BITSIZE_in1(16),
    .BITSIZE_out1(4)) fu_crc_rom_27094_27112 (.out1(out_UUdata_converter_FU_4_i0_fu_crc_rom_27094_27112),
    .in1(out_ui_rshift_expr_FU_16_0_16_i0_fu_crc_rom_27094_27110));
  // (d >> 4) & 0xF
  ui_rshift_expr_FU #(.BITSIZE_in1(32),
    .BITSIZE_in2(3),
    .BITSIZE_out1(32),
    .PRECISION(32)) fu_crc_rom_27094_27116 (.out1(out_ui_rshift_expr_FU_32_0_32_i0_fu_crc_rom_27094_27116),
    .in1(out_reg_2_reg_2),
    .in2(out_const_3));
  UUdata_converter_FU #(.BITSIZE_in1(32),
    .BITSIZE_out1(4)) fu_crc_rom_27094_27118 (.out1(out_UUdata_converter_FU_5_i0_fu_crc_rom_27094_27118),
    .in1(out_ui_rshift_expr_FU_32_0_32_i0_fu_crc_rom_27094_27116));
  // d & 0xF
  UUdata_converter_FU #(.BITSIZE_in1(32),
    .BITSIZE_out1(4)) fu_crc_rom_27094_27136 (.out1(out_UUdata_converter_FU_6_i0_fu_crc_rom_27094_27136),
    .in1(out_reg_2_reg_2));
  // table index
  ui_bit_xor_expr_FU #(.BITSIZE_in1(4),
    .BITSIZE_in2(4),
    .BITSIZE_out1(4)) fu_crc_rom_27094_27122 (.out1(out_ui_bit_xor_expr_FU_4_4_4_i0_fu_crc_rom_27094_27122),
    .in1(out_UUdata_converter_FU_4_i0_fu_crc_rom_27094_27112),
    .in2(out_MUX_5_crc_rom_table_0_i0_0_0_0));
  // (crc << 4) ^ crc_rom_table[...]
  ui_lshift_expr_FU #(.BITSIZE_in1(16),
    .BITSIZE_in2(3),
    .BITSIZE_out1(16),
    .PRECISION(16)) fu_crc_rom_27094_27130 (.out1(out_ui_lshift_expr_FU_16_0_16_i0_fu_crc_rom_27094_27130),
    .in1(out_reg_0_reg_0),
    .in2(out_const_3));
  ui_bit_xor_expr_FU #(.BITSIZE_in1(16),
    .BITSIZE_in2(16),
    .BITSIZE_out1(16)) fu_crc_rom_27094_27132 (.out1(out_ui_bit_xor_expr_FU_16_16_16_i0_fu_crc_rom_27094_27132),
    .in1(out_ui_lshift_expr_FU_16_0_16_i0_fu_crc_rom_27094_27130),
    .in2(out_crc_rom_table_0_i0_crc_rom_table_0));
  // d >> 8
  ui_rshift_expr_FU #(.BITSIZE_in1(32),
    .BITSIZE_in2(4),
    .BITSIZE_out1(32),
    .PRECISION(32)) fu_crc_rom_27094_27146 (.out1(out_ui_rshift_expr_FU_32_0_32_i1_fu_crc_rom_27094_27146),
    .in1(out_reg_2_reg_2),
    .in2(out_const_4));
  // k - 1
  ui_minus_expr_FU #(.BITSIZE_in1(3),
    .BITSIZE_in2(3),
    .BITSIZE_out1(3)) fu_crc_rom_27094_27150 (.out1(out_ui_minus_expr_FU_8_0_8_i0_fu_crc_rom_27094_27150),
    .in1(out_reg_1_reg_1),
    .in2(out_const_2));
  // k != 0
  ui_ne_expr_FU #(.BITSIZE_in1(3),
    .BITSIZE_in2(3),
    .BITSIZE_out1(1)) fu_crc_rom_27094_27166 (.out1(out_ui_ne_expr_FU_8_0_8_i0_fu_crc_rom_27094_27166),
    .in1(out_reg_1_reg_1),
    .in2(out_const_1));
  register_SE #(.BITSIZE_in1(16),
    .BITSIZE_out1(16)) reg_0 (.out1(out_reg_0_reg_0),
    .clock(clock),
    .reset(reset),
    .in1(out_MUX_10_reg_0_0_0_0),
    .wenable(wrenable_reg_0));
  register_SE #(.BITSIZE_in1(3),
    .BITSIZE_out1(3)) reg_1 (.out1(out_reg_1_reg_1),
    .clock(clock),
    .reset(reset),
    .in1(out_MUX_11_reg_1_0_0_0),
    .wenable(wrenable_reg_1));
  register_SE #(.BITSIZE_in1(32),
    .BITSIZE_out1(32)) reg_2 (.out1(out_reg_2_reg_2),
    .clock(clock),
    .reset(reset),
    .in1(out_MUX_12_reg_2_0_0_0),
    .wenable(wrenable_reg_2));
  // io-signal post fix
  assign return_port = out_reg_0_reg_0;
  assign OUT_CONDITION_crc_rom_27094_27170 = out_ui_ne_expr_FU_8_0_8_i0_fu_crc_rom_27094_27166;

endmodule

// ---------------------------------------------------------------- controller
// FSM based controller description for crc_rom
module controller_crc_rom(done_port,
  selector_IN_UNBOUNDED_crc_rom_27094_27128,
  selector_IN_UNBOUNDED_crc_rom_27094_27141,
  selector_MUX_5_crc_rom_table_0_i0_0_0_0,
  selector_MUX_10_reg_0_0_0_0,
  selector_MUX_11_reg_1_0_0_0,
  selector_MUX_12_reg_2_0_0_0,
  wrenable_reg_0,
  wrenable_reg_1,
  wrenable_reg_2,
  OUT_CONDITION_crc_rom_27094_27170,
  clock,
  reset,
  start_port);
  // IN
  input OUT_CONDITION_crc_rom_27094_27170;
  input clock;
  input reset;
  input start_port;
  // OUT
  output done_port;
  output selector_IN_UNBOUNDED_crc_rom_27094_27128;
  output selector_IN_UNBOUNDED_crc_rom_27094_27141;
  output selector_MUX_5_crc_rom_table_0_i0_0_0_0;
  output selector_MUX_10_reg_0_0_0_0;
  output selector_MUX_11_reg_1_0_0_0;
  output selector_MUX_12_reg_2_0_0_0;
  output wrenable_reg_0;
  output wrenable_reg_1;
  output wrenable_reg_2;
  localparam [5:0] S_0 = 6'b000001,
    S_1 = 6'b000010,
    S_2 = 6'b000100,
    S_3 = 6'b001000,
    S_4 = 6'b010000,
    S_5 = 6'b100000;
  reg [5:0] _present_state=S_0, _next_state;
  reg done_port;
  reg selector_IN_UNBOUNDED_crc_rom_27094_27128;
  reg selector_IN_UNBOUNDED_crc_rom_27094_27141;
  reg selector_MUX_5_crc_rom_table_0_i0_0_0_0;
  reg selector_MUX_10_reg_0_0_0_0;
  reg selector_MUX_11_reg_1_0_0_0;
  reg selector_MUX_12_reg_2_0_0_0;
  reg wrenable_reg_0;
  reg wrenable_reg_1;
  reg wrenable_reg_2;

  always @(posedge clock)
    if (reset == 1'b0) _present_state <= S_0;
    else _present_state <= _next_state;

  always @(*)
  begin
    done_port = 1'b0;
    selector_IN_UNBOUNDED_crc_rom_27094_27128 = 1'b0;
    selector_IN_UNBOUNDED_crc_rom_27094_27141 = 1'b0;
    selector_MUX_5_crc_rom_table_0_i0_0_0_0 = 1'b0;
    selector_MUX_10_reg_0_0_0_0 = 1'b0;
    selector_MUX_11_reg_1_0_0_0 = 1'b0;
    selector_MUX_12_reg_2_0_0_0 = 1'b0;
    wrenable_reg_0 = 1'b0;
    wrenable_reg_1 = 1'b0;
    wrenable_reg_2 = 1'b0;
    _next_state = S_0;
    case (_present_state)
      S_0 :
        if(start_port == 1'b1)
        begin
          selector_MUX_10_reg_0_0_0_0 = 1'b1;
          selector_MUX_11_reg_1_0_0_0 = 1'b1;
          selector_MUX_12_reg_2_0_0_0 = 1'b1;
          wrenable_reg_0 = 1'b1;
          wrenable_reg_1 = 1'b1;
          wrenable_reg_2 = 1'b1;
          _next_state = S_1;
        end
        else
        begin
          _next_state = S_0;
        end
      S_1 :
        begin
          if (OUT_CONDITION_crc_rom_27094_27170 == 1'b1)
            begin
              selector_IN_UNBOUNDED_crc_rom_27094_27128 = 1'b1;
              _next_state = S_2;
            end
          else
            begin
              _next_state = S_5;
            end
        end
      S_2 :
        begin
          wrenable_reg_0 = 1'b1;
          _next_state = S_3;
        end
      S_3 :
        begin
          selector_IN_UNBOUNDED_crc_rom_27094_27141 = 1'b1;
          selector_MUX_5_crc_rom_table_0_i0_0_0_0 = 1'b1;
          _next_state = S_4;
        end
      S_4 :
        begin
          wrenable_reg_0 = 1'b1;
          wrenable_reg_1 = 1'b1;
          wrenable_reg_2 = 1'b1;
          _next_state = S_1;
        end
      S_5 :
        begin
          done_port = 1'b1;
          _next_state = S_0;
        end
      default :
        begin
          _next_state = S_0;
        end
    endcase
  end
endmodule

// ---------------------------------------------------------------- top
// Top component for crc_rom
module crc_rom(clock,
  reset,
  start_port,
  done_port,
  data_in,
  len,
  return_port);
  // IN
  input clock;
  input reset;
  input start_port;
  input [31:0] data_in;
  input [2:0] len;
  // OUT
  output done_port;
  output [15:0] return_port;
  // Component and signal declarations
  wire OUT_CONDITION_crc_rom_27094_27170;
  wire done_delayed_REG_signal_in;
  wire done_delayed_REG_signal_out;
  wire selector_IN_UNBOUNDED_crc_rom_27094_27128;
  wire selector_IN_UNBOUNDED_crc_rom_27094_27141;
  wire selector_MUX_5_crc_rom_table_0_i0_0_0_0;
  wire selector_MUX_10_reg_0_0_0_0;
  wire selector_MUX_11_reg_1_0_0_0;
  wire selector_MUX_12_reg_2_0_0_0;
  wire wrenable_reg_0;
  wire wrenable_reg_1;
  wire wrenable_reg_2;

  controller_crc_rom Controller_i (.done_port(done_delayed_REG_signal_in),
    .selector_IN_UNBOUNDED_crc_rom_27094_27128(selector_IN_UNBOUNDED_crc_rom_27094_27128),
    .selector_IN_UNBOUNDED_crc_rom_27094_27141(selector_IN_UNBOUNDED_crc_rom_27094_27141),
    .selector_MUX_5_crc_rom_table_0_i0_0_0_0(selector_MUX_5_crc_rom_table_0_i0_0_0_0),
    .selector_MUX_10_reg_0_0_0_0(selector_MUX_10_reg_0_0_0_0),
    .selector_MUX_11_reg_1_0_0_0(selector_MUX_11_reg_1_0_0_0),
    .selector_MUX_12_reg_2_0_0_0(selector_MUX_12_reg_2_0_0_0),
    .wrenable_reg_0(wrenable_reg_0),
    .wrenable_reg_1(wrenable_reg_1),
    .wrenable_reg_2(wrenable_reg_2),
    .OUT_CONDITION_crc_rom_27094_27170(OUT_CONDITION_crc_rom_27094_27170),
    .clock(clock),
    .reset(reset),
    .start_port(start_port));
  datapath_crc_rom Datapath_i (.return_port(return_port),
    .clock(clock),
    .reset(reset),
    .in_port_data_in(data_in),
    .in_port_len(len),
    .selector_IN_UNBOUNDED_crc_rom_27094_27128(selector_IN_UNBOUNDED_crc_rom_27094_27128),
    .selector_IN_UNBOUNDED_crc_rom_27094_27141(selector_IN_UNBOUNDED_crc_rom_27094_27141),
    .selector_MUX_5_crc_rom_table_0_i0_0_0_0(selector_MUX_5_crc_rom_table_0_i0_0_0_0),
    .selector_MUX_10_reg_0_0_0_0(selector_MUX_10_reg_0_0_0_0),
    .selector_MUX_11_reg_1_0_0_0(selector_MUX_11_reg_1_0_0_0),
    .selector_MUX_12_reg_2_0_0_0(selector_MUX_12_reg_2_0_0_0),
    .wrenable_reg_0(wrenable_reg_0),
    .wrenable_reg_1(wrenable_reg_1),
    .wrenable_reg_2(wrenable_reg_2),
    .OUT_CONDITION_crc_rom_27094_27170(OUT_CONDITION_crc_rom_27094_27170));
  flipflop_AR #(.BITSIZE_in1(1),
    .BITSIZE_out1(1)) done_delayed_REG (.out1(done_delayed_REG_signal_out),
    .clock(clock),
    .reset(reset),
    .in1(done_delayed_REG_signal_in));
  // io-signal post fix
  assign done_port = done_delayed_REG_signal_out;

endmodule
